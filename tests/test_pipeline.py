"""The whole pipeline on generated data with every noise type on: nothing is lost."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
from portrait.contract import SOURCES

from tests.conftest import run_portrait


def count_landing_rows(folder: Path) -> int:
    """Rows in a landing folder, counted by Python's own readers, independently of DuckDB."""
    total = 0
    for path in sorted(folder.glob("*")):
        if path.suffix == ".jsonl":
            with path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        elif path.suffix == ".csv":
            with path.open(newline="", encoding="utf-8-sig") as handle:
                total += max(sum(1 for _ in csv.reader(handle)) - 1, 0)
        elif path.suffix == ".parquet":
            total += pq.ParquetFile(path).metadata.num_rows
    return total


def test_every_landing_row_is_counted_and_the_audit_balances(built) -> None:
    con = duckdb.connect(str(built.warehouse), read_only=True)
    audit = {r[0]: r[1:] for r in con.execute(
        "select source_name, raw_rows, staged_rows, quarantined_rows, is_balanced "
        "from rpt_load_audit").fetchall()}
    con.close()
    assert set(audit) == set(SOURCES)
    for source, (raw, staged, quarantined, balanced) in audit.items():
        assert raw == count_landing_rows(built.landing / source), source
        assert raw == staged + quarantined and balanced, source
    assert all(audit[s][0] > 0 for s in SOURCES)


def test_noise_lands_in_quarantine_with_its_reason(built) -> None:
    con = duckdb.connect(str(built.warehouse), read_only=True)
    reasons = {r[0] for r in con.execute(
        "select distinct quarantine_reason from stg_landing__quarantined_rows").fetchall()}
    con.close()
    # the generator injects truncated JSON lines, client retries, re-delivered versions,
    # negative amounts, impossible and future timestamps
    assert {"malformed_json", "duplicate_record", "superseded_version", "negative_amount",
            "invalid_timestamp", "future_timestamp"} <= reasons


def test_staged_records_are_the_generated_records(built) -> None:
    con = duckdb.connect(str(built.warehouse), read_only=True)
    con.execute(f"create temp table truth as select distinct source_name, source_record_id "
                f"from read_parquet('{built.truth}/record_persons.parquet')")
    unknown = con.execute("""
        select count(*) from stg_crm__contacts as staged
        left join truth on truth.source_name = 'crm_contacts'
            and truth.source_record_id = staged.contact_id
        where truth.source_record_id is null
    """).fetchone()[0]
    duplicated = con.execute(
        "select count(*) - count(distinct message_id) from stg_segment__messages").fetchone()[0]
    con.close()
    assert unknown == 0
    assert duplicated == 0


def test_the_summary_prints_layers_and_quarantine(built) -> None:
    out = run_portrait("summary", "--warehouse", str(built.warehouse)).stdout
    assert "Rows per layer" in out and "identity" in out
    assert "Quarantined rows by source and reason" in out
    assert "NO" not in out.split("Load audit")[1].split("Quarantined")[0]
    # the models, not their side tables: one line each, and the counts are of those lines
    listed = [line.split()[0] for line in out.split("Load audit")[0].splitlines()
              if line.startswith("      ")]
    assert "idn_identifier_observations" in listed
    assert "stg_segment__messages" in listed and "stg_landing__quarantined_rows" in listed
    assert not [name for name in listed
                if name.endswith(("__built", "__scope", "__retracted", "__ranked"))]
    counted = sum(int(line.split()[1]) for line in out.splitlines()
                  if line.strip().endswith(" rows") and " models " in line)
    assert counted == len(listed)


def test_every_subcommand_has_help() -> None:
    for command in ("generate", "build", "evaluate", "summary", "preflight", "recluster"):
        out = run_portrait(command, "--help").stdout
        assert out.startswith(f"usage: portrait {command}")


# the tables a full build writes in key order (meta.cluster_by), and their keys
CLUSTERED = {
    "idn_observation_nodes": "node_key",
    "idn_identifier_nodes": "node_key",
    "idn_identifier_persons": "node_key",
    "idn_source_record_persons": "person_id",
    "int_customer_events_unioned": "person_id",
    "int_customer_attribute_candidates": "person_id",
}


def rows_out_of_key_order(con: duckdb.DuckDBPyConnection, table: str, key: str) -> int:
    """Rows whose key is below the key of the row stored before them (rowid order)."""
    return con.execute(
        f"select count(*) from (select {key}, lag({key}) over (order by rowid) as previous "
        f"from {table}) where previous > {key}").fetchone()[0]


def test_full_builds_write_clustered_tables_in_key_order_and_recluster_restores_it(
        built, tmp_path) -> None:
    with duckdb.connect(str(built.warehouse), read_only=True) as con:
        for table, key in CLUSTERED.items():
            assert con.execute(f"select count(*) from {table}").fetchone()[0] > 1000, table
            assert rows_out_of_key_order(con, table, key) == 0, f"{table} not in {key} order"
    warehouse = tmp_path / "warehouse.duckdb"
    shutil.copy(built.warehouse, warehouse)
    with duckdb.connect(str(warehouse)) as con:
        for table, key in CLUSTERED.items():
            # the same rows in a shuffled order, as micro-batches' appends leave a table
            con.execute(f"create table {table}__original as select * from {table}")
            con.execute(f"create table {table}__shuffled as select * from {table} "
                        "order by hash(rowid)")
            con.execute(f"drop table {table}")
            con.execute(f"alter table {table}__shuffled rename to {table}")
            assert rows_out_of_key_order(con, table, key) > 0, table
    out = run_portrait("recluster", "--warehouse", str(warehouse)).stdout
    with duckdb.connect(str(warehouse), read_only=True) as con:
        for table, key in CLUSTERED.items():
            assert f"main.{table}: " in out
            assert rows_out_of_key_order(con, table, key) == 0, f"{table} not reclustered"
            differing = con.execute(
                f"select count(*) from ((select * from {table} except all "
                f"select * from {table}__original) union all (select * from {table}__original "
                f"except all select * from {table}))").fetchone()[0]
            assert differing == 0, f"{table}: {differing} rows differ after reclustering"
