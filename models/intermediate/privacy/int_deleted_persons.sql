{#- One row per person named by at least one deletion request (right to erasure, PIPL art. 47,
    GDPR art. 17): the request's identifier resolves to the person through the identity graph,
    so every identifier and record linked to it goes too. Every mart leaves these persons out,
    and the trait history snapshots purge them. The requests stay in the landing data, so the
    deletion holds in every later build, and an identifier of the request that reappears in new
    data links to the same deleted person and is suppressed with them. -#}
with

requests as (
    select * from {{ ref('stg_privacy__deletion_requests') }}
),

record_persons as (
    select * from {{ ref('idn_source_record_persons') }}
    where source_name = 'deletion_requests'
),

requests_resolved as (
    select
        record_persons.person_id,
        requests.deletion_request_id,
        requests.requested_at
    from requests
    inner join record_persons
        on requests.deletion_request_id = record_persons.source_record_id
),

final as (
    select
        person_id,
        min(requested_at) as first_requested_at,
        count(*) as deletion_requests
    from requests_resolved
    group by 1
)

select * from final
