"""idn_contact_matches: probabilistic matches between CRM contacts, scored by Splink.

One row per candidate pair of contacts (contact_id_l < contact_id_r) whose match probability is at
or above the threshold. The model is trained on the contacts at hand on every build: u
probabilities by random sampling, m probabilities by expectation maximisation over a few blocking
rules, and the prior from pairs that share a strong identifier.

Splink runs on a private in-memory DuckDB connection, not on the warehouse session, so that its
scratch tables never land in the warehouse. The tunables come from `config.meta` in
`_identity__splink.yml` (the threshold from the project variable
`portrait__splink_match_threshold`); DEFAULTS below apply only to keys the YAML leaves out.
"""

import collections
import copy
import dataclasses
import functools
import logging
import os
import re
import tempfile

import duckdb
import pyarrow as pa
from splink import DuckDBAPI, Linker, SettingsCreator, block_on

logger = logging.getLogger(__name__)


OUTPUT_SCHEMA = pa.schema(
    [
        ("contact_id_l", pa.string()),
        ("contact_id_r", pa.string()),
        ("match_probability", pa.float64()),
        ("match_weight", pa.float64()),
        ("matched_by", pa.string()),
    ]
)


DEFAULTS = {
    # Pairs scored at or above this match probability are kept. 0.99 keeps the edges this model
    # adds to the identity graph almost free of false merges; see bench/RESULTS.md (FEBRL3).
    "match_threshold": 0.99,
    # Blocking rules: lists of prepared columns (see PREPARE_SQL) that must be equal. A pair is
    # scored once, under the first rule that finds it.
    "blocking_rules": [
        ["national_id"],
        ["email"],
        ["phone_e164"],
        ["loyalty_member_id"],
        ["name_key", "birth_date"],
        ["family_key", "birth_date"],
        ["given_key", "birth_date"],
        ["birth_date", "postcode"],
        ["name_key", "postcode"],
        ["family_key", "postcode"],
        ["given_key", "postcode"],
        ["name_key", "district"],
        ["name_key", "address_numbers"],
        ["address_numbers", "postcode"],
        ["birth_date", "address_numbers"],
        ["birth_date", "district"],
        ["address_numbers", "district"],
        ["address_numbers", "address_text"],
        ["birth_date", "address_text"],
    ],
    # EM sessions, in order; each trains the comparisons that do not read its columns.
    "em_training_rules": [["phone_e164"], ["email"], ["birth_date"], ["postcode"]],
    # The pairs these rules find, divided by prior_recall, estimate how many pairs match.
    "prior_rules": [["national_id"], ["email"], ["phone_e164"], ["name_key", "birth_date"]],
    "prior_recall": 0.6,
    "u_max_pairs": 2e6,
    "em_max_pairs": 2e6,
    "em_max_iterations": 25,
    # EM iterations on agreement-pattern counts, ignoring term frequencies (u and the final
    # scores still use them): 4x faster, same pairs within 0.01% (bench/bench_splink_scale.py).
    "em_without_term_frequencies": True,
    # An EM session in which the share of matches among its pairs falls below this is dropped.
    "em_min_match_share": 1e-6,
    # The least m probability a level keeps after training (see floor_m_probabilities).
    "m_floor": 1e-4,
    "min_contacts": 20,
    "name_jw_thresholds": [0.92, 0.8],
    "address_jw_thresholds": [0.9, 0.7],
    "seed": 42,
}


# Two-character family names; any other Han full name is split after its first character.
COMPOUND_FAMILY_NAMES = {
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文",
    "司徒", "夏侯", "令狐", "轩辕", "端木", "独孤", "南宫", "西门", "百里", "呼延", "澹台",
}  # fmt: skip


HAN = re.compile(r"[\u3400-\u9fff]")


try:  # text-unidecode comes with dbt-core (agate -> python-slugify); Han -> toneless pinyin.
    from text_unidecode import unidecode as _unidecode
except ImportError:  # pragma: no cover - then Han names are only compared as written
    _unidecode = None


# unidecode reads each character in its most common sense, which for these name characters is
# not how a person spells their own name in pinyin (沈 shen, not chen; 娜 na, not nuo).
PINYIN_OVERRIDES = {
    "叶": "ye", "薛": "xue", "曾": "zeng", "沈": "shen", "万": "wan", "宁": "ning",
    "翟": "zhai", "覃": "qin", "单": "shan", "解": "xie", "仇": "qiu", "缪": "miao",
    "柏": "bai", "查": "zha", "朴": "piao", "区": "ou", "盖": "ge", "娜": "na",
    "重": "chong", "秘": "bi", "乾": "qian", "晟": "sheng",
}  # fmt: skip


@functools.cache
def romanize(text):
    """Lowercase ASCII letters only: '王芳' -> 'wangfang', 'Fang-Wang' -> 'fangwang'."""
    if text is None:
        return None
    if _unidecode is not None and not text.isascii():
        text = "".join(PINYIN_OVERRIDES.get(ch) or _unidecode(ch) for ch in text)
    key = re.sub(r"[^a-z]", "", text.lower())
    return key or None


def split_full_name(full_name, family_counts):
    """(given, family) guessed from a full name, for contacts without first and last name.

    Han names are family name first. A Latin name is read family name first when its first token
    is more often a family name (among the contacts that give one) than its last token is:
    'Wang Fang' and 'Ma Ming' are family first, 'Jason Ng' is not.
    """
    if not full_name:
        return None, None
    name = full_name.strip()
    if HAN.search(name) and " " not in name:
        cut = 2 if name[:2] in COMPOUND_FAMILY_NAMES and len(name) > 2 else 1
        return name[cut:] or None, name[:cut]
    tokens = name.split()
    if len(tokens) == 1:
        return None, tokens[0]
    first, last = romanize(tokens[0]), romanize(tokens[-1])
    if family_counts.get(first, 0) > family_counts.get(last, 0):
        return " ".join(tokens[1:]), tokens[0]
    return " ".join(tokens[:-1]), tokens[-1]


# Contact columns holding identifiers, with their id_type in the identifier_blocklist seed.
IDENTIFIER_TYPES = {
    "email": "email",
    "phone_e164": "phone",
    "national_id": "national_id",
    "national_id_raw": "national_id",
    "loyalty_member_id": "member_id",
}


def block_identifiers(con, blocklist, columns):
    """Null the placeholder identifiers of the blocklist seed (13800000000, test@test.com), which
    many unrelated people share, with the same matching rules as idn_identifier_guards.

    Exact values are matched by a join and the regular expressions are written into the SQL as
    constants, as the blocklist_regex_reason macro does: a pattern read from a column is compiled
    again for every row, which took 41 s of the model at 1.5M contacts."""
    rules = [
        (id_type, match_type, pattern)
        for id_type, match_type, pattern in zip(
            blocklist.column("id_type").to_pylist(),
            blocklist.column("match_type").to_pylist(),
            blocklist.column("pattern").to_pylist(),
            strict=True,
        )
        if pattern is not None
    ]
    for col, id_type in IDENTIFIER_TYPES.items():
        if col not in columns:
            continue
        applies = [(m, p) for t, m, p in rules if t in (id_type, "*")]
        exact = sorted({p.lower() for m, p in applies if m == "exact"})
        conditions = [
            f"regexp_matches(contacts.{col}, '{_sql_string(p)}')"
            for m, p in applies
            if m == "regex"
        ]
        if exact:
            values = ", ".join(f"'{_sql_string(p)}'" for p in exact)
            conditions.append(f"lower(contacts.{col}) in ({values})")
        if conditions:
            con.execute(f"update contacts set {col} = null where " + " or ".join(conditions))


def _sql_string(text):
    return text.replace("'", "''")


# The columns Splink compares, from stg_crm__contacts plus the name keys made in Python.
PREPARE_SQL = """
select
    contact_id,
    given_raw,
    family_raw,
    given_key,
    family_key,
    nullif(
        array_to_string(
            list_sort(list_filter([given_key, family_key], lambda k: k is not null)), ' '
        ),
        ''
    ) as name_key,
    cast(birth_date as date) as birth_date,
    nullif(upper(regexp_replace(postcode, '\\s', '', 'g')), '') as postcode,
    nullif(trim(regexp_replace(lower(address_line1), '[0-9]+', ' ', 'g')), '') as address_text,
    nullif(array_to_string(regexp_extract_all(address_line1, '[0-9]+'), '-'), '')
        as address_numbers,
    lower(address_line2) as address_line2,
    lower(district) as district,
    lower(coalesce(city, city_raw)) as city,
    lower(coalesce(province, province_raw)) as province,
    {national_id} as national_id,
    lower(email) as email,
    nullif(split_part(lower(email), '@', 1), '') as email_local,
    phone_e164,
    gender,
    loyalty_member_id
from contacts
"""


NAME_COLUMNS = [
    "first_name", "last_name", "full_name", "given_raw", "family_raw", "given_key", "family_key"
]  # fmt: skip


def prepare(con, contacts, blocklist=None):
    """Load the contacts into `con` as the table `prepared` that Splink reads.

    contacts: an Arrow table or record batch reader shaped like stg_crm__contacts."""
    con.register("contacts_arg", contacts)
    # Sorted, so that Splink's sums run in the same order whichever build staged the contacts:
    # an incremental build and a full one then give the same probabilities to the bit.
    con.execute(
        "create or replace temp table contacts_in as select * from contacts_arg order by contact_id"
    )
    con.unregister("contacts_arg")
    columns = {r[0] for r in con.execute("describe contacts_in").fetchall()}
    # Staging nulls a national id that fails the PRC checksum; a raw column, when staging offers
    # one, keeps foreign ids and typo'd PRC ids, which both still carry evidence.
    national_id = (
        "upper(coalesce(national_id_raw, national_id))"
        if "national_id_raw" in columns
        else "national_id"
    )
    # Names repeat (32k name keys among 142k contacts), so each distinct spelling is romanized
    # once: the loop over every contact took 10 s at 1.5M contacts.
    names = con.execute(
        "select first_name, last_name, full_name, count(*) from contacts_in group by all"
    ).fetchall()
    family_counts = collections.Counter()
    for _, last, _, n in names:
        if last:
            family_counts[romanize(last)] += n
    rows = []
    for first, last, full, _ in names:
        given, family = first, last
        if given is None and family is None:
            given, family = split_full_name(full, family_counts)
        rows.append(
            (
                first,
                last,
                full,
                given.lower() if given else None,
                family.lower() if family else None,
                romanize(given),
                romanize(family),
            )
        )
    name_table = pa.table(
        list(zip(*rows, strict=True)) if rows else [[]] * 7,
        schema=pa.schema([(c, pa.string()) for c in NAME_COLUMNS]),
    )
    con.register("names_in", name_table)
    con.execute(
        "create or replace temp table contacts as "
        "select c.*, n.given_raw, n.family_raw, n.given_key, n.family_key from contacts_in as c "
        "left join names_in as n on c.first_name is not distinct from n.first_name "
        "and c.last_name is not distinct from n.last_name "
        "and c.full_name is not distinct from n.full_name "
        "order by c.contact_id"
    )
    if blocklist is not None:
        block_identifiers(con, blocklist, columns)
    con.execute(
        "create or replace temp table prepared as " + PREPARE_SQL.format(national_id=national_id)
    )
    con.unregister("names_in")
    con.execute("drop table contacts_in")
    con.execute("drop table contacts")


def present_columns(con, min_values=2):
    """Prepared columns with at least `min_values` non-null values."""
    cols = [r[0] for r in con.execute("describe prepared").fetchall() if r[0] != "contact_id"]
    counts = con.execute(
        "select " + ", ".join(f"count({c}) as {c}" for c in cols) + " from prepared"
    ).fetchall()[0]
    return {c for c, n in zip(cols, counts, strict=True) if n >= min_values}


def count_pairs(con, cols):
    """Pairs (l < r) that a block_on(cols) rule yields."""
    key = ", ".join(cols)
    not_null = " and ".join(f"{c} is not null" for c in cols)
    (n,) = con.execute(
        f"select coalesce(sum(n * (n - 1) / 2), 0) from "
        f"(select count(*) as n from prepared where {not_null} group by {key})"
    ).fetchall()[0]
    return int(n)


# The stg_crm__contacts columns the model reads (PREPARE_SQL and the name keys).
CONTACT_COLUMNS = [
    "contact_id", "first_name", "last_name", "full_name", "gender", "birth_date", "email",
    "phone_e164", "national_id", "national_id_raw", "address_line1", "address_line2", "district",
    "city", "city_raw", "province", "province_raw", "postcode", "loyalty_member_id",
]  # fmt: skip


def read_contacts(relation):
    """The CONTACT_COLUMNS of a contacts relation (or Arrow table).

    A relation is streamed as Arrow record batches straight into Splink's database: held as an
    Arrow table next to it, the contacts took 0.9 GiB of the model's peak at 1.4M contacts."""
    if isinstance(relation, pa.Table):
        return relation.select([c for c in relation.column_names if c in CONTACT_COLUMNS])
    columns = [c for c in relation.columns if c in CONTACT_COLUMNS]
    return relation.project(", ".join(columns)).to_arrow_reader()


def _to_arrow(relation):
    """An Arrow table from what dbt.ref() returns (a DuckDB relation in dbt-duckdb)."""
    if isinstance(relation, pa.Table):
        return relation
    if hasattr(relation, "to_arrow_table"):
        return relation.to_arrow_table()
    result = relation.arrow()
    return result.read_all() if hasattr(result, "read_all") else result


def _null_level(col):
    return {
        "sql_condition": f"{col}_l is null or {col}_r is null",
        "label_for_charts": "null",
        "is_null_level": True,
    }


def _level(sql, label, tf=None):
    level = {"sql_condition": sql, "label_for_charts": label}
    if tf:
        # Adjust against this level's own u. Splink would otherwise look for a level that reads
        # exactly `col_l = col_r`, which the name comparison's levels on two columns are not.
        level["tf_adjustment_column"] = tf
        level["tf_adjustment_weight"] = 1.0
        level["disable_tf_exact_match_detection"] = True
    return level


def _else():
    return {"sql_condition": "ELSE", "label_for_charts": "else"}


def name_comparison(jw_thresholds):
    """Given and family name together, so that the frequency adjustment of an exact match uses
    the frequency of the whole name: given and family names are not independent (a Western
    given name comes with a Western family name), and two separate comparisons would make
    'Samuel Johnson' look rarer than it is. Keys are compared in pinyin, so 王芳 = Fang Wang."""
    high, low = max(jw_thresholds), min(jw_thresholds)

    def close(part, threshold):
        # Jaro-Winkler on the pinyin, or one edit as written (a wrong or transposed Han
        # character: 雪娜 / 娜雪), the latter only for names of two characters or more.
        return (
            f"(jaro_winkler_similarity({part}_key_l, {part}_key_r) >= {threshold}"
            f" or (damerau_levenshtein({part}_raw_l, {part}_raw_r) <= 1"
            f" and least(length({part}_raw_l), length({part}_raw_r)) >= 2))"
        )

    return {
        "output_column_name": "name",
        "comparison_levels": [
            _null_level("name_key"),
            _level(
                "given_key_l = given_key_r and family_key_l = family_key_r",
                "exact",
                tf="name_key",
            ),
            _level(
                "given_key_l = family_key_r and family_key_l = given_key_r",
                "given and family name swapped",
            ),
            _level(
                f"family_key_l = family_key_r and {close('given', high)}",
                "family name exact, given name close",
            ),
            _level(
                f"given_key_l = given_key_r and {close('family', high)}",
                "given name exact, family name close",
            ),
            _level(
                f"{close('given', low)} and {close('family', low)}",
                "both close",
            ),
            _level("family_key_l = family_key_r", "family name exact only", tf="family_key"),
            _level("given_key_l = given_key_r", "given name exact only", tf="given_key"),
            _else(),
        ],
    }


def birth_date_comparison():
    text = "strftime({}, '%Y%m%d')"
    l_, r_ = text.format("birth_date_l"), text.format("birth_date_r")
    return {
        "output_column_name": "birth_date",
        "comparison_levels": [
            _null_level("birth_date"),
            _level("birth_date_l = birth_date_r", "exact"),
            _level(f"damerau_levenshtein({l_}, {r_}) <= 1", "one typo or transposition"),
            _level(
                "year(birth_date_l) = year(birth_date_r)"
                " and month(birth_date_l) = day(birth_date_r)"
                " and day(birth_date_l) = month(birth_date_r)",
                "day and month swapped",
            ),
            _level(f"levenshtein({l_}, {r_}) <= 2", "two typos"),
            _else(),
        ],
    }


def region_comparison():
    """City, else province: one comparison, because a shared city implies a shared province and
    two comparisons would count that evidence twice."""
    return {
        "output_column_name": "region",
        "comparison_levels": [
            {
                "sql_condition": "(city_l is null or city_r is null)"
                " and (province_l is null or province_r is null)",
                "label_for_charts": "null",
                "is_null_level": True,
            },
            _level("city_l = city_r", "same city", tf="city"),
            _level("province_l = province_r", "same province"),
            _else(),
        ],
    }


def exact_comparison(col, tf=False, fuzzy=None):
    """null / exact / optional fuzzy levels / else. fuzzy: list of (sql template, label)."""
    levels = [_null_level(col), _level(f"{col}_l = {col}_r", "exact", tf=col if tf else None)]
    for template, label in fuzzy or []:
        levels.append(_level(template.format(l=f"{col}_l", r=f"{col}_r"), label))
    levels.append(_else())
    return {"output_column_name": col, "comparison_levels": levels}


def jaro_winkler_levels(thresholds):
    return [("jaro_winkler_similarity({l}, {r}) >= " + str(t), f"JW >= {t}") for t in thresholds]


def email_comparison():
    return {
        "output_column_name": "email",
        "comparison_levels": [
            _null_level("email"),
            _level("email_l = email_r", "exact", tf="email"),
            _level("email_local_l = email_local_r", "same local part"),
            _level("jaro_winkler_similarity(email_local_l, email_local_r) >= 0.9", "JW local"),
            _else(),
        ],
    }


def build_comparisons(cfg, present):
    """The comparisons whose columns hold data in this build."""
    name_jw = cfg["name_jw_thresholds"]
    address_jw = jaro_winkler_levels(cfg["address_jw_thresholds"])
    one_edit = [("damerau_levenshtein({l}, {r}) <= 1", "one edit")]
    candidates = [
        (["name_key"], name_comparison(name_jw)),
        (["birth_date"], birth_date_comparison()),
        (["postcode"], exact_comparison("postcode", tf=True, fuzzy=one_edit)),
        (["address_numbers"], exact_comparison("address_numbers", fuzzy=one_edit)),
        (["address_text"], exact_comparison("address_text", fuzzy=address_jw)),
        (["address_line2"], exact_comparison("address_line2", fuzzy=address_jw[:1])),
        (["district"], exact_comparison("district", tf=True, fuzzy=address_jw[:1])),
        (["city", "province"], region_comparison()),
        (
            ["national_id"],
            exact_comparison(
                "national_id",
                tf=True,
                fuzzy=one_edit + [("damerau_levenshtein({l}, {r}) <= 2", "two edits")],
            ),
        ),
        (["email"], email_comparison()),
        (["phone_e164"], exact_comparison("phone_e164", tf=True, fuzzy=one_edit)),
        (["gender"], exact_comparison("gender")),
        (["loyalty_member_id"], exact_comparison("loyalty_member_id", tf=True)),
    ]
    return [comparison for cols, comparison in candidates if set(cols) & present]


def rule_name(cols):
    return "+".join(cols)


class SessionDiscarded(Exception):
    """An EM session whose estimates are not kept."""


def run_em_session(linker, rule, max_pairs, iterations, min_match_share, without_tf=False):
    """One EM session over the pairs of block_on(rule); the model is left as it was if it fails
    or if the share of matches among the blocked pairs collapses (nothing left to learn from)."""
    saved = copy.deepcopy(linker._settings_obj)
    settings = linker._settings_obj
    settings.training_settings = dataclasses.replace(
        settings.training_settings, max_iterations=iterations
    )
    try:
        session = linker.training.estimate_parameters_using_expectation_maximisation(
            block_on(*rule), estimate_without_term_frequencies=without_tf, max_pairs=max_pairs
        )
        share = session.core_model_settings.probability_two_random_records_match
        if share < min_match_share:
            raise SessionDiscarded(f"the match share fell to {share:.3g}")
    except Exception:
        linker._settings_obj = saved
        raise
    linker._settings_obj.training_settings = saved.training_settings


def train_m_probabilities(linker, con, cfg, rules):
    """m probabilities by EM over each blocking rule in turn."""
    em_max_pairs = float(cfg["em_max_pairs"])
    for rule in rules:
        pairs = count_pairs(con, rule)
        if pairs < 10:
            continue
        iterations = int(cfg["em_max_iterations"])
        while True:
            try:
                run_em_session(
                    linker,
                    rule,
                    em_max_pairs if pairs > em_max_pairs else None,
                    iterations,
                    float(cfg["em_min_match_share"]),
                    bool(cfg["em_without_term_frequencies"]),
                )
            except ValueError as err:
                # Splink 5 refuses an m below 1e-300, which EM reaches for a level that holds
                # only clear non-matches when it iterates long enough: stop it sooner.
                if "below the minimum" in str(err) and iterations > 3:
                    iterations //= 2
                    continue
                logger.warning("EM blocked on %s is skipped: %s", rule_name(rule), err)
            except Exception as err:
                logger.warning("EM blocked on %s is skipped: %s", rule_name(rule), err)
            else:
                # The next session starts from these values; an m of 0 there cannot recover.
                floor_m_probabilities(linker, float(cfg["m_floor"]))
            break


def reset_implausible_comparisons(linker):
    """Fall back to Splink's default m probabilities (0.95 on the top level) for a comparison
    whose trained weights say that exact agreement counts against a match, or disagreement for
    one. EM returns such values for a field that is rarely filled in on both sides of a match
    (one CRM's postcode): it then has next to nothing to learn from."""
    for comparison in linker._settings_obj.comparisons:
        levels = comparison._comparison_levels_excluding_null
        top, bottom = (level._bayes_factor for level in (levels[0], levels[-1]))
        if top is None or bottom is None or (top > 1 and bottom < 1):
            continue
        logger.info("%s keeps default m probabilities", comparison.output_column_name)
        for level in levels:
            level.m_probability = None


def floor_m_probabilities(linker, floor):
    """Raise every trained m probability to at least `floor`.

    EM gives m = 0 to a level that no pair it took for a match fell into, and m = 0 is a veto
    that no other evidence can outweigh (a swapped name, a postcode only one CRM fills in)."""
    for comparison in linker._settings_obj.comparisons:
        for level in comparison.comparison_levels:
            if level.is_null_level:
                continue
            m = level._m_probability
            if isinstance(m, float) and m < floor:
                level.m_probability = floor


def score_contacts(contacts, cfg=None, blocklist=None):
    """Score the candidate pairs of `contacts` (an Arrow table or record batch reader shaped like
    stg_crm__contacts, e.g. from read_contacts).

    blocklist: optional Arrow table shaped like the identifier_blocklist seed."""
    cfg = {**DEFAULTS, **(cfg or {})}
    if float(cfg["match_threshold"]) >= 1:
        # No probability reaches 1: a threshold of 1 switches probabilistic matching off.
        return OUTPUT_SCHEMA.empty_table()
    with tempfile.TemporaryDirectory(prefix="splink-") as spill, duckdb.connect() as con:
        # Splink's own in-memory database; uncapped, DuckDB would plan for 80% of the machine
        # next to the warehouse connection (PORTRAIT_SPLINK_MEMORY_LIMIT). At 2GB the model
        # peaked at 2.4 GiB RSS on 1.4M contacts (bench/bench_splink_scale.py).
        # What does not fit spills to a directory of its own, not to .tmp/ in the working
        # directory (DuckDB's default for an in-memory database).
        limit = os.environ.get("PORTRAIT_SPLINK_MEMORY_LIMIT", "2GB")
        con.execute(f"set memory_limit = '{limit}'")
        con.execute(f"set temp_directory = '{spill}'")
        return _score(con, contacts, cfg, blocklist)


def _score(con, contacts, cfg, blocklist):
    prepare(con, contacts, blocklist)
    ((n_contacts,),) = con.execute("select count(*) from prepared").fetchall()
    if n_contacts < max(2, int(cfg["min_contacts"])):
        # Too few contacts to estimate anything; their shared identifiers still link them in
        # the deterministic graph.
        return OUTPUT_SCHEMA.empty_table()
    present = present_columns(con)
    comparisons = build_comparisons(cfg, present)

    def usable(rules):
        return [r for r in rules if all(c in present for c in r)]

    blocking = [r for r in usable(cfg["blocking_rules"]) if count_pairs(con, r) > 0]
    if not comparisons or not blocking:
        return OUTPUT_SCHEMA.empty_table()

    settings = SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="contact_id",
        comparisons=comparisons,
        blocking_rules_to_generate_predictions=[block_on(*r) for r in blocking],
        retain_matching_columns=False,
        retain_intermediate_calculation_columns=False,
    )
    db_api = DuckDBAPI(connection=con)
    # Splink's own warnings (levels never seen in training) would fill every build log.
    linker = Linker(db_api.register("prepared"), settings, log_level=logging.ERROR)

    prior_rules = [block_on(*r) for r in usable(cfg["prior_rules"]) if count_pairs(con, r) > 0]
    if prior_rules:
        linker.training.estimate_probability_two_random_records_match(
            prior_rules, recall=float(cfg["prior_recall"])
        )
    linker.training.estimate_u_using_random_sampling(
        max_pairs=float(cfg["u_max_pairs"]), seed=int(cfg["seed"])
    )
    train_m_probabilities(linker, con, cfg, usable(cfg["em_training_rules"]))
    reset_implausible_comparisons(linker)
    floor_m_probabilities(linker, float(cfg["m_floor"]))

    threshold = float(cfg["match_threshold"])
    predictions = linker.inference.predict(
        threshold_match_probability=threshold if threshold > 0 else None, warning_mode="never"
    )
    # Splink's match_key is the index of the first blocking rule that found the pair.
    rule_names = ", ".join(f"({i}, '{rule_name(r)}')" for i, r in enumerate(blocking))
    return (
        con.sql(
            f"""
            select
                least(p.contact_id_l, p.contact_id_r) as contact_id_l,
                greatest(p.contact_id_l, p.contact_id_r) as contact_id_r,
                -- kept to 10 decimals: Splink sums in parallel threads, so two runs on the same
                -- contacts can differ in the last bit, and an incremental build must give the
                -- same edges as a full one
                round(cast(p.match_probability as double), 10) as match_probability,
                round(cast(p.match_weight as double), 10) as match_weight,
                rules.rule_name as matched_by
            from {predictions.physical_name} as p
            left join (values {rule_names}) as rules (match_key, rule_name)
                on cast(p.match_key as integer) = rules.match_key
            where p.match_probability >= {threshold}
            order by 1, 2
            """
        )
        .to_arrow_table()
        .cast(OUTPUT_SCHEMA)
    )


def model(dbt, session):
    # A Python model cannot call var(): the YAML renders the variable into config.meta, and
    # meta_get needs literal keys for dbt to pass the values in.
    meta = {
        "match_threshold": dbt.config.meta_get("splink_match_threshold"),
        "blocking_rules": dbt.config.meta_get("splink_blocking_rules"),
        "em_training_rules": dbt.config.meta_get("splink_em_training_rules"),
        "prior_rules": dbt.config.meta_get("splink_prior_rules"),
        "prior_recall": dbt.config.meta_get("splink_prior_recall"),
        "u_max_pairs": dbt.config.meta_get("splink_u_max_pairs"),
        "em_max_pairs": dbt.config.meta_get("splink_em_max_pairs"),
        "em_without_term_frequencies": dbt.config.meta_get("splink_em_without_term_frequencies"),
        "min_contacts": dbt.config.meta_get("splink_min_contacts"),
        "name_jw_thresholds": dbt.config.meta_get("splink_name_jw_thresholds"),
        "address_jw_thresholds": dbt.config.meta_get("splink_address_jw_thresholds"),
    }
    cfg = {key: value for key, value in meta.items() if value is not None}
    # the blocklist first: the contacts are streamed, and the connection runs one query at a time
    blocklist = _to_arrow(dbt.ref("identifier_blocklist"))
    return score_contacts(read_contacts(dbt.ref("stg_crm__contacts")), cfg, blocklist)
