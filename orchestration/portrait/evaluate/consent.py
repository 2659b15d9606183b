"""Consent accuracy: dim_customer_consents against the generator's true consent state.

The truth (consent.parquet) holds, per true person and purpose, whether the person has granted it
at the as-of time (false when nothing is known, as in the warehouse). Each true person is read
through the predicted person holding most of their staged records (ties to the smallest
person_id); a true person whose person has no consent rows (no resolved record, or a profile
missing from dim_customers) counts as not granted, since nothing can be activated for them, and
is counted under `truth_persons_without_profile`.

`violations` are the dangerous direction: granted in the warehouse but not in the truth, so the
person would be contacted without consent. Grants held by warehouse persons who hold the most
records of no true person (split-off fragments) escape the mapping above; each is judged by the
true person holding most of its records and reported as `unmapped_granted` (and counted in
`unmapped_violations` when that person has not granted the purpose).

Persons who asked to be deleted have no consent rows by design: they are left out of the scores,
and `deleted_persons_with_consents` counts those that still appear (through the mapping or as
the majority true person of a warehouse person). Bots are left out too.
"""

from __future__ import annotations

import duckdb

from portrait.evaluate.mapping import create_person_map, record_persons_sql


def _ratio(numerator: float, denominator: float) -> float | None:
    return round(numerator / denominator, 6) if denominator else None


def evaluate_consent(con: duckdb.DuckDBPyConnection, truth_dir: str) -> dict:
    """`con` has the warehouse attached as `wh`. Returns the `consent` object."""
    built = con.execute("""
        select count(*) from duckdb_tables()
        where database_name = 'wh' and schema_name = 'main'
            and table_name = 'dim_customer_consents'
    """).fetchall()[0][0]
    if not built:
        return {"skipped": "dim_customer_consents is not in the warehouse"}
    create_person_map(con, record_persons_sql(truth_dir), "eval_consent_person_map",
                      reverse_table="eval_consent_true_person_map")
    con.execute(f"""
        create or replace temp table eval_consents as
        with truth_persons as (
            select person_id as true_person, is_bot, is_deleted
            from read_parquet('{truth_dir}/persons.parquet')
        ),
        truth as (
            select person_id as true_person, purpose, is_granted
            from read_parquet('{truth_dir}/consent.parquet')
        ),
        main_person as (
            select true_person, person_id from eval_consent_person_map
        )
        select
            truth.true_person,
            truth.purpose,
            truth_persons.is_bot,
            truth_persons.is_deleted,
            main_person.person_id,
            consents.person_id is not null as has_profile,
            truth.is_granted as is_granted_truth,
            coalesce(consents.is_granted, false) as is_granted_warehouse
        from truth
        inner join truth_persons using (true_person)
        left join main_person using (true_person)
        left join wh.main.dim_customer_consents as consents
            on main_person.person_id = consents.person_id
            and truth.purpose = consents.purpose
    """)
    counts = """
        count(*) as pairs,
        count(*) filter (where is_granted_truth and is_granted_warehouse) as granted_both,
        count(*) filter (where not is_granted_truth and not is_granted_warehouse)
            as not_granted_both,
        count(*) filter (where is_granted_warehouse and not is_granted_truth) as violations,
        count(*) filter (where is_granted_truth and not is_granted_warehouse) as missed_grants,
        count(*) filter (where is_granted_truth and not is_granted_warehouse and not has_profile)
            as missed_grants_without_profile
    """
    scored = "not is_deleted and not is_bot"
    per_purpose = {
        row[0]: _confusion(row[1:])
        for row in con.execute(f"""
            select purpose, {counts} from eval_consents where {scored} group by 1 order by 1
        """).fetchall()
    }
    overall = _confusion(con.execute(
        f"select {counts} from eval_consents where {scored}").fetchall()[0])
    persons, without_profile, deleted, bots = con.execute(f"""
        select
            count(distinct true_person) filter (where {scored}),
            count(distinct true_person) filter (where {scored} and not has_profile),
            count(distinct true_person) filter (where is_deleted),
            count(distinct true_person) filter (where is_bot)
        from eval_consents
    """).fetchall()[0]
    deleted_mapped = con.execute("""
        select count(distinct consents.true_person)
        from eval_consents as consents
        where consents.is_deleted and consents.has_profile
    """).fetchall()[0][0]
    unmapped_granted, unmapped_violations, deleted_majority = con.execute(f"""
        with mapped as (
            select distinct person_id from eval_consent_person_map
        ),
        majority as (
            select person_id, true_person from eval_consent_true_person_map
        ),
        truth as (
            select person_id as true_person, purpose, is_granted
            from read_parquet('{truth_dir}/consent.parquet')
        ),
        truth_persons as (
            select person_id as true_person, is_deleted
            from read_parquet('{truth_dir}/persons.parquet')
        ),
        granted as (
            select consents.person_id, consents.purpose
            from wh.main.dim_customer_consents as consents
            left join mapped using (person_id)
            where consents.is_granted and mapped.person_id is null
        )
        select
            (select count(*) from granted),
            (select count(*)
                from granted
                left join majority using (person_id)
                left join truth using (true_person, purpose)
                where not coalesce(truth.is_granted, false)),
            (select count(distinct consents.person_id)
                from wh.main.dim_customer_consents as consents
                inner join majority using (person_id)
                inner join truth_persons using (true_person)
                where truth_persons.is_deleted)
    """).fetchall()[0]
    return {
        **overall,
        "truth_persons": persons,
        "truth_persons_without_profile": without_profile,
        "unmapped_granted": unmapped_granted,
        "unmapped_violations": unmapped_violations,
        "deleted_persons_left_out": deleted,
        "deleted_persons_with_consents": deleted_mapped + deleted_majority,
        "bots_left_out": bots,
        "per_purpose": per_purpose,
    }


def _confusion(row) -> dict:
    pairs, granted_both, not_granted_both, violations, missed, missed_no_profile = row
    granted_warehouse = granted_both + violations
    granted_truth = granted_both + missed
    return {
        "agreement": _ratio(granted_both + not_granted_both, pairs),
        "violations": violations,
        "precision_of_grants": _ratio(granted_both, granted_warehouse),
        "recall_of_grants": _ratio(granted_both, granted_truth),
        "pairs": pairs,
        "granted_both": granted_both,
        "not_granted_both": not_granted_both,
        "missed_grants": missed,
        "missed_grants_without_profile": missed_no_profile,
    }
