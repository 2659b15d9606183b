"""Tests for the synthetic data generator (portrait.generate)."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from portrait.generate import NoiseConfig, generate

ROOT = Path(__file__).resolve().parents[1]
N = 1500
EXT = {
    "web_events": "jsonl",
    "email_events": "jsonl",
    "social_interactions": "jsonl",
    "survey_responses": "jsonl",
    "consent_events": "jsonl",
    "orders": "csv",
    "crm_contacts": "csv",
    "wechat_followers": "csv",
    "support_tickets": "csv",
    "deletion_requests": "csv",
    "order_items": "parquet",
}
RECORD_ID = {
    "web_events": "messageId",
    "email_events": "event_id",
    "social_interactions": "interaction_id",
    "survey_responses": "response_id",
    "consent_events": "consent_event_id",
    "orders": "order_id",
    "crm_contacts": "contact_id",
    "support_tickets": "ticket_id",
    "deletion_requests": "request_id",
}
JUNK = {"test@test.com", "13800000000", "+8613800000000", "null", "undefined"}


def contract_fields() -> dict[str, list[str]]:
    """Field names per source, read from docs/landing.md (the source of truth)."""
    text = (ROOT / "docs" / "landing.md").read_text(encoding="utf-8")
    out: dict[str, list[str]] = {}
    for section in re.split(r"^## ", text, flags=re.M)[1:]:
        name = section.split()[0]
        if name not in EXT:
            continue
        fields: list[str] = []
        for line in section.splitlines():
            if line.startswith("| `"):
                fields += re.findall(r"`([a-zA-Z_]+)`", line.split("|")[1])
        if not fields:  # crm_contacts lists its columns in a paragraph
            block = section.split("\n\n")
            para = next(b for b in block if b.startswith("`contact_id"))
            fields = [f.strip() for f in para.strip("`\n").replace("\n", " ").split(",")]
        if name == "web_events":
            fields = fields[: fields.index("context") + 1]
        out[name] = fields
    return out


def read_jsonl(path: Path) -> tuple[list[dict], int]:
    rows, bad = [], 0
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError:
            bad += 1
    return rows, bad


def read_source(out: Path, source: str) -> tuple[list[dict], int]:
    rows, bad = [], 0
    for f in sorted((out / "landing" / source).glob(f"part-*.{EXT[source]}")):
        if EXT[source] == "jsonl":
            r, b = read_jsonl(f)
            rows += r
            bad += b
        elif EXT[source] == "csv":
            con = duckdb.connect()
            rel = con.sql(f"select * from read_csv('{f}', all_varchar=true, header=true)")
            cols = rel.columns
            rows += [dict(zip(cols, r, strict=True)) for r in rel.fetchall()]
        else:
            rows += pq.read_table(f).to_pylist()
    return rows, bad


def tree_digest(out: Path) -> dict[str, str]:
    return {
        str(f.relative_to(out)): hashlib.sha256(f.read_bytes()).hexdigest()
        for f in sorted(out.rglob("*"))
        if f.is_file()
    }


@pytest.fixture(scope="module")
def noisy(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("noisy")
    # more recycled phones and malformed lines than the defaults, so a small run has some
    noise = NoiseConfig(recycled_phone=0.02, malformed_line=0.01, bot=0.002)
    return out, generate(N, 7, out, noise, chunk_persons=700)


@pytest.fixture(scope="module")
def clean(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("clean")
    return out, generate(N, 7, out, NoiseConfig.off(), chunk_persons=700)


# --- NoiseConfig -----------------------------------------------------------------------------
def test_noise_config_off_scaled_and_loading(tmp_path):
    off = NoiseConfig.off()
    assert all(v == 0 for v in off.to_dict().values())
    assert NoiseConfig().scaled(2).typo == pytest.approx(2 * NoiseConfig().typo)
    assert NoiseConfig(typo=0.8).scaled(2).typo == 1.0
    cfg = tmp_path / "noise.yml"
    cfg.write_text("noise:\n  typo: 0.2\n  duplicate: 0\n")
    loaded = NoiseConfig.from_yaml(cfg)
    assert loaded.typo == 0.2 and loaded.duplicate == 0
    assert loaded.format_variant == NoiseConfig().format_variant
    with pytest.raises(ValueError):
        NoiseConfig.from_dict({"typoo": 0.1})
    with pytest.raises(ValueError):
        NoiseConfig(typo=1.5)


# --- determinism -----------------------------------------------------------------------------
def test_same_seed_same_files_and_other_seed_differs(tmp_path, noisy):
    out, _ = noisy
    again = tmp_path / "again"
    generate(
        N,
        7,
        again,
        NoiseConfig(recycled_phone=0.02, malformed_line=0.01, bot=0.002),
        chunk_persons=700,
    )
    assert tree_digest(again) == tree_digest(out)
    other = tmp_path / "other"
    generate(
        N,
        8,
        other,
        NoiseConfig(recycled_phone=0.02, malformed_line=0.01, bot=0.002),
        chunk_persons=700,
    )
    a, b = tree_digest(out), tree_digest(other)
    assert a.keys() == b.keys()
    # deletion requests are rare enough that a chunk may hold none (a header-only file)
    assert all(a[k] != b[k] for k in a if "landing" in k and "deletion" not in k)


# --- the landing contract --------------------------------------------------------------------
def test_every_folder_and_contract_field_present(noisy):
    out, _ = noisy
    contract = contract_fields()
    assert set(contract) == set(EXT)
    for source, fields in contract.items():
        files = list((out / "landing" / source).glob(f"part-*.{EXT[source]}"))
        assert len(files) == 3, source  # three chunks of persons, one file each
        rows, _ = read_source(out, source)
        assert rows, source
        keys = set().union(*(r.keys() for r in rows[:2000]))
        assert set(fields) <= keys, (source, set(fields) - keys)
        assert keys <= set(fields), (source, keys - set(fields))


def test_csv_files_are_comma_separated_utf8_with_header(noisy):
    out, _ = noisy
    for source, ext in EXT.items():
        if ext != "csv":
            continue
        for f in (out / "landing" / source).glob("*.csv"):
            header = f.read_bytes().split(b"\n", 1)[0].decode("utf-8")
            assert header.split(",")[0] == contract_fields()[source][0]
            f.read_bytes().decode("utf-8")


def test_every_record_is_in_record_persons(noisy):
    out, manifest = noisy
    rp = pq.read_table(out / "truth" / "record_persons.parquet").to_pylist()
    by_source: dict[str, list[str]] = {}
    for r in rp:
        by_source.setdefault(r["source_name"], []).append(r["source_record_id"])
    persons = {r["person_id"] for r in pq.read_table(out / "truth" / "persons.parquet").to_pylist()}
    assert {r["person_id"] for r in rp} <= persons
    for source in EXT:
        rows, bad = read_source(out, source)
        if source == "order_items":
            ids = [f"{r['order_id']}-{r['line_number']}" for r in rows]
        elif source == "wechat_followers":
            ids = [f"{r['app_id']}:{r['openid']}" for r in rows]
        else:
            ids = [r[RECORD_ID[source]] for r in rows]
        truth_ids = by_source.get(source, [])
        assert len(truth_ids) == len(set(truth_ids)), source
        assert set(ids) == set(truth_ids), source
        assert bad == manifest["malformed_lines"][source], source
        assert len(rows) + bad == manifest["rows"][source], source


# --- truth consistency -----------------------------------------------------------------------
def iso7064(body: str) -> str:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * k for c, k in zip(body, w, strict=True)) % 11]


def test_national_ids_valid_and_encode_birth_date(noisy):
    out, _ = noisy
    persons = pq.read_table(out / "truth" / "persons.parquet").to_pylist()
    checked = 0
    for p in persons:
        if p["is_bot"]:
            continue
        nid = p["national_id"]
        if p["is_international"]:
            assert nid is None
            continue
        assert re.fullmatch(r"\d{17}[\dX]", nid)
        assert nid[-1] == iso7064(nid[:17])
        assert nid[6:14] == p["birth_date"].strftime("%Y%m%d")
        assert (int(nid[16]) % 2 == 1) == (p["gender"] == "male")
        checked += 1
    assert checked > N * 0.85


def test_truth_persons_canonical(noisy):
    out, _ = noisy
    persons = [
        p for p in pq.read_table(out / "truth" / "persons.parquet").to_pylist() if not p["is_bot"]
    ]
    assert len(persons) == N
    assert len({p["person_id"] for p in persons}) == N
    for p in persons:
        assert p["gender"] in ("male", "female")
        assert re.fullmatch(r"\+\d{8,14}", p["phone_e164"])
        if p["country"] == "CN":
            assert re.fullmatch(r"\+861[3-9]\d{9}", p["phone_e164"])
            assert p["province"].endswith(("省", "市", "自治区"))
            assert p["city"].endswith("市")
            assert re.fullmatch(r"\d{6}", p["postcode"])
        if p["email"] is not None:
            assert p["email"] == p["email"].strip().lower()
        assert 1 <= len(p["interests"]) <= 4
        assert 0 <= p["price_sensitivity"] <= 1
        assert date(1950, 1, 1) < p["birth_date"] < date(2009, 1, 1)
    assert 0.03 < sum(p["country"] != "CN" for p in persons) / N < 0.15


def test_order_totals_match_items(clean):
    out, _ = clean
    orders, _ = read_source(out, "orders")
    items, _ = read_source(out, "order_items")
    total: dict[str, float] = {}
    for it in items:
        total[it["order_id"]] = total.get(it["order_id"], 0) + float(
            it["quantity"] * it["unit_price"] - it["discount_amount"]
        )
    assert orders
    for o in orders:
        assert abs(float(o["total_amount"]) - total[o["order_id"]]) < 0.005


def test_identifiers_have_no_junk_and_recycled_phones_do_not_overlap(noisy):
    out, _ = noisy
    ids = pq.read_table(out / "truth" / "identifiers.parquet").to_pylist()
    assert not JUNK & {r["id_value"] for r in ids}
    phones: dict[str, list[dict]] = {}
    for r in ids:
        if r["id_type"] == "phone":
            phones.setdefault(r["id_value"], []).append(r)
    recycled = [v for v in phones.values() if len(v) > 1]
    assert recycled, "the noise config asks for recycled phones"
    for rows in recycled:
        assert len({r["person_id"] for r in rows}) == len(rows)
        rows.sort(key=lambda r: r["valid_from"])
        for a, b in zip(rows, rows[1:], strict=False):
            assert a["valid_to"] is not None and a["valid_to"] <= b["valid_from"]
    # every other identifier belongs to one person, except shared household devices
    owners: dict[tuple[str, str], set[str]] = {}
    for r in ids:
        owners.setdefault((r["id_type"], r["id_value"]), set()).add(r["person_id"])
    shared = {k for k, v in owners.items() if len(v) > 1}
    assert {k[0] for k in shared} <= {"phone", "anonymous_id"}


def test_clean_run_has_no_noise(clean):
    out, manifest = clean
    assert all(v == 0 for v in manifest["malformed_lines"].values())
    for source in EXT:
        rows, bad = read_source(out, source)
        assert bad == 0
        if source in RECORD_ID and source not in ("orders", "crm_contacts"):
            ids = [r[RECORD_ID[source]] for r in rows]
            assert len(ids) == len(set(ids)), source  # no retries
        values = {v for r in rows for v in r.values() if isinstance(v, str)}
        assert not JUNK & values, source
    web, _ = read_source(out, "web_events")
    assert not any(r["anonymousId"].startswith(("bot-", "kiosk-")) for r in web)
    persons = pq.read_table(out / "truth" / "persons.parquet").to_pylist()
    assert not any(p["is_bot"] for p in persons)
    orders, _ = read_source(out, "orders")
    assert all(re.fullmatch(r"1[3-9]\d{9}|\d{7,12}", o["phone"]) for o in orders if o["phone"])


def test_noise_rates_roughly_as_configured(noisy):
    out, manifest = noisy
    web, bad = read_source(out, "web_events")
    n_records = manifest["records"]["web_events"]
    dup_rate = (len(web) - len({r["messageId"] for r in web})) / n_records
    assert 0.01 < dup_rate < 0.03  # duplicate = 0.02
    assert 0.005 < bad / len(web) < 0.015  # malformed_line = 0.01
    orders, _ = read_source(out, "orders")
    phones = [o["phone"] for o in orders if o["phone"]]
    plain = sum(bool(re.fullmatch(r"1[3-9]\d{9}", p)) for p in phones) / len(phones)
    assert 0.85 < plain < 0.97  # format_variant 0.05, typos, junk, international numbers
    junk = sum(p == "13800000000" for p in phones) / len(phones)
    assert 0.003 < junk < 0.025  # junk_identifier = 0.01
    assert any(r["anonymousId"] in ("null", "undefined") for r in web)
    persons = pq.read_table(out / "truth" / "persons.parquet").to_pylist()
    bots = [p["person_id"] for p in persons if p["is_bot"]]
    assert bots
    rp = pq.read_table(out / "truth" / "record_persons.parquet").to_pylist()
    bot_events = sum(r["person_id"] in set(bots) for r in rp)
    assert bot_events / len(bots) > 400


def test_behaviour_follows_traits(clean):
    out, _ = clean
    persons = {
        p["person_id"]: p for p in pq.read_table(out / "truth" / "persons.parquet").to_pylist()
    }
    rp = {
        (r["source_name"], r["source_record_id"]): r["person_id"]
        for r in pq.read_table(out / "truth" / "record_persons.parquet").to_pylist()
    }
    top = {
        "Beauty": "beauty",
        "Sports": "fitness",
        "Travel": "travel",
        "Electronics": "tech",
        "Home": "home",
        "Fashion": "fashion",
        "Food": "food",
        "Baby": "parenting",
        "Gaming": "gaming",
        "Outdoor": "outdoor",
        "Luxury": "luxury",
        "Pets": "pets",
    }
    items, _ = read_source(out, "order_items")
    hits = [
        top[it["category_path"].split(">")[0]]
        in persons[rp[("order_items", f"{it['order_id']}-{it['line_number']}")]]["interests"]
        for it in items
    ]
    assert sum(hits) / len(hits) > 0.7
    surveys, _ = read_source(out, "survey_responses")
    for s in surveys:
        p = persons[rp[("survey_responses", s["response_id"])]]
        if s["survey_id"] == "lifestyle_2026":
            assert sorted(s["answers"]["interests"]) == sorted(p["interests"])
            assert s["answers"]["lifestyle"] == p["lifestyle"]
        assert abs(s["answers"]["nps"] - p["nps_tendency"]) <= 1


def test_consent_truth_is_latest_event(clean):
    out, _ = clean
    rp = {
        (r["source_name"], r["source_record_id"]): r["person_id"]
        for r in pq.read_table(out / "truth" / "record_persons.parquet").to_pylist()
    }
    events, _ = read_source(out, "consent_events")
    latest: dict[tuple[str, str], tuple[str, bool]] = {}
    for e in events:
        key = (rp[("consent_events", e["consent_event_id"])], e["purpose"])
        if key not in latest or e["occurred_at"] > latest[key][0]:
            latest[key] = (e["occurred_at"], e["action"] == "granted")
    truth = pq.read_table(out / "truth" / "consent.parquet").to_pylist()
    assert len(truth) == N * 6
    for t in truth:
        expected = latest.get((t["person_id"], t["purpose"]), ("", False))[1]
        assert t["is_granted"] == expected
    assert any(t["is_granted"] for t in truth) and not all(t["is_granted"] for t in truth)


def test_manifest_and_future_outcomes(noisy):
    out, manifest = noisy
    written = json.loads((out / "truth" / "manifest.json").read_text())
    assert written["seed"] == 7 and written["persons"] == N
    assert written["as_of"] == "2026-11-01T00:00:00+08:00"
    assert written["noise"]["recycled_phone"] == 0.02
    fut = pq.read_table(out / "truth" / "future_outcomes.parquet").to_pylist()
    assert len(fut) == N
    rate = sum(f["purchased_next_30d"] for f in fut) / N
    assert 0.02 < rate < 0.6
    for name, rows in manifest["truth_rows"].items():
        assert pq.read_metadata(out / "truth" / f"{name}.parquet").num_rows == rows
