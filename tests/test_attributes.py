"""Golden-record and RFM accuracy: the evaluator on a hand-made warehouse where every answer is
known, then the targets on generated data against the generator's truth."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from portrait.evaluate.attributes import BANDS_CSV, edits, evaluate_attributes, read_bands, score

AS_OF = "2026-11-01T00:00:00+08:00"  # 2026-10-31 16:00 UTC

PERSONS = [
    # person, full name, pinyin, gender, birth date, email, phone, city, bot, deleted
    ("P1", "李娜", "Li Na", "female", date(1990, 1, 2), "li.na@163.com", "+8613911110001",
     "上海市", False, False),
    ("P2", "Ryan Wilson", "Ryan Wilson", "male", date(1985, 6, 7), "ryan@gmail.com",
     "+8613911110002", "London", False, False),
    ("P3", "王芳", "Wang Fang", "female", date(1970, 3, 4), "fang@qq.com", "+8613911110003",
     "北京市", False, True),
    ("B1", None, None, None, None, None, None, None, True, False),
]
# (source, record, true person, predicted person)
RECORDS = [
    ("crm_contacts", "c1", "P1", "p_a"),
    ("orders", "o1", "P1", "p_a"),
    ("orders", "o2", "P1", "p_a"),
    ("orders", "o3", "P1", "p_a"),
    ("crm_contacts", "c2", "P2", "p_b"),
    ("orders", "o4", "P2", "p_b"),
    ("crm_contacts", "c3", "P3", "p_c"),
    ("web_events", "w1", "B1", "p_bot"),
]
ORDERS = [
    ("o1", "completed", datetime(2026, 10, 1), "100.00"),
    ("o2", "completed", datetime(2026, 9, 1), "450.00"),
    ("o3", "cancelled", datetime(2026, 10, 30), "999.00"),
    # exactly 365 days before the clock: a year or more, r_score 1
    ("o4", "completed", datetime(2025, 10, 31, 16), "2000.00"),
]
# the right golden rows, in formats the comparison forgives (case, whitespace)
GOLDEN = {
    "p_a": {"full_name": "李娜", "gender": "female", "birth_date": date(1990, 1, 2),
            "email": "Li.Na@163.com", "phone_e164": "+8613911110001", "city": "上海市",
            "email_source": "crm_contacts",
            # P1: two completed orders, 550.00, last 30 days 16 hours before the clock
            "order_count": 2, "total_net_amount": "550.00", "recency_days": 30,
            "r_score": 4, "f_score": 2, "m_score": 2},
    "p_b": {"full_name": "ryan  wilson", "gender": "male", "birth_date": date(1985, 6, 7),
            "email": "ryan@gmail.com", "phone_e164": "+8613911110002", "city": " London",
            "email_source": "crm_contacts",
            "order_count": 1, "total_net_amount": "2000.00", "recency_days": 365,
            "r_score": 1, "f_score": 1, "m_score": 3},
    "p_c": {"full_name": "王芳", "gender": "female", "birth_date": date(1970, 3, 4),
            "email": "fang@qq.com", "phone_e164": "+8613911110003", "city": "北京市",
            "email_source": "crm_contacts",
            "order_count": 0, "total_net_amount": "0", "recency_days": None,
            "r_score": None, "f_score": None, "m_score": None},
}
COLUMNS = ["full_name", "gender", "birth_date", "email", "phone_e164", "city", "email_source",
           "order_count", "total_net_amount", "recency_days", "r_score", "f_score", "m_score"]


def tiny(
    root: Path, golden: dict, as_of_at: str = "2026-10-31 16:00:00", records: list = RECORDS
) -> dict:
    """Write the truth and a fake warehouse under `root` and evaluate them; `records` gives the
    predicted person of each record."""
    truth = root / "truth"
    truth.mkdir(parents=True, exist_ok=True)
    names = ["person_id", "full_name", "full_name_pinyin", "gender", "birth_date", "email",
             "phone_e164", "city", "is_bot", "is_deleted"]
    pq.write_table(pa.table({n: [p[i] for p in PERSONS] for i, n in enumerate(names)}),
                   truth / "persons.parquet")
    pq.write_table(pa.table({
        "source_name": [r[0] for r in RECORDS],
        "source_record_id": [r[1] for r in RECORDS],
        "person_id": [r[2] for r in RECORDS],
    }), truth / "record_persons.parquet")
    pq.write_table(pa.table({
        "id_type": ["email"], "id_value": ["na.li@qq.com"], "person_id": ["P1"],
        "valid_to": [datetime(2026, 1, 1)],
    }), truth / "identifiers.parquet")
    (truth / "manifest.json").write_text(json.dumps({"as_of": AS_OF}))

    warehouse = root / "warehouse.duckdb"
    warehouse.unlink(missing_ok=True)
    con = duckdb.connect(str(warehouse))
    con.execute("create table idn_source_record_persons (source_name varchar, "
                "source_record_id varchar, person_id varchar)")
    con.executemany("insert into idn_source_record_persons values (?, ?, ?)",
                    [(r[0], r[1], r[3]) for r in records])
    con.execute("create table stg_commerce__orders (order_id varchar, status varchar, "
                "ordered_at timestamp, total_amount decimal(18, 2))")
    con.executemany("insert into stg_commerce__orders values (?, ?, ?, ?)", ORDERS)
    con.execute("create table stg_crm__contacts (contact_id varchar, email varchar)")
    con.execute("insert into stg_crm__contacts values ('c1', 'li.na@163.com'), "
                "('c2', 'ryan@gmail.com'), ('c3', 'fang@qq.com')")
    con.execute(f"create table int_profile_as_of as select timestamp '{as_of_at}' as as_of_at")
    con.execute("""
        create table dim_customers (person_id varchar, full_name varchar, gender varchar,
            birth_date date, email varchar, phone_e164 varchar, city varchar,
            email_source varchar, order_count integer, total_net_amount decimal(18, 2),
            recency_days integer, r_score integer, f_score integer, m_score integer)
    """)
    con.executemany(f"insert into dim_customers values ({', '.join(['?'] * 14)})",
                    [(person, *[row[c] for c in COLUMNS]) for person, row in golden.items()])
    con.close()

    con = duckdb.connect()
    try:
        con.execute(f"attach '{warehouse}' as wh (read_only)")
        return evaluate_attributes(con, truth)
    finally:
        con.close()


def changed(**rows: dict) -> dict:
    return {person: {**row, **rows.get(person, {})} for person, row in GOLDEN.items()}


def test_a_right_golden_record_scores_one(tmp_path: Path) -> None:
    result = tiny(tmp_path, GOLDEN)
    assert result["population"]["true_persons"] == 2  # the bot and the deleted person left out
    assert result["population"]["excluded_bots"] == 1
    assert result["population"]["excluded_deleted"] == 1
    assert result["population"]["deleted_persons_with_golden_values"] == 1  # p_c kept P3's
    for field, scores in result["fields"].items():
        assert (scores["accuracy"], scores["coverage"]) == (1.0, 1.0), field
    rfm = result["rfm"]
    assert rfm["as_of_matches_truth"]
    assert rfm["true_buyers"] == 2
    assert rfm["completed_orders"] == 3  # the cancelled order counts nothing
    assert set(rfm["agreement"].values()) == {1.0}, rfm
    assert rfm["buyers_with_clean_identity"] == 2
    assert rfm["predicted_buyers_without_true_buyer"] == 0


def test_a_wrong_value_lowers_accuracy_and_is_diagnosed(tmp_path: Path) -> None:
    result = tiny(tmp_path, changed(
        p_a={"email": "na.li@qq.com", "full_name": "Li Na", "city": None},
        p_b={"birth_date": date(1985, 6, 8)},
    ))
    email, name, city = (result["fields"][f] for f in ("email", "name", "city"))
    assert (email["accuracy"], email["wrong"]) == (0.5, 1)
    assert email["mismatch_categories"] == {"stale": 1}
    assert email["examples"][0]["truth"] == "li.na@163.com"
    assert email["by_source"]["crm_contacts"]["accuracy"] == 0.5
    # survivorship could have picked the right one: c1 under the same person carries it
    assert email["wrong_with_true_value_under_person"] == 1
    # the pinyin is the same person's name, but it is not the name
    assert (name["accuracy"], name["mismatch_categories"]) == (0.5, {"name_form": 1})
    assert result["fields"]["birth_date"]["accuracy"] == 0.5
    # a missing value costs coverage, not accuracy
    assert (city["accuracy"], city["coverage"], city["missing"]) == (1.0, 0.5, 1)


def test_wrong_rfm_lowers_agreement(tmp_path: Path) -> None:
    rfm = tiny(tmp_path, changed(
        # counted the cancelled order too
        p_a={"order_count": 3, "total_net_amount": "1549.00", "f_score": 3, "m_score": 3},
        # rounded instead of floored
        p_b={"recency_days": 366},
    ))["rfm"]
    assert rfm["agreement"]["order_count"] == 0.5
    assert rfm["agreement"]["total_net_amount"] == 0.5
    assert rfm["agreement"]["recency_days"] == 0.5
    assert rfm["agreement"]["r_score"] == 1.0
    assert rfm["agreement"]["rfm_scores"] == 0.5
    # identity is right here, so the rules alone are to blame
    assert rfm["agreement_where_identity_is_clean"]["order_count"] == 0.5
    assert rfm["order_count_disagreements"] == {"high": 1}


def test_a_buyer_split_off_is_counted(tmp_path: Path) -> None:
    stray = {**GOLDEN["p_c"], "order_count": 1, "total_net_amount": "9.00"}
    rfm = tiny(tmp_path, {**GOLDEN, "p_stray": stray})["rfm"]
    # p_c bought nothing, so only the split-off buyer counts
    assert rfm["predicted_buyers_without_true_buyer"] == 1
    assert rfm["orders_of_predicted_buyers_without_true_buyer"] == 1


def test_rfm_split_by_identity_is_told_apart_from_a_wrong_rule(tmp_path: Path) -> None:
    # identity left order o2 on a person of its own: the mart counts right, the person is wrong
    records = [(*r[:3], "p_x") if r[1] == "o2" else r for r in RECORDS]
    stray = {**GOLDEN["p_c"], "order_count": 1, "total_net_amount": "450.00"}
    rfm = tiny(tmp_path, changed(
        p_a={"order_count": 1, "total_net_amount": "100.00", "f_score": 1, "m_score": 1},
    ) | {"p_x": stray}, records=records)["rfm"]
    assert rfm["agreement"]["order_count"] == 0.5
    assert rfm["buyers_with_clean_identity"] == 1
    assert rfm["agreement_where_identity_is_clean"]["rfm_scores"] == 1.0
    assert rfm["predicted_buyers_without_true_buyer"] == 1
    assert rfm["order_count_disagreements"] == {"low": 1}


def test_a_different_profile_clock_is_reported(tmp_path: Path) -> None:
    with pytest.warns(UserWarning, match="PROFILE CLOCK MISMATCH"):
        rfm = tiny(tmp_path, GOLDEN, as_of_at="2026-11-01 00:00:00")["rfm"]
    assert not rfm["as_of_matches_truth"]


def test_score_bands_are_inclusive_below_and_exclusive_above() -> None:
    bands = read_bands(BANDS_CSV)
    assert [score(bands["recency_days"], d) for d in (0, 29, 30, 364, 365, 2000)] == [
        5, 5, 4, 2, 1, 1]
    assert [score(bands["frequency"], n) for n in (1, 2, 4, 5, 10)] == [1, 2, 3, 4, 5]
    assert [score(bands["monetary"], m) for m in ("0", "499.99", "500", "10000")] == [
        1, 1, 2, 5]


def test_a_typo_is_one_edit() -> None:
    assert edits("wenwang316", "wenwnag316") == 1  # transposed
    assert edits("金华市", "成都市") == 2


# measured on seed 7 at 1,500 persons (data/test), in the comments; coverage floors keep accuracy
# from being bought by leaving values out
COVERAGE_FLOORS = {
    "email": 0.98,  # 0.9934
    "phone": 0.98,  # 0.9893
    "name": 0.98,  # 0.9940
    "gender": 0.98,  # 0.9899
    "birth_date": 0.975,  # 0.9866
    # 0.9088: staging normalizes mainland cities only, so 130 international persons have none
    "city": 0.89,
}
# exact agreement with RFM recomputed from the true grouping of the orders. Every disagreement
# measured comes from identity (37 of 975 buyers have orders split off or merged in), so these
# move with identity recall; where a buyer's identity is clean the rules must agree exactly.
RFM_FLOORS = {
    "order_count": 0.95,  # 0.9621
    "total_net_amount": 0.95,  # 0.9621
    "recency_days": 0.965,  # 0.9774
    "r_score": 0.97,  # 0.9805
    "f_score": 0.96,  # 0.9744
    "m_score": 0.965,  # 0.9785
    "rfm_scores": 0.96,  # 0.9713
}


def test_golden_record_and_rfm_accuracy_on_generated_data(built) -> None:
    con = duckdb.connect()
    try:
        con.execute(f"attach '{built.warehouse}' as wh (read_only)")
        result = evaluate_attributes(con, built.truth)
    finally:
        con.close()
    for field, scores in result["fields"].items():
        # the target: 0.98 for every field (measured 0.9824 phone to 0.9986 gender)
        assert scores["accuracy"] >= 0.98, (field, scores)
        assert scores["coverage"] >= COVERAGE_FLOORS[field], (field, scores)
    rfm = result["rfm"]
    assert rfm["as_of_matches_truth"], rfm
    for metric, floor in RFM_FLOORS.items():
        assert rfm["agreement"][metric] >= floor, (metric, rfm)
    assert set(rfm["agreement_where_identity_is_clean"].values()) == {1.0}, rfm
    assert rfm["buyers_with_clean_identity"] >= 0.95 * rfm["true_buyers"], rfm  # 938 of 975
