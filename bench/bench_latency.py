"""Benchmark: latency from a batch landing to the profiles, segment events and audiences.

The bench takes a built data set (landing + warehouse), lands one batch next to its landing files
(removed again at the end) and times the build that follows on a copy of the warehouse, in two
ways on two copies, in the same run:

* incremental: `portrait build --changed-only --skip-tests`, the micro-batch the landing sensor
  runs (only the new files are read; only the sources that changed and what depends on them are
  built; incremental models write only what changed);
* full: `portrait build --full-refresh --skip-tests`, every landing file again.

The batch is `--events` web events (copies of random existing messages under new ids, so they
belong to known visitors and customers, at their original times: late data) plus a new completed
order for a known customer and a marketing-email revocation by an email-audience member. After
each build the bench checks, rather than assumes, that `dim_customers` shows the order,
`fct_segment_membership_events` has events at the new clock, the revoker is out of
`rpt_audience_email`, and the new events are in `fct_customer_events`; then it compares the two
warehouses (`portrait.evaluate.incremental`): the micro-batch must equal the full refresh.

    .venv/bin/python bench/bench_latency.py --data data/bench/p100000 --events 10000
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "orchestration"))

from portrait.contract import write_landing_file  # noqa: E402
from portrait.evaluate.incremental import compare_warehouses, differences  # noqa: E402

PORTRAIT = [sys.executable, "-m", "portrait.cli"]
LATER = "2026-11-02T00:00:00+08:00"


def copy_warehouse(data: Path, into: Path) -> Path:
    """A copy of the built warehouse. The landing folder is the data set's own: the warehouse
    records the paths of the files it loaded, so the batch lands next to them (and is removed
    afterwards) for the incremental build to see only the batch as new."""
    into.mkdir(parents=True, exist_ok=True)
    warehouse = into / "warehouse.duckdb"
    shutil.copy(data / "warehouse.duckdb", warehouse)
    return warehouse


def sample_messages(landing: Path, count: int, seed: int = 7) -> list[str]:
    """`count` web events: random existing messages under new message ids."""
    files = sorted((landing / "web_events").glob("*.jsonl"))
    rng = random.Random(seed)
    with duckdb.connect() as con:
        lines = [row[0] for row in con.execute(
            "select line from (select line from read_csv(?, columns = {'line': 'varchar'}, "
            "header = false, delim = chr(1), quote = '', escape = '', auto_detect = false) "
            f"where json_valid(line)) using sample reservoir({count} rows) repeatable ({seed})",
            [[str(f) for f in files]]).fetchall()]
    out = []
    for line in lines:
        message = json.loads(line)
        message["messageId"] = str(uuid.UUID(int=rng.getrandbits(128)))
        out.append(json.dumps(message, ensure_ascii=False))
    return out


def choose_subjects(warehouse: Path) -> dict:
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
    return {"buyer": person_id, "orders_before": orders, "store_id": store_id,
            "account_id": account_id, "revoker": revoker, "email": email}


BATCH_FILES = ("web_events/part-latency.jsonl", "orders/part-latency.csv",
               "consent_events/part-latency.jsonl")


def land_batch(landing: Path, subjects: dict, messages: list[str]) -> None:
    if messages:
        (landing / "web_events" / "part-latency.jsonl").write_text(
            "".join(m + "\n" for m in messages), encoding="utf-8")
    write_landing_file(landing / "orders" / "part-latency.csv", "orders", [{
        "order_id": "POSLATENCY0001", "channel": "offline", "store_id": subjects["store_id"],
        "account_id": subjects["account_id"], "ordered_at": "2026-11-01T12:00:00+08:00",
        "status": "completed", "currency": "CNY", "total_amount": "99.00",
        "updated_at": "2026-11-01T12:01:00+08:00",
    }])
    write_landing_file(landing / "consent_events" / "part-latency.jsonl", "consent_events", [{
        "consent_event_id": "ce_latency_1", "id_type": "email", "id_value": subjects["email"],
        "purpose": "marketing_email", "action": "revoked",
        "occurred_at": "2026-11-01T12:00:00+08:00", "source": "email_unsubscribe",
        "legal_basis": "consent",
    }])


def timed_build(landing: Path, warehouse: Path, flags: list[str]) -> dict:
    command = ["/usr/bin/time", "-f", "%M", *PORTRAIT, "build", "--landing", str(landing),
               "--warehouse", str(warehouse), "--as-of", LATER, "--skip-tests", *flags]
    started = time.perf_counter()
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"build failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    peak_kib = int(result.stderr.strip().splitlines()[-1])
    return {"seconds": round(seconds, 1), "peak_rss_gib": round(peak_kib / 2**20, 2),
            "plan": next((line for line in result.stdout.splitlines()
                          if line.startswith("landing:")), "")}


def check(warehouse: Path, subjects: dict, messages: int) -> dict:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        order_count = con.execute("select order_count from dim_customers where person_id = ?",
                                  [subjects["buyer"]]).fetchone()[0]
        events = con.execute("select count(*) from fct_segment_membership_events "
                             "where occurred_at = (select max(as_of_at) from int_profile_as_of)"
                             ).fetchone()[0]
        in_audience = con.execute("select count(*) from rpt_audience_email where person_id = ?",
                                  [subjects["revoker"]]).fetchone()[0]
        new_events = con.execute("select count(*) from fct_customer_events as events "
                                 "inner join stg_segment__messages as messages "
                                 "on events.source_record_id = messages.message_id "
                                 "and events.source_name = 'web_events' "
                                 "where messages.source_file like '%part-latency%'").fetchone()[0]
    return {"order_visible": order_count == subjects["orders_before"] + 1,
            "membership_events_at_new_clock": events,
            "revoker_left_email_audience": in_audience == 0,
            "new_web_events_in_fct_customer_events": new_events,
            "new_web_events_landed": messages}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="a built data set: DIR/landing, "
                        "DIR/warehouse.duckdb (e.g. from bench_build.py)")
    parser.add_argument("--events", type=int, default=10_000, help="web events in the batch")
    parser.add_argument("--modes", nargs="+", default=["incremental", "full"],
                        choices=["incremental", "full"])
    args = parser.parse_args()
    data = Path(args.data)
    subjects = choose_subjects(data / "warehouse.duckdb")
    messages = sample_messages(data / "landing", args.events) if args.events else []
    report = {"data": str(data), "batch": {"web_events": len(messages), "orders": 1,
                                           "consent_revocations": 1}}
    landing = data / "landing"
    with tempfile.TemporaryDirectory(dir=REPO / "data") as tmp:
        warehouses = {}
        try:
            land_batch(landing, subjects, messages)
            for mode in args.modes:
                warehouse = copy_warehouse(data, Path(tmp) / mode)
                flags = ["--changed-only"] if mode == "incremental" else ["--full-refresh"]
                report[mode] = timed_build(landing, warehouse, flags)
                report[mode].update(check(warehouse, subjects, len(messages)))
                warehouses[mode] = warehouse
        finally:
            for name in BATCH_FILES:
                (landing / name).unlink(missing_ok=True)
        if len(warehouses) == 2:
            # the micro-batch must give what the full refresh gives (person ids aside)
            result = compare_warehouses(warehouses["incremental"], warehouses["full"])
            report["incremental_equals_full"] = {
                "clusters": result["clusters"], "tables_compared": len(result["tables"]),
                "differences": differences(result)}
    if "incremental" in report and "full" in report:
        report["incremental_to_full_ratio"] = round(
            report["incremental"]["seconds"] / report["full"]["seconds"], 3)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
