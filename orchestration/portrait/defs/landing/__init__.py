"""The landing directory in Dagster: one asset per source folder, the demo generator, the sensor.

`landing/<source>` is the set of files in `<landing>/<source>/` that a build reads; the dbt
sources of the same names make every staging model depend on it. Materializing it runs the
preflight file checks (UTF-8, headers, delimiter: what cannot be quarantined row by row) and
records the files; the Great Expectations landing checks (portrait/defs/quality) then judge the
rows of each file, and block the build when a file is bad.
"""

import hashlib
import json
import time
from pathlib import Path

from dagster import (
    AssetExecutionContext,
    AssetKey,
    AssetSelection,
    AssetSpec,
    Config,
    DefaultSensorStatus,
    Failure,
    MaterializeResult,
    MetadataValue,
    RunRequest,
    SensorEvaluationContext,
    SkipReason,
    asset,
    multi_asset,
    sensor,
)
from pydantic import Field

from portrait.contract import FORMATS, SOURCES
from portrait.defs.resources import PortraitSettings

BUILD_JOB_NAME = "portrait_build"
GENERATED_LANDING = AssetKey("generated_landing")
PROFILE_CLOCK = AssetKey("int_profile_as_of")
LANDING_KEYS = {source: AssetKey(["landing", source]) for source in SOURCES}
# a file changed less than this long ago may still be being written: the sensor waits for it
SETTLE_SECONDS = 30
# a run with this tag set to "true" rebuilds the incremental dbt models from every landing file
FULL_REFRESH_TAG = "portrait/full_refresh"
# a micro-batch's two runs: "serving" (profiles, segment events, audiences), then "rest"
PHASE_TAG = "portrait/phase"


def landing_files(landing: Path, source: str | None = None) -> list[Path]:
    """The files a build reads: `<landing>/<source>/*` in a known format, sorted."""
    folders = [landing / source] if source else [landing / name for name in SOURCES]
    return sorted(
        path
        for folder in folders if folder.is_dir()
        for path in folder.iterdir()
        if path.is_file() and path.suffix.lower() in FORMATS
    )


def landing_state(landing: Path) -> dict[str, str]:
    """`source/file` -> `mtime_ns:size` of every landing file: what the sensor compares."""
    state = {}
    for path in landing_files(landing):
        stat = path.stat()
        state[f"{path.parent.name}/{path.name}"] = f"{stat.st_mtime_ns}:{stat.st_size}"
    return state


def _digest(state: dict[str, str]) -> str:
    return hashlib.sha256(json.dumps(state, sort_keys=True).encode()).hexdigest()[:16]


class GenerateConfig(Config):
    persons: int = Field(default=20_000, description="number of synthetic persons")
    seed: int = Field(default=42, description="random seed; the output is a function of it")


@asset(
    key=GENERATED_LANDING,
    group_name="landing",
    kinds={"python"},
    description=(
        "Demo only: synthetic landing files written by `portrait generate` into the landing "
        "directory, and their ground truth next to it (`<landing>/../truth`). It REPLACES the "
        "landing directory, so the build job and its schedule and sensor never run it; "
        "`make run` does, through the portrait_demo job."
    ),
)
def generated_landing(config: GenerateConfig, portrait: PortraitSettings) -> MaterializeResult:
    from portrait.generate import DEFAULT_AS_OF, generate

    landing = portrait.landing
    if landing.name != "landing":
        raise Failure(
            f"the generator writes <out>/landing and <out>/truth; the landing directory "
            f"{landing} is not named 'landing', so it will not be replaced"
        )
    manifest = generate(persons=config.persons, seed=config.seed, out=landing.parent,
                        as_of=portrait.as_of or DEFAULT_AS_OF)
    return MaterializeResult(metadata={
        "persons": config.persons,
        "seed": config.seed,
        "landing": MetadataValue.path(str(landing)),
        "truth": MetadataValue.path(str(landing.parent / "truth")),
        "rows": MetadataValue.json(manifest.get("rows", manifest.get("counts", {}))),
    })


@multi_asset(
    name="landing_preflight",
    specs=[
        AssetSpec(
            key,
            group_name="landing",
            kinds={"file"},
            deps=[GENERATED_LANDING],
            description=(
                f"The files under <landing>/{source}/ (.jsonl, .csv or .parquet), checked "
                "before dbt reads them. Required fields: "
                f"{', '.join(SOURCES[source]['required'])}. The contract is docs/landing.md."
            ),
            skippable=True,
        )
        for source, key in LANDING_KEYS.items()
    ],
    can_subset=True,
)
def landing_sources(context: AssetExecutionContext, portrait: PortraitSettings):
    """Preflight of the landing directory: fails the run on what dbt could not read at all."""
    from portrait.preflight import check_landing

    report = check_landing(portrait.landing)
    if report.errors:
        raise Failure(
            description=f"preflight: {len(report.errors)} error(s) in {portrait.landing}; "
                        "nothing was built",
            metadata={"errors": MetadataValue.md(
                "\n".join(f"* {finding}" for finding in report.errors))},
        )
    for source, key in LANDING_KEYS.items():
        if key not in context.selected_asset_keys:
            continue
        files = landing_files(portrait.landing, source)
        notes = [str(f) for f in report.findings if f"/{source}/" in f.path]
        yield MaterializeResult(asset_key=key, metadata={
            "files": len(files),
            "bytes": sum(path.stat().st_size for path in files),
            "file_names": MetadataValue.json([path.name for path in files]),
            "preflight_notes": MetadataValue.json(notes),
        })


@sensor(
    job_name=BUILD_JOB_NAME,
    minimum_interval_seconds=60,
    default_status=DefaultSensorStatus.RUNNING,
    description=(
        "Launches a micro-batch when a landing file is added, replaced or removed: the assets "
        "downstream of the folders that changed, built incrementally (only the new files are "
        "read), or with a full refresh when a loaded file was replaced or removed. The cursor "
        "holds each file's modification time and size; the first evaluation only records them. "
        f"A file changed in the last {SETTLE_SECONDS} seconds waits for the next evaluation."
    ),
)
def landing_sensor(context: SensorEvaluationContext, portrait: PortraitSettings):
    state = landing_state(portrait.landing)
    now_ns = time.time_ns()
    if any(now_ns - int(v.split(":")[0]) < SETTLE_SECONDS * 1_000_000_000 for v in state.values()):
        return SkipReason("a landing file is still being written; waiting for it to settle")
    previous = json.loads(context.cursor) if context.cursor else None
    digest = _digest(state)
    context.update_cursor(json.dumps({"digest": digest, "files": state}))
    if previous is None:
        return SkipReason(f"recorded {len(state)} landing files as the baseline")
    if previous["digest"] == digest:
        return SkipReason("no new landing files")
    old = previous["files"]
    added = sorted(name for name in state if name not in old)
    replaced = sorted(name for name in state if name in old and old[name] != state[name])
    removed = sorted(set(old) - set(state))
    context.log.info(f"new: {added}; replaced: {replaced}; removed: {removed}")
    # only what the new data affects: the landing folders that changed and everything
    # downstream of them; the other sources' staging is not touched
    sources = sorted({name.split("/")[0] for name in [*added, *replaced, *removed]})
    selection = AssetSelection.assets(*(LANDING_KEYS[s] for s in sources)).downstream()
    # and the profile clock, which reads no source: the profiles are computed as of it
    keys = (selection.resolve(context.repository_def.asset_graph) | {PROFILE_CLOCK}) - {
        GENERATED_LANDING}
    # landing is append-only: a replaced or removed file is applied by a full refresh
    full_refresh = bool(replaced or removed)
    tags = {"portrait/trigger": "landing-sensor", "portrait/sources": ",".join(sources),
            FULL_REFRESH_TAG: "true" if full_refresh else "false"}
    if full_refresh:
        return RunRequest(run_key=f"landing-{digest}", asset_selection=_sorted(keys), tags=tags)
    # a micro-batch: the serving path (profiles, segment events, audiences) in a first run, the
    # rest (audits, the quarantine table, order and activity marts, profile history) in a
    # second, which the run queue (one run at a time) starts when the first is done
    from portrait.cli import rest_of_micro_batch
    from portrait.defs.dbt import manifest_path

    rest_names = set(rest_of_micro_batch(json.loads(manifest_path.read_text()), sources))
    rest = {key for key in keys if key.path[-1] in rest_names}
    requests = [RunRequest(run_key=f"landing-{digest}-serving",
                           asset_selection=_sorted(keys - rest),
                           tags={**tags, PHASE_TAG: "serving"})]
    if rest:
        requests.append(RunRequest(run_key=f"landing-{digest}-rest", asset_selection=_sorted(rest),
                                   tags={**tags, PHASE_TAG: "rest"}))
    return requests


def _sorted(keys: set[AssetKey]) -> list[AssetKey]:
    return sorted(keys, key=lambda key: key.to_user_string())
