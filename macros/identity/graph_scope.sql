{#-
    identity_graph_scope(edges, nodes, scope)

    Writes the table `scope` (node_id): the nodes whose connected component must be computed in
    this build. A full build scopes every node. An incremental build scopes
      * every node of a component (as labelled in the last build) that lost an edge or a node,
        or gained an edge to another component or to a new node, and
      * every node that is new, or that such an edge touches.
    What changed since the last build (recorded in `<model>__built` by identity_graph_scope_finish)
    is read from the upstream models' own bookkeeping, not by comparing whole tables: the edges
    and nodes written since then (their loaded_at) and those logged as retracted since then
    (`<model>__retracted`). An edge written since counts only if it joins two components of the
    last labelling or reaches a node without a label: an edge written again, or one inside a
    component, changes nothing. When either upstream was rebuilt in full (nothing it removed was
    logged), or this model's last build is older than the logs keep (portrait__retraction_log_days),
    every node is scoped.

    Why the scoped labels equal a full build's: take an edge (a, b) of the current graph with a
    in scope. If a and b shared a component in the last labelling, a is in scope because that
    component was touched, so b is in scope too. If not (or either has no label), the edge did
    not exist in the last build, so it was written since and counts: both ends are in scope. So
    the scope is closed under the current edges: each component of the current graph lies wholly
    inside or wholly outside it, and the components inside are found from their own edges. A
    component of the last build outside the scope lost no edge or node (those are touched) and
    gained no edge to anything outside it, so it stands, and so does its label (the smallest
    node_id).
-#}
{% macro identity_graph_scope(edges, nodes, scope) -%}
    {%- if not execute -%}
        {{ return('') }}
    {%- endif -%}
    {%- set incremental = is_incremental() and load_relation(this) is not none -%}
    {%- if incremental -%}
        {{ ensure_build_marker() }}
        {%- set last = last_recorded_build() -%}
        {%- set incremental = not graph_upstream_rebuilt(edges, nodes) -%}
    {%- endif -%}
    {%- if not incremental -%}
        {%- do run_query(portrait_create_table(scope, 'select node_id from ' ~ nodes)) -%}
        {{ return('') }}
    {%- endif -%}
    {%- set scope_sql -%}
        with
        -- edges written since: only those that join two components, or reach a new node, can
        -- change a component (one within a component, new or written again, changes nothing)
        joining_edges as (
            select written.node_id_a, written.node_id_b
            from {{ edges }} as written
            left join {{ this }} as labelled_a on written.node_id_a = labelled_a.node_id
            left join {{ this }} as labelled_b on written.node_id_b = labelled_b.node_id
            where written.loaded_at > {{ last }}
                and (labelled_a.component_id is null or labelled_b.component_id is null
                     or labelled_a.component_id != labelled_b.component_id)
        ),
        -- edges logged as retracted since and not written again: they may split a component
        removed_edges as (
            select retracted.node_id_a, retracted.node_id_b
            from {{ edges.schema }}.{{ edges.identifier }}__retracted as retracted
            left join {{ edges }} as kept
                on retracted.node_id_a = kept.node_id_a and retracted.node_id_b = kept.node_id_b
            where retracted.loaded_at > {{ last }} and kept.node_id_a is null
        ),
        changed_edges as (
            select * from joining_edges
            union all
            select * from removed_edges
        ),
        -- nodes written since that no component holds yet, and nodes logged as retracted since
        -- that are gone
        new_nodes as (
            select written.node_id
            from {{ nodes }} as written
            left join {{ this }} as labelled on written.node_id = labelled.node_id
            where written.loaded_at > {{ last }} and labelled.node_id is null
        ),
        gone_nodes as (
            select retracted.node_id
            from {{ nodes.schema }}.{{ nodes.identifier }}__retracted as retracted
            left join {{ nodes }} as kept on retracted.node_id = kept.node_id
            where retracted.loaded_at > {{ last }} and kept.node_id is null
        ),
        touched_nodes as (
            select node_id_a as node_id from changed_edges
            union select node_id_b from changed_edges
            union select node_id from new_nodes
            union select node_id from gone_nodes
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


{#- Whether the edges or the nodes changed in a way their logs cannot tell (unlogged_since). -#}
{% macro graph_upstream_rebuilt(edges, nodes) -%}
    {%- set rebuilt -%}
        select {{ unlogged_since(edges) }} or {{ unlogged_since(nodes) }}
    {%- endset -%}
    {{ return(run_query(rebuilt).columns[0].values()[0]) }}
{%- endmacro %}


{#- As SQL: whether `upstream`'s changes since this model's recorded build (`<model>__built`)
    cannot be read from its loaded_at and its retraction log: it was rebuilt in full since
    (every row was written after that build, or it is empty), so the rows it removed were not
    logged; or that build is older than portrait__retraction_log_days, so the log may have
    been pruned of entries this model has not read. -#}
{% macro unlogged_since(upstream) -%}
    (coalesce((select min(rewritten.loaded_at) from {{ upstream }} as rewritten)
              > {{ last_recorded_build() }}, true)
     or {{ last_recorded_build() }}
        < {{ retraction_log_window_start() }})
{%- endmacro %}


{#- The edges among the nodes of `scope`, as a subquery for connected_components. -#}
{% macro scoped_edges(edges, scope) -%}
    (select edges.node_id_a, edges.node_id_b from {{ edges }} as edges
     inner join {{ scope }} as scope on edges.node_id_a = scope.node_id)
{%- endmacro %}


{#- After an identity_graph_scope build: removes the rows of nodes that no longer exist and
    records the build (`<model>__built`) for the next to read the changes since. -#}
{% macro identity_graph_scope_finish(edges, nodes, scope) -%}
    {%- if not execute -%}
        {{ return('') }}
    {%- endif -%}
    {%- do run_query(delete_vanished_nodes(nodes)) -%}
    {%- do run_query('drop table if exists ' ~ scope ~ '__edges_seen') -%}
    {%- do run_query(record_build_of_this()) -%}
    {{ return('') }}
{%- endmacro %}


{#- In an incremental build of a model with one row per graph node and a recorded build
    (`<model>__built`): deletes the rows of nodes that are gone from `nodes`. -#}
{% macro delete_vanished_nodes(nodes) -%}
    {%- if not (execute and is_incremental()) -%}
        {{ return('select 1') }}
    {%- endif -%}
    delete from {{ this }} where node_id in ({{ vanished_keys(nodes, 'node_id') }})
{%- endmacro %}


{#- The keys (`key`: node_id or node_key) of this model's rows whose node is gone from `nodes`, as
    a query. Only the nodes logged as retracted since this model's recorded build
    (`<model>__built`, which must be the build before this one: record it after) can have gone,
    unless the log cannot tell (unlogged_since): then every row is checked.
    (At 1M persons, checking every row against the nodes is a join of two 10M-row tables.) -#}
{% macro vanished_keys(nodes, key) -%}
    select gone.{{ key }}
    from (
        select retracted.{{ key }}
        from {{ nodes.schema }}.{{ nodes.identifier }}__retracted as retracted
        where retracted.loaded_at > {{ last_recorded_build() }}
        union all
        select labelled.{{ key }}
        from {{ this }} as labelled
        where {{ unlogged_since(nodes) }}
    ) as gone
    left join {{ nodes }} as kept on gone.{{ key }} = kept.{{ key }}
    where kept.{{ key }} is null
{%- endmacro %}


{#- Writes the table `scope` (node_id): in an incremental build the nodes of `upstream` that it
    wrote after this model's own last build, and every node of the relation `always`; in a full
    build all of them. -#}
{% macro changed_rows_scope(upstream, scope, always=none) -%}
    {%- if not execute -%}
        {{ return('') }}
    {%- endif -%}
    {%- if is_incremental() and load_relation(this) is not none -%}
        {%- do run_query(portrait_create_table(scope,
            'select node_id from ' ~ upstream ~ ' where loaded_at > (select coalesce(max(loaded_at),'
            ~ " cast('1900-01-01' as timestamp)) from " ~ this ~ ')'
            ~ (' union select node_id from ' ~ always if always is not none else ''))) -%}
    {%- else -%}
        {%- do run_query(portrait_create_table(scope, 'select node_id from ' ~ upstream)) -%}
    {%- endif -%}
    {{ return('') }}
{%- endmacro %}


{#-
    Retraction logs. An incremental identity model deletes the rows it is about to write again in
    its pre-hook; what it deleted may be gone for good (a record whose identifiers are now all
    guarded has no observation nodes any more), and the models downstream must hear of it. So
    the pre-hook also appends the keys of the rows it deleted to `<model>__retracted`, stamped
    with the build's loaded_at, and downstream models read the log entries written after their
    own last build, as they read the rows written after it. Entries older than
    portrait__retraction_log_days are pruned.
    `unseen_sql`, when given, lists keys that the model builds but that cannot have rows in it
    yet (the new keys of its upstream: rows written since that are in no retraction log). The
    scope is then `scope_sql` and those, and only `scope_sql`'s keys are searched for: a search
    reads the whole table, unless it looks for nothing.
    `keep`, when given, is a condition on the deleted rows: those that meet it are kept whole in
    `<model>__previous`, for a model that adds new rows to its old ones (idn_identifier_nodes).
-#}
{% macro retract_and_log(scope_sql, key_columns, logged_columns, unseen_sql=none, keep=none) -%}
    {%- if not execute -%}
        {{ return('') }}
    {%- endif -%}
    {%- set scope = this.schema ~ '.' ~ this.identifier ~ '__scope' -%}
    {%- set log = this.schema ~ '.' ~ this.identifier ~ '__retracted' -%}
    {%- set keys = key_columns | join(', ') -%}
    {%- if unseen_sql is none -%}
        {%- do run_query(portrait_create_table(scope, scope_sql)) -%}
        {%- set searched = scope -%}
    {%- else -%}
        {#- only the keys that may have rows here are searched for; the scope adds the unseen -#}
        {%- set searched = this.schema ~ '.' ~ this.identifier ~ '__scope_seen' -%}
        {%- do run_query(portrait_create_table(searched, scope_sql)) -%}
        {%- do run_query(portrait_create_table(scope,
            'select ' ~ keys ~ ' from ' ~ searched ~ ' union ' ~ unseen_sql)) -%}
    {%- endif -%}
    {%- do run_query(retraction_log(logged_columns)) -%}
    {%- do run_query(
        'delete from ' ~ log ~ ' where loaded_at < '
        ~ retraction_log_window_start()) -%}
    {%- do adapter.dispatch('log_and_delete_rows', 'portrait')(
        '(' ~ keys ~ ') in (select ' ~ keys ~ ' from ' ~ searched ~ ')', logged_columns, log,
        keep) -%}
    {{ return('') }}
{%- endmacro %}


{#- log_and_delete_rows(condition, logged_columns, log, keep): appends the logged columns of this
    model's rows that meet `condition` to `log`, stamped with the build's loaded_at, keeps the
    whole rows that also meet `keep` (if given) in `<model>__previous`, and deletes the rows.
    On DuckDB the rows are found once: their row ids are kept in a temporary table and the
    delete reads only those (at 1M persons the second search by key took 2.4 s on
    idn_observation_nodes, the delete by row id 0.03 s). Row ids are stable within the model's
    transaction, which the pre-hooks run in. -#}
{% macro duckdb__log_and_delete_rows(condition, logged_columns, log, keep=none) -%}
    {%- set found = this.identifier ~ '__retracting' -%}
    {%- do run_query('create or replace temporary table ' ~ found ~ ' as select rowid as '
        ~ 'retracted_rowid, ' ~ ('*' if keep else logged_columns | join(', ')) ~ ' from '
        ~ this ~ ' where ' ~ condition) -%}
    {%- do run_query('insert into ' ~ log ~ ' select distinct ' ~ logged_columns | join(', ')
        ~ ', ' ~ build_started_at() ~ ' from ' ~ found) -%}
    {%- if keep -%}
        {%- do run_query(portrait_create_table(this.schema ~ '.' ~ this.identifier
            ~ '__previous', 'select * exclude (retracted_rowid) from ' ~ found
            ~ ' where ' ~ keep)) -%}
    {%- endif -%}
    {%- do run_query('delete from ' ~ this ~ ' where rowid in (select retracted_rowid from '
        ~ found ~ ')') -%}
    {%- do run_query('drop table ' ~ found) -%}
{%- endmacro %}

{% macro default__log_and_delete_rows(condition, logged_columns, log, keep=none) -%}
    {%- do run_query('insert into ' ~ log ~ ' select distinct ' ~ logged_columns | join(', ')
        ~ ', ' ~ build_started_at() ~ ' from ' ~ this ~ ' where ' ~ condition) -%}
    {%- if keep -%}
        {%- do run_query(portrait_create_table(this.schema ~ '.' ~ this.identifier
            ~ '__previous', 'select * from ' ~ this ~ ' where ' ~ condition ~ ' and ' ~ keep)) -%}
    {%- endif -%}
    {%- do run_query('delete from ' ~ this ~ ' where ' ~ condition) -%}
{%- endmacro %}


{#- The last build's loaded_at of this model, as SQL (1900 when it has no rows). -#}
{% macro last_build_of_this() -%}
    (select coalesce(max(built.loaded_at), cast('1900-01-01' as timestamp)) from {{ this }} as built)
{%- endmacro %}


{#- Whether an incremental model can run incrementally: the table exists and so does each of
    the named side tables of this model (`<model>__<suffix>`), written by an earlier build.
    With `built` among them, that build must also lie within portrait__retraction_log_days:
    the retraction logs upstream keep that long, so an older build may have missed entries it
    can no longer read, and the model computes every row again instead. Never in a unit test,
    which gives every input as rows. -#}
{% macro incremental_with(suffixes) -%}
    {%- if model.resource_type == 'unit_test' or not (execute and is_incremental()) -%}
        {{ return(false) }}
    {%- endif -%}
    {%- for suffix in suffixes -%}
        {%- if adapter.get_relation(this.database, this.schema, this.identifier ~ '__' ~ suffix) is none -%}
            {{ return(false) }}
        {%- endif -%}
    {%- endfor -%}
    {%- if 'built' in suffixes -%}
        {{ return(built_within_log_window()) }}
    {%- endif -%}
    {{ return(true) }}
{%- endmacro %}


{#- The oldest instant the retraction logs still cover, as SQL: entries written before
    portrait__retraction_log_days ago are pruned. -#}
{% macro retraction_log_window_start() -%}
    {{ dbt.dateadd('day', -1 * var('portrait__retraction_log_days'), build_started_at()) }}
{%- endmacro %}


{#- Whether this model's recorded build (`<model>__built`) lies within
    portrait__retraction_log_days of this one, as a value. -#}
{% macro built_within_log_window() -%}
    {%- set recent = run_query('select coalesce(' ~ last_recorded_build() ~ ' >= '
        ~ retraction_log_window_start()
        ~ ', false)').columns[0].values()[0] -%}
    {{ return(recent == true) }}
{%- endmacro %}


{#- Pre-hook check of an incremental model that reads an upstream retraction log and cannot
    fall back to computing every row within an incremental build: its recorded build
    (`<model>__built`, created from its rows' loaded_at when missing; record it with
    record_build_of_this) must lie within portrait__retraction_log_days, or the build stops
    with what to run instead. Built longer ago, the model may have missed retractions that the
    log no longer holds and would keep rows that should be gone. -#}
{% macro require_current_logs() -%}
    {%- if not (execute and is_incremental()) or model.resource_type == 'unit_test' -%}
        {{ return('') }}
    {%- endif -%}
    {{ ensure_build_marker() }}
    {%- if not built_within_log_window() -%}
        {%- set last = run_query('select ' ~ last_recorded_build()).columns[0].values()[0] -%}
        {{ exceptions.raise_compiler_error(
            this.identifier ~ ' was last built at ' ~ last ~ ', more than '
            ~ var('portrait__retraction_log_days') ~ ' days (portrait__retraction_log_days) '
            ~ 'before this build. The retraction logs it reads have been pruned since, so an '
            ~ 'incremental build could keep rows that should be gone. Build it and what '
            ~ 'depends on it in full: `portrait build --full-refresh`, or `dbt build '
            ~ '--full-refresh --select ' ~ this.identifier ~ '+`.') }}
    {%- endif -%}
    {{ return('') }}
{%- endmacro %}


{#- The pre-hook of idn_observation_nodes (see the model): the records to place again, their old
    rows deleted and their node keys logged. A no-op in a full build, or when the side tables of
    an earlier incremental build are missing (the model then reads every observation and the
    append strategy would duplicate, so that case deletes every row first). -#}
{% macro observation_nodes_scope(observations, guards, epochs) -%}
    {%- do require_current_logs() -%}
    {%- if not built_scope_or_reset(['guards_seen', 'epochs_seen']) -%}
        {{ return('') }}
    {%- endif -%}
    {%- set seen = this.schema ~ '.' ~ this.identifier -%}
    {%- set observations_log = observations.schema ~ '.' ~ observations.identifier ~ '__retracted' -%}
    {%- set scope_sql -%}
        with
        changed_identifiers as (
            select id_type, id_value from (
                (select * from {{ guards }} except select * from {{ seen }}__guards_seen)
                union all
                (select * from {{ seen }}__guards_seen except select * from {{ guards }})
            ) as guard_changes
            union
            select id_type, id_value from (
                (select * from {{ epochs }} except select * from {{ seen }}__epochs_seen)
                union all
                (select * from {{ seen }}__epochs_seen except select * from {{ epochs }})
            ) as epoch_changes
        )
        select source_name, source_record_id from {{ observations_log }}
        where loaded_at > {{ last_build_of_this() }}
        union
        select source_name, source_record_id from {{ observations }}
        where {{ rewritten_in_full(observations, last_build_of_this()) }}
        union
        select source_name, source_record_id from {{ observations }}
        where (id_type, id_value) in (select id_type, id_value from changed_identifiers)
    {%- endset -%}
    {{ retract_and_log(scope_sql, ['source_name', 'source_record_id'],
                       ['source_name', 'source_record_id', 'node_key'],
                       unseen_sql=written_since(observations, ['source_name', 'source_record_id'])) }}
{%- endmacro %}


{#- The pre-hook of idn_identifier_nodes (see the model): the node keys that idn_observation_nodes
    wrote or retracted since this model's last build are in idn_identifier_nodes__scope, their
    rows deleted. Those of them that lost an observation (logged as retracted, or all keys when
    idn_observation_nodes was rebuilt in full) are listed in idn_identifier_nodes__recount; the
    others only gained observations, and their old rows are kept in idn_identifier_nodes__previous
    for the select to add the new observations to. -#}
{% macro identifier_nodes_scope(observation_nodes) -%}
    {%- if not (execute and is_incremental()) -%}
        {{ return('') }}
    {%- endif -%}
    {%- do require_current_logs() -%}
    {{ ensure_build_marker() }}
    {%- set last = last_recorded_build() -%}
    {%- set recount = this.schema ~ '.' ~ this.identifier ~ '__recount' -%}
    {%- do run_query(portrait_create_table(recount,
        retracted_since(observation_nodes, ['node_key'], last))) -%}
    {{ retract_and_log(written_or_retracted(observation_nodes, ['node_key'], last), ['node_key'],
                       ['node_key', 'node_id'],
                       keep='node_key not in (select node_key from ' ~ recount ~ ')') }}
{%- endmacro %}


{#- The pre-hook of idn_record_edges: the records that idn_observation_nodes wrote or retracted
    since this model's last build. -#}
{% macro record_edges_scope(observation_nodes) -%}
    {%- if not (execute and is_incremental()) -%}
        {{ return('') }}
    {%- endif -%}
    {%- do require_current_logs() -%}
    {%- set columns = ['source_name', 'source_record_id'] -%}
    {{ retract_and_log(retracted_since(observation_nodes, columns), columns,
                       ['node_id_a', 'node_id_b'],
                       unseen_sql=written_since(observation_nodes, columns)) }}
{%- endmacro %}


{#- The pre-hook of idn_identifier_edges: the node pairs that idn_record_edges wrote or
    retracted since this model's last build, and the probabilistic pairs that can have changed:
    those of the Splink matches that appeared, went or changed probability since the matches
    this model last read (kept in idn_identifier_edges__matches_seen by
    remember_contact_matches), and the probabilistic edges held that touch a node written or
    retracted since (a contact's node that went takes its edges with it). Without the kept
    matches (the first incremental build after an upgrade), every probabilistic pair, old and
    new. At 1M persons a micro-batch that does not touch the CRM used to write all 565k
    probabilistic edges again. -#}
{% macro identifier_edges_scope(record_edges, contact_matches, nodes) -%}
    {%- if not (execute and is_incremental()) -%}
        {{ return('') }}
    {%- endif -%}
    {%- do require_current_logs() -%}
    {%- set seen = this.schema ~ '.' ~ this.identifier ~ '__matches_seen' -%}
    {%- set matches_seen = adapter.get_relation(this.database, this.schema,
                                                this.identifier ~ '__matches_seen') is not none -%}
    {#- a Splink pair's node ids: the hashes of its contacts' node keys, in order -#}
    {%- set contact_pair -%}
        select
            least({{ stable_node_id("'crm_contact:' || contact_id_l") }},
                  {{ stable_node_id("'crm_contact:' || contact_id_r") }}),
            greatest({{ stable_node_id("'crm_contact:' || contact_id_l") }},
                     {{ stable_node_id("'crm_contact:' || contact_id_r") }})
    {%- endset -%}
    {%- set scope_sql -%}
        {{ written_or_retracted(record_edges, ['node_id_a', 'node_id_b']) }}
        union
        {%- if matches_seen %}
        select node_id_a, node_id_b from {{ this }}
        where match_probability is not null
            and (node_id_a in (select touched.node_id from touched_nodes as touched)
                 or node_id_b in (select touched.node_id from touched_nodes as touched))
        union
        {{ contact_pair }}
        from (
            (select contact_id_l, contact_id_r, match_probability from {{ contact_matches }}
             except select contact_id_l, contact_id_r, match_probability from {{ seen }})
            union all
            (select contact_id_l, contact_id_r, match_probability from {{ seen }}
             except select contact_id_l, contact_id_r, match_probability from {{ contact_matches }})
        ) as changed_matches
        {%- else %}
        select node_id_a, node_id_b from {{ this }} where match_probability is not null
        union
        {{ contact_pair }}
        from {{ contact_matches }}
        {%- endif %}
    {%- endset -%}
    {%- if matches_seen -%}
        {%- set scope_sql -%}
            with touched_nodes as (
                {{ written_or_retracted(nodes, ['node_id']) }}
            )
            {{ scope_sql }}
        {%- endset -%}
    {%- endif -%}
    {{ retract_and_log(scope_sql, ['node_id_a', 'node_id_b'], ['node_id_a', 'node_id_b']) }}
{%- endmacro %}


{#- Post-hook of idn_identifier_edges: keeps the Splink matches this build read, for the next
    build to find the ones that changed (identifier_edges_scope). -#}
{% macro remember_contact_matches(contact_matches) -%}
    {{ portrait_create_table(this.schema ~ '.' ~ this.identifier ~ '__matches_seen',
        'select contact_id_l, contact_id_r, match_probability from ' ~ contact_matches) }}
{%- endmacro %}


{#- The pre-hook of idn_source_record_persons (see the model). Only the records placed before
    can have rows here: those idn_observation_nodes retracted since, the records observing a node
    whose person changed, and orders with lines; the records new to idn_observation_nodes are
    resolved without being searched for. A node's person changed where the rows that
    idn_identifier_persons wrote since differ from those it logged since (it logs the old row
    of every node it maps again, log_remapped_identifiers), so a component formed again with
    the same persons moves no record. -#}
{% macro source_record_persons_scope(observation_nodes, identifier_persons, order_items) -%}
    {%- if not (execute and is_incremental()) -%}
        {{ return('') }}
    {%- endif -%}
    {%- do require_current_logs() -%}
    {%- set record_columns = ['source_name', 'source_record_id'] -%}
    {%- set persons_log = identifier_persons.schema ~ '.' ~ identifier_persons.identifier
                          ~ '__retracted' -%}
    {%- set last = last_build_of_this() -%}
    {%- set seen_sql -%}
        with
        remapped_nodes as (
            select node_key from (
                (select node_key, person_id from {{ identifier_persons }}
                 where loaded_at > {{ last }}
                 except
                 select node_key, person_id from {{ persons_log }} where loaded_at > {{ last }})
                union all
                (select node_key, person_id from {{ persons_log }} where loaded_at > {{ last }}
                 except
                 select node_key, person_id from {{ identifier_persons }}
                 where loaded_at > {{ last }})
            ) as changed
        ),
        new_records as (
            {{ written_since(observation_nodes, record_columns, last) }}
        ),
        records as (
            {{ retracted_since(observation_nodes, record_columns, last) }}
            union
            select source_name, source_record_id from {{ observation_nodes }}
            where node_key in (select node_key from remapped_nodes)
            union
            select 'orders', order_id from {{ order_items }}
            where loaded_at > {{ last }}
        ),
        orders as (
            select source_record_id as order_id from records where source_name = 'orders'
            union
            select source_record_id from new_records where source_name = 'orders'
        )
        select source_name, source_record_id from records
        union
        select 'order_items', order_item_id from {{ order_items }}
        where order_id in (select order_id from orders)
    {%- endset -%}
    {{ retract_and_log(seen_sql, record_columns, ['source_name', 'source_record_id', 'person_id'],
                       unseen_sql=written_since(observation_nodes, record_columns, last)) }}
{%- endmacro %}


{#- SQL that creates this model's retraction log if it does not exist yet (empty, with the logged
    columns and loaded_at; a log with other columns, from an older version, is dropped first). retract_and_log runs it before writing; every logging model also runs
    it as a post-hook, so the log exists for the models downstream from the first build on. -#}
{% macro retraction_log(logged_columns) -%}
    {%- set existing = adapter.get_relation(this.database, this.schema,
                                            this.identifier ~ '__retracted') -%}
    {%- if execute and existing is not none -%}
        {%- set columns = adapter.get_columns_in_relation(existing) | map(attribute='name')
                          | map('lower') | list -%}
        {%- if columns != logged_columns + ['loaded_at'] -%}
            {#- written by an older version of the model: replaced (a full refresh makes up
                for the entries it held) -#}
            {%- do run_query('drop table ' ~ existing) -%}
        {%- endif -%}
    {%- endif -%}
    create table if not exists {{ this.schema }}.{{ this.identifier }}__retracted as
    select {{ logged_columns | join(', ') }}, {{ build_started_at() }} as loaded_at
    from {{ this }}
    where false
{%- endmacro %}


{#- The keys (`columns`) of the rows that `upstream` wrote, or logged as retracted, after this
    model's last build: what an incremental identity model must look at again. -#}
{% macro written_or_retracted(upstream, columns, last=none) -%}
    {%- set last = last or last_build_of_this() -%}
    select {{ columns | join(', ') }} from {{ upstream }}
    where loaded_at > {{ last }}
    union
    select {{ columns | join(', ') }}
    from {{ upstream.schema }}.{{ upstream.identifier }}__retracted
    where loaded_at > {{ last }}
{%- endmacro %}


{#- Of those, the keys whose rows in this model may exist, and the rest. Upstream rows are
    rewritten only after they are retracted and logged, so a key that upstream wrote since and
    did not log is new to it, and to this model, unless upstream was rebuilt in full since
    (rewritten_in_full), which logs nothing. -#}
{% macro retracted_since(upstream, columns, last=none) -%}
    {%- set last = last or last_build_of_this() -%}
    select {{ columns | join(', ') }}
    from {{ upstream.schema }}.{{ upstream.identifier }}__retracted
    where loaded_at > {{ last }}
    union
    select {{ columns | join(', ') }} from {{ upstream }}
    where {{ rewritten_in_full(upstream, last) }}
{%- endmacro %}

{% macro written_since(upstream, columns, last=none) -%}
    select {{ columns | join(', ') }} from {{ upstream }}
    where loaded_at > {{ last or last_build_of_this() }}
{%- endmacro %}


{#- Every row of `relation`, a record-keyed model that writes all of a record's rows together
    (idn_identifier_observations, idn_observation_nodes), of the records in `records` (a
    relation or CTE with source_name and source_record_id). A record that `relation` wrote after
    `last` has only rows written after it, which are read with the older row groups skipped
    unread; only the other records are searched for, and a search for none reads nothing. Any
    `last` gives the same rows: it only moves records between the two reads. -#}
{% macro rows_of_records(relation, records, last) -%}
    select * from {{ relation }}
    where loaded_at > {{ last }}
        and (source_name, source_record_id) in (
            select source_name, source_record_id from {{ records }}
        )
    union all
    select * from {{ relation }}
    where (source_name, source_record_id) in (
        select source_name, source_record_id from {{ records }}
        except
        select source_name, source_record_id from {{ relation }}
        where loaded_at > {{ last }}
    )
{%- endmacro %}


{#- Whether a model scoped by its side tables (`__built` from record_build_of_this, or those
    named by `suffixes`) builds incrementally in this run. When it cannot (a first build,
    --full-refresh, or a model built before the side tables existed), an existing table is
    emptied, so that the model's select, which then reads everything, appends every row once. -#}
{% macro built_scope_or_reset(suffixes=['built']) -%}
    {%- if not (execute and is_incremental()) -%}
        {{ return(false) }}
    {%- endif -%}
    {%- if not incremental_with(suffixes) -%}
        {%- do run_query('delete from ' ~ this) -%}
        {{ return(false) }}
    {%- endif -%}
    {{ return(true) }}
{%- endmacro %}


{#- The start of the model's last build, as a subquery on its `__built` side table. -#}
{% macro last_recorded_build() -%}
    (select max(built.loaded_at) from {{ this.schema }}.{{ this.identifier }}__built as built)
{%- endmacro %}


{#- Post-hook of a model whose rows carry no loaded_at: records this build as its last, in
    `<model>__<suffix>`. -#}
{% macro record_build_of_this(suffix='built') -%}
    {%- if not execute -%}
        {{ return('') }}
    {%- endif -%}
    {{ portrait_create_table(this.schema ~ '.' ~ this.identifier ~ '__' ~ suffix,
                             'select ' ~ build_started_at() ~ ' as loaded_at') }}
{%- endmacro %}


{#- The pre-hook of idn_owner_sightings (see the model): deletes the rows of the records whose
    observations were retracted since its last build (all of them if the observations were
    rebuilt in full since). Records observed for the first time have no rows yet, and a batch
    that retracts nothing searches for nothing. -#}
{% macro owner_sightings_scope(observations) -%}
    {%- if not built_scope_or_reset() -%}
        {{ return('') }}
    {%- endif -%}
    {%- do run_query('delete from ' ~ this ~ ' where (source_name, source_record_id) in ('
        ~ retracted_since(observations, ['source_name', 'source_record_id'],
                          last_recorded_build()) ~ ')') -%}
    {{ return('') }}
{%- endmacro %}


{#- The pre-hook of idn_identifier_guards (see the model): the identifiers to judge again, their
    old rows deleted. A guard depends only on the observations of its identifier and on the
    identifiers observed on the same records, so the identifiers that a record written or
    retracted since the last build observes (now or before) are all that can change. -#}
{% macro identifier_guards_scope(observations) -%}
    {%- if not built_scope_or_reset() -%}
        {{ return('') }}
    {%- endif -%}
    {%- set prefix = this.schema ~ '.' ~ this.identifier -%}
    {%- set last = last_recorded_build() -%}
    {%- do run_query(portrait_create_table(prefix ~ '__scope',
        'select id_type, id_value from ' ~ observations ~ ' where loaded_at > ' ~ last
        ~ ' union select id_type, id_value from ' ~ observations.schema ~ '.'
        ~ observations.identifier ~ '__retracted where loaded_at > ' ~ last)) -%}
    {%- do run_query('delete from ' ~ this ~ ' where (id_type, id_value) in (select id_type, '
        ~ 'id_value from ' ~ prefix ~ '__scope)') -%}
    {{ return('') }}
{%- endmacro %}


{#- The pre-hook of idn_limit_violations (see the model): the components to count again, their
    old rows deleted. idn_graph_components writes every node of a component a batch touched
    again, and labels a component by its smallest node_id, so a row is stale exactly when its
    component_id is a node written since the last build or a node that is gone; the scope is
    the components of the nodes written since. -#}
{% macro limit_violations_scope(components) -%}
    {%- if not built_scope_or_reset() -%}
        {{ return('') }}
    {%- endif -%}
    {%- set prefix = this.schema ~ '.' ~ this.identifier -%}
    {%- set last = last_recorded_build() -%}
    {%- do run_query(portrait_create_table(prefix ~ '__scope',
        'select distinct component_id from ' ~ components ~ ' where loaded_at > ' ~ last)) -%}
    {%- do run_query('delete from ' ~ this ~ ' where component_id in (select node_id from '
        ~ components ~ ' where loaded_at > ' ~ last ~ ') or component_id not in ('
        ~ 'select kept.component_id from ' ~ this ~ ' as kept inner join ' ~ components
        ~ ' as nodes on kept.component_id = nodes.node_id)') -%}
    {{ return('') }}
{%- endmacro %}


{#- The recycled guards (idn_identifier_guards), the only ones with owner epochs: what
    idn_identifier_epochs numbers, and the copy it keeps to see which changed. -#}
{% macro recycled_guards(guards) -%}
    select
        id_type,
        id_value,
        owner_type
    from {{ guards }}
    where guard = 'recycled'
{%- endmacro %}


{#- The pre-hook of idn_identifier_epochs (see the model): the identifiers whose epochs are
    numbered again, their old rows deleted. Those of the observations written or retracted since
    the last build, and those whose recycled guard (or its owner type) came, went or changed
    since the copy the last build kept. -#}
{% macro identifier_epochs_scope(observations, guards) -%}
    {%- if not built_scope_or_reset(['built', 'guards_seen']) -%}
        {{ return('') }}
    {%- endif -%}
    {%- set prefix = this.schema ~ '.' ~ this.identifier -%}
    {%- set last = last_recorded_build() -%}
    {%- set changed_guards -%}
        select id_type, id_value from (
            ({{ recycled_guards(guards) }} except select * from {{ prefix }}__guards_seen)
            union all
            (select * from {{ prefix }}__guards_seen except {{ recycled_guards(guards) }})
        ) as changed
    {%- endset -%}
    {%- do run_query(portrait_create_table(prefix ~ '__scope',
        'select id_type, id_value from ' ~ observations ~ ' where loaded_at > ' ~ last
        ~ ' union select id_type, id_value from ' ~ observations.schema ~ '.'
        ~ observations.identifier ~ '__retracted where loaded_at > ' ~ last
        ~ ' union ' ~ changed_guards)) -%}
    {%- do run_query('delete from ' ~ this ~ ' where (id_type, id_value) in (select id_type, '
        ~ 'id_value from ' ~ prefix ~ '__scope)') -%}
    {{ return('') }}
{%- endmacro %}


{#- Post-hook of idn_identifier_persons: the identifiers whose node is gone (every observation of
    it was retracted, or it became guarded) leave the map, logged with their person in
    idn_identifier_persons__retracted, so that a person who held only those identifiers is
    recomputed (int_affected_persons) and leaves the profiles. -#}
{% macro retract_vanished_identifiers(nodes) -%}
    {%- if not (execute and is_incremental()) -%}
        {{ return('') }}
    {%- endif -%}
    {%- set log = this.schema ~ '.' ~ this.identifier ~ '__retracted' -%}
    {%- do run_query('delete from ' ~ log ~ ' where loaded_at < '
        ~ retraction_log_window_start()) -%}
    {%- do adapter.dispatch('log_and_delete_rows', 'portrait')(
        'node_key in (' ~ vanished_keys(nodes, 'node_key') ~ ')', ['node_key', 'person_id'], log) -%}
    {{ return('') }}
{%- endmacro %}


{#- Post-hook of idn_identifier_persons: logs the old row (node_key and the person it had,
    previous_person_id) of every identifier this build mapped again, in
    idn_identifier_persons__retracted, as if it had been retracted and written again. A model
    that compares the rows written since with those logged since then sees exactly the
    identifiers whose person changed (a new one has no old row). -#}
{% macro log_remapped_identifiers() -%}
    {%- if not (execute and is_incremental()) -%}
        {{ return('') }}
    {%- endif -%}
    insert into {{ this.schema }}.{{ this.identifier }}__retracted
    select node_key, previous_person_id, loaded_at from {{ this }}
    where loaded_at = {{ build_started_at() }} and previous_person_id is not null
{%- endmacro %}
