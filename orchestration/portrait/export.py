"""`portrait export`: write one activation audience to a CSV or Parquet file.

The audience marts (`rpt_audience_<channel>`) already hold only persons with the consent the
channel and their segment need, and identifiers only as SHA-256 hashes. The export reads them over
a read-only connection, so it can run while nothing is building.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

AUDIENCES = ("email", "sms", "wechat", "ads")
EXPORT_COLUMNS = ["segment_name", "email_sha256", "phone_sha256", "evaluated_at"]


class ExportError(Exception):
    """A request that cannot be exported, with the reason."""


def export_audience(
    warehouse: Path | str,
    audience: str,
    out: Path | str,
    file_format: str = "csv",
    segment: str | None = None,
    include_person_id: bool = False,
) -> int:
    """Write the audience to `out`; returns the number of rows written."""
    if audience not in AUDIENCES:
        raise ExportError(f"unknown audience {audience!r}: choose one of {', '.join(AUDIENCES)}")
    if file_format not in ("csv", "parquet"):
        raise ExportError(f"unknown format {file_format!r}: choose csv or parquet")
    warehouse = Path(warehouse)
    if not warehouse.exists():
        raise ExportError(f"no warehouse at {warehouse}: run `portrait build` first")
    columns = (["person_id"] if include_person_id else []) + EXPORT_COLUMNS
    out = Path(out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        table = f"rpt_audience_{audience}"
        if segment is not None:
            known = {row[0] for row in con.execute(
                "select distinct segment_name from fct_segment_memberships").fetchall()}
            if segment not in known:
                raise ExportError(f"unknown segment {segment!r}: the warehouse has "
                                  f"{', '.join(sorted(known)) or 'no segments'}")
        where = "where segment_name = $segment" if segment is not None else ""
        query = (f"select {', '.join(columns)} from {table} {where} "
                 "order by segment_name, email_sha256, phone_sha256")
        options = "format csv, header true" if file_format == "csv" else "format parquet"
        params = {"segment": segment} if segment is not None else {}
        con.execute(f"copy ({query}) to '{out}' ({options})", params)
        return con.execute(f"select count(*) from ({query})", params).fetchone()[0]
