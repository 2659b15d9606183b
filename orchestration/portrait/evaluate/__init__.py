"""Accuracy of a built warehouse against the generator's ground truth."""

from __future__ import annotations

import tempfile
from pathlib import Path

import duckdb

from portrait.evaluate.attributes import evaluate_attributes
from portrait.evaluate.consent import evaluate_consent
from portrait.evaluate.erasure import evaluate_erasure
from portrait.evaluate.identity import evaluate_identity
from portrait.evaluate.memory import capped
from portrait.evaluate.predictions import evaluate_predictions
from portrait.evaluate.psychographics import evaluate_psychographics
from portrait.evaluate.segments import evaluate_segments

# The parts of an evaluation, in the order they run. `segments` builds an oracle from a copy of
# the warehouse, so it needs the warehouse's size again in free disk (33 GB at 1M persons).
PARTS = ("identity", "attributes", "predictions", "psychographics", "segments", "consent",
         "erasure")


def evaluate(truth: Path | str, warehouse: Path | str, skip: tuple[str, ...] = ()) -> dict:
    """Every part's scores, keyed by part; a part in `skip` is reported as skipped."""
    unknown = set(skip) - set(PARTS)
    if unknown:
        raise ValueError(f"no such part of the evaluation: {', '.join(sorted(unknown))} "
                         f"(the parts: {', '.join(PARTS)})")
    truth = Path(truth).resolve()
    spill = tempfile.TemporaryDirectory(prefix="portrait-evaluate-")
    # a database file of its own, so that its temporary tables can leave memory for the disk
    con = capped(duckdb.connect(str(Path(spill.name) / "evaluate.duckdb")), spill.name)
    scorers = {
        "identity": lambda: evaluate_identity(con, str(truth)),
        "attributes": lambda: evaluate_attributes(con, str(truth)),
        "predictions": lambda: evaluate_predictions(con, str(truth)),
        "psychographics": lambda: evaluate_psychographics(con, str(truth)),
        "segments": lambda: evaluate_segments(con, str(truth), Path(warehouse)),
        "consent": lambda: evaluate_consent(con, str(truth)),
        "erasure": lambda: evaluate_erasure(con, str(truth)),
    }
    try:
        con.execute(f"attach '{Path(warehouse).resolve()}' as wh (read_only)")
        return {part: {"skipped": True} if part in skip else scorers[part]() for part in PARTS}
    finally:
        con.close()
        spill.cleanup()
