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
