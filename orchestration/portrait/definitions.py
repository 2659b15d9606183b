"""The Dagster code location of Portrait: one Definitions object built from the defs folders.

    defs/landing/   the landing directory (one asset per source), the demo generator, the sensor
    defs/dbt/       the dbt project: models, seeds and snapshots, dbt tests as asset checks
    defs/quality/   Great Expectations suites as blocking asset checks
    defs/exports.py the audience files
    defs/schedules.py jobs and the daily schedule

`dagster definitions validate` (from the repository root, through [tool.dagster] in
pyproject.toml), `dagster dev` and `dagster job execute -m portrait.definitions` load `defs`.
Tests build their own with other paths: `build_definitions(PortraitSettings(...))`.
"""

from dagster import Definitions, in_process_executor

from portrait.defs.dbt import DBT_ASSETS, dbt_resource
from portrait.defs.exports import audience_exports
from portrait.defs.landing import generated_landing, landing_sensor, landing_sources
from portrait.defs.quality import ASSET_CHECKS
from portrait.defs.resources import PortraitSettings
from portrait.defs.schedules import JOBS, SCHEDULES


def build_definitions(settings: PortraitSettings | None = None) -> Definitions:
    return Definitions(
        assets=[generated_landing, landing_sources, *DBT_ASSETS, audience_exports],
        asset_checks=ASSET_CHECKS,
        jobs=JOBS,
        schedules=SCHEDULES,
        sensors=[landing_sensor],
        # one step at a time, also for runs launched from the UI: dbt steps and GX checks take
        # turns on the DuckDB file
        executor=in_process_executor,
        resources={
            "portrait": settings or PortraitSettings.from_env(),
            "dbt": dbt_resource(),
        },
    )


defs = build_definitions()
