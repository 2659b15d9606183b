"""Dynamic profiles: a second build with new data records what changed.

The built test warehouse is copied, one new completed order lands for a known customer and one
email-audience member revokes their marketing-email consent, and the copy is rebuilt two weeks
later by the profile clock. The customer's order count must change from n to n + 1 at the new
clock, every change must agree with the profile it led to, and the revocation must take the
member out of the email audience at once.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime

import duckdb
import pytest
from portrait.contract import write_landing_file

from tests.conftest import AS_OF, Built, run_portrait

LATER = "2026-11-15T00:00:00+08:00"
LATER_UTC = datetime(2026, 11, 14, 16, 0)


@pytest.fixture(scope="module")
def rebuilt(built: Built, tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("history")
    landing, warehouse = root / "landing", root / "warehouse.duckdb"
    shutil.copytree(built.landing, landing)
    shutil.copy(built.warehouse, warehouse)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        # a loyalty member's completed store order: the new order carries the same member id
        person_id, order_count, store_id, account_id = con.execute("""
            select dim_customers.person_id, dim_customers.order_count, fct_orders.store_id,
                   fct_orders.account_id
            from fct_orders
            inner join dim_customers on fct_orders.person_id = dim_customers.person_id
            where fct_orders.channel = 'offline' and fct_orders.is_completed
              and fct_orders.account_id like 'M%'
            order by dim_customers.order_count desc, fct_orders.order_id
            limit 1
        """).fetchone()
        before_versions = con.execute(
            "select count(*) from main_history.snp_customer_traits"
        ).fetchone()[0]
        # an email-audience member who is not the order's customer, with their golden email
        revoker, revoker_email = con.execute("""
            select audience.person_id, customers.email
            from rpt_audience_email as audience
            inner join dim_customers as customers on audience.person_id = customers.person_id
            where audience.person_id != ?
            order by audience.person_id
            limit 1
        """, [person_id]).fetchone()
    write_landing_file(landing / "orders" / "part-9999.csv", "orders", [{
        "order_id": "POSHISTORYTEST01", "channel": "offline", "store_id": store_id,
        "account_id": account_id, "ordered_at": "2026-11-10T12:00:00+08:00",
        "status": "completed", "currency": "CNY", "total_amount": "123.45",
        "updated_at": "2026-11-10T12:05:00+08:00",
    }])
    write_landing_file(landing / "consent_events" / "part-9999.jsonl", "consent_events", [{
        "consent_event_id": "ce_history_test_1", "id_type": "email", "id_value": revoker_email,
        "purpose": "marketing_email", "action": "revoked",
        "occurred_at": "2026-11-12T09:00:00+08:00", "source": "email_unsubscribe",
        "legal_basis": "consent",
    }])
    run_portrait("build", "--landing", str(landing), "--warehouse", str(warehouse),
                 "--as-of", LATER)
    con = duckdb.connect(str(warehouse), read_only=True)
    yield con, person_id, order_count, before_versions, revoker
    con.close()


def test_first_build_has_no_changes(built: Built):
    with duckdb.connect(str(built.warehouse), read_only=True) as con:
        assert con.execute("select count(*) from fct_profile_changes").fetchone()[0] == 0
        clock = con.execute("select max(dbt_valid_from) from main_history.snp_customer_traits")
        expected = datetime.fromisoformat(AS_OF).astimezone(UTC).replace(tzinfo=None)
        assert clock.fetchone()[0] == expected


def test_new_order_is_a_change(rebuilt):
    con, person_id, order_count, _, _ = rebuilt
    rows = con.execute(
        "select old_value, new_value, changed_at from fct_profile_changes "
        "where person_id = ? and trait = 'order_count'", [person_id]
    ).fetchall()
    assert rows == [(str(order_count), str(order_count + 1), LATER_UTC)]
    now = con.execute(
        "select order_count, last_order_at from dim_customers where person_id = ?", [person_id]
    ).fetchone()
    assert now == (order_count + 1, datetime(2026, 11, 10, 4, 0))


def test_changes_lead_to_the_current_profile(rebuilt):
    con, _, _, before_versions, _ = rebuilt
    # moving the clock two weeks on changes recency-based traits for many customers
    traits = dict(con.execute(
        "select trait, count(*) from fct_profile_changes group by 1"
    ).fetchall())
    assert traits.get("lifecycle_stage", 0) > 0 and traits.get("r_score", 0) > 0
    assert con.execute(
        "select count(distinct changed_at) from fct_profile_changes"
    ).fetchone() == (1,)
    # each change's new value is what dim_customers now shows
    mismatches = con.execute("""
        select count(*)
        from fct_profile_changes as changes
        inner join dim_customers on changes.person_id = dim_customers.person_id
        where changes.trait = 'lifecycle_stage'
          and changes.new_value is distinct from dim_customers.lifecycle_stage
    """).fetchone()[0]
    assert mismatches == 0
    # closed versions plus open ones: the snapshot grew by one version per changed profile
    changed_persons, versions = con.execute("""
        select
            (select count(distinct person_id) from fct_profile_changes),
            (select count(*) from main_history.snp_customer_traits)
    """).fetchone()
    assert versions >= before_versions + changed_persons


def test_revocation_leaves_the_audience(rebuilt):
    con, _, _, _, revoker = rebuilt
    status = con.execute(
        "select consent_status, is_granted from dim_customer_consents "
        "where person_id = ? and purpose = 'marketing_email'", [revoker]
    ).fetchone()
    assert status == ("revoked", False)
    assert con.execute(
        "select count(*) from rpt_audience_email where person_id = ?", [revoker]
    ).fetchone()[0] == 0
    # still a segment member (for analysis), but no longer activatable by email
    consented = con.execute(
        "select count(*) from fct_segment_memberships where person_id = ? "
        "and consent_purpose = 'marketing_email' and has_required_consent", [revoker]
    ).fetchone()[0]
    assert consented == 0
