"""Benchmark: the whole build (landing → marts) and its accuracy, at one or more sizes.

For each size the bench generates a data set (seed 42, default noise) unless it exists, runs
`portrait build` as of the generator's as-of date into a fresh warehouse, and reports the wall
time, the peak RSS of the build (the largest child process, i.e. dbt), the time per layer summed
from dbt's run_results.json (models, snapshots and seeds; tests counted apart), and the headline
accuracy figures of `portrait evaluate` (the build's figures go to stderr first, so a failed
evaluation does not lose them; `--no-evaluate` skips it, which at 1M takes longer than the build).

    .venv/bin/python bench/bench_build.py --persons 20000 100000
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "orchestration"))

from portrait.generate.core import DEFAULT_AS_OF  # noqa: E402
from portrait.project import LAYER_PREFIXES  # noqa: E402

PORTRAIT = [sys.executable, "-m", "portrait.cli"]


def layer_of(node_id: str) -> str:
    kind, _, name = node_id.split(".", 2)
    if kind in ("test", "unit_test"):
        return "tests"
    if kind in ("seed", "snapshot"):
        return kind + "s"
    for layer, prefixes in LAYER_PREFIXES.items():
        if name.startswith(prefixes):
            return layer
    return "other"


def run(persons: int, root: Path, evaluate: bool = True) -> dict:
    data = root / f"p{persons}"
    if not (data / "truth" / "manifest.json").exists():
        subprocess.run([*PORTRAIT, "generate", "--persons", str(persons), "--seed", "42",
                        "--out", str(data)], check=True, cwd=REPO, capture_output=True)
    warehouse = data / "warehouse.duckdb"
    warehouse.unlink(missing_ok=True)
    build = [*PORTRAIT, "build", "--landing", str(data / "landing"), "--warehouse",
             str(warehouse), "--as-of", DEFAULT_AS_OF]
    # the build runs under its own wrapper, so its peak RSS does not include the generator's
    wrapper = (
        "import resource, subprocess, sys; "
        f"subprocess.run({build!r}, check=True, capture_output=True); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    started = time.perf_counter()
    measured = subprocess.run([sys.executable, "-c", wrapper], check=True, cwd=REPO,
                              capture_output=True, text=True)
    seconds = time.perf_counter() - started
    peak_gib = int(measured.stdout.split()[-1]) / 2**20
    results = json.loads((REPO / "target" / "run_results.json").read_text())["results"]
    per_layer: dict[str, float] = defaultdict(float)
    slowest = sorted(results, key=lambda r: -r["execution_time"])[:5]
    for r in results:
        per_layer[layer_of(r["unique_id"])] += r["execution_time"]
    shutil.copy(REPO / "target" / "run_results.json", data / "run_results.json")
    figures = {
        "persons": persons,
        "build_seconds": round(seconds, 1),
        "peak_rss_gib": round(peak_gib, 2),
        "layer_seconds": {k: round(v, 1) for k, v in sorted(per_layer.items())},
        "slowest_nodes": [(r["unique_id"].split(".")[-1], round(r["execution_time"], 1))
                          for r in slowest],
    }
    if not evaluate:
        return figures
    # the build's figures first: an evaluation that fails must not lose them
    print(json.dumps(figures, indent=2), file=sys.stderr, flush=True)
    evaluated = subprocess.run([*PORTRAIT, "evaluate", "--truth", str(data / "truth"),
                                "--warehouse", str(warehouse)], check=True, cwd=REPO,
                               capture_output=True, text=True)
    report = json.loads(evaluated.stdout)
    return {
        **figures,
        "identity": {k: report["identity"][k] for k in ("pairwise_precision", "pairwise_recall")},
        "attributes": {f: v["accuracy"] for f, v in report["attributes"]["fields"].items()},
        "rfm": report["attributes"]["rfm"]["agreement"],
        "predictions": {k: report["predictions"][k]["auc"] for k in ("churn", "purchase_30d")},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, nargs="+", default=[20_000])
    parser.add_argument("--root", default=str(REPO / "data" / "bench"))
    parser.add_argument("--no-evaluate", action="store_true",
                        help="time the build only (the evaluation at 1M takes longer than it)")
    args = parser.parse_args()
    root = Path(args.root)
    root.mkdir(parents=True, exist_ok=True)
    for persons in args.persons:
        print(json.dumps(run(persons, root, not args.no_evaluate), indent=2, ensure_ascii=False),
              flush=True)


if __name__ == "__main__":
    main()
