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


@pytest.mark.parametrize("order", ["random", "ascending", "descending"])
def test_a_chain_of_10000_identifiers_is_one_person_in_logarithmic_rounds(
    tmp_path: Path, order: str
) -> None:
    n = 10_000
    ids = np.arange(1, n + 1)
    if order == "random":
        ids = np.random.default_rng(3).permutation(ids)
    elif order == "descending":
        ids = ids[::-1]
    edges = np.column_stack([ids[:-1], ids[1:]]).astype(np.int64)
    import pandas as pd

    edges = pd.DataFrame(edges, columns=["node_id_a", "node_id_b"])  # noqa: F841 - read by DuckDB
    labels, rounds = run_components(tmp_path / "chain.duckdb", edges, ids)
    assert len(labels) == n
    assert set(labels.values()) == {1}
    # a fixed-hop propagation would need thousands of rounds; this must stay logarithmic
    assert rounds <= 2 * math.ceil(math.log2(n)), rounds


def test_separate_components_stay_separate_and_isolated_nodes_label_themselves(
    tmp_path: Path,
) -> None:
    import pandas as pd

    edges = pd.DataFrame({"node_id_a": [5, 7, 2, 9], "node_id_b": [7, 3, 8, 8]})  # noqa: F841
    labels, _ = run_components(tmp_path / "small.duckdb", edges, np.arange(1, 11))
    assert labels == {1: 1, 2: 2, 3: 3, 4: 4, 5: 3, 6: 6, 7: 3, 8: 2, 9: 2, 10: 10}
