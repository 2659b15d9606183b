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

.PHONY: setup run ui test lint build-test pytest clean help

help:
	@echo "make run    generate the demo data and build data/warehouse/portrait.duckdb (through Dagster)"
	@echo "make ui     the Dagster UI on http://127.0.0.1:3000 (assets, checks, schedule, sensor)"
	@echo "make test   lint, build a small generated set, run pytest"

# Where Dagster builds the demo: the same paths as `portrait build` above used.
DEMO_ENV := PORTRAIT_LANDING=$(CURDIR)/data/demo/landing \
	PORTRAIT_WAREHOUSE=$(CURDIR)/data/warehouse/portrait.duckdb PORTRAIT_AS_OF=$(AS_OF)
UI_PORT ?= 3000

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

# Dagster instance settings: telemetry off; one run at a time (DuckDB allows one writer), the
# others wait in the run queue.
$(DAGSTER_HOME)/dagster.yaml: Makefile
	mkdir -p $(DAGSTER_HOME)
	printf 'telemetry:\n  enabled: false\nconcurrency:\n  runs:\n    max_concurrent_runs: 1\n' > $@

setup: $(STAMP) $(DAGSTER_HOME)/dagster.yaml

# The portrait_demo graph through Dagster: generate the demo landing data, landing checks, dbt
# (tests as asset checks), Great Expectations checks, audience exports; then the summary.
run: setup
	$(DEMO_ENV) $(BIN)/dagster asset materialize -m portrait.definitions --select '*' \
		--config-json '{"ops": {"generated_landing": {"config": {"persons": $(DEMO_PERSONS), "seed": $(DEMO_SEED)}}}}'
	$(BIN)/portrait summary --warehouse data/warehouse/portrait.duckdb

ui: setup
	$(DEMO_ENV) $(BIN)/dagster dev -m portrait.definitions -h 127.0.0.1 -p $(UI_PORT)

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
		--as-of $(AS_OF) --unit-tests

pytest: setup
	PORTRAIT_TEST_DATA=data/test $(BIN)/pytest -q --durations=15 -n 2 --dist loadfile

test: lint build-test pytest

clean:
	rm -rf data target logs .dagster_home
