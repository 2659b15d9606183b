"""The least a full build must do: read every landing file once into DuckDB tables.

No checks, no keys, no identity: each source's files are read with DuckDB's own readers
(`read_json` with an auto-detected schema, `read_csv`, `read_parquet`) and written to a table of
a new database, under the warehouse's memory cap and 2 threads. The figure is a floor for
`portrait build --full-refresh`: whatever the models do, they cannot take less than reading
their input. It says how much of a time target is left for staging, identity and profiles.

.venv/bin/python bench/bench_load_floor.py --landing data/bench/p1000000/landing
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

import duckdb


def reader(folder: Path) -> str:
    files = sorted(p for p in folder.iterdir() if p.is_file())
    suffixes = {p.suffix for p in files}
    if len(suffixes) != 1:
        raise SystemExit(f"{folder}: expected one kind of file, found {sorted(suffixes)}")
    listed = "[" + ", ".join(f"'{p}'" for p in files) + "]"
    kind = suffixes.pop()
    if kind == ".jsonl":
        return f"read_json({listed}, format = 'newline_delimited', ignore_errors = true)"
    if kind == ".csv":
        return f"read_csv({listed}, header = true, all_varchar = true)"
    if kind == ".parquet":
        return f"read_parquet({listed})"
    raise SystemExit(f"{folder}: unknown file kind {kind}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--landing", type=Path, required=True)
    p.add_argument("--memory-limit", default="5GB")
    p.add_argument("--threads", type=int, default=2)
    args = p.parse_args()
    total_seconds, total_rows, total_bytes = 0.0, 0, 0
    with tempfile.TemporaryDirectory(prefix="portrait-floor-", dir=args.landing.parent) as tmp:
        con = duckdb.connect(str(Path(tmp) / "floor.duckdb"))
        con.execute(f"set memory_limit = '{args.memory_limit}'")
        con.execute(f"set threads = {args.threads}")
        con.execute(f"set temp_directory = '{Path(tmp) / 'spill'}'")
        for folder in sorted(q for q in args.landing.iterdir() if q.is_dir()):
            size = sum(f.stat().st_size for f in folder.iterdir() if f.is_file())
            started = time.perf_counter()
            con.execute(f"create table {folder.name} as select * from {reader(folder)}")
            con.execute("checkpoint")
            seconds = time.perf_counter() - started
            rows = con.execute(f"select count(*) from {folder.name}").fetchone()[0]
            total_seconds += seconds
            total_rows += rows
            total_bytes += size
            print(json.dumps({"source": folder.name, "seconds": round(seconds, 1), "rows": rows,
                              "mib": round(size / 2**20)}), flush=True)
        con.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20
    print(json.dumps({"source": "all", "seconds": round(total_seconds, 1), "rows": total_rows,
                      "mib": round(total_bytes / 2**20), "peak_rss_gib": round(peak, 2)}))


if __name__ == "__main__":
    main()
