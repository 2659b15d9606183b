"""DuckDB macros that turn canonical values and per-row noise codes into landing strings."""

from __future__ import annotations

import duckdb

_ASCII = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz@.-"
_FULL = "".join(chr(ord(c) + 0xFEE0) for c in _ASCII)

MACROS = [
    f"create or replace macro fw(s) as translate(s, '{_ASCII}', '{_FULL}')",
    # a uuid-like id from a unique 60-bit number and a random one
    """create or replace macro uid(a, b) as lower(
        substr(lpad(hex(a), 16, '0'), 1, 8) || '-' || substr(lpad(hex(a), 16, '0'), 9, 4) || '-'
        || substr(lpad(hex(a), 16, '0'), 13, 4) || '-' || substr(lpad(hex(b), 16, '0'), 1, 4)
        || '-' || substr(lpad(hex(b), 16, '0'), 5, 12))""",
    # timestamps: 0 with +08:00, 1 UTC with Z, 2 China time without offset
    """create or replace macro ts(s, v) as case
        when s is null then null
        when v = 1 then strftime(make_timestamp(s::bigint * 1000000), '%Y-%m-%dT%H:%M:%SZ')
        when v = 2 then strftime(make_timestamp((s::bigint + 28800) * 1000000), '%Y-%m-%dT%H:%M:%S')
        else strftime(make_timestamp((s::bigint + 28800) * 1000000), '%Y-%m-%dT%H:%M:%S+08:00')
    end""",
    # phones from E.164: 0 E.164, 1 '+86 138 0013 8000', 2 '0086…', 3 '86…', 4 '138-0013-8000',
    # 5 national digits, 6 full-width national digits. Non-Chinese numbers: 0 or 5 (no plus).
    """create or replace macro ph(p, v) as case
        when p is null then null
        when not starts_with(p, '+86') then case when v in (2, 3, 5, 6) then substr(p, 2) else p end
        when v = 1 then
            '+86 ' || substr(p, 4, 3) || ' ' || substr(p, 7, 4) || ' ' || substr(p, 11, 4)
        when v = 2 then '0086' || substr(p, 4)
        when v = 3 then '86' || substr(p, 4)
        when v = 4 then substr(p, 4, 3) || '-' || substr(p, 7, 4) || '-' || substr(p, 11, 4)
        when v = 5 then substr(p, 4)
        when v = 6 then fw(substr(p, 4))
        else p
    end""",
    # emails: 0 as is, 1 upper case, 2 capitalised, 3 surrounded by whitespace
    """create or replace macro em(e, v) as case
        when v = 1 then upper(e)
        when v = 2 then upper(substr(e, 1, 1)) || substr(e, 2)
        when v = 3 then '  ' || e || ' '
        else e
    end""",
    # invalid emails
    """create or replace macro bad_email(e, u) as case
        when u < 0.34 then replace(e, '@', '')
        when u < 0.67 then replace(e, '@', '@@')
        else split_part(e, '@', 1) || '@'
    end""",
    # a one-character edit at a position chosen by u: substitute c, delete, or transpose
    """create or replace macro ty(s, u, c) as case
        when s is null or u is null or length(s) < 2 then s
        when floor(u * 997)::int % 3 = 0 then
            substr(s, 1, least(floor(u * length(s))::int, length(s) - 2)) || c
            || substr(s, least(floor(u * length(s))::int, length(s) - 2) + 2)
        when floor(u * 997)::int % 3 = 1 then
            substr(s, 1, least(floor(u * length(s))::int, length(s) - 2))
            || substr(s, least(floor(u * length(s))::int, length(s) - 2) + 2)
        else
            substr(s, 1, least(floor(u * length(s))::int, length(s) - 2))
            || substr(s, least(floor(u * length(s))::int, length(s) - 2) + 2, 1)
            || substr(s, least(floor(u * length(s))::int, length(s) - 2) + 1, 1)
            || substr(s, least(floor(u * length(s))::int, length(s) - 2) + 3)
    end""",
    # gender codes
    """create or replace macro gd(g, v) as case
        when g is null then null
        when v = 1 then case g when 'male' then 'M' else 'F' end
        when v = 2 then case g when 'male' then '男' else '女' end
        when v = 3 then case g when 'male' then '1' else '2' end
        when v = 4 then case g when 'male' then 'Male' else 'Female' end
        else g
    end""",
    # dates from days since epoch: 0 ISO, 1 yyyymmdd, 2 dd/mm/yyyy
    """create or replace macro dt(d, v) as case
        when d is null then null
        when v = 1 then strftime(date '1970-01-01' + d::int, '%Y%m%d')
        when v = 2 then strftime(date '1970-01-01' + d::int, '%d/%m/%Y')
        else strftime(date '1970-01-01' + d::int, '%Y-%m-%d')
    end""",
    # places: 0 canonical, 1 short Chinese, 2 English / pinyin
    """create or replace macro pl(canon, short, en, v) as case
        when v = 1 then short when v = 2 then en else canon end""",
]


def connect(threads: int | None = None, memory_limit: str = "1500MB") -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("set preserve_insertion_order = true").fetchall()
    con.execute(f"set memory_limit = '{memory_limit}'").fetchall()
    if threads:
        con.execute(f"set threads = {int(threads)}").fetchall()
    for m in MACROS:
        con.execute(m).fetchall()
    return con
