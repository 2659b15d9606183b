"""Where the dbt project lives and how dbt is invoked, shared by the CLI and Dagster."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROJECT_DIR = Path(os.environ.get("PORTRAIT_PROJECT_DIR", Path(__file__).resolve().parents[2]))

# Set for a micro-batch's serving build: DuckDB leaves its changes in the write-ahead log, and
# the batch's second build writes them into the database file (portrait/duckdb_plugin.py).
DEFER_CHECKPOINT_ENV = "PORTRAIT_DEFER_CHECKPOINT"

# Models are grouped into layers by their name prefix, as in the folders under models/.
LAYER_PREFIXES = {
    "staging": ("base_", "stg_"),
    "identity": ("idn_",),
    "intermediate": ("int_",),
    "marts": ("dim_", "fct_", "rpt_"),
}


def dbt_env(
    landing: Path | str, warehouse: Path | str, as_of: str | None = None
) -> dict[str, str]:
    """Environment for a dbt run that reads `landing` and writes `warehouse`, with telemetry off.

    `as_of` (ISO 8601 with an offset) is the instant profiles are computed as of; without it they
    are computed as of the build, unless PORTRAIT_AS_OF is already set. DuckDB checkpoints as
    usual, even if the calling environment carries DEFER_CHECKPOINT_ENV: only the serving build
    of a micro-batch defers it, by setting it on top of this.
    """
    env = {
        "PORTRAIT_LANDING": str(Path(landing).resolve()),
        "PORTRAIT_WAREHOUSE": str(Path(warehouse).resolve()),
        "DBT_PROFILES_DIR": str(PROJECT_DIR),
        "DBT_PROJECT_DIR": str(PROJECT_DIR),
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
        "DAGSTER_DISABLE_TELEMETRY": "true",
        DEFER_CHECKPOINT_ENV: "",
    }
    if as_of:
        env["PORTRAIT_AS_OF"] = as_of
    return env


def dbt_executable() -> str:
    """The dbt next to this Python, so the venv's pinned dbt is used even without PATH set."""
    candidate = Path(sys.executable).with_name("dbt")
    return str(candidate) if candidate.exists() else "dbt"


def run_dbt(
    args: list[str], landing: Path | str, warehouse: Path | str, as_of: str | None = None,
    extra_env: dict[str, str] | None = None,
) -> bool:
    """Run one dbt command in a child process; returns whether it succeeded.

    A child process rather than dbtRunner: dbt-duckdb keeps its connection open for the life of
    the process, and DuckDB allows one writer per file, so the summary that follows (and Dagster's
    GX checks) could not open the warehouse while it lingered.
    """
    Path(warehouse).resolve().parent.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, **dbt_env(landing, warehouse, as_of), **(extra_env or {})}
    command = [dbt_executable(), *args, "--project-dir", str(PROJECT_DIR),
               "--profiles-dir", str(PROJECT_DIR)]
    return subprocess.run(command, env=env, cwd=PROJECT_DIR, check=False).returncode == 0
