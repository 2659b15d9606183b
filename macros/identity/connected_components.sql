{#-
    connected_components(edges, nodes, output, max_rounds)

    Labels every node of an undirected graph with the smallest node_id of its connected component,
    writing the table `output` (node_id, component_id) and `output`__rounds (one row per round).
    Runs when the calling model executes (call it from a pre_hook), never at parse or compile.

    edges  relation with node_id_a, node_id_b (bigint)
    nodes  relation with node_id (bigint); nodes without edges become their own component

    Algorithm: min-label hooking with pointer jumping on a contracting graph. Each round every
    node of the current graph hooks to its smallest neighbour (or itself); pointer jumping then
    flattens the hooks into stars, every label is moved to its star's root, and the edges are
    contracted to the roots, dropping those that fall inside a star. The graph shrinks every
    round; with node ids in pseudo-random order (see idn_identifier_nodes) the number of rounds
    grows with the logarithm of the component diameter, not with the diameter itself (a chain of
    10,000 identifiers takes about a dozen rounds, not 10,000 hops). The loop ends when no edge is
    left. Convergence is then verified from scratch on the original edges: both ends of every
    edge must carry the same label and every label must be its own label. Otherwise, or if
    max_rounds is reached first, the build fails.
-#}
{% macro connected_components(edges, nodes, output, max_rounds=64) %}
    {%- if not execute -%}
        {{ return('') }}
    {%- endif -%}
    {%- set work_edges = output ~ '__work_edges' -%}
    {%- set work_next_edges = output ~ '__work_next_edges' -%}
    {%- set work_parents = output ~ '__work_parents' -%}
    {%- set work_jumped = output ~ '__work_jumped' -%}
    {%- set work_labels = output ~ '__work_labels' -%}
    {%- set rounds = output ~ '__rounds' -%}

    {%- do run_query(portrait_create_table(work_edges,
        'select distinct least(node_id_a, node_id_b) as a, greatest(node_id_a, node_id_b) as b '
        ~ 'from ' ~ edges ~ ' where node_id_a != node_id_b')) -%}
    {%- do run_query(portrait_create_table(output,
        'select node_id, node_id as component_id from ' ~ nodes)) -%}
    {%- do run_query(portrait_create_table(rounds,
        'select 0 as round, count(*) as edges_left, cast(0 as bigint) as jumps from ' ~ work_edges)) -%}

    {%- set state = namespace(converged=false, rounds=0) -%}
    {%- for round in range(1, max_rounds + 1) -%}
        {%- if not state.converged -%}
            {%- set state.rounds = round -%}
            {#- hook: every node of the current graph points at its smallest neighbour or itself -#}
            {%- do run_query(portrait_create_table(work_parents,
                'select v, least(v, min(w)) as p from ('
                ~ 'select a as v, b as w from ' ~ work_edges
                ~ ' union all select b as v, a as w from ' ~ work_edges
                ~ ') as neighbours group by v')) -%}
            {#- pointer jumping until every node points at a root -#}
            {%- set jumping = namespace(stable=false, jumps=0) -%}
            {%- for jump in range(64) -%}
                {%- if not jumping.stable -%}
                    {%- do run_query(portrait_create_table(work_jumped,
                        'select child.v, coalesce(parent.p, child.p) as p from ' ~ work_parents
                        ~ ' as child left join ' ~ work_parents ~ ' as parent on parent.v = child.p')) -%}
                    {%- set moved = run_query(
                        'select count(*) from ' ~ work_jumped ~ ' as jumped inner join '
                        ~ work_parents ~ ' as before on before.v = jumped.v where jumped.p != before.p'
                    ).columns[0].values()[0] -%}
                    {%- do run_query(portrait_create_table(work_parents,
                        'select * from ' ~ work_jumped)) -%}
                    {%- set jumping.jumps = jumping.jumps + 1 -%}
                    {%- if moved == 0 -%}
                        {%- set jumping.stable = true -%}
                    {%- endif -%}
                {%- endif -%}
            {%- endfor -%}
            {#- move every label to its root, then contract the edges onto the roots -#}
            {%- do run_query(portrait_create_table(work_labels,
                'select labels.node_id, coalesce(parents.p, labels.component_id) as component_id from '
                ~ output ~ ' as labels left join ' ~ work_parents
                ~ ' as parents on parents.v = labels.component_id')) -%}
            {%- do run_query(portrait_create_table(output, 'select * from ' ~ work_labels)) -%}
            {%- do run_query(portrait_create_table(work_next_edges,
                'select distinct least(pa.p, pb.p) as a, greatest(pa.p, pb.p) as b from '
                ~ work_edges ~ ' as e inner join ' ~ work_parents ~ ' as pa on pa.v = e.a'
                ~ ' inner join ' ~ work_parents ~ ' as pb on pb.v = e.b where pa.p != pb.p')) -%}
            {%- do run_query(portrait_create_table(work_edges, 'select * from ' ~ work_next_edges)) -%}
            {%- set left = run_query('select count(*) from ' ~ work_edges).columns[0].values()[0] -%}
            {%- do run_query('insert into ' ~ rounds ~ ' values (' ~ round ~ ', ' ~ left ~ ', '
                ~ jumping.jumps ~ ')') -%}
            {%- if left == 0 -%}
                {%- set state.converged = true -%}
            {%- endif -%}
        {%- endif -%}
    {%- endfor -%}

    {%- if not state.converged -%}
        {{ exceptions.raise_compiler_error(
            "connected_components did not converge within " ~ max_rounds ~ " rounds on " ~ edges) }}
    {%- endif -%}
    {#- verify on the original edges, independently of the loop's own bookkeeping -#}
    {%- set split_edges = run_query(
        'select count(*) from ' ~ edges ~ ' as e'
        ~ ' inner join ' ~ output ~ ' as la on la.node_id = e.node_id_a'
        ~ ' inner join ' ~ output ~ ' as lb on lb.node_id = e.node_id_b'
        ~ ' where la.component_id != lb.component_id').columns[0].values()[0] -%}
    {%- set unsettled = run_query(
        'select count(*) from ' ~ output ~ ' as l inner join ' ~ output
        ~ ' as root on root.node_id = l.component_id where root.component_id != l.component_id'
        ).columns[0].values()[0] -%}
    {%- set unlabelled = run_query(
        'select count(*) from ' ~ nodes ~ ' as n left join ' ~ output
        ~ ' as l on l.node_id = n.node_id where l.node_id is null').columns[0].values()[0] -%}
    {%- if split_edges != 0 or unsettled != 0 or unlabelled != 0 -%}
        {{ exceptions.raise_compiler_error(
            "connected_components failed verification on " ~ edges ~ ": " ~ split_edges
            ~ " edges span two components, " ~ unsettled ~ " labels are not roots, "
            ~ unlabelled ~ " nodes have no label") }}
    {%- endif -%}
    {{ log("connected_components: " ~ edges ~ " converged in " ~ state.rounds ~ " rounds", info=true) }}
    {%- for relation in [work_edges, work_next_edges, work_parents, work_jumped, work_labels] -%}
        {%- do run_query('drop table if exists ' ~ relation) -%}
    {%- endfor -%}
{% endmacro %}


{#- create (or replace) a table from a select statement, in the adapter's own syntax -#}
{% macro portrait_create_table(relation, sql) -%}
    {{ return(adapter.dispatch('portrait_create_table', 'portrait')(relation, sql)) }}
{%- endmacro %}

{% macro default__portrait_create_table(relation, sql) -%}
    create or replace table {{ relation }} as {{ sql }}
{%- endmacro %}

{% macro spark__portrait_create_table(relation, sql) -%}
    create or replace table {{ relation }} using delta as {{ sql }}
{%- endmacro %}


{#- A stable 64-bit integer id for a node key: the same value in every build and on every
    machine of one engine. -#}
{% macro stable_node_id(key) -%}
    {{ return(adapter.dispatch('stable_node_id', 'portrait')(key)) }}
{%- endmacro %}

{% macro duckdb__stable_node_id(key) -%}
    cast(hash({{ key }}) as ubigint)
{%- endmacro %}

{% macro default__stable_node_id(key) -%}
    xxhash64({{ key }})
{%- endmacro %}
