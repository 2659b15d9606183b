"""Shared fixtures: one generated data set, built once per session.

`make test` generates and builds data/test before pytest runs and points PORTRAIT_TEST_DATA at
it, so the end-to-end tests read that build instead of repeating it. Run alone, pytest builds
its own small set in a temporary directory.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PORTRAIT = [sys.executable, "-m", "portrait.cli"]

# `make pytest` runs the modules in two pytest-xdist workers (one build keeps about one core
# busy: dbt's Python between small queries). Each worker's dbt processes get a target and log
# folder of their own, so that two of them never write one manifest or partial-parse file.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER")
if _WORKER:
    os.environ.setdefault("DBT_TARGET_PATH", str(REPO / f"target-{_WORKER}"))
    os.environ.setdefault("DBT_LOG_PATH", str(REPO / f"logs-{_WORKER}"))
# the generator's default: its data ends here, so profiles are built as of it
AS_OF = "2026-11-01T00:00:00+08:00"


@dataclass
class Built:
    root: Path
    landing: Path
    truth: Path
    warehouse: Path


def run_portrait(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [*PORTRAIT, *args], cwd=REPO, capture_output=True, text=True, check=False,
    )
    if check and result.returncode != 0:
        raise AssertionError(
            f"portrait {' '.join(args)} failed ({result.returncode}):\n"
            f"{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
        )
    return result


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    given = os.environ.get("PORTRAIT_TEST_DATA")
    if given and (Path(given) / "warehouse.duckdb").exists():
        root = Path(given).resolve()
    else:
        root = tmp_path_factory.mktemp("generated")
        run_portrait("generate", "--persons", "1500", "--seed", "7", "--out", str(root))
        run_portrait("build", "--landing", str(root / "landing"),
                     "--warehouse", str(root / "warehouse.duckdb"), "--as-of", AS_OF)
    return Built(root, root / "landing", root / "truth", root / "warehouse.duckdb")
