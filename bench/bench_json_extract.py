"""Benchmark: extracting the fields of JSON-lines landing rows, one path at a time against all
paths in one pass (what `landing_base` does since issue 7), on one web-events landing file.

Both ways read the same lines into DuckDB first and produce the same 33 text columns (checked
equal); the figures are the seconds of each extraction, measured in the same run.

    .venv/bin/python bench/bench_json_extract.py \
        data/bench/p100000/landing/web_events/part-0000.jsonl
"""

from __future__ import annotations

import argparse
import json
import time

import duckdb

# the paths base_segment__messages extracts
PATHS = ["$.messageId", "$.type", "$.anonymousId", "$.userId", "$.previousId", "$.event",
         "$.name", "$.timestamp", "$.originalTimestamp", "$.sentAt", "$.receivedAt",
         "$.properties", "$.traits", "$.context.ip", "$.context.userAgent", "$.context.locale",
         "$.context.page.url", "$.context.page.path", "$.context.page.referrer",
         "$.context.page.title", "$.context.campaign.name", "$.context.campaign.source",
         "$.context.campaign.medium", "$.context.device.id", "$.context.device.type",
         "$.context.device.model", "$.context.device.manufacturer", "$.context.app.name",
         "$.context.app.version", "$.context.library.name", "$.context.library.version",
         "$.context.os.name", "$.context.os.version"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", help="a web_events JSON-lines landing file")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    con = duckdb.connect()
    con.execute(f"set threads = {args.threads}")
    con.execute("create table raw as select line from read_csv(?, columns = {'line': 'varchar'}, "
                "header = false, delim = chr(1), quote = '', escape = '', auto_detect = false) "
                "where json_valid(line)", [args.file])
    lines = con.execute("select count(*) from raw").fetchone()[0]
    one_by_one = ", ".join(f"nullif(trim(json_extract_string(line, '{p}')), '') as c{i}"
                           for i, p in enumerate(PATHS))
    started = time.perf_counter()
    con.execute(f"create table per_path as select {one_by_one} from raw")
    per_path = time.perf_counter() - started
    paths = "[" + ", ".join(f"'{p}'" for p in PATHS) + "]"
    from_list = ", ".join(f"nullif(trim(v[{i + 1}]), '') as c{i}" for i in range(len(PATHS)))
    started = time.perf_counter()
    con.execute(f"create table one_pass as select {from_list} from "
                f"(select json_extract_string(line, {paths}) as v from raw)")
    one_pass = time.perf_counter() - started
    differing = con.execute("select count(*) from (select * from per_path except all "
                            "select * from one_pass)").fetchone()[0]
    print(json.dumps({"file": args.file, "lines": lines, "fields": len(PATHS),
                      "seconds_one_path_at_a_time": round(per_path, 1),
                      "seconds_all_paths_in_one_pass": round(one_pass, 1),
                      "ratio": round(one_pass / per_path, 3), "differing_rows": differing},
                     indent=2))


if __name__ == "__main__":
    main()
