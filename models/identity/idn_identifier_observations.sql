{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ delete_restaged_records([
        ['web_events', ref('stg_segment__messages'), 'message_id'],
        ['orders', ref('stg_commerce__orders'), 'order_id'],
        ['crm_contacts', ref('stg_crm__contacts'), 'contact_id'],
        ['email_events', ref('stg_esp__email_events'), 'email_event_id'],
        ['wechat_followers', ref('stg_wechat__followers'), 'follower_id'],
        ['social_interactions', ref('stg_social__interactions'), 'interaction_id'],
        ['survey_responses', ref('stg_survey__responses'), 'response_id'],
        ['support_tickets', ref('stg_support__tickets'), 'ticket_id'],
        ['consent_events', ref('stg_privacy__consent_events'), 'consent_event_id'],
        ['deletion_requests', ref('stg_privacy__deletion_requests'), 'deletion_request_id'],
    ]) }}",
    post_hook=[
        "{{ retraction_log(['source_name', 'source_record_id', 'id_type', 'id_value']) }}",
        "{{ record_build_of_this() }}",
    ],
) }}

{#- One row per identifier seen on a staged record: every (id_type, id_value) a record carries,
    with the record, the time it was seen and the edge rule that links it to the record's other
    identifiers. Values are already normalized by staging; invalid emails and phones are null
    there and never observed here.

    Incremental: a build observes only the records staged since the last one, and replaces the
    observations of a record whose staged version changed: the pre-hook removes the observations
    of every record staged again (and logs them in idn_identifier_observations__retracted for
    idn_observation_nodes), so a new version that carries fewer identifiers, or none, leaves none
    of the old ones behind (landing is append-only, so a staged record never
    disappears), and this select appends the observations of the records staged since the
    build idn_identifier_observations__built records. loaded_at marks the observations each
    build wrote. -#}
with

messages as (
    select * from {{ ref('stg_segment__messages') }}
    {{ written_since_recorded_build(keyword='where') }}
),

orders as (
    select * from {{ ref('stg_commerce__orders') }}
    {{ written_since_recorded_build(keyword='where') }}
),

order_account_types as (
    select * from {{ ref('order_account_types') }}
),

contacts as (
    select * from {{ ref('stg_crm__contacts') }}
    {{ written_since_recorded_build(keyword='where') }}
),

email_events as (
    select * from {{ ref('stg_esp__email_events') }}
    {{ written_since_recorded_build(keyword='where') }}
),

followers as (
    select * from {{ ref('stg_wechat__followers') }}
    {{ written_since_recorded_build(keyword='where') }}
),

interactions as (
    select * from {{ ref('stg_social__interactions') }}
    {{ written_since_recorded_build(keyword='where') }}
),

responses as (
    select * from {{ ref('stg_survey__responses') }}
    {{ written_since_recorded_build(keyword='where') }}
),

tickets as (
    select * from {{ ref('stg_support__tickets') }}
    {{ written_since_recorded_build(keyword='where') }}
),

consent_events as (
    select * from {{ ref('stg_privacy__consent_events') }}
    {{ written_since_recorded_build(keyword='where') }}
),

deletion_requests as (
    select * from {{ ref('stg_privacy__deletion_requests') }}
    {{ written_since_recorded_build(keyword='where') }}
),

segment_observations as (
    select
        'web_events' as source_name,
        messages.message_id as source_record_id,
        identifiers.id_type,
        identifiers.id_value,
        messages.occurred_at as observed_at,
        case
            when identifiers.id_type = 'device_id' then 'segment_device'
            when messages.message_type = 'identify' then 'segment_identify'
            when messages.message_type = 'alias' then 'segment_alias'
            else 'segment_event_identity'
        end as edge_rule
    from messages
    cross join
        lateral (
            values
            ('anonymous_id', messages.anonymous_id),
            ('user_id', messages.user_id),
            -- alias: previousId is the anonymousId (or older id) being tied to userId; when it
            -- is the message's own anonymousId, that row is already here
            (
                'anonymous_id',
                case
                    when messages.previous_id is distinct from messages.anonymous_id
                        then messages.previous_id
                end
            ),
            ('device_id', messages.device_id),
            ('email', case when messages.is_trait_email_valid then messages.trait_email end),
            ('phone', case when messages.is_trait_phone_valid then messages.trait_phone_e164 end),
            ('wechat_openid', messages.trait_wechat_app_id || ':' || messages.trait_wechat_openid),
            ('wechat_unionid', messages.trait_wechat_unionid),
            ('weibo_uid', messages.trait_weibo_uid),
            ('douyin_open_id', messages.trait_douyin_open_id)
        ) as identifiers (id_type, id_value)
    where identifiers.id_value is not null
),

order_identifiers as (
    select
        orders.order_id as source_record_id,
        orders.ordered_at as observed_at,
        order_account_types.account_id_type,
        orders.account_id,
        case when orders.is_email_valid then orders.email end as email,
        case when orders.is_phone_valid then orders.phone_e164 end as phone_e164
    from orders
    left join order_account_types
        on orders.channel = order_account_types.channel
),

order_observations as (
    select
        'orders' as source_name,
        order_identifiers.source_record_id,
        identifiers.id_type,
        identifiers.id_value,
        order_identifiers.observed_at,
        'order_contact' as edge_rule
    from order_identifiers
    cross join
        lateral (
            values
            (order_identifiers.account_id_type, order_identifiers.account_id),
            ('email', order_identifiers.email),
            ('phone', order_identifiers.phone_e164)
        ) as identifiers (id_type, id_value)
    where identifiers.id_value is not null and identifiers.id_type is not null
),

contact_observations as (
    select
        'crm_contacts' as source_name,
        contacts.contact_id as source_record_id,
        identifiers.id_type,
        identifiers.id_value,
        coalesce(contacts.updated_at, contacts.created_at) as observed_at,
        'crm_contact_identifiers' as edge_rule
    from contacts
    cross join
        lateral (
            values
            ('crm_contact', contacts.contact_id),
            ('email', contacts.email),
            ('phone', contacts.phone_e164),
            ('national_id', contacts.national_id),
            ('member_id', contacts.loyalty_member_id)
        ) as identifiers (id_type, id_value)
    where identifiers.id_value is not null
),

email_event_observations as (
    select
        'email_events' as source_name,
        email_event_id as source_record_id,
        'email' as id_type,
        email as id_value,
        occurred_at as observed_at,
        cast(null as varchar) as edge_rule
    from email_events
    where is_email_valid
),

follower_observations as (
    select
        'wechat_followers' as source_name,
        followers.follower_id as source_record_id,
        identifiers.id_type,
        identifiers.id_value,
        coalesce(followers.updated_at, followers.subscribed_at) as observed_at,
        'wechat_follower_binding' as edge_rule
    from followers
    cross join
        lateral (
            values
            ('wechat_openid', followers.follower_id),
            ('wechat_unionid', followers.unionid),
            (
                'phone',
                case when followers.is_bound_mobile_valid then followers.bound_mobile_e164 end
            )
        ) as identifiers (id_type, id_value)
    where identifiers.id_value is not null
),

interaction_observations as (
    select
        'social_interactions' as source_name,
        interaction_id as source_record_id,
        case platform
            when 'wechat' then 'wechat_openid'
            when 'weibo' then 'weibo_uid'
            when 'douyin' then 'douyin_open_id'
        end as id_type,
        case
            when platform = 'wechat' then app_id || ':' || platform_user_id
            else platform_user_id
        end as id_value,
        occurred_at as observed_at,
        cast(null as varchar) as edge_rule
    from interactions
),

response_observations as (
    select
        'survey_responses' as source_name,
        responses.response_id as source_record_id,
        identifiers.id_type,
        identifiers.id_value,
        responses.submitted_at as observed_at,
        'survey_respondent' as edge_rule
    from responses
    cross join
        lateral (
            values
            ('email', responses.respondent_email),
            ('phone', responses.respondent_phone_e164),
            ('member_id', responses.respondent_member_id)
        ) as identifiers (id_type, id_value)
    where identifiers.id_value is not null
),

ticket_observations as (
    select
        'support_tickets' as source_name,
        tickets.ticket_id as source_record_id,
        identifiers.id_type,
        identifiers.id_value,
        tickets.opened_at as observed_at,
        'support_customer' as edge_rule
    from tickets
    cross join
        lateral (
            values
            ('email', tickets.email),
            ('phone', tickets.phone_e164),
            ('member_id', tickets.member_id)
        ) as identifiers (id_type, id_value)
    where identifiers.id_value is not null
),

consent_observations as (
    select
        'consent_events' as source_name,
        consent_event_id as source_record_id,
        case id_type when 'unionid' then 'wechat_unionid' else id_type end as id_type,
        id_value,
        occurred_at as observed_at,
        cast(null as varchar) as edge_rule
    from consent_events
    where id_value is not null
),

deletion_observations as (
    select
        'deletion_requests' as source_name,
        deletion_request_id as source_record_id,
        case id_type when 'unionid' then 'wechat_unionid' else id_type end as id_type,
        id_value,
        requested_at as observed_at,
        cast(null as varchar) as edge_rule
    from deletion_requests
    where id_value is not null
),

unioned as (
    select * from segment_observations
    union all
    select * from order_observations
    union all
    select * from contact_observations
    union all
    select * from email_event_observations
    union all
    select * from follower_observations
    union all
    select * from interaction_observations
    union all
    select * from response_observations
    union all
    select * from ticket_observations
    union all
    select * from consent_observations
    union all
    select * from deletion_observations
),

-- no distinct: a staged record is one row per key (tested in staging), and within a record
-- only the two anonymous ids could repeat an identifier, which segment_observations prevents
-- (a distinct over the 63M observations at 1,000,000 persons cost a hash table of every row)
final as (
    select
        source_name,
        source_record_id,
        id_type,
        id_value,
        observed_at,
        edge_rule,
        {{ build_started_at() }} as loaded_at
    from unioned
    where id_type is not null
)

select * from final
