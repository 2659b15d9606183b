"""Benchmark: two searches of a micro-batch, each the old way and the current way, read-only.

    keys     A base model finds which of a batch's record keys rows loaded before also carry
             (rank_record_copies). `string`: a semi join on `record_key` over every row of the
             base table (before). `hash`: the keys' 64-bit hashes looked up in
             `<model>__key_hashes` (now). Run twice: with keys not loaded before (a batch of new
             records: the usual case) and with keys that were (a re-delivered file).
    records  int_affected_persons copies the resolutions of the persons it listed
             (write_person_scope_records). `filter`: `select * ... where person_id in (...)`
             (before). `rowid`: the filter on `person_id` alone, then the rows by row id
             (rows_where, now). Both write every column to a temporary table, as the
             post-hook does.

The keys and persons are sampled from the warehouse itself; the variants alternate, and each
pair must find the same rows. Prints each run's seconds, the medians and their ratio. Needs a
warehouse built by a version that writes `<model>__key_hashes` (any build of this one, or one
micro-batch after an older one).

    .venv/bin/python bench/bench_key_searches.py --warehouse data/bench/p1000000/warehouse.duckdb
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import duckdb

KEY_HASH = "md5_number_lower"  # macros/landing/landing_base.sql: duckdb__record_key_hash


def timed(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[float, object]:
    """Runs `sql`; a `create ... as` is timed, then its table counted for the comparison."""
    started = time.perf_counter()
    result = con.execute(sql).fetchall()
    seconds = time.perf_counter() - started
    if sql.lstrip().startswith("create"):
        result = con.execute(
            "select count(*), count(distinct source_record_id) from scoped").fetchall()
    return seconds, result


def compare(con, variants: dict[str, str], repeats: int) -> dict:
    runs: dict[str, list[float]] = {name: [] for name in variants}
    results = {}
    for _ in range(repeats):
        for name, sql in variants.items():
            seconds, result = timed(con, sql)
            runs[name].append(round(seconds, 3))
            results[name] = result
    first, second = variants
    medians = {name: statistics.median(times) for name, times in runs.items()}
    return {"runs": runs, "medians": medians,
            "ratio": round(medians[second] / medians[first], 2),
            "same_rows": results[first] == results[second], "rows": results[first]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--warehouse", type=Path, required=True)
    parser.add_argument("--base", default="base_segment__messages")
    parser.add_argument("--keys", type=int, default=10000, help="record keys in the batch")
    parser.add_argument("--persons", type=int, default=10000, help="persons listed")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    con = duckdb.connect(str(args.warehouse), read_only=True)
    base = args.base
    con.execute(f"""create temp table loaded_keys as
        select record_key from {base}
        where record_key is not null
            -- rows loaded since by an older version are hashed by the next build (catch-up)
            and loaded_at <= (select max(seen.loaded_at) from {base}__key_hashes as seen)
        using sample reservoir({args.keys} rows) repeatable (7)""")
    con.execute("""create temp table new_keys as
        select record_key || '-new' as record_key from loaded_keys""")
    con.execute(f"""create temp table listed as
        select person_id from dim_customers using sample reservoir({args.persons} rows)
        repeatable (7)""")
    report = {"warehouse": str(args.warehouse), "base": base}
    for batch in ("new_keys", "loaded_keys"):
        report[f"keys ({batch})"] = compare(con, {
            "string": f"""select count(distinct record_key) from {base}
                where record_key in (select batch.record_key from {batch} as batch)""",
            "hash": f"""select count(distinct record_key) from {batch}
                where {KEY_HASH}(record_key) in (
                    select seen.key_hash from {base}__key_hashes as seen)""",
        }, args.repeats)
    scope = "person_id in (select listed.person_id from listed)"
    report["records"] = compare(con, {
        "filter": f"""create or replace temp table scoped as
            select * from idn_source_record_persons where {scope}""",
        "rowid": f"""create or replace temp table scoped as
            select * from idn_source_record_persons where rowid in (
                select rowid from idn_source_record_persons where {scope})""",
    }, args.repeats)
    print(json.dumps(report, indent=2, default=str))


if __name__ == "__main__":
    main()
