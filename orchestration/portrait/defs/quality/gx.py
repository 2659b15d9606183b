"""Great Expectations 1.x, the way Portrait runs it: pandas frames, file stores, Data Docs.

GX validates pandas frames, never the warehouse through SQLAlchemy: GX over duckdb-engine has
known bugs, and a frame read over a read-only DuckDB connection (closed before the check returns)
never holds the lock a later dbt step needs.

The context is ephemeral (no great_expectations.yml), with file stores under `gx_dir` so that the
Data Docs site in `gx_docs_dir` (index.html) lists every suite and the latest validation results
of every check, across checks and runs. Analytics are off.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import Any

import pandas as pd

DOCS_SITE = "portrait"
# runs of each suite whose validation results the Data Docs keep (older ones are deleted)
KEEP_RESULTS_PER_SUITE = 20


@dataclass
class Validation:
    """One validated frame: its name, whether it passed, and one line per expectation."""

    name: str
    success: bool
    rows: int
    lines: list[dict[str, Any]] = field(default_factory=list)


class GxRunner:
    """Runs expectation suites on pandas frames and keeps the results for Data Docs."""

    def __init__(self, gx_dir: str | Path, docs_dir: str | Path):
        self.gx_dir = Path(gx_dir)
        self.docs_dir = Path(docs_dir)
        # every validation of one runner (one check execution) is one GX run in the Data Docs
        self.run_time = datetime.now(UTC)

    @cached_property
    def context(self):
        os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
        import great_expectations as gx
        from great_expectations.data_context.types.base import (
            DataContextConfig,
            FilesystemStoreBackendDefaults,
            ProgressBarsConfig,
        )

        self.gx_dir.mkdir(parents=True, exist_ok=True)
        config = DataContextConfig(
            store_backend_defaults=FilesystemStoreBackendDefaults(
                root_directory=str(self.gx_dir)),
            analytics_enabled=False,
            progress_bars=ProgressBarsConfig(globally=False),
            data_docs_sites={
                DOCS_SITE: {
                    "class_name": "SiteBuilder",
                    "store_backend": {
                        "class_name": "TupleFilesystemStoreBackend",
                        "base_directory": str(self.docs_dir),
                    },
                    "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
                }
            },
        )
        return gx.get_context(mode="ephemeral", project_config=config)

    @cached_property
    def _datasource(self):
        return self.context.data_sources.add_or_update_pandas("portrait_frames")

    def validate(
        self, suite_name: str, frame: pd.DataFrame, expectations: list, batch_name: str
    ) -> Validation:
        """Validate `frame` against a suite made of `expectations` (stored under `suite_name`)."""
        import great_expectations as gx

        suite = self.context.suites.add_or_update(
            gx.ExpectationSuite(name=suite_name, expectations=expectations))
        # GX turns dots and slashes of names into folders of its stores
        asset_name = re.sub(r"[^A-Za-z0-9_-]", "_", f"{suite_name}--{batch_name}")
        try:
            asset = self._datasource.get_asset(asset_name)
        except LookupError:
            asset = self._datasource.add_dataframe_asset(name=asset_name)
        try:
            batch = asset.get_batch_definition("whole")
        except KeyError:
            batch = asset.add_batch_definition_whole_dataframe("whole")
        definition = self.context.validation_definitions.add_or_update(
            gx.ValidationDefinition(name=asset_name, data=batch, suite=suite))
        from great_expectations.core.run_identifier import RunIdentifier

        result = definition.run(batch_parameters={"dataframe": frame}, result_format="SUMMARY",
                                run_id=RunIdentifier(run_time=self.run_time))
        return Validation(
            name=batch_name,
            success=bool(result.success),
            rows=len(frame),
            lines=[_line(r) for r in result.results],
        )

    def build_docs(self) -> Path:
        """Rebuild the Data Docs site; returns its index.html."""
        self._prune()
        self.context.build_data_docs(site_names=[DOCS_SITE])
        return self.docs_dir / "index.html"

    def _prune(self) -> None:
        """Keep the newest KEEP_RESULTS_PER_SUITE runs of every suite's validation results.

        The store holds validations/<suite>/<run name>/<run time>/<batch>.json; runs have no
        name here (`__none__`).
        """
        for runs in (self.gx_dir / "uncommitted" / "validations").glob("*/__none__"):
            times = sorted(d for d in runs.iterdir() if d.is_dir())
            for old in times[:-KEEP_RESULTS_PER_SUITE]:
                shutil.rmtree(old, ignore_errors=True)


def _line(result) -> dict[str, Any]:
    """One expectation's outcome, short enough for the Dagster UI."""
    config = result.expectation_config
    kwargs = {k: v for k, v in config.kwargs.items() if k not in ("batch_id", "result_format")}
    details = result.result or {}
    observed = details.get("observed_value")
    if observed is None and "unexpected_percent" in details:
        observed = f"{details.get('unexpected_percent') or 0:.2f}% unexpected"
        if details.get("partial_unexpected_list"):
            observed += f" e.g. {details['partial_unexpected_list'][:3]}"
    if result.exception_info and result.exception_info.get("raised_exception"):
        observed = f"error: {result.exception_info.get('exception_message')}"
    return {
        "expectation": config.type,
        "column": kwargs.pop("column", kwargs.pop("column_list", "")),
        "success": bool(result.success),
        "observed": observed,
        "kwargs": kwargs,
    }


def to_markdown(validations: list[Validation]) -> str:
    """A table of every expectation, failed ones first, for the check's metadata."""
    rows = [
        (v.name, line) for v in validations for line in v.lines
    ]
    rows.sort(key=lambda item: item[1]["success"])
    out = ["| batch | expectation | column | passed | observed | arguments |",
           "|---|---|---|---|---|---|"]
    for name, line in rows:
        kwargs = ", ".join(f"{k}={v}" for k, v in line["kwargs"].items() if k != "regex")
        if "regex" in line["kwargs"]:
            kwargs = "regex, " + kwargs if kwargs else "regex"
        out.append(f"| {name} | {line['expectation']} | {line['column']} | "
                   f"{'yes' if line['success'] else '**NO**'} | "
                   f"{str(line['observed']).replace('|', '/')} | {kwargs.replace('|', '/')} |")
    return "\n".join(out)
