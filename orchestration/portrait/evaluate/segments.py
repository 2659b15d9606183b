"""Segment accuracy: fct_segment_memberships against the same definitions run on the truth.

The expected members of each segment come from an "oracle" build: a copy of the warehouse in
which identity and the golden attributes are replaced by the generator's truth, and every model
between them and fct_segment_memberships is rebuilt by dbt with the very same SQL (and the
prediction model retrained, deterministically, on the true persons). In the copy:

- idn_source_record_persons maps every staged record that the truth knows to its true person,
  including records the warehouse could not resolve (their only identifiers blocked or shared):
  the truth knows whose they are. resolved_by_id_type keeps the warehouse's value, or 'truth'.
- idn_cluster_stats has one row per true person with a staged record. records and sources are
  exact; the identifier counts and first/last seen are taken from the identifier nodes observed
  on the person's records (the warehouse's usable nodes only), an approximation of the graph's
  counts. No segment reads them (dim_customers uses them for is_identified, identifiers and the
  fallback of first_seen_at / last_seen_at).
- int_customer_attributes_survived holds the true attributes of persons.parquet (source
  'truth'), so int_customer_golden_records derives age, age band and city tier from them.

Deleted persons leave both sides by construction: the deletion requests resolve, in the copy, to
their true persons, whom int_deleted_persons then removes from every mart; both counts are
reported. Bots are true persons too; they are left out of both sides.

A true person is a predicted member when the predicted person holding most of their staged
records (ties to the smallest person_id) is a member. Warehouse members that hold the most
records of no true person (split-off fragments, persons of unknown records) cannot be mapped;
they are counted as `unmapped_predicted_members`. Each wrong true person is also classified:
`identity_errors` counts those whose records are not exactly one predicted person's records
(split, merged or partly unresolved), the rest being explained by something else (a trait
computed differently, e.g. a prediction score on the other side of a threshold after the
model was retrained).

A score compared with a threshold (churn_probability >= 0.6) flips for persons near it when the
model is retrained on other persons, even with their features unchanged: `prediction_drift`
gives how far the scores of persons with exact identity move. To tell that apart from identity
and trait errors, the oracle is built a second time with int_person_predictions replaced by the
warehouse's own model applied to the true persons' features (refitted exactly as dbt fits it,
and only used when it reproduces the warehouse's scores): each segment's `with_warehouse_model`
holds those scores.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import duckdb
import pyarrow.compute as pc

from portrait.evaluate.identity import STAGED_RECORDS
from portrait.evaluate.mapping import create_person_map
from portrait.evaluate.memory import capped
from portrait.project import PROJECT_DIR, dbt_env, dbt_executable

# the models the oracle build replaces with the truth, and so must not rebuild
REPLACED = ["idn_source_record_persons", "idn_cluster_stats", "int_customer_attributes_survived"]
# upstream of a replaced model only (the golden-record candidates)
NOT_REBUILT = ["int_customer_attribute_candidates"]
TARGET = "fct_segment_memberships"
PREDICTION_MODEL = (
    PROJECT_DIR / "models" / "intermediate" / "predictions" / "int_person_predictions.py"
)
# marks the oracle's persons when both sides are scored in one call
ORACLE_PREFIX = "oracle:"
# the model scores that segment conditions compare with thresholds
PREDICTED_SCORES = ["churn_probability", "purchase_propensity_30d"]

GOLDEN_ATTRIBUTES = ["full_name", "gender", "birth_date", "email", "phone_e164", "country",
                     "province", "city", "postcode", "address"]


def _ratio(numerator: float, denominator: float) -> float | None:
    return round(numerator / denominator, 6) if denominator else None


def _replace_with_truth(oracle: Path, truth_dir: str) -> dict:
    """Swap identity and golden attributes in the oracle copy for the truth."""
    staged = " union all ".join(
        f"select '{source}' as source_name, {column} as source_record_id from main.{model}"
        for source, (model, column) in STAGED_RECORDS.items()
    )
    attribute_rows = " union all ".join(
        f"select person_id, '{name}' as attribute, nullif(cast({name} as varchar), '') as value "
        f"from truth_persons"
        for name in GOLDEN_ATTRIBUTES
    )
    con = capped(duckdb.connect(str(oracle)), oracle.parent / "spill")
    try:
        con.execute(f"""
            create temp table truth_persons as
            select * replace (strftime(birth_date, '%Y-%m-%d') as birth_date)
            from read_parquet('{truth_dir}/persons.parquet')
        """)
        con.execute(f"""
            create temp table truth_record_persons as
            with staged as ({staged}),
            truth as (
                select distinct source_name, source_record_id, person_id
                from read_parquet('{truth_dir}/record_persons.parquet')
            )
            select
                staged.source_name,
                staged.source_record_id,
                truth.person_id,
                coalesce(predicted.resolved_by_id_type, 'truth') as resolved_by_id_type,
                cast(1 as bigint) as persons_on_record
            from staged
            inner join truth using (source_name, source_record_id)
            left join main.idn_source_record_persons as predicted
                using (source_name, source_record_id)
        """)
        con.execute("""
            create or replace table main.idn_source_record_persons as
            select * from truth_record_persons
        """)
        con.execute("""
            create or replace table main.idn_cluster_stats as
            with records as (select * from main.idn_source_record_persons),
            usable_nodes as (
                select distinct node_key, id_type from main.idn_identifier_persons
            ),
            observed as (
                select
                    records.person_id,
                    nodes.node_key,
                    usable_nodes.id_type,
                    nodes.observed_at
                from main.idn_observation_nodes as nodes
                inner join records using (source_name, source_record_id)
                left join usable_nodes using (node_key)
            ),
            identifier_counts as (
                select
                    person_id,
                    count(distinct node_key) filter (where id_type is not null) as identifiers,
                    count(distinct id_type) as identifier_types,
                    count(distinct node_key) filter (where id_type = 'email') as emails,
                    count(distinct node_key) filter (where id_type = 'phone') as phones,
                    count(distinct node_key) filter (where id_type = 'user_id') as user_ids,
                    count(distinct node_key) filter (where id_type = 'national_id')
                        as national_ids,
                    count(distinct node_key) filter (where id_type = 'anonymous_id')
                        as anonymous_ids,
                    count(distinct node_key) filter (where id_type = 'crm_contact')
                        as crm_contacts,
                    min(observed_at) as first_seen_at,
                    max(observed_at) as last_seen_at
                from observed
                group by 1
            ),
            record_counts as (
                select person_id, count(*) as records, count(distinct source_name) as sources
                from records
                group by 1
            )
            select
                record_counts.person_id,
                coalesce(identifier_counts.identifiers, 0) as identifiers,
                coalesce(identifier_counts.identifier_types, 0) as identifier_types,
                coalesce(identifier_counts.emails, 0) as emails,
                coalesce(identifier_counts.phones, 0) as phones,
                coalesce(identifier_counts.user_ids, 0) as user_ids,
                coalesce(identifier_counts.national_ids, 0) as national_ids,
                coalesce(identifier_counts.anonymous_ids, 0) as anonymous_ids,
                coalesce(identifier_counts.crm_contacts, 0) as crm_contacts,
                record_counts.records,
                record_counts.sources,
                coalesce(identifier_counts.identifiers, 0) = 1 as is_singleton,
                cast(null as varchar) as types_over_limit,
                identifier_counts.first_seen_at,
                identifier_counts.last_seen_at
            from record_counts
            left join identifier_counts using (person_id)
        """)
        con.execute(f"""
            create or replace table main.int_customer_attributes_survived as
            with attributes as ({attribute_rows})
            select
                attributes.person_id,
                attributes.attribute,
                attributes.value,
                'truth' as source,
                'truth' as source_name,
                attributes.person_id as source_record_id,
                cast(null as timestamp) as observed_at,
                'truth' as rule,
                cast(1 as bigint) as value_records,
                cast(1 as bigint) as candidate_records,
                cast(1 as bigint) as distinct_values,
                false as is_suspected_typo
            from attributes
            where
                attributes.value is not null
                and attributes.person_id in (select person_id from main.idn_cluster_stats)
        """)
        records, unresolved = con.execute("""
            select count(*), count(*) filter (where resolved_by_id_type = 'truth')
            from main.idn_source_record_persons
        """).fetchall()[0]
        persons = con.execute("select count(*) from main.idn_cluster_stats").fetchall()[0][0]
        con.execute("checkpoint")
    finally:
        con.close()
    return {"records": records, "records_unresolved_in_warehouse": unresolved,
            "persons": persons}


def _dbt_run(oracle: Path, truth_dir: str, work: Path, selector: list[str]) -> None:
    """`dbt run` on the oracle copy, its target and logs in `work` (the shared target/ is not
    touched; the second run reuses the first one's parse)."""
    as_of = json.loads((Path(truth_dir) / "manifest.json").read_text())["as_of"]
    # the rebuilt models read staging tables only; the landing path is set for the profile
    landing = Path(truth_dir).parent / "landing"
    env = {**os.environ, **dbt_env(landing, oracle, as_of)}
    # --full-refresh: the incremental models between (the event stream, the daily roll-up) must
    # be rebuilt from the replaced tables, not updated by what changed since the last build
    command = [dbt_executable(), "run", *selector, "--full-refresh",
               "--target-path", str(work / "target"), "--log-path", str(work / "logs"),
               "--project-dir", str(PROJECT_DIR), "--profiles-dir", str(PROJECT_DIR)]
    result = subprocess.run(command, env=env, cwd=PROJECT_DIR, capture_output=True, text=True,
                            check=False)
    if result.returncode != 0:
        raise RuntimeError(f"the oracle dbt build failed:\n{result.stdout[-4000:]}"
                           f"\n{result.stderr[-2000:]}")


def _oracle_selector() -> list[str]:
    """Every model between a replaced one and the segment memberships, the replaced excluded."""
    select = [f"{model}+,+{TARGET}" for model in REPLACED]
    return ["--select", *select, "--exclude", *REPLACED, *NOT_REBUILT]


def _load_prediction_model():
    spec = importlib.util.spec_from_file_location("int_person_predictions", PREDICTION_MODEL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _warehouse_model_scores(con: duckdb.DuckDBPyConnection, work: Path):
    """The oracle's persons scored by the warehouse's model: refitted, as dbt fits it, on the
    warehouse's training rows, and applied to the oracle's scoring rows in the same call (so
    predicted_clv_amount, which no segment reads, takes its population order amount from both
    sides). Returns (arrow table, None), or (None, reason) unless the refit reproduces the
    warehouse's own scores exactly."""
    module = _load_prediction_model()
    manifest = json.loads((work / "target" / "manifest.json").read_text())
    meta = manifest["nodes"]["model.portrait.int_person_predictions"]["config"]["meta"]
    # the configuration dbt passes to the model (see model() in the model file)
    cfg = {key: type(default)(meta[f"prediction_{key}"])
           for key, default in module.DEFAULTS.items()
           if meta.get(f"prediction_{key}") is not None}
    features = con.execute(f"""
        select * from wh.main.int_person_features_at_cutoffs
        union all by name
        select * replace ('{ORACLE_PREFIX}' || person_id as person_id)
        from oracle.main.int_person_features_at_cutoffs
        where cutoff_name = 'scoring'
    """).df()
    scores = module.predict(features, cfg)
    con.register("eval_refit_scores", scores)
    differing = con.execute(f"""
        select count(*)
        from wh.main.int_person_predictions as warehouse
        full join eval_refit_scores as refit using (person_id)
        where not starts_with(coalesce(refit.person_id, ''), '{ORACLE_PREFIX}')
            and ({" or ".join(
                f"refit.{score} is distinct from warehouse.{score}" for score in PREDICTED_SCORES
            )})
    """).fetchall()[0][0]
    con.unregister("eval_refit_scores")
    if differing:
        return None, f"the refitted model does not reproduce {differing} warehouse scores"
    oracle_rows = pc.starts_with(scores["person_id"], ORACLE_PREFIX)
    scores = scores.filter(oracle_rows)
    person_ids = pc.utf8_slice_codeunits(scores["person_id"], len(ORACLE_PREFIX))
    return scores.set_column(0, "person_id", person_ids), None


def evaluate_segments(con: duckdb.DuckDBPyConnection, truth_dir: str,
                      warehouse_path: Path | str) -> dict:
    """`con` has the warehouse attached as `wh`. Returns the `segments` object."""
    built = con.execute(f"""
        select count(*) from duckdb_tables()
        where database_name = 'wh' and schema_name = 'main' and table_name = '{TARGET}'
    """).fetchall()[0][0]
    if not built:
        return {"skipped": f"{TARGET} is not in the warehouse"}
    truth_dir = str(Path(truth_dir).resolve())
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="portrait-oracle-") as tmp:
        work = Path(tmp)
        oracle = work / "oracle.duckdb"
        shutil.copyfile(warehouse_path, oracle)
        wal = Path(f"{warehouse_path}.wal")
        if wal.exists():
            shutil.copyfile(wal, Path(f"{oracle}.wal"))
        replaced = _replace_with_truth(oracle, truth_dir)
        _dbt_run(oracle, truth_dir, work, _oracle_selector())
        con.execute(f"attach '{oracle}' as oracle (read_only)")
        try:
            _map_true_persons(con, truth_dir)
            con.execute("""
                create or replace temp table eval_expected_retrained as
                select segment_name, person_id from oracle.main.fct_segment_memberships
            """)
            checks = _checks(con)
            frozen, skipped = _warehouse_model_scores(con, work)
        finally:
            con.execute("detach oracle")
        if frozen is not None:
            # the same oracle, with the predictions replaced by the warehouse model's scores
            writer = capped(duckdb.connect(str(oracle)), work / "spill")
            try:
                writer.register("frozen", frozen)
                writer.execute("create or replace table main.int_person_predictions as "
                               "select * from frozen")
            finally:
                writer.close()
            _dbt_run(oracle, truth_dir, work, [
                "--select", f"int_person_predictions+,+{TARGET}",
                "--exclude", "int_person_predictions"])
            con.execute(f"attach '{oracle}' as oracle (read_only)")
            try:
                con.execute("""
                    create or replace temp table eval_expected_frozen as
                    select segment_name, person_id from oracle.main.fct_segment_memberships
                """)
            finally:
                con.execute("detach oracle")
    per_segment = _per_segment(con, "eval_expected_retrained")
    with_warehouse_model = (
        _per_segment(con, "eval_expected_frozen") if frozen is not None else {}
    )
    for name, scores in with_warehouse_model.items():
        per_segment.setdefault(name, {})["with_warehouse_model"] = {
            key: scores[key] for key in
            ("precision", "recall", "expected_members", "false_positives", "false_negatives")
        }
    return {
        **_minimum(per_segment),
        "with_warehouse_model": (
            _minimum(with_warehouse_model) if frozen is not None else {"skipped": skipped}
        ),
        **checks,
        "per_segment": per_segment,
        "oracle": {**replaced, "seconds": round(time.monotonic() - started, 1)},
    }


def _minimum(per_segment: dict) -> dict:
    scores = [s for s in per_segment.values() if s.get("precision") is not None
              or s.get("recall") is not None]
    return {
        "min_precision": min((s["precision"] for s in scores if s["precision"] is not None),
                             default=None),
        "min_recall": min((s["recall"] for s in scores if s["recall"] is not None),
                          default=None),
    }


def _map_true_persons(con: duckdb.DuckDBPyConnection, truth_dir: str) -> None:
    """eval_segment_persons: each true person, their main predicted person and whether their
    identity is exact."""
    # the oracle's records are the staged records the truth knows, each under its true person
    create_person_map(con, """
        select source_name, source_record_id, person_id as true_person
        from oracle.main.idn_source_record_persons
    """, "eval_segment_person_map")
    con.execute(f"""
        create or replace temp table eval_segment_persons as
        with truth_persons as (
            select person_id as true_person, is_bot, is_deleted
            from read_parquet('{truth_dir}/persons.parquet')
        ),
        main_person as (select * from eval_segment_person_map)
        -- exact identity: every staged record of the true person, and nothing else, under
        -- one predicted person
        select
            truth_persons.*,
            main_person.person_id,
            coalesce(
                main_person.true_records = main_person.records
                and main_person.person_records = main_person.records, false
            ) as is_identity_exact
        from truth_persons
        left join main_person using (true_person)
    """)


def _members(con: duckdb.DuckDBPyConnection, expected_table: str) -> None:
    """eval_segment_members: every (segment, true person) predicted or expected."""
    con.execute(f"""
        create or replace temp table eval_segment_members as
        with predicted as (
            select distinct memberships.segment_name, persons.true_person
            from wh.main.fct_segment_memberships as memberships
            inner join eval_segment_persons as persons using (person_id)
        ),
        expected as (
            select segment_name, person_id as true_person from {expected_table}
        ),
        pairs as (
            select segment_name, true_person from predicted
            union
            select segment_name, true_person from expected
        )
        select
            pairs.segment_name,
            pairs.true_person,
            persons.is_bot,
            persons.is_deleted,
            persons.is_identity_exact,
            predicted.true_person is not null as is_predicted,
            expected.true_person is not null as is_expected
        from pairs
        left join predicted using (segment_name, true_person)
        left join expected using (segment_name, true_person)
        left join eval_segment_persons as persons using (true_person)
    """)


def _per_segment(con: duckdb.DuckDBPyConnection, expected_table: str) -> dict:
    _members(con, expected_table)
    unmapped = dict(con.execute("""
        select memberships.segment_name, count(*)
        from wh.main.fct_segment_memberships as memberships
        left join eval_segment_persons as persons using (person_id)
        where persons.true_person is null
        group by 1
    """).fetchall())
    rows = con.execute("""
        select
            segment_name,
            count(*) filter (where is_predicted),
            count(*) filter (where is_expected),
            count(*) filter (where is_predicted and is_expected),
            count(*) filter (where is_predicted != is_expected and not is_identity_exact)
        from eval_segment_members
        where not coalesce(is_bot, false)
        group by 1
        order by 1
    """).fetchall()
    per_segment = {}
    for name, predicted, expected, both, identity_errors in rows:
        per_segment[name] = {
            "precision": _ratio(both, predicted),
            "recall": _ratio(both, expected),
            "predicted_members": predicted,
            "expected_members": expected,
            "false_positives": predicted - both,
            "false_negatives": expected - both,
            "identity_errors": identity_errors,
            "other_errors": predicted + expected - 2 * both - identity_errors,
            "unmapped_predicted_members": unmapped.get(name, 0),
        }
    return per_segment


def _checks(con: duckdb.DuckDBPyConnection) -> dict:
    """Deleted persons and bots on both sides, and the drift of the retrained model's scores."""
    _members(con, "eval_expected_retrained")
    deleted_expected, deleted_predicted, bots = con.execute("""
        select
            count(*) filter (where is_deleted and is_expected),
            count(*) filter (where is_deleted and is_predicted),
            count(distinct true_person) filter (where is_bot)
        from eval_segment_members
    """).fetchall()[0]
    deleted_truth, deleted_oracle, deleted_both = con.execute("""
        with oracle_deleted as (
            select person_id as true_person from oracle.main.int_deleted_persons
        )
        select
            (select count(*) from eval_segment_persons where is_deleted),
            (select count(*) from oracle_deleted),
            (select count(*) from eval_segment_persons
                inner join oracle_deleted using (true_person) where is_deleted)
    """).fetchall()[0]
    return {
        "deleted_persons": {
            "truth": deleted_truth,
            "removed_by_oracle": deleted_oracle,
            "truth_and_removed_by_oracle": deleted_both,
            "in_expected_members": deleted_expected,
            "in_predicted_members": deleted_predicted,
        },
        "bot_members_left_out": bots,
        "prediction_drift": _prediction_drift(con),
    }


def _prediction_drift(con: duckdb.DuckDBPyConnection) -> dict:
    """How far the retrained model moves the scores of persons whose identity is exact (their
    features are then the same on both sides): the noise a score threshold has to live with."""
    drift = {}
    for score in PREDICTED_SCORES:
        persons, mean_abs, p95_abs, max_abs = con.execute(f"""
            select
                count(*),
                avg(abs(predicted.{score} - expected.{score})),
                quantile_cont(abs(predicted.{score} - expected.{score}), 0.95),
                max(abs(predicted.{score} - expected.{score}))
            from eval_segment_persons as persons
            inner join wh.main.dim_customers as predicted
                on persons.person_id = predicted.person_id
            inner join oracle.main.dim_customers as expected
                on persons.true_person = expected.person_id
            where persons.is_identity_exact and not persons.is_bot
                and predicted.{score} is not null and expected.{score} is not null
        """).fetchall()[0]
        drift[score] = {
            "persons": persons,
            "mean_abs_difference": None if mean_abs is None else round(mean_abs, 6),
            "p95_abs_difference": None if p95_abs is None else round(p95_abs, 6),
            "max_abs_difference": None if max_abs is None else round(max_abs, 6),
        }
    return drift
