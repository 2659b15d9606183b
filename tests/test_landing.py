"""The landing contract: optional folders, bad files, and no silent loss.

Each case is a small hand-written landing directory, so the expected outcome is known exactly.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from portrait.contract import SOURCES
from portrait.preflight import check_landing

from tests.conftest import run_portrait

CRM_HEADER = ",".join(SOURCES["crm_contacts"]["columns"])


def crm_row(contact_id: str, email: str = "", phone: str = "", extra: str = "") -> str:
    values = {c: "" for c in SOURCES["crm_contacts"]["columns"]}
    values.update(contact_id=contact_id, source_system="salesforce", email=email, phone=phone,
                  full_name=extra, updated_at="2025-01-01T00:00:00+08:00")
    return ",".join(values.values())


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def build(landing: Path, warehouse: Path):
    return run_portrait("build", "--landing", str(landing), "--warehouse", str(warehouse),
                        check=False)


def query(warehouse: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def padded_event(message_id: str, event: str, title: str, ensure_ascii: bool = True) -> str:
    """A track event written compactly (no space after ':' or ','), as Segment writes them."""
    return json.dumps({"messageId": message_id, "type": "track", "event": event,
                       "anonymousId": "a2", "timestamp": "2025-03-01T10:00:00Z",
                       "context": {"page": {"title": title}}},
                      separators=(",", ":"), ensure_ascii=ensure_ascii)


# Field texts padded with Unicode spaces (category Zs), written as the raw characters, as \u
# escapes, or not at all: each is read as its trimmed text, and a blank text as null.
PADDED_EVENTS = [
    padded_event("p1", " Product Viewed ", " "),
    padded_event("p2", "\u3000Product Viewed\u00a0", "\u3000"),
    padded_event("p3", "\u2003Product Viewed\u3000", "\u2003 ", ensure_ascii=False),
    padded_event("p4", "Product Viewed", "Home"),
]


@pytest.fixture(scope="module")
def messy_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A landing dir holding only crm_contacts and web_events, with every row-level problem."""
    root = tmp_path_factory.mktemp("messy")
    landing = root / "landing"
    crm = landing / "crm_contacts"
    write(crm / "a_plain.csv", "\n".join([
        CRM_HEADER,
        crm_row("c1", " Wang.Fang@Example.COM ", "+86 138 0013 8000"),
        crm_row("c1", " Wang.Fang@Example.COM ", "+86 138 0013 8000"),  # exact duplicate
        crm_row("", "nobody@example.com"),  # no key
        crm_row("c2", extra="x" * 10_000_000),  # a 10 MB string
    ]) + "\n")
    write(crm / "b_bom.csv", "\ufeff" + CRM_HEADER + "\n" + crm_row("c3", "bom@example.com") + "\n")
    write(crm / "c_empty.csv", "")
    reordered = list(reversed(SOURCES["crm_contacts"]["columns"])) + ["favourite_colour"]
    row = {c: "" for c in reordered}
    row.update(contact_id="c4", email="reordered@example.com", favourite_colour="teal")
    write(crm / "d_reordered_unknown.csv",
          ",".join(reordered) + "\n" + ",".join(row.values()) + "\n")
    write(crm / "e_missing_optional.csv", "contact_id,email\nc5,five@example.com\n")
    events = [
        {"messageId": "m1", "type": "track", "event": "Product Viewed", "anonymousId": "a1",
         "timestamp": "2025-03-01T10:00:00+08:00", "properties": {"product_id": "sku-1"}},
        {"messageId": "m1", "type": "track", "event": "Product Viewed", "anonymousId": "a1",
         "timestamp": "2025-03-01T10:00:00+08:00", "properties": {"product_id": "sku-1"}},
        {"messageId": "m2", "type": "page", "anonymousId": "a1", "timestamp": "not a time"},
        {"messageId": "m3", "type": "page", "anonymousId": "a1",
         "timestamp": "2999-01-01T00:00:00Z"},
        {"messageId": "m4", "type": "identify", "userId": "u1", "anonymousId": "a1",
         "timestamp": "2025-03-01T10:00:00Z", "traits": {"email": "A@B.CN"}},
        {"messageId": "m5", "type": "track", "event": "Big", "anonymousId": "a1",
         "timestamp": "2025-03-01T10:00:00Z", "properties": {"blob": "y" * 10_000_000}},
    ]
    lines = [json.dumps(e) for e in events]
    lines.insert(2, '{"messageId": "m9", "type": "track", "event": "Cut off')  # not JSON
    lines.insert(3, "")  # a blank line is not a row
    write(landing / "web_events" / "part-0000.jsonl", "\n".join(lines) + "\n")
    write(landing / "web_events" / "part-0001.jsonl", "\n".join(PADDED_EVENTS) + "\n")
    warehouse = root / "warehouse.duckdb"
    result = build(landing, warehouse)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return warehouse


def test_only_some_folders_build_and_other_sources_are_empty(messy_build: Path) -> None:
    counts = dict(query(messy_build, "select source_name, raw_rows from rpt_load_audit"))
    assert set(counts) == set(SOURCES)
    assert counts["orders"] == 0 and counts["consent_events"] == 0
    assert query(messy_build, "select count(*) from stg_commerce__orders") == [(0,)]


def test_every_raw_row_is_staged_or_quarantined(messy_build: Path) -> None:
    audit = {r[0]: r[1:] for r in query(
        messy_build, "select source_name, raw_rows, staged_rows, quarantined_rows "
                     "from rpt_load_audit")}
    # 4 rows in a_plain, 1 in b_bom, 0 in the empty file, 1 in d, 1 in e; staged: c1, c3, c4,
    # c5; quarantined: the copy of c1, the row without a key, the 10 MB row
    assert audit["crm_contacts"] == (7, 4, 3)
    # 7 non-blank lines in part-0000, one of them not JSON, and the 4 padded events
    assert audit["web_events"] == (11, 6, 5)


def test_field_texts_are_trimmed_of_unicode_spaces_however_the_json_writes_them(
    messy_build: Path,
) -> None:
    rows = query(messy_build, "select message_id, event_name, page_title, quarantine_reason "
                              "from base_segment__messages where message_id like 'p%' order by 1")
    assert rows == [("p1", "Product Viewed", None, None), ("p2", "Product Viewed", None, None),
                    ("p3", "Product Viewed", None, None), ("p4", "Product Viewed", "Home", None)]


def test_quarantine_reasons_name_what_went_wrong(messy_build: Path) -> None:
    reasons = query(
        messy_build,
        "select source_name, coalesce(source_record_id, '?'), quarantine_reason "
        "from stg_landing__quarantined_rows order by all")
    assert ("crm_contacts", "c1", "duplicate_record") in reasons
    assert ("crm_contacts", "?", "missing_key") in reasons
    assert ("crm_contacts", "c2", "oversized_record") in reasons
    assert ("web_events", "m1", "duplicate_record") in reasons
    assert ("web_events", "m2", "invalid_timestamp") in reasons
    assert ("web_events", "m3", "future_timestamp") in reasons
    assert ("web_events", "m5", "oversized_record") in reasons
    assert ("web_events", "?", "malformed_json") in reasons
    files = query(messy_build, "select distinct source_file from stg_landing__quarantined_rows")
    assert all(f[0].endswith((".csv", ".jsonl")) for f in files)


def test_bom_reordered_and_partial_files_are_staged_by_column_name(messy_build: Path) -> None:
    rows = dict(query(messy_build, "select contact_id, email from stg_crm__contacts"))
    assert rows["c1"] == "wang.fang@example.com"
    assert rows["c3"] == "bom@example.com"
    assert rows["c4"] == "reordered@example.com"
    assert rows["c5"] == "five@example.com"
    unknown = query(messy_build, "select raw_record->>'favourite_colour' from base_crm__contacts "
                                 "where contact_id = 'c4'")
    assert unknown == [("teal",)]


def test_every_staged_row_keeps_its_file_name(messy_build: Path) -> None:
    assert query(messy_build, "select count(*) from stg_crm__contacts where source_file is null "
                              "or source_file not like '%crm_contacts/%.csv'") == [(0,)]


def test_wrong_delimiter_names_file_and_field(tmp_path: Path) -> None:
    bad = write(tmp_path / "crm_contacts" / "semicolon.csv",
                CRM_HEADER.replace(",", ";") + "\nc1;salesforce\n")
    report = check_landing(tmp_path)
    assert [e.path for e in report.errors] == [str(bad)]
    assert "not comma-delimited" in report.errors[0].message
    assert "contact_id" in report.errors[0].message


def test_missing_required_column_names_file_and_field(tmp_path: Path) -> None:
    bad = write(tmp_path / "orders" / "no_date.csv", "order_id,channel\no1,web\n")
    report = check_landing(tmp_path)
    assert [(e.path, e.message) for e in report.errors] == [
        (str(bad), "required field 'ordered_at' is missing from the header")]


def test_broken_utf8_names_file_and_line_and_stops_the_build(tmp_path: Path) -> None:
    landing = tmp_path / "landing"
    bad = write(landing / "crm_contacts" / "latin1.csv",
                (CRM_HEADER + "\n" + crm_row("c1") + "\n").encode() + b"c2,S\xe3o Paulo\n")
    result = build(landing, tmp_path / "wh.duckdb")
    assert result.returncode == 2
    assert f"{bad}: invalid UTF-8 at line 3" in result.stderr
    assert not (tmp_path / "wh.duckdb").exists()


def test_unknown_folders_files_and_empty_files_are_reported(tmp_path: Path) -> None:
    write(tmp_path / "loyalty_points" / "a.csv", "x\n1\n")
    write(tmp_path / "orders" / "notes.txt", "hello")
    write(tmp_path / "orders" / "empty.csv", "")
    report = check_landing(tmp_path)
    assert not report.errors
    messages = [(Path(f.path).name, f.level) for f in report.findings]
    assert ("loyalty_points", "warning") in messages
    assert ("notes.txt", "warning") in messages
    assert ("empty.csv", "note") in messages
