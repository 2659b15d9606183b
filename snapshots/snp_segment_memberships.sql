{#- The history of segment membership: one version per segment, person and stretch of time they
    were a member (dbt check strategy). A member who leaves has their version closed
    (hard_deletes='invalidate'); one who comes back starts a new version. Dated by the profile
    clock, like the trait history. Versions of persons who asked to be deleted are purged after
    each run. fct_segment_membership_events reads it. -#}
{% snapshot snp_segment_memberships %}
{{
    config(
        unique_key=['segment_name', 'person_id'],
        strategy='check',
        check_cols=['segment_name'],
        hard_deletes='invalidate',
        schema='history',
        post_hook="delete from {{ this }} where person_id in "
            ~ "(select person_id from {{ ref('int_deleted_persons') }})",
    )
}}
-- depends_on: {{ ref('int_deleted_persons') }}

select
    segment_name,
    person_id
from {{ ref('fct_segment_memberships') }}

{% endsnapshot %}
