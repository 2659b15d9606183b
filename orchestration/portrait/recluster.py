"""`portrait recluster`: write the clustered tables again in their key order.

A full build writes the tables whose model names `meta.cluster_by` in the order of that key
(macros/profile/clustering.sql), so that a micro-batch's lookups of a few thousand persons or
identifier nodes skip most of each table. Rows that micro-batches write after it sit at the end
of the table, unordered, until the next full build. This writes each such table again, ordered,
with the same rows, so that a warehouse that runs micro-batches for a long time between full
builds keeps its lookups fast. It takes the warehouse's one writer: run it between builds.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Reclustered:
    table: str
    key: list[str]
    rows: int
    seconds: float


def clustered_tables(manifest: dict) -> dict[str, list[str]]:
    """The tables (schema.name) whose model names a cluster key, with the key's columns."""
    tables = {}
    for node in manifest["nodes"].values():
        key = (node.get("config", {}).get("meta") or {}).get("cluster_by")
        if node.get("resource_type") == "model" and key:
            tables[f"{node['schema']}.{node['alias'] or node['name']}"] = list(key)
    return dict(sorted(tables.items()))


def recluster(warehouse: Path, tables: dict[str, list[str]],
              memory_limit: str = "5GB") -> list[Reclustered]:
    """Rewrite each table in its key order, one transaction per table: the ordered copy is
    checked to hold as many rows as the table before it replaces it. A table the warehouse
    does not have yet is skipped."""
    import duckdb

    done = []
    with duckdb.connect(str(warehouse), config={"memory_limit": memory_limit}) as con:
        present = {f"{schema}.{name}" for schema, name in con.execute(
            "select table_schema, table_name from information_schema.tables "
            "where table_type = 'BASE TABLE'").fetchall()}
        for table, key in tables.items():
            if table not in present:
                continue
            schema, name = table.split(".", 1)
            started = time.perf_counter()
            copy = f'"{schema}"."{name}__reclustered"'
            con.execute("begin")
            con.execute(f'create table {copy} as select * from "{schema}"."{name}" '
                        f"order by {', '.join(key)}")
            before = con.execute(f'select count(*) from "{schema}"."{name}"').fetchone()[0]
            after = con.execute(f"select count(*) from {copy}").fetchone()[0]
            if before != after:
                con.execute("rollback")
                raise RuntimeError(f"{table}: the ordered copy holds {after} rows, not {before}")
            con.execute(f'drop table "{schema}"."{name}"')
            con.execute(f'alter table {copy} rename to "{name}"')
            con.execute("commit")
            done.append(Reclustered(table, key, before, round(time.perf_counter() - started, 1)))
        con.execute("checkpoint")
    return done
