"""OneID end to end: hand-made landing files where the right answer is known, and the accuracy
of the whole pipeline on generated data against the generator's truth."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from portrait.contract import SOURCES
from portrait.evaluate import PARTS, evaluate

from tests.conftest import run_portrait

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def national_id(body17: str) -> str:
    """A PRC resident id with a correct ISO 7064 MOD 11-2 check character."""
    total = sum(int(d) * w for d, w in zip(body17, WEIGHTS, strict=True))
    return body17 + "10X98765432"[total % 11]


def contact(contact_id: str, **values: str) -> dict:
    row = {c: "" for c in SOURCES["crm_contacts"]["columns"]}
    row.update(contact_id=contact_id, source_system="salesforce", **values)
    return row


def order(order_id: str, **values: str) -> dict:
    row = {c: "" for c in SOURCES["orders"]["columns"]}
    row.update(order_id=order_id, channel="web", status="completed", currency="CNY",
               total_amount="100.00", **values)
    return row


def write_csv(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    import csv

    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("guards")
    landing = root / "landing"
    n1, n2, n3, n4 = (national_id(f"11010119800101{i:03d}") for i in (1, 2, 3, 4))
    write_csv(landing / "crm_contacts" / "contacts.csv", [
        # two people, each with a national id
        contact("c1", national_id=n1, email="li.na@163.com", phone="13911110001",
                updated_at="2024-01-01T00:00:00+08:00"),
        contact("c2", national_id=n2, email="zhou.jie@qq.com", phone="13911110002",
                updated_at="2024-01-01T00:00:00+08:00"),
        # a phone recycled from c3's owner to c4's owner
        contact("c3", national_id=n3, phone="13922220000", updated_at="2022-01-01T00:00:00+08:00"),
        contact("c4", national_id=n4, phone="13922220000", updated_at="2025-06-01T00:00:00+08:00"),
        # junk email typed by two different people
        contact("c5", email="test@test.com", loyalty_member_id="M5"),
        contact("c6", email="test@test.com", loyalty_member_id="M6"),
        # a role address (a regex rule) typed by two different people
        contact("c7", email="noreply@jd.com", loyalty_member_id="M7"),
        contact("c8", email="NoReply@JD.com", loyalty_member_id="M8"),
    ])
    write_csv(landing / "orders" / "orders.csv", [
        # an order whose contact details mix both people: it must not merge them
        order("o1", account_id="u9", email="li.na@163.com", phone="13911110002",
              ordered_at="2024-05-01T10:00:00+08:00"),
        order("o2", account_id="u1", email="li.na@163.com",
              ordered_at="2024-05-02T10:00:00+08:00"),
    ])
    messages = []
    # a store kiosk: one anonymousId, five shoppers signing in
    for i in range(5):
        messages.append({"messageId": f"k{i}", "type": "identify", "anonymousId": "kiosk-1",
                         "userId": f"shopper{i}", "timestamp": "2024-06-01T10:00:00+08:00"})
    # a chain: anonymous browsing, then sign-in as u1 (who ordered o2)
    messages.append({"messageId": "a1", "type": "page", "anonymousId": "anon-7",
                     "timestamp": "2024-06-02T10:00:00+08:00", "name": "Home"})
    messages.append({"messageId": "a2", "type": "identify", "anonymousId": "anon-7",
                     "userId": "u1", "timestamp": "2024-06-02T10:05:00+08:00",
                     "traits": {"email": "Li.Na@163.COM "}})
    path = landing / "web_events" / "events.jsonl"
    path.parent.mkdir(parents=True)
    path.write_text("\n".join(json.dumps(m) for m in messages) + "\n", encoding="utf-8")
    warehouse = root / "warehouse.duckdb"
    run_portrait("build", "--landing", str(landing), "--warehouse", str(warehouse))
    return warehouse


def persons(warehouse: Path) -> dict[tuple[str, str], str]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        rows = con.execute("select source_name, source_record_id, person_id "
                           "from idn_source_record_persons").fetchall()
    finally:
        con.close()
    return {(s, r): p for s, r, p in rows}


def test_a_link_that_would_give_one_person_two_national_ids_is_dropped(guarded: Path) -> None:
    person = persons(guarded)
    assert person[("crm_contacts", "c1")] != person[("crm_contacts", "c2")]
    con = duckdb.connect(str(guarded), read_only=True)
    reasons = con.execute("select distinct drop_reason from idn_dropped_links").fetchall()
    over = con.execute("select count(*) from idn_cluster_stats where types_over_limit is not null"
                       ).fetchone()[0]
    con.close()
    assert ("limit_exceeded:national_id",) in reasons
    assert over == 0


def test_the_chain_of_anonymous_visit_account_email_and_crm_is_one_person(guarded: Path) -> None:
    person = persons(guarded)
    assert (person[("web_events", "a1")] == person[("web_events", "a2")]
            == person[("orders", "o2")] == person[("crm_contacts", "c1")])


def test_a_recycled_phone_does_not_merge_its_old_and_new_owner(guarded: Path) -> None:
    person = persons(guarded)
    assert person[("crm_contacts", "c3")] != person[("crm_contacts", "c4")]


def test_junk_and_shared_identifiers_do_not_merge_people(guarded: Path) -> None:
    person = persons(guarded)
    assert person[("crm_contacts", "c5")] != person[("crm_contacts", "c6")]
    assert person[("crm_contacts", "c7")] != person[("crm_contacts", "c8")]
    kiosk_people = {person[("web_events", f"k{i}")] for i in range(5)}
    assert len(kiosk_people) == 5
    con = duckdb.connect(str(guarded), read_only=True)
    guards = dict(con.execute("select id_value, guard from idn_identifier_guards").fetchall())
    dropped = con.execute("select count(*) from idn_dropped_links "
                          "where drop_reason = 'shared_identifier'").fetchone()[0]
    con.close()
    assert guards["kiosk-1"] == "shared" and guards["test@test.com"] == "blocked"
    assert guards["noreply@jd.com"] == "blocked"
    assert guards["+8613922220000"] == "recycled"
    assert dropped == 5


def test_person_ids_survive_a_rebuild(guarded: Path, tmp_path: Path) -> None:
    before = persons(guarded)
    copy = tmp_path / "again.duckdb"
    copy.write_bytes(guarded.read_bytes())
    landing = guarded.parent / "landing"
    run_portrait("build", "--landing", str(landing), "--warehouse", str(copy))
    assert persons(copy) == before


def test_identity_accuracy_on_generated_data(built) -> None:
    # the identity part alone: the others (segments copies the warehouse and builds an oracle
    # from it) have tests of their own
    others = tuple(part for part in PARTS if part != "identity")
    evaluation = evaluate(built.truth, built.warehouse, skip=others)
    assert all(evaluation[part] == {"skipped": True} for part in others)
    scores = evaluation["identity"]
    assert scores["persons_over_limits"] == 0
    # the precision target holds at every scale, bots or not
    assert scores["pairwise_precision"] >= 0.998, scores
    assert scores["excluding_bots"]["pairwise_precision"] >= 0.998, scores
    # recall: the 0.99 target is measured at 100,000 persons (bench/RESULTS.md, 0.9925; 0.9881
    # without bots). At 1,500 persons (0.9876 for seed 7) a few unresolvable records weigh
    # more, so this small build is held to 0.985: a drop below it is a regression.
    assert scores["pairwise_recall"] >= 0.985, scores
    assert scores["excluding_bots"]["pairwise_recall"] >= 0.985, scores


def test_the_evaluation_names_its_parts_when_asked_to_skip_another(built) -> None:
    with pytest.raises(ValueError, match="segmentz.*the parts: identity"):
        evaluate(built.truth, built.warehouse, skip=("segmentz",))


def test_splink_contact_matches_are_scored_pairs_of_the_same_person(built) -> None:
    con = duckdb.connect(str(built.warehouse), read_only=True)
    con.execute(f"create temp table truth as select source_record_id, person_id "
                f"from read_parquet('{built.truth}/record_persons.parquet') "
                f"where source_name = 'crm_contacts'")
    pairs, wrong, bad_order, below = con.execute("""
        select
            count(*),
            count(*) filter (where truth_l.person_id != truth_r.person_id),
            count(*) filter (where matches.contact_id_l >= matches.contact_id_r),
            count(*) filter (where matches.match_probability < 0.99)
        from idn_contact_matches as matches
        inner join truth as truth_l on truth_l.source_record_id = matches.contact_id_l
        inner join truth as truth_r on truth_r.source_record_id = matches.contact_id_r
    """).fetchone()
    edges = con.execute("select count(*) from idn_identifier_edges "
                        "where edge_rule = 'probabilistic_contact_match'").fetchone()[0]
    con.close()
    assert pairs > 0 and bad_order == 0 and below == 0
    assert wrong / pairs <= 0.01, (wrong, pairs)
    # pairs already joined by a deterministic rule keep that (more trusted) rule on their edge
    assert 0 < edges <= pairs
