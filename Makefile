# Portrait: two commands on a fresh machine.
#   make run   set up, generate the demo data (~20,000 persons) and build data/warehouse/portrait.duckdb
#   make test  set up, lint SQL and Python, build a small generated set, run pytest

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

DEMO_PERSONS ?= 20000
DEMO_SEED ?= 42
TEST_PERSONS ?= 1500
# The generated data ends at this instant, and profiles are computed as of it.
AS_OF ?= 2026-11-01T00:00:00+08:00

# Telemetry off for dbt and Dagster; dbt reads profiles.yml from the repository root.
export DBT_SEND_ANONYMOUS_USAGE_STATS := false
export DO_NOT_TRACK := 1
export DBT_PROFILES_DIR := $(CURDIR)
export DAGSTER_HOME := $(CURDIR)/.dagster_home

.PHONY: setup run test lint build-test pytest clean help

help:
	@echo "make run    generate the demo data and build data/warehouse/portrait.duckdb"
	@echo "make test   lint, build a small generated set, run pytest"

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	mkdir -p $(DAGSTER_HOME)
	printf 'telemetry:\n  enabled: false\n' > $(DAGSTER_HOME)/dagster.yaml
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/portrait generate --persons $(DEMO_PERSONS) --seed $(DEMO_SEED) --out data/demo --as-of $(AS_OF)
	$(BIN)/portrait build --landing data/demo/landing --warehouse data/warehouse/portrait.duckdb \
		--as-of $(AS_OF)

# the dbt templater compiles the project, so it gets a scratch warehouse of its own
lint: setup
	mkdir -p data/lint
	PORTRAIT_WAREHOUSE=$(CURDIR)/data/lint/lint.duckdb PORTRAIT_LANDING=$(CURDIR)/data/lint/landing \
		$(BIN)/sqlfluff lint models snapshots --processes 2
	$(BIN)/ruff check orchestration tests bench

build-test: setup
	rm -rf data/test
	$(BIN)/portrait generate --persons $(TEST_PERSONS) --seed 7 --out data/test --as-of $(AS_OF)
	$(BIN)/portrait build --landing data/test/landing --warehouse data/test/warehouse.duckdb \
		--as-of $(AS_OF)

pytest: setup
	PORTRAIT_TEST_DATA=data/test $(BIN)/pytest -q

test: lint build-test pytest

clean:
	rm -rf data target logs .dagster_home
