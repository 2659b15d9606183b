"""Where a Dagster run reads and writes: one resource shared by every asset and check."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dagster import ConfigurableResource

from portrait.project import DEFER_CHECKPOINT_ENV, PROJECT_DIR, dbt_env


def _path(env: str, default: str) -> str:
    return str((PROJECT_DIR / os.environ.get(env, default)).resolve())


class PortraitSettings(ConfigurableResource):
    """Paths and the profile clock of a build.

    The defaults come from the environment when the definitions load (PORTRAIT_LANDING,
    PORTRAIT_WAREHOUSE, PORTRAIT_AS_OF, the same variables dbt reads), so `make ui` and
    `make run` point Dagster where `portrait build` would write.
    """

    landing_dir: str
    warehouse_path: str
    # ISO 8601 with an offset, e.g. 2026-11-01T00:00:00+08:00; empty: profiles as of the build
    as_of: str = ""
    exports_dir: str
    # Great Expectations stores (suites, validation results) and the Data Docs HTML site
    gx_dir: str
    gx_docs_dir: str
    # dbt artifacts of the runs; the parsed manifest of the definitions lives elsewhere
    dbt_target_dir: str

    @classmethod
    def from_env(cls) -> PortraitSettings:
        return cls(
            landing_dir=_path("PORTRAIT_LANDING", "data/demo/landing"),
            warehouse_path=_path("PORTRAIT_WAREHOUSE", "data/warehouse/portrait.duckdb"),
            as_of=os.environ.get("PORTRAIT_AS_OF", ""),
            exports_dir=_path("PORTRAIT_EXPORTS", "data/exports"),
            gx_dir=_path("PORTRAIT_GX_DIR", "data/gx"),
            gx_docs_dir=_path("PORTRAIT_GX_DOCS", "data/gx_docs"),
            dbt_target_dir=_path("PORTRAIT_DBT_TARGET", "target/dagster-runs"),
        )

    @property
    def landing(self) -> Path:
        return Path(self.landing_dir)

    @property
    def warehouse(self) -> Path:
        return Path(self.warehouse_path)

    @contextmanager
    def dbt_environment(self, defer_checkpoint: bool = False) -> Iterator[None]:
        """os.environ as a dbt run of this build needs it (landing, warehouse, clock, telemetry
        off), restored on exit. DbtCliResource copies os.environ into the dbt child process when
        it starts it, and has no other way to pass variables. With `defer_checkpoint` (the
        serving run of a micro-batch), DuckDB leaves the run's changes in its write-ahead log
        for the next run to write into the file (portrait/duckdb_plugin.py).
        """
        self.warehouse.parent.mkdir(parents=True, exist_ok=True)
        overrides = dbt_env(self.landing, self.warehouse, self.as_of or None)
        if defer_checkpoint:
            overrides[DEFER_CHECKPOINT_ENV] = "1"
        if not self.as_of:
            overrides["PORTRAIT_AS_OF"] = ""
        # A dbt step runs a test only when every model it reads is built by then: in the step
        # or an earlier one ("buildable"). dbt's default ("eager") would run a relationships
        # test between a staging and an identity model in the staging step, against the
        # identity table of the previous build (or none). dagster-dbt still overrides this when
        # a run selects single checks.
        overrides["DBT_INDIRECT_SELECTION"] = "buildable"
        saved = {key: os.environ.get(key) for key in overrides}
        os.environ.update(overrides)
        try:
            yield
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
