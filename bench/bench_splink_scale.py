"""Benchmark: where the Splink contact matcher (idn_contact_matches) spends its time, and how
accurate it stays, on a generated data set.

The bench runs `score_contacts` of models/identity/idn_contact_matches.py outside dbt, on the
contacts that `dbt build --select +idn_contact_matches` staged into a warehouse, so that settings
can be compared on the same contacts one after the other:

  * `current`: the tunables in models/identity/_identity__splink.yml, as dbt passes them;
  * `before`: the settings the model had before blocking was made to scale (BEFORE below).

Each variant runs in a process of its own (peak RSS is that process's, contacts included), with
the seconds of each phase (prepare, prior, u, EM, predict). A second process per variant counts
the candidate pairs each blocking, EM and prior rule yields: `pairs` are all pairs sharing the
rule's keys, `new` those no earlier blocking rule found (Splink's marginal count, what predict
scores). The matcher's pairs are clustered by connected components and scored pairwise against
truth/record_persons.parquet (crm_contacts only), as in bench/RESULTS.md (FEBRL3, synthetic).

    .venv/bin/python bench/bench_splink_scale.py \
        --warehouse data/splink/p100k/wh.duckdb --truth data/bench/p100000/truth
    # only the current settings, marginal counts from a 20% sample of each side (1M persons):
    .venv/bin/python bench/bench_splink_scale.py --variant current --count-sample 0.2 \
        --warehouse data/splink/p1m/wh.duckdb --truth data/bench/p1000000/truth
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import numpy as np
import pyarrow.parquet as pq
import yaml
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

REPO = Path(__file__).resolve().parents[1]
MODEL = REPO / "models" / "identity" / "idn_contact_matches.py"
MODEL_YAML = REPO / "models" / "identity" / "_identity__splink.yml"

# The blocking and training rules of idn_contact_matches before this bench was written (the rest
# of its settings was as the YAML has it now).
BEFORE = {
    "blocking_rules": [
        ["national_id"], ["email"], ["phone_e164"], ["loyalty_member_id"], ["name_key"],
        ["family_key", "birth_date"], ["given_key", "birth_date"], ["birth_date", "postcode"],
        ["family_key", "postcode"], ["given_key", "postcode"], ["address_numbers", "postcode"],
        ["birth_date", "address_numbers"], ["birth_date", "district"],
        ["address_numbers", "district"], ["address_numbers", "address_text"],
        ["birth_date", "address_text"],
    ],
    "em_training_rules": [["phone_e164"], ["email"], ["birth_date"], ["postcode"]],
    "prior_rules": [["national_id"], ["email"], ["phone_e164"], ["name_key", "birth_date"]],
    "prior_recall": 0.6,
    "u_max_pairs": 2e6,
    "em_max_pairs": 2e6,
}  # fmt: skip


def load_model(path: Path = MODEL):
    spec = importlib.util.spec_from_file_location("idn_contact_matches", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def yaml_settings(threshold: float) -> dict:
    """config.meta of the model, keyed as score_contacts expects (without `splink_`)."""
    models = yaml.safe_load(MODEL_YAML.read_text())["models"]
    meta = next(m for m in models if m["name"] == "idn_contact_matches")["config"]["meta"]
    cfg = {key.removeprefix("splink_"): value for key, value in meta.items()}
    cfg["match_threshold"] = threshold  # a Jinja string in the YAML
    return cfg


def variant_settings(variant: str, threshold: float, overrides: list[str] = ()) -> dict:
    cfg = yaml_settings(threshold)
    if variant == "before":
        cfg = {key: value for key, value in cfg.items() if key not in BEFORE} | BEFORE
    for item in overrides:
        key, _, value = item.partition("=")
        cfg[key] = json.loads(value)
    return cfg


def read_inputs(warehouse: str, module):
    """The blocklist seed, and the contacts as the model reads them from dbt.ref() (an Arrow
    table, read whole, for a model without read_contacts)."""
    con = duckdb.connect(warehouse, read_only=True)
    ((schema,),) = con.sql(
        "select table_schema from information_schema.tables"
        " where table_name = 'identifier_blocklist'"
    ).fetchall()
    blocklist = con.sql(f"select * from {schema}.identifier_blocklist").to_arrow_table()
    if hasattr(module, "read_contacts"):
        # a stream, as in the model; the connection stays open until the process ends
        return module.read_contacts(con.table("main.stg_crm__contacts")), blocklist
    contacts = con.sql("select * from main.stg_crm__contacts order by contact_id").to_arrow_table()
    con.close()
    return contacts, blocklist


def count_contacts(warehouse: str) -> int:
    with duckdb.connect(warehouse, read_only=True) as con:
        return con.sql("select count(*) from main.stg_crm__contacts").fetchall()[0][0]


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_score(args) -> dict:
    """Score the contacts with one variant, timing each phase."""
    from splink.internals.linker_components.inference import LinkerInference
    from splink.internals.linker_components.training import LinkerTraining

    module = load_model(Path(args.model))
    phases: list[tuple[str, float]] = []
    rss_after: dict[str, float] = {}  # peak RSS when each phase last ended

    def timed(owner, name, label):
        inner = getattr(owner, name)

        def wrapper(*a, **k):
            started = time.perf_counter()
            try:
                return inner(*a, **k)
            finally:
                phases.append((label, time.perf_counter() - started))
                rss_after[label] = peak_rss_mib()

        setattr(owner, name, wrapper)

    timed(module, "prepare", "prepare")
    timed(LinkerTraining, "estimate_probability_two_random_records_match", "prior")
    timed(LinkerTraining, "estimate_u_using_random_sampling", "u")
    timed(LinkerTraining, "estimate_parameters_using_expectation_maximisation", "em")
    timed(LinkerInference, "predict", "predict")

    contacts, blocklist = read_inputs(args.warehouse, module)
    rss_inputs = peak_rss_mib()
    cfg = variant_settings(args.variant, args.threshold, args.set)
    started = time.perf_counter()
    pairs = module.score_contacts(contacts, cfg, blocklist)
    seconds = time.perf_counter() - started
    pq.write_table(pairs, args.pairs_out)
    by_phase: dict[str, float] = {}
    for label, s in phases:
        by_phase[label] = by_phase.get(label, 0.0) + s
    by_phase["other"] = seconds - sum(by_phase.values())
    matched_by: dict[str, int] = {}
    for rule in pairs.column("matched_by").to_pylist():
        matched_by[rule] = matched_by.get(rule, 0) + 1
    return {
        "contacts": count_contacts(args.warehouse),
        "seconds": seconds,
        "phases": by_phase,
        "em_sessions": sum(1 for label, _ in phases if label == "em"),
        "peak_rss_mib": peak_rss_mib(),
        "rss_after_inputs_mib": rss_inputs,
        "rss_after_phase_mib": rss_after,
        "matched_by": matched_by,
    }


def child_count(args) -> dict:
    """Pairs per rule: all pairs sharing the keys, and the new ones (blocking rules only)."""
    from splink import DuckDBAPI, block_on
    from splink.blocking_analysis import count_comparisons_from_blocking_rules

    module = load_model(Path(args.model))
    contacts, blocklist = read_inputs(args.warehouse, module)
    cfg = {**module.DEFAULTS, **variant_settings(args.variant, args.threshold, args.set)}
    out: dict[str, list] = {}
    with duckdb.connect() as con:
        con.execute("set memory_limit = '3GB'")
        module.prepare(con, contacts, blocklist)
        present = module.present_columns(con)

        def usable(rules):
            return [r for r in rules if all(c in present for c in r)]

        blocking = [r for r in usable(cfg["blocking_rules"]) if module.count_pairs(con, r) > 0]
        started = time.perf_counter()
        marginal = count_comparisons_from_blocking_rules(
            DuckDBAPI(connection=con).register("prepared"),
            blocking_rules=[block_on(*r) for r in blocking],
            link_type="dedupe_only",
            unique_id_column_name="contact_id",
            record_sample_proportion=args.count_sample,
        )
        out["marginal_seconds"] = time.perf_counter() - started
        out["blocking"] = [
            [module.rule_name(r), module.count_pairs(con, r), int(m["marginal_comparison_count"])]
            for r, m in zip(blocking, marginal, strict=True)
        ]
        for key in ("em_training_rules", "prior_rules"):
            out[key] = [[module.rule_name(r), module.count_pairs(con, r)] for r in usable(cfg[key])]
    return out


def score(pairs_path: str, warehouse: str, truth: str) -> dict:
    """Pairwise precision / recall / F1 of the connected components of the pairs."""
    with duckdb.connect() as con:
        con.execute(f"attach '{warehouse}' as wh (read_only)")
        ids = con.sql(
            # a contact the truth does not know is a person of its own
            "select c.contact_id, coalesce(t.person_id, c.contact_id) as person_id"
            " from wh.main.stg_crm__contacts as c"
            f" left join '{truth}/record_persons.parquet' as t"
            " on t.source_name = 'crm_contacts' and t.source_record_id = c.contact_id"
            " order by c.contact_id"
        ).fetchnumpy()
        n = len(ids["contact_id"])
        con.register("ids", {"contact_id": ids["contact_id"], "i": np.arange(n)})
        edges = con.sql(
            f"select l.i as a, r.i as b from '{pairs_path}' as p"
            " join ids as l on p.contact_id_l = l.contact_id"
            " join ids as r on p.contact_id_r = r.contact_id"
        ).fetchnumpy()
        graph = coo_matrix((np.ones(len(edges["a"])), (edges["a"], edges["b"])), shape=(n, n))
        _, labels = connected_components(graph, directed=False)
        con.register("labelled", {"component": labels, "person": ids["person_id"]})
        ((predicted, true_positive, actual),) = con.sql(
            """
            with cells as (select component, person, count(*) as n from labelled group by 1, 2),
            components as (select sum(n) as n from cells group by component),
            persons as (select sum(n) as n from cells group by person)
            select
                (select sum(n * (n - 1) // 2) from components),
                (select sum(n * (n - 1) // 2) from cells),
                (select sum(n * (n - 1) // 2) from persons)
            """
        ).fetchall()
    precision = true_positive / predicted if predicted else 1.0
    recall = true_positive / actual if actual else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "true_pairs": int(actual)}


def run_child(mode: str, variant: str, args, pairs_out: str) -> dict:
    command = [
        sys.executable, __file__, "--child", mode, "--variant", variant,
        "--warehouse", args.warehouse, "--truth", args.truth, "--threshold", str(args.threshold),
        "--count-sample", str(args.count_sample), "--pairs-out", pairs_out, "--model", args.model,
    ]  # fmt: skip
    for item in args.set:
        command += ["--set", item]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{mode} {variant} failed:\n{done.stderr[-4000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--warehouse", required=True, help="a warehouse with stg_crm__contacts")
    parser.add_argument("--truth", required=True, help="the generator's truth/ folder")
    parser.add_argument(
        "--variant", action="append", choices=["before", "current"], help="default: both"
    )
    parser.add_argument("--threshold", type=float, default=0.99)
    parser.add_argument(
        "--set", action="append", default=[], metavar="KEY=JSON",
        help="override a setting of every variant, e.g. em_max_pairs=1e6 (for experiments)",
    )  # fmt: skip
    parser.add_argument(
        "--count-sample", type=float, default=1.0,
        help="share of records on each side for the marginal (new) pair counts; 1 is exact",
    )  # fmt: skip
    parser.add_argument("--no-counts", action="store_true", help="skip the pair counts")
    parser.add_argument("--no-score", action="store_true", help="only count the pairs")
    parser.add_argument(
        "--model", default=str(MODEL),
        help="the model file to run, e.g. an older version: git show HEAD:<model path> > FILE",
    )  # fmt: skip
    parser.add_argument("--keep-pairs", help="write the pairs to DIR/<variant>.parquet")
    parser.add_argument("--child", choices=["score", "count"], help=argparse.SUPPRESS)
    parser.add_argument("--pairs-out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.warehouse = str(Path(args.warehouse).resolve())
    args.truth = str(Path(args.truth).resolve())

    if args.child:
        args.variant = args.variant[0]
        result = child_score(args) if args.child == "score" else child_count(args)
        print(json.dumps(result))
        return

    load = os.getloadavg()
    print(f"warehouse {args.warehouse}; load average at start {load[0]:.2f} {load[1]:.2f}")
    with tempfile.TemporaryDirectory(prefix="portrait-splink-scale-") as work:
        work = args.keep_pairs or work
        Path(work).mkdir(parents=True, exist_ok=True)
        for variant in args.variant or ["before", "current"]:
            pairs_out = str(Path(work) / f"{variant}.parquet")
            print(f"\n## {variant}", flush=True)
            if not args.no_score:
                report_score(run_child("score", variant, args, pairs_out), pairs_out, args)
            if not args.no_counts:
                report_counts(run_child("count", variant, args, pairs_out), args)


def report_score(r: dict, pairs_out: str, args) -> None:
    r |= score(pairs_out, args.warehouse, args.truth)
    print(
        f"{r['contacts']:,} contacts, load {os.getloadavg()[0]:.2f}\n"
        f"model seconds {r['seconds']:.1f} ("
        + ", ".join(f"{k} {v:.1f}" for k, v in r["phases"].items())
        + f"; {r['em_sessions']} EM sessions)\n"
        f"peak RSS {r['peak_rss_mib']:,.0f} MiB"
        f" (after reading the inputs {r['rss_after_inputs_mib']:,.0f}; after "
        + ", ".join(f"{k} {v:,.0f}" for k, v in r["rss_after_phase_mib"].items())
        + ")\n"
        f"pairs {sum(r['matched_by'].values()):,}: precision {r['precision']:.4f}"
        f" recall {r['recall']:.4f} F1 {r['f1']:.4f} ({r['true_pairs']:,} true pairs)\n"
        "kept pairs by rule: "
        + ", ".join(f"{k} {v:,}" for k, v in sorted(r["matched_by"].items())),
        flush=True,
    )


def report_counts(c: dict, args) -> None:
    print(f"\n| blocking rule | pairs | new pairs (sample {args.count_sample}) |")
    print("|---|---:|---:|")
    for name, pairs, new in c["blocking"]:
        print(f"| {name} | {pairs:,} | {new:,} |")
    total = sum(new for _, _, new in c["blocking"])
    print(f"| total scored by predict | | {total:,} |")
    for key in ("em_training_rules", "prior_rules"):
        print(f"{key}: " + ", ".join(f"{n} {p:,}" for n, p in c[key]))
    print(f"(counting took {c['marginal_seconds']:.1f} s)", flush=True)


if __name__ == "__main__":
    main()
