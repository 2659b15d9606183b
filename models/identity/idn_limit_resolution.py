"""Re-resolve the components that break a per-person identifier limit.

One row per edge of such a component that is dropped to respect the limits. The edges of each
violating component are replayed in trust order (rule priority, then the number of supporting
records, then recency) through a union-find that refuses any union after which one set would
hold more distinct values of a type than identifier_types.max_per_person allows. This is where
the priority order decides which link gives way: the least trusted link that would break a
limit is the one dropped. Components without a violation are never touched.
"""

from collections import defaultdict


def model(dbt, session):
    dbt.config(materialized="table")
    violations = dbt.ref("idn_limit_violations").create_view("idn_limit__violations", replace=True)
    dbt.ref("idn_graph_components").create_view("idn_limit__components", replace=True)
    dbt.ref("idn_identifier_nodes").create_view("idn_limit__nodes", replace=True)
    dbt.ref("idn_identifier_edges").create_view("idn_limit__edges", replace=True)
    dbt.ref("identifier_types").create_view("idn_limit__types", replace=True)
    del violations

    limits = dict(session.sql(
        "select id_type, max_per_person from idn_limit__types where max_per_person is not null"
    ).fetchall())
    node_rows = session.sql("""
        select nodes.node_id, nodes.id_type, nodes.id_value
        from idn_limit__nodes as nodes
        inner join idn_limit__components as components on components.node_id = nodes.node_id
        where components.component_id in (select component_id from idn_limit__violations)
    """).fetchall()
    edge_rows = session.sql("""
        select edges.node_id_a, edges.node_id_b, edges.edge_rule
        from idn_limit__edges as edges
        inner join idn_limit__components as components on components.node_id = edges.node_id_a
        where components.component_id in (select component_id from idn_limit__violations)
        order by edges.rule_priority, edges.supporting_records desc,
                 edges.last_seen_at desc nulls last, edges.node_id_a, edges.node_id_b
    """).fetchall()

    parent: dict[int, int] = {}
    values: dict[int, dict[str, set[str]]] = {}
    for node_id, id_type, id_value in node_rows:
        parent[node_id] = node_id
        values[node_id] = {id_type: {id_value}} if id_type in limits else {}

    def find(node: int) -> int:
        root = node
        while parent[root] != root:
            root = parent[root]
        while parent[node] != root:
            parent[node], node = root, parent[node]
        return root

    dropped = []
    for node_a, node_b, edge_rule in edge_rows:
        root_a, root_b = find(node_a), find(node_b)
        if root_a == root_b:
            continue
        merged = defaultdict(set)
        for root in (root_a, root_b):
            for id_type, held in values[root].items():
                merged[id_type] |= held
        broken = sorted(t for t, held in merged.items() if len(held) > limits[t])
        if broken:
            dropped.append((node_a, node_b, edge_rule, f"limit_exceeded:{broken[0]}"))
            continue
        small, large = sorted((root_a, root_b), key=lambda r: sum(map(len, values[r].values())))
        parent[small] = large
        values[large] = dict(merged)
        del values[small]

    # back to DuckDB as numpy arrays, not a pandas frame: importing pandas costs a micro-batch
    # about 0.5 s on the Python lock that dbt's threads share
    import numpy as np

    columns = list(zip(*dropped, strict=True)) or [(), (), (), ()]
    session.register("idn_limit__dropped", {
        "node_id_a": np.array(columns[0], dtype="uint64"),
        "node_id_b": np.array(columns[1], dtype="uint64"),
        "edge_rule": np.array(columns[2], dtype=object),
        "drop_reason": np.array(columns[3], dtype=object),
    })
    session.execute("""
        create or replace temp table idn_limit__dropped_rows as
        select node_id_a, node_id_b, cast(edge_rule as varchar) as edge_rule,
            cast(drop_reason as varchar) as drop_reason
        from idn_limit__dropped
    """)
    session.unregister("idn_limit__dropped")
    return session.table("idn_limit__dropped_rows")
