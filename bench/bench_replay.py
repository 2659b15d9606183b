"""Benchmark: replay two versions of a query on a built warehouse, warm and alternating.

Each SQL file is a SELECT with the columns k, id_type, id_value, other_type, other_value, f, l
(bench/replay/*.sql: the old and new forms of a model's costly query, reading the scope tables
the last micro-batch left). Prints each file's row count and a hash of its rows, so that two
versions can be seen to return the same rows, then three timed rounds and the median.

    .venv/bin/python bench/bench_replay.py --warehouse data/bench/p1000000/warehouse.duckdb \\
        bench/replay/guards_old.sql bench/replay/guards_new.sql
"""

import argparse
import time

import duckdb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warehouse", required=True)
    parser.add_argument("--memory-limit", default="5GB")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("sql", nargs="+")
    args = parser.parse_args()
    con = duckdb.connect(args.warehouse, read_only=True)
    con.execute(f"set memory_limit='{args.memory_limit}'; set threads=2")
    queries = {}
    for path in args.sql:
        with open(path) as file:
            queries[path] = file.read().strip().rstrip(";")
    checked = ("select count(*), sum(hash(q.k, q.id_type, q.id_value, q.other_type, "
               "q.other_value, q.f, q.l)) from ({}) as q")
    for path, sql in queries.items():  # warm, and the rows each returns
        rows, digest = con.execute(checked.format(sql)).fetchone()
        print(f"{path}: {rows} rows, hash {digest}")
    timings = {path: [] for path in queries}
    for _ in range(args.rounds):
        for path, sql in queries.items():
            started = time.perf_counter()
            con.execute(checked.format(sql)).fetchone()
            timings[path].append(time.perf_counter() - started)
    for path, seconds in timings.items():
        median = sorted(seconds)[len(seconds) // 2]
        print(f"{path}: {' '.join(f'{s:.2f}' for s in seconds)} s, median {median:.2f} s")


if __name__ == "__main__":
    main()
