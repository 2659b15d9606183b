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
    "int_orders_joined_to_persons",
    "fct_customer_events",
    "fct_customer_daily_activity",
    "int_customer_events_unioned",
    "idn_source_record_persons",
    "idn_cluster_stats",
]

# Person-level tables computed as of the profile clock. A micro-batch recomputes them only for
# the persons in its scope (int_affected_persons); the others keep the clock they had.
CLOCK_TABLES = ["dim_customers", "fct_segment_memberships", "dim_customer_consents",
                "rpt_audience_email", "rpt_audience_sms", "rpt_audience_wechat",
                "rpt_audience_ads"]

# Tables without person ids, compared as they are.
PLAIN_TABLES = ["stg_segment__messages", "stg_commerce__orders", "stg_crm__contacts",
                "stg_privacy__consent_events", "idn_identifier_observations",
                "idn_owner_sightings", "idn_identifier_guards", "idn_identifier_epochs",
                "idn_observation_nodes",
                "idn_identifier_nodes", "idn_record_edges", "idn_identifier_edges",
                "idn_graph_components", "idn_limit_violations", "idn_identifier_clusters",
                "idn_unresolved_records", "idn_dropped_links", "rpt_load_audit",
                "stg_landing__quarantined_rows"]


def pin_prediction_model(source: Path | str, target: Path | str) -> None:
    """Copy the prediction model trained in warehouse `source` into `target` (created if need
    be). A build of `target` with PORTRAIT_RETRAIN_PREDICTIONS=false then scores with it, so two
    warehouses can be compared without the difference two trainings make."""
    with duckdb.connect(str(target)) as con:
        con.execute(f"attach '{source}' as source (read_only)")
        con.execute("create or replace table main.int_person_predictions__trained as "
                    "select * from source.main.int_person_predictions__trained")


def _columns(con: duckdb.DuckDBPyConnection, catalog: str, table: str) -> list[str]:
    rows = con.execute(
        "select column_name from information_schema.columns "
        "where table_catalog = ? and table_schema = 'main' and table_name = ? "
        "order by ordinal_position", [catalog, table]).fetchall()
    return [r[0] for r in rows]


def compare_warehouses(incremental: Path | str, full: Path | str,
                       tables: list[str] | None = None, scope_only: bool = False) -> dict:
    """Compare two warehouses. Returns a dict with
    * clusters: persons in each and how many persons differ in their identifiers (0 = the
      clustering is identical up to ids);
    * tables: for every compared table, rows in each and rows only in one of them.
    With scope_only, the CLOCK_TABLES are compared only on the persons of the incremental
    warehouse's last build scope (a micro-batch at a later clock than the build before it:
    the persons outside the scope keep the earlier clock, see unchanged_outside_scope), and
    `scope_persons` says how many persons that is."""
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
    if scope_only:
        con.execute("""
            create temp table scope_names as
            select distinct names.person_name
            from inc.main.int_affected_persons as affected
            inner join inc_names as names using (person_id)
            where affected.loaded_at = (
                select max(loaded_at) from inc.main.int_affected_persons)""")
        result["scope_persons"] = con.execute("select count(*) from scope_names").fetchone()[0]
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
            if scope_only and table in CLOCK_TABLES:
                selects[db] = (f"select * from ({selects[db]}) as named "
                               "where person_id in (select person_name from scope_names)")
        rows = {db: con.execute(f"select count(*) from ({selects[db]}) as compared").fetchone()[0]
                for db in ("inc", "ful")}
        only_inc = con.execute(
            f"select count(*) from ({selects['inc']} except all {selects['ful']})").fetchone()[0]
        only_ful = con.execute(
            f"select count(*) from ({selects['ful']} except all {selects['inc']})").fetchone()[0]
        result["tables"][table] = {"rows_incremental": rows["inc"], "rows_full": rows["ful"],
                                   "only_incremental": only_inc, "only_full": only_ful}
    con.close()
    return result


def unchanged_outside_scope(before: Path | str, after: Path | str) -> dict:
    """After a micro-batch (warehouse `after`, built from a copy of `before`): for every
    CLOCK_TABLE, the rows of persons outside the micro-batch's scope that differ from `before`.
    0 everywhere means the micro-batch left the persons it did not recompute exactly as they
    were (same person ids: ids are stable for persons identity did not touch)."""
    con = duckdb.connect()
    con.execute(f"attach '{before}' as bef (read_only)")
    con.execute(f"attach '{after}' as aft (read_only)")
    con.execute("""
        create temp table scope as
        select distinct person_id from aft.main.int_affected_persons
        where loaded_at = (select max(loaded_at) from aft.main.int_affected_persons)""")
    found = {}
    for table in CLOCK_TABLES:
        outside = "where person_id not in (select person_id from scope)"
        changed = con.execute(f"""
            select count(*) from (
                (select * from aft.main.{table} {outside}
                 except all select * from bef.main.{table} {outside})
                union all
                (select * from bef.main.{table} {outside}
                 except all select * from aft.main.{table} {outside}))""").fetchone()[0]
        found[table] = changed
    con.close()
    return found


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
