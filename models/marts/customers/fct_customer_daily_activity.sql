-- depends_on: {{ ref('idn_identifier_persons') }}
-- depends_on: {{ ref('int_deleted_persons') }}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='person_id',
    on_schema_change='fail',
    pre_hook="{{ require_current_logs() }}",
    post_hook=[
        "{{ delete_vanished_persons(ref('idn_identifier_persons'), ref('int_deleted_persons')) }}",
        "{{ record_build_of_this() }}",
    ],
) }}

{#- One row per person and local day (portrait__default_timezone) with customer events: the
    daily roll-up that BI charts and activity windows read instead of the event stream.

    Incremental (delete+insert per person): a build writes again every day of the persons with
    events that fct_customer_events wrote since the last build, and of the persons whose
    identity changed (merged, split, new); the post-hook drops persons that no longer exist or
    asked to be deleted. -#}
with

{% if is_incremental() %}

persons_in_scope as (
    select person_id from {{ ref('fct_customer_events') }}
    where person_id is not null {{ written_since_last_build() }}
    union
    select person_id from {{ ref('idn_identifier_persons') }}
    where true {{ written_since_last_build() }}
    union
    select previous_person_id from {{ ref('idn_identifier_persons') }}
    where previous_person_id is not null {{ written_since_last_build() }}
),

{% endif %}

events as (
    select * from {{ ref('fct_customer_events') }}
    where person_id is not null
    {%- if is_incremental() %}
        and person_id in (select persons_in_scope.person_id from persons_in_scope)
    {%- endif %}
),

events_by_day as (
    select
        person_id,
        cast({{ to_local_time('occurred_at') }} as date) as activity_date,
        count(*) as events,
        count(*) filter (where is_customer_initiated) as customer_initiated_events,
        count(*) filter (where event_type in ('page_viewed', 'screen_viewed')) as page_views,
        count(*) filter (where event_type = 'product_viewed') as product_views,
        count(*) filter (where event_type = 'product_added') as cart_adds,
        count(*) filter (where event_type = 'order_placed') as orders_placed,
        coalesce(sum(amount) filter (where event_type = 'order_placed'), 0) as ordered_amount,
        count(*) filter (
            where event_type in ('order_refunded', 'order_cancelled')
        ) as orders_reversed,
        count(*) filter (where event_type = 'email_opened') as emails_opened,
        count(*) filter (where event_type = 'email_clicked') as emails_clicked,
        count(*) filter (where event_category = 'social') as social_actions,
        count(*) filter (where event_type = 'ticket_opened') as tickets_opened,
        count(distinct channel) as channels,
        min(occurred_at) as first_event_at,
        max(occurred_at) as last_event_at
    from events
    group by 1, 2
),

final as (
    select
        *,
        {{ build_started_at() }} as loaded_at
    from events_by_day
)

select * from final
