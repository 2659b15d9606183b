"""Accuracy of a built warehouse against the generator's ground truth."""

from __future__ import annotations

import tempfile
from pathlib import Path

import duckdb

from portrait.evaluate.attributes import evaluate_attributes
from portrait.evaluate.consent import evaluate_consent
from portrait.evaluate.identity import evaluate_identity
from portrait.evaluate.memory import capped
from portrait.evaluate.predictions import evaluate_predictions
from portrait.evaluate.psychographics import evaluate_psychographics
from portrait.evaluate.segments import evaluate_segments


def evaluate(truth: Path | str, warehouse: Path | str) -> dict:
    truth = Path(truth).resolve()
    spill = tempfile.TemporaryDirectory(prefix="portrait-evaluate-")
    con = capped(duckdb.connect(), spill.name)
    try:
        con.execute(f"attach '{Path(warehouse).resolve()}' as wh (read_only)")
        return {
            "identity": evaluate_identity(con, str(truth)),
            "attributes": evaluate_attributes(con, str(truth)),
            "predictions": evaluate_predictions(con, str(truth)),
            "psychographics": evaluate_psychographics(con, str(truth)),
            "segments": evaluate_segments(con, str(truth), Path(warehouse)),
            "consent": evaluate_consent(con, str(truth)),
        }
    finally:
        con.close()
        spill.cleanup()
