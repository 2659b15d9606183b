"""Segments and consent against the truth: fct_segment_memberships against the same definitions
run by dbt on the true persons and attributes (the oracle build of evaluate/segments.py), and
dim_customer_consents against the true consent state.

Measured on the 1,500-person set (seed 7, as of 2026-11-01) and, in brackets, on 20,000 persons:
- segments without a score threshold: precision and recall 0.98 to 1.0 [0.978 to 1.0], except
  unhappy_customers' recall, 0.956 = 43 of 45 [0.985]: both misses are identity errors (a support
  ticket with no identifier, a social account the graph did not link).
- churn_risk and high_potential compare a model score with a threshold, and the oracle retrains
  the model on the true persons: 0.92 / 0.90 and 0.92 / 0.95 [0.88 / 0.90 and 0.93 / 0.91].
  The same persons with the same features move by 0.03 on average (p95 0.10) [0.017, p95 0.05],
  and at 20,000 persons 843 candidates of churn_risk sit within 0.05 of its 0.6 threshold, more
  than the segment's 750 members. Scored by the warehouse's own model instead, the oracle agrees:
  0.98 / 0.98 and 1.0 / 0.975 [0.98 / 0.97 and 0.998 / 0.998].
- consent: agreement 0.998 [0.997]; 4 violations of 8,952 person-purposes [79 of 119,604], all
  identity errors here (two persons merged through a shared device; a revocation captured by an
  identifier the graph did not link); at 20,000 persons also revocations quarantined for a
  missing timestamp.
The thresholds below leave a margin for other seeds and small changes upstream.
"""

from __future__ import annotations

import duckdb
import pytest
import yaml
from portrait.evaluate.consent import evaluate_consent
from portrait.evaluate.segments import evaluate_segments

from tests.conftest import REPO

TARGET = 0.97
# conditions without a model score (the score-threshold segments are tested apart)
WITHOUT_SCORES = ["cart_abandoners", "email_engaged", "lapsed_vip", "new_customers",
                  "new_product_target", "promoters"]


@pytest.fixture(scope="module")
def scores(built) -> dict:
    con = duckdb.connect()
    try:
        con.execute(f"attach '{built.warehouse}' as wh (read_only)")
        return {
            "segments": evaluate_segments(con, str(built.truth), built.warehouse),
            "consent": evaluate_consent(con, str(built.truth)),
        }
    finally:
        con.close()


def test_every_segment_definition_is_evaluated(scores: dict) -> None:
    definitions = REPO / "models" / "marts" / "segments" / "definitions"
    names = {exposure["name"]
             for path in definitions.glob("*.yml")
             for exposure in yaml.safe_load(path.read_text())["exposures"]}
    assert names <= set(scores["segments"]["per_segment"]), scores["segments"]["per_segment"]


def test_deleted_persons_are_in_no_segment(scores: dict) -> None:
    deleted = scores["segments"]["deleted_persons"]
    assert deleted["truth"] == deleted["removed_by_oracle"] == deleted[
        "truth_and_removed_by_oracle"], deleted
    assert deleted["in_expected_members"] == 0, deleted
    assert deleted["in_predicted_members"] == 0, deleted


@pytest.mark.parametrize("segment", WITHOUT_SCORES)
def test_segment_meets_the_target(scores: dict, segment: str) -> None:
    result = scores["segments"]["per_segment"][segment]
    assert result["precision"] >= TARGET, result
    assert result["recall"] >= TARGET, result


def test_unhappy_customers(scores: dict) -> None:
    # 45 members: each identity error costs 0.022 of recall
    result = scores["segments"]["per_segment"]["unhappy_customers"]
    assert result["precision"] >= TARGET, result
    assert result["recall"] >= 0.93, result


def test_score_threshold_segments_agree_under_the_warehouse_model(scores: dict) -> None:
    churn_risk = scores["segments"]["per_segment"]["churn_risk"]["with_warehouse_model"]
    assert churn_risk["precision"] >= TARGET, churn_risk
    assert churn_risk["recall"] >= TARGET, churn_risk
    # 40 members: each error costs 0.025
    high_potential = scores["segments"]["per_segment"]["high_potential"]["with_warehouse_model"]
    assert high_potential["precision"] >= 0.95, high_potential
    assert high_potential["recall"] >= 0.95, high_potential


def test_score_threshold_segments_under_a_retrained_model(scores: dict) -> None:
    # below the target by design of the comparison: see the module docstring
    for segment in ["churn_risk", "high_potential"]:
        result = scores["segments"]["per_segment"][segment]
        assert result["precision"] >= 0.85, (segment, result)
        assert result["recall"] >= 0.85, (segment, result)
    drift = scores["segments"]["prediction_drift"]["churn_probability"]
    assert drift["mean_abs_difference"] <= 0.05, drift


def test_consent_agrees_with_the_truth(scores: dict) -> None:
    consent = scores["consent"]
    assert consent["agreement"] >= 0.99, consent
    for purpose, result in consent["per_purpose"].items():
        assert result["agreement"] >= 0.99, (purpose, result)
    assert consent["truth_persons_without_profile"] <= 0.01 * consent["truth_persons"], consent


def test_consent_violations_are_rare_and_deleted_persons_hold_none(scores: dict) -> None:
    consent = scores["consent"]
    # not zero: identity errors carry a grant to the wrong profile (see the module docstring)
    assert consent["violations"] <= 0.001 * consent["pairs"], consent
    assert consent["unmapped_violations"] <= 0.001 * consent["pairs"], consent
    assert consent["deleted_persons_with_consents"] == 0, consent
