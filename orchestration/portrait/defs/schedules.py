"""Jobs and the daily schedule.

* portrait_build: every asset and check except the demo generator, i.e. a full build from the
  landing directory as it is. The daily schedule and the landing sensor launch it.
* portrait_demo: the same with the demo generator first (`make run`).

Both run their steps one at a time in one process (in-process executor): the dbt steps and the
checks take turns on the DuckDB file, which allows one writer and no reader beside it. Runs are
tagged so that the instance's run queue (max_concurrent_runs: 1 in dagster.yaml, written by
`make setup`) keeps a second build from starting while one is running.
"""

from dagster import (
    AssetSelection,
    DefaultScheduleStatus,
    ScheduleDefinition,
    define_asset_job,
    in_process_executor,
)

from portrait.defs.landing import BUILD_JOB_NAME, GENERATED_LANDING

# runs that write the warehouse carry this tag (a tag_concurrency_limits key, if wanted)
WAREHOUSE_TAG = {"portrait/warehouse": "writer"}

build_job = define_asset_job(
    BUILD_JOB_NAME,
    selection=AssetSelection.all() - AssetSelection.assets(GENERATED_LANDING),
    description="Full build: landing checks, dbt (with its tests), GX checks, exports.",
    executor_def=in_process_executor,
    tags=WAREHOUSE_TAG,
)

demo_job = define_asset_job(
    "portrait_demo",
    selection=AssetSelection.all(),
    description="Generate the demo landing data (persons and seed from the run config), then "
                "the full build.",
    executor_def=in_process_executor,
    tags=WAREHOUSE_TAG,
)

daily_build = ScheduleDefinition(
    name="daily_build",
    job=build_job,
    cron_schedule="0 3 * * *",
    execution_timezone="Asia/Shanghai",
    default_status=DefaultScheduleStatus.RUNNING,
    description="A full build every day at 03:00 China Standard Time.",
)

JOBS = [build_job, demo_job]
SCHEDULES = [daily_build]
