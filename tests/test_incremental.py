"""Micro-batches: landing batches 1..k one at a time, with an incremental build after each, gives
the same warehouse as one full build over the same files (issue 7).

The test data (1,500 persons) is dealt at random into four batches, so every later batch carries
late data: events and orders timestamped before what is already loaded, order lines before their
order, newer versions of records. Batch 2 is also delivered a second time, once under the same
name (a retry of an identical file) and once under a new name (a resend): neither may count
twice.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from portrait.batches import (
    BATCH_FILES,
    check_batch,
    choose_subjects,
    deliver,
    land_batch,
    split_landing,
)
from portrait.evaluate.incremental import (
    CLOCK_TABLES,
    compare_warehouses,
    differences,
    pin_prediction_model,
    unchanged_outside_scope,
)
from portrait.project import PROJECT_DIR, dbt_env, dbt_executable, run_dbt

from .conftest import AS_OF

SHARES = [0.6, 0.2, 0.1, 0.1]
LATER = "2026-11-02T00:00:00+08:00"
# Models, seeds and snapshots; the data tests run in `make test`'s own build.
BUILD = ["build", "--exclude", "test_type:data", "test_type:unit", "--quiet"]


def _build(landing: Path, warehouse: Path, *extra: str) -> None:
    assert run_dbt([*BUILD, *extra], landing, warehouse, AS_OF), f"dbt build failed on {landing}"


def _violations(warehouse: Path) -> set[tuple[str, str]]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return set(con.execute(
            "select component_id, id_type from idn_limit_violations").fetchall())


def _audit_step(warehouse: Path) -> dict:
    """The guards after a batch, and how many records the audit models looked at again."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        guards = set(con.execute(
            "select id_type, id_value, guard, reason from idn_identifier_guards").fetchall())
        scopes = {table: con.execute(f"select count(*) from {table}__scope").fetchone()[0]
                  for table in ("idn_unresolved_records", "idn_dropped_links")
                  if con.execute("select count(*) from information_schema.tables "
                                 "where table_name = ?", [f"{table}__scope"]).fetchone()[0]}
        records = con.execute("""
            select count(*) from (
                select source_name, source_record_id from idn_identifier_observations
                union
                select source_name, source_record_id from idn_source_record_persons
            )""").fetchone()[0]
    return {"guards": guards, "scopes": scopes, "records": records}


def _persons(warehouse: Path) -> dict[str, str]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return dict(con.execute(
            "select node_key, person_id from idn_identifier_persons").fetchall())


@pytest.fixture(scope="module")
def batched(built, tmp_path_factory):
    root = tmp_path_factory.mktemp("microbatches")
    batches = split_landing(built.landing, root / "batches", SHARES, seed=11)
    landing, incremental = root / "landing", root / "incremental.duckdb"
    steps, violations, audits = [], [], []
    for number, batch in enumerate(batches, start=1):
        deliver(batch, landing)
        if number == 2:
            resent = sorted((landing / "web_events").glob("*.b2.jsonl"))[0]
            shutil.copy2(resent, resent.with_name("resent-" + resent.name))
        if number == 3:
            # the retry of an identical file: same name, same bytes, same modification time
            retried = sorted((batch / "orders").glob("*.csv"))[0]
            shutil.copy2(retried, landing / "orders" / retried.name)
        _build(landing, incremental)
        steps.append(_persons(incremental))
        violations.append(_violations(incremental))
        audits.append(_audit_step(incremental))
    # The incremental warehouse scores every batch with the prediction model its first build
    # trained (micro-batches do not retrain); the full build is given that model to score with,
    # so the comparison is not one of two trainings.
    full = root / "full.duckdb"
    pin_prediction_model(incremental, full)
    os.environ["PORTRAIT_RETRAIN_PREDICTIONS"] = "false"
    try:
        _build(landing, full)
    finally:
        del os.environ["PORTRAIT_RETRAIN_PREDICTIONS"]
    return {"root": root, "landing": landing, "batches": batches, "incremental": incremental,
            "full": full, "steps": steps, "violations": violations,
            "audits": audits}


def test_incremental_batches_equal_a_full_build(batched):
    result = compare_warehouses(batched["incremental"], batched["full"])
    assert differences(result) == []
    # the comparison compared something: every table holds rows
    assert result["clusters"]["persons_full"] > 1000
    for table, figures in result["tables"].items():
        assert figures["rows_full"] > 0, table


def test_identifier_nodes_add_new_observations_to_their_old_summary(batched):
    """The last batch both recounted nodes that lost an observation (restaged records) and
    added new observations to the old summary of nodes that only gained some, and the nodes
    equal a full build's (test above)."""
    with duckdb.connect(str(batched["incremental"]), read_only=True) as con:
        recounted, added_to = con.execute("""
            select
                (select count(*) from idn_identifier_nodes__recount),
                (select count(*) from idn_identifier_nodes__previous)""").fetchone()
        grown = con.execute("""
            select count(*) from idn_identifier_nodes__previous as previous
            inner join idn_identifier_nodes as nodes using (node_key)
            where nodes.observations > previous.observations""").fetchone()[0]
    assert recounted > 0
    assert added_to > 0 and grown == added_to


def test_the_audit_models_look_again_only_at_the_records_batches_touch(batched):
    """idn_unresolved_records and idn_dropped_links are incremental: after the first batch each
    looks again at a part of the records with identifiers or persons, guards changed between
    batches (so their guard-change paths ran), and their rows equal a full build's (compared
    above)."""
    audits = batched["audits"]
    assert audits[0]["scopes"] == {}  # the first build reads everything, in full
    for audit in audits[1:]:
        assert set(audit["scopes"]) == {"idn_unresolved_records", "idn_dropped_links"}
        for looked_at in audit["scopes"].values():
            assert 0 < looked_at < audit["records"], audits
    changed = [before["guards"] ^ after["guards"]
               for before, after in zip(audits, audits[1:], strict=False)]
    assert any(changed)


def test_limit_violations_follow_the_components_batches_touch(batched):
    """idn_limit_violations counts again only the components a batch touched: later batches
    both found new violations and retired ones whose component changed (merged into another,
    so its id changed), and the last batch's rows equal a full build's."""
    steps = batched["violations"]
    pairs = list(zip(steps, steps[1:], strict=False))
    added = set().union(*(after - before for before, after in pairs))
    retired = set().union(*(before - after for before, after in pairs))
    assert steps[0] and added and retired
    assert steps[-1] == _violations(batched["full"])


def test_a_small_batch_recomputes_only_the_persons_it_touches(batched, tmp_path):
    """A micro-batch of one new order, one consent revocation and one deletion request, built a
    day later (`portrait build --changed-only`): the order reaches the buyer's profile, the
    revoker leaves the email audience and the eraser every mart; only a few persons are
    recomputed, and exactly as a full refresh
    at the new clock computes them; every other person keeps the rows, and the clock, of the
    build before."""
    before = batched["incremental"]
    micro, full = tmp_path / "micro.duckdb", tmp_path / "full.duckdb"
    shutil.copy(before, micro)
    shutil.copy(before, full)
    subjects = choose_subjects(before)
    landing = batched["landing"]
    # both score with the prediction model the copied warehouse holds
    env = {**os.environ, "PORTRAIT_RETRAIN_PREDICTIONS": "false"}
    try:
        land_batch(landing, subjects, [])
        for warehouse, flags in ((micro, ["--changed-only"]), (full, ["--full-refresh"])):
            done = subprocess.run(
                [sys.executable, "-m", "portrait.cli", "build", "--landing", str(landing),
                 "--warehouse", str(warehouse), "--as-of", LATER, "--skip-tests", *flags],
                cwd=PROJECT_DIR, env=env, capture_output=True, text=True, check=False)
            assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
            if flags == ["--changed-only"]:
                assert "serving: built in" in done.stdout  # the serving path was built first
                # and left its changes in the write-ahead log, for the rest of the batch to
                # write into the file (portrait/duckdb_plugin.py); none are left after it
                deferred = re.search(r"serving: ([\d.]+) MB of changes in the write-ahead log",
                                     done.stdout)
                assert deferred and float(deferred.group(1)) > 0, done.stdout[-3000:]
                assert not Path(f"{warehouse}.wal").exists()
    finally:
        for name in BATCH_FILES:
            (landing / name).unlink(missing_ok=True)
    seen = check_batch(micro, subjects, 0)
    assert seen["order_visible"]
    assert seen["revoker_left_email_audience"]
    assert seen["eraser_left_every_mart"]
    result = compare_warehouses(micro, full, scope_only=True)
    assert differences(result) == []
    assert 0 < result["scope_persons"] < 0.05 * result["clusters"]["persons_full"]
    assert unchanged_outside_scope(before, micro) == dict.fromkeys(CLOCK_TABLES, 0)
    with duckdb.connect(str(micro), read_only=True) as con:
        clocks = dict(con.execute("""
            select profile_as_of_at, count(*) from dim_customers group by 1""").fetchall())
    assert len(clocks) == 2  # the recomputed persons at the new clock, the others at the old
    assert min(clocks.values()) == clocks[max(clocks)]
    # The batch's order and consent event are new records: the identity models searched their
    # tables for no record (they only search for records staged before, which the staging
    # models log), and the new records were observed all the same.
    with duckdb.connect(str(micro), read_only=True) as con:
        searched = con.execute(
            "select count(*) from idn_identifier_observations__scope").fetchone()[0]
        searched_by_edges = con.execute(
            "select count(*) from idn_record_edges__scope_seen "
            "where source_name in ('orders', 'consent_events')").fetchone()[0]
        observed = con.execute("""
            select count(distinct source_name) from idn_identifier_observations
            where (source_name, source_record_id)
                in (('orders', 'POSLATENCY0001'), ('consent_events', 'ce_latency_1'))
            """).fetchone()[0]
        # and no node lost an observation, so no node's observations were searched either
        recounted = con.execute(
            "select count(*) from idn_identifier_nodes__recount").fetchone()[0]
        # and no identifier changed person, so idn_source_record_persons searched its rows for
        # no record either (it used to search every record of every identifier mapped again)
        searched_for_persons = con.execute(
            "select source_name, source_record_id from idn_source_record_persons__scope_seen"
        ).fetchall()
        # int_customer_events_unioned wrote the new order's events without searching its rows
        # for the order's old ones: it listed the order as first staged
        first_staged = con.execute(
            "select * from int_customer_events_unioned__first_staged").fetchall()
        # and searched all of idn_source_record_persons for no record's person
        resolved_before = con.execute(
            "select * from int_customer_events_unioned__resolved_before").fetchall()
        # and int_orders_joined_to_persons wrote the new order again, with the person it read
        # from the resolutions written since, searching all of them for no order
        orders_written, orders_searched = con.execute("""
            select (select list(order_id) from int_orders_joined_to_persons__scope),
                (select count(*) from int_orders_joined_to_persons__resolved_before)""").fetchone()
        # the deleted persons were listed when a build first saw their deletion, not again by
        # this batch, which lists only the person its one deletion request names
        deleted = con.execute("select count(*) from int_deleted_persons").fetchone()[0]
        relisted = con.execute("""
            select list(person_id) from int_affected_persons
            where reason = 'deleted_person'
                and loaded_at = (select max(loaded_at) from int_affected_persons)
            """).fetchone()[0]
        # the scoped persons' records were written once for the person-scoped models: exactly
        # the resolutions of the persons listed at this build, marked with this build
        marked, latest = con.execute("""
            select (select listed_at from int_affected_persons__records_built),
                (select max(loaded_at) from int_affected_persons)""").fetchone()
        scoped_records = con.execute("""
            select count(*) from (
                (select * from int_affected_persons__records
                 except all
                 select * from idn_source_record_persons where person_id in (
                     select person_id from int_affected_persons
                     where loaded_at = (select max(loaded_at) from int_affected_persons)))
                union all
                (select * from idn_source_record_persons where person_id in (
                     select person_id from int_affected_persons
                     where loaded_at = (select max(loaded_at) from int_affected_persons))
                 except all
                 select * from int_affected_persons__records))""").fetchone()[0]
        copied = con.execute("select count(*) from int_affected_persons__records").fetchone()[0]
        # the batch changed no CRM contact, so the Splink edges were not written again (every
        # build used to write all of them), and the graph's components were labelled again
        # only where an edge joined two of them or one lost an edge or a node
        splink_edges, splink_rewritten = con.execute("""
            select count(*), count(*) filter (
                where loaded_at = (select loaded_at from idn_graph_components__built))
            from idn_identifier_edges where match_probability is not null""").fetchone()
        relabelled, nodes = con.execute("""
            select (select count(*) from idn_graph_components__scope),
                (select count(*) from idn_identifier_nodes)""").fetchone()
    assert splink_edges > 0 and splink_rewritten < 0.1 * splink_edges
    assert relabelled < 0.05 * nodes
    assert marked == latest
    assert copied > 0 and scoped_records == 0
    assert deleted > 0
    assert relisted == [subjects["eraser"]]
    assert searched == 0
    assert searched_by_edges == 0
    assert observed == 2
    assert recounted == 0
    assert searched_for_persons == []
    assert first_staged == [("orders", "POSLATENCY0001")]
    assert resolved_before == []
    assert "POSLATENCY0001" in orders_written and orders_searched == 0


RESTAGED_SOURCES = {
    "web_events": "stg_segment__messages", "orders": "stg_commerce__orders",
    "crm_contacts": "stg_crm__contacts", "email_events": "stg_esp__email_events",
    "wechat_followers": "stg_wechat__followers", "social_interactions": "stg_social__interactions",
    "survey_responses": "stg_survey__responses", "support_tickets": "stg_support__tickets",
    "consent_events": "stg_privacy__consent_events",
    "deletion_requests": "stg_privacy__deletion_requests",
}

# the sources of int_customer_events_unioned
EVENT_SOURCES = ["web_events", "orders", "email_events", "wechat_followers", "social_interactions",
                 "survey_responses", "support_tickets"]


def test_staging_logs_the_records_it_stages_again(batched):
    """A staging model logs the records a later batch replaced (`<model>__retracted`), and the
    identity model searches its observations for those and no other records: the last batch's
    search scope is the records restaged by it, a fraction of the records it staged."""
    with duckdb.connect(str(batched["incremental"]), read_only=True) as con:
        last = con.execute(
            "select max(loaded_at) from stg_commerce__orders__retracted").fetchone()[0]
        restaged_orders = con.execute(
            "select count(*) from stg_commerce__orders__retracted where loaded_at = ?",
            [last]).fetchone()[0]
        # every logged order has one staged row, of the last batch's version
        logged_and_staged = con.execute("""
            select count(*) from stg_commerce__orders__retracted as logged
            inner join stg_commerce__orders as staged using (order_id)
            where logged.loaded_at = ? and staged.loaded_at = ?""", [last, last]).fetchone()[0]
        staged_orders = con.execute(
            "select count(*) from stg_commerce__orders where loaded_at = ?", [last]).fetchone()[0]
        searched = dict(con.execute("""
            select source_name, count(*) from idn_identifier_observations__scope
            group by 1""").fetchall())
        logged = {source: con.execute(
            f"select count(*) from {staging}__retracted where loaded_at = ?", [last]).fetchone()[0]
            for source, staging in RESTAGED_SOURCES.items()}
        # int_customer_events_unioned listed as first staged the records of its sources that the
        # batch staged and did not log as replaced (it neither deletes their rows nor searches
        # all resolutions for their persons), and no record staged before
        first_staged = dict(con.execute("""
            select source_name, count(*) from int_customer_events_unioned__first_staged
            group by 1""").fetchall())
        staged_new = {source: con.execute(
            f"select count(*) from {RESTAGED_SOURCES[source]} where loaded_at = ?",
            [last]).fetchone()[0] - logged[source] for source in EVENT_SOURCES}
        staged_before = con.execute("""
            select count(*) from int_customer_events_unioned__first_staged as listed
            inner join int_customer_events_unioned as written using (source_name, source_record_id)
            where written.loaded_at < ?""", [last]).fetchone()[0]
    assert 0 < restaged_orders < staged_orders
    assert logged_and_staged == restaged_orders
    assert sum(logged.values()) > restaged_orders  # other sources restaged records too
    assert {source: searched.get(source, 0) for source in logged} == logged
    assert all(staged_new.values())
    assert {source: first_staged.get(source, 0) for source in EVENT_SOURCES} == staged_new
    assert staged_before == 0


def test_a_model_not_built_within_the_log_window_recomputes_everyone(batched, tmp_path):
    """int_affected_persons keeps its rows portrait__retraction_log_days: a person-scoped model
    last built before that cannot know whom it missed, so it computes every person again
    (here with a window of 0 days, at a later clock: every profile is at the new clock)."""
    warehouse = tmp_path / "stale.duckdb"
    shutil.copy(batched["incremental"], warehouse)
    assert run_dbt([*BUILD, "--select", "int_affected_persons+", "--vars",
                    '{"portrait__retraction_log_days": 0}'], batched["landing"], warehouse, LATER)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        clocks, persons = con.execute(
            "select count(distinct profile_as_of_at), count(*) from dim_customers").fetchone()
        now = con.execute("select as_of_at from int_profile_as_of").fetchone()[0]
        at_now = con.execute("select count(*) from dim_customers where profile_as_of_at = ?",
                             [now]).fetchone()[0]
    assert clocks == 1
    assert persons > 1000
    assert at_now == persons


def test_a_graph_model_not_built_within_the_log_window_labels_every_node(batched, tmp_path):
    """idn_graph_components reads what changed from its upstreams' retraction logs, which keep
    portrait__retraction_log_days: built last before that, it cannot know what it missed, so it
    labels every node again (here with a window of 0 days; nothing changed since the batches,
    so a trusted log would scope no node), and the labels stay those of a full build."""
    warehouse = tmp_path / "stale_graph.duckdb"
    shutil.copy(batched["incremental"], warehouse)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        before = con.execute("select node_id, component_id from idn_graph_components").fetchall()
    assert run_dbt([*BUILD, "--select", "idn_graph_components", "--vars",
                    '{"portrait__retraction_log_days": 0}'], batched["landing"], warehouse, LATER)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        scoped, nodes = con.execute("""
            select (select count(*) from idn_graph_components__scope),
                (select count(*) from idn_identifier_nodes)""").fetchone()
        after = con.execute("select node_id, component_id from idn_graph_components").fetchall()
    assert scoped == nodes > 1000
    assert sorted(after) == sorted(before)


def test_models_not_built_within_the_log_window_rebuild_or_stop(batched, tmp_path):
    """The other models that read upstream retraction logs cannot trust them either when built
    last longer ago than portrait__retraction_log_days (0 days here). Those that can compute
    every row within an incremental build do: idn_identifier_guards judges every identifier
    again, so a row planted in it, which no scope reaches, is gone, and the guards are those of
    a full build. Those that cannot stop, naming the model and the full refresh to run:
    idn_record_edges. With the default window both build incrementally as before."""
    warehouse = tmp_path / "stale.duckdb"
    shutil.copy(batched["incremental"], warehouse)
    planted = "insert into idn_identifier_guards values ('email', 'planted@nowhere.invalid', " \
        "'blocked', 'planted', null)"
    with duckdb.connect(str(warehouse)) as con:
        before = sorted(con.execute("select * from idn_identifier_guards").fetchall())
        con.execute(planted)
    stale = ["--vars", '{"portrait__retraction_log_days": 0}']
    guards = [*BUILD, "--select", "idn_identifier_guards"]
    assert run_dbt(guards, batched["landing"], warehouse, LATER)
    with duckdb.connect(str(warehouse)) as con:
        assert con.execute("select count(*) from idn_identifier_guards where reason = 'planted'"
                           ).fetchone()[0] == 1
    assert run_dbt([*guards, *stale], batched["landing"], warehouse, LATER)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        after = sorted(con.execute("select * from idn_identifier_guards").fetchall())
    assert after == before and len(before) > 0

    command = [dbt_executable(), *BUILD, "--select", "idn_record_edges", *stale,
               "--project-dir", str(PROJECT_DIR), "--profiles-dir", str(PROJECT_DIR)]
    env = {**os.environ, **dbt_env(batched["landing"], warehouse, LATER)}
    stopped = subprocess.run([c for c in command if c != "--quiet"], env=env, cwd=PROJECT_DIR,
                             capture_output=True, text=True, check=False)
    assert stopped.returncode != 0
    assert "idn_record_edges was last built at" in stopped.stdout
    assert "--full-refresh --select idn_record_edges+" in stopped.stdout
    assert run_dbt([*BUILD, "--select", "idn_record_edges"], batched["landing"], warehouse, LATER)


def test_person_ids_are_stable_across_batches(batched):
    """A person whose identifiers were neither merged with another person's nor split apart by a
    batch keeps its id; ids only change where the clustering did."""
    checked = changed = 0
    for before, after in zip(batched["steps"], batched["steps"][1:], strict=False):
        members: dict[str, set[str]] = {}
        for node, person in before.items():
            members.setdefault(person, set()).add(node)
        previous_of: dict[str, set[str]] = {}
        for node, person in after.items():
            if node in before:
                previous_of.setdefault(person, set()).add(before[node])
        for person, nodes in members.items():
            now = {after.get(node) for node in nodes}
            if len(now) != 1 or None in now:
                continue  # split, or an identifier left the graph
            (successor,) = now
            if previous_of[successor] != {person}:
                continue  # merged with another person
            checked += 1
            changed += successor != person
    assert checked > 1000
    assert changed == 0


def test_person_changes_are_recorded_at_the_build_that_made_them(batched, tmp_path):
    """idn_person_changes appends the merges and splits of the identifiers mapped since its last
    build. An identifier's row keeps the previous person of the build that wrote it, so reading
    every row, as it did, recorded each merge and split again at every later build. Built once
    more with nothing new, it must append nothing, though the map still shows merged and split
    identifiers."""
    warehouse = tmp_path / "changes.duckdb"
    shutil.copy(batched["incremental"], warehouse)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        moved = con.execute("""
            select count(*) from idn_identifier_persons
            where previous_person_id != person_id""").fetchone()[0]
        recorded = con.execute("""
            select count(*) from idn_person_changes
            where change_type in ('merged', 'split')""").fetchone()[0]
        before = con.execute("select count(*) from idn_person_changes").fetchone()[0]
    assert moved > 0 and recorded > 0
    assert run_dbt([*BUILD, "--select", "idn_person_changes"], batched["landing"], warehouse,
                   LATER)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select count(*) from idn_person_changes").fetchone()[0] == before


def test_late_data_reaches_back_before_loaded_data(batched):
    """The later batches really are late: they hold orders placed before the newest order of
    the first batch, and those orders are in the profiles."""
    with duckdb.connect(str(batched["incremental"]), read_only=True) as con:
        late, newest_first = con.execute("""
            select
                count(*) filter (where orders.ordered_at < first_batch.newest
                                 and orders.source_file not like '%.b1.%'),
                max(first_batch.newest)
            from stg_commerce__orders as orders
            cross join (select max(ordered_at) as newest from stg_commerce__orders
                        where source_file like '%.b1.%') as first_batch""").fetchone()
        in_profiles = con.execute("""
            select count(*) from fct_orders
            where order_id in (select order_id from stg_commerce__orders
                               where source_file not like '%.b1.%')""").fetchone()[0]
    assert newest_first is not None
    assert late > 100
    assert in_profiles > 100


def test_redelivered_files_count_once(batched):
    """Every message of the resent file was already loaded from its first delivery: each is
    staged once, and its other copy is quarantined as a duplicate."""
    with duckdb.connect(str(batched["incremental"]), read_only=True) as con:
        ids, copies, staged, duplicates = con.execute("""
            with resent as (
                select distinct message_id from base_segment__messages
                where source_file like '%resent-%' and message_id is not null
            )
            select
                (select count(*) from resent),
                count(*),
                count(*) filter (where quarantine_reason is null),
                count(*) filter (where quarantine_reason = 'duplicate_record')
            from base_segment__messages
            where message_id in (select message_id from resent)""").fetchone()
        staged_once = con.execute(
            "select count(*) = count(distinct message_id) from stg_segment__messages"
        ).fetchone()[0]
        audit_unbalanced = con.execute(
            "select count(*) from rpt_load_audit where not is_balanced").fetchone()[0]
        retried = con.execute("""
            select count(distinct source_file) from base_commerce__orders
            where source_file like '%.b3.%'""").fetchone()[0]
    assert ids > 100
    assert staged <= ids  # one staged copy per message at most (some are quarantined for cause)
    assert staged > 0.9 * ids
    assert copies >= 2 * ids  # each message came at least twice: first delivery and resend
    assert duplicates >= 0.9 * ids  # and the second copy is a duplicate, not a second event
    assert staged_once
    assert audit_unbalanced == 0
    assert retried == 1  # the identical retry was not read as a second file


def test_rows_appended_by_a_build_that_stopped_before_ranking_are_ranked_next(batched, tmp_path):
    """The ranking hooks of a base model run after its append commits. If a build stops in
    between, the next build ranks the rows loaded after the last ranking: here the last batch's
    copies of repeated keys are reset to unranked and <model>__ranked is set back to the batch
    before, as such a stop leaves them; a build with no new files ranks them again exactly."""
    warehouse = tmp_path / "stopped.duckdb"
    shutil.copy(batched["incremental"], warehouse)
    reasons = ("select record_key, source_file, quarantine_reason from base_segment__messages "
               "order by all")
    with duckdb.connect(str(warehouse)) as con:
        expected = con.execute(reasons).fetchall()
        last, before = con.execute("""
            select max(loaded_at), max(loaded_at) filter (where loaded_at < (
                select max(loaded_at) from base_segment__messages__ranked))
            from base_segment__messages""").fetchone()
        assert before is not None and before < last
        reset = con.execute("""
            update base_segment__messages set quarantine_reason = null
            where loaded_at = ? and quarantine_reason in ('duplicate_record', 'superseded_version')
            """, [last]).fetchone()[0]
        con.execute("update base_segment__messages__ranked set loaded_at = ?", [before])
        assert con.execute(reasons).fetchall() != expected
    assert reset > 0
    _build(batched["landing"], warehouse, "--select", "base_segment__messages")
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute(reasons).fetchall() == expected
        assert con.execute("select max(loaded_at) from base_segment__messages__ranked"
                           ).fetchone()[0] > last


def test_ranking_every_key_again_changes_no_row(batched, tmp_path):
    """A warehouse without <model>__ranked (built before the marker existed) ranks every
    repeated key again. The copies whose reason stays keep their loaded_at, so nothing
    downstream takes them up again: an older version stamped every copy, which at 1M persons
    was 599,634 web-event rows and sent 1.47M persons through the next micro-batch."""
    warehouse = tmp_path / "unmarked.duckdb"
    shutil.copy(batched["incremental"], warehouse)
    rows = ("select record_key, source_file, quarantine_reason, loaded_at "
            "from base_segment__messages order by all")
    with duckdb.connect(str(warehouse)) as con:
        expected = con.execute(rows).fetchall()
        copies = con.execute("select count(*) from base_segment__messages where quarantine_reason "
                             "in ('duplicate_record', 'superseded_version')").fetchone()[0]
        con.execute("drop table base_segment__messages__ranked")
    assert copies > 0
    _build(batched["landing"], warehouse, "--select", "base_segment__messages")
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute(rows).fetchall() == expected
        assert con.execute("select count(*) from base_segment__messages__ranked"
                           ).fetchone()[0] == 1


def _key_hash_sets(con, model: str) -> tuple[set[int], set[int]]:
    """The hashes <model>__key_hashes holds, and the hashes of the keys <model> holds."""
    held = {row[0] for row in con.execute(
        f"select distinct key_hash from {model}__key_hashes").fetchall()}
    keys = {row[0] for row in con.execute(
        f"select distinct md5_number_lower(record_key) from {model} where record_key is not null"
    ).fetchall()}
    return held, keys


def test_key_hashes_hold_every_loaded_key_and_catch_up(batched, tmp_path):
    """rank_record_copies finds the keys loaded before by their hash in <model>__key_hashes.
    After the batches it holds the hash of every key loaded, and no other. A build by a version
    that did not write it (here: the last batch's hashes removed, and a table dropped) is
    caught up by the next build, which then ranks as before."""
    warehouse = tmp_path / "hashes.duckdb"
    shutil.copy(batched["incremental"], warehouse)
    models = ("base_segment__messages", "base_commerce__orders")
    reasons = {model: f"select record_key, source_file, quarantine_reason from {model} order by all"
               for model in models}
    with duckdb.connect(str(warehouse)) as con:
        for model in models:
            held, keys = _key_hash_sets(con, model)
            assert len(keys) > 1000 and held == keys
        expected = {model: con.execute(sql).fetchall() for model, sql in reasons.items()}
        removed = con.execute("""
            delete from base_segment__messages__key_hashes
            where loaded_at = (select max(loaded_at) from base_segment__messages__key_hashes)
            """).fetchone()[0]
        con.execute("drop table base_commerce__orders__key_hashes")
    assert removed > 100
    _build(batched["landing"], warehouse, "--select", *models)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        for model in models:
            held, keys = _key_hash_sets(con, model)
            assert held == keys
            assert con.execute(reasons[model]).fetchall() == expected[model]


def test_a_replaced_landing_file_stops_the_incremental_build(tmp_path, built):
    """Landing is append-only: a loaded file that changes cannot be applied incrementally. The
    build names the file, and `portrait build --full-refresh` rebuilds from the folder as it is
    (a plain `dbt build --full-refresh` leaves the base models be: they are full_refresh=false)."""
    landing = tmp_path / "landing"
    (landing / "crm_contacts").mkdir(parents=True)
    source = sorted((built.landing / "crm_contacts").glob("*.csv"))[0]
    target = landing / "crm_contacts" / source.name
    shutil.copyfile(source, target)
    warehouse = tmp_path / "warehouse.duckdb"
    select = ["--select", "base_crm__contacts"]
    _build(landing, warehouse, *select)
    lines = target.read_text(encoding="utf-8").splitlines(keepends=True)
    target.write_text("".join(lines[:-5]), encoding="utf-8")
    refused = subprocess.run(
        [dbt_executable(), *BUILD, *select, "--project-dir", str(PROJECT_DIR)],
        env={**os.environ, **dbt_env(landing, warehouse, AS_OF)}, cwd=PROJECT_DIR,
        capture_output=True, text=True, check=False)
    assert refused.returncode != 0
    assert f"landing file {target.resolve()} was replaced" in refused.stdout
    rebuilt = subprocess.run(
        [sys.executable, "-m", "portrait.cli", "build", "--landing", str(landing),
         "--warehouse", str(warehouse), "--as-of", AS_OF, "--full-refresh", *select],
        cwd=PROJECT_DIR, capture_output=True, text=True, check=False)
    assert rebuilt.returncode == 0, rebuilt.stdout[-3000:]
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute("select count(*) from base_crm__contacts").fetchone()[0]
    assert rows == len(lines) - 1 - 5


def test_a_full_refresh_of_selected_models_leaves_the_landing_rows_be(tmp_path, built):
    """`portrait build --full-refresh --select M` rebuilds M from the landing rows already
    loaded. It does not load the landing files again: reloaded base rows would all be new to
    the models left out, and the next micro-batch would restage every record (at 1M persons it
    ran the disk full)."""
    warehouse = tmp_path / "warehouse.duckdb"
    shutil.copy(built.warehouse, warehouse)
    stamps = ("select (select max(loaded_at) from base_segment__messages), "
              "(select max(loaded_at) from int_orders_joined_to_persons)")
    with duckdb.connect(str(warehouse), read_only=True) as con:
        base_before, orders_before = con.execute(stamps).fetchone()
    rebuilt = subprocess.run(
        [sys.executable, "-m", "portrait.cli", "build", "--landing", str(built.landing),
         "--warehouse", str(warehouse), "--as-of", AS_OF, "--skip-tests", "--full-refresh",
         "--select", "int_orders_joined_to_persons"],
        cwd=PROJECT_DIR, capture_output=True, text=True, check=False)
    assert rebuilt.returncode == 0, rebuilt.stdout[-3000:]
    assert "the landing files are not read again" in rebuilt.stdout
    with duckdb.connect(str(warehouse), read_only=True) as con:
        base_after, orders_after = con.execute(stamps).fetchone()
    assert base_after == base_before
    assert orders_after > orders_before


def test_the_build_plan_names_new_replaced_and_removed_files(tmp_path):
    """`portrait build` compares the landing folder with the file versions the base models
    recorded: new files are read incrementally, a replaced or removed one needs a full refresh."""
    from portrait.changes import file_version, plan_build

    landing = tmp_path / "landing"
    (landing / "orders").mkdir(parents=True)
    kept, replaced, removed = (landing / "orders" / f"part-{i}.csv" for i in range(3))
    for path in (kept, replaced, removed):
        path.write_text("order_id\no1\n", encoding="utf-8")
    warehouse = tmp_path / "warehouse.duckdb"
    assert plan_build(landing, warehouse).first_build
    with duckdb.connect(str(warehouse)) as con:
        con.execute("create table base_commerce__orders "
                    "(source_file varchar, source_file_version varchar)")
        for path in (kept, replaced, removed):
            con.execute("insert into base_commerce__orders values (?, ?)",
                        [str(path.resolve()), file_version(path)])
        # the side tables of the ranking beside it are not base models (a build that took
        # them for one saw a warehouse without file versions, and loaded every file again)
        con.execute("create table base_commerce__orders__ranked (loaded_at timestamp)")
        con.execute("create table base_commerce__orders__repeated "
                    "(record_key varchar, loaded_at timestamp)")
    plan = plan_build(landing, warehouse)
    assert not plan.full_refresh and plan.changed_sources == []

    new = landing / "orders" / "part-3.csv"
    new.write_text("order_id\no2\n", encoding="utf-8")
    plan = plan_build(landing, warehouse)
    assert plan.new == {"orders": [str(new.resolve())]} and not plan.full_refresh

    replaced.write_text("order_id\no1\no3\n", encoding="utf-8")
    removed.unlink()
    plan = plan_build(landing, warehouse)
    assert plan.replaced == {"orders": [str(replaced.resolve())]}
    assert plan.removed == {"orders": [str(removed.resolve())]}
    assert plan.full_refresh and plan.changed_sources == ["orders"]
    assert "1 replaced file(s) in orders" in plan.describe()


def test_the_second_build_of_a_micro_batch_reads_a_current_manifest(tmp_path, monkeypatch):
    """The serving build runs with --no-write-json, so after a project change it re-parses
    without writing manifest.json; the second build then parses first, and only then."""
    import portrait.project
    from portrait.cli import _manifest

    target = tmp_path / "target"
    target.mkdir()
    monkeypatch.setenv("DBT_TARGET_PATH", str(target))
    parses = []

    def fake_dbt(args, landing, warehouse, as_of=None):
        parses.append(args)
        (target / "manifest.json").write_text(json.dumps({"parsed": len(parses)}))
        return True

    monkeypatch.setattr(portrait.project, "run_dbt", fake_dbt)
    state, manifest = target / "partial_parse.msgpack", target / "manifest.json"
    assert _manifest(tmp_path, tmp_path / "w.duckdb", None) == {"parsed": 1}  # none yet
    os.utime(manifest, (1_000_000, 1_000_000))
    state.write_bytes(b"")
    os.utime(state, (900_000, 900_000))
    assert _manifest(tmp_path, tmp_path / "w.duckdb", None) == {"parsed": 1}  # current
    os.utime(state, (1_100_000, 1_100_000))  # re-parsed after the manifest was written
    assert _manifest(tmp_path, tmp_path / "w.duckdb", None) == {"parsed": 2}
    assert parses == [["parse", "--quiet"], ["parse", "--quiet"]]


def test_the_checkpoint_threshold_is_read_from_the_environment_and_checked(monkeypatch):
    """The dbt processes take DuckDB's checkpoint threshold from the environment (not from the
    profile, whose settings dbt hashes for partial parsing); a micro-batch's serving build
    defers the checkpoint past any log it writes."""
    from portrait.duckdb_plugin import checkpoint_threshold

    monkeypatch.delenv("PORTRAIT_DEFER_CHECKPOINT", raising=False)
    monkeypatch.delenv("PORTRAIT_DUCKDB_CHECKPOINT_THRESHOLD", raising=False)
    assert checkpoint_threshold() == "16MB"
    monkeypatch.setenv("PORTRAIT_DUCKDB_CHECKPOINT_THRESHOLD", "1.5GB")
    assert checkpoint_threshold() == "1.5GB"
    monkeypatch.setenv("PORTRAIT_DUCKDB_CHECKPOINT_THRESHOLD", "16MB; drop table x")
    with pytest.raises(ValueError, match="PORTRAIT_DUCKDB_CHECKPOINT_THRESHOLD"):
        checkpoint_threshold()
    monkeypatch.setenv("PORTRAIT_DEFER_CHECKPOINT", "1")
    assert checkpoint_threshold() == "1TB"
    # a dbt run started by the CLI or Dagster defers only when asked to, whatever the caller's
    # environment holds
    assert dbt_env(Path("landing"), Path("w.duckdb"))["PORTRAIT_DEFER_CHECKPOINT"] == ""


def test_a_micro_batch_builds_the_serving_path_first_and_loses_nothing(tmp_path):
    """`--changed-only` builds in two steps: the serving path (what profiles, segment events
    and audiences need), then the rest. Together they select exactly the nodes one build of
    the changed sources would (models, snapshots and every test), none twice, and the rest
    holds no ancestor of a serving model."""
    from portrait.cli import rest_of_micro_batch, serving_selection

    sources = ["web_events", "orders", "consent_events"]
    env = {**os.environ, **dbt_env(tmp_path / "landing", tmp_path / "w.duckdb"),
           "DBT_TARGET_PATH": str(tmp_path / "target")}

    def listed(*selection: str) -> set[str]:
        done = subprocess.run(
            [dbt_executable(), "ls", "--quiet", "--output", "json", "--output-keys",
             "unique_id", "--resource-type", "model", "snapshot", "test", "unit_test",
             *selection, "--project-dir", str(PROJECT_DIR), "--profiles-dir", str(PROJECT_DIR)],
            env=env, cwd=PROJECT_DIR, capture_output=True, text=True, check=True)
        return {line for line in done.stdout.splitlines() if line.startswith("{")}

    one_build = listed("--select", *(f"source:landing.{s}+" for s in sources),
                       "int_profile_as_of")
    serving = listed(*serving_selection(sources))
    manifest = json.loads((tmp_path / "target" / "manifest.json").read_text())
    rest_names = rest_of_micro_batch(manifest, sources)
    rest = listed("--select", *rest_names)
    assert serving and rest
    assert serving & rest == set()
    assert serving | rest == one_build
    assert {"fct_segment_membership_events", "rpt_audience_email", "dim_customers"} <= {
        json.loads(line)["unique_id"].split(".")[-1] for line in serving}
    assert {"idn_dropped_links", "rpt_load_audit"} <= set(rest_names)
    # without tests, the same models and snapshots (dbt then expands no test)
    built = {line for line in serving if '"test.' not in line and '"unit_test.' not in line}
    assert listed(*serving_selection(sources, tests=False), "--exclude", "test_type:data",
                  "test_type:unit") == built
