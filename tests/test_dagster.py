"""Dagster: the definitions load, a whole build passes every check, a bad batch is stopped.

One small generated data set (400 persons) is built once through the portrait_build job in
process; the bad-batch tests then run the job again on the same warehouse.
"""

from __future__ import annotations

import csv
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from dagster import AssetCheckKey, AssetCheckSeverity, AssetKey, DagsterInstance

from tests.conftest import AS_OF, REPO, run_portrait

PERSONS = 400
# dbt tests that may warn on generated data by design (severity: warn in their YAML)
EXPECTED_WARNINGS = {
    # order lines whose order was quarantined (noise) or has not landed yet
    "relationships_stg_commerce__order_items_order_id__order_id__ref_stg_commerce__orders_",
}


def settings_for(root: Path):
    from portrait.defs.resources import PortraitSettings

    return PortraitSettings(
        landing_dir=str(root / "landing"),
        warehouse_path=str(root / "warehouse.duckdb"),
        as_of=AS_OF,
        exports_dir=str(root / "exports"),
        gx_dir=str(root / "gx"),
        gx_docs_dir=str(root / "gx_docs"),
        dbt_target_dir=str(root / "dbt_target"),
    )


def build(root: Path, job_name: str = "portrait_build", definitions=None):
    from portrait.definitions import build_definitions

    definitions = definitions or build_definitions(settings_for(root))
    job = definitions.resolve_job_def(job_name)
    return job.execute_in_process(instance=DagsterInstance.ephemeral(), raise_on_error=False)


def checksum(warehouse: Path, table: str) -> str:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute(f"select * from {table} order by all").fetchall()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


PROTECTED = ["dim_customers", "dim_customer_consents", "fct_segment_memberships",
             "rpt_audience_email", "rpt_audience_sms", "rpt_audience_wechat", "rpt_audience_ads"]


def snapshot(root: Path) -> dict[str, str]:
    sums = {table: checksum(root / "warehouse.duckdb", table) for table in PROTECTED}
    sums["export_email"] = hashlib.sha256(
        (root / "exports" / "audience_email.csv").read_bytes()).hexdigest()
    return sums


@pytest.fixture(scope="module")
def good_build(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("dagster")
    run_portrait("generate", "--persons", str(PERSONS), "--seed", "11", "--out", str(root))
    result = build(root)
    return root, result


def test_definitions_load() -> None:
    from portrait.definitions import defs

    repository = defs.get_repository_def()
    assert {"portrait_build", "portrait_demo"} <= {job.name for job in repository.get_all_jobs()}
    assert [s.name for s in defs.schedules] == ["daily_build"]
    assert [s.name for s in defs.sensors] == ["landing_sensor"]
    graph = defs.resolve_asset_graph()
    groups = {graph.get(key).group_name for key in graph.get_all_asset_keys()}
    assert {"landing", "seeds", "staging", "identity", "intermediate", "marts", "snapshots",
            "exports"} <= groups
    checks = graph.asset_check_keys
    assert AssetCheckKey(AssetKey(["landing", "crm_contacts"]), "gx_landing_contract") in checks
    assert AssetCheckKey(AssetKey("dim_customers"), "gx_profile_ranges") in checks
    # dbt tests are asset checks
    assert AssetCheckKey(AssetKey("dim_customers"), "unique_dim_customers_person_id") in checks


def test_dagster_definitions_validate(tmp_path: Path) -> None:
    home = tmp_path / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    env = {**os.environ, "DAGSTER_HOME": str(home), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    dagster = Path(sys.executable).with_name("dagster")
    result = subprocess.run([str(dagster), "definitions", "validate"], cwd=REPO, env=env,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def test_whole_graph_passes_every_check(good_build) -> None:
    root, result = good_build
    assert result.success
    evaluations = result.get_asset_check_evaluations()
    failed = {(e.asset_key.to_user_string(), e.check_name, e.severity) for e in evaluations
              if not e.passed}
    errors = {f for f in failed if f[2] == AssetCheckSeverity.ERROR}
    assert not errors
    assert {f[1] for f in failed} <= EXPECTED_WARNINGS
    # every check of the job ran: the GX ones and every dbt test
    job_checks = result.job_def.asset_layer.asset_graph.asset_check_keys
    assert {e.asset_check_key for e in evaluations} == set(job_checks)
    materialized = {m.asset_key for m in result.get_asset_materialization_events()}
    assert AssetKey("rpt_audience_email") in materialized
    assert AssetKey(["exports", "audience_email"]) in materialized
    assert (root / "exports" / "audience_email.csv").exists()
    assert (root / "gx_docs" / "index.html").exists()


def write_bad_crm_file(landing: Path, rows: int = 100) -> Path:
    """A new CRM delivery: contacts with new ids, 40% of their emails without their @."""
    with (landing / "crm_contacts" / "part-0000.csv").open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        fields = list(reader.fieldnames or [])
        source = [row for row in reader if row["email"] and "@" in row["email"]][:rows]
    out = landing / "crm_contacts" / "part-9999.csv"
    with out.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=fields)
        writer.writeheader()
        for i, row in enumerate(source):
            row = {**row, "contact_id": f"BATCH2-{i:05d}"}
            if i % 5 < 2:
                row["email"] = row["email"].replace("@", "")
            writer.writerow(row)
    return out


def test_bad_crm_batch_fails_a_blocking_check_and_changes_nothing(good_build) -> None:
    root, first = good_build
    assert first.success
    before = snapshot(root)
    bad_file = write_bad_crm_file(root / "landing")
    try:
        result = build(root)
    finally:
        bad_file.unlink()
    assert not result.success
    crm_check = AssetCheckKey(AssetKey(["landing", "crm_contacts"]), "gx_landing_contract")
    evaluation = next(e for e in result.get_asset_check_evaluations()
                      if e.asset_check_key == crm_check)
    assert not evaluation.passed and evaluation.blocking
    assert evaluation.severity == AssetCheckSeverity.ERROR
    assert "part-9999.csv" in evaluation.description
    # nothing of dbt ran: no model, mart, audience or export was materialized
    materialized = {m.asset_key for m in result.get_asset_materialization_events()}
    assert all(key.path[0] == "landing" for key in materialized)
    assert snapshot(root) == before


def test_failing_mart_check_blocks_audiences(good_build, monkeypatch) -> None:
    """A mart check that fails keeps the audiences, snapshots and exports from being built."""
    import portrait.defs.quality.checks as checks
    from dagster import AssetSelection, Definitions, define_asset_job
    from portrait.definitions import build_definitions

    root, first = good_build
    assert first.success
    before = snapshot(root)
    strict = {**checks.thresholds(), "marts": {**checks.thresholds()["marts"],
                                                "score_range": {"min": 9, "max": 9}}}
    monkeypatch.setattr(checks, "thresholds", lambda: strict)
    base = build_definitions(settings_for(root))
    publish = AssetSelection.assets(*(key for key in base.resolve_asset_graph().get_all_asset_keys()
                                      if key.path[-1].startswith(("rpt_audience_", "snp_"))
                                      or key.path[0] == "exports"))
    gx_check = AssetCheckKey(AssetKey("dim_customers"), "gx_profile_ranges")
    job = define_asset_job("publish_after_mart_checks",
                           selection=AssetSelection.checks(gx_check) | publish)
    definitions = Definitions.merge(base, Definitions(jobs=[job]))
    result = build(root, "publish_after_mart_checks", definitions)
    assert not result.success
    failed = [e for e in result.get_asset_check_evaluations() if not e.passed]
    assert [(e.asset_key, e.check_name) for e in failed] == [
        (AssetKey("dim_customers"), "gx_profile_ranges")]
    assert not result.get_asset_materialization_events()
    assert snapshot(root) == before


def test_landing_sensor_launches_a_build_on_new_files(tmp_path: Path) -> None:
    from dagster import RunRequest, SkipReason, build_sensor_context
    from portrait.defs.landing import landing_sensor

    landing = tmp_path / "landing"
    (landing / "crm_contacts").mkdir(parents=True)
    old = landing / "crm_contacts" / "part-0000.csv"
    old.write_text("contact_id\nc1\n")
    os.utime(old, (1_700_000_000, 1_700_000_000))
    resources = {"portrait": settings_for(tmp_path)}

    context = build_sensor_context(resources=resources)
    assert isinstance(landing_sensor(context), SkipReason)  # the baseline
    cursor = context.cursor
    context = build_sensor_context(cursor=cursor, resources=resources)
    assert isinstance(landing_sensor(context), SkipReason)  # nothing new

    new = landing / "crm_contacts" / "part-0001.csv"
    new.write_text("contact_id\nc2\n")
    context = build_sensor_context(cursor=cursor, resources=resources)
    assert isinstance(landing_sensor(context), SkipReason)  # still being written
    os.utime(new, (1_700_000_100, 1_700_000_100))
    from portrait.definitions import defs

    context = build_sensor_context(cursor=cursor, resources=resources, definitions=defs)
    serving, rest = landing_sensor(context)
    assert isinstance(serving, RunRequest) and isinstance(rest, RunRequest)
    assert serving.run_key and rest.run_key and serving.run_key != rest.run_key
    # a micro-batch: the CRM folder and what depends on it, incrementally, in two runs: first
    # what profiles, segment events and audiences need, then the rest
    selected = {key.to_user_string() for key in serving.asset_selection}
    rest_selected = {key.to_user_string() for key in rest.asset_selection}
    assert "landing/crm_contacts" in selected and "stg_crm__contacts" in selected
    assert "dim_customers" in selected and "rpt_audience_email" in selected
    assert "fct_segment_membership_events" in selected
    assert "int_profile_as_of" in selected  # the clock reads no source, and may have moved
    assert "landing/web_events" not in selected and "stg_segment__messages" not in selected
    assert {"idn_dropped_links", "rpt_load_audit", "fct_orders"} <= rest_selected
    assert selected & rest_selected == set()
    assert serving.tags["portrait/full_refresh"] == rest.tags["portrait/full_refresh"] == "false"
    # the serving run leaves DuckDB's checkpoint to the rest run; no other run does
    assert (serving.tags["portrait/phase"], rest.tags["portrait/phase"]) == ("serving", "rest")
    settings = resources["portrait"]
    before = os.environ.get("PORTRAIT_DEFER_CHECKPOINT")
    for defer, seen in ((True, "1"), (False, "")):
        with settings.dbt_environment(defer_checkpoint=defer):
            assert os.environ["PORTRAIT_DEFER_CHECKPOINT"] == seen
    assert os.environ.get("PORTRAIT_DEFER_CHECKPOINT") == before

    # a loaded file replaced in place cannot be applied incrementally: a full refresh
    cursor = context.cursor
    old.write_text("contact_id\nc1\nc3\n")
    os.utime(old, (1_700_000_200, 1_700_000_200))
    context = build_sensor_context(cursor=cursor, resources=resources, definitions=defs)
    request = landing_sensor(context)
    assert isinstance(request, RunRequest)
    assert request.tags["portrait/full_refresh"] == "true"
