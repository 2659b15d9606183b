"""Audiences are clean: consented, complete, hashed right, and free of deleted persons.

Read from the built test warehouse, then checked against the generator's truth: each audience
member is read as the true person holding most of the member's staged records (ties to the
smallest true person id), who must not have asked to be deleted and must truly have granted the
channel's and the segment's consent purposes at the as-of time.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from portrait.evaluate.erasure import evaluate_erasure

from tests.conftest import Built

# the identifiers each channel's audience carries (macros/segments/audience.sql)
IDENTIFIERS = {
    "email": {"email"},
    "sms": {"phone"},
    "wechat": {"email", "phone"},
    "ads": {"email", "phone"},
}
SHA256_HEX = re.compile(r"[0-9a-f]{64}")

# every place a person's data lands after the build; a deleted person must be in none of them
PERSON_TABLES = [
    *(f"main.rpt_audience_{channel}" for channel in IDENTIFIERS),
    "main.fct_segment_memberships",
    "main.fct_segment_membership_events",
    "main.dim_customers",
    "main.dim_customer_consents",
    "main.fct_customer_events",
    "main.fct_orders",
    "main.fct_profile_changes",
    "main_history.snp_customer_traits",
    "main_history.snp_segment_memberships",
]


@pytest.fixture(scope="module")
def con(built: Built) -> Iterator[duckdb.DuckDBPyConnection]:
    with duckdb.connect(str(built.warehouse), read_only=True) as connection:
        yield connection


@pytest.fixture(scope="module")
def channel_purposes(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """The consent purpose each activation channel needs, from the consent_purposes seed."""
    return dict(con.execute("""
        select activation_channel, purpose from main_reference.consent_purposes
        where activation_channel is not null
    """).fetchall())


def test_every_activation_channel_has_an_audience(channel_purposes: dict[str, str]):
    assert set(channel_purposes) == set(IDENTIFIERS)


@pytest.mark.parametrize("channel", list(IDENTIFIERS))
def test_audience_members_hold_both_consents(
    con: duckdb.DuckDBPyConnection, channel_purposes: dict[str, str], channel: str
):
    purpose = channel_purposes[channel]
    rows, violations = con.execute(f"""
        with segments as (
            select distinct segment_name, consent_purpose from fct_segment_memberships
        )
        select
            count(*),
            count(*) filter (where
                not coalesce(channel_consents.is_granted, false)
                or not coalesce(segment_consents.is_granted, false)
                or segments.consent_purpose is null
                or audience.segment_consent_purpose is distinct from segments.consent_purpose
                or audience.channel_consent_purpose is distinct from $purpose
            )
        from rpt_audience_{channel} as audience
        left join segments
            on audience.segment_name = segments.segment_name
        left join dim_customer_consents as channel_consents
            on audience.person_id = channel_consents.person_id
            and channel_consents.purpose = $purpose
        left join dim_customer_consents as segment_consents
            on audience.person_id = segment_consents.person_id
            and segments.consent_purpose = segment_consents.purpose
    """, {"purpose": purpose}).fetchone()
    assert rows > 0, f"rpt_audience_{channel} is empty: nothing was checked"
    assert violations == 0


@pytest.mark.parametrize("channel", list(IDENTIFIERS))
def test_audience_is_every_activatable_member(
    con: duckdb.DuckDBPyConnection, channel_purposes: dict[str, str], channel: str
):
    """Every consented member with an identifier the channel uses is in, and no one else."""
    reachable = " or ".join(
        {"email": "customers.email is not null",
         "phone": "customers.phone_e164 is not null"}[identifier]
        for identifier in sorted(IDENTIFIERS[channel])
    )
    expected = set(con.execute(f"""
        select memberships.segment_name, memberships.person_id
        from fct_segment_memberships as memberships
        inner join dim_customers as customers
            on memberships.person_id = customers.person_id
        inner join dim_customer_consents as segment_consents
            on memberships.person_id = segment_consents.person_id
            and memberships.consent_purpose = segment_consents.purpose
        inner join dim_customer_consents as channel_consents
            on memberships.person_id = channel_consents.person_id
            and channel_consents.purpose = $purpose
        where segment_consents.is_granted and channel_consents.is_granted and ({reachable})
    """, {"purpose": channel_purposes[channel]}).fetchall())
    actual = set(con.execute(
        f"select segment_name, person_id from rpt_audience_{channel}").fetchall())
    assert actual == expected


def sha256_hex(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


@pytest.mark.parametrize("channel", list(IDENTIFIERS))
def test_audience_hashes_are_sha256_of_the_golden_record(
    con: duckdb.DuckDBPyConnection, channel: str
):
    rows = con.execute(f"""
        select audience.email_sha256, audience.phone_sha256, customers.email, customers.phone_e164
        from rpt_audience_{channel} as audience
        left join dim_customers as customers
            on audience.person_id = customers.person_id
    """).fetchall()
    assert rows
    uses = IDENTIFIERS[channel]
    for email_sha256, phone_sha256, email, phone in rows:
        assert email_sha256 or phone_sha256
        for hashed in (email_sha256, phone_sha256):
            assert hashed is None or SHA256_HEX.fullmatch(hashed), hashed
        # hashed as the golden record holds them, which must already be normalized
        assert email_sha256 == (sha256_hex(email) if "email" in uses and email else None)
        assert phone_sha256 == (sha256_hex(phone) if "phone" in uses and phone else None)
        assert email is None or email == email.strip().lower()
        assert phone is None or re.fullmatch(r"\+[1-9][0-9]{6,14}", phone)


def test_deleted_persons_are_nowhere(con: duckdb.DuckDBPyConnection):
    deleted = con.execute("select count(*) from int_deleted_persons").fetchone()[0]
    assert deleted > 0, "no deletion request resolved to a person: nothing was checked"
    found = {
        table: con.execute(f"""
            select count(*) from {table}
            where person_id in (select person_id from int_deleted_persons)
        """).fetchone()[0]
        for table in PERSON_TABLES
    }
    assert {table: rows for table, rows in found.items() if rows} == {}


def _erasure(warehouse: Path, truth: Path) -> dict:
    with duckdb.connect() as con:
        con.execute(f"attach '{warehouse}' as wh (read_only)")
        return evaluate_erasure(con, str(truth))


def test_erasure_is_scored_against_the_truth(built: Built, tmp_path: Path):
    """The erasure score (`portrait evaluate`, part `erasure`) accounts for every record of the
    persons who asked to be deleted, and it sees a split-off fragment and a collateral erasure:
    planted in a copy of the warehouse, each moves the figures by exactly what was planted."""
    scores = _erasure(built.warehouse, built.truth)
    with duckdb.connect() as con:
        records = con.execute(f"""
            select count(*) from (
                select distinct source_name, source_record_id
                from read_parquet('{built.truth / "record_persons.parquet"}')
                where source_name != 'deletion_requests' and person_id in (
                    select person_id from read_parquet('{built.truth / "persons.parquet"}')
                    where is_deleted))""").fetchone()[0]
    assert records > 0
    assert scores["records_erased"] + scores["records_kept"] + scores["records_unresolved"] \
        == records
    assert scores["requests_resolved_to_a_person"] > 0
    assert scores["erasure_recall"] >= 0.9, scores
    assert scores["collateral_persons"] == 0, scores

    copy = tmp_path / "warehouse.duckdb"
    shutil.copy(built.warehouse, copy)
    with duckdb.connect(str(copy)) as con:
        # one erased person's web events go to a new person (a fragment identity resolution
        # split off), and one order of a person who kept their profile goes to the erased one
        erased = con.execute("""
            select person_id from idn_source_record_persons
            where source_name = 'web_events'
                and person_id in (select person_id from int_deleted_persons)
            group by 1 order by count(*) desc, 1 limit 1""").fetchone()[0]
        moved = con.execute("""
            update idn_source_record_persons set person_id = 'p_planted_fragment'
            where person_id = ? and source_name = 'web_events'""", [erased]).fetchone()[0]
        con.execute("""
            update idn_source_record_persons set person_id = ?
            where (source_name, source_record_id) = (
                select (source_name, source_record_id) from idn_source_record_persons
                where source_name = 'orders' and person_id in (
                    select person_id from dim_customers)
                order by source_record_id limit 1)""", [erased])
    planted = _erasure(copy, built.truth)
    assert moved > 0
    assert planted["persons_with_a_kept_fragment"] == scores["persons_with_a_kept_fragment"] + 1
    assert planted["persons_fully_erased"] == scores["persons_fully_erased"] - 1
    assert planted["records_kept"] == scores["records_kept"] + moved
    # the planted fragment has no profile row: built by no model, it is served nowhere
    assert planted["persons_with_a_kept_fragment_served"] \
        == scores["persons_with_a_kept_fragment_served"]
    assert (planted["collateral_persons"], planted["collateral_records"]) == (1, 1)


@pytest.fixture(scope="module")
def members_in_truth(con: duckdb.DuckDBPyConnection, built: Built) -> list[tuple]:
    """One row per audience row: channel, segment, person, the member's majority true person,
    whether they are deleted, and their true consent to the channel's and the segment's purposes.
    """
    truth = built.truth
    audiences = " union all ".join(
        f"select '{channel}' as channel, * from rpt_audience_{channel}" for channel in IDENTIFIERS
    )
    return con.execute(f"""
        with truth_records as (
            select distinct source_name, source_record_id, person_id as true_person
            from read_parquet('{truth / "record_persons.parquet"}')
        ),
        record_counts as (
            select record_persons.person_id, truth_records.true_person, count(*) as records
            from truth_records
            inner join idn_source_record_persons as record_persons
                using (source_name, source_record_id)
            group by 1, 2
        ),
        majority as (
            select person_id, true_person
            from record_counts
            qualify row_number() over (
                partition by person_id order by records desc, true_person
            ) = 1
        ),
        true_persons as (
            select person_id as true_person, is_deleted
            from read_parquet('{truth / "persons.parquet"}')
        ),
        true_consents as (
            select person_id as true_person, purpose, is_granted
            from read_parquet('{truth / "consent.parquet"}')
        ),
        audiences as ({audiences})
        select
            audiences.channel,
            audiences.segment_name,
            audiences.person_id,
            majority.true_person,
            true_persons.is_deleted,
            coalesce(channel_consents.is_granted, false) as has_channel_consent,
            coalesce(segment_consents.is_granted, false) as has_segment_consent
        from audiences
        left join majority
            on audiences.person_id = majority.person_id
        left join true_persons
            on majority.true_person = true_persons.true_person
        left join true_consents as channel_consents
            on majority.true_person = channel_consents.true_person
            and audiences.channel_consent_purpose = channel_consents.purpose
        left join true_consents as segment_consents
            on majority.true_person = segment_consents.true_person
            and audiences.segment_consent_purpose = segment_consents.purpose
        order by 1, 2, 3
    """).fetchall()


def test_no_audience_member_is_a_deleted_true_person(members_in_truth: list[tuple]):
    assert members_in_truth
    assert [row for row in members_in_truth if row[3] is None] == [], "members without truth"
    assert [row for row in members_in_truth if row[4]] == []


def test_audience_members_truly_consented(members_in_truth: list[tuple]):
    """Measured on the 1,500-person set (seed 7): every member's true person granted both
    purposes. A consent event resolved to the wrong person would show here."""
    without_channel = [row for row in members_in_truth if not row[5]]
    without_segment = [row for row in members_in_truth if not row[6]]
    assert without_channel == []
    assert without_segment == []
