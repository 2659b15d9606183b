"""Erasure: how much of each deleted person's data a deletion request reaches, and whom else.

A deletion request names one identifier. It reaches the warehouse person that identifier resolves
to (int_deleted_persons), and every mart leaves that person out. Records of the same true person
that identity resolution placed under another warehouse person (a split-off fragment: a recall
miss) are not reached, and that fragment keeps its profile. Records of another true person that
a false merge placed under the erased person are erased with it (collateral).

Scored on staged records (the truth's record → person mapping joined to idn_source_record_persons;
the deletion requests themselves are left out):

- `persons_fully_erased` / `erasure_recall`: deleted true persons with a resolved record, all of
  whose resolved records sit under an erased warehouse person;
- `persons_with_a_kept_fragment`, and `..._served` when that fragment has a row in dim_customers;
- `records_erased`, `records_kept`, `records_unresolved` (no person: no profile to serve);
- `kept_fragments_linked_by_a_dropped_link`: kept fragments that share an edge of
  idn_dropped_links with an erased person of the same true person, that is, fragments the limit
  or guard rules cut off (the rest share no identifier with the erased person at all);
- `collateral_persons` / `collateral_records`: true persons who did not ask to be deleted, with
  records under an erased person.
"""

from __future__ import annotations

import duckdb


def _ratio(numerator: float, denominator: float) -> float | None:
    return round(numerator / denominator, 6) if denominator else None


def evaluate_erasure(con: duckdb.DuckDBPyConnection, truth_dir: str) -> dict:
    """`con` has the warehouse attached as `wh`. Returns the `erasure` object."""
    built = con.execute("""
        select count(*) from duckdb_tables()
        where database_name = 'wh' and schema_name = 'main'
            and table_name in ('int_deleted_persons', 'idn_source_record_persons')
    """).fetchall()[0][0]
    if built < 2:
        return {"skipped": "int_deleted_persons or idn_source_record_persons is not built"}
    # both sides stay small: the deleted persons' records, and the erased persons' records
    con.execute(f"""
        create or replace temp table erasure_deleted_records as
        with deleted as (
            select person_id as true_person
            from read_parquet('{truth_dir}/persons.parquet')
            where is_deleted
        )
        select distinct truth.source_name, truth.source_record_id, truth.person_id as true_person
        from read_parquet('{truth_dir}/record_persons.parquet') as truth
        where truth.person_id in (select true_person from deleted)
            and truth.source_name != 'deletion_requests'
    """)
    con.execute("""
        create or replace temp table erasure_resolved as
        select
            records.true_person,
            records.source_name,
            records.source_record_id,
            resolved.person_id,
            resolved.person_id in (select person_id from wh.main.int_deleted_persons) as erased
        from erasure_deleted_records as records
        left join wh.main.idn_source_record_persons as resolved
            on records.source_name = resolved.source_name
            and records.source_record_id = resolved.source_record_id
    """)
    deleted, resolved, fully, kept, served, erased, kept_records, unresolved = con.execute("""
        with per_person as (
            select
                true_person,
                count(person_id) as resolved_records,
                count(*) filter (where person_id is not null and not erased) as kept_records
            from erasure_resolved
            group by 1
        )
        select
            (select count(*) from read_parquet('{truth}/persons.parquet') where is_deleted),
            count(*) filter (where resolved_records > 0),
            count(*) filter (where resolved_records > 0 and kept_records = 0),
            count(*) filter (where kept_records > 0),
            (select count(distinct resolved.true_person)
                from erasure_resolved as resolved
                inner join wh.main.dim_customers as customers using (person_id)
                where not resolved.erased),
            (select count(*) from erasure_resolved where erased),
            (select count(*) from erasure_resolved where person_id is not null and not erased),
            (select count(*) from erasure_resolved where person_id is null)
        from per_person
    """.replace("{truth}", truth_dir)).fetchall()[0]
    linked = con.execute("""
        with fragments as (
            select distinct true_person, person_id, erased
            from erasure_resolved
            where person_id is not null
        ),
        pairs as (
            select kept.true_person, kept.person_id as kept_person, gone.person_id as erased_person
            from fragments as kept
            inner join fragments as gone
                on kept.true_person = gone.true_person and not kept.erased and gone.erased
        ),
        identifiers as (
            select person_id, id_type, id_value
            from wh.main.idn_identifier_persons
            where person_id in (select kept_person from pairs union select erased_person from pairs)
        ),
        dropped as (
            select id_type_a, id_value_a, id_type_b, id_value_b from wh.main.idn_dropped_links
            union all
            select id_type_b, id_value_b, id_type_a, id_value_a from wh.main.idn_dropped_links
        )
        select count(distinct (pairs.true_person, pairs.kept_person))
        from pairs
        inner join identifiers as kept_ids on pairs.kept_person = kept_ids.person_id
        inner join identifiers as erased_ids on pairs.erased_person = erased_ids.person_id
        inner join dropped
            on dropped.id_type_a = kept_ids.id_type and dropped.id_value_a = kept_ids.id_value
            and dropped.id_type_b = erased_ids.id_type and dropped.id_value_b = erased_ids.id_value
    """).fetchall()[0][0]
    collateral_persons, collateral_records = con.execute(f"""
        with erased_records as (
            select source_name, source_record_id
            from wh.main.idn_source_record_persons
            where person_id in (select person_id from wh.main.int_deleted_persons)
                and source_name != 'deletion_requests'
        ),
        kept_truth as (
            select person_id as true_person
            from read_parquet('{truth_dir}/persons.parquet')
            where not is_deleted
        )
        select count(distinct truth.person_id), count(*)
        from erased_records
        inner join read_parquet('{truth_dir}/record_persons.parquet') as truth
            on erased_records.source_name = truth.source_name
            and erased_records.source_record_id = truth.source_record_id
        where truth.person_id in (select true_person from kept_truth)
    """).fetchall()[0]
    requests, requests_resolved = con.execute("""
        select count(*), count(resolved.person_id)
        from wh.main.stg_privacy__deletion_requests as requests
        left join wh.main.idn_source_record_persons as resolved
            on resolved.source_name = 'deletion_requests'
            and requests.deletion_request_id = resolved.source_record_id
    """).fetchall()[0]
    return {
        "deleted_persons": deleted,
        "requests_staged": requests,
        "requests_resolved_to_a_person": requests_resolved,
        "persons_with_a_resolved_record": resolved,
        "persons_fully_erased": fully,
        "erasure_recall": _ratio(fully, resolved),
        "persons_with_a_kept_fragment": kept,
        "persons_with_a_kept_fragment_served": served,
        "kept_fragments_linked_by_a_dropped_link": linked,
        "records_erased": erased,
        "records_kept": kept_records,
        "records_unresolved": unresolved,
        "collateral_persons": collateral_persons,
        "collateral_records": collateral_records,
        "rule": "staged records of persons who asked to be deleted, by whether their warehouse "
                "person was erased; deletion requests themselves left out",
    }
