"""Per-chunk context: noise draws, column builders and writing one source's part file."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa

from .noise import NoiseConfig
from .population import DAY, Population, dict_array

JSON_SOURCES = {
    "web_events",
    "email_events",
    "social_interactions",
    "survey_responses",
    "consent_events",
}
EXT = {
    **{s: "jsonl" for s in JSON_SOURCES},
    "orders": "csv",
    "crm_contacts": "csv",
    "wechat_followers": "csv",
    "support_tickets": "csv",
    "deletion_requests": "csv",
    "order_items": "parquet",
}
LATIN = "abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"
HANZI = "王汪李理张章刘柳陈程杨洋黄皇伟卫明铭静晶丽莉芳方敏民婷亭"


class Cols:
    """Input columns of one source table plus the SQL expressions that format them."""

    def __init__(self, ctx: Ctx, m: int) -> None:
        self.ctx, self.m, self.cols = ctx, m, {}

    def add(self, name: str, values) -> str:
        self.cols[name] = values
        return name

    def flag(self, rate: float) -> np.ndarray:
        return self.ctx.rng.random(self.m) < rate if rate > 0 else np.zeros(self.m, dtype=bool)

    def variant(self, name: str, k: int, default: int = 0) -> str:
        """A format code: `default`, or with the format_variant rate another one of 0..k-1."""
        rng = self.ctx.rng
        other = rng.integers(0, k - 1, self.m)
        other = other + (other >= default)
        return self.add(name, np.where(self.flag(self.ctx.noise.format_variant), other, default))

    def typo(self, name: str, expr: str, alphabet: str = LATIN, rate: float | None = None) -> str:
        rate = self.ctx.noise.typo if rate is None else rate
        f = self.flag(rate)
        u = np.where(f, self.ctx.rng.random(self.m), np.nan)
        self.add(f"{name}_tu", pa.array(u, mask=~f))
        self.add(
            f"{name}_tc",
            dict_array(list(alphabet), self.ctx.rng.integers(0, len(alphabet), self.m)),
        )
        return f"ty({expr}, {name}_tu, {name}_tc)"

    def missing(self, name: str, expr: str, rate: float | None = None) -> str:
        rate = self.ctx.noise.missing_field if rate is None else rate
        self.add(f"{name}_m", self.flag(rate))
        return f"case when {name}_m then null else {expr} end"

    def fullwidth(self, name: str, expr: str) -> str:
        self.add(f"{name}_fw", self.flag(self.ctx.noise.full_width))
        return f"case when {name}_fw then fw({expr}) else {expr} end"

    # --- typed fields -------------------------------------------------------------------------
    def phone(
        self, name: str, col: str, default: int = 5, junk: bool = True, missing: bool = True,
        typo: bool = True,
    ) -> str:
        v = self.variant(f"{name}_v", 7, default)
        e = f"ph({col}, {v})"
        if typo:
            e = self.typo(name, e, DIGITS, self.ctx.noise.typo / 2)
        if junk:
            self.add(f"{name}_j", self.flag(self.ctx.noise.junk_identifier))
            e = f"case when {name}_j then '13800000000' else {e} end"
        return self.missing(name, e) if missing else e

    def email(
        self, name: str, col: str, junk: bool = True, missing: bool = True, typo: bool = True
    ) -> str:
        """`typo` covers every human slip: one-character typos and malformed addresses."""
        v = self.variant(f"{name}_v", 4)
        e = f"em({col}, {v})"
        if typo:
            e = self.typo(name, e, LATIN, self.ctx.noise.typo / 2)
            self.add(f"{name}_i", self.flag(self.ctx.noise.invalid_value))
            self.add(f"{name}_iu", self.ctx.rng.random(self.m))
            e = f"case when {name}_i then bad_email({col}, {name}_iu) else {e} end"
        if junk:
            self.add(f"{name}_j", self.flag(self.ctx.noise.junk_identifier))
            e = f"case when {name}_j then 'test@test.com' else {e} end"
        return self.missing(name, e) if missing else e

    def ts(self, name: str, col: str, default: int = 0, invalid: bool = True) -> str:
        v = self.variant(f"{name}_v", 3, default)
        e = f"ts({col}, {v})"
        if invalid:
            # a future timestamp: the client clock is wrong
            self.add(f"{name}_i", self.flag(self.ctx.noise.invalid_value))
            e = f"case when {name}_i then ts({col} + 400 * 86400, {v}) else {e} end"
        return e

    def birth(self, name: str, col: str, default: int = 0) -> str:
        v = self.variant(f"{name}_v", 3, default)
        e = self.typo(name, f"dt({col}, {v})", DIGITS, self.ctx.noise.typo / 2)
        self.add(f"{name}_i", self.flag(self.ctx.noise.invalid_value))
        self.add(f"{name}_iu", self.ctx.rng.random(self.m) < 0.5)
        e = (
            f"case when {name}_i and {name}_iu then "
            f"strftime(date '1970-01-01' + {col}::int, '%Y') || '-02-30' "
            f"when {name}_i then strftime(date '1970-01-01' + {col}::int + 365 * 60, '%Y-%m-%d') "
            f"else {e} end"
        )
        return self.missing(name, e)

    def gender(self, name: str, col: str, default: int = 0) -> str:
        v = self.variant(f"{name}_v", 5, default)
        return self.missing(name, f"gd({col}, {v})")

    def place(self, name: str, canon: str, short: str, en: str) -> str:
        v = self.variant(f"{name}_v", 3)
        return self.missing(name, f"pl({canon}, {short}, {en}, {v})")

    def person_name(self, name: str, hz: str, py: str, py_swapped: str) -> str:
        """The name, or (format variant) its pinyin / Latin form in either order."""
        v = self.variant(f"{name}_v", 3)
        e = f"case when {v} = 1 then {py} when {v} = 2 then {py_swapped} else {hz} end"
        e = self.typo(name, e, HANZI + LATIN)
        return self.missing(name, self.fullwidth(name, e))

    def text(self, name: str, col: str, alphabet: str = LATIN + DIGITS) -> str:
        e = self.typo(name, col, alphabet)
        return self.missing(name, self.fullwidth(name, e))

    def table(self) -> pa.Table:
        return pa.table(self.cols)


class Ctx:
    def __init__(
        self,
        con: duckdb.DuckDBPyConnection,
        rng: np.random.Generator,
        noise: NoiseConfig,
        pop: Population,
        as_of_s: int,
        chunk: int,
        landing: Path,
    ):
        self.con, self.rng, self.noise, self.pop = con, rng, noise, pop
        self.as_of_s, self.chunk, self.landing = as_of_s, chunk, landing
        self.record_persons: list[pa.Table] = []
        self.counts: dict[str, dict[str, int]] = {}

    # --- behaviour helpers --------------------------------------------------------------------
    def expand(self, mean: np.ndarray) -> np.ndarray:
        """Person index per record, with Poisson(mean) records per person."""
        k = self.rng.poisson(np.maximum(mean, 0))
        return np.repeat(np.arange(len(mean)), k)

    def times(self, pi: np.ndarray) -> np.ndarray:
        """Event times: mostly while active, a tenth of the rate after the churn time."""
        a = self.pop.a
        start, churn = a["first_seen"][pi], a["churn_at"][pi]
        end = np.minimum(churn, self.as_of_s)
        post = np.maximum(self.as_of_s - churn, 0)
        active = end - start
        u = self.rng.random(len(pi))
        after = u * (active + 0.1 * post) > active
        t = np.where(
            after,
            end + self.rng.random(len(pi)) * post,
            start + self.rng.random(len(pi)) * active,
        )
        return np.minimum(t.astype(np.int64), self.as_of_s - 60)

    def pick_category(self, pi: np.ndarray) -> np.ndarray:
        """Top category of a product a person looks at or buys: mostly one of their interests."""
        w = self.pop.a["interests"][pi].astype(float)
        own = self.categorical(w)
        rand = self.rng.integers(0, w.shape[1], len(pi))
        return np.where(self.rng.random(len(pi)) < 0.8, own, rand)

    def categorical(self, w: np.ndarray) -> np.ndarray:
        cum = np.cumsum(w, axis=1)
        u = self.rng.random(len(w)) * cum[:, -1]
        return np.minimum((cum <= u[:, None]).sum(axis=1), w.shape[1] - 1)

    def person_ids(self, pi: np.ndarray) -> pa.Array:
        return self.pop.take("person_id", pi)

    def dup_index(self, m: int) -> tuple[np.ndarray, np.ndarray]:
        """Row order with client retries / duplicate rows inserted right after their original."""
        d = self.rng.random(m) < self.noise.duplicate if self.noise.duplicate else np.zeros(m, bool)
        idx = np.repeat(np.arange(m), 1 + d)
        is_dup = np.zeros(len(idx), dtype=bool)
        is_dup[1:] = idx[1:] == idx[:-1]
        return idx, is_dup

    # --- writing -------------------------------------------------------------------------------
    def emit(
        self,
        source: str,
        tbl: pa.Table,
        select_sql: str,
        required_key: str | None = None,
        duplicates: bool = True,
    ) -> None:
        """Format tbl with select_sql and write one part file of source.

        select_sql reads `src_in` and must produce the landing columns plus `__rid` (record id),
        `__person` and `__seen` (true when the record id was already written, e.g. a re-delivery),
        and pass through `__dup, __mal, __mreq`.
        Duplicates, truncated lines and lines missing `required_key` are added here.
        """
        m = tbl.num_rows
        ext = EXT[source]
        if duplicates and ext != "parquet":
            idx, is_dup = self.dup_index(m)
            tbl = tbl.take(pa.array(idx)).append_column("__dup", pa.array(is_dup))
        else:
            tbl = tbl.append_column("__dup", pa.array(np.zeros(m, dtype=bool)))
        m = tbl.num_rows
        is_json = ext == "jsonl"
        mal = np.zeros(m, bool)
        mreq = np.zeros(m, bool)
        if is_json:
            mal = self.rng.random(m) < self.noise.malformed_line
            if required_key:
                mreq = self.rng.random(m) < self.noise.missing_required
        tbl = tbl.append_column("__mal", pa.array(mal)).append_column("__mreq", pa.array(mreq))
        con = self.con
        con.register("src_in", tbl)
        # The formatted rows are never materialised: each statement below re-reads src_in
        # (filters on the flag columns are pushed below the formatting).
        src = f"({select_sql}) s"
        folder = self.landing / source
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"part-{self.chunk:04d}.{ext}"
        internal = "__rid, __person, __seen, __dup, __mal, __mreq"
        fmt = {"jsonl": "format json", "csv": "format csv, header", "parquet": "format parquet"}[
            ext
        ]
        where = "where not __mreq" if is_json else ""
        con.execute(
            f"copy (select * exclude ({internal}) from {src} {where}) to '{path}' ({fmt})"
        ).fetchall()
        rows = m - int(mreq.sum()) if is_json else m
        extra: list[str] = []
        n_mal = n_mreq = 0
        if is_json and (mal.any() or mreq.any()):
            if mreq.any():
                patch = json.dumps({required_key: None})
                lines = con.execute(
                    f"select json_merge_patch(to_json(x), '{patch}')::varchar from "
                    f"(select * exclude ({internal}) from {src} where __mreq) x"
                ).fetchall()
                extra += [r[0] for r in lines]
                n_mreq = len(lines)
            if mal.any():
                # cut each line at 20-90% of its length (position from a hash of the line)
                lines = con.execute(
                    "select left(j, greatest(1, floor(length(j) * (0.2 + (hash(j) % 70) / 100))"
                    f"::int)) from (select to_json(x)::varchar as j from (select * exclude "
                    f"({internal}) from {src} where __mal) x)"
                ).fetchall()
                extra += [r[0] for r in lines]
                n_mal = len(lines)
            with open(path, "a", encoding="utf-8") as fh:
                fh.write("\n".join(extra) + "\n")
        rp = con.sql(
            f"select '{source}' as source_name, __rid as source_record_id, __person as person_id "
            f"from {src} where not (__dup or __seen)"
        ).to_arrow_table()
        self.record_persons.append(rp)
        c = self.counts.setdefault(
            source,
            {
                "rows": 0,
                "records": 0,
                "duplicates": 0,
                "malformed_lines": 0,
                "missing_required": 0,
                "files": 0,
            },
        )
        c["rows"] += rows + len(extra)
        c["records"] += rp.num_rows
        c["duplicates"] += int(tbl.column("__dup").to_numpy().sum())
        c["malformed_lines"] += n_mal
        c["missing_required"] += n_mreq
        c["files"] += 1
        con.unregister("src_in")


def days_of(t: np.ndarray) -> np.ndarray:
    return t // DAY
