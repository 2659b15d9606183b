"""The dbt project as Dagster assets: models, seeds and snapshots, with dbt tests as asset checks.

The manifest comes from `dbt parse` into target/dagster/ (git-ignored, never committed): it is
parsed when the definitions load and it is missing or older than a file of the project.

The project is split into four dbt steps, one `dbt build` each, so that the Great Expectations
checks between them can stop a bad batch (see portrait/defs/quality/checks.py):

1. dbt_staging: seeds and the staging layer (base_*, stg_*), after the landing checks pass;
2. dbt_identity: identity resolution (idn_*, including the Splink matcher);
3. dbt_marts: intermediate models (including the scikit-learn predictions) and the marts,
   except what is published from them;
4. dbt_publish: what the outside world sees or what keeps history: the snapshots, the marts
   built on them and the activation audiences (rpt_audience_*), only after the mart checks pass.

A blocking check on an asset keeps every later step from starting, so a batch rejected at a layer
leaves everything after it as the previous build left it.
"""

import fcntl
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from dagster import AssetExecutionContext, AssetSpec
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets

from portrait.defs.landing import FULL_REFRESH_TAG, PHASE_TAG
from portrait.defs.resources import PortraitSettings
from portrait.project import LAYER_PREFIXES, PROJECT_DIR, dbt_executable

MANIFEST_TARGET = Path("target", "dagster")
# files whose change makes the parsed manifest stale
_PROJECT_INPUTS = ("models", "macros", "seeds", "snapshots", "tests/dbt", "dbt_project.yml",
                   "profiles.yml")

# dbt Python models: Dagster shows what they do, beyond "dbt"
PYTHON_STEPS = {
    "idn_contact_matches": (
        {"python", "splink"}, "probabilistic-matching", "Probabilistic matching (Splink)"),
    "idn_limit_resolution": (
        {"python"}, "identity-limits", "Per-person identifier limits (Python)"),
    "int_person_predictions": (
        {"python", "scikit-learn"}, "ml-scoring", "ML scoring (scikit-learn)"),
}

STAGING_SELECT = "resource_type:seed path:models/staging"
IDENTITY_SELECT = "path:models/identity"
# person-scoped identity models read the person list int_affected_persons (intermediate), so they
# build in the marts step: in the identity step, the two steps would depend on each other, and
# Dagster would split them into pieces that run before the landing checks
IDENTITY_AFTER_PROFILES = "idn_cluster_stats"
PUBLISH_SELECT = "resource_type:snapshot+ path:models/marts/audiences"
MARTS_SELECT = f"path:models/intermediate path:models/marts {IDENTITY_AFTER_PROFILES}"

dbt_project = DbtProject(
    project_dir=PROJECT_DIR, profiles_dir=PROJECT_DIR, target_path=MANIFEST_TARGET
)


def _newest_input_mtime(project_dir: Path) -> float:
    newest = 0.0
    for name in _PROJECT_INPUTS:
        path = project_dir / name
        if path.is_file():
            newest = max(newest, path.stat().st_mtime)
        elif path.is_dir():
            for file in path.rglob("*"):
                if file.is_file():
                    newest = max(newest, file.stat().st_mtime)
    return newest


def _is_stale(project: DbtProject) -> bool:
    return (
        not project.manifest_path.exists()
        or project.manifest_path.stat().st_mtime < _newest_input_mtime(project.project_dir)
    )


def prepare_manifest(project: DbtProject = dbt_project) -> Path:
    """Run `dbt parse` if the manifest is missing or older than a project file; returns its
    path. A lock keeps two processes loading the definitions from parsing at once."""
    if _is_stale(project):
        lock_path = project.manifest_path.with_name(".parse.lock")
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        with lock_path.open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if _is_stale(project):
                DbtCliResource(project_dir=project, dbt_executable=dbt_executable()).cli(
                    ["parse", "--quiet"], target_path=project.target_path
                ).wait()
    return project.manifest_path


class PortraitDbtTranslator(DagsterDbtTranslator):
    """Groups assets by layer (the folders under models/, plus seeds and snapshots).

    Keys are dagster-dbt's defaults: a model's name (`dim_customers`), a seed or snapshot under
    its schema (`reference/consent_purposes`, `history/snp_customer_traits`), a landing source as
    `landing/<source>`, which the landing assets define.
    """

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        resource_type = dbt_resource_props["resource_type"]
        if resource_type in ("seed", "snapshot"):
            return f"{resource_type}s"
        name = dbt_resource_props["name"]
        for layer, prefixes in LAYER_PREFIXES.items():
            if name.startswith(prefixes):
                return layer
        fqn = dbt_resource_props.get("fqn", [])
        return fqn[1] if len(fqn) > 2 else "dbt"

    def get_asset_spec(self, manifest, unique_id, project) -> AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        name = self.get_resource_props(manifest, unique_id).get("name")
        if name in PYTHON_STEPS:
            kinds, step, what = PYTHON_STEPS[name]
            spec = spec.replace_attributes(
                description=f"{what}, a dbt Python model. {spec.description or ''}".strip()
            ).merge_attributes(kinds=kinds, tags={"portrait/step": step})
        return spec


translator = PortraitDbtTranslator()
manifest_path = prepare_manifest()


def dbt_resource() -> DbtCliResource:
    return DbtCliResource(project_dir=dbt_project, dbt_executable=dbt_executable())


def _build(
    context: AssetExecutionContext, dbt: DbtCliResource, portrait: PortraitSettings
) -> Iterator[Any]:
    # One target directory for the steps of a run, so that each step after the first reuses
    # dbt's partial parse instead of parsing the whole project again.
    # unit tests check the SQL, not the data: CI runs them (`make test`), a build does not
    args = ["build", "--exclude-resource-type", "unit_test"]
    if context.run.tags.get(FULL_REFRESH_TAG) == "true":
        args.append("--full-refresh")
    # a micro-batch's serving run leaves the checkpoint to its second run (the landing sensor)
    with portrait.dbt_environment(defer_checkpoint=context.run.tags.get(PHASE_TAG) == "serving"):
        invocation = dbt.cli(args, context=context, target_path=Path(portrait.dbt_target_dir))
    # the dbt process, and with it its DuckDB connection, has ended when the stream is done
    yield from invocation.stream()


@dbt_assets(manifest=manifest_path, select=STAGING_SELECT, name="dbt_staging",
            dagster_dbt_translator=translator, project=dbt_project)
def dbt_staging(context: AssetExecutionContext, dbt: DbtCliResource, portrait: PortraitSettings):
    if context.run.tags.get(FULL_REFRESH_TAG) == "true":
        # the base models are full_refresh=false: a full refresh drops them and loads the landing
        # folders again (portrait.cli.load_landing)
        from portrait.cli import load_landing

        if not load_landing(portrait.landing, portrait.warehouse, portrait.as_of or None):
            raise RuntimeError("loading the landing files failed; see the run logs")
    yield from _build(context, dbt, portrait)


@dbt_assets(manifest=manifest_path, select=IDENTITY_SELECT, exclude=IDENTITY_AFTER_PROFILES,
            name="dbt_identity", dagster_dbt_translator=translator, project=dbt_project)
def dbt_identity(context: AssetExecutionContext, dbt: DbtCliResource, portrait: PortraitSettings):
    yield from _build(context, dbt, portrait)


@dbt_assets(manifest=manifest_path, select=MARTS_SELECT, exclude=PUBLISH_SELECT,
            name="dbt_marts", dagster_dbt_translator=translator, project=dbt_project)
def dbt_marts(context: AssetExecutionContext, dbt: DbtCliResource, portrait: PortraitSettings):
    yield from _build(context, dbt, portrait)


@dbt_assets(manifest=manifest_path, select=PUBLISH_SELECT, name="dbt_publish",
            dagster_dbt_translator=translator, project=dbt_project)
def dbt_publish(context: AssetExecutionContext, dbt: DbtCliResource, portrait: PortraitSettings):
    yield from _build(context, dbt, portrait)


DBT_ASSETS = [dbt_staging, dbt_identity, dbt_marts, dbt_publish]
