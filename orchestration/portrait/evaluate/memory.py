"""The evaluator's DuckDB connections, capped like the warehouse's."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb


def capped(con: duckdb.DuckDBPyConnection, spill: Path | str) -> duckdb.DuckDBPyConnection:
    """`con` with the warehouse's memory cap (PORTRAIT_DUCKDB_MEMORY_LIMIT, default 5GB, as in
    profiles.yml), spilling to `spill`. Uncapped, a DuckDB connection takes 80% of RAM: at
    1,000,000 persons the evaluation grew past 24 GiB and the kernel killed it."""
    limit = os.environ.get("PORTRAIT_DUCKDB_MEMORY_LIMIT", "5GB")
    con.execute(f"set memory_limit = '{limit}'")
    con.execute(f"set temp_directory = '{Path(spill).resolve()}'")
    # as the warehouse's profile sets it: large results need not keep their order in memory
    con.execute("set preserve_insertion_order = false")
    return con
