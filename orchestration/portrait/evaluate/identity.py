"""Identity accuracy: the warehouse's record → person mapping against the generator's truth.

Evaluated over every staged record that the truth knows (quarantined rows are not staged and not
counted). A staged record that resolves to no person counts as a singleton, so identity it failed
to resolve costs recall. Pairwise scores count pairs of records placed together; B-cubed scores
average, per record, the overlap of its predicted and true clusters.
"""

from __future__ import annotations

import duckdb

# staged record ids per landing source: (staging model, record id column)
STAGED_RECORDS = {
    "web_events": ("stg_segment__messages", "message_id"),
    "orders": ("stg_commerce__orders", "order_id"),
    "order_items": ("stg_commerce__order_items", "order_item_id"),
    "crm_contacts": ("stg_crm__contacts", "contact_id"),
    "email_events": ("stg_esp__email_events", "email_event_id"),
    "wechat_followers": ("stg_wechat__followers", "follower_id"),
    "social_interactions": ("stg_social__interactions", "interaction_id"),
    "survey_responses": ("stg_survey__responses", "response_id"),
    "support_tickets": ("stg_support__tickets", "ticket_id"),
    "consent_events": ("stg_privacy__consent_events", "consent_event_id"),
    "deletion_requests": ("stg_privacy__deletion_requests", "deletion_request_id"),
}


def _ratio(numerator: float, denominator: float) -> float | None:
    return round(numerator / denominator, 6) if denominator else None


def _f1(precision: float | None, recall: float | None) -> float | None:
    if not precision or not recall:
        return None
    return round(2 * precision * recall / (precision + recall), 6)


def evaluate_identity(con: duckdb.DuckDBPyConnection, truth_dir: str) -> dict:
    """`con` has the warehouse attached as `wh`. Returns the `identity` object."""
    staged = " union all ".join(
        f"select '{source}' as source_name, {column} as source_record_id from wh.main.{model}"
        for source, (model, column) in STAGED_RECORDS.items()
    )
    # one join per statement: at 1,000,000 persons (36M records) the two joins in one query
    # held both hash tables at once and ran out of memory even at 12 GB; step by step they fit
    # in 5 GB
    con.execute(f"""
        create or replace temp table eval_truth as
        select distinct source_name, source_record_id, person_id as true_person
        from read_parquet('{truth_dir}/record_persons.parquet')
    """)
    con.execute(f"""
        create or replace temp table eval_known as
        with staged as ({staged})
        select staged.source_name, staged.source_record_id, truth.true_person
        from staged
        inner join eval_truth as truth using (source_name, source_record_id)
    """)
    con.execute("""
        create or replace temp table eval_records as
        select
            known.source_name,
            known.source_record_id,
            known.true_person,
            coalesce(
                predicted.person_id,
                'unresolved:' || known.source_name || ':' || known.source_record_id
            ) as predicted_person,
            predicted.person_id is not null as is_resolved
        from eval_known as known
        left join wh.main.idn_source_record_persons as predicted
            using (source_name, source_record_id)
    """)
    con.execute("drop table eval_truth; drop table eval_known")
    scores = _scores(con, "true")
    # bots are truth persons too: one anonymousId and thousands of page views each, always
    # resolved correctly, so they add many easy pairs; the same scores without them
    con.execute(f"""
        create or replace temp table eval_bots as
        select person_id from read_parquet('{truth_dir}/persons.parquet') where is_bot
    """)
    humans = _scores(con, "true_person not in (select person_id from eval_bots)")
    largest = con.execute("""
        select coalesce(max(n), 0) from (
            select predicted_person, count(*) as n from eval_records
            where is_resolved group by 1)
    """).fetchone()[0]
    over_limits = con.execute(
        "select count(*) from wh.main.idn_cluster_stats where types_over_limit is not null"
    ).fetchone()[0]
    persons = con.execute("select count(distinct person_id) from wh.main.idn_identifier_persons"
                          ).fetchone()[0]
    true_persons = con.execute("select count(distinct true_person) from eval_records").fetchone()[0]
    per_source = {
        source: {"records": records, "resolved": resolved_here}
        for source, records, resolved_here in con.execute(
            "select source_name, count(*), count(*) filter (where is_resolved) "
            "from eval_records group by 1 order by 1").fetchall()
    }
    return {
        **scores,
        "largest_cluster": largest,
        "persons_over_limits": over_limits,
        "persons": persons,
        "true_persons_in_records": true_persons,
        "excluding_bots": humans,
        "per_source": per_source,
    }


def _scores(con: duckdb.DuckDBPyConnection, where: str) -> dict:
    """Pairwise and B-cubed scores over the evaluated records that satisfy `where`."""
    n, resolved = con.execute(
        f"select count(*), count(*) filter (where is_resolved) from eval_records where {where}"
    ).fetchone()
    true_pairs, predicted_pairs, together_pairs, bcubed_p, bcubed_r = con.execute(f"""
        with cells as (
            select predicted_person, true_person, count(*) as n
            from eval_records where {where} group by 1, 2
        ),
        predicted as (select predicted_person, sum(n) as n from cells group by 1),
        truth as (select true_person, sum(n) as n from cells group by 1)
        select
            (select coalesce(sum(n * (n - 1) / 2), 0) from truth),
            (select coalesce(sum(n * (n - 1) / 2), 0) from predicted),
            (select coalesce(sum(n * (n - 1) / 2), 0) from cells),
            (select sum(cells.n * cells.n / predicted.n) from cells
                join predicted using (predicted_person)),
            (select sum(cells.n * cells.n / truth.n) from cells join truth using (true_person))
    """).fetchone()
    pairwise_precision = _ratio(together_pairs, predicted_pairs)
    pairwise_recall = _ratio(together_pairs, true_pairs)
    bcubed_precision = _ratio(bcubed_p or 0, n)
    bcubed_recall = _ratio(bcubed_r or 0, n)
    return {
        "records_evaluated": n,
        "records_resolved": resolved,
        "pairwise_precision": pairwise_precision,
        "pairwise_recall": pairwise_recall,
        "pairwise_f1": _f1(pairwise_precision, pairwise_recall),
        "bcubed_precision": bcubed_precision,
        "bcubed_recall": bcubed_recall,
        "bcubed_f1": _f1(bcubed_precision, bcubed_recall),
    }
