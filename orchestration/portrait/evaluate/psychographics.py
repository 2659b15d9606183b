"""Psychographic accuracy: the profile's interests, lifestyle, values and NPS band against the
generator's true traits, and comment sentiment against the generator's latent satisfaction.

Each true person (bots excluded) is scored on the warehouse person holding most of their
records (truth record_persons joined to idn_source_record_persons; ties to the smallest
person_id, see mapping.py); a true person with no
resolved record, or whose person has no psychographic row, is predicted to have nothing, which
costs recall. Persons are split by whether they truly answered the interests question of a
survey (a truth survey record whose staged response carries interests): their interests,
lifestyle and values can come from that answer, the others' only from behaviour. Precision and
recall of the list traits are micro-averaged over persons; lifestyle accuracy is over persons
given a lifestyle, and its coverage over all persons of the group.

Sentiment is scored per comment against the comment's true person, so it does not depend on
identity resolution: the generator writes a positive, neutral or negative text by thresholding
a latent satisfaction (1 - churn_propensity + noise), so the label is checked against the list
the text was drawn from, and the score's rank correlation is taken with 1 - churn_propensity
(per person, mean score over their comments).
"""

from __future__ import annotations

import unicodedata

import duckdb

from portrait.evaluate.mapping import create_person_map, record_persons_sql
from portrait.generate import reference as ref

PROFILE = "wh.main.int_psychographics_aggregated_to_persons"
COMMENTS = "wh.main.int_social_comments_scored"


def _ratio(numerator: float | None, denominator: float | None) -> float | None:
    return round(numerator / denominator, 6) if denominator else None


def _f1(precision: float | None, recall: float | None) -> float | None:
    if not precision or not recall:
        return None
    return round(2 * precision * recall / (precision + recall), 6)


def evaluate_psychographics(con: duckdb.DuckDBPyConnection, truth_dir: str) -> dict:
    """`con` has the warehouse attached as `wh`. Returns the `psychographics` object."""
    truth_records = record_persons_sql(truth_dir)
    create_person_map(con, truth_records, "eval_psycho_person_map")
    con.execute(f"""
        create or replace temp table eval_psycho_persons as
        with truth_records as ({truth_records}),
        mapped as (select * from eval_psycho_person_map),
        answered as (
            select distinct truth_records.true_person
            from truth_records
            inner join wh.main.stg_survey__responses as responses
                on truth_records.source_name = 'survey_responses'
                and truth_records.source_record_id = responses.response_id
            where responses.interests_json is not null
        )
        select
            persons.person_id as true_person,
            answered.true_person is not null as answered_survey,
            coalesce(persons.interests, []) as true_interests,
            persons.lifestyle as true_lifestyle,
            coalesce(persons."values", []) as true_values,
            case
                when persons.nps_tendency >= 9 then 'promoter'
                when persons.nps_tendency >= 7 then 'passive'
                else 'detractor'
            end as true_nps_category,
            coalesce(profile.interests, []) as interests,
            profile.lifestyle,
            coalesce(profile."values", []) as "values",
            profile.nps_category
        from read_parquet('{truth_dir}/persons.parquet') as persons
        left join mapped on persons.person_id = mapped.true_person
        left join answered on persons.person_id = answered.true_person
        left join {PROFILE} as profile on mapped.person_id = profile.person_id
        where not persons.is_bot
    """)
    return {
        "persons_evaluated": con.execute("select count(*) from eval_psycho_persons").fetchone()[0],
        "all": _traits(con, "true"),
        "with_survey": _traits(con, "answered_survey"),
        "without_survey": _traits(con, "not answered_survey"),
        "sentiment": _sentiment(con, truth_dir),
    }


def _traits(con: duckdb.DuckDBPyConnection, where: str) -> dict:
    """Interest, lifestyle, values and NPS-band scores over the evaluated persons in `where`."""
    row = con.execute(f"""
        select
            count(*),
            sum(len(list_intersect(interests, true_interests))),
            sum(len(interests)),
            sum(len(true_interests)),
            count(lifestyle),
            count(*) filter (where lifestyle = true_lifestyle),
            sum(len(list_intersect("values", true_values))),
            sum(len("values")),
            sum(len(true_values)),
            count(nps_category),
            count(*) filter (where nps_category = true_nps_category)
        from eval_psycho_persons where {where}
    """).fetchone()
    (persons, interest_hits, interest_predicted, interest_true, lifestyles, lifestyle_hits,
     value_hits, value_predicted, value_true, nps_given, nps_hits) = row
    interest_precision = _ratio(interest_hits, interest_predicted)
    interest_recall = _ratio(interest_hits, interest_true)
    values_precision = _ratio(value_hits, value_predicted)
    values_recall = _ratio(value_hits, value_true)
    return {
        "persons": persons,
        "interest_precision": interest_precision,
        "interest_recall": interest_recall,
        "interest_f1": _f1(interest_precision, interest_recall),
        "lifestyle_coverage": _ratio(lifestyles, persons),
        "lifestyle_accuracy": _ratio(lifestyle_hits, lifestyles),
        "values_precision": values_precision,
        "values_recall": values_recall,
        "nps_category_coverage": _ratio(nps_given, persons),
        "nps_category_accuracy": _ratio(nps_hits, nps_given),
    }


def _sentiment(con: duckdb.DuckDBPyConnection, truth_dir: str) -> dict:
    """Comment labels against the generator's text lists; scores against true satisfaction."""
    # staging maps full-width punctuation to ASCII, as NFKC does
    texts = [
        (unicodedata.normalize("NFKC", text).strip(), label)
        for label, texts in (
            ("positive", ref.POSITIVE_COMMENTS),
            ("negative", ref.NEGATIVE_COMMENTS),
            ("neutral", ref.NEUTRAL_COMMENTS),
        )
        for text in texts
    ]
    con.execute("create or replace temp table eval_comment_texts (comment_text varchar, "
                "true_label varchar)")
    con.executemany("insert into eval_comment_texts values (?, ?)", texts)
    con.execute(f"""
        create or replace temp table eval_comments as
        select
            comments.interaction_id,
            truth.person_id as true_person,
            1 - persons.churn_propensity as satisfaction,
            comments.sentiment_score,
            comments.sentiment_label,
            texts.true_label
        from {COMMENTS} as comments
        inner join read_parquet('{truth_dir}/record_persons.parquet') as truth
            on truth.source_name = 'social_interactions'
            and truth.source_record_id = comments.interaction_id
        inner join read_parquet('{truth_dir}/persons.parquet') as persons
            on truth.person_id = persons.person_id
        left join eval_comment_texts as texts on comments.comment_text = texts.comment_text
    """)
    comments, known, label_hits = con.execute("""
        select count(*), count(true_label),
            count(*) filter (where sentiment_label = true_label)
        from eval_comments
    """).fetchone()
    by_label = {
        label: {"comments": n, "recall": _ratio(hits, n)}
        for label, n, hits in con.execute("""
            select true_label, count(*),
                count(*) filter (where sentiment_label = true_label)
            from eval_comments where true_label is not null group by 1 order by 1
        """).fetchall()
    }
    return {
        "comments": comments,
        "comments_of_known_text": known,
        "label_accuracy": _ratio(label_hits, known),
        "by_true_label": by_label,
        "spearman_comment": _spearman(con, "select sentiment_score as x, satisfaction as y "
                                           "from eval_comments"),
        "spearman_person": _spearman(con, """
            select avg(sentiment_score) as x, any_value(satisfaction) as y
            from eval_comments group by true_person
        """),
        "persons": con.execute("select count(distinct true_person) from eval_comments"
                               ).fetchone()[0],
    }


def _spearman(con: duckdb.DuckDBPyConnection, pairs: str) -> float | None:
    """Spearman's rank correlation of x and y over the rows of `pairs` (ties: mean rank)."""
    value = con.execute(f"""
        with pairs as ({pairs}),
        ranked as (
            select
                rank() over (order by x) + (count(*) over (partition by x) - 1) / 2.0 as rx,
                rank() over (order by y) + (count(*) over (partition by y) - 1) / 2.0 as ry
            from pairs
        )
        select corr(rx, ry) from ranked
    """).fetchone()[0]
    return round(value, 6) if value is not None else None
