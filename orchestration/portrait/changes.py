"""What a landing folder holds that the warehouse has not loaded: the plan of the next build.

The base models record, on every row, the landing file it came from and that file's version
(`<bytes>:<modified, epoch microseconds>`). Comparing those with the folder gives, per source,
the files that are new (an incremental build reads just those), and the files that were replaced
or removed since they were loaded. Landing is append-only, so a replaced or removed file can only
be applied by a full refresh; the build and the landing sensor then run one by themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from portrait.contract import SOURCES
from portrait.summary import model_tables

SUFFIXES = (".jsonl", ".ndjson", ".json", ".csv", ".parquet")


def file_version(path: Path) -> str:
    """The version dbt records for a landing file (see the landing_files macro)."""
    stat = path.stat()
    return f"{stat.st_size}:{stat.st_mtime_ns // 1000}"


def landing_versions(landing: Path) -> dict[str, dict[str, str]]:
    """source -> {absolute path: version} of the non-empty files a build would read."""
    found: dict[str, dict[str, str]] = {}
    for source in SOURCES:
        folder = landing / source
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.is_file() and path.suffix.lower() in SUFFIXES and path.stat().st_size > 0:
                found.setdefault(source, {})[str(path.resolve())] = file_version(path)
    return found


def loaded_versions(warehouse: Path) -> dict[str, dict[str, str]] | None:
    """source -> {path: version} that the warehouse's base models loaded; None when the
    warehouse has not been built."""
    if not Path(warehouse).exists():
        return None
    with duckdb.connect(str(warehouse), read_only=True) as con:
        names = {row[0] for row in con.execute(
            "select table_name from information_schema.tables "
            "where table_schema = 'main' and table_name like 'base\\_%' escape '\\'").fetchall()}
        # not the side tables beside them (<model>__ranked, __repeated: rank_record_copies)
        tables = sorted(model_tables(names))
        if not tables:
            return None
        loaded: dict[str, dict[str, str]] = {}
        for table in tables:
            columns = {row[0] for row in con.execute(f"describe {table}").fetchall()}
            if "source_file_version" not in columns:
                return None  # built before incremental loading: only a full build can follow
            for path, version in con.execute(
                    f"select source_file, max(source_file_version) from {table} group by 1"
            ).fetchall():
                loaded.setdefault(Path(path).parent.name, {})[path] = version
    return loaded


@dataclass
class BuildPlan:
    """What the next build must do."""

    new: dict[str, list[str]] = field(default_factory=dict)
    replaced: dict[str, list[str]] = field(default_factory=dict)
    removed: dict[str, list[str]] = field(default_factory=dict)
    first_build: bool = False

    @property
    def full_refresh(self) -> bool:
        return self.first_build or bool(self.replaced or self.removed)

    @property
    def changed_sources(self) -> list[str]:
        return sorted({*self.new, *self.replaced, *self.removed})

    def describe(self) -> str:
        if self.first_build:
            return "first build: every landing file is read"
        parts = []
        for label, files in (("new", self.new), ("replaced", self.replaced),
                             ("removed", self.removed)):
            count = sum(len(paths) for paths in files.values())
            if count:
                parts.append(f"{count} {label} file(s) in {', '.join(sorted(files))}")
        return "; ".join(parts) or "no new landing files"


def plan_build(landing: Path, warehouse: Path) -> BuildPlan:
    current = landing_versions(Path(landing))
    loaded = loaded_versions(Path(warehouse))
    if loaded is None:
        return BuildPlan(new={s: sorted(files) for s, files in current.items()},
                         first_build=True)
    plan = BuildPlan()
    for source in sorted({*current, *loaded}):
        now, before = current.get(source, {}), loaded.get(source, {})
        new = sorted(set(now) - set(before))
        replaced = sorted(p for p in set(now) & set(before) if now[p] != before[p])
        removed = sorted(set(before) - set(now))
        for bucket, paths in ((plan.new, new), (plan.replaced, replaced),
                              (plan.removed, removed)):
            if paths:
                bucket[source] = paths
    return plan
