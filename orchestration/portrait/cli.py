"""The `portrait` command."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from portrait.generate.core import DEFAULT_AS_OF


def _cmd_generate(args: argparse.Namespace) -> int:
    from portrait.generate import NoiseConfig, generate

    if args.no_noise:
        noise = NoiseConfig.off()
    elif args.noise_config:
        noise = NoiseConfig.from_yaml(args.noise_config)
    else:
        noise = NoiseConfig()
    started = time.perf_counter()
    manifest = generate(
        persons=args.persons, seed=args.seed, out=Path(args.out), noise=noise, as_of=args.as_of
    )
    elapsed = time.perf_counter() - started
    print(json.dumps({"out": str(args.out), "seconds": round(elapsed, 1),
                      "rows": manifest.get("rows", manifest.get("counts"))}, indent=2,
                     default=str))
    return 0


def _cmd_build(args: argparse.Namespace) -> int:
    from portrait.changes import plan_build
    from portrait.preflight import check_landing
    from portrait.project import DEFER_CHECKPOINT_ENV, run_dbt
    from portrait.summary import build_summary

    landing, warehouse = Path(args.landing), Path(args.warehouse)
    plan = plan_build(landing, warehouse)
    print(f"landing: {plan.describe()}")
    full_refresh = args.full_refresh or plan.full_refresh
    if plan.full_refresh and not plan.first_build and not args.full_refresh:
        print("landing is append-only, so replaced or removed files need a full refresh: "
              "running one")
    # The base models are full_refresh=false: a full refresh drops them and loads every landing
    # file again first. Not for `--full-refresh --select` (rebuild some models) while the
    # landing folder is as loaded: reloaded base rows would all count as new to the models
    # left out of the selection, and the next micro-batch would restage everything.
    reload_landing = full_refresh and (plan.full_refresh or not args.select)
    if full_refresh and not reload_landing:
        print("--full-refresh with --select: the selected models are rebuilt from the loaded "
              "landing rows; the landing files are not read again")
    new_files = None if reload_landing else {p for paths in plan.new.values() for p in paths}
    report = check_landing(landing, only=new_files)
    for finding in report.findings:
        print(finding, file=sys.stderr if finding.level == "error" else sys.stdout)
    if report.errors:
        print(f"preflight: {len(report.errors)} error(s) in {landing}; nothing was built.",
              file=sys.stderr)
        return 2
    dbt_args = ["build"]
    started = time.perf_counter()
    if reload_landing:
        if not load_landing(landing, warehouse, args.as_of):
            print("loading the landing files failed; see the messages above.", file=sys.stderr)
            return 1
    # Unit tests check the SQL, not the data: they run in CI and with --unit-tests (dbt Labs
    # leaves them out of production builds), and cost 26 s of a 1,500-person build.
    if args.skip_tests:
        skip_tests = ["--exclude", "test_type:data", "test_type:unit"]
    elif args.unit_tests:
        skip_tests = []
    else:
        skip_tests = ["--exclude-resource-type", "unit_test"]
    if args.changed_only and not full_refresh and not args.select:
        if not plan.changed_sources:
            print("nothing to build: no new landing files")
            return 0
        # the serving path first (profiles, segments, audiences), then the rest of the batch
        # The serving build writes no JSON artifacts (manifest.json twice, run_results.json):
        # about 1.5 s of a micro-batch's serving path. The second build writes them, and reads
        # the graph from the manifest, parsed again if the first build had to re-parse.
        phases = {"serving": lambda: [*serving_selection(plan.changed_sources,
                                                         tests=not args.skip_tests),
                                      *(["--no-write-json"] if _manifest_path().exists() else [])],
                  "rest": lambda: ["--select", *rest_of_micro_batch(
                      _manifest(landing, warehouse, args.as_of), plan.changed_sources)]}
        # The serving build leaves its changes in DuckDB's write-ahead log (durable, but not
        # yet written into the database file): the checkpoint that writes them, seconds at 1M
        # persons, comes after the serving path, in the rest of the batch (duckdb_plugin.py).
        deferred = {"serving": {DEFER_CHECKPOINT_ENV: "1"}}
        for phase, selection in phases.items():
            phase_args = selection()
            if phase_args == ["--select"]:
                continue
            if not run_dbt(["build", *phase_args, *skip_tests], landing, warehouse, args.as_of,
                           extra_env=deferred.get(phase)):
                elapsed = time.perf_counter() - started
                print(f"dbt build ({phase}) failed after {elapsed:.0f}s; see the messages above.",
                      file=sys.stderr)
                return 1
            print(f"{phase}: built in {time.perf_counter() - started:.1f}s")
            wal = Path(f"{warehouse}.wal")
            if phase == "serving" and wal.exists():
                print(f"serving: {wal.stat().st_size / 2**20:.1f} MB of changes in the "
                      "write-ahead log, for the rest of the batch to write into the file")
        checkpoint_warehouse(warehouse)
    else:
        if args.select:
            dbt_args += ["--select", args.select]
        dbt_args += skip_tests
        if full_refresh:
            dbt_args.append("--full-refresh")
        if not run_dbt(dbt_args, landing, warehouse, args.as_of):
            elapsed = time.perf_counter() - started
            print(f"dbt build failed after {elapsed:.0f}s; see the messages above.",
                  file=sys.stderr)
            return 1
    elapsed = time.perf_counter() - started
    print(f"\nBuilt {warehouse} from {landing} in {elapsed:.0f}s.\n")
    print(build_summary(warehouse))
    return 0


SERVING_TAG = "serving"


def checkpoint_warehouse(warehouse: Path) -> None:
    """Write what the write-ahead log holds into the database file. The rest of a micro-batch
    has done so when it closed; this covers a batch without one."""
    import duckdb

    if Path(f"{warehouse}.wal").exists():
        print("checkpoint: writing the write-ahead log into the database file")
        with duckdb.connect(str(warehouse)) as con:
            con.execute("checkpoint")


def serving_selection(sources: list[str], tests: bool = True) -> list[str]:
    """The dbt arguments of a micro-batch's first build: the models and snapshots downstream of
    the sources with new files that the `serving` tag's nodes need (profiles, consents, segment
    memberships and their events, audiences), and the profile clock (it reads no source, and
    the profiles are computed as of it). Tests come with them if they read only these models and
    their ancestors (buildable indirect selection), so a failing test still stops what depends
    on the model it tests. Without tests (`--skip-tests`), no test is expanded at all: dbt's
    buildable expansion walks the graph's ancestors for each part of the selection, three times
    over: selecting a micro-batch took dbt 2.7 s with it and 1.0 s without."""
    return ["--select", *(f"source:landing.{source}+,+tag:{SERVING_TAG}" for source in sources),
            "int_profile_as_of", "--indirect-selection", "buildable" if tests else "empty"]


def rest_of_micro_batch(manifest: dict, sources: list[str]) -> list[str]:
    """The models and snapshots of a micro-batch's second build: downstream of the sources with
    new files but not needed by the serving path (audits of the identity graph and the load,
    the quarantine table, the order and activity marts, profile history). The second build
    selects them by name, and dbt adds their tests, including the tests that also read a
    serving model. (A dbt `--exclude` of the serving path would drop those tests too.)"""
    nodes = manifest["nodes"]
    buildable = {uid for uid, node in nodes.items()
                 if node["resource_type"] in ("model", "snapshot")}

    def closure(start: set[str], edges: dict[str, list[str]]) -> set[str]:
        seen, todo = set(start), list(start)
        while todo:
            for other in edges.get(todo.pop(), []):
                if other not in seen:
                    seen.add(other)
                    todo.append(other)
        return seen

    changed = closure({uid for uid, source in manifest["sources"].items()
                       if source["source_name"] == "landing" and source["name"] in sources},
                      manifest["child_map"])
    serving = closure({uid for uid in buildable if SERVING_TAG in nodes[uid]["tags"]},
                      manifest["parent_map"])
    return sorted(nodes[uid]["name"] for uid in (changed & buildable) - serving)


def _manifest_path() -> Path:
    from portrait.project import PROJECT_DIR

    return PROJECT_DIR / Path(os.environ.get("DBT_TARGET_PATH", "target")) / "manifest.json"


def _manifest(landing: Path, warehouse: Path, as_of: str | None) -> dict:
    """dbt's manifest.json, parsed again first when it is missing or older than dbt's partial
    parse state (a build with --no-write-json re-parsed a changed project without writing it)."""
    from portrait.project import run_dbt

    path = _manifest_path()
    state = path.with_name("partial_parse.msgpack")
    if not path.exists() or (state.exists() and state.stat().st_mtime > path.stat().st_mtime):
        if not run_dbt(["parse", "--quiet"], landing, warehouse, as_of):
            raise SystemExit("dbt parse failed; see the messages above.")
    return json.loads(path.read_text())


def load_landing(landing: Path, warehouse: Path, as_of: str | None) -> bool:
    """Rebuild the base models (base_*) from scratch: drop them, then load the landing folders
    through the same append path a new file takes (each file's rows appended, then the copies
    of repeated keys ranked). The base models are full_refresh=false, so the `dbt build
    --full-refresh` that follows leaves them be. One step reads every file, unless
    portrait__max_landing_files_per_build caps the files per build; then it repeats until every
    file is loaded. tests/test_incremental.py shows that loading in batches equals one read."""
    import duckdb

    from portrait.changes import plan_build
    from portrait.project import run_dbt

    if Path(warehouse).exists():
        with duckdb.connect(str(warehouse)) as con:
            tables = [row[0] for row in con.execute(
                "select table_name from information_schema.tables where table_schema = 'main' "
                "and table_name like 'base\\_%' escape '\\'").fetchall()]
            for table in tables:
                con.execute(f"drop table main.{table}")
    # with their parents: the seeds the quarantine checks read
    step = ["build", "--select", "+tag:landing_base", "--exclude", "test_type:data",
            "test_type:unit"]
    while True:
        if not run_dbt(step, landing, warehouse, as_of):
            return False
        if not plan_build(landing, warehouse).new:
            return True


def _cmd_summary(args: argparse.Namespace) -> int:
    from portrait.summary import build_summary

    print(build_summary(args.warehouse))
    return 0


def _cmd_preflight(args: argparse.Namespace) -> int:
    from portrait.preflight import check_landing

    report = check_landing(Path(args.landing))
    for finding in report.findings:
        print(finding)
    print(f"{report.files_checked} files checked, {len(report.errors)} error(s)")
    return 2 if report.errors else 0


def _cmd_export(args: argparse.Namespace) -> int:
    from portrait.export import ExportError, export_audience

    try:
        rows = export_audience(args.warehouse, args.audience, args.out, args.format,
                               args.segment, args.include_person_id)
    except ExportError as error:
        print(f"export: {error}", file=sys.stderr)
        return 2
    print(f"Wrote {rows} rows of the {args.audience} audience to {args.out}.")
    return 0


def _cmd_recluster(args: argparse.Namespace) -> int:
    from portrait.project import run_dbt
    from portrait.recluster import clustered_tables, recluster

    warehouse = Path(args.warehouse)
    if not warehouse.exists():
        print(f"portrait recluster: no warehouse at {warehouse}", file=sys.stderr)
        return 2
    landing = Path(os.environ.get("PORTRAIT_LANDING", warehouse.parent / "landing"))
    # parsed now: the keys are the project's as it is, not as the last build left the manifest
    if not run_dbt(["parse", "--quiet"], landing, warehouse, None):
        raise SystemExit("dbt parse failed; see the messages above.")
    tables = clustered_tables(json.loads(_manifest_path().read_text()))
    for done in recluster(warehouse, tables):
        print(f"{done.table}: {done.rows:,} rows ordered by {', '.join(done.key)} "
              f"in {done.seconds} s")
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from portrait.evaluate import evaluate

    try:
        scores = evaluate(args.truth, args.warehouse, tuple(args.skip))
    except ValueError as error:
        print(f"portrait evaluate: {error}", file=sys.stderr)
        return 2
    print(json.dumps(scores, indent=2, default=str))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="portrait",
        description="Portrait: unified customer profiles in the warehouse (dbt + DuckDB).",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    gen = sub.add_parser("generate", help="write a synthetic landing directory with ground truth",
                         description="Generate landing files (DIR/landing) and the ground truth "
                                     "(DIR/truth) for N synthetic persons. Deterministic per seed.")
    gen.add_argument("--persons", type=int, default=20_000, help="number of persons (20000)")
    gen.add_argument("--seed", type=int, default=42, help="random seed (42)")
    gen.add_argument("--out", required=True, help="output directory")
    gen.add_argument("--noise-config", help="YAML file of noise rates (see NoiseConfig)")
    gen.add_argument("--no-noise", action="store_true", help="turn every kind of noise off")
    gen.add_argument(
        "--as-of", default=DEFAULT_AS_OF,
        help=f"the data ends at this instant, where the truth's future window starts "
        f"({DEFAULT_AS_OF})",
    )
    gen.set_defaults(func=_cmd_generate)

    build = sub.add_parser("build", help="check a landing directory and build the warehouse",
                           description="Run the preflight file checks on LANDING, then dbt build "
                                       "into the DuckDB file WAREHOUSE, then print a summary.")
    build.add_argument("--landing", required=True, help="landing directory")
    build.add_argument("--warehouse", required=True, help="DuckDB file to build into")
    build.add_argument("--select", help="dbt selector, e.g. 'staging' or 'stg_crm__contacts+'")
    build.add_argument("--full-refresh", action="store_true",
                       help="rebuild incremental models from every landing file (run by itself "
                            "when a loaded landing file was replaced or removed); with --select, "
                            "rebuild the selected models from the landing rows already loaded")
    build.add_argument("--changed-only", action="store_true",
                       help="micro-batch: build only the sources with new landing files and "
                            "what depends on them, the serving path (profiles, segments, "
                            "audiences) first")
    build.add_argument("--skip-tests", action="store_true",
                       help="build models, seeds and snapshots without running the dbt tests")
    build.add_argument("--unit-tests", action="store_true",
                       help="run the dbt unit tests too (they test the SQL, not the data, so "
                            "a build leaves them out unless asked; `make test` asks)")
    build.add_argument(
        "--as-of",
        help="compute profiles as of this instant (ISO 8601 with offset, e.g. "
        "2026-11-01T00:00:00+08:00); default: PORTRAIT_AS_OF, else the build time",
    )
    build.set_defaults(func=_cmd_build)

    summary = sub.add_parser("summary", help="print rows per layer and quarantined rows",
                             description="Print the build summary of a warehouse.")
    summary.add_argument("--warehouse", required=True, help="DuckDB file")
    summary.set_defaults(func=_cmd_summary)

    ev = sub.add_parser("evaluate", help="measure accuracy against the generator's ground truth",
                        description="Compare a built warehouse with the truth written by "
                                    "`portrait generate` and print the scores as JSON.")
    ev.add_argument("--truth", required=True, help="the truth directory (DIR/truth)")
    ev.add_argument("--warehouse", required=True, help="DuckDB file built from DIR/landing")
    ev.add_argument("--skip", nargs="+", default=[], metavar="PART",
                    help="parts of the evaluation to leave out (identity, attributes, ...; see "
                         "portrait.evaluate.PARTS), e.g. segments, which copies the warehouse "
                         "and so needs its size in free disk")
    ev.set_defaults(func=_cmd_evaluate)

    exp = sub.add_parser("export", help="write a consent-checked, hashed audience to a file",
                         description="Write one activation audience (rpt_audience_<NAME>): "
                                     "segment members who hold the consent the channel and "
                                     "their segment need, with email and phone as SHA-256.")
    exp.add_argument("--audience", required=True, choices=["email", "sms", "wechat", "ads"],
                     help="the activation channel")
    exp.add_argument("--format", default="csv", choices=["csv", "parquet"], help="csv (default)")
    exp.add_argument("--out", required=True, help="file to write")
    exp.add_argument("--warehouse", default="data/warehouse/portrait.duckdb",
                     help="DuckDB file (data/warehouse/portrait.duckdb)")
    exp.add_argument("--segment", help="only this segment's members")
    exp.add_argument("--include-person-id", action="store_true",
                     help="add Portrait's person_id (for reconciliation; not for platforms)")
    exp.set_defaults(func=_cmd_export)

    rec = sub.add_parser("recluster", help="write the clustered tables again in key order",
                         description="Write each table whose model names meta.cluster_by again, "
                                     "ordered by that key, with the same rows: the order a "
                                     "full build writes, which micro-batches' appends wear "
                                     "down. Run it between builds (it takes the writer).")
    rec.add_argument("--warehouse", required=True, help="DuckDB file")
    rec.set_defaults(func=_cmd_recluster)

    pre = sub.add_parser("preflight", help="check landing files without building",
                         description="Run the file-level checks (UTF-8, headers, required "
                                     "fields) on a landing directory.")
    pre.add_argument("--landing", required=True, help="landing directory")
    pre.set_defaults(func=_cmd_preflight)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
