"""Benchmark: loading a landing folder into the base models from scratch, at two commits.

What `portrait build --full-refresh` does first (drop the base_* tables, load every landing file,
flag and rank every row), timed for the working tree and for a clone at `--against`, each into
a fresh warehouse of its own, one after the other. Reports each load's seconds, peak RSS
(the largest process of the load, dbt's, from /usr/bin/time) and the largest size its
write-ahead log reached (sampled twice a second), the ratio, rows per base table,
and whether the two loads wrote the same rows (a multiset comparison per base table with
`loaded_at` left out: rows only in one of them).

    .venv/bin/python bench/bench_landing_load.py --landing data/bench/p100000/landing \\
        --against 87fd578
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# runs in the project's own Python package, so each commit uses its own loader
LOADER = """
import sys
from pathlib import Path
import portrait.cli as cli
load = getattr(cli, "load_landing", None) or cli.load_landing_in_steps
sys.exit(0 if load(Path(sys.argv[1]), Path(sys.argv[2]), None) else 1)
"""


def timed_load(project: Path, landing: Path, warehouse: Path, log: Path) -> dict:
    env = {**os.environ, "PORTRAIT_PROJECT_DIR": str(project),
           "PYTHONPATH": str(project / "orchestration"),
           "DBT_SEND_ANONYMOUS_USAGE_STATS": "false", "DO_NOT_TRACK": "1"}
    command = ["/usr/bin/time", "-v", sys.executable, "-c", LOADER, str(landing.resolve()),
               str(warehouse.resolve())]
    wal, peak_wal = Path(f"{warehouse.resolve()}.wal"), 0
    with log.open("w") as out:
        process = subprocess.Popen(command, env=env, cwd=project, stdout=out,
                                   stderr=subprocess.STDOUT)
        while process.poll() is None:
            # DuckDB's write-ahead log: what the load writes twice (again at the checkpoint)
            peak_wal = max(peak_wal, wal.stat().st_size if wal.exists() else 0)
            time.sleep(0.5)
    text = log.read_text()
    if process.returncode != 0:
        raise SystemExit(f"the load in {project} failed; see {log}:\n{text[-3000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1)
    seconds = sum(float(part) * 60**i for i, part in enumerate(reversed(wall.split(":"))))
    peak_kib = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    return {"seconds": round(seconds, 1), "peak_rss_gib": round(peak_kib / 2**20, 2),
            "peak_wal_gib": round(peak_wal / 2**30, 2)}


def compare(old: Path, new: Path) -> dict:
    import duckdb

    with duckdb.connect() as con:
        con.execute(f"attach '{old}' as old (read_only)")
        con.execute(f"attach '{new}' as new (read_only)")
        # the models only, not their side tables (<model>__ranked, __repeated)
        names = {row[0] for row in con.execute(
            "select table_name from duckdb_tables() where database_name = 'new' "
            "and schema_name = 'main' and table_name like 'base\\_%' escape '\\'").fetchall()}
        tables = sorted(name for name in names
                        if not any(name.startswith(other + "__") for other in names))
        report = {}
        for table in tables:
            rows = "* exclude (loaded_at)"
            counts = {"rows": con.execute(f"select count(*) from new.main.{table}").fetchone()[0]}
            for name, (a, b) in {"only_at_against": ("old", "new"),
                                 "only_in_working_tree": ("new", "old")}.items():
                counts[name] = con.execute(
                    f"select count(*) from (select {rows} from {a}.main.{table} except all "
                    f"select {rows} from {b}.main.{table})").fetchone()[0]
            report[table] = counts
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--landing", required=True, type=Path)
    parser.add_argument("--against", required=True, help="the commit to compare with")
    parser.add_argument("--work", type=Path, default=REPO / "data" / "bench" / "landing_load",
                        help="where the two warehouses and logs go (emptied first)")
    parser.add_argument("--no-compare", action="store_true",
                        help="skip the row comparison (it reads both warehouses in full)")
    args = parser.parse_args()
    args.work = args.work.resolve()

    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    old_project = args.work / "against"
    subprocess.run(["git", "clone", "--quiet", str(REPO), str(old_project)], check=True)
    subprocess.run(["git", "-C", str(old_project), "checkout", "--quiet", args.against],
                   check=True)
    report = {"landing": str(args.landing), "against": args.against}
    warehouses = {}
    for name, project in {f"at {args.against}": old_project, "working tree": REPO}.items():
        label = "old" if project == old_project else "new"
        warehouses[label] = args.work / f"{label}.duckdb"
        report[name] = timed_load(project, args.landing, warehouses[label],
                                  args.work / f"{label}.log")
        print(name, report[name], flush=True)
    report["time_ratio_new_to_old"] = round(
        report["working tree"]["seconds"] / report[f"at {args.against}"]["seconds"], 2)
    if not args.no_compare:
        report["base_tables"] = compare(warehouses["old"], warehouses["new"])
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
