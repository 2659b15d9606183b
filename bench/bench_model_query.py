"""Benchmark: one model's full-build query at two commits, on the same warehouse, in one run.

For rewriting a slow model without changing what it writes. The bench compiles the model's
full-build SQL (`dbt compile --full-refresh`) from the working tree and from a clone at
`--against` (a commit), runs each in its own process on the same warehouse (read only, with the
profile's memory limit and 2 threads), and reports each query's seconds and peak RSS, the ratio,
and whether the two give the same rows (a multiset comparison: rows only in one of them; the
columns a build stamps, `loaded_at` by default, are left out).

    .venv/bin/python bench/bench_model_query.py --model idn_identifier_guards \\
        --warehouse data/bench/p100000/warehouse.duckdb --against 11eff6e
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# runs in a child process, so that its peak RSS is the query's alone
RUNNER = """
import duckdb, resource, sys, time
warehouse, sql_file, out, memory, spill = sys.argv[1:6]
con = duckdb.connect(warehouse, read_only=True, config={"memory_limit": memory, "threads": 2,
                                                        "temp_directory": spill})
sql = open(sql_file).read()
started = time.perf_counter()
con.execute("create temp table result as " + sql)
seconds = time.perf_counter() - started
con.execute(f"copy result to '{out}' (format parquet)").fetchall()
rows = con.execute("select count(*) from result").fetchone()[0]
print(seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, rows)
"""


def compile_model(project: Path, model: str, warehouse: Path, target: Path) -> Path:
    env = {**os.environ, "PORTRAIT_WAREHOUSE": str(warehouse.resolve()),
           "DBT_TARGET_PATH": str(target), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    env.setdefault("PORTRAIT_LANDING", str(warehouse.resolve().parent / "landing"))
    subprocess.run([str(REPO / ".venv" / "bin" / "dbt"), "compile", "--select", model,
                    "--full-refresh", "--quiet", "--project-dir", str(project),
                    "--profiles-dir", str(project)],
                   env=env, cwd=project, check=True, capture_output=True)
    return next(target.glob(f"compiled/*/models/**/{model}.sql"))


def run_query(warehouse: Path, sql: Path, out: Path, memory: str) -> dict:
    result = subprocess.run([sys.executable, "-c", RUNNER, str(warehouse), str(sql), str(out),
                             memory, str(out.parent / "spill")],
                            check=False, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{sql} failed:\n{result.stderr[-3000:]}")
    seconds, peak_kib, rows = result.stdout.split()[-3:]
    return {"seconds": round(float(seconds), 1),
            "peak_rss_gib": round(int(peak_kib) / 2**20, 2), "rows": int(rows)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True)
    parser.add_argument("--warehouse", required=True, type=Path)
    parser.add_argument("--against", required=True, help="the commit to compare with")
    parser.add_argument("--ignore", nargs="*", default=["loaded_at"],
                        help="columns left out of the comparison (when a build wrote them)")
    parser.add_argument("--memory-limit", default=os.environ.get(
        "PORTRAIT_DUCKDB_MEMORY_LIMIT", "5GB"))
    args = parser.parse_args()
    import duckdb

    report = {"model": args.model, "warehouse": str(args.warehouse)}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        old_project = tmp / "against"
        subprocess.run(["git", "clone", "--quiet", str(REPO), str(old_project)], check=True)
        subprocess.run(["git", "-C", str(old_project), "checkout", "--quiet", args.against],
                       check=True)
        versions = {f"at {args.against}": old_project, "working tree": REPO}
        for (name, project), label in zip(versions.items(), ("old", "new"), strict=True):
            sql = compile_model(project, args.model, args.warehouse, tmp / f"target_{label}")
            report[name] = run_query(args.warehouse, sql, tmp / f"{label}.parquet",
                                     args.memory_limit)
        with duckdb.connect() as con:
            old, new = tmp / "old.parquet", tmp / "new.parquet"
            columns = [row[0] for row in con.execute(f"describe select * from '{old}'").fetchall()]
            ignored = [column for column in args.ignore if column in columns]
            rows = f"* exclude ({', '.join(ignored)})" if ignored else "*"
            only = {"columns_ignored": ignored}
            for name, (a, b) in {"rows_only_at_against": (old, new),
                                 "rows_only_in_working_tree": (new, old)}.items():
                only[name] = con.execute(
                    f"select count(*) from (select {rows} from '{a}' except all "
                    f"select {rows} from '{b}')").fetchone()[0]
        report.update(only)
    old_run, new_run = report[f"at {args.against}"], report["working tree"]
    report["time_ratio_new_to_old"] = round(new_run["seconds"] / old_run["seconds"], 2)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
