"""File-level checks on a landing directory, run before dbt reads it.

Row-level problems (a line that is not JSON, a missing key, a bad timestamp) are quarantined by
the base models with a reason. What cannot be quarantined row by row is checked here, so that it
fails with an error naming the file and the field rather than an opaque reader error:

* a file that is not valid UTF-8 (error, with the line number);
* a CSV or Parquet file without a required column, including a CSV written with another
  delimiter, whose header then reads as one column (error);
* unknown columns (warning: they stay in raw_record but are not staged), unknown folders and
  files of other formats (warning: they are not read), empty files (note: no rows).
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from portrait.contract import FORMATS, SOURCES

_CHUNK = 1 << 22


@dataclass
class Finding:
    level: str  # error | warning | note
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.level.upper()}: {self.path}: {self.message}"


@dataclass
class PreflightReport:
    findings: list[Finding] = field(default_factory=list)
    files_checked: int = 0

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.level == "error"]

    def add(self, level: str, path: Path | str, message: str) -> None:
        self.findings.append(Finding(level, str(path), message))


def _utf8_error_line(path: Path) -> tuple[int, int] | None:
    """(line, byte offset) of the first invalid UTF-8 sequence, or None if the file is clean."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    line, offset = 1, 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                return line + chunk.count(b"\n", 0, exc.start), offset + exc.start
            line += chunk.count(b"\n")
            offset += len(chunk)
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return line, offset
    return None


def _csv_header(path: Path) -> list[str]:
    with path.open("r", encoding="utf-8-sig", newline="") as handle:
        first = handle.readline()
    row = next(csv.reader(io.StringIO(first)), [])
    return [c.strip() for c in row]


def _check_columns(report: PreflightReport, path: Path, source: str, columns: list[str]) -> None:
    contract = SOURCES[source]
    missing = [c for c in contract["required"] if c not in columns]
    if missing:
        if len(columns) == 1 and any(d in columns[0] for d in (";", "\t", "|")):
            report.add(
                "error", path,
                f"header {columns[0]!r} is one column: the file is not comma-delimited "
                f"(required field {missing[0]!r} not found)",
            )
        else:
            for name in missing:
                report.add("error", path, f"required field {name!r} is missing from the header")
    unknown = [c for c in columns if c not in contract["columns"]]
    if unknown:
        report.add(
            "warning", path,
            f"unknown columns kept in raw_record but not staged: {', '.join(unknown)}",
        )


def check_landing(landing: Path, only: set[str] | None = None) -> PreflightReport:
    """Check every file under `landing`, or only the files whose resolved paths are in `only`
    (the new files of an incremental build: the others were checked when they were loaded).
    Never raises for bad data: the report says what is wrong."""
    report = PreflightReport()
    landing = Path(landing)
    if not landing.is_dir():
        report.add("error", landing, "landing directory does not exist")
        return report
    for folder in sorted(p for p in landing.iterdir() if p.is_dir()):
        if folder.name not in SOURCES:
            report.add("warning", folder, "unknown source folder: not read")
            continue
        for path in sorted(p for p in folder.iterdir() if p.is_file()):
            if path.suffix.lower() not in FORMATS:
                report.add("warning", path, f"not a {'/'.join(FORMATS)} file: not read")
                continue
            if only is not None and str(path.resolve()) not in only:
                continue
            report.files_checked += 1
            if path.stat().st_size == 0:
                report.add("note", path, "empty file: no rows")
                continue
            if path.suffix.lower() == ".parquet":
                import pyarrow.parquet as pq

                try:
                    names = pq.read_schema(path).names
                except Exception as exc:  # noqa: BLE001 - any reader error is reported by name
                    report.add("error", path, f"unreadable Parquet file: {exc}")
                    continue
                _check_columns(report, path, folder.name, names)
                continue
            bad = _utf8_error_line(path)
            if bad is not None:
                report.add(
                    "error", path,
                    f"invalid UTF-8 at line {bad[0]} (byte {bad[1]}): re-export the file as UTF-8",
                )
                continue
            if path.suffix.lower() == ".csv":
                _check_columns(report, path, folder.name, _csv_header(path))
    return report
