"""Split a landing folder into delivery batches, and deliver them one at a time.

A batch is what a source system would drop in one go: for every landing file, a share of its
rows, written as a new file of the same format (`part-0000.b2.jsonl`). Rows are dealt to batches
at random (seeded), not by time, so every batch carries late data: events timestamped days or
months before the newest rows already loaded, order lines before their order, and later versions
of records an earlier batch delivered. The equality test and the micro-batch benchmarks use this:
deliver batches 1..k to a landing folder one by one with an incremental build after each, then
compare with one full build over the same files.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import duckdb

LANDING_SUFFIXES = (".jsonl", ".ndjson", ".json", ".csv", ".parquet")


def _split_rows(n_rows: int, shares: list[float], rng: random.Random) -> list[list[int]]:
    cumulative, total = [], 0.0
    for share in shares:
        total += share
        cumulative.append(total)
    parts: list[list[int]] = [[] for _ in shares]
    for row in range(n_rows):
        draw = rng.random() * total
        parts[next(i for i, bound in enumerate(cumulative) if draw < bound)].append(row)
    return parts


def _write_part(source: Path, target: Path, rows: list[int], lines: list[bytes] | None,
                header: bytes | None) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if source.suffix == ".parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(source)
        pq.write_table(table.take(rows), target)
        return
    with target.open("wb") as f:
        if header is not None:
            f.write(header)
        for row in rows:
            f.write(lines[row])


def split_landing(landing: str | Path, out: str | Path, shares: list[float],
                  seed: int = 0) -> list[Path]:
    """Deal the rows of every file under `landing` into len(shares) batches, in proportion to
    `shares`. Batch i is written to <out>/batch_<i>/<source>/<stem>.b<i><suffix>. Every row goes
    to exactly one batch, so the batches together hold the landing folder's rows once. Returns
    the batch folders."""
    landing, out = Path(landing), Path(out)
    rng = random.Random(seed)
    batches = [out / f"batch_{i + 1}" for i in range(len(shares))]
    for source_file in sorted(landing.glob("*/*")):
        if source_file.suffix not in LANDING_SUFFIXES or source_file.stat().st_size == 0:
            continue
        lines = header = None
        if source_file.suffix == ".parquet":
            import pyarrow.parquet as pq

            n_rows = pq.read_metadata(source_file).num_rows
        else:
            # CSV rows are split on the csv module's record boundaries, so quoted newlines stay
            # inside their row; JSON lines on line ends
            lines = _record_chunks(source_file)
            if source_file.suffix == ".csv":
                header, lines = lines[0], lines[1:]
            n_rows = len(lines)
        parts = _split_rows(n_rows, shares, rng)
        for i, rows in enumerate(parts):
            if not rows:
                continue
            name = f"{source_file.stem}.b{i + 1}{source_file.suffix}"
            _write_part(source_file, batches[i] / source_file.parent.name / name, rows,
                        lines, header)
    return batches


def _record_chunks(path: Path) -> list[bytes]:
    """The raw bytes of each record of a JSON-lines or CSV file, line ends included."""
    data = path.read_bytes()
    if path.suffix != ".csv" or b'"' not in data:
        return data.splitlines(keepends=True)
    chunks, start, in_quotes = [], 0, False
    for i, byte in enumerate(data):
        if byte == 0x22:
            in_quotes = not in_quotes
        elif byte == 0x0A and not in_quotes:
            chunks.append(data[start:i + 1])
            start = i + 1
    if start < len(data):
        chunks.append(data[start:])
    return chunks


def deliver(batch: str | Path, landing: str | Path) -> list[Path]:
    """Copy one batch's files into a landing folder, as a source system's delivery would.
    Returns the landed files."""
    batch, landing = Path(batch), Path(landing)
    landed = []
    for source_file in sorted(batch.glob("*/*")):
        target = landing / source_file.parent.name / source_file.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source_file, target)
        landed.append(target)
    return landed


def choose_subjects(warehouse: Path) -> dict:
    """A built warehouse's subjects for a latency batch: a customer with a completed offline
    order (the buyer of the new order), a member of the email audience (the revoker), and
    another member of it with an email identifier of their own (the eraser, who asks to be
    deleted)."""
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
        eraser, eraser_email = con.execute("""
            select audience.person_id, min(identifiers.id_value)
            from rpt_audience_email as audience
            inner join idn_identifier_persons as identifiers
                on audience.person_id = identifiers.person_id
            where identifiers.id_type = 'email' and audience.person_id not in (?, ?)
            group by 1 order by 1 limit 1
        """, [person_id, revoker]).fetchone()
    return {"buyer": person_id, "orders_before": orders, "store_id": store_id,
            "account_id": account_id, "revoker": revoker, "email": email,
            "eraser": eraser, "eraser_email": eraser_email}


def batch_files(tag: str = "latency") -> tuple[str, str, str, str]:
    """The files of a latency batch under `tag`, relative to the landing folder."""
    return (f"web_events/part-{tag}.jsonl", f"orders/part-{tag}.csv",
            f"consent_events/part-{tag}.jsonl", f"deletion_requests/part-{tag}.csv")


BATCH_FILES = batch_files()


def land_batch(landing: Path, subjects: dict, messages: list[str], tag: str = "latency") -> None:
    """Land a latency batch next to `landing`'s files (`batch_files(tag)`): the web events
    `messages` (JSON lines), one completed offline order by the buyer, a marketing-email
    revocation by the revoker and a deletion request naming the eraser's email, all at
    2026-11-01 12:00 +08:00. The order, consent and request ids carry the tag, so a batch under
    another tag is new data rather than a re-delivery."""
    from portrait.contract import write_landing_file

    events, orders, consents, deletions = batch_files(tag)
    if messages:
        (landing / events).write_text("".join(m + "\n" for m in messages), encoding="utf-8")
    write_landing_file(landing / orders, "orders", [{
        "order_id": f"POS{tag.upper()}0001", "channel": "offline",
        "store_id": subjects["store_id"], "account_id": subjects["account_id"],
        "ordered_at": "2026-11-01T12:00:00+08:00", "status": "completed", "currency": "CNY",
        "total_amount": "99.00", "updated_at": "2026-11-01T12:01:00+08:00",
    }])
    write_landing_file(landing / consents, "consent_events", [{
        "consent_event_id": f"ce_{tag}_1", "id_type": "email", "id_value": subjects["email"],
        "purpose": "marketing_email", "action": "revoked",
        "occurred_at": "2026-11-01T12:00:00+08:00", "source": "email_unsubscribe",
        "legal_basis": "consent",
    }])
    write_landing_file(landing / deletions, "deletion_requests", [{
        "request_id": f"DR{tag.upper()}0001", "id_type": "email",
        "id_value": subjects["eraser_email"], "requested_at": "2026-11-01T12:00:00+08:00",
        "source": "web_form",
    }])


def check_batch(warehouse: Path, subjects: dict, messages: int, tag: str = "latency") -> dict:
    """What the warehouse shows of a latency batch after a build: checked, not assumed."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        order_count = con.execute("select order_count from dim_customers where person_id = ?",
                                  [subjects["buyer"]]).fetchone()[0]
        events = con.execute("select count(*) from fct_segment_membership_events "
                             "where occurred_at = (select max(as_of_at) from int_profile_as_of)"
                             ).fetchone()[0]
        in_audience = con.execute("select count(*) from rpt_audience_email where person_id = ?",
                                  [subjects["revoker"]]).fetchone()[0]
        # the eraser's rows in every mart that serves a person: profile, memberships, consents
        # and the four audiences
        eraser_rows = con.execute(" union all ".join(
            f"select count(*) from {table} where person_id = $person" for table in (
                "dim_customers", "fct_segment_memberships", "dim_customer_consents",
                "rpt_audience_email", "rpt_audience_sms", "rpt_audience_wechat",
                "rpt_audience_ads")), {"person": subjects["eraser"]}).fetchall()
        # and the request reached that very person (an eraser whose id had changed would leave
        # the marts' rows at that id without being deleted)
        erased = con.execute("select count(*) from int_deleted_persons where person_id = ?",
                             [subjects["eraser"]]).fetchone()[0]
        new_events = con.execute("select count(*) from fct_customer_events as events "
                                 "inner join stg_segment__messages as messages "
                                 "on events.source_record_id = messages.message_id "
                                 "and events.source_name = 'web_events' "
                                 "where messages.source_file like ?",
                                 [f"%/part-{tag}.%"]).fetchone()[0]
    return {"order_visible": order_count == subjects["orders_before"] + 1,
            "membership_events_at_new_clock": events,
            "revoker_left_email_audience": in_audience == 0,
            "eraser_left_every_mart": erased == 1
                                      and sum(count for (count,) in eraser_rows) == 0,
            "new_web_events_in_fct_customer_events": new_events,
            "new_web_events_landed": messages}
