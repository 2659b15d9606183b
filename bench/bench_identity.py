"""Benchmark: the identity layer on a synthetic graph of ~10M identifier observations.

Builds an empty warehouse once (every model exists, with no rows), replaces
idn_identifier_observations with a synthetic table, then times `dbt run` of every identity
model downstream of it: guards, epochs, nodes, edges, connected components, limit resolution,
stable person ids, record mapping and statistics.

The synthetic graph: persons with a pool of identifiers (user_id, email, phone, member_id,
national_id, two anonymousIds); each record carries 2 to 6 identifiers of one person, so a record
of k identifiers stands for k·(k-1)/2 pairwise links. Portrait links a record's identifiers to
its hub only (k-1 edges), which connects the same identifiers with fewer edges; both counts are
printed. Peak memory is the maximum resident set size of the dbt process.

    .venv/bin/python bench/bench_identity.py --observations 10000000
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "orchestration"))

from portrait.project import PROJECT_DIR, dbt_env, dbt_executable  # noqa: E402

POOL = ["user_id", "email", "phone", "member_id", "national_id", "anonymous_id", "anonymous_id"]


def synthetic_observations(con: duckdb.DuckDBPyConnection, target: int, seed: int) -> dict:
    rng = np.random.default_rng(seed)
    # 2 to 6 identifiers a record, which makes about 1.6 pairwise links per observation
    per_record = rng.choice([2, 3, 4, 5, 6], p=[0.2, 0.25, 0.25, 0.15, 0.15], size=target // 3)
    per_record = per_record[: np.searchsorted(np.cumsum(per_record), target) + 1]
    records = len(per_record)
    persons = max(records // 3, 1)
    record_person = rng.integers(0, persons, records)
    obs_record = np.repeat(np.arange(records), per_record)
    # distinct pool slots per record: a random offset plus 0..k-1, modulo the pool size
    offsets = np.repeat(rng.integers(0, len(POOL), records), per_record)
    within = np.arange(len(obs_record)) - np.repeat(np.cumsum(per_record) - per_record, per_record)
    slot = (offsets + within) % len(POOL)
    person = record_person[obs_record]
    observed = 1_600_000_000 + rng.integers(0, 60_000_000, len(obs_record))
    con.register("obs_np", {
        "record": obs_record, "slot": slot, "person": person, "observed": observed,
    })
    types = "[" + ", ".join(f"'{t}'" for t in POOL) + "]"
    con.execute(f"""
        create or replace table main.idn_identifier_observations as
        select
            'bench' as source_name,
            'r' || record as source_record_id,
            {types}[slot + 1] as id_type,
            case {types}[slot + 1]
                when 'email' then 'e' || person || '@mail.cn'
                when 'phone' then '+861' || (3000000000 + person)::varchar
                when 'national_id' then 'N' || person
                when 'anonymous_id' then 'a' || person || '-' || slot
                else 'x' || person
            end as id_value,
            to_timestamp(observed)::timestamp as observed_at,
            'crm_contact_identifiers' as edge_rule
        from obs_np
    """)
    con.unregister("obs_np")
    pairwise = int((per_record * (per_record - 1) // 2).sum())
    return {"observations": int(len(obs_record)), "records": records, "persons": persons,
            "pairwise_links": pairwise}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--observations", type=int, default=10_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", default=None, help="keep the warehouse here")
    args = parser.parse_args()

    work = Path(args.workdir or tempfile.mkdtemp(prefix="portrait-bench-identity-"))
    work.mkdir(parents=True, exist_ok=True)
    landing, warehouse = work / "landing", work / "warehouse.duckdb"
    landing.mkdir(exist_ok=True)
    env = {**os.environ, **dbt_env(landing, warehouse)}
    dbt = [dbt_executable()]
    common = ["--project-dir", str(PROJECT_DIR), "--profiles-dir", str(PROJECT_DIR)]

    subprocess.run([*dbt, "build", *common, "--quiet"], env=env, check=True, cwd=PROJECT_DIR)
    con = duckdb.connect(str(warehouse))
    started = time.perf_counter()
    shape = synthetic_observations(con, args.observations, args.seed)
    con.close()
    print(f"synthetic input: {shape} in {time.perf_counter() - started:.1f}s")

    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run(
        [*dbt, "run", *common, "--select", "idn_identifier_observations+",
         "--exclude", "idn_identifier_observations"],
        env=env, check=True, cwd=PROJECT_DIR,
    )
    seconds = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    con = duckdb.connect(str(warehouse), read_only=True)
    counts = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in (
        "idn_identifier_nodes", "idn_identifier_edges", "idn_identifier_persons",
        "idn_source_record_persons")}
    rounds = con.execute(
        "select max(round) from idn_graph_components__labels__rounds").fetchone()[0]
    con.close()
    print()
    print(f"observations          {shape['observations']:>14,}")
    print(f"pairwise links        {shape['pairwise_links']:>14,}  (all pairs of ids on a record)")
    print(f"graph nodes           {counts['idn_identifier_nodes']:>14,}")
    print(f"graph edges (hub)     {counts['idn_identifier_edges']:>14,}")
    print(f"persons               {counts['idn_identifier_persons'] and shape['persons']:>14,} "
          "(true)")
    print(f"records mapped        {counts['idn_source_record_persons']:>14,}")
    print(f"components rounds     {rounds:>14}")
    print(f"identity layer        {seconds:>13.1f}s")
    print(f"peak RSS (dbt)        {max(peak_kib, before) / 1024 / 1024:>13.2f} GiB")


if __name__ == "__main__":
    main()
