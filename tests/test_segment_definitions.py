"""Bad segment definitions fail the build, naming the file and the field; a good one builds.

Each case adds one YAML file to the definitions folder of a scratch copy of the dbt project and
runs dbt on `fct_segment_memberships` against a copy of the built test warehouse. The checks run
when dbt executes (the graph, and the seeds some checks query, exist only then), so
`dbt compile` surfaces every one of them, as `dbt build` does; a duplicate segment name is refused
by dbt itself while parsing. The cases share one scratch copy, one at a time, so that dbt's
partial parsing spares a full parse per case; each case removes its file when it is done.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest
from portrait.project import dbt_env, dbt_executable

from tests.conftest import AS_OF, REPO, Built

DEFINITIONS = Path("models/marts/segments/definitions")
PROJECT_PARTS = ["dbt_project.yml", "profiles.yml", "models", "macros", "seeds", "snapshots"]


def definition(name: str, segment: str) -> str:
    """An exposure file for segment `name` whose config.meta.segment is the YAML `segment`."""
    indented = textwrap.indent(textwrap.dedent(segment).strip(), " " * 10)
    return f"""version: 2

exposures:
  - name: {name}
    type: application
    owner:
      name: Test
      email: test@example.com
    depends_on:
      - ref('dim_customers')
      - ref('fct_customer_events')
    config:
      meta:
        segment:
{indented}
"""


@dataclass
class Scratch:
    project: Path
    landing: Path
    warehouse: Path

    def dbt(self, command: str, files: dict[str, str]) -> subprocess.CompletedProcess:
        """Run `dbt <command> --select fct_segment_memberships` with `files` (file name: YAML)
        added to the definitions folder for this run only."""
        paths = [self.project / DEFINITIONS / name for name in files]
        for path, text in zip(paths, files.values(), strict=True):
            path.write_text(text, encoding="utf-8")
        try:
            return subprocess.run(
                [dbt_executable(), command, "--select", "fct_segment_memberships",
                 "--project-dir", str(self.project), "--profiles-dir", str(self.project)],
                env={**os.environ, **dbt_env(self.landing, self.warehouse, AS_OF)},
                cwd=self.project, capture_output=True, text=True, check=False,
            )
        finally:
            for path in paths:
                path.unlink()


@pytest.fixture(scope="module")
def scratch(built: Built, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scratch]:
    root = tmp_path_factory.mktemp("segments")
    project = root / "project"
    project.mkdir()
    for part in PROJECT_PARTS:
        source = REPO / part
        if source.is_dir():
            shutil.copytree(source, project / part)
        else:
            shutil.copy(source, project / part)
    warehouse = root / "warehouse.duckdb"
    shutil.copy(built.warehouse, warehouse)
    yield Scratch(project, built.landing, warehouse)


def output(result: subprocess.CompletedProcess) -> str:
    # dbt wraps long messages; compare with runs of whitespace collapsed
    return " ".join((result.stdout + result.stderr).split())


BAD = {
    "unknown_trait": (
        """
        consent_purpose: marketing_email
        condition:
          all:
            - trait: order_count
              op: '>='
              value: 2
            - trait: churn_prob
              op: '>='
              value: 0.6
        """,
        "segment.condition.all[1].trait", "unknown trait 'churn_prob'",
    ),
    "unknown_op": (
        """
        consent_purpose: marketing_email
        condition:
          trait: order_count
          op: '=='
          value: 2
        """,
        "segment.condition.op", "unknown op '=='",
    ),
    "missing_within_days": (
        """
        consent_purpose: marketing_email
        condition:
          any:
            - trait: order_count
              op: '>='
              value: 2
            - event: product_added
        """,
        "segment.condition.any[1].within_days", "required: a whole number of days",
    ),
    "unknown_event_type": (
        """
        consent_purpose: marketing_email
        condition:
          event: [product_added, cart_exploded]
          within_days: 7
        """,
        "segment.condition.event", "unknown event type 'cart_exploded'",
    ),
    "unknown_condition_field": (
        """
        consent_purpose: marketing_email
        condition:
          not:
            event: product_viewed
            within_days: 7
            categroy: Beauty
        """,
        "segment.condition.not.categroy", "unknown field",
    ),
    "sql_syntax_error": (
        """
        consent_purpose: marketing_email
        condition:
          all:
            - trait: order_count
              op: '>='
              value: 1
            - sql: churn_probability >= and order_count < 5
        """,
        "segment.condition.all[1].sql", "bad SQL: syntax error",
    ),
    "sql_unknown_column": (
        """
        consent_purpose: marketing_email
        condition:
          sql: order_count >= 2 and churn_prob < 0.5
        """,
        "segment.condition.sql", "unknown trait 'churn_prob'",
    ),
    "sql_window_over_customers": (
        """
        consent_purpose: marketing_email
        condition:
          sql: percent_rank() over (order by total_net_amount) >= 0.9
        """,
        "segment.condition.sql", "a window function reads other customers",
    ),
    "sql_subquery_over_customers": (
        """
        consent_purpose: marketing_email
        condition:
          sql: total_net_amount > (select avg(total_net_amount) from customers)
        """,
        "segment.condition.sql", "a subquery reads other customers",
    ),
    "missing_consent_purpose": (
        """
        condition:
          trait: order_count
          op: '>='
          value: 2
        """,
        "segment.consent_purpose", "required",
    ),
    "unknown_consent_purpose": (
        """
        consent_purpose: marketing_fax
        condition:
          trait: order_count
          op: '>='
          value: 2
        """,
        "segment.consent_purpose", "unknown consent purpose 'marketing_fax'",
    ),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_definition_fails_naming_file_and_field(scratch: Scratch, case: str):
    segment, field, message = BAD[case]
    file = f"bad_{case}.yml"
    result = scratch.dbt("compile", {file: definition(f"bad_{case}", segment)})
    text = output(result)
    assert result.returncode != 0, text[-2000:]
    assert f"Segment definition error in {DEFINITIONS / file}: {field}: {message}" in text, (
        text[-2000:]
    )


def test_duplicate_segment_name_fails_naming_both_files(scratch: Scratch):
    segment = """
        consent_purpose: marketing_email
        condition:
          trait: order_count
          op: '>='
          value: 2
    """
    files = {name: definition("duplicate_segment", segment)
             for name in ["duplicate_a.yml", "duplicate_b.yml"]}
    result = scratch.dbt("compile", files)
    text = output(result)
    assert result.returncode != 0, text[-2000:]
    assert 'dbt found two exposures with the name "duplicate_segment"' in text, text[-2000:]
    for name in files:
        assert str(DEFINITIONS / name) in text, text[-2000:]


def test_good_definition_builds_the_members_it_describes(scratch: Scratch):
    segment = """
        consent_purpose: marketing_email
        condition:
          all:
            - trait: order_count
              op: '>='
              value: 1
            - sql: coalesce(churn_probability, 0) < 0.9
            - not:
                event: product_viewed
                channel: [app, web]
                within_days: 30
                min_count: 2
    """
    result = scratch.dbt("build", {"good_segment.yml": definition("good_segment", segment)})
    assert result.returncode == 0, output(result)[-3000:]
    with duckdb.connect(str(scratch.warehouse), read_only=True) as con:
        members = {row[0] for row in con.execute(
            "select person_id from fct_segment_memberships where segment_name = 'good_segment'"
        ).fetchall()}
        # the same condition written by hand
        expected = {row[0] for row in con.execute("""
            select customers.person_id
            from dim_customers as customers
            cross join int_profile_as_of as clock
            where customers.order_count >= 1
              and coalesce(customers.churn_probability, 0) < 0.9
              and customers.person_id not in (
                  select events.person_id
                  from fct_customer_events as events
                  where events.person_id is not null
                    and events.event_type = 'product_viewed'
                    and events.channel in ('app', 'web')
                    and events.occurred_at > clock.as_of_at - interval 30 day
                    and events.occurred_at <= clock.as_of_at
                  group by events.person_id
                  having count(*) >= 2
              )
        """).fetchall()}
        segments = con.execute(
            "select count(distinct segment_name) from fct_segment_memberships"
        ).fetchone()[0]
    assert members and members == expected
    # the starter library still builds alongside it
    assert segments == len(list((REPO / DEFINITIONS).glob("*.yml"))) + 1
