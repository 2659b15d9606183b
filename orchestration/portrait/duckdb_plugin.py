"""A dbt-duckdb plugin (profiles.yml, `plugins:`): when the warehouse writes its changes into
the database file.

DuckDB keeps committed changes in its write-ahead log and writes them into the file at a
checkpoint: when the log passes `checkpoint_threshold`, and when the database closes. A
checkpoint blocks the commit that triggers it. In a micro-batch's serving build (profiles,
segment events, audiences) that time is latency: `portrait build --changed-only` therefore sets
PORTRAIT_DEFER_CHECKPOINT=1 for that build, and its changes stay in the log (which is durable:
every commit is synced to it) until the second build of the batch, which checkpoints them
(bench/RESULTS.md, "Checkpoints after the serving path").

The settings are applied here rather than under `settings:` because dbt hashes the profile's
settings for partial parsing: a value that differed between the two builds of a micro-batch
would make each of them parse the whole project again.
"""

from __future__ import annotations

import os
import re

from dbt.adapters.duckdb.plugins import BasePlugin

from portrait.project import DEFER_CHECKPOINT_ENV as DEFER_ENV

THRESHOLD_ENV = "PORTRAIT_DUCKDB_CHECKPOINT_THRESHOLD"
# DuckDB's default
DEFAULT_THRESHOLD = "16MB"
# past any WAL a micro-batch writes: no checkpoint until the next build
DEFERRED_THRESHOLD = "1TB"


def deferring() -> bool:
    """Whether this dbt process is a micro-batch's serving build."""
    return os.environ.get(DEFER_ENV) == "1"


def checkpoint_threshold() -> str:
    """The checkpoint threshold of this process's builds, checked: a size such as 16MB or 1GB."""
    if deferring():
        return DEFERRED_THRESHOLD
    value = os.environ.get(THRESHOLD_ENV, DEFAULT_THRESHOLD).strip()
    if not re.fullmatch(r"\d+(\.\d+)?\s*[KMGT]i?B", value, flags=re.IGNORECASE):
        raise ValueError(f"{THRESHOLD_ENV}={value!r} is not a size such as 16MB or 1GB")
    return value


class Plugin(BasePlugin):
    def configure_connection(self, conn) -> None:
        # a global setting: every cursor dbt opens on this database shares it
        conn.execute(f"set global checkpoint_threshold = '{checkpoint_threshold()}'")
        if deferring():
            conn.execute("pragma disable_checkpoint_on_shutdown")
