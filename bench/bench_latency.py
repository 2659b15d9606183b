"""Benchmark: latency from a batch landing to the profiles, segment events and audiences.

The bench takes a built data set (landing + warehouse), lands one batch next to its landing files
(removed again at the end) and times the build that follows on a copy of the warehouse, in two
ways on two copies, in the same run:

* incremental: `portrait build --changed-only --skip-tests`, the micro-batch the landing sensor
  runs (only the new files are read; only the sources that changed and what depends on them are
  built; incremental models write only what changed);
* full: `portrait build --full-refresh --skip-tests`, every landing file again.

The batch is `--events` web events (copies of random existing messages under new ids, so they
belong to known visitors and customers, at their original times: late data) plus a new completed
order for a known customer, a marketing-email revocation by an email-audience member, and a
deletion request naming another member's email. After each build the bench checks, rather than
assumes, that `dim_customers` shows the order, `fct_segment_membership_events` has events at the
new clock, the revoker is out of `rpt_audience_email`, the eraser is deleted and out of every
mart that serves persons, and the new events are in `fct_customer_events`; then it compares the two
warehouses (`portrait.evaluate.incremental`): the micro-batch must equal the full refresh.

    .venv/bin/python bench/bench_latency.py --data data/bench/p100000 --events 10000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "orchestration"))

from portrait.batches import batch_files, check_batch, choose_subjects, land_batch  # noqa: E402
from portrait.evaluate.incremental import (  # noqa: E402
    compare_warehouses,
    differences,
    unchanged_outside_scope,
)

PORTRAIT = [sys.executable, "-m", "portrait.cli"]
LATER = "2026-11-02T00:00:00+08:00"


def copy_warehouse(data: Path, into: Path) -> Path:
    """A copy of the built warehouse. The landing folder is the data set's own: the warehouse
    records the paths of the files it loaded, so the batch lands next to them (and is removed
    afterwards) for the incremental build to see only the batch as new."""
    into.mkdir(parents=True, exist_ok=True)
    warehouse = into / "warehouse.duckdb"
    shutil.copy(data / "warehouse.duckdb", warehouse)
    return warehouse


def sample_messages(landing: Path, count: int, seed: int = 7, files_read: int = 0) -> list[str]:
    """`count` web events: random existing messages under new message ids, drawn from every
    web_events file, or from `files_read` of them chosen at random (reading all 12 GB of them at
    1M persons pushes the warehouse out of the page cache before the timed build)."""
    files = sorted((landing / "web_events").glob("*.jsonl"))
    rng = random.Random(seed)
    if files_read:
        files = sorted(rng.sample(files, min(files_read, len(files))))
    with duckdb.connect() as con:
        lines = [row[0] for row in con.execute(
            "select line from (select line from read_csv(?, columns = {'line': 'varchar'}, "
            "header = false, delim = chr(1), quote = '', escape = '', auto_detect = false) "
            f"where json_valid(line)) using sample reservoir({count} rows) repeatable ({seed})",
            [[str(f) for f in files]]).fetchall()]
    out = []
    for line in lines:
        message = json.loads(line)
        message["messageId"] = str(uuid.UUID(int=rng.getrandbits(128)))
        out.append(json.dumps(message, ensure_ascii=False))
    return out


def _clock(line: str) -> float:
    hours, minutes, secs = line[:8].split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(secs)


def dbt_phases(stdout: str) -> dict:
    """Where a build's time went, from dbt's log lines, summed over its dbt invocations:
    starting and parsing the project (from `Running with dbt` to `Concurrency:`) and running
    the models (dbt's own `Finished running ... in`)."""
    parse = run = 0.0
    started = None
    for line in stdout.splitlines():
        if "Running with dbt" in line:
            started = _clock(line)
        elif "Concurrency:" in line and started is not None:
            parse += _clock(line) - started
            started = None
        elif "Finished running" in line:
            found = re.search(r"\(([\d.]+)s\)", line)
            if found:
                run += float(found.group(1))
    return {"dbt_parse_seconds": round(parse, 1), "dbt_run_seconds": round(run, 1)}


def slowest_nodes(stdout: str, count: int = 12) -> dict:
    """The slowest models, snapshots and seeds of a build, seconds each, from dbt's log lines
    (over every dbt invocation of the build: a micro-batch runs two)."""
    found = re.findall(r" of \d+ OK \w.*? [\w]+\.([\w]+) \.+ \[\w+ in ([\d.]+)s\]", stdout)
    found.sort(key=lambda item: -float(item[1]))
    return {name: round(float(seconds), 1) for name, seconds in found[:count]}


def warm_parse(landing: Path, warehouse: Path, env: dict) -> None:
    """Parse the project once with the build's environment, untimed, as the sensor's previous
    micro-batch would have: the timed build then parses only what changed (dbt's partial
    parsing), as it does in a running deployment."""
    from portrait.project import PROJECT_DIR, dbt_env, dbt_executable

    subprocess.run([dbt_executable(), "parse", "--project-dir", str(PROJECT_DIR),
                    "--profiles-dir", str(PROJECT_DIR)],
                   env={**env, **dbt_env(landing, warehouse, LATER)}, cwd=PROJECT_DIR,
                   capture_output=True, check=True)


def timed_build(landing: Path, warehouse: Path, flags: list[str], warm: bool) -> dict:
    command = ["/usr/bin/time", "-f", "%M", *PORTRAIT, "build", "--landing", str(landing),
               "--warehouse", str(warehouse), "--as-of", LATER, "--skip-tests", *flags]
    # both builds score with the prediction model the data set's build trained (the copy holds
    # it), so the comparison below is not a comparison of two trainings
    target = warehouse.parent / "target"
    env = {**os.environ, "PORTRAIT_RETRAIN_PREDICTIONS": "false", "DBT_TARGET_PATH": str(target)}
    if warm:
        warm_parse(landing, warehouse, env)
    started = time.perf_counter()
    serving = None
    lines = []
    # stdout is read as it comes, to note when the serving path was done (a micro-batch prints
    # "serving: built in ..." between its two dbt builds)
    with subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, env=env) as process:
        for line in process.stdout:
            lines.append(line)
            if line.startswith("serving: built in"):
                serving = time.perf_counter() - started
        stderr = process.stderr.read()
    seconds = time.perf_counter() - started
    stdout = "".join(lines)
    if process.returncode != 0:
        raise SystemExit(f"build failed:\n{stdout[-3000:]}\n{stderr[-3000:]}")
    peak_kib = int(stderr.strip().splitlines()[-1])
    report = {"seconds": round(seconds, 1), "peak_rss_gib": round(peak_kib / 2**20, 2),
              **dbt_phases(stdout), "slowest_nodes": slowest_nodes(stdout),
              "plan": next((line for line in stdout.splitlines()
                            if line.startswith("landing:")), "")}
    if serving is not None:
        report = {"serving_path_seconds": round(serving, 1), **report}
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="a built data set: DIR/landing, "
                        "DIR/warehouse.duckdb (e.g. from bench_build.py)")
    parser.add_argument("--events", type=int, default=10_000, help="web events in the batch")
    parser.add_argument("--keep", help="keep the built warehouses in this folder")
    parser.add_argument("--cold", action="store_true", help="do not parse the project before "
                        "timing (dbt then parses it from scratch: about 8 s)")
    parser.add_argument("--modes", nargs="+", default=["incremental", "full"],
                        choices=["incremental", "full"])
    parser.add_argument("--in-place", action="store_true", help="build the data set's own "
                        "warehouse instead of a copy (for data sets too large to copy, e.g. "
                        "1M persons): incremental mode only, and nothing to compare with, so "
                        "only the batch's checks are reported. The warehouse and the landing "
                        "folder keep the batch, under a name and ids of its own, so the "
                        "bench can run again on the same data set.")
    parser.add_argument("--sample-files", type=int, default=0, help="draw the batch's web "
                        "events from this many web_events landing files (0: all of them)")
    parser.add_argument("--batches", type=int, default=1, help="with --in-place: land and "
                        "build this many batches one after another (each new data), and report "
                        "each: the first pays for a cold start, the later ones show the spread")
    args = parser.parse_args()
    if args.in_place and args.modes != ["incremental"]:
        parser.error("--in-place builds one warehouse: use it with --modes incremental")
    if args.batches > 1 and not args.in_place:
        parser.error("--batches builds one warehouse again and again: use it with --in-place")
    reports = [one_batch(args) for _ in range(args.batches)]
    if len(reports) == 1:
        print(json.dumps(reports[0], indent=2))
        return
    serving = [report["incremental"]["serving_path_seconds"] for report in reports]
    print(json.dumps({"batches": reports, "serving_path_seconds": serving,
                      "serving_path_median": sorted(serving)[len(serving) // 2]}, indent=2))


def one_batch(args: argparse.Namespace) -> dict:
    data = Path(args.data)
    subjects = choose_subjects(data / "warehouse.duckdb")
    # a kept batch is named for its time: the next run's batch is then new data again
    tag = (time.strftime("latency-%Y%m%dT%H%M%S", time.gmtime()) if args.in_place
           else "latency")
    seed = 7 if tag == "latency" else int(time.time())
    messages = (sample_messages(data / "landing", args.events, seed, args.sample_files)
                if args.events else [])
    report = {"data": str(data), "batch": {"tag": tag, "web_events": len(messages), "orders": 1,
                                           "consent_revocations": 1,
                                           "deletion_requests": 1}}
    landing = data / "landing"
    with tempfile.TemporaryDirectory(dir=REPO / "data") as tmp:
        warehouses = {}
        try:
            land_batch(landing, subjects, messages, tag)
            for mode in args.modes:
                warehouse = (data / "warehouse.duckdb" if args.in_place
                             else copy_warehouse(data, Path(tmp) / mode))
                flags = ["--changed-only"] if mode == "incremental" else ["--full-refresh"]
                report[mode] = timed_build(landing, warehouse, flags, not args.cold)
                report[mode].update(check_batch(warehouse, subjects, len(messages), tag))
                warehouses[mode] = warehouse
        finally:
            if not args.in_place:
                for name in batch_files(tag):
                    (landing / name).unlink(missing_ok=True)
        if len(warehouses) == 2:
            # the micro-batch must give what the full refresh gives (person ids aside); the
            # profiles, memberships, consents and audiences on the persons it recomputed (the
            # others keep the earlier clock until the next full build)
            result = compare_warehouses(warehouses["incremental"], warehouses["full"],
                                        scope_only=True)
            report["incremental_equals_full"] = {
                "clusters": result["clusters"], "tables_compared": len(result["tables"]),
                "persons_recomputed": result["scope_persons"],
                "differences": differences(result)}
        if args.keep:
            for mode, warehouse in warehouses.items():
                Path(args.keep).mkdir(parents=True, exist_ok=True)
                shutil.copy(warehouse, Path(args.keep) / f"{mode}.duckdb")
        if "incremental" in warehouses and not args.in_place:
            # and it left every other person's rows as they were
            report["rows_changed_outside_the_scope"] = unchanged_outside_scope(
                data / "warehouse.duckdb", warehouses["incremental"])
    if "incremental" in report and "full" in report:
        report["incremental_to_full_ratio"] = round(
            report["incremental"]["seconds"] / report["full"]["seconds"], 3)
    return report


if __name__ == "__main__":
    main()
