{{ config(**person_scoped_config()) }}

{#- One row per segment and current member: every person of dim_customers who meets the
    segment's condition at the profile clock. Segments are declared as exposures in
    models/marts/segments/definitions/*.yml and compiled to SQL by the segment_definitions macro;
    a bad definition fails here, naming its file and field. has_required_consent says whether the
    member may be activated: the person holds the segment's consent purpose
    (dim_customer_consents). Deleted persons are not in dim_customers, so never members. -#}
{%- set segments = portrait.segment_definitions() -%}
with

-- depends_on: {{ ref('event_types') }} (segment event types are checked against it)
-- depends_on: {{ ref('consent_purposes') }} (and segment consent purposes against this one)
customers as (
    select * from {{ ref('dim_customers') }}
    where {{ in_person_scope() }}
),

events as (
    select * from {{ ref('fct_customer_events') }}
    where {{ in_person_scope() }}
        and person_id is not null
),

consents as (
    select * from {{ ref('dim_customer_consents') }}
    where {{ in_person_scope() }}
),

clock as (
    select * from {{ ref('int_profile_as_of') }}
),

{% for segment in segments %}
-- {{ segment.name }} ({{ segment.file }})
segment_{{ loop.index }} as (
    select
        '{{ segment.name }}' as segment_name,
        '{{ segment.consent_purpose }}' as consent_purpose,
        customers.person_id
    from customers
    cross join clock
    where {{ segment.sql }}
),

{% endfor %}
members as (
    {%- for segment in segments %}
    select * from segment_{{ loop.index }}
    union all
    {%- endfor %}
    -- keeps the columns when no segment is defined
    select
        cast(null as varchar) as segment_name,
        cast(null as varchar) as consent_purpose,
        cast(null as varchar) as person_id
    where false
),

final as (
    select
        members.segment_name,
        members.person_id,
        members.consent_purpose,
        coalesce(consents.is_granted, false) as has_required_consent,
        clock.as_of_at as evaluated_at
    from members
    cross join clock
    left join consents
        on members.person_id = consents.person_id
        and members.consent_purpose = consents.purpose
)

select * from final
