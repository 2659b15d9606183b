"""Does an incremental warehouse equal a full rebuild of the same landing files?

Person ids may differ between the two (an incremental build keeps the ids earlier batches gave;
a full build derives them from scratch), so persons are compared by their identifiers: each
person is named by the smallest node_key it holds, and every person-keyed table is compared on
that name. Everything else must match exactly, row for row.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

# Columns that record when or how a row was written, not what it says.
BOOKKEEPING = {"loaded_at", "resolved_at", "previous_person_id", "dbt_updated_at"}

# Person-keyed tables compared row for row after renaming person ids.
PERSON_TABLES = [
    "dim_customers",
    "fct_segment_memberships",
    "dim_customer_consents",
    "rpt_audience_email",
    "rpt_audience_sms",
    "rpt_audience_wechat",
    "rpt_audience_ads",
    "fct_orders",
    "fct_customer_events",
    "fct_customer_daily_activity",
    "int_customer_events_unioned",
    "idn_source_record_persons",
]

# Tables without person ids, compared as they are.
PLAIN_TABLES = ["stg_segment__messages", "stg_commerce__orders", "stg_crm__contacts",
                "stg_privacy__consent_events", "idn_identifier_observations",
                "idn_observation_nodes", "idn_identifier_nodes", "idn_record_edges",
                "idn_identifier_edges", "idn_graph_components", "idn_identifier_clusters",
                "rpt_load_audit"]


def _columns(con: duckdb.DuckDBPyConnection, catalog: str, table: str) -> list[str]:
    rows = con.execute(
        "select column_name from information_schema.columns "
        "where table_catalog = ? and table_schema = 'main' and table_name = ? "
        "order by ordinal_position", [catalog, table]).fetchall()
    return [r[0] for r in rows]


def compare_warehouses(incremental: Path | str, full: Path | str,
                       tables: list[str] | None = None) -> dict:
    """Compare two warehouses. Returns a dict with
    * clusters: persons in each and how many persons differ in their identifiers (0 = the
      clustering is identical up to ids);
    * tables: for every compared table, rows in each and rows only in one of them."""
    con = duckdb.connect()
    con.execute(f"attach '{incremental}' as inc (read_only)")
    con.execute(f"attach '{full}' as ful (read_only)")
    for db in ("inc", "ful"):
        con.execute(f"""
            create temp table {db}_names as
            select person_id, min(node_key) as person_name
            from {db}.main.idn_identifier_persons group by 1""")
        con.execute(f"""
            create temp table {db}_partition as
            select persons.node_key, names.person_name
            from {db}.main.idn_identifier_persons as persons
            inner join {db}_names as names using (person_id)""")
    persons_inc = con.execute("select count(*) from inc_names").fetchone()[0]
    persons_ful = con.execute("select count(*) from ful_names").fetchone()[0]
    differing_nodes = con.execute("""
        select count(*) from (
            (select * from inc_partition except select * from ful_partition)
            union all
            (select * from ful_partition except select * from inc_partition))""").fetchone()[0]
    result = {
        "clusters": {"persons_incremental": persons_inc, "persons_full": persons_ful,
                     "nodes_in_differing_persons": differing_nodes},
        "tables": {},
    }
    for table in tables or PERSON_TABLES + PLAIN_TABLES:
        cols_inc = _columns(con, "inc", table)
        cols_ful = _columns(con, "ful", table)
        if not cols_inc or cols_inc != cols_ful:
            result["tables"][table] = {"error": f"columns differ: {cols_inc} vs {cols_ful}"}
            continue
        cols = [c for c in cols_inc if c not in BOOKKEEPING]
        selects = {}
        for db in ("inc", "ful"):
            if "person_id" in cols:
                body = ", ".join(
                    "names.person_name as person_id" if c == "person_id" else f"t.{c}"
                    for c in cols)
                selects[db] = (f"select {body} from {db}.main.{table} as t "
                               f"left join {db}_names as names using (person_id)")
            else:
                selects[db] = f"select {', '.join(cols)} from {db}.main.{table}"
        rows = {db: con.execute(f"select count(*) from {db}.main.{table}").fetchone()[0]
                for db in ("inc", "ful")}
        only_inc = con.execute(
            f"select count(*) from ({selects['inc']} except all {selects['ful']})").fetchone()[0]
        only_ful = con.execute(
            f"select count(*) from ({selects['ful']} except all {selects['inc']})").fetchone()[0]
        result["tables"][table] = {"rows_incremental": rows["inc"], "rows_full": rows["ful"],
                                   "only_incremental": only_inc, "only_full": only_ful}
    con.close()
    return result


def differences(result: dict) -> list[str]:
    """The comparison's differences as sentences; empty when the warehouses are equal."""
    found = []
    clusters = result["clusters"]
    if clusters["nodes_in_differing_persons"] or (
            clusters["persons_incremental"] != clusters["persons_full"]):
        found.append(f"clustering differs: {clusters}")
    for table, figures in result["tables"].items():
        if "error" in figures:
            found.append(f"{table}: {figures['error']}")
        elif figures["only_incremental"] or figures["only_full"]:
            found.append(f"{table}: {figures}")
    return found
