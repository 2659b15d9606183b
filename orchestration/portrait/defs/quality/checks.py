"""Great Expectations suites run as blocking Dagster asset checks, one gate per layer.

* landing (`landing/<source>`): schema (required columns), required fields, format rates of
  emails, phones, timestamps, amounts and enumerations, file by file;
* staging (`stg_*`): emails and phones in their normalized shapes;
* identity (`idn_cluster_stats`): cluster size distribution, identifiers per person within the
  limits of seeds/identity/identifier_types.csv, the share of singletons within a band;
* marts (`dim_customers`, `dim_customer_consents`, `fct_segment_memberships`): unique keys,
  ranges (probabilities, RFM scores), consent coverage.

How a bad batch is stopped: the dbt project runs in four steps (portrait/defs/dbt), and a
blocking check keeps every step that depends on its asset from starting. A bad landing file fails
a landing check, so dbt does not run at all and the warehouse is untouched; a check failing on a
staging or identity table stops the build before the marts; a mart check stops the snapshots, the
audiences and the exports, so a bad batch never reaches activation.

Thresholds are in expectations.yml next to this file. Frames are read over a read-only DuckDB
connection that is closed before the check returns (the next dbt step needs the write lock).
"""

from collections.abc import Callable
from functools import cache
from pathlib import Path

import duckdb
import pandas as pd
import yaml
from dagster import AssetCheckResult, AssetCheckSeverity, AssetKey, MetadataValue, asset_check

from portrait.contract import SOURCES
from portrait.defs.landing import LANDING_KEYS, landing_files
from portrait.defs.quality.gx import GxRunner, Validation, to_markdown
from portrait.defs.resources import PortraitSettings

THRESHOLDS_FILE = Path(__file__).with_name("expectations.yml")


@cache
def thresholds() -> dict:
    with THRESHOLDS_FILE.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _gxe():
    import great_expectations.expectations as gxe

    return gxe


def _result(runner: GxRunner, validations: list[Validation], **metadata) -> AssetCheckResult:
    docs = runner.build_docs()
    failed = [v.name for v in validations if not v.success]
    return AssetCheckResult(
        passed=not failed,
        severity=AssetCheckSeverity.ERROR,
        description=(f"failed: {', '.join(failed)}" if failed else None),
        metadata={
            "validations": len(validations),
            "failed": MetadataValue.json(failed),
            "expectations": MetadataValue.md(to_markdown(validations)),
            "data_docs": MetadataValue.path(str(docs)),
            **metadata,
        },
    )


def _runner(portrait: PortraitSettings) -> GxRunner:
    return GxRunner(portrait.gx_dir, portrait.gx_docs_dir)


def _read_warehouse(portrait: PortraitSettings, sql: str) -> pd.DataFrame:
    with duckdb.connect(str(portrait.warehouse), read_only=True) as con:
        return con.execute(sql).df()


def _seed_table(con: duckdb.DuckDBPyConnection, name: str) -> str:
    """The qualified name of a seed: its schema depends on the profile (main_reference, ...)."""
    schema = con.execute(
        "select table_schema from information_schema.tables where table_name = ? "
        "order by table_schema = 'main' limit 1", [name]).fetchone()
    if schema is None:
        raise LookupError(f"seed {name} is not in the warehouse")
    return f'"{schema[0]}"."{name}"'


# --- landing ---------------------------------------------------------------------------------


def read_landing_file(path: Path, columns: list[str]) -> tuple[pd.DataFrame, list[str]]:
    """The values of `columns` in one landing file as text, and the columns the file has.

    JSON-lines files are read field by field: a truncated line becomes a row of nulls, which the
    required-field expectations count. A column the file lacks is added empty, so that format
    checks on optional columns pass and the schema expectation reports what is missing.
    """
    with duckdb.connect() as con:
        suffix = path.suffix.lower()
        if suffix == ".csv":
            relation = con.execute(
                "select * from read_csv(?, all_varchar = true, header = true, delim = ',', "
                "quote = '\"', escape = '\"', ignore_errors = true, null_padding = true)",
                [str(path)])
            frame = relation.df()
            present = list(frame.columns)
        elif suffix == ".parquet":
            frame = con.execute("select columns(*)::varchar from read_parquet(?)",
                                [str(path)]).df()
            present = list(frame.columns)
        else:
            spec = "{" + ", ".join(f"'{c}': 'VARCHAR'" for c in columns) + "}"
            frame = con.execute(
                "select * from read_json(?, format = 'newline_delimited', "
                f"columns = {spec}, ignore_errors = true)", [str(path)]).df()
            present = list(columns)
    for column in columns:
        if column not in frame.columns:
            frame[column] = None
    return frame[columns], present


def landing_expectations(source: str, present: list[str]) -> list:
    gxe = _gxe()
    config = thresholds()["landing"]
    required = SOURCES[source]["required"]
    expectations = [gxe.ExpectColumnToExist(column=column) for column in required
                    if column not in present]
    expectations += [
        gxe.ExpectColumnValuesToNotBeNull(column=column, mostly=config["required_mostly"])
        for column in required
    ]
    for column, kind in config["formats"].get(source, {}).items():
        expectations.append(gxe.ExpectColumnValuesToMatchRegex(
            column=column, regex=config["patterns"][kind],
            mostly=config["format_mostly"][kind]))
    for column, values in config["value_sets"].get(source, {}).items():
        expectations.append(gxe.ExpectColumnValuesToBeInSet(
            column=column, value_set=values, mostly=config["format_mostly"]["value_set"]))
    return expectations


def _landing_columns(source: str) -> list[str]:
    config = thresholds()["landing"]
    columns = list(SOURCES[source]["required"])
    for extra in (config["formats"].get(source, {}), config["value_sets"].get(source, {})):
        columns += [c for c in extra if c not in columns]
    return columns


def _landing_check(source: str):
    @asset_check(
        asset=LANDING_KEYS[source],
        name="gx_landing_contract",
        blocking=True,
        description=(
            "Great Expectations, file by file: required columns present, required fields "
            "filled, share of well-formed values (emails, phones, timestamps, amounts, "
            "enumerations) above the thresholds in expectations.yml. Blocks the build."
        ),
    )
    def check(portrait: PortraitSettings) -> AssetCheckResult:
        runner = _runner(portrait)
        columns = _landing_columns(source)
        validations = []
        for path in landing_files(portrait.landing, source):
            if path.stat().st_size == 0:
                continue
            frame, present = read_landing_file(path, columns)
            validations.append(runner.validate(
                f"landing-{source}", frame, landing_expectations(source, present), path.name))
        return _result(runner, validations, files=len(validations))

    check.__name__ = f"gx_landing_{source}"
    return check


# --- staging ---------------------------------------------------------------------------------


def _staging_check(model: str, formats: dict[str, str]):
    @asset_check(
        asset=AssetKey(model),
        name="gx_normalized_formats",
        blocking=True,
        description=(
            f"Great Expectations: every staged {', '.join(formats)} value has its normalized "
            "shape (lowercase emails, E.164 phones). Blocks identity resolution."
        ),
    )
    def check(portrait: PortraitSettings) -> AssetCheckResult:
        gxe = _gxe()
        patterns = thresholds()["staging"]["patterns"]
        runner = _runner(portrait)
        frame = _read_warehouse(portrait, f"select {', '.join(formats)} from {model}")
        expectations = [gxe.ExpectColumnValuesToMatchRegex(column=column, regex=patterns[kind])
                        for column, kind in formats.items()]
        validation = runner.validate(f"staging-{model}", frame, expectations, model)
        return _result(runner, [validation], rows=len(frame))

    check.__name__ = f"gx_staging_{model}"
    return check


# --- identity --------------------------------------------------------------------------------

# idn_cluster_stats column -> identifier type whose max_per_person bounds it
_LIMITED_COLUMNS = {"emails": "email", "phones": "phone", "user_ids": "user_id",
                    "national_ids": "national_id"}


@asset_check(
    asset=AssetKey("idn_cluster_stats"),
    name="gx_cluster_shape",
    blocking=True,
    description=(
        "Great Expectations on the identity clusters: largest cluster and 99th percentile of "
        "identifiers per person below their bounds, identifiers per person within the "
        "max_per_person limits of the identifier_types seed, singleton share within its band. "
        "Blocks the profiles and marts."
    ),
)
def gx_identity_clusters(portrait: PortraitSettings) -> AssetCheckResult:
    gxe = _gxe()
    config = thresholds()["identity"]
    with duckdb.connect(str(portrait.warehouse), read_only=True) as con:
        frame = con.execute(
            "select person_id, identifiers, is_singleton::integer as is_singleton, "
            f"{', '.join(_LIMITED_COLUMNS)}, types_over_limit from idn_cluster_stats").df()
        limits = dict(con.execute(
            f"select id_type, max_per_person from {_seed_table(con, 'identifier_types')} "
            "where max_per_person is not null").fetchall())
    expectations = [
        gxe.ExpectColumnValuesToBeUnique(column="person_id"),
        gxe.ExpectColumnValuesToNotBeNull(column="person_id"),
        gxe.ExpectColumnMaxToBeBetween(column="identifiers", min_value=1,
                                       max_value=config["max_identifiers_per_person"]),
        # the 99th percentile, as "99% of persons at most": GX 1.24's quantile expectation
        # cannot store its result (a numpy bool in its details)
        gxe.ExpectColumnValuesToBeBetween(column="identifiers", min_value=1,
                                          max_value=config["p99_identifiers_per_person"],
                                          mostly=0.99),
        gxe.ExpectColumnMeanToBeBetween(column="is_singleton",
                                        min_value=config["singleton_share"]["min"],
                                        max_value=config["singleton_share"]["max"]),
        gxe.ExpectColumnValuesToBeNull(column="types_over_limit"),
    ]
    expectations += [
        gxe.ExpectColumnValuesToBeBetween(column=column, min_value=0,
                                          max_value=limits[id_type])
        for column, id_type in _LIMITED_COLUMNS.items() if id_type in limits
    ]
    runner = _runner(portrait)
    validation = runner.validate("identity-idn_cluster_stats", frame, expectations,
                                 "idn_cluster_stats")
    return _result(runner, [validation], persons=len(frame),
                   singleton_share=float(frame["is_singleton"].mean()) if len(frame) else 0.0)


# --- marts -----------------------------------------------------------------------------------


@asset_check(
    asset=AssetKey("dim_customers"),
    name="gx_profile_ranges",
    blocking=True,
    description=(
        "Great Expectations on the profiles: one row per person, probabilities and rates in "
        "[0, 1], RFM scores from 1 to 5. Blocks the audiences, snapshots and exports."
    ),
)
def gx_dim_customers(portrait: PortraitSettings) -> AssetCheckResult:
    gxe = _gxe()
    config = thresholds()["marts"]
    columns = ["person_id", *config["probability_columns"], *config["score_columns"]]
    frame = _read_warehouse(portrait, f"select {', '.join(columns)} from dim_customers")
    expectations = [
        gxe.ExpectTableRowCountToBeBetween(min_value=1),
        gxe.ExpectColumnValuesToBeUnique(column="person_id"),
        gxe.ExpectColumnValuesToNotBeNull(column="person_id"),
    ]
    expectations += [gxe.ExpectColumnValuesToBeBetween(column=c, min_value=0, max_value=1)
                     for c in config["probability_columns"]]
    expectations += [gxe.ExpectColumnValuesToBeBetween(
        column=c, min_value=config["score_range"]["min"], max_value=config["score_range"]["max"])
        for c in config["score_columns"]]
    runner = _runner(portrait)
    validation = runner.validate("marts-dim_customers", frame, expectations, "dim_customers")
    return _result(runner, [validation], persons=len(frame))


@asset_check(
    asset=AssetKey("dim_customer_consents"),
    name="gx_consent_coverage",
    blocking=True,
    description=(
        "Great Expectations on consents: one row per person and purpose, only known purposes, "
        "and every person of dim_customers has a row for every purpose of the consent_purposes "
        "seed. Blocks the audiences, snapshots and exports."
    ),
)
def gx_dim_customer_consents(portrait: PortraitSettings) -> AssetCheckResult:
    gxe = _gxe()
    with duckdb.connect(str(portrait.warehouse), read_only=True) as con:
        purposes = [row[0] for row in con.execute(
            f"select purpose from {_seed_table(con, 'consent_purposes')}").fetchall()]
        rows = con.execute(
            "select person_id, purpose, consent_status from dim_customer_consents").df()
        coverage = con.execute("""
            select customers.person_id, count(distinct consents.purpose) as purposes
            from dim_customers as customers
            left join dim_customer_consents as consents
                on customers.person_id = consents.person_id
            group by customers.person_id
        """).df()
    runner = _runner(portrait)
    validations = [
        runner.validate("marts-dim_customer_consents", rows, [
            gxe.ExpectCompoundColumnsToBeUnique(column_list=["person_id", "purpose"]),
            gxe.ExpectColumnValuesToNotBeNull(column="consent_status"),
            gxe.ExpectColumnValuesToBeInSet(column="purpose", value_set=purposes),
        ], "dim_customer_consents"),
        runner.validate("marts-consent_coverage", coverage, [
            gxe.ExpectColumnValuesToBeBetween(
                column="purposes", min_value=len(purposes), max_value=len(purposes),
                mostly=thresholds()["marts"]["consent_coverage_mostly"]),
        ], "consent_coverage"),
    ]
    covered = float((coverage["purposes"] == len(purposes)).mean()) if len(coverage) else 0.0
    return _result(runner, validations, purposes=len(purposes),
                   consent_coverage=covered)


@asset_check(
    asset=AssetKey("fct_segment_memberships"),
    name="gx_unique_memberships",
    blocking=True,
    description=(
        "Great Expectations on segment memberships: one row per segment and person, every row "
        "with a person and a consent verdict. Blocks the audiences, snapshots and exports."
    ),
)
def gx_fct_segment_memberships(portrait: PortraitSettings) -> AssetCheckResult:
    gxe = _gxe()
    frame = _read_warehouse(
        portrait,
        "select segment_name, person_id, has_required_consent from fct_segment_memberships")
    runner = _runner(portrait)
    validation = runner.validate("marts-fct_segment_memberships", frame, [
        gxe.ExpectCompoundColumnsToBeUnique(column_list=["segment_name", "person_id"]),
        gxe.ExpectColumnValuesToNotBeNull(column="person_id"),
        gxe.ExpectColumnValuesToNotBeNull(column="has_required_consent"),
    ], "fct_segment_memberships")
    return _result(runner, [validation], memberships=len(frame))


def _all_checks() -> list[Callable]:
    checks = [_landing_check(source) for source in SOURCES]
    checks += [_staging_check(model, formats)
               for model, formats in thresholds()["staging"]["formats"].items()]
    checks += [gx_identity_clusters, gx_dim_customers, gx_dim_customer_consents,
               gx_fct_segment_memberships]
    return checks


ASSET_CHECKS = _all_checks()
