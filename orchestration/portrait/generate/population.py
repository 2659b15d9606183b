"""The true population of one chunk: demographics, identifiers, traits and life-cycle times.

Numbers are drawn with numpy; strings are assembled from them by DuckDB in one query, so there is
no Python loop per person.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from . import reference as ref
from .noise import NoiseConfig

DAY = 86_400
HISTORY_DAYS = 730
NEVER = np.iinfo(np.int64).min // 4  # "changed at" for values that never changed

_MASK48 = np.uint64((1 << 48) - 1)
_MASK60 = np.uint64((1 << 60) - 1)


def mix(x: np.ndarray, const: int, mask: np.uint64 = _MASK60) -> np.ndarray:
    """A bijection of x modulo 2**bits (odd multiplier): unique ids that do not look sequential."""
    with np.errstate(over="ignore"):
        y = x.astype(np.uint64) + np.uint64(0x5BD1E995)
        return ((y * np.uint64(const | 1)) & mask).astype(np.int64)


def dict_array(values, idx: np.ndarray, valid: np.ndarray | None = None) -> pa.Array:
    """values[idx] as an Arrow dictionary array (no per-row string conversion)."""
    mask = None if valid is None else ~np.asarray(valid, dtype=bool)
    return pa.DictionaryArray.from_arrays(
        pa.array(np.asarray(idx, dtype=np.int32), mask=mask), pa.array(list(values), pa.string())
    )


def categorical(rng: np.random.Generator, weights: np.ndarray) -> np.ndarray:
    """One draw per row from a row-wise weight matrix."""
    cum = np.cumsum(weights, axis=1)
    u = rng.random(len(weights)) * cum[:, -1]
    return np.minimum((cum <= u[:, None]).sum(axis=1), weights.shape[1] - 1)


# The city table: mainland cities first, then international ones.
N_MAINLAND = len(ref.MAINLAND_CITIES)
CITY = {
    "city": [c[0] for c in ref.MAINLAND_CITIES] + [c[0] for c in ref.INTERNATIONAL_CITIES],
    "province": [c[1] for c in ref.MAINLAND_CITIES] + [c[1] for c in ref.INTERNATIONAL_CITIES],
    "province_short": [c[2] for c in ref.MAINLAND_CITIES]
    + [c[1] for c in ref.INTERNATIONAL_CITIES],
    "province_en": [c[3] for c in ref.MAINLAND_CITIES] + [c[1] for c in ref.INTERNATIONAL_CITIES],
    "city_short": [c[0].removesuffix("市") for c in ref.MAINLAND_CITIES]
    + [c[0] for c in ref.INTERNATIONAL_CITIES],
    "city_en": [c[4] for c in ref.MAINLAND_CITIES] + [c[0] for c in ref.INTERNATIONAL_CITIES],
    "country": ["CN"] * N_MAINLAND + [c[2] for c in ref.INTERNATIONAL_CITIES],
}
CITY_ADMIN = np.array([int(c[5]) for c in ref.MAINLAND_CITIES] + [0] * 6, dtype=np.int64)
CITY_POST = np.array([int(c[6]) // 100 for c in ref.MAINLAND_CITIES] + [0] * 6, dtype=np.int64)
INTL_POSTCODE = [""] * N_MAINLAND + [c[5] for c in ref.INTERNATIONAL_CITIES]
INTL_CC = [""] * N_MAINLAND + [c[3] for c in ref.INTERNATIONAL_CITIES]
INTL_LEN = np.array([0] * N_MAINLAND + [c[4] for c in ref.INTERNATIONAL_CITIES], dtype=np.int64)
INTL_FIRST_DIGIT = np.array([0] * N_MAINLAND + [9, 9, 2, 7, 4, 4], dtype=np.int64)
CITY_W = np.array([c[7] for c in ref.MAINLAND_CITIES], dtype=float)

# Given names: per gender, the single characters then every pair.
_GIVEN_HZ: list[str] = []
_GIVEN_PY: list[str] = []
GIVEN_OFFSET = {}
for _g in ("male", "female"):
    GIVEN_OFFSET[_g] = len(_GIVEN_HZ)
    _chars = ref.GIVEN_CHARS[_g]
    for _h, _p in _chars:
        _GIVEN_HZ.append(_h)
        _GIVEN_PY.append(_p.capitalize())
    for _h1, _p1 in _chars:
        for _h2, _p2 in _chars:
            _GIVEN_HZ.append(_h1 + _h2)
            _GIVEN_PY.append((_p1 + _p2).capitalize())
N_GIVEN_CHARS = len(ref.GIVEN_CHARS["male"])
LATIN_FIRST = ref.LATIN_FIRST["male"] + ref.LATIN_FIRST["female"]
SURNAME_W = 1.0 / np.arange(1, len(ref.SURNAMES) + 1) ** 0.8

ISO_WEIGHTS = np.array([7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2], dtype=np.int64)
ISO_CHECK = "10X98765432"


def national_id_check(first17: np.ndarray) -> np.ndarray:
    """ISO 7064 mod 11-2 check character index for an (n, 17) digit matrix."""
    return (first17 @ ISO_WEIGHTS) % 11


def digits(x: np.ndarray, width: int) -> np.ndarray:
    """(n, width) matrix of the decimal digits of x, most significant first."""
    p = 10 ** np.arange(width - 1, -1, -1, dtype=np.int64)
    return (x[:, None] // p[None, :]) % 10


@dataclass
class Population:
    """One chunk of persons: numeric arrays in `a`, canonical strings in `s` (Arrow)."""

    a: dict[str, np.ndarray]
    s: pa.Table
    n: int

    def column(self, col: str) -> pa.Array:
        cache = self.__dict__.setdefault("_cols", {})
        if col not in cache:
            cache[col] = self.s.column(col).combine_chunks()
        return cache[col]

    def take(self, col: str, pi: np.ndarray) -> pa.Array:
        return self.column(col).take(pa.array(pi))

    def at(self, col: str, pi: np.ndarray, t: np.ndarray, change: str) -> pa.Array:
        """The value of col at times t: the old_<col> before the change time, else the current."""
        before = t < self.a[change][pi]
        cur = self.take(col, pi)
        if not before.any():
            return cur
        return pc.if_else(pa.array(before), self.take("old_" + col, pi), cur)


def make_population(
    con: duckdb.DuckDBPyConnection,
    rng: np.random.Generator,
    n: int,
    first_gid: int,
    as_of_s: int,
    noise: NoiseConfig,
) -> Population:
    gid = np.arange(first_gid, first_gid + n, dtype=np.int64)
    intl = rng.random(n) < 0.08
    female = rng.random(n) < 0.52
    gender = np.where(female, "female", "male")
    as_of_day = as_of_s // DAY
    birth_days = (as_of_day - rng.uniform(18 * 365.25, 70 * 365.25, n)).astype(np.int64)
    age = (as_of_day - birth_days) / 365.25

    fam = rng.choice(len(ref.SURNAMES), n, p=SURNAME_W / SURNAME_W.sum())
    single = rng.random(n) < 0.25
    gi = np.where(
        single,
        rng.integers(0, N_GIVEN_CHARS, n),
        N_GIVEN_CHARS + rng.integers(0, N_GIVEN_CHARS**2, n),
    ) + np.where(female, GIVEN_OFFSET["female"], 0)
    lf = rng.integers(0, 16, n) + np.where(female, 16, 0)
    ll = rng.integers(0, len(ref.LATIN_LAST), n)

    def draw_city(size_intl):
        c = rng.choice(N_MAINLAND, n, p=CITY_W / CITY_W.sum())
        return np.where(size_intl, N_MAINLAND + rng.integers(0, 6, n), c)

    city = draw_city(intl)
    # Life cycle: first seen within the two-year history; churn time from churn propensity.
    first_seen = as_of_s - (rng.uniform(14, HISTORY_DAYS, n) * DAY).astype(np.int64)
    churn_prop = rng.beta(2, 5, n)
    churn_at = first_seen + (rng.exponential(1, n) * (120 / (churn_prop + 0.05)) * DAY).astype(
        np.int64
    )
    intensity = rng.lognormal(0, 0.6, n) / np.exp(0.18)

    def change_time(p):
        changed = rng.random(n) < p
        t = first_seen + (rng.random(n) * (as_of_s - first_seen)).astype(np.int64)
        return changed, np.where(changed, t, NEVER)

    moved, move_at = change_time(noise.stale_value * 0.6)
    old_city = np.where(moved, draw_city(intl), city)
    moved &= old_city != city
    move_at = np.where(moved, move_at, NEVER)
    phone_changed, phone_at = change_time(noise.stale_value * 0.5)
    email_changed, email_at = change_time(noise.stale_value * 0.5)

    # Phones: slot 2*gid is the person's own number, 2*gid+1 their earlier one.
    def mainland_phone(slot):
        x = (slot * 2_654_435_761 + 271_828_183) % 7_000_000_000
        return 13_000_000_000 + (x // 1_000_000_000) * 1_000_000_000 + x % 1_000_000_000

    def intl_phone(slot):
        mod = 10 ** np.maximum(INTL_LEN[city] - 1, 1)
        return INTL_FIRST_DIGIT[city] * mod + (slot * 2_654_435_761 + 12_345) % mod

    slot0, slot1 = 2 * gid, 2 * gid + 1
    phone = np.where(intl, intl_phone(slot0), mainland_phone(slot0))
    old_phone = np.where(intl, intl_phone(slot1), mainland_phone(slot1))
    # Recycled numbers: A gives up its number at T and B gets it from T on.
    mainland_idx = np.flatnonzero(~intl)
    n_pairs = min(rng.binomial(n, noise.recycled_phone), len(mainland_idx) // 2)
    recycled_to = np.zeros(n, dtype=bool)
    if n_pairs:
        pick = rng.choice(mainland_idx, 2 * n_pairs, replace=False)
        a_i, b_i = pick[:n_pairs], pick[n_pairs:]
        lo = np.maximum(first_seen[a_i], first_seen[b_i]) + DAY
        t = lo + (rng.random(n_pairs) * np.maximum(as_of_s - 7 * DAY - lo, DAY)).astype(np.int64)
        phone_changed[a_i] = phone_changed[b_i] = True
        phone_at[a_i] = phone_at[b_i] = t
        phone[b_i] = old_phone[a_i]
        recycled_to[b_i] = True
    old_phone = np.where(phone_changed, old_phone, -1)

    has_email = rng.random(n) < 0.92
    email_changed &= has_email
    email_at = np.where(email_changed, email_at, NEVER)
    phone_at = np.where(phone_changed, phone_at, NEVER)
    dom = rng.integers(0, 8, n)
    old_dom = rng.integers(0, 8, n)
    has_user = rng.random(n) < 0.85
    has_member = rng.random(n) < 0.60
    has_tmall = ~intl & (rng.random(n) < 0.30)
    has_jd = ~intl & (rng.random(n) < 0.20)
    has_union = ~intl & (rng.random(n) < 0.80)
    has_weibo = ~intl & (rng.random(n) < 0.20)
    has_douyin = ~intl & (rng.random(n) < 0.25)
    is_deleted = rng.random(n) < 0.003

    # Traits. Interests: 1-4 by weighted sampling without replacement (Gumbel top-k).
    k = 1 + rng.binomial(3, 0.4, n)
    keys = np.log(ref.INTEREST_WEIGHTS)[None, :] + rng.gumbel(size=(n, len(ref.INTERESTS)))
    rank = np.argsort(np.argsort(-keys, axis=1), axis=1)
    interests = rank < k[:, None]
    lw = np.tile(np.array([0.3, 0.25, 0.1, 0.1, 0.25]), (n, 1))
    lw[age < 25, 2] += 1.2
    lw[age > 55, 3] += 0.9
    lw[interests[:, ref.INTERESTS.index("parenting")], 1] += 1.0
    lifestyle = categorical(rng, lw)
    price_sens = rng.beta(2, 2, n)
    values = rng.random((n, len(ref.VALUES))) < 0.3
    values[:, ref.VALUES.index("price")] = rng.random(n) < price_sens * 0.8
    values[~values.any(axis=1), 0] = True
    alpha = np.array([2.0, 2.0, 1.5, 1.5, 1.0, 1.0, 1.0, 1.5])
    chw = rng.dirichlet(alpha, n)
    chw[intl[:, None] & np.isin(np.arange(8), [2, 3, 4, 7])[None, :]] = 0
    chw /= chw.sum(axis=1, keepdims=True)
    nps = np.clip(np.round(rng.normal(9.5 - 7 * churn_prop, 1.5)), 0, 10).astype(np.int64)

    end = np.minimum(churn_at, as_of_s)
    eff = (end - first_seen) + 0.1 * np.maximum(0, as_of_s - churn_at)
    activity = intensity * eff / eff.mean()

    # National id: admin code, birth date, sequence (odd for men), ISO 7064 check digit.
    seq = rng.integers(0, 500, n) * 2 + np.where(female, 0, 1)
    bd = birth_days.astype("datetime64[D]")
    month = bd.astype("datetime64[M]")
    ymd = (
        (month.astype("datetime64[Y]").astype(np.int64) + 1970) * 10_000
        + (month.astype(np.int64) % 12 + 1) * 100
        + (bd - month).astype(np.int64)
        + 1
    )
    first17 = np.concatenate([digits(CITY_ADMIN[city], 6), digits(ymd, 8), digits(seq, 3)], axis=1)
    nid_body = CITY_ADMIN[city] * 10**11 + ymd * 1000 + seq
    nid_check = national_id_check(first17)

    t = pa.table(
        {
            "gid": gid,
            "intl": intl,
            "gender": gender,
            "birth_days": birth_days,
            "fam_hz": dict_array([s[0] for s in ref.SURNAMES], fam),
            "fam_py": dict_array([s[1] for s in ref.SURNAMES], fam),
            "given_hz": dict_array(_GIVEN_HZ, gi),
            "given_py": dict_array(_GIVEN_PY, gi),
            "latin_first": dict_array(LATIN_FIRST, lf),
            "latin_last": dict_array(ref.LATIN_LAST, ll),
            **{f"c_{k2}": dict_array(v, city) for k2, v in CITY.items()},
            **{f"oc_{k2}": dict_array(v, old_city) for k2, v in CITY.items()},
            "intl_postcode": dict_array(INTL_POSTCODE, city),
            "old_intl_postcode": dict_array(INTL_POSTCODE, old_city),
            "intl_cc": dict_array(INTL_CC, city),
            "postcode_n": CITY_POST[city] * 100 + rng.integers(0, 100, n),
            "old_postcode_n": CITY_POST[old_city] * 100 + rng.integers(0, 100, n),
            "district": dict_array(ref.DISTRICTS, rng.integers(0, len(ref.DISTRICTS), n)),
            "old_district": dict_array(ref.DISTRICTS, rng.integers(0, len(ref.DISTRICTS), n)),
            "road": dict_array(ref.ROADS, rng.integers(0, len(ref.ROADS), n)),
            "old_road": dict_array(ref.ROADS, rng.integers(0, len(ref.ROADS), n)),
            "street": dict_array(ref.LATIN_STREETS, rng.integers(0, len(ref.LATIN_STREETS), n)),
            "house": rng.integers(1, 999, n),
            "old_house": rng.integers(1, 999, n),
            "bldg": rng.integers(1, 30, n),
            "room": rng.integers(1, 26, n) * 100 + rng.integers(1, 5, n),
            "moved": moved,
            "phone": phone,
            "old_phone": old_phone,
            "has_email": has_email,
            "email_changed": email_changed,
            "dom": dict_array(ref.EMAIL_DOMAINS_CN, dom),
            "old_dom": dict_array(ref.EMAIL_DOMAINS_CN, old_dom),
            "idom": dict_array(ref.EMAIL_DOMAINS_INTL, dom % 5),
            "nid_body": nid_body,
            "nid_check": dict_array(list(ISO_CHECK), nid_check),
            "has_user": has_user,
            "has_member": has_member,
            "has_tmall": has_tmall,
            "has_jd": has_jd,
            "has_union": has_union,
            "has_weibo": has_weibo,
            "has_douyin": has_douyin,
            "m_user": (gid * 7919 + 12345) % 100_000_000 + 100_000_000,
            "m_member": (gid * 104_729 + 777) % 10_000_000_000,
            "m_tmall": mix(gid, 0x9E3779B97F4A7C15, _MASK48),
            "m_jd": mix(gid, 0xC2B2AE3D27D4EB4F, _MASK48),
            "m_union": mix(gid, 0x165667B19E3779F9, _MASK48),
            "r_union": rng.integers(0, 1 << 40, n),
            "m_oa": mix(gid, 0x27D4EB2F165667C5, _MASK48),
            "m_mp": mix(gid, 0x85EBCA77C2B2AE63, _MASK48),
            "m_weibo": (gid * 7_777_777 + 3) % 1_000_000_000,
            "m_douyin": mix(gid, 0xFF51AFD7ED558CCD, _MASK48),
            "m_web": mix(4 * gid, 0xC4CEB9FE1A85EC53),
            "m_app": mix(4 * gid + 1, 0xC4CEB9FE1A85EC53),
            "m_mpd": mix(4 * gid + 2, 0xC4CEB9FE1A85EC53),
            "m_dev": mix(4 * gid + 3, 0xC4CEB9FE1A85EC53),
            "r_dev": rng.integers(0, 1 << 60, n),
        }
    )
    con.register("pop_in", t)
    s = con.sql(_PERSON_SQL).to_arrow_table()
    con.unregister("pop_in")
    if isinstance(s, pa.RecordBatchReader):
        s = s.read_all()

    # Households: a person shares the family PC (web anonymousId) of the previous person.
    shared = rng.random(n) < noise.shared_device
    shared[0] = False
    src = np.arange(n)
    src[shared] = src[shared] - 1
    # resolve chains so a household of three shares one id
    while True:
        nxt = src[src]
        if np.array_equal(nxt, src):
            break
        src = nxt
    web_anon = s.column("web_anon").take(pa.array(src))
    s = s.set_column(s.schema.get_field_index("web_anon"), "web_anon", web_anon)

    a = {
        "gid": gid,
        "intl": intl,
        "female": female,
        "birth_days": birth_days,
        "city": city,
        "old_city": old_city,
        "first_seen": first_seen,
        "churn_at": churn_at,
        "churn_prop": churn_prop,
        "intensity": intensity,
        "activity": activity,
        "move_at": move_at,
        "phone_at": phone_at,
        "email_at": email_at,
        "moved": moved,
        "phone_changed": phone_changed,
        "email_changed": email_changed,
        "recycled_to": recycled_to,
        "has_email": has_email,
        "has_user": has_user,
        "has_member": has_member,
        "has_tmall": has_tmall,
        "has_jd": has_jd,
        "has_union": has_union,
        "has_weibo": has_weibo,
        "has_douyin": has_douyin,
        "is_deleted": is_deleted,
        "interests": interests,
        "lifestyle": lifestyle,
        "values": values,
        "price_sens": price_sens,
        "chw": chw,
        "nps": nps,
        "shared_web": shared,
    }
    return Population(a=a, s=s, n=n)


_PERSON_SQL = r"""
select
    'P' || lpad(gid::varchar, 9, '0') as person_id,
    intl,
    case when intl then latin_last else fam_hz end as family_name,
    case when intl then latin_first else given_hz end as given_name,
    case when intl then latin_first || ' ' || latin_last else fam_hz || given_hz end as full_name,
    case when intl then latin_first || ' ' || latin_last
        else fam_py || ' ' || given_py end as full_name_pinyin,
    case when intl then latin_last || ' ' || latin_first
        else given_py || ' ' || fam_py end as full_name_swapped,
    case when intl then latin_last else fam_py end as family_pinyin,
    case when intl then latin_first else given_py end as given_pinyin,
    gender,
    strftime(date '1970-01-01' + birth_days::int, '%Y-%m-%d') as birth_date,
    case when not intl then nid_body::varchar || nid_check end as national_id,
    case when has_email then
        case when intl then lower(latin_first) || '.' || lower(latin_last) || gid::varchar
            || '@' || idom
        else lower(given_py) || lower(fam_py) || gid::varchar || '@' || dom end
    end as email,
    case when email_changed then
        case when intl then lower(latin_last) || '_' || gid::varchar || '@' || idom
        else lower(fam_py) || '_' || gid::varchar || '@' || old_dom end
    end as old_email,
    case when intl then '+' || intl_cc || phone::varchar else '+86' || phone::varchar end
        as phone_e164,
    case when old_phone >= 0 then
        case when intl then '+' || intl_cc || old_phone::varchar
            else '+86' || old_phone::varchar end
    end as old_phone_e164,
    c_province as province, c_city as city, c_country as country,
    c_province_short as province_short, c_province_en as province_en,
    c_city_short as city_short, c_city_en as city_en,
    oc_province as old_province, oc_city as old_city,
    oc_province_short as old_province_short, oc_province_en as old_province_en,
    oc_city_short as old_city_short, oc_city_en as old_city_en,
    case when intl then intl_postcode else lpad(postcode_n::varchar, 6, '0') end as postcode,
    case when intl then old_intl_postcode else lpad(old_postcode_n::varchar, 6, '0') end
        as old_postcode,
    case when intl then house::varchar || ' ' || street || ', Apt ' || room::varchar
        else district || road || house::varchar || '号' || bldg::varchar || '栋'
            || room::varchar || '室' end as address,
    case when intl then old_house::varchar || ' ' || street || ', Unit ' || room::varchar
        else old_district || old_road || old_house::varchar || '号' || bldg::varchar || '栋'
            || room::varchar || '室' end as old_address,
    case when has_member then 'M' || lpad(m_member::varchar, 10, '0') end as loyalty_member_id,
    case when has_user then 'u' || m_user::varchar end as user_id,
    case when has_tmall then 'tb' || lpad(lower(hex(m_tmall)), 12, '0') end as tmall_buyer_id,
    case when has_jd then 'jd_' || lpad(lower(hex(m_jd)), 12, '0') end as jd_pin,
    case when has_union then 'oU' || lpad(hex(m_union), 12, '0') || lpad(hex(r_union), 10, '0')
        end as wechat_unionid,
    case when has_union then 'oA' || lpad(lower(hex(m_oa)), 12, '0') || 'Qk' end as oa_openid,
    case when has_union then 'oM' || lpad(lower(hex(m_mp)), 12, '0') || 'Zx' end as mp_openid,
    case when has_weibo then (5000000000 + m_weibo)::varchar end as weibo_uid,
    case when has_douyin then 'dy_' || lpad(lower(hex(m_douyin)), 12, '0') end as douyin_open_id,
    uid(m_web, r_dev) as web_anon,
    uid(m_app, r_dev) as app_anon,
    uid(m_mpd, r_dev) as mp_anon,
    upper(uid(m_dev, r_dev)) as device_id
from pop_in
"""
