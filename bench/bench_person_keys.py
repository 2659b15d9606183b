"""Benchmark: how a micro-batch's person-scoped reads would go with an integer person key.

A micro-batch recomputes the persons it touched (the person scope, about 10,000 at 1,000,000
persons) and every person-scoped model reads its inputs with `person_id in (scope)`: a semi join
that hashes the varchar `person_id` of every row of tables of 15-63M rows. This bench measures,
on copies of a built warehouse's largest person-keyed tables, in one run and alternated:

    varchar   the table as the models keep it, filtered on `person_id` (today);
    key       the same rows with `person_key` (ubigint: the 16 hex digits of `person_id`,
              which is 'p_' and 16 hex digits, so the key is exact, not a hash), filtered on it;
    sorted    as `key`, with the rows written in `person_key` order, as a full build could.

For each, three statements a person-scoped model runs: reading the scoped persons' rows
(`create temp table ... as select *`), counting them (the filter alone) and deleting them (in a
transaction that is rolled back). It prints each one's median seconds, the ratio to `varchar`,
and checks that every variant finds the same number of rows.

    .venv/bin/python bench/bench_person_keys.py --warehouse data/bench/p1000000/warehouse.duckdb \\
        --scratch /tmp/person_keys.duckdb --persons 10000 --repeats 3
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import duckdb

TABLES = [
    "int_customer_events_unioned",
    "idn_source_record_persons",
    "int_customer_attribute_candidates",
    "idn_identifier_persons",
]
VARIANTS = ["varchar", "key", "sorted"]
PERSON_KEY = "cast('0x' || substr(person_id, 3) as ubigint)"


def prepare(con: duckdb.DuckDBPyConnection, tables: list[str], persons: int, seed: float) -> None:
    for table in tables:
        if con.execute("select count(*) from information_schema.tables where table_catalog = "
                       "'scratch' and table_name = ?", [f"sorted_{table}"]).fetchone()[0]:
            continue
        started = time.perf_counter()
        con.execute(f"create or replace table scratch.varchar_{table} as "
                    f"select * from wh.main.{table}")
        con.execute(f"create or replace table scratch.key_{table} as "
                    f"select *, {PERSON_KEY} as person_key from wh.main.{table}")
        con.execute(f"create or replace table scratch.sorted_{table} as "
                    f"select * from scratch.key_{table} order by person_key")
        con.execute("checkpoint scratch")
        rows = con.execute(f"select count(*) from scratch.varchar_{table}").fetchone()[0]
        print(f"copied {table}: {rows:,} rows in {time.perf_counter() - started:.0f} s", flush=True)
    con.execute(f"select setseed({seed})")
    con.execute("create or replace table scratch.scope as select person_id, "
                f"{PERSON_KEY} as person_key from (select distinct person_id from "
                "wh.main.idn_identifier_persons where person_id is not null) "
                f"order by random() limit {persons}")
    con.execute("checkpoint scratch")


def statements(table: str, variant: str) -> dict[str, str]:
    column = "person_id" if variant == "varchar" else "person_key"
    where = f"{column} in (select scope.{column} from scratch.scope as scope)"
    relation = f"scratch.{variant}_{table}"
    return {
        "read": f"create or replace temp table scoped as select * from {relation} where {where}",
        "count": f"select count(*) from {relation} where {where}",
        "delete": f"delete from {relation} where {where}",
    }


def timed(con: duckdb.DuckDBPyConnection, kind: str, sql: str) -> tuple[float, int]:
    if kind == "delete":
        con.execute("begin")
    started = time.perf_counter()
    result = con.execute(sql).fetchall()
    seconds = time.perf_counter() - started
    if kind == "delete":
        con.execute("rollback")
    if kind == "read":
        rows = con.execute("select count(*) from scoped").fetchone()[0]
    else:
        rows = result[0][0]
    return seconds, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--warehouse", type=Path, required=True)
    parser.add_argument("--scratch", type=Path, required=True,
                        help="a DuckDB file for the copies (kept between runs; delete it after)")
    parser.add_argument("--persons", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--tables", nargs="*", default=TABLES)
    parser.add_argument("--seed", type=float, default=0.42)
    parser.add_argument("--memory-limit", default="5GB")
    args = parser.parse_args()

    con = duckdb.connect(config={"threads": 2, "memory_limit": args.memory_limit,
                                 "preserve_insertion_order": False})
    con.execute(f"attach '{args.warehouse}' as wh (read_only)")
    con.execute(f"attach '{args.scratch}' as scratch")
    prepare(con, args.tables, args.persons, args.seed)

    print(f"\n{args.persons:,} persons in scope; median of {args.repeats}, seconds "
          "(ratio to varchar)")
    print(f"{'table':36s} {'statement':9s} " + " ".join(f"{v:>16s}" for v in VARIANTS))
    for table in args.tables:
        times: dict[tuple[str, str], list[float]] = {}
        rows: dict[tuple[str, str], set[int]] = {}
        for repeat in range(args.repeats):
            # alternate the order so that no variant always runs on a warmer cache
            order = VARIANTS if repeat % 2 == 0 else VARIANTS[::-1]
            for variant in order:
                for kind, sql in statements(table, variant).items():
                    seconds, found = timed(con, kind, sql)
                    times.setdefault((kind, variant), []).append(seconds)
                    rows.setdefault((kind, variant), set()).add(found)
        for kind in ["read", "count", "delete"]:
            base = statistics.median(times[(kind, "varchar")])
            cells = []
            for variant in VARIANTS:
                median = statistics.median(times[(kind, variant)])
                cells.append(f"{median:7.3f} ({median / base:4.2f})")
            print(f"{table:36s} {kind:9s} " + " ".join(f"{c:>16s}" for c in cells))
        found = {frozenset(v) for v in rows.values()}
        if len(found) != 1 or len(next(iter(found))) != 1:
            raise SystemExit(f"{table}: the variants found different rows: {rows}")
        print(f"{'':36s} rows in scope: {next(iter(next(iter(found)))):,}")


if __name__ == "__main__":
    main()
