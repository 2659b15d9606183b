"""The connected-components macro that the identity graph runs on.

The macro is exercised through `dbt run-operation` on graphs written straight into a DuckDB file,
so the SQL under test is exactly what the build runs.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
from pathlib import Path

import duckdb
import numpy as np
import pytest
from portrait.project import PROJECT_DIR, dbt_env, dbt_executable


def run_components(warehouse: Path, edges: np.ndarray, nodes: np.ndarray) -> tuple[dict, int]:
    con = duckdb.connect(str(warehouse))
    con.execute("create or replace table graph_edges (node_id_a bigint, node_id_b bigint)")
    con.execute("insert into graph_edges select * from edges")
    con.execute("create or replace table graph_nodes as select unnest($1::bigint[]) as node_id",
                [nodes.tolist()])
    con.close()
    args = {"edges": "main.graph_edges", "nodes": "main.graph_nodes", "output": "main.graph_labels"}
    env = {**os.environ, **dbt_env(warehouse.parent, warehouse)}
    result = subprocess.run(
        [dbt_executable(), "run-operation", "connected_components", "--args", json.dumps(args),
         "--project-dir", str(PROJECT_DIR), "--profiles-dir", str(PROJECT_DIR)],
        env=env, cwd=PROJECT_DIR, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    con = duckdb.connect(str(warehouse), read_only=True)
    labels = dict(con.execute("select node_id, component_id from graph_labels").fetchall())
    rounds = con.execute("select max(round) from graph_labels__rounds").fetchone()[0]
    con.close()
    return labels, rounds


N = 10_000
ORDERS = ["random", "ascending", "descending"]
# the small graph's ids start here: every graph of this module is one disjoint part of a single
# input, so that one dbt invocation (most of a run's 20 s is dbt starting) labels them all
SMALL = 3 * N


def chain(order: str, offset: int) -> np.ndarray:
    ids = np.arange(1, N + 1)
    if order == "random":
        ids = np.random.default_rng(3).permutation(ids)
    elif order == "descending":
        ids = ids[::-1]
    return ids + offset


@pytest.fixture(scope="module")
def labelled(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, int]:
    import pandas as pd

    chains = [chain(order, i * N) for i, order in enumerate(ORDERS)]
    parts = [np.column_stack([ids[:-1], ids[1:]]) for ids in chains]
    parts.append(np.array([[5, 7], [7, 3], [2, 8], [9, 8]]) + SMALL)
    edges = pd.DataFrame(np.concatenate(parts).astype(np.int64),  # noqa: F841 - read by DuckDB
                         columns=["node_id_a", "node_id_b"])
    nodes = np.concatenate([*chains, np.arange(1, 11) + SMALL])
    return run_components(tmp_path_factory.mktemp("components") / "graphs.duckdb", edges, nodes)


@pytest.mark.parametrize("position", range(len(ORDERS)), ids=ORDERS)
def test_a_chain_of_10000_identifiers_is_one_person_in_logarithmic_rounds(
    labelled: tuple[dict, int], position: int
) -> None:
    labels, rounds = labelled
    ids = range(position * N + 1, (position + 1) * N + 1)
    assert {labels[i] for i in ids} == {position * N + 1}
    # a fixed-hop propagation would need thousands of rounds; this must stay logarithmic (the
    # rounds are those of the slowest of the module's graphs)
    assert rounds <= 2 * math.ceil(math.log2(N)), rounds


def test_separate_components_stay_separate_and_isolated_nodes_label_themselves(
    labelled: tuple[dict, int],
) -> None:
    labels, _ = labelled
    small = {node - SMALL: label - SMALL for node, label in labels.items() if node > SMALL}
    assert small == {1: 1, 2: 2, 3: 3, 4: 4, 5: 3, 6: 6, 7: 3, 8: 2, 9: 2, 10: 10}
    assert len(labels) == 3 * N + 10
