"""Golden-record and RFM accuracy: `dim_customers` against the generator's truth.

Each true person is mapped to the predicted person holding most of their staged records (ties go
to the smallest person_id), and that person's `dim_customers` row is scored:

- attributes: each golden field against the person's true *current* value. `accuracy` is correct /
  persons whose golden value is non-null (a golden value for a person with no true value is
  wrong); `coverage` is persons with both values / persons with a true value. Values are compared
  after NFKC (full-width forms), case folding and removing whitespace, nothing looser: a pinyin
  name is not the Hanzi name and 长春 is not 长春市. Mismatches are diagnosed from the raw staged
  values: stale (an old email or phone of the person, from the truth), typo (the person's own
  record, one edit away), shared or junk (an email or phone typed for three or more true persons),
  name form (pinyin, Latin order or mixed script), invalid value (a birth date under ten years
  before the clock), own other value (the person's own record, e.g. a city before a move), other
  person (only in another true person's records merged into the same predicted person) or not
  observed (no staged record has it). Whether the true value sits in a record under the same
  predicted person tells a survivorship error from an identity one.
- RFM: recomputed here from the staged orders grouped by their *true* person, with the documented
  rules (completed orders only; recency from the profile clock; bands from
  seeds/profile/rfm_score_bands.csv), never from the warehouse's own order models.

Bots (no true attributes, no orders) and persons who asked to be deleted (their profile should be
erased, so any expected value would be wrong) are left out of both.
"""

from __future__ import annotations

import csv
import json
import math
import re
import unicodedata
import warnings
from collections import Counter, defaultdict
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import duckdb
import pyarrow as pa

from portrait.evaluate.mapping import create_person_map, record_persons_sql

BANDS_CSV = Path(__file__).resolve().parents[3] / "seeds" / "profile" / "rfm_score_bands.csv"

# field: (truth column in persons.parquet, golden column in dim_customers)
FIELDS = {
    "email": ("email", "email"),
    "phone": ("phone_e164", "phone_e164"),
    "name": ("full_name", "full_name"),
    "gender": ("gender", "gender"),
    "birth_date": ("birth_date", "birth_date"),
    "city": ("city", "city"),
}

# where each field's raw values can be seen: (staging model, source_name, record id, expression)
OBSERVED = {
    "email": [
        ("stg_crm__contacts", "crm_contacts", "contact_id", "email"),
        ("stg_commerce__orders", "orders", "order_id", "email"),
        ("stg_segment__messages", "web_events", "message_id", "trait_email"),
        ("stg_support__tickets", "support_tickets", "ticket_id", "email"),
        ("stg_survey__responses", "survey_responses", "response_id", "respondent_email"),
        ("stg_esp__email_events", "email_events", "email_event_id", "email"),
    ],
    "phone": [
        ("stg_crm__contacts", "crm_contacts", "contact_id", "phone_e164"),
        ("stg_commerce__orders", "orders", "order_id", "phone_e164"),
        ("stg_segment__messages", "web_events", "message_id", "trait_phone_e164"),
        ("stg_wechat__followers", "wechat_followers", "follower_id", "bound_mobile_e164"),
        ("stg_support__tickets", "support_tickets", "ticket_id", "phone_e164"),
        ("stg_survey__responses", "survey_responses", "response_id", "respondent_phone_e164"),
    ],
    "name": [
        ("stg_crm__contacts", "crm_contacts", "contact_id", "full_name"),
        ("stg_crm__contacts", "crm_contacts", "contact_id", "last_name || first_name"),
        ("stg_crm__contacts", "crm_contacts", "contact_id", "first_name || last_name"),
        ("stg_commerce__orders", "orders", "order_id", "receiver_name"),
        ("stg_segment__messages", "web_events", "message_id", "trait_name"),
    ],
    "gender": [
        ("stg_crm__contacts", "crm_contacts", "contact_id", "gender"),
        ("stg_segment__messages", "web_events", "message_id", "trait_gender"),
        ("stg_wechat__followers", "wechat_followers", "follower_id", "gender"),
    ],
    "birth_date": [
        ("stg_crm__contacts", "crm_contacts", "contact_id", "birth_date"),
        ("stg_segment__messages", "web_events", "message_id", "trait_birth_date"),
    ],
    "city": [
        ("stg_crm__contacts", "crm_contacts", "contact_id", "city"),
        ("stg_crm__contacts", "crm_contacts", "contact_id", "city_raw"),
        ("stg_commerce__orders", "orders", "order_id", "shipping_city"),
        ("stg_segment__messages", "web_events", "message_id", "trait_city"),
        ("stg_wechat__followers", "wechat_followers", "follower_id", "city"),
    ],
}

CATEGORIES = ["stale", "typo", "shared_or_junk", "name_form", "invalid_value",
              "own_other_value", "other_person", "not_observed"]
RFM_FIELDS = ["order_count", "total_net_amount", "recency_days", "r_score", "f_score", "m_score"]
EXAMPLES = 5


def canonical(field: str, value: object) -> str | None:
    """The form two values are compared in: NFKC, case folded, without whitespace."""
    if value is None:
        return None
    if field == "birth_date":
        return str(value)[:10]
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(value)).casefold())
    return text or None


def edits(a: str, b: str) -> int:
    """Edits between two strings: substitutions, insertions, deletions and adjacent transpositions
    (optimal string alignment), the one-character slips people make."""
    d = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            substitution = d[i - 1][j - 1] + (a[i - 1] != b[j - 1])
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, substitution)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


def _ratio(numerator: float, denominator: float) -> float | None:
    return round(numerator / denominator, 6) if denominator else None


def _columns(con: duckdb.DuckDBPyConnection) -> dict[str, set[str]]:
    """The warehouse's tables in `main` and their columns."""
    found: dict[str, set[str]] = defaultdict(set)
    for table, column in con.execute(
        "select table_name, column_name from duckdb_columns() "
        "where database_name = 'wh' and schema_name = 'main'"
    ).fetchall():
        found[table].add(column)
    return found


def evaluate_attributes(
    con: duckdb.DuckDBPyConnection, truth_dir: str | Path, bands_csv: str | Path = BANDS_CSV
) -> dict:
    """`con` has the warehouse attached as `wh`. Returns the `attributes` object."""
    truth_dir = str(Path(truth_dir).resolve())
    columns = _columns(con)
    con.execute(f"""
        create or replace temp table attr_truth_persons as
        select *
        from read_parquet('{truth_dir}/persons.parquet')
        where not coalesce(is_bot, false) and not coalesce(is_deleted, false)
    """)
    con.execute(
        f"create or replace temp table attr_truth_records as {record_persons_sql(truth_dir)}")
    # each true person -> the predicted person holding most of their staged records
    create_person_map(con, "select * from attr_truth_records", "attr_person_map")
    excluded = con.execute(f"""
        select count(*) filter (where is_bot), count(*) filter (where is_deleted)
        from read_parquet('{truth_dir}/persons.parquet')
    """).fetchall()[0]
    # every staged record is mapped, deleted persons' too: their profile should carry no PII
    deleted_with_values = con.execute(f"""
        select count(*)
        from read_parquet('{truth_dir}/persons.parquet') as persons
        inner join attr_person_map as map on persons.person_id = map.true_person
        inner join wh.main.dim_customers as customers
            on map.person_id = customers.person_id
        where persons.is_deleted
            and coalesce({", ".join(f"customers.{c}::varchar" for _, c in FIELDS.values())})
                is not null
    """).fetchall()[0][0]
    persons, mapped = con.execute("""
        select count(*), count(map.person_id)
        from attr_truth_persons as persons
        left join attr_person_map as map on persons.person_id = map.true_person
    """).fetchall()[0]
    return {
        "population": {
            "true_persons": persons,
            "mapped_to_a_predicted_person": mapped,
            "excluded_bots": excluded[0],
            "excluded_deleted": excluded[1],
            "deleted_persons_with_golden_values": deleted_with_values,
            "rule": "bots and deleted persons excluded; each true person mapped to the "
                    "predicted person holding most of their staged records (ties: smallest id)",
            "comparison": "NFKC, case folded, whitespace removed; dates as YYYY-MM-DD",
        },
        "fields": _fields(con, truth_dir, columns, _truth_as_of(truth_dir).date().isoformat()),
        "rfm": _rfm(con, truth_dir, Path(bands_csv)),
    }


# --- attributes ---------------------------------------------------------------------------------

def _fields(
    con: duckdb.DuckDBPyConnection, truth_dir: str, columns: dict, as_of_date: str
) -> dict:
    golden_columns = columns.get("dim_customers", set())
    selects = []
    for field, (truth_col, golden_col) in FIELDS.items():
        source = f"{golden_col}_source"
        selects += [
            f"persons.{truth_col} as truth_{field}",
            f"customers.{golden_col} as golden_{field}",
            f"customers.{source} as source_{field}" if source in golden_columns
            else f"null as source_{field}",
        ]
    rows = con.execute(f"""
        select persons.person_id, map.person_id as predicted_person, persons.full_name_pinyin,
            {", ".join(selects)}
        from attr_truth_persons as persons
        left join attr_person_map as map on persons.person_id = map.true_person
        left join wh.main.dim_customers as customers
            on map.person_id = customers.person_id
        order by persons.person_id
    """).fetchall()
    names = [d[0] for d in con.description]
    rows = [dict(zip(names, row, strict=True)) for row in rows]
    stale = _stale_values(con, truth_dir)

    results = {}
    for field in FIELDS:
        scored = []
        for row in rows:
            truth = canonical(field, row[f"truth_{field}"])
            golden = canonical(field, row[f"golden_{field}"])
            scored.append((row, truth, golden))
        with_truth = [s for s in scored if s[1] is not None]
        with_golden = [s for s in scored if s[2] is not None]
        correct = [s for s in with_golden if s[1] == s[2]]
        wrong = [s for s in with_golden if s[1] != s[2]]
        missing = [s for s in with_truth if s[2] is None]
        diagnosis = _diagnose(con, field, wrong, missing, stale, columns, as_of_date)
        by_source: dict = defaultdict(lambda: {"evaluated": 0, "correct": 0})
        for row, truth, golden in with_golden:
            by_source[row[f"source_{field}"]]["evaluated"] += 1
            by_source[row[f"source_{field}"]]["correct"] += truth == golden
        results[field] = {
            "accuracy": _ratio(len(correct), len(with_golden)),
            "coverage": _ratio(sum(s[2] is not None for s in with_truth), len(with_truth)),
            "persons_with_true_value": len(with_truth),
            "persons_with_golden_value": len(with_golden),
            "correct": len(correct),
            "wrong": len(wrong),
            "golden_without_true_value": sum(s[1] is None for s in with_golden),
            "missing": len(missing),
            **diagnosis,
            "by_source": {
                str(source): {**counts, "accuracy": _ratio(counts["correct"], counts["evaluated"])}
                for source, counts in sorted(by_source.items(), key=lambda kv: str(kv[0]))
            },
        }
    return results


def _stale_values(con: duckdb.DuckDBPyConnection, truth_dir: str) -> dict:
    """(field, true person) -> the person's superseded emails and phones, from the truth."""
    path = Path(truth_dir) / "identifiers.parquet"
    stale: dict = defaultdict(set)
    if not path.exists():
        return stale
    for id_type, value, person in con.execute(f"""
        select id_type, id_value, person_id from read_parquet('{path}')
        where id_type in ('email', 'phone') and valid_to is not null
    """).fetchall():
        stale[(id_type, person)].add(canonical(id_type, value))
    return stale


def _observations(
    con: duckdb.DuckDBPyConnection, field: str, columns: dict, persons: set, predicted: set,
    values: set,
) -> list[tuple]:
    """Raw staged values of `field` (true person, predicted person, value) in records that belong
    to `persons`, sit under `predicted` persons, or carry one of `values` (raw, lowercased)."""
    parts = []
    for model, source, id_column, expression in OBSERVED[field]:
        used = set(re.findall(r"[a-z_0-9]+", expression)) | {id_column}
        if not used <= columns.get(model, set()):
            continue
        parts.append(
            f"select '{source}' as source_name, {id_column}::varchar as source_record_id, "
            f"({expression})::varchar as value from wh.main.{model} "
            f"where ({expression}) is not null"
        )
    if not parts:
        return []
    con.register("attr_interest", pa.table({
        "kind": ["person"] * len(persons) + ["predicted"] * len(predicted)
        + ["value"] * len(values),
        "key": [*persons, *predicted, *values],
    }))
    try:
        return con.execute(f"""
            with observed as ({" union all ".join(parts)})
            select truth.true_person, predicted.person_id, observed.value
            from observed
            inner join attr_truth_records as truth using (source_name, source_record_id)
            left join wh.main.idn_source_record_persons as predicted
                using (source_name, source_record_id)
            where truth.true_person in (select key from attr_interest where kind = 'person')
                or predicted.person_id in (
                    select key from attr_interest where kind = 'predicted')
                or lower(trim(observed.value)) in (
                    select key from attr_interest where kind = 'value')
        """).fetchall()
    finally:
        con.unregister("attr_interest")


def _diagnose(
    con: duckdb.DuckDBPyConnection, field: str, wrong: list, missing: list, stale: dict,
    columns: dict, as_of_date: str,
) -> dict:
    """Why golden values are wrong or missing, from the raw values the staged records carry."""
    persons = {row["person_id"] for row, _, _ in wrong + missing}
    predicted = {row["predicted_person"] for row, _, _ in wrong + missing} - {None}
    values = {str(row[f"golden_{field}"]).strip().lower() for row, _, _ in wrong}
    own: dict = defaultdict(set)  # true person -> canonical values in their own records
    under: dict = defaultdict(set)  # predicted person -> (true person, canonical value)
    holders: dict = defaultdict(set)  # canonical value -> true persons whose records carry it
    for true_person, predicted_person, value in _observations(
        con, field, columns, persons, predicted, values
    ):
        value = canonical(field, value)
        if value is None:
            continue
        own[true_person].add(value)
        under[predicted_person].add((true_person, value))
        holders[value].add(true_person)

    # a birth date less than ten years before the profile clock is not a customer's
    implausible_after = f"{int(as_of_date[:4]) - 10}{as_of_date[4:]}"
    def values_under(predicted_person: str | None) -> set:
        return {value for _, value in under.get(predicted_person, ())}

    fixable = staged = 0
    categories: Counter = Counter()
    by_source: dict = defaultdict(Counter)
    examples = []
    for row, truth, golden in wrong:
        person = row["person_id"]
        if golden in stale.get((_id_type(field), person), set()):
            category = "stale"
        elif truth is not None and golden in own[person] and edits(golden, truth) <= 1:
            category = "typo"
        elif field in ("email", "phone") and len(holders[golden]) >= 3:
            category = "shared_or_junk"
        elif field == "name" and truth is not None and (
            any(edits(golden, form) <= 1 for form in _pinyin_forms(row["full_name_pinyin"]))
            or (golden in own[person] and _is_latin(golden) != _is_latin(truth))
        ):
            category = "name_form"
        elif field == "birth_date" and golden > implausible_after:
            category = "invalid_value"
        elif golden in own[person]:
            category = "own_other_value"
        elif any(value == golden and other != person
                 for other, value in under[row["predicted_person"]]):
            category = "other_person"
        else:
            category = "not_observed"
        # survivorship could have picked the true value: a record under the same person has it
        available = truth is not None and truth in values_under(row["predicted_person"])
        categories[category] += 1
        fixable += available
        staged += truth is not None and truth in own[person]
        by_source[category][str(row[f"source_{field}"])] += 1
        if len(examples) < EXAMPLES or sum(e["category"] == category for e in examples) == 0:
            examples.append({
                "person_id": person,
                "predicted_person": row["predicted_person"],
                "truth": _plain(row[f"truth_{field}"]),
                "golden": _plain(row[f"golden_{field}"]),
                "source": row[f"source_{field}"],
                "category": category,
                "true_value_under_person": available,
            })
    return {
        "mismatch_categories": {c: categories[c] for c in CATEGORIES if categories[c]},
        "mismatch_sources": {c: dict(by_source[c]) for c in CATEGORIES if categories[c]},
        # survivorship's to fix; of the rest, identity left the records with the true value on
        # another person, or no staged record has it (e.g. a move nothing reported yet)
        "wrong_with_true_value_under_person": fixable,
        "wrong_with_true_value_staged": staged,
        "missing_with_true_value_staged": sum(
            truth in own[row["person_id"]] for row, truth, _ in missing),
        "missing_with_true_value_under_person": sum(
            truth in values_under(row["predicted_person"]) for row, truth, _ in missing),
        "examples": examples[: EXAMPLES + len(CATEGORIES)],
    }


def _is_latin(text: str) -> bool:
    return re.search("[a-z]", text) is not None


def _id_type(field: str) -> str:
    return "phone" if field == "phone" else field


def _pinyin_forms(pinyin: str | None) -> set[str]:
    if not pinyin:
        return set()
    words = pinyin.split()
    return {canonical("name", pinyin), canonical("name", " ".join(reversed(words)))}


def _plain(value: object) -> object:
    return value.isoformat() if hasattr(value, "isoformat") else value


# --- RFM ----------------------------------------------------------------------------------------

def read_bands(path: Path) -> dict[str, list[tuple[int, Decimal | None, Decimal | None]]]:
    """metric -> [(score, min inclusive, max exclusive)], an empty bound meaning none."""
    bands: dict = defaultdict(list)
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            bands[row["metric"]].append((
                int(row["score"]),
                Decimal(row["min_value"]) if row["min_value"] else None,
                Decimal(row["max_value"]) if row["max_value"] else None,
            ))
    return bands


def score(bands: list, value: object) -> int | None:
    value = Decimal(str(value))
    for band_score, low, high in bands:
        if (low is None or value >= low) and (high is None or value < high):
            return band_score
    return None


def _as_of(con: duckdb.DuckDBPyConnection, truth_dir: str) -> tuple[datetime, dict]:
    """The profile clock the warehouse was built as of, checked against the truth's."""
    as_of = con.execute("select as_of_at from wh.main.int_profile_as_of").fetchall()[0][0]
    truth_as_of = _truth_as_of(truth_dir)
    check = {
        "as_of_at": as_of.isoformat(),
        "truth_as_of_at": truth_as_of.isoformat(),
        "as_of_matches_truth": as_of == truth_as_of,
    }
    if as_of != truth_as_of:
        message = (f"PROFILE CLOCK MISMATCH: the warehouse was built as of {as_of} UTC but the "
                   f"truth is as of {truth_as_of} UTC; recency and r_score cannot agree")
        check["warning"] = message
        warnings.warn(message, stacklevel=3)
    return as_of, check


def _truth_as_of(truth_dir: str) -> datetime:
    """The generator's clock, from the truth manifest, as a UTC timestamp without zone."""
    manifest = json.loads((Path(truth_dir) / "manifest.json").read_text())
    return datetime.fromisoformat(manifest["as_of"]).astimezone(UTC).replace(tzinfo=None)


def _rfm(con: duckdb.DuckDBPyConnection, truth_dir: str, bands_csv: Path) -> dict:
    as_of, clock = _as_of(con, truth_dir)
    bands = read_bands(bands_csv)
    unknown_orders = con.execute("""
        select count(*) from wh.main.stg_commerce__orders as orders
        where orders.order_id not in (
            select source_record_id from attr_truth_records where source_name = 'orders')
    """).fetchall()[0][0]
    # the documented rules, applied to the true grouping of the staged orders
    truth_rows = con.execute("""
        select
            truth.true_person,
            count(*) as order_count,
            sum(orders.total_amount) as total_net_amount,
            max(orders.ordered_at) as last_order_at
        from wh.main.stg_commerce__orders as orders
        inner join attr_truth_records as truth
            on truth.source_name = 'orders' and orders.order_id = truth.source_record_id
        where orders.status = 'completed'
            and truth.true_person in (select person_id from attr_truth_persons)
        group by 1
    """).fetchall()
    golden = {
        row[0]: dict(zip(["predicted_person", *RFM_FIELDS], row[1:], strict=True))
        for row in con.execute(f"""
            select map.true_person, map.person_id, {", ".join(
                f"customers.{c}" for c in RFM_FIELDS)}
            from attr_person_map as map
            inner join wh.main.dim_customers as customers
                on map.person_id = customers.person_id
        """).fetchall()
    }
    # a buyer's identity is clean when all their completed orders, and no one else's, resolve to
    # the person they map to: there the RFM rules alone decide agreement
    clean = {person for person, on_mapped, orders, held in con.execute("""
        with completed as (
            select truth.true_person, predicted.person_id as predicted_person
            from wh.main.stg_commerce__orders as orders
            left join attr_truth_records as truth
                on truth.source_name = 'orders' and orders.order_id = truth.source_record_id
            left join wh.main.idn_source_record_persons as predicted
                on predicted.source_name = 'orders' and orders.order_id = predicted.source_record_id
            where orders.status = 'completed'
        ),
        held as (select predicted_person, count(*) as orders from completed group by 1)
        select
            map.true_person,
            count(*) filter (where completed.predicted_person = map.person_id),
            count(*),
            any_value(held.orders)
        from completed
        inner join attr_person_map as map on completed.true_person = map.true_person
        left join held on map.person_id = held.predicted_person
        group by 1
    """).fetchall() if on_mapped == orders == held}
    agree: Counter = Counter()
    agree_clean: Counter = Counter()
    count_off: Counter = Counter()
    examples = []
    for true_person, order_count, amount, last_order_at in truth_rows:
        recency = math.floor((as_of - last_order_at).total_seconds() / 86400)
        expected = {
            "order_count": order_count,
            "total_net_amount": Decimal(amount).quantize(Decimal("0.01")),
            "recency_days": recency,
            "r_score": score(bands["recency_days"], recency),
            "f_score": score(bands["frequency"], order_count),
            "m_score": score(bands["monetary"], amount),
        }
        row = golden.get(true_person, {})
        got = {
            c: (Decimal(str(row[c])).quantize(Decimal("0.01"))
                if c == "total_net_amount" and row.get(c) is not None else row.get(c))
            for c in RFM_FIELDS
        }
        same = {c: got[c] is not None and got[c] == expected[c] for c in RFM_FIELDS}
        same["rfm_scores"] = same["r_score"] and same["f_score"] and same["m_score"]
        agree.update(c for c, ok in same.items() if ok)
        if true_person in clean:
            agree_clean.update(c for c, ok in same.items() if ok)
        if not same["order_count"]:
            count_off["none" if got["order_count"] in (None, 0) else
                      "low" if got["order_count"] < order_count else "high"] += 1
        if not all(same.values()) and len(examples) < EXAMPLES:
            examples.append({
                "person_id": true_person,
                "predicted_person": row.get("predicted_person"),
                "identity_clean": true_person in clean,
                "truth": {c: _json(v) for c, v in expected.items()},
                "golden": {c: _json(v) for c, v in got.items()},
            })
    buyers = len(truth_rows)
    truth_buyers = {row[0] for row in truth_rows}
    buyer_persons = {golden[p]["predicted_person"] for p, *_ in truth_rows if p in golden}
    con.register("attr_buyer_persons", pa.table({"person_id": sorted(buyer_persons)}))
    try:
        strays, stray_orders = con.execute("""
            select count(*), coalesce(sum(order_count), 0)
            from wh.main.dim_customers
            where order_count > 0
                and person_id not in (select person_id from attr_buyer_persons)
        """).fetchall()[0]
    finally:
        con.unregister("attr_buyer_persons")
    return {
        **clock,
        "true_buyers": buyers,
        "completed_orders": sum(r[1] for r in truth_rows),
        "staged_orders_without_truth": unknown_orders,
        "agreement": {c: _ratio(agree[c], buyers) for c in [*RFM_FIELDS, "rfm_scores"]},
        "buyers_with_clean_identity": len(clean & truth_buyers),
        "agreement_where_identity_is_clean": {
            c: _ratio(agree_clean[c], len(clean & truth_buyers))
            for c in [*RFM_FIELDS, "rfm_scores"]
        },
        "order_count_disagreements": dict(count_off),
        "predicted_buyers_without_true_buyer": strays,
        "orders_of_predicted_buyers_without_true_buyer": int(stray_orders),
        "examples": examples,
    }


def _json(value: object) -> object:
    return str(value) if isinstance(value, Decimal) else value
