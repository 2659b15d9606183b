{#-
    identity_graph_scope(edges, nodes, scope)

    Writes the table `scope` (node_id): the nodes whose connected component must be computed in
    this build. A full build scopes every node. An incremental build scopes
      * every node of a component (as labelled in the last build) that gained or lost an edge,
        or lost a node, and
      * every node that is new, or that an added or removed edge touches.
    The edges of the last build are kept in `scope`__edges_seen by identity_graph_scope_finish.

    Why the scoped labels equal a full build's: take an edge (a, b) of the current graph with a
    in scope. If the edge is new, both ends are in scope. If not, a and b shared a component in
    the last build; a is in scope because that component was touched (or a is new, but then the
    edge is new), so b is in scope too. The scope is therefore closed under the current edges:
    each component of the current graph lies wholly inside or wholly outside it, the components
    inside are found from their own edges, and the ones outside kept every edge and node they
    had, so their labels (the smallest node_id) stand.
-#}
{% macro identity_graph_scope(edges, nodes, scope) -%}
    {%- if not execute -%}
        {{ return('') }}
    {%- endif -%}
    {%- set seen = scope ~ '__edges_seen' -%}
    {%- set incremental = is_incremental() and load_relation(this) is not none
        and adapter.get_relation(this.database, this.schema, seen.split('.')[-1]) is not none -%}
    {%- if not incremental -%}
        {%- do run_query(portrait_create_table(scope, 'select node_id from ' ~ nodes)) -%}
        {{ return('') }}
    {%- endif -%}
    {%- set changed_edges -%}
        select node_id_a, node_id_b from (
            (select node_id_a, node_id_b from {{ edges }}
             except select node_id_a, node_id_b from {{ seen }})
            union all
            (select node_id_a, node_id_b from {{ seen }}
             except select node_id_a, node_id_b from {{ edges }})
        ) as changed
    {%- endset -%}
    {%- set scope_sql -%}
        with
        changed_edges as ({{ changed_edges }}),
        touched_nodes as (
            select node_id_a as node_id from changed_edges
            union select node_id_b from changed_edges
            union (select node_id from {{ nodes }} except select node_id from {{ this }})
            union (select node_id from {{ this }} except select node_id from {{ nodes }})
        ),
        touched_components as (
            select distinct labelled.component_id
            from {{ this }} as labelled
            inner join touched_nodes on labelled.node_id = touched_nodes.node_id
        ),
        scoped as (
            select labelled.node_id
            from {{ this }} as labelled
            inner join touched_components
                on labelled.component_id = touched_components.component_id
            union
            select node_id from touched_nodes
        )
        select scoped.node_id
        from scoped
        inner join {{ nodes }} as nodes on scoped.node_id = nodes.node_id
    {%- endset -%}
    {%- do run_query(portrait_create_table(scope, scope_sql)) -%}
    {{ return('') }}
{%- endmacro %}


{#- The edges among the nodes of `scope`, as a subquery for connected_components. -#}
{% macro scoped_edges(edges, scope) -%}
    (select edges.node_id_a, edges.node_id_b from {{ edges }} as edges
     inner join {{ scope }} as scope on edges.node_id_a = scope.node_id)
{%- endmacro %}


{#- After an identity_graph_scope build: removes the rows of nodes that no longer exist and keeps
    this build's edges for the next build to compare with. -#}
{% macro identity_graph_scope_finish(edges, nodes, scope) -%}
    {%- if not execute -%}
        {{ return('') }}
    {%- endif -%}
    {%- do run_query(
        'delete from ' ~ this ~ ' where node_id not in (select node_id from ' ~ nodes ~ ')'
    ) -%}
    {%- do run_query(portrait_create_table(scope ~ '__edges_seen',
        'select node_id_a, node_id_b from ' ~ edges)) -%}
    {{ return('') }}
{%- endmacro %}


{#- Writes the table `scope` (node_id): in an incremental build the nodes of `upstream` that it
    wrote after this model's own last build, in a full build all of them. -#}
{% macro changed_rows_scope(upstream, scope) -%}
    {%- if not execute -%}
        {{ return('') }}
    {%- endif -%}
    {%- if is_incremental() and load_relation(this) is not none -%}
        {%- do run_query(portrait_create_table(scope,
            'select node_id from ' ~ upstream ~ ' where loaded_at > (select coalesce(max(loaded_at),'
            ~ " cast('1900-01-01' as timestamp)) from " ~ this ~ ')')) -%}
    {%- else -%}
        {%- do run_query(portrait_create_table(scope, 'select node_id from ' ~ upstream)) -%}
    {%- endif -%}
    {{ return('') }}
{%- endmacro %}
