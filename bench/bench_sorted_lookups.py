"""Benchmark: lookups in a table as a build wrote it against the same rows ordered by a key.

Why `meta.cluster_by` (macros/profile/clustering.sql) orders `idn_observation_nodes` by
`node_key`: a micro-batch looks up the nodes whose person changed (a few dozen) and the nodes
of its records (thousands) by `node_key`, and the records it resolves again by
`(source_name, source_record_id)`. The bench copies the table twice into a scratch file, as it
is and ordered by `--key`, and times three lookups on each, alternated, with keys sampled from
the table itself; it reports each run and checks that both copies find the same rows.

    .venv/bin/python bench/bench_sorted_lookups.py \\
        --warehouse data/bench/p1000000/warehouse.duckdb --scratch /tmp/sorted_lookups.duckdb
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import duckdb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--warehouse", type=Path, required=True)
    parser.add_argument("--scratch", type=Path, required=True,
                        help="a DuckDB file for the copies (delete it after)")
    parser.add_argument("--table", default="idn_observation_nodes")
    parser.add_argument("--key", default="node_key")
    parser.add_argument("--few", type=int, default=22, help="keys in the small lookup")
    parser.add_argument("--many", type=int, default=10_000, help="keys in the large lookup")
    parser.add_argument("--records", type=int, default=300_000,
                        help="(source_name, source_record_id) pairs looked up")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--memory-limit", default="5GB")
    args = parser.parse_args()

    con = duckdb.connect(config={"threads": 2, "memory_limit": args.memory_limit,
                                 "preserve_insertion_order": False})
    con.execute("set enable_progress_bar = false")
    con.execute(f"attach '{args.warehouse}' as wh (read_only)")
    con.execute(f"attach '{args.scratch}' as s")
    source = f"wh.main.{args.table}"
    for name, order in [("as_built", ""), ("ordered", f" order by {args.key}")]:
        started = time.perf_counter()
        con.execute(f"create or replace table s.{name} as select * from {source}{order}")
        con.execute("checkpoint s")
        print(f"copy {name}: {time.perf_counter() - started:.1f} s", flush=True)
    con.execute("select setseed(0.42)")
    con.execute(f"create or replace table s.few as select distinct {args.key} from {source} "
                f"order by random() limit {args.few}")
    con.execute(f"create or replace table s.many as select distinct {args.key} from {source} "
                f"order by random() limit {args.many}")
    con.execute("create or replace table s.records as select distinct source_name, "
                f"source_record_id from {source} order by random() limit {args.records}")

    lookups = {
        f"{args.few} keys": f"{args.key} in (select {args.key} from s.few)",
        f"{args.many} keys": f"{args.key} in (select {args.key} from s.many)",
        f"{args.records} records": "(source_name, source_record_id) in "
                                   "(select source_name, source_record_id from s.records)",
    }
    found: dict[str, set[int]] = {}
    for repeat in range(args.repeats):
        order = ["as_built", "ordered"] if repeat % 2 == 0 else ["ordered", "as_built"]
        for copy in order:
            for label, where in lookups.items():
                started = time.perf_counter()
                rows = con.execute(f"select count(*) from s.{copy} where {where}").fetchone()[0]
                seconds = time.perf_counter() - started
                found.setdefault(label, set()).add(rows)
                print(f"run {repeat} {copy:8s} {label:16s} {seconds:7.3f} s  {rows:,} rows",
                      flush=True)
    for label, counts in found.items():
        if len(counts) != 1:
            raise SystemExit(f"{label}: the copies found different rows: {counts}")


if __name__ == "__main__":
    main()
