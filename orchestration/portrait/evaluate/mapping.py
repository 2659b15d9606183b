"""The mapping every evaluator reads the warehouse through: true person ↔ warehouse person.

Each true person maps to the warehouse person (`wh.main.idn_source_record_persons`) holding most
of their records, ties going to the smallest person_id; in the reverse direction, each warehouse
person maps to the true person holding most of its records, ties to the smallest true person.
A true person none of whose records resolved, and a warehouse person holding no record the truth
knows, map to nothing (they have no row).
"""

from __future__ import annotations

from pathlib import Path

import duckdb


def record_persons_sql(truth_dir: str | Path) -> str:
    """The truth's record → true person mapping, (source_name, source_record_id, true_person)."""
    return (
        "select distinct source_name, source_record_id, person_id as true_person "
        f"from read_parquet('{truth_dir}/record_persons.parquet')"
    )


def create_person_map(
    con: duckdb.DuckDBPyConnection,
    truth_records_sql: str,
    table: str = "eval_person_map",
    reverse_table: str | None = None,
) -> None:
    """Create the temp table `table`, one row per true person with a resolved record:
    true_person, person_id (their warehouse person), records (the records they share),
    true_records (all the true person's records in `truth_records_sql`; the staged ones when
    the caller passes staged records) and person_records (all the warehouse person's records).

    `truth_records_sql` selects (source_name, source_record_id, true_person), one row a record;
    `con` has the warehouse attached as `wh`. With `reverse_table`, also create that temp table,
    one row per warehouse person holding a record the truth knows: person_id, true_person (the
    true person holding most of its records) and records (the records they share)."""
    shared = f"""
        with truth_records as ({truth_records_sql}),
        record_counts as (
            select truth_records.true_person, predicted.person_id, count(*) as records
            from truth_records
            inner join wh.main.idn_source_record_persons as predicted
                using (source_name, source_record_id)
            where predicted.person_id is not null
            group by 1, 2
        )
    """
    con.execute(f"""
        create or replace temp table {table} as
        {shared},
        true_totals as (
            select true_person, count(*) as true_records from truth_records group by 1
        ),
        person_totals as (
            select person_id, count(*) as person_records
            from wh.main.idn_source_record_persons
            group by 1
        ),
        main_person as (
            select true_person, person_id, records
            from record_counts
            qualify row_number() over (
                partition by true_person order by records desc, person_id
            ) = 1
        )
        select
            main_person.true_person,
            main_person.person_id,
            main_person.records,
            true_totals.true_records,
            person_totals.person_records
        from main_person
        inner join true_totals using (true_person)
        inner join person_totals using (person_id)
    """)
    if reverse_table is not None:
        con.execute(f"""
            create or replace temp table {reverse_table} as
            {shared}
            select person_id, true_person, records
            from record_counts
            qualify row_number() over (
                partition by person_id order by records desc, true_person
            ) = 1
        """)
