"""Prediction accuracy: int_person_predictions against the generator's future outcomes.

The truth (future_outcomes.parquet) holds, per true person, what happens in the 90 days after the
as-of time, drawn from the same behaviour model as the history but never landed:
`purchased_next_30d` (at least one order in the next 30 days) and `churned` (the person's latent
churn time falls before as-of + 90 days, so persons who had already churned count as churned).
The model's `churned` label is observable instead (no own activity in the label window), so the
two differ by definition; the AUC measures how well the score ranks the true churners.

Each true person is scored by the predicted person that holds most of their staged records
(truth record_persons joined to idn_source_record_persons on (source_name, source_record_id);
ties go to the smallest person_id). A true person with no resolved record, or whose person has no
prediction (no event or order: out of the model's scope), is "unscored" and gets the mean score
of the predicted persons, the model's own base rate: a constant that neither helps nor hurts the
ranking of the others. The AUCs over the scored persons alone are reported too.

The truth has no future spend, so predicted_clv_amount cannot be checked as an amount; it is
checked as a ranking of who buys in the next 30 days (Spearman correlation and ROC AUC against
`purchased_next_30d`).
"""

from __future__ import annotations

import duckdb

from portrait.evaluate.mapping import create_person_map, record_persons_sql


def _round(value: float | None) -> float | None:
    return None if value is None else round(float(value), 6)


def _auc(labels, scores) -> float | None:
    from sklearn.metrics import roc_auc_score

    if len(set(labels)) < 2:
        return None
    return _round(roc_auc_score(labels, scores))


def _spearman(labels, scores) -> float | None:
    from scipy.stats import spearmanr

    if len(set(labels)) < 2 or len(set(scores)) < 2:
        return None
    return _round(spearmanr(labels, scores).statistic)


def evaluate_predictions(con: duckdb.DuckDBPyConnection, truth_dir: str) -> dict:
    """`con` has the warehouse attached as `wh`. Returns the `predictions` object."""
    built = con.execute("""
        select count(*) from duckdb_tables()
        where database_name = 'wh' and schema_name = 'main'
            and table_name = 'int_person_predictions'
    """).fetchone()[0]
    if not built:
        return {"skipped": "int_person_predictions is not in the warehouse"}
    create_person_map(con, record_persons_sql(truth_dir), "eval_predictions_person_map")
    con.execute(f"""
        create or replace temp table eval_predictions as
        with main_person as (select * from eval_predictions_person_map),
        predictions as (select * from wh.main.int_person_predictions),
        fill as (
            select
                avg(churn_probability) as churn_probability,
                avg(purchase_propensity_30d) as purchase_propensity_30d,
                avg(predicted_clv_amount) as predicted_clv_amount
            from predictions
        )
        select
            outcomes.person_id as true_person,
            main_person.person_id,
            outcomes.churned,
            outcomes.purchased_next_30d,
            predictions.person_id is not null as is_scored,
            coalesce(predictions.churn_probability, fill.churn_probability) as churn_probability,
            coalesce(predictions.purchase_propensity_30d, fill.purchase_propensity_30d)
                as purchase_propensity_30d,
            coalesce(cast(predictions.predicted_clv_amount as double), fill.predicted_clv_amount)
                as predicted_clv_amount
        from read_parquet('{truth_dir}/future_outcomes.parquet') as outcomes
        left join main_person on outcomes.person_id = main_person.true_person
        left join predictions on main_person.person_id = predictions.person_id
        cross join fill
        order by outcomes.person_id
    """)
    rows = con.execute("""
        select churned, purchased_next_30d, is_scored, person_id is not null,
            churn_probability, purchase_propensity_30d, predicted_clv_amount
        from eval_predictions
        where churn_probability is not null
    """).fetchall()
    truth_persons = con.execute("select count(*) from eval_predictions").fetchone()[0]
    churned = [r[0] for r in rows]
    purchased = [r[1] for r in rows]
    scored = [r for r in rows if r[2]]
    model = con.execute("""
        select
            count(*),
            any_value(prediction_model_version),
            any_value(churn_method),
            any_value(purchase_method),
            any_value(churn_holdout_auc),
            any_value(purchase_holdout_auc),
            any_value(training_rows),
            avg(churn_probability),
            avg(purchase_propensity_30d)
        from wh.main.int_person_predictions
    """).fetchone()

    def share(values):
        return _round(sum(values) / len(values)) if values else None

    return {
        "model_version": model[1],
        "persons_predicted": model[0],
        "training_rows": model[6],
        "truth_persons": truth_persons,
        "truth_persons_resolved": sum(1 for r in rows if r[3]),
        "truth_persons_scored": len(scored),
        "truth_persons_unscored": truth_persons - len(scored),
        "churn": {
            "method": model[2],
            "auc": _auc(churned, [r[4] for r in rows]),
            "auc_scored_only": _auc([r[0] for r in scored], [r[4] for r in scored]),
            "holdout_auc": _round(model[4]),
            "truth_rate": share(churned),
            "mean_probability": _round(model[7]),
        },
        "purchase_30d": {
            "method": model[3],
            "auc": _auc(purchased, [r[5] for r in rows]),
            "auc_scored_only": _auc([r[1] for r in scored], [r[5] for r in scored]),
            "holdout_auc": _round(model[5]),
            "truth_rate": share(purchased),
            "mean_probability": _round(model[8]),
        },
        "clv": {
            "spearman_vs_purchased_next_30d": _spearman(purchased, [r[6] for r in rows]),
            "auc_vs_purchased_next_30d": _auc(purchased, [r[6] for r in rows]),
            "note": "the truth has no future spend: CLV is checked as a ranking of next buyers",
        },
    }
