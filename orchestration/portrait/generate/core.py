"""generate(): the population, its landing files and the ground truth, chunk by chunk."""

from __future__ import annotations

import json
import time
from datetime import datetime
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from . import reference as ref
from . import sources
from .emit import EXT, Ctx
from .noise import NoiseConfig
from .population import DAY, NEVER, Population, make_population
from .sql import connect

DEFAULT_AS_OF = "2026-11-01T00:00:00+08:00"
TRUTH_TABLES = ["persons", "record_persons", "identifiers", "consent", "future_outcomes"]


def _arrow(x):
    return x.read_all() if isinstance(x, pa.RecordBatchReader) else x


def _as_of_seconds(as_of: str | datetime) -> int:
    dt = datetime.fromisoformat(as_of) if isinstance(as_of, str) else as_of
    if dt.tzinfo is None:
        raise ValueError("as_of needs a UTC offset, e.g. 2026-11-01T00:00:00+08:00")
    return int(dt.timestamp())


class _TruthWriter:
    def __init__(self, folder: Path):
        self.folder = folder
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.rows: dict[str, int] = dict.fromkeys(TRUTH_TABLES, 0)

    def write(self, name: str, table: pa.Table) -> None:
        if name not in self.writers:
            self.writers[name] = pq.ParquetWriter(self.folder / f"{name}.parquet", table.schema)
        self.writers[name].write_table(table.cast(self.writers[name].schema))
        self.rows[name] += table.num_rows

    def close(self) -> None:
        for w in self.writers.values():
            w.close()


def generate(
    persons: int,
    seed: int,
    out: Path,
    noise: NoiseConfig | None = None,
    chunk_persons: int = 100_000,
    as_of: str | datetime = DEFAULT_AS_OF,
    threads: int | None = None,
) -> dict:
    """Write landing files for `persons` synthetic persons and their ground truth under `out`.

    Output is a pure function of (persons, seed, noise, chunk_persons, as_of).
    Returns the manifest, also written to out/truth/manifest.json.
    """
    if persons < 1:
        raise ValueError("persons must be at least 1")
    noise = NoiseConfig() if noise is None else noise
    out = Path(out)
    landing, truth = out / "landing", out / "truth"
    _clean(landing, truth)
    truth.mkdir(parents=True, exist_ok=True)
    as_of_s = _as_of_seconds(as_of)
    n_chunks = -(-persons // chunk_persons)
    seeds = np.random.SeedSequence(seed).spawn(n_chunks)
    # give freed Arrow memory back to the OS at once: chunks allocate and free a lot
    try:
        pa.jemalloc_set_decay_ms(0)
    except NotImplementedError:
        pass
    con = connect(threads=threads)
    tw = _TruthWriter(truth)
    counts: dict[str, dict[str, int]] = {}
    started = time.perf_counter()
    try:
        for chunk in range(n_chunks):
            first = chunk * chunk_persons
            n = min(chunk_persons, persons - first)
            rng = np.random.Generator(np.random.PCG64(seeds[chunk]))
            pop = make_population(con, rng, n, first, as_of_s, noise)
            ctx = Ctx(con, rng, noise, pop, as_of_s, chunk, landing)
            ord_info = sources.orders(ctx)
            web = sources.web_events(ctx, ord_info)
            sources.crm_contacts(ctx)
            sources.email_events(ctx)
            oa = sources.wechat_followers(ctx)
            sources.social_interactions(ctx, oa)
            sources.survey_responses(ctx)
            sources.support_tickets(ctx)
            consent = sources.consent_events(ctx)
            sources.deletion_requests(ctx)

            tw.write("record_persons", pa.concat_tables(ctx.record_persons))
            tw.write("persons", _persons_truth(con, pop, web, chunk))
            tw.write("identifiers", _identifiers_truth(con, pop, web, as_of_s))
            tw.write("consent", _consent_truth(pop, consent))
            tw.write("future_outcomes", _future_truth(rng, pop, as_of_s))
            for src, c in ctx.counts.items():
                agg = counts.setdefault(src, dict.fromkeys(c, 0))
                for k2, v in c.items():
                    agg[k2] += v
    finally:
        tw.close()
        con.close()
    manifest = {
        "seed": seed,
        "persons": persons,
        "chunk_persons": chunk_persons,
        "chunks": n_chunks,
        "as_of": datetime.fromtimestamp(
            as_of_s, datetime.fromisoformat(DEFAULT_AS_OF).tzinfo
        ).isoformat(),
        "history_days": 730,
        "future_window_days": 90,
        "noise": noise.to_dict(),
        "sources": {s: counts.get(s, {}) for s in EXT},
        "rows": {s: counts.get(s, {}).get("rows", 0) for s in EXT},
        "records": {s: counts.get(s, {}).get("records", 0) for s in EXT},
        "malformed_lines": {s: counts.get(s, {}).get("malformed_lines", 0) for s in EXT},
        "truth_rows": tw.rows,
        "seconds": round(time.perf_counter() - started, 2),
    }
    # seconds vary between runs; keep the file itself deterministic
    written = {k: v for k, v in manifest.items() if k != "seconds"}
    (truth / "manifest.json").write_text(json.dumps(written, indent=2, ensure_ascii=False))
    return manifest


def _clean(landing: Path, truth: Path) -> None:
    """Remove files an earlier run wrote here (and only those), so the output is complete."""
    for source, ext in EXT.items():
        for f in (landing / source).glob(f"part-*.{ext}"):
            f.unlink()
    for name in TRUTH_TABLES:
        (truth / f"{name}.parquet").unlink(missing_ok=True)
    (truth / "manifest.json").unlink(missing_ok=True)


def _list_col(mask: np.ndarray, names: list[str]) -> pa.Array:
    cols = np.nonzero(mask)[1]
    offsets = np.concatenate([[0], np.cumsum(mask.sum(axis=1))]).astype(np.int32)
    return pa.ListArray.from_arrays(pa.array(offsets), pa.array(np.array(names)[cols]))


def _persons_truth(con, pop: Population, web: dict, chunk: int) -> pa.Table:
    a = pop.a
    s = pop.s
    extra = {
        "interests": _list_col(a["interests"], ref.INTERESTS),
        "lifestyle": pa.array(np.array(ref.LIFESTYLES)[a["lifestyle"]]),
        "values": _list_col(a["values"], ref.VALUES),
        "price_sensitivity": a["price_sens"],
        "churn_propensity": a["churn_prop"],
        "nps_tendency": a["nps"],
        **{f"channel_{c}": a["chw"][:, i] for i, c in enumerate(ref.CHANNELS)},
        "is_deleted": a["is_deleted"],
    }
    t = s
    for k, v in extra.items():
        t = t.append_column(k, pa.array(v) if not isinstance(v, pa.Array) else v)
    con.register("pt", t)
    res = _arrow(
        con.sql("""
        select person_id, family_name, given_name, full_name, full_name_pinyin, gender,
            birth_date::date as birth_date, national_id, email, phone_e164, province, city,
            country, postcode, address, loyalty_member_id, user_id, tmall_buyer_id, jd_pin,
            wechat_unionid, weibo_uid, douyin_open_id, intl as is_international,
            interests, lifestyle, "values", price_sensitivity, churn_propensity, nps_tendency,
            channel_web, channel_app, channel_miniprogram, channel_tmall, channel_jd,
            channel_offline, channel_email, channel_wechat,
            false as is_bot, is_deleted
        from pt
    """).to_arrow_table()
    )
    con.unregister("pt")
    nb = web["n_bots"]
    if nb:
        bots = {f.name: pa.nulls(nb, f.type) for f in res.schema}
        bots["person_id"] = pa.array([f"B{chunk:04d}{i:05d}" for i in range(nb)])
        bots["is_bot"] = pa.array(np.ones(nb, bool))
        bots["is_deleted"] = pa.array(np.zeros(nb, bool))
        bots["is_international"] = pa.array(np.zeros(nb, bool))
        res = pa.concat_tables([res, pa.table(bots, schema=res.schema)])
    return res


def _identifiers_truth(con, pop: Population, web: dict, as_of_s: int) -> pa.Table:
    a = pop.a
    used = web["used_devices"]
    t = pop.s.select(
        [
            "person_id",
            "email",
            "old_email",
            "phone_e164",
            "old_phone_e164",
            "user_id",
            "web_anon",
            "app_anon",
            "mp_anon",
            "device_id",
            "loyalty_member_id",
            "tmall_buyer_id",
            "jd_pin",
            "oa_openid",
            "mp_openid",
            "wechat_unionid",
            "weibo_uid",
            "douyin_open_id",
            "national_id",
        ]
    )
    t = (
        t.append_column("f", pa.array(a["first_seen"]))
        .append_column("email_at", pa.array(np.where(a["email_at"] == NEVER, -1, a["email_at"])))
        .append_column("phone_at", pa.array(np.where(a["phone_at"] == NEVER, -1, a["phone_at"])))
        .append_column("u_web", pa.array(used[:, 0]))
        .append_column("u_app", pa.array(used[:, 1]))
        .append_column("u_mp", pa.array(used[:, 2]))
    )
    con.register("it", t)
    parts = []
    simple = [
        ("user_id", "user_id"),
        ("member_id", "loyalty_member_id"),
        ("tmall_buyer_id", "tmall_buyer_id"),
        ("jd_pin", "jd_pin"),
        ("wechat_unionid", "wechat_unionid"),
        ("weibo_uid", "weibo_uid"),
        ("douyin_open_id", "douyin_open_id"),
        ("national_id", "national_id"),
    ]
    for id_type, col in simple:
        parts.append(
            f"select '{id_type}', {col}, person_id, f, null from it where {col} is not null"
        )
    parts += [
        "select 'email', email, person_id, greatest(f, email_at), null from it "
        "where email is not null",
        "select 'email', old_email, person_id, f, email_at from it where old_email is not null",
        "select 'phone', phone_e164, person_id, greatest(f, phone_at), null from it",
        "select 'phone', old_phone_e164, person_id, least(f, phone_at - 1), phone_at from it "
        "where old_phone_e164 is not null",
        "select 'anonymous_id', web_anon, person_id, f, null from it where u_web",
        "select 'anonymous_id', app_anon, person_id, f, null from it where u_app",
        "select 'anonymous_id', mp_anon, person_id, f, null from it where u_mp",
        "select 'device_id', device_id, person_id, f, null from it where u_app",
        f"select 'wechat_openid', '{ref.WECHAT_OA_APP_ID}:' || oa_openid, person_id, f, null "
        "from it where oa_openid is not null",
        f"select 'wechat_openid', '{ref.WECHAT_MP_APP_ID}:' || mp_openid, person_id, f, null "
        "from it where mp_openid is not null",
    ]
    sql = (
        "select id_type, id_value, person_id, to_timestamp(vf) as valid_from, "
        "to_timestamp(vt) as valid_to from ("
        + " union all ".join(f"({p})" for p in parts)
        + ") u(id_type, id_value, person_id, vf, vt) order by id_type, id_value, person_id"
    )
    res = _arrow(con.sql(sql).to_arrow_table())
    con.unregister("it")
    return res


def _consent_truth(pop: Population, state: np.ndarray) -> pa.Table:
    n = pop.n
    return pa.table(
        {
            "person_id": pop.s.column("person_id").take(pa.array(np.repeat(np.arange(n), 6))),
            "purpose": pa.array(np.tile(np.array(ref.PURPOSES), n)),
            "is_granted": pa.array(state.reshape(-1)),
        }
    )


def _future_truth(rng: np.random.Generator, pop: Population, as_of_s: int) -> pa.Table:
    """The 90 days after as_of, from the same behaviour model; none of it lands anywhere."""
    a = pop.a
    # daily order rate while active, the same scale as the history (2.5 orders per activity unit)
    span = np.maximum(np.minimum(a["churn_at"], as_of_s) - a["first_seen"], DAY) / DAY
    post = np.maximum(as_of_s - a["churn_at"], 0) / DAY
    rate = 2.5 * a["activity"] / (span + 0.1 * post)

    def active_days(window_days):
        end = as_of_s + window_days * DAY
        act = np.clip(a["churn_at"] - as_of_s, 0, window_days * DAY) / DAY
        rest = window_days - act
        del end
        return act + 0.1 * rest

    orders30 = rng.poisson(rate * active_days(30))
    return pa.table(
        {
            "person_id": pop.s.column("person_id"),
            "purchased_next_30d": pa.array(orders30 > 0),
            # churned: the person's churn time falls before the end of the 90-day window
            "churned": pa.array(a["churn_at"] < as_of_s + 90 * DAY),
        }
    )
