"""Benchmark: micro-batches at scale, and whether they equal a full build.

Deals a generated landing folder into batches (`portrait.batches.split_landing`: rows at random,
so every later batch is late data), builds the first batch from scratch and each later one
incrementally (`portrait build --skip-tests`, as the landing sensor would), then builds all the
files once from scratch, and compares the two warehouses table by table
(`portrait.evaluate.incremental`). Prints the time of every build and the comparison.

    .venv/bin/python bench/bench_microbatches.py --data data/bench/p20000 --shares 0.7 0.1 0.1 0.1
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

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "orchestration"))

from portrait.batches import deliver, split_landing  # noqa: E402
from portrait.evaluate.incremental import compare_warehouses, differences  # noqa: E402
from portrait.generate.core import DEFAULT_AS_OF  # noqa: E402

PORTRAIT = [sys.executable, "-m", "portrait.cli"]


def build(landing: Path, warehouse: Path) -> float:
    started = time.perf_counter()
    subprocess.run([*PORTRAIT, "build", "--landing", str(landing), "--warehouse",
                    str(warehouse), "--as-of", DEFAULT_AS_OF, "--skip-tests"],
                   check=True, cwd=REPO, capture_output=True)
    return round(time.perf_counter() - started, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="a generated data set (DIR/landing)")
    parser.add_argument("--shares", type=float, nargs="+", default=[0.7, 0.1, 0.1, 0.1])
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=REPO / "data") as tmp:
        root = Path(tmp)
        batches = split_landing(Path(args.data) / "landing", root / "batches", args.shares,
                                seed=args.seed)
        landing, incremental, full = root / "landing", root / "inc.duckdb", root / "full.duckdb"
        seconds = []
        for batch in batches:
            deliver(batch, landing)
            seconds.append(build(landing, incremental))
        full_seconds = build(landing, full)
        result = compare_warehouses(incremental, full)
        shutil.rmtree(root / "batches")
    print(json.dumps({
        "data": args.data,
        "shares": args.shares,
        "batch_build_seconds": seconds,
        "full_build_seconds": full_seconds,
        "clusters": result["clusters"],
        "tables_compared": len(result["tables"]),
        "rows_compared": sum(t.get("rows_full", 0) for t in result["tables"].values()),
        "differences": differences(result),
    }, indent=2))


if __name__ == "__main__":
    main()
