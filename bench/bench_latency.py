"""Benchmark: latency from a file landing to the profiles, segment events and audiences.

Baseline for the micro-batch work (issue 7): today every batch is a full `portrait build`. The
bench copies a built data set (landing + warehouse), lands two small files — a new completed order
for a known customer and a marketing-email revocation by an email-audience member — and times the
build until `dim_customers` shows the order, `fct_segment_membership_events` has the build's
events, and the revoker is out of `rpt_audience_email`. Each of the three is checked, not assumed.

    .venv/bin/python bench/bench_latency.py --data data/bench/p20000
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "orchestration"))

from portrait.contract import write_landing_file  # noqa: E402

PORTRAIT = [sys.executable, "-m", "portrait.cli"]
LATER = "2026-11-02T00:00:00+08:00"


def land_batch(warehouse: Path, landing: Path) -> tuple[str, int, str]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        person_id, orders, store_id, account_id = con.execute("""
            select customers.person_id, customers.order_count, orders.store_id,
                   orders.account_id
            from fct_orders as orders
            inner join dim_customers as customers on orders.person_id = customers.person_id
            where orders.channel = 'offline' and orders.is_completed
              and orders.account_id like 'M%'
            order by customers.person_id limit 1
        """).fetchone()
        revoker, email = con.execute("""
            select audience.person_id, customers.email
            from rpt_audience_email as audience
            inner join dim_customers as customers on audience.person_id = customers.person_id
            where audience.person_id != ? order by 1 limit 1
        """, [person_id]).fetchone()
    write_landing_file(landing / "orders" / "part-latency.csv", "orders", [{
        "order_id": "POSLATENCY0001", "channel": "offline", "store_id": store_id,
        "account_id": account_id, "ordered_at": "2026-11-01T12:00:00+08:00",
        "status": "completed", "currency": "CNY", "total_amount": "99.00",
        "updated_at": "2026-11-01T12:01:00+08:00",
    }])
    write_landing_file(landing / "consent_events" / "part-latency.jsonl", "consent_events", [{
        "consent_event_id": "ce_latency_1", "id_type": "email", "id_value": email,
        "purpose": "marketing_email", "action": "revoked",
        "occurred_at": "2026-11-01T12:00:00+08:00", "source": "email_unsubscribe",
        "legal_basis": "consent",
    }])
    return person_id, orders, revoker


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="a built data set: DIR/landing, "
                        "DIR/warehouse.duckdb (e.g. from bench_build.py)")
    args = parser.parse_args()
    data = Path(args.data)
    with tempfile.TemporaryDirectory(dir=REPO / "data") as tmp:
        landing, warehouse = Path(tmp) / "landing", Path(tmp) / "warehouse.duckdb"
        shutil.copytree(data / "landing", landing)
        shutil.copy(data / "warehouse.duckdb", warehouse)
        person_id, orders, revoker = land_batch(warehouse, landing)
        started = time.perf_counter()
        subprocess.run([*PORTRAIT, "build", "--landing", str(landing), "--warehouse",
                        str(warehouse), "--as-of", LATER], check=True, cwd=REPO,
                       capture_output=True)
        seconds = time.perf_counter() - started
        with duckdb.connect(str(warehouse), read_only=True) as con:
            order_count = con.execute("select order_count from dim_customers where person_id = ?",
                                      [person_id]).fetchone()[0]
            events = con.execute("select count(*) from fct_segment_membership_events "
                                 "where occurred_at = (select max(occurred_at) "
                                 "from fct_segment_membership_events)").fetchone()[0]
            in_audience = con.execute("select count(*) from rpt_audience_email "
                                      "where person_id = ?", [revoker]).fetchone()[0]
    print(json.dumps({
        "data": str(data),
        "seconds_landing_to_marts": round(seconds, 1),
        "order_visible": order_count == orders + 1,
        "membership_events_at_new_clock": events,
        "revoker_left_email_audience": in_audience == 0,
        "method": "full portrait build (no incremental models yet)",
    }, indent=2))


if __name__ == "__main__":
    main()
