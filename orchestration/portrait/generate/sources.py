"""One function per landing source: draws its records for a chunk and writes them via Ctx.emit.

Every function builds numpy / Arrow columns (no loop per row) and a DuckDB select that formats
them, applying the noise codes drawn by `Cols`.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from . import reference as ref
from .emit import DIGITS, Cols, Ctx
from .population import DAY, dict_array, mix

CAT = ref.build_catalogue()
N_SKU_PER_CAT = ref.SKUS_PER_CATEGORY
ORDER_CHANNELS = ["web", "app", "tmall", "jd", "offline"]
STATUSES = ["created", "paid", "shipped", "completed", "cancelled", "refunded"]


def _arrow(x):
    return x.read_all() if isinstance(x, pa.RecordBatchReader) else x


def choose(ctx: Ctx, cols: list[str], code: np.ndarray, pi: np.ndarray) -> pa.Array:
    """Per row, the person column named by cols[code] (one take over the stacked columns)."""
    n = ctx.pop.n
    stacked = pa.concat_arrays([ctx.pop.column(c) for c in cols])
    return stacked.take(pa.array(code * n + pi))


def at_time(ctx: Ctx, col: str, pi: np.ndarray, t: np.ndarray) -> pa.Array:
    change = {"email": "email_at", "phone_e164": "phone_at"}.get(col, "move_at")
    return ctx.pop.at(col, pi, t, change)


def ids(prefix: str, ctx: Ctx, m: int, width: int = 8) -> pa.Array:
    """Record ids unique across chunks: prefix, chunk number, sequence."""
    seq = pc.utf8_lpad(pc.cast(pa.array(np.arange(m, dtype=np.int64)), pa.string()), width, "0")
    return pc.binary_join_element_wise(f"{prefix}{ctx.chunk:04d}", seq, "")


def hex_ids(prefix: str, ctx: Ctx, m: int, salt: int) -> pa.Array:
    """Opaque record ids: prefix + 15 hex digits of a bijection of (chunk, sequence)."""
    x = mix((np.int64(ctx.chunk) << np.int64(36)) + np.arange(m, dtype=np.int64), salt)
    h = pc.utf8_lpad(pc.ascii_lower(_hex(x)), 15, "0")
    return pc.binary_join_element_wise(prefix, h, "")


def _hex(x: np.ndarray) -> pa.Array:
    # vectorised hex through DuckDB-free arithmetic: 15 nibbles of a 60-bit value
    nib = (x[:, None] >> (4 * np.arange(14, -1, -1, dtype=np.int64))[None, :]) & 15
    chars = np.frombuffer(b"0123456789abcdef", dtype=np.uint8)[nib]
    flat = pa.array(chars.reshape(-1).view(np.uint8))
    offsets = pa.array(np.arange(0, 15 * len(x) + 1, 15, dtype=np.int32))
    return pa.StringArray.from_buffers(len(x), offsets.buffers()[1], flat.buffers()[1])


# ---------------------------------------------------------------------------------------------
def orders(ctx: Ctx) -> dict:
    a, rng = ctx.pop.a, ctx.rng
    pi = ctx.expand(2.5 * a["activity"])
    m = len(pi)
    w = a["chw"][pi][:, [0, 1, 3, 4, 5]].copy()
    w[:, 0:2] *= a["has_user"][pi][:, None]
    w[:, 2] *= a["has_tmall"][pi]
    w[:, 3] *= a["has_jd"][pi]
    w[:, 4] += 0.05
    ch = ctx.categorical(w)
    t = ctx.times(pi)
    status = rng.choice(6, m, p=[0.03, 0.04, 0.06, 0.73, 0.07, 0.07])
    redeliver = rng.random(m) < 0.10

    nl = 1 + rng.poisson(1.0, m)
    oi = np.repeat(np.arange(m), nl)
    line = np.arange(len(oi)) - np.repeat(np.cumsum(nl) - nl, nl) + 1
    cat = ctx.pick_category(pi[oi])
    sku = cat * N_SKU_PER_CAT + rng.integers(0, N_SKU_PER_CAT, len(oi))
    qty = rng.choice([1, 2, 3], len(oi), p=[0.75, 0.2, 0.05])
    price = CAT["price_cents"][sku]
    disc_flag = rng.random(len(oi)) < 0.05 + 0.6 * a["price_sens"][pi[oi]]
    disc = np.where(disc_flag, np.round(qty * price * rng.uniform(0.05, 0.3, len(oi))), 0)
    disc = disc.astype(np.int64)
    total = np.bincount(oi, weights=qty * price - disc, minlength=m).round().astype(np.int64)
    prefix = dict_array(["WB", "AP", "TM", "JD", "POS"], ch).cast(pa.string())
    seq = pc.utf8_lpad(pc.cast(pa.array(np.arange(m, dtype=np.int64)), pa.string()), 8, "0")
    oid = pc.binary_join_element_wise(prefix, f"{ctx.chunk:04d}", seq, "")

    # order rows: every order, then the re-delivered final versions
    rows = np.concatenate([np.arange(m), np.flatnonzero(redeliver)])
    seen = np.arange(len(rows)) >= m
    rp = pi[rows]
    rt = t[rows]
    first_status = np.where(rng.random(m) < 0.5, 0, 1)
    r_status = np.where(redeliver[rows] & ~seen, first_status[rows], status[rows])
    upd = rt + np.where(
        seen, (rng.uniform(1, 15, len(rows)) * DAY), rng.uniform(60, 3600, len(rows))
    ).astype(np.int64)
    upd = np.minimum(upd, ctx.as_of_s - 1)
    rch = ch[rows]
    online = rch < 4
    c = Cols(ctx, len(rows))
    c.add("order_id", oid.take(pa.array(rows)))
    c.add("channel", dict_array(ORDER_CHANNELS, rch))
    store = np.where(rch == 4, rng.integers(0, len(ref.STORES), len(rows)), len(ref.STORES))
    c.add(
        "store_id",
        dict_array(
            ref.STORES + ["tmall-flagship", "jd-flagship"],
            np.where(rch == 2, len(ref.STORES), np.where(rch == 3, 11, store)),
            valid=rch >= 2,
        ),
    )
    c.add(
        "account_id",
        choose(
            ctx, ["user_id", "user_id", "tmall_buyer_id", "jd_pin", "loyalty_member_id"], rch, rp
        ),
    )
    c.add("email_c", at_time(ctx, "email", rp, rt))
    c.add("phone_c", at_time(ctx, "phone_e164", rp, rt))
    c.add("has_email", rng.random(len(rows)) < np.select([rch < 2, rch < 4], [0.8, 0.1], 0.3))
    # a store asks a shopper who is not a member for a mobile number (e-receipt, warranty), so
    # an offline order without one is one of the unlinked identities
    guest = (rch == 4) & ~a["has_member"][rp]
    guest &= rng.random(len(rows)) >= ctx.noise.unlinked_identity
    c.add(
        "has_phone",
        (rng.random(len(rows)) < np.select([rch < 2, rch < 4], [0.7, 0.95], 0.8)) | guest,
    )
    email = c.email("em", "email_c")
    phone = c.phone("ph", "phone_c", default=5)
    c.add("t", rt)
    c.add("upd", upd)
    ordered_at = c.missing("oa", c.ts("oa", "t"), ctx.noise.missing_required)
    updated_at = c.ts("ua", "upd", invalid=False)
    c.add("status", dict_array(STATUSES, r_status))
    c.add("total_c", total[rows])
    c.add("neg", c.flag(ctx.noise.invalid_value))
    for col in [
        "full_name",
        "full_name_pinyin",
        "full_name_swapped",
        "province",
        "province_short",
        "province_en",
        "city",
        "city_short",
        "city_en",
        "address",
    ]:
        c.add(
            col,
            at_time(ctx, col, rp, rt) if not col.startswith("full_name") else ctx.pop.take(col, rp),
        )
    c.add("online", online)
    receiver = c.person_name("rn", "full_name", "full_name_pinyin", "full_name_swapped")
    prov = c.place("sp", "province", "province_short", "province_en")
    city = c.place("sc", "city", "city_short", "city_en")
    addr = c.text("sa", "address")
    c.add("__person", ctx.person_ids(rp))
    c.add("__seen", seen)
    sql = f"""
        select order_id, channel, store_id, account_id,
            case when has_email then {email} end as email,
            case when has_phone then {phone} end as phone,
            {ordered_at} as ordered_at, status, 'CNY' as currency,
            (case when neg then -total_c else total_c end / 100.0)::decimal(14, 2) as total_amount,
            {updated_at} as updated_at,
            case when online then {receiver} end as receiver_name,
            case when online then {prov} end as shipping_province,
            case when online then {city} end as shipping_city,
            case when online then {addr} end as shipping_address,
            order_id as __rid, __person, __seen, __dup, __mal, __mreq
        from src_in
    """
    ctx.emit("orders", c.table(), sql)

    items = pa.table(
        {
            "order_id": oid.take(pa.array(oi)),
            "line_number": line.astype(np.int32),
            "sku": dict_array(CAT["sku"], sku),
            "product_name": dict_array(CAT["product_name"], sku),
            "category_path": dict_array(CAT["category_path"], sku),
            "quantity": qty.astype(np.int32),
            "unit_price_c": price,
            "discount_c": disc,
            "__person": ctx.person_ids(pi[oi]),
            "__seen": np.zeros(len(oi), dtype=bool),
        }
    )
    ctx.emit(
        "order_items",
        items,
        """
        select order_id, line_number, sku, product_name, category_path, quantity,
            (unit_price_c / 100.0)::decimal(12, 2) as unit_price,
            (discount_c / 100.0)::decimal(12, 2) as discount_amount,
            order_id || '-' || line_number::varchar as __rid, __person, __seen,
            __dup, __mal, __mreq
        from src_in
    """,
    )
    web = ch < 2
    return {
        "pi": pi[web],
        "t": t[web],
        "oid": oid.filter(pa.array(web)),
        "total": total[web],
        "ch": ch[web],
        "n_orders": m,
    }


# ---------------------------------------------------------------------------------------------
EVENTS = [
    "Products Searched",
    "Product Viewed",
    "Product Added",
    "Checkout Started",
    "Order Completed",
    "Signed In",
]
TYPES = ["identify", "track", "page", "screen", "alias"]
UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0 Safari/537.36",
    "PortraitShop/5.2.1 (iPhone; iOS 17.5; Scale/3.00)",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
    "MicroMessenger/8.0.49 miniProgram",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
]
PAGES = ["Home", "Product", "Search", "Cart", "Checkout", "Account"]


def web_events(ctx: Ctx, ord_info: dict) -> dict:
    a, rng, n = ctx.pop.a, ctx.rng, ctx.pop.n
    noise = ctx.noise
    sp = ctx.expand(2.3 * a["activity"])
    ns = len(sp)
    w = a["chw"][sp][:, [0, 1, 2]].copy() + 1e-3
    w[:, 1] += 0.2
    w[:, 2] *= a["has_union"][sp]
    plat = ctx.categorical(w)
    st = ctx.times(sp)
    signed = a["has_user"][sp] & (rng.random(ns) < 0.65)
    kiosk = (rng.random(ns) < noise.kiosk_session) & signed
    plat = np.where(kiosk, 0, plat)
    junk = rng.random(ns) < noise.junk_identifier
    store = rng.integers(0, len(ref.STORES), ns)

    ne = 1 + rng.poisson(3.3, ns)
    es = np.repeat(np.arange(ns), ne)
    k = np.arange(len(es)) - np.repeat(np.cumsum(ne) - ne, ne)
    r = rng.random(len(es))
    ev = np.select([r < 0.15, r < 0.60, r < 0.75, r < 0.90, r < 0.95], [-1, 1, 0, 2, 3], 5)
    ev = np.where((ev == 5) & ~signed[es], 1, ev)
    ev = np.where(k == 0, -1, ev)
    typ = np.where(ev >= 0, 1, np.where(plat[es] == 1, 3, 2))
    et = st[es] + k * 45 + rng.integers(0, 40, len(es))

    # identify at the start of half the signed-in sessions, alias in a few. Persons without a
    # shop account still identify now and then through a lead form (newsletter sign-up, coupon
    # claim): traits with email and phone, no userId.
    lead = ~a["has_user"][sp] & ~kiosk & (rng.random(ns) < 0.5)
    # every browser, app install and mini-program a person uses signs in (or fills a lead form)
    # at least once, in its first session, unless it is one of the unlinked ones
    _, first = np.unique(sp * 3 + plat, return_index=True)
    first = first[~kiosk[first] & (rng.random(len(first)) >= noise.unlinked_identity)]
    signed[first] = a["has_user"][sp[first]]
    lead[first] = ~a["has_user"][sp[first]]
    identify_now = rng.random(ns) < 0.5
    identify_now[first] = True
    idf = np.flatnonzero((signed | lead) & identify_now)
    als = np.flatnonzero(signed & (rng.random(ns) < 0.03))
    sess = np.concatenate([es, idf, als])
    typ = np.concatenate([typ, np.zeros(len(idf), int), np.full(len(als), 4)])
    ev = np.concatenate([ev, np.full(len(idf) + len(als), -1)])
    et = np.concatenate([et, st[idf] - 1, st[als] - 2])

    # account logins: WeChat sign-in in the mini-program (binds openid and unionid) and social
    # login on the web site (binds the Weibo / Douyin account), once per person who has them,
    # unless the account is one of the unlinked ones
    wx = np.flatnonzero(a["has_union"] & (rng.random(n) >= noise.unlinked_identity))
    so = np.flatnonzero(
        (a["has_weibo"] | a["has_douyin"]) & (rng.random(n) >= noise.unlinked_identity)
    )
    lg_pi = np.concatenate([wx, so])
    nl = len(lg_pi)
    lg_plat = np.concatenate([np.full(len(wx), 2), np.zeros(len(so), int)])
    lg_t = ctx.times(lg_pi)

    # Order Completed for web/app orders, on the device of the order's channel
    o_pi = ord_info["pi"]
    no = len(o_pi)
    pers = np.concatenate([sp[sess], lg_pi, o_pi])
    e_plat = np.concatenate([plat[sess], lg_plat, ord_info["ch"]])
    e_t = np.concatenate([et, lg_t, ord_info["t"]])
    e_typ = np.concatenate([typ, np.zeros(nl, int), np.ones(no, int)])
    e_ev = np.concatenate([ev, np.full(nl, -1), np.full(no, 4)])
    e_signed = np.concatenate([signed[sess], a["has_user"][lg_pi], np.ones(no, bool)])
    e_kiosk = np.concatenate([kiosk[sess], np.zeros(nl + no, bool)])
    e_junk = np.concatenate([junk[sess], np.zeros(nl + no, bool)])
    e_store = np.concatenate([store[sess], np.zeros(nl + no, int)])
    e_cart = (
        np.concatenate([sess, np.zeros(nl, np.int64), rng.integers(0, max(ns, 1), no)])
        + ctx.chunk * 10**8
    )
    e_login = np.concatenate([np.zeros(len(sess), bool), np.ones(nl, bool), np.zeros(no, bool)])
    m = len(pers)

    # bots: one anonymousId each, thousands of page views in a few days, never identified
    n_bots = rng.binomial(n, noise.bot) if noise.bot else 0
    bot_counts = rng.integers(500, 3000, n_bots)
    bi = np.repeat(np.arange(n_bots), bot_counts)
    bot_start = ctx.as_of_s - rng.integers(3, 700, n_bots) * DAY
    bt = bot_start[bi] + rng.integers(0, 3 * DAY, len(bi))
    mb = len(bi)
    total = m + mb

    cat = ctx.pick_category(pers)
    sku = np.concatenate(
        [
            cat * N_SKU_PER_CAT + rng.integers(0, N_SKU_PER_CAT, m),
            rng.integers(0, len(CAT["sku"]), mb),
        ]
    )
    is_bot = np.concatenate([np.zeros(m, bool), np.ones(mb, bool)])
    ev_all = np.concatenate([e_ev, np.where(rng.random(mb) < 0.5, 1, -1)])
    typ_all = np.concatenate([e_typ, np.where(ev_all[m:] >= 0, 1, 2)])
    plat_all = np.concatenate([e_plat, np.zeros(mb, int)])
    t_all = np.concatenate([e_t, bt])

    c = Cols(ctx, total)
    c.add("typ", dict_array(TYPES, typ_all))
    c.add("event", dict_array(EVENTS, np.maximum(ev_all, 0), valid=ev_all >= 0))
    c.add(
        "page",
        dict_array(
            PAGES,
            np.where(
                ev_all == 1,
                1,
                np.where(
                    ev_all == 0,
                    2,
                    np.where(ev_all >= 2, 3 + (ev_all >= 3), rng.integers(0, 6, total)),
                ),
            ),
        ),
    )
    c.add("plat", plat_all)
    anon_person = choose(ctx, ["web_anon", "app_anon", "mp_anon"], e_plat, pers)
    bot_anon = pc.binary_join_element_wise(
        "bot-", pc.cast(pa.array(mix(ctx.chunk * 10**6 + bi, 0x9E3779B97F4A7C15)), pa.string()), ""
    )
    c.add("anon", pa.concat_arrays([anon_person, bot_anon.cast(pa.string())]))
    c.add("kiosk", np.concatenate([e_kiosk, np.zeros(mb, bool)]))
    c.add("junk", np.concatenate([e_junk, np.zeros(mb, bool)]))
    c.add("junk_val", dict_array(["null", "undefined"], rng.integers(0, 2, total)))
    c.add("store", dict_array(ref.STORES, np.concatenate([e_store, np.zeros(mb, int)])))
    uid_ = ctx.pop.take("user_id", pers)
    uid_ = pc.if_else(pa.array(e_signed), uid_, pa.nulls(m, pa.string()))
    c.add("user_id", pa.concat_arrays([uid_.cast(pa.string()), pa.nulls(mb, pa.string())]))
    c.add("t", t_all)
    c.add("skew", rng.integers(-5, 120, total))
    c.add("sdelay", rng.integers(0, 30, total))
    c.add("rdelay", rng.integers(0, 3, total))
    c.add("sku", dict_array(CAT["sku"], sku))
    c.add("cat", dict_array(CAT["category_path"], sku))
    c.add("price", CAT["price_cents"][sku])
    c.add("qty", rng.integers(1, 3, total))
    c.add("cart", np.concatenate([e_cart, np.zeros(mb, np.int64)]))
    oid = pa.concat_arrays(
        [
            pa.nulls(m - no, pa.string()),
            ord_info["oid"].cast(pa.string()),
            pa.nulls(mb, pa.string()),
        ]
    )
    c.add("order_id", oid)
    c.add(
        "total_c",
        np.concatenate([np.zeros(m - no, np.int64), ord_info["total"], np.zeros(mb, np.int64)]),
    )
    qlist = [q for i in ref.INTERESTS for q in ref.SEARCH_QUERIES[i]]
    qidx = np.cumsum([0] + [len(ref.SEARCH_QUERIES[i]) for i in ref.INTERESTS])
    top = sku // N_SKU_PER_CAT
    c.add("query", dict_array(qlist, qidx[top] + rng.integers(0, 2, total)))
    c.add("ua", dict_array(UA, np.where(is_bot & (rng.random(total) < 0.5), 3, plat_all)))
    c.add("ip", rng.integers(0x01000000, 0xDF000000, total))
    c.add(
        "locale", np.where(np.concatenate([a["intl"][pers], np.zeros(mb, bool)]), "en-US", "zh-CN")
    )
    c.add("campaign", (rng.random(total) < 0.08) & (typ_all >= 2))
    c.add("msg", mix((np.int64(ctx.chunk) << np.int64(36)) + np.arange(total), 0xD6E8FEB86659FD93))
    c.add("msg_r", rng.integers(0, 1 << 60, total))
    c.add(
        "device_id",
        pa.concat_arrays(
            [ctx.pop.take("device_id", pers).cast(pa.string()), pa.nulls(mb, pa.string())]
        ),
    )
    # identify traits, as the person's values at that time (null on every other row)
    pers_tr = np.concatenate([pers, np.zeros(mb, np.int64)])
    tr_idx = pa.array(pers_tr, mask=typ_all != 0)
    t_tr = t_all
    for col, change in [("email", "email_at"), ("phone_e164", "phone_at"), ("city", "move_at")]:
        before = pa.array(t_tr < a[change][pers_tr])
        c.add(
            f"tr_{col}",
            pc.if_else(
                before, ctx.pop.column("old_" + col).take(tr_idx), ctx.pop.column(col).take(tr_idx)
            ),
        )
    trait_columns = [
        "full_name", "gender", "wechat_unionid", "mp_openid", "weibo_uid", "douyin_open_id",
    ]
    for col in trait_columns:
        c.add(f"tr_{col}", ctx.pop.column(col).take(tr_idx))
    # social login on the web site binds the Weibo / Douyin account to the visitor
    c.add("social_login", np.concatenate([e_login, np.zeros(mb, bool)]))
    c.add("tr_birth", pa.array(a["birth_days"][pers_tr], mask=typ_all != 0))
    tr_email = c.email("te", "tr_email", junk=False)
    tr_phone = c.phone("tp", "tr_phone_e164", default=0, junk=False)
    tr_gender = c.gender("tg", "tr_gender")
    tr_birth = c.birth("tb", "tr_birth")
    ts_ = c.ts("ts", "t", default=1)
    c.add(
        "__person",
        pa.concat_arrays(
            [
                ctx.person_ids(pers).cast(pa.string()),
                pc.binary_join_element_wise(
                    "B",
                    f"{ctx.chunk:04d}",
                    pc.utf8_lpad(pc.cast(pa.array(bi), pa.string()), 5, "0"),
                    "",
                ).cast(pa.string()),
            ]
        ),
    )
    c.add("__seen", np.zeros(total, bool))
    sql = f"""
        select
            uid(msg, msg_r) as messageId,
            typ as type,
            case when kiosk then 'kiosk-' || store when junk then junk_val else anon end
                as anonymousId,
            user_id as userId,
            case when typ = 'alias' then anon end as previousId,
            {ts_} as timestamp,
            ts(t - skew, ts_v) as originalTimestamp,
            ts(t + sdelay, ts_v) as sentAt,
            ts(t + sdelay + rdelay, 1) as receivedAt,
            case when typ = 'track' then event end as event,
            case when typ in ('page', 'screen') then page end as name,
            case
                when typ = 'track' and event = 'Products Searched' then json_object('query', query)
                when typ = 'track' and event = 'Product Viewed' then json_object(
                    'product_id', sku, 'category', cat, 'price', price / 100.0, 'currency', 'CNY')
                when typ = 'track' and event = 'Product Added' then json_object(
                    'product_id', sku, 'category', cat, 'price', price / 100.0, 'currency', 'CNY',
                    'quantity', qty, 'cart_id', 'cart-' || cart::varchar)
                when typ = 'track' and event = 'Checkout Started' then json_object(
                    'cart_id', 'cart-' || cart::varchar, 'value', price * qty / 100.0,
                    'currency', 'CNY')
                when typ = 'track' and event = 'Order Completed' then json_object(
                    'order_id', order_id, 'total', total_c / 100.0, 'currency', 'CNY')
                when typ = 'track' then json_object()
                when typ = 'page' then json_object('path', '/' || lower(page), 'title', page)
                when typ = 'screen' then json_object('name', page)
            end as properties,
            case when typ = 'identify' then json_object(
                'email', {tr_email}, 'phone', {tr_phone}, 'name', tr_full_name,
                'gender', {tr_gender}, 'birthday', {tr_birth}, 'city', tr_city,
                'wechat_openid', case when plat = 2 then tr_mp_openid end,
                'wechat_unionid', case when plat = 2 then tr_wechat_unionid end,
                'wechat_app_id', case when plat = 2 then '{ref.WECHAT_MP_APP_ID}' end,
                'weibo_uid', case when plat = 0 and social_login then tr_weibo_uid end,
                'douyin_open_id', case when plat = 0 and social_login then tr_douyin_open_id end)
            end as traits,
            json_object(
                'ip', ((ip >> 24) & 255)::varchar || '.' || ((ip >> 16) & 255)::varchar || '.'
                    || ((ip >> 8) & 255)::varchar || '.' || (ip & 255)::varchar,
                'userAgent', ua, 'locale', locale,
                'page', case when plat <> 1 then json_object(
                    'url', 'https://www.portrait-shop.cn/' || lower(page),
                    'path', '/' || lower(page), 'referrer', null, 'title', page) end,
                'campaign', case when campaign then json_object(
                    'name', 'double11', 'source', 'wechat', 'medium', 'social') end,
                'device', case when plat = 1 then json_object(
                    'id', device_id, 'type', 'ios', 'model', 'iPhone15,2',
                    'manufacturer', 'Apple') end,
                'app', case when plat = 1 then json_object('name', 'Portrait Shop',
                    'version', '5.2.1') end,
                'library', json_object(
                    'name', case plat when 1 then 'analytics-ios' when 2
                        then 'analytics-miniprogram' else 'analytics.js' end,
                    'version', case plat when 1 then '4.1.8' when 2 then '1.3.0'
                        else '5.2.0' end),
                'os', case when plat = 1 then json_object('name', 'iOS', 'version', '17.5') end
            ) as context,
            messageId as __rid, __person, __seen, __dup, __mal, __mreq
        from src_in
    """
    ctx.emit("web_events", c.table(), sql)
    used = np.zeros((n, 3), bool)
    used[sp[sess], plat[sess]] = True
    used[o_pi, ord_info["ch"]] = True
    # kiosk and junk sessions do not use the person's own device
    return {"used_devices": used, "n_bots": n_bots, "bot_events": bot_counts}


# ---------------------------------------------------------------------------------------------
SYSTEMS = ["salesforce", "store_pos", "loyalty_app"]


def crm_contacts(ctx: Ctx) -> None:
    a, rng, n = ctx.pop.a, ctx.rng, ctx.pop.n
    k = rng.choice(4, n, p=[0.2, 0.4, 0.3, 0.1])
    # the loyalty programme's own system holds every member: members are in at least one CRM
    # system, loyalty_app first, unless their membership is one of the unlinked identities
    member = a["has_member"] & (rng.random(n) >= ctx.noise.unlinked_identity)
    k = np.where(member & (k == 0), 1, k)
    order = np.argsort(rng.random((n, 3)) - member[:, None] * (np.arange(3) == 2), axis=1)
    pi = np.repeat(np.arange(n), k)
    j = np.arange(len(pi)) - np.repeat(np.cumsum(k) - k, k)
    sysi = order[pi, j]
    m = len(pi)
    created = ctx.times(pi)
    updated = np.minimum(
        created + (rng.random(m) * (ctx.as_of_s - created)).astype(np.int64), ctx.as_of_s - 1
    )
    # re-delivered contacts: same contact_id, later updated_at
    again = np.flatnonzero(rng.random(m) < 0.05)
    rows = np.concatenate([np.arange(m), again])
    seen = np.arange(len(rows)) >= m
    rp, rs = pi[rows], sysi[rows]
    rc = created[rows]
    ru = np.where(
        seen,
        np.minimum(updated[rows] + rng.integers(DAY, 30 * DAY, len(rows)), ctx.as_of_s - 1),
        updated[rows],
    )
    prefix = dict_array(["003", "POS-", "LA"], sysi).cast(pa.string())
    cid = pc.binary_join_element_wise(prefix, hex_ids("", ctx, m, 0xA24BAED4963EE407), "")
    c = Cols(ctx, len(rows))
    c.add("contact_id", cid.take(pa.array(rows)))
    c.add("source_system", dict_array(SYSTEMS, rs))
    intl = a["intl"][rp]
    c.add("intl", intl)
    for col in [
        "family_name",
        "given_name",
        "family_pinyin",
        "given_pinyin",
        "full_name",
        "full_name_pinyin",
        "gender",
        "national_id",
        "loyalty_member_id",
        "country",
        "postcode",
    ]:
        c.add(col, ctx.pop.take(col, rp))
    for col in [
        "email",
        "phone_e164",
        "province",
        "province_short",
        "province_en",
        "city",
        "city_short",
        "city_en",
        "address",
    ]:
        c.add(col, at_time(ctx, col, rp, ru))
    c.add("birth", a["birth_days"][rp])
    c.add("sys", rs)
    first = c.person_name("fn", "given_name", "given_pinyin", "given_pinyin")
    last = c.person_name("ln", "family_name", "family_pinyin", "family_pinyin")
    c.add("full_name_swapped", ctx.pop.take("full_name_swapped", rp))
    full = c.person_name("nm", "full_name", "full_name_pinyin", "full_name_swapped")
    gender = c.gender("gd", "gender", default=1)
    birth = c.birth("bd", "birth", default=1)
    email = c.email("em", "email")
    phone = c.phone("ph", "phone_e164", default=1)
    # a store's POS creates a contact at checkout from the shopper's mobile: never left empty
    pos_phone = c.phone("pp", "phone_e164", default=1, missing=False)
    nid = c.missing("ni", c.typo("ni", "national_id", DIGITS), 0.5)
    addr = c.text("ad", "address")
    c.add("district", ctx.pop.take("address", rp))
    city = c.place("ci", "city", "city_short", "city_en")
    prov = c.place("pr", "province", "province_short", "province_en")
    post = c.missing("pc", c.typo("pc", "postcode", DIGITS))
    c.add("ctry_v", rng.integers(0, 3, len(rows)) * c.flag(ctx.noise.format_variant))
    c.add("t_c", rc)
    c.add("t_u", ru)
    created_at = c.ts("ca", "t_c", invalid=False)
    updated_at = c.ts("uat", "t_u", invalid=False)
    c.add("__person", ctx.person_ids(rp))
    c.add("__seen", seen)
    # which fields each system captures
    sql = f"""
        select contact_id, source_system,
            case when sys <> 1 then {first} end as first_name,
            case when sys <> 1 then {last} end as last_name,
            case when sys <> 2 then {full} end as full_name,
            case when sys <> 1 then {gender} end as gender,
            case when sys <> 1 then {birth} end as birth_date,
            case when sys <> 1 then {email} end as email,
            case when sys = 1 then {pos_phone} else {phone} end as phone,
            case when sys = 0 then {nid} end as national_id,
            case when sys = 0 then {addr} end as address_line1,
            null::varchar as address_line2,
            {city} as city,
            case when sys = 0 and not intl then regexp_extract(district, '^(.{{1,3}}区)') end
                as district,
            {prov} as province,
            case when sys = 0 then {post} end as postcode,
            case when ctry_v = 1 then case when country = 'CN' then 'China' else country end
                when ctry_v = 2 then case when country = 'CN' then '中国' else country end
                else country end as country,
            case when sys <> 0 then loyalty_member_id end as loyalty_member_id,
            {created_at} as created_at, {updated_at} as updated_at,
            contact_id as __rid, __person, __seen, __dup, __mal, __mreq
        from src_in
    """
    ctx.emit("crm_contacts", c.table(), sql)


# ---------------------------------------------------------------------------------------------
CAMPAIGN_THEMES = ref.INTERESTS


def email_events(ctx: Ctx) -> None:
    a, rng = ctx.pop.a, ctx.rng
    mean = 3.4 * a["activity"] * (0.4 + 4 * a["chw"][:, 6]) / 1.0 * a["has_email"]
    sp = ctx.expand(mean * 1.4)
    ns = len(sp)
    camp = rng.integers(0, 36, ns)
    theme = camp % 12
    st = ctx.times(sp)
    bounce = rng.random(ns) < 0.04
    match = a["interests"][sp, theme]
    opened = ~bounce & (rng.random(ns) < 0.15 + 0.45 * match)
    clicked = opened & (rng.random(ns) < 0.35)
    unsub = ~bounce & (rng.random(ns) < 0.004 + 0.02 * a["churn_prop"][sp])
    spam = ~bounce & (rng.random(ns) < 0.002)
    parts = [
        (np.arange(ns), 0, 0),
        (np.flatnonzero(~bounce), 1, 5),
        (np.flatnonzero(bounce), 4, 5),
        (np.flatnonzero(opened), 2, 3600),
        (np.flatnonzero(clicked), 3, 3700),
        (np.flatnonzero(unsub), 5, 7200),
        (np.flatnonzero(spam), 6, 7300),
    ]
    si = np.concatenate([p[0] for p in parts])
    et = np.concatenate([np.full(len(p[0]), p[1]) for p in parts])
    delay = np.concatenate([np.full(len(p[0]), p[2]) for p in parts])
    order = np.argsort(si, kind="stable")
    si, et, delay = si[order], et[order], delay[order]
    m = len(si)
    pi = sp[si]
    t = np.minimum(st[si] + delay * rng.uniform(0.5, 3, m).astype(np.int64), ctx.as_of_s - 1)
    c = Cols(ctx, m)
    c.add("event_id", hex_ids("ee_", ctx, m, 0x9FB21C651E98DF25))
    c.add("email_c", at_time(ctx, "email", pi, st[si]))
    # the email service sends to the address on file: no typing, so no typos
    email = c.email("em", "email_c", junk=False, missing=False, typo=False)
    email = c.missing("em_r", email, ctx.noise.missing_required)
    c.add("camp", camp[si])
    c.add("theme", dict_array(CAMPAIGN_THEMES, theme[si]))
    c.add(
        "event_type",
        dict_array(
            ["send", "delivery", "open", "click", "bounce", "unsubscribe", "spam_complaint"], et
        ),
    )
    c.add("t", t)
    occurred = c.ts("oc", "t")
    c.add("hard", rng.random(m) < 0.3)
    c.add("ua", dict_array(UA[:3], rng.integers(0, 3, m)))
    c.add("__person", ctx.person_ids(pi))
    c.add("__seen", np.zeros(m, bool))
    sql = f"""
        select event_id, {email} as email,
            'cmp_' || lpad(camp::varchar, 3, '0') as campaign_id,
            theme || ' newsletter #' || camp::varchar as campaign_name,
            event_type, {occurred} as occurred_at,
            case when event_type = 'click'
                then 'https://www.portrait-shop.cn/c/' || theme || '?cmp=' || camp::varchar end
                as url,
            case when event_type = 'bounce' then case when hard then 'hard' else 'soft' end end
                as bounce_type,
            case when event_type in ('open', 'click') then ua end as user_agent,
            event_id as __rid, __person, __seen, __dup, __mal, __mreq
        from src_in
    """
    ctx.emit("email_events", c.table(), sql, required_key="occurred_at")


# ---------------------------------------------------------------------------------------------
def wechat_followers(ctx: Ctx) -> np.ndarray:
    a, rng, n = ctx.pop.a, ctx.rng, ctx.pop.n
    oa = a["has_union"] & (rng.random(n) < 0.65)
    mp = a["has_union"] & (rng.random(n) < 0.4)
    pi = np.concatenate([np.flatnonzero(oa), np.flatnonzero(mp)])
    app = np.concatenate([np.zeros(oa.sum(), int), np.ones(mp.sum(), int)])
    m = len(pi)
    sub = ctx.times(pi)
    unsub = rng.random(m) < 0.05 + 0.3 * a["churn_prop"][pi]
    unsub_t = np.minimum(
        sub + (rng.random(m) * (ctx.as_of_s - sub)).astype(np.int64), ctx.as_of_s - 1
    )
    c = Cols(ctx, m)
    c.add("app_id", dict_array([ref.WECHAT_OA_APP_ID, ref.WECHAT_MP_APP_ID], app))
    c.add("app_type", dict_array(["official_account", "mini_program"], app))
    c.add("openid", choose(ctx, ["oa_openid", "mp_openid"], app, pi))
    c.add("unionid", ctx.pop.take("wechat_unionid", pi))
    c.add("bound", rng.random(m) >= ctx.noise.unlinked_identity)
    c.add("nickname", dict_array(ref.NICKNAMES, rng.integers(0, len(ref.NICKNAMES), m)))
    c.add("sex", np.where(rng.random(m) < 0.1, 0, np.where(a["female"][pi], 2, 1)))
    for col in ["city_en", "province_en", "city", "province"]:
        c.add(col, at_time(ctx, col, pi, sub))
    c.add("zh", rng.random(m) < 0.3)
    c.add("t_sub", sub)
    c.add("t_unsub", unsub_t)
    c.add("unsub", unsub)
    c.add("t_upd", np.where(unsub, unsub_t, sub))
    c.add("phone_c", at_time(ctx, "phone_e164", pi, sub))
    # mini-programs ask for the phone number at sign-in; official accounts bind it for the
    # member card
    c.add("has_phone", rng.random(m) < np.where(app == 1, 0.4, 0.25))
    phone = c.phone("ph", "phone_c", default=5)
    s_at = c.ts("sa", "t_sub", invalid=False)
    u_at = c.ts("ua", "t_unsub", invalid=False)
    up_at = c.ts("up", "t_upd", invalid=False)
    c.add("__person", ctx.person_ids(pi))
    c.add("__seen", np.zeros(m, bool))
    sql = f"""
        select app_id, app_type, openid, case when bound then unionid end as unionid,
            nickname, sex::varchar as sex,
            case when zh then city else city_en end as city,
            case when zh then province else province_en end as province,
            case when zh then '中国' else 'China' end as country,
            'zh_CN' as language,
            {s_at} as subscribed_at,
            case when unsub then {u_at} end as unsubscribed_at,
            case when has_phone then {phone} end as bound_mobile,
            {up_at} as updated_at,
            app_id || ':' || openid as __rid, __person, __seen, __dup, __mal, __mreq
        from src_in
    """
    ctx.emit("wechat_followers", c.table(), sql)
    return oa


# ---------------------------------------------------------------------------------------------
def social_interactions(ctx: Ctx, oa_follower: np.ndarray) -> None:
    a, rng = ctx.pop.a, ctx.rng
    avail = np.stack([oa_follower, a["has_weibo"], a["has_douyin"]], axis=1)
    has_any = avail.any(axis=1)
    pi = ctx.expand(1.5 / 0.75 * a["activity"] * has_any)
    m = len(pi)
    w = avail[pi].astype(float) * np.array([1.0, 1.0, 1.4])
    plat = ctx.categorical(w)
    t = ctx.times(pi)
    kind = rng.choice(3, m, p=[0.5, 0.3, 0.2])
    sat = 1 - a["churn_prop"][pi] + rng.normal(0, 0.15, m)
    sentiment = np.where(sat > 0.75, 0, np.where(sat < 0.45, 1, 2))
    lists = [ref.POSITIVE_COMMENTS, ref.NEGATIVE_COMMENTS, ref.NEUTRAL_COMMENTS]
    flat = [x for lst in lists for x in lst]
    off = np.cumsum([0] + [len(x) for x in lists])
    sizes = np.array([len(x) for x in lists])
    txt = off[sentiment] + (rng.random(m) * sizes[sentiment]).astype(int)
    c = Cols(ctx, m)
    c.add("interaction_id", hex_ids("si_", ctx, m, 0x8CB92BA72F3D8DD7))
    c.add("platform", dict_array(["wechat", "weibo", "douyin"], plat))
    c.add("platform_user_id", choose(ctx, ["oa_openid", "weibo_uid", "douyin_open_id"], plat, pi))
    c.add("interaction_type", dict_array(["like", "comment", "share"], kind))
    c.add("content", rng.integers(1, 400, m))
    c.add("comment_text", dict_array(flat, txt, valid=kind == 1))
    c.add("t", t)
    occurred = c.ts("oc", "t")
    c.add("__person", ctx.person_ids(pi))
    c.add("__seen", np.zeros(m, bool))
    sql = f"""
        select interaction_id, platform, platform_user_id,
            case when platform = 'wechat' then '{ref.WECHAT_OA_APP_ID}' end as app_id,
            interaction_type, 'post_' || lpad(content::varchar, 5, '0') as content_id,
            comment_text, {occurred} as occurred_at,
            interaction_id as __rid, __person, __seen, __dup, __mal, __mreq
        from src_in
    """
    ctx.emit("social_interactions", c.table(), sql, required_key="occurred_at")


# ---------------------------------------------------------------------------------------------
def _list_column(mask: np.ndarray, names: list[str]) -> pa.Array:
    rows, cols = np.nonzero(mask)
    offsets = np.concatenate([[0], np.cumsum(mask.sum(axis=1))]).astype(np.int32)
    return pa.ListArray.from_arrays(pa.array(offsets), dict_array(names, cols).cast(pa.string()))


def survey_responses(ctx: Ctx) -> None:
    a, rng, n = ctx.pop.a, ctx.rng, ctx.pop.n
    pi = ctx.expand(np.full(n, 0.3))
    m = len(pi)
    t = ctx.times(pi)
    kind = (rng.random(m) < 0.5).astype(int)  # 0 lifestyle, 1 nps
    nps = np.clip(a["nps"][pi] + rng.integers(-1, 2, m), 0, 10)
    c = Cols(ctx, m)
    c.add("response_id", hex_ids("sr_", ctx, m, 0xE7037ED1A0B428DB))
    c.add("survey_id", dict_array(["lifestyle_2026", "nps_quarterly"], kind))
    c.add("interests", _list_column(a["interests"][pi], ref.INTERESTS))
    c.add("lifestyle", dict_array(ref.LIFESTYLES, a["lifestyle"][pi]))
    c.add("vals", _list_column(a["values"][pi], ref.VALUES))
    c.add("nps", nps)
    c.add("email_c", at_time(ctx, "email", pi, t))
    c.add("phone_c", at_time(ctx, "phone_e164", pi, t))
    c.add("member", ctx.pop.take("loyalty_member_id", pi))
    c.add("idk", rng.integers(0, 4, m))
    email = c.email("em", "email_c")
    phone = c.phone("ph", "phone_c", default=5)
    c.add("t", t)
    sub = c.ts("sb", "t")
    c.add("__person", ctx.person_ids(pi))
    c.add("__seen", np.zeros(m, bool))
    sql = f"""
        select response_id, survey_id,
            case when idk <> 1 then {email} end as respondent_email,
            case when idk <> 2 then {phone} end as respondent_phone,
            case when idk <> 3 then member end as respondent_member_id,
            {sub} as submitted_at,
            case when survey_id = 'lifestyle_2026' then json_object(
                'interests', interests, 'lifestyle', lifestyle, 'values', vals, 'nps', nps)
                else json_object('nps', nps) end as answers,
            response_id as __rid, __person, __seen, __dup, __mal, __mreq
        from src_in
    """
    ctx.emit("survey_responses", c.table(), sql, required_key="submitted_at")


# ---------------------------------------------------------------------------------------------
def support_tickets(ctx: Ctx) -> None:
    a, rng = ctx.pop.a, ctx.rng
    pi = ctx.expand(0.2 * a["activity"] * (0.5 + a["churn_prop"] * 2) / 1.0)
    m = len(pi)
    t = ctx.times(pi)
    closed = rng.random(m) < 0.9
    close_t = np.minimum(t + rng.integers(600, 5 * DAY, m), ctx.as_of_s - 1)
    rated = closed & (rng.random(m) < 0.6)
    score = np.clip(np.round(5 - 4 * a["churn_prop"][pi] + rng.normal(0, 0.8, m)), 1, 5)
    c = Cols(ctx, m)
    c.add("ticket_id", ids("TK", ctx, m))
    ch = rng.integers(0, 4, m)
    c.add("channel", dict_array(["phone", "email", "chat", "wechat"], ch))
    c.add("phone_c", at_time(ctx, "phone_e164", pi, t))
    c.add("email_c", at_time(ctx, "email", pi, t))
    c.add("member", ctx.pop.take("loyalty_member_id", pi))
    phone = c.phone("ph", "phone_c", default=5)
    email = c.email("em", "email_c")
    c.add(
        "category",
        dict_array(
            ["delivery", "refund", "product_quality", "account", "other"],
            rng.choice(5, m, p=[0.3, 0.25, 0.2, 0.15, 0.1]),
        ),
    )
    c.add("t", t)
    c.add("tc", close_t)
    opened = c.missing("op", c.ts("op", "t"), ctx.noise.missing_required)
    closed_at = c.ts("cl", "tc", invalid=False)
    c.add("closed", closed)
    c.add("rated", rated)
    c.add("score", score.astype(np.int64))
    c.add("ask_phone", (ch != 1) | (rng.random(m) < 0.3))
    c.add("ask_email", (ch == 1) | (rng.random(m) < 0.3))
    c.add("__person", ctx.person_ids(pi))
    c.add("__seen", np.zeros(m, bool))
    sql = f"""
        select ticket_id, channel,
            case when ask_phone then {phone} end as phone,
            case when ask_email then {email} end as email,
            member as member_id, category,
            {opened} as opened_at,
            case when closed then {closed_at} end as closed_at,
            case when rated then score end as satisfaction_score,
            ticket_id as __rid, __person, __seen, __dup, __mal, __mreq
        from src_in
    """
    ctx.emit("support_tickets", c.table(), sql)


# ---------------------------------------------------------------------------------------------
ID_TYPES = ["email", "phone", "unionid", "user_id"]
CONSENT_SOURCES = [
    "web_form",
    "app_settings",
    "wechat",
    "store",
    "email_unsubscribe",
    "customer_service",
]


def consent_events(ctx: Ctx) -> pa.Table:
    """Consent events; returns the true current state per person and purpose."""
    a, rng, n = ctx.pop.a, ctx.rng, ctx.pop.n
    avail = np.stack([a["has_email"], np.ones(n, bool), a["has_union"], a["has_user"]], axis=1)
    pp = ctx.expand(np.full(n, 1.5))
    np_ = len(pp)
    idt = ctx.categorical(avail[pp].astype(float) * np.array([1.0, 0.8, 0.6, 0.5]))
    purpose = rng.integers(0, 6, np_)
    t1 = ctx.times(pp)
    granted1 = rng.random(np_) < 0.75
    second = rng.random(np_) < 0.35
    t2 = np.minimum(
        t1 + (rng.random(np_) * (ctx.as_of_s - t1)).astype(np.int64) + 1, ctx.as_of_s - 1
    )
    sec = np.flatnonzero(second & (t2 > t1))
    ei = np.concatenate([np.arange(np_), sec])
    pi = pp[ei]
    t = np.concatenate([t1, t2[sec]])
    granted = np.concatenate([granted1, ~granted1[sec]])
    m = len(ei)
    it = idt[ei]
    src = np.select(
        [it == 2, (it == 0) & ~granted, it == 0, it == 1],
        [2, 4, 0, rng.choice([1, 3, 5], m)],
        rng.choice([0, 1], m),
    )
    pur = purpose[ei]
    basis = np.where(pur == 3, 1, np.where((pur == 4) & (rng.random(m) < 0.5), 2, 0))
    c = Cols(ctx, m)
    c.add("consent_event_id", hex_ids("ce_", ctx, m, 0xB492B66FBE98F273))
    c.add("id_type", dict_array(ID_TYPES, it))
    c.add("email_c", at_time(ctx, "email", pi, t))
    c.add("phone_c", at_time(ctx, "phone_e164", pi, t))
    c.add("unionid", ctx.pop.take("wechat_unionid", pi))
    c.add("user_id", ctx.pop.take("user_id", pi))
    # consent is recorded against the identifier on file, not retyped
    email = c.email("em", "email_c", junk=False, missing=False, typo=False)
    phone = c.phone("ph", "phone_c", default=0, junk=False, missing=False, typo=False)
    c.add("purpose", dict_array(ref.PURPOSES, pur))
    c.add("action", dict_array(["revoked", "granted"], granted.astype(int)))
    c.add("t", t)
    occurred = c.ts("oc", "t", invalid=False)
    c.add("source", dict_array(CONSENT_SOURCES, src))
    c.add(
        "legal_basis",
        dict_array(["consent", "contract", "legitimate_interest", "legal_obligation"], basis),
    )
    c.add("__person", ctx.person_ids(pi))
    c.add("__seen", np.zeros(m, bool))
    sql = f"""
        select consent_event_id, id_type,
            case id_type when 'email' then {email} when 'phone' then {phone}
                when 'unionid' then unionid else user_id end as id_value,
            purpose, action, {occurred} as occurred_at, source, legal_basis,
            consent_event_id as __rid, __person, __seen, __dup, __mal, __mreq
        from src_in
    """
    ctx.emit("consent_events", c.table(), sql, required_key="occurred_at")

    # truth: the latest event per person and purpose wins; no event means not granted
    state = np.zeros((n, 6), bool)
    order = np.lexsort((t, pur, pi))
    last = np.ones(m, bool)
    key = pi[order] * 6 + pur[order]
    last[:-1] = key[1:] != key[:-1]
    sel = order[last]
    state[pi[sel], pur[sel]] = granted[sel]
    return state


# ---------------------------------------------------------------------------------------------
def deletion_requests(ctx: Ctx) -> None:
    a, rng = ctx.pop.a, ctx.rng
    pi = np.flatnonzero(a["is_deleted"])
    m = len(pi)
    avail = np.stack(
        [
            a["has_email"][pi],
            np.ones(m, bool),
            a["has_union"][pi],
            a["has_user"][pi],
            a["has_member"][pi],
        ],
        axis=1,
    ).astype(float)
    it = ctx.categorical(avail) if m else np.zeros(0, int)
    t = ctx.as_of_s - rng.integers(DAY, 60 * DAY, m)
    c = Cols(ctx, m)
    c.add("request_id", ids("DR", ctx, m, 6))
    c.add("id_type", dict_array(["email", "phone", "unionid", "user_id", "member_id"], it))
    c.add(
        "id_value",
        choose(
            ctx, ["email", "phone_e164", "wechat_unionid", "user_id", "loyalty_member_id"], it, pi
        ),
    )
    c.add("t", t)
    req = c.ts("rq", "t", invalid=False)
    c.add("source", dict_array(["web_form", "customer_service", "email"], rng.integers(0, 3, m)))
    c.add("__person", ctx.person_ids(pi))
    c.add("__seen", np.zeros(m, bool))
    sql = f"""
        select request_id, id_type, id_value, {req} as requested_at, source,
            request_id as __rid, __person, __seen, __dup, __mal, __mreq
        from src_in
    """
    ctx.emit("deletion_requests", c.table(), sql)
