{{ config(
    meta={'cluster_by': ['node_key']},
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='node_key',
    pre_hook="{% if is_incremental() %}{{ ensure_build_marker() }}{% endif %}",
    post_hook=[
        "{{ retraction_log(['node_key', 'person_id']) }}",
        "{{ retract_vanished_identifiers(ref('idn_identifier_nodes')) }}",
        "{{ log_remapped_identifiers() }}",
        "{{ record_build_of_this() }}",
    ],
) }}

{#- The identifier map: one row per identifier (or owner epoch of a recycled one) with its
    person_id. Person ids are stable across builds. Each person has an anchor, the identifier of
    theirs that was seen first. On a rebuild every cluster looks for the anchors of the persons
    it held before:
    * it holds no earlier anchor: a new person, whose id is derived from the cluster's own
      anchor (so a fresh build of the same data gives the same ids);
    * it holds one: the cluster keeps that person's id;
    * it holds several (clusters merged): the oldest person's id survives.
    A person whose cluster split keeps its id in the part that holds its anchor; the other parts
    get new ids. previous_person_id says which person each identifier belonged to before.

    Incremental: only the clusters idn_identifier_clusters formed again in this build, and those
    with an identifier whose first or last sighting moved, are mapped again. They are whole previous
    components, so every identifier of a person they held before is among them, and so is that
    person's anchor. Of their identifiers only those whose row changed (person, cluster, sightings)
    are written: idn_identifier_clusters forms every component that breaks a limit again in every
    build (64,578 identifiers at 1M persons), and writing them all listed their ~6,300 persons as
    changed for the profiles to recompute. The post-hooks log in idn_identifier_persons__retracted
    the old row (node_key and person) of every identifier mapped again and of every identifier whose
    node is gone: the rows written since and those logged since then differ exactly for the
    identifiers whose person changed (idn_source_record_persons reads them so). -#}
with

nodes as (
    select * from {{ ref('idn_identifier_nodes') }}
),

clusters as (
    select * from {{ ref('idn_identifier_clusters') }}
    {%- if is_incremental() %}
    -- the clusters formed again in this build, and those holding an identifier that late data
    -- saw earlier or later than before (whole clusters; see the header)
    where cluster_id in (
        select formed.cluster_id
        from {{ ref('idn_identifier_clusters') }} as formed
        where true {{ written_since_last_build(column='formed.loaded_at') }}
        union
        select clustered.cluster_id
        from {{ ref('idn_identifier_clusters') }} as clustered
        inner join {{ ref('idn_identifier_nodes') }} as seen
            on clustered.node_id = seen.node_id
        inner join {{ this }} as mapped
            on seen.node_key = mapped.node_key
        -- a node's sightings can only have moved if idn_identifier_nodes wrote it since
        where (
            seen.first_seen_at is distinct from mapped.first_seen_at
            or seen.last_seen_at is distinct from mapped.last_seen_at
        ) {{ written_since_last_build(column='seen.loaded_at') }}
    )
    {%- endif %}
),

current_nodes as (
    select
        nodes.node_key,
        nodes.id_type,
        nodes.id_value,
        nodes.epoch,
        nodes.first_seen_at,
        nodes.last_seen_at,
        clusters.cluster_id
    from nodes
    inner join clusters
        on nodes.node_id = clusters.node_id
),

cluster_anchors as (
    select
        cluster_id,
        arg_min(
            node_key, (coalesce(first_seen_at, {{ latest_timestamp() }}), node_key)
        ) as anchor_key
    from current_nodes
    group by 1
),

{% if is_incremental() %}

previous as (
    select
        mapped.node_key,
        mapped.id_type,
        mapped.id_value,
        mapped.epoch,
        mapped.person_id,
        mapped.cluster_id,
        mapped.first_seen_at,
        mapped.last_seen_at
    from {{ this }} as mapped
    inner join current_nodes
        on mapped.node_key = current_nodes.node_key
),

previous_persons as (
    select
        person_id,
        arg_min(node_key, (coalesce(first_seen_at, {{ latest_timestamp() }}), node_key)) as anchor_key,
        min(first_seen_at) as person_first_seen_at
    from previous
    group by 1
),

claims as (
    select
        current_nodes.cluster_id,
        previous_persons.person_id,
        previous_persons.person_first_seen_at
    from current_nodes
    inner join previous_persons
        on current_nodes.node_key = previous_persons.anchor_key
),

claimed as (
    select
        cluster_id,
        arg_min(
            person_id, (coalesce(person_first_seen_at, {{ latest_timestamp() }}), person_id)
        ) as person_id
    from claims
    group by 1
),

{% else %}

previous as (
    select
        cast(null as varchar) as node_key,
        cast(null as varchar) as person_id
    where false
),

claimed as (
    select
        cast(null as ubigint) as cluster_id,
        cast(null as varchar) as person_id
    where false
),

{% endif %}

new_ids as (
    select
        cluster_anchors.cluster_id,
        'p_' || substr(md5(cluster_anchors.anchor_key), 1, 16) as candidate_id,
        cluster_anchors.anchor_key
    from cluster_anchors
    left join claimed
        on cluster_anchors.cluster_id = claimed.cluster_id
    where claimed.cluster_id is null
),

cluster_persons as (
    select
        cluster_id,
        person_id
    from claimed
    union all
    -- a derived id that an older person still holds (possible after late data moved anchors)
    -- is salted, so two clusters never share a person_id
    select
        new_ids.cluster_id,
        case
            when claimed.person_id is null then new_ids.candidate_id
            else 'p_' || substr(md5(new_ids.anchor_key || '|' || claimed.person_id), 1, 16)
        end as person_id
    from new_ids
    left join claimed
        on new_ids.candidate_id = claimed.person_id
),

final as (
    select
        current_nodes.node_key,
        current_nodes.id_type,
        current_nodes.id_value,
        current_nodes.epoch,
        cluster_persons.person_id,
        previous.person_id as previous_person_id,
        current_nodes.cluster_id,
        current_nodes.first_seen_at,
        current_nodes.last_seen_at,
        cast('{{ run_started_at.strftime("%Y-%m-%d %H:%M:%S") }}' as timestamp) as resolved_at,
        {{ build_started_at() }} as loaded_at
    from current_nodes
    inner join cluster_persons
        on current_nodes.cluster_id = cluster_persons.cluster_id
    left join previous
        on current_nodes.node_key = previous.node_key
    {%- if is_incremental() %}
    -- only the identifiers whose row changes are written: the others keep their row (and its
    -- loaded_at), so the models downstream see only the persons that changed
    where previous.node_key is null
        or current_nodes.id_type is distinct from previous.id_type
        or current_nodes.id_value is distinct from previous.id_value
        or current_nodes.epoch is distinct from previous.epoch
        or cluster_persons.person_id is distinct from previous.person_id
        or current_nodes.cluster_id is distinct from previous.cluster_id
        or current_nodes.first_seen_at is distinct from previous.first_seen_at
        or current_nodes.last_seen_at is distinct from previous.last_seen_at
    {%- endif %}
)

select * from final
{{ clustered_by(not is_incremental()) }}
