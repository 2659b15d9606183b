"""Jobs and the daily schedule.

* portrait_build: every asset and check except the demo generator: a build from the landing
  directory as it is (incremental: only new landing files are read). The daily schedule launches
  it as a full refresh; the landing sensor launches the part of it that new files affect.
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

from portrait.defs.landing import BUILD_JOB_NAME, FULL_REFRESH_TAG, GENERATED_LANDING

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
    # the nightly safety net under the micro-batches: every landing file read again, every
    # incremental model rebuilt from scratch
    tags={FULL_REFRESH_TAG: "true"},
    description="A full refresh every day at 03:00 China Standard Time: every landing file is "
                "read again and every incremental model rebuilt, under the micro-batches that "
                "the landing sensor runs during the day.",
)

JOBS = [build_job, demo_job]
SCHEDULES = [daily_build]
