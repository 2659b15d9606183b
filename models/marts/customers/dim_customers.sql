{{ config(**person_scoped_config()) }}

{#- One row per person (OneID): the golden record with its provenance, then the behavioural,
    demographic, psychographic, service, lifecycle and predicted traits, all as of the profile
    clock. Built from the intermediate models; every rule lives there or in seeds. Persons who
    asked to be deleted (int_deleted_persons) are left out. -#}
with

cluster_stats as (
    select * from {{ ref('idn_cluster_stats') }}
    where {{ in_person_scope() }}
),

deleted_persons as (
    select * from {{ ref('int_deleted_persons') }}
    where {{ in_person_scope() }}
),

golden_records as (
    select * from {{ ref('int_customer_golden_records') }}
    where {{ in_person_scope() }}
),

order_traits as (
    select * from {{ ref('int_orders_aggregated_to_persons') }}
    where {{ in_person_scope() }}
),

engagement_traits as (
    select * from {{ ref('int_engagement_aggregated_to_persons') }}
    where {{ in_person_scope() }}
),

conversion_traits as (
    select * from {{ ref('int_conversion_aggregated_to_persons') }}
    where {{ in_person_scope() }}
),

email_traits as (
    select * from {{ ref('int_email_engagement_aggregated_to_persons') }}
    where {{ in_person_scope() }}
),

lifecycle_stages as (
    select * from {{ ref('int_lifecycle_stages_assigned') }}
    where {{ in_person_scope() }}
),

psychographics as (
    select * from {{ ref('int_psychographics_aggregated_to_persons') }}
    where {{ in_person_scope() }}
),

service as (
    select * from {{ ref('int_support_tickets_aggregated_to_persons') }}
    where {{ in_person_scope() }}
),

predictions as (
    select * from {{ ref('int_person_predictions') }}
    where {{ in_person_scope() }}
),

category_affinities as (
    select * from {{ ref('int_category_affinities_scored') }}
    where {{ in_person_scope() }}
),

clock as (
    select * from {{ ref('int_profile_as_of') }}
),

-- a person who asked to be deleted has no profile
persons as (
    select cluster_stats.*
    from cluster_stats
    left join deleted_persons
        on cluster_stats.person_id = deleted_persons.person_id
    where deleted_persons.person_id is null
),

top_categories as (
    select
        person_id,
        {{ ordered_array_agg('category', 'affinity_rank') }} as top_categories,
        {{ ordered_array_agg('affinity_score', 'affinity_rank') }} as top_category_scores
    from category_affinities
    where affinity_rank <= {{ var('portrait__affinity_top_n') }}
    group by 1
),

customers as (
    select
        persons.person_id,
        persons.anonymous_ids < persons.identifiers as is_identified,
        golden_records.full_name,
        golden_records.gender,
        golden_records.birth_date,
        golden_records.age,
        golden_records.age_band,
        golden_records.email,
        golden_records.phone_e164,
        golden_records.country,
        golden_records.province,
        golden_records.city,
        golden_records.city_tier,
        golden_records.postcode,
        golden_records.address,
        golden_records.full_name_source,
        golden_records.full_name_observed_at,
        golden_records.gender_source,
        golden_records.gender_observed_at,
        golden_records.birth_date_source,
        golden_records.birth_date_observed_at,
        golden_records.email_source,
        golden_records.email_observed_at,
        golden_records.phone_e164_source,
        golden_records.phone_e164_observed_at,
        golden_records.country_source,
        golden_records.country_observed_at,
        golden_records.province_source,
        golden_records.province_observed_at,
        golden_records.city_source,
        golden_records.city_observed_at,
        golden_records.postcode_source,
        golden_records.postcode_observed_at,
        golden_records.address_source,
        golden_records.address_observed_at,
        coalesce(order_traits.order_count, 0) as order_count,
        coalesce(order_traits.total_net_amount, cast(0 as decimal(18, 2))) as total_net_amount,
        order_traits.first_order_at,
        order_traits.last_order_at,
        order_traits.recency_days,
        order_traits.r_score,
        order_traits.f_score,
        order_traits.m_score,
        order_traits.rfm_score,
        order_traits.avg_order_value_amount,
        coalesce(order_traits.orders_placed, 0) as orders_placed,
        coalesce(order_traits.refunded_order_count, 0) as refunded_order_count,
        coalesce(order_traits.refunded_amount, cast(0 as decimal(18, 2))) as refunded_amount,
        coalesce(order_traits.cancelled_order_count, 0) as cancelled_order_count,
        order_traits.refund_rate,
        order_traits.preferred_purchase_channel,
        order_traits.preferred_store_id,
        top_categories.top_categories,
        top_categories.top_category_scores,
        conversion_traits.browse_to_buy_rate,
        conversion_traits.cart_abandonment_rate,
        coalesce(conversion_traits.carts, 0) as carts,
        coalesce(conversion_traits.abandoned_carts, 0) as abandoned_carts,
        coalesce(email_traits.emails_reached, 0) as emails_reached,
        email_traits.email_open_rate,
        email_traits.email_click_rate,
        email_traits.last_email_opened_at,
        coalesce(engagement_traits.first_seen_at, persons.first_seen_at) as first_seen_at,
        coalesce(engagement_traits.last_seen_at, persons.last_seen_at) as last_seen_at,
        engagement_traits.last_active_at,
        coalesce(engagement_traits.active_days_30d, 0) as active_days_30d,
        coalesce(engagement_traits.active_days_90d, 0) as active_days_90d,
        engagement_traits.preferred_engagement_channel,
        engagement_traits.primary_digital_platform,
        engagement_traits.web_event_share,
        engagement_traits.app_event_share,
        engagement_traits.miniprogram_event_share,
        engagement_traits.activity_by_hour,
        engagement_traits.peak_activity_hour,
        engagement_traits.activity_by_weekday,
        engagement_traits.peak_activity_weekday,
        psychographics.interests,
        psychographics.interests_source,
        psychographics.lifestyle,
        psychographics.values,
        psychographics.latest_nps_score,
        psychographics.nps_category,
        coalesce(psychographics.survey_responses, 0) as survey_responses,
        psychographics.last_survey_at,
        coalesce(psychographics.social_interactions, 0) as social_interactions,
        coalesce(psychographics.social_comments, 0) as social_comments,
        psychographics.avg_comment_sentiment,
        psychographics.social_sentiment_label,
        psychographics.preferred_social_platform,
        psychographics.last_social_at,
        coalesce(service.ticket_count, 0) as ticket_count,
        coalesce(service.open_ticket_count, 0) as open_ticket_count,
        coalesce(service.tickets_last_90d, 0) as tickets_last_90d,
        service.last_ticket_at,
        service.avg_satisfaction_score,
        coalesce(service.satisfaction_responses, 0) as satisfaction_responses,
        coalesce(service.low_satisfaction_tickets, 0) as low_satisfaction_tickets,
        service.top_ticket_category,
        service.avg_resolution_hours,
        lifecycle_stages.lifecycle_stage,
        predictions.churn_probability,
        predictions.purchase_propensity_30d,
        predictions.predicted_clv_amount,
        predictions.prediction_model_version,
        persons.identifiers,
        persons.records as source_records,
        persons.sources as source_count,
        clock.as_of_at as profile_as_of_at
    from persons
    cross join clock
    left join golden_records
        on persons.person_id = golden_records.person_id
    left join order_traits
        on persons.person_id = order_traits.person_id
    left join engagement_traits
        on persons.person_id = engagement_traits.person_id
    left join conversion_traits
        on persons.person_id = conversion_traits.person_id
    left join email_traits
        on persons.person_id = email_traits.person_id
    left join lifecycle_stages
        on persons.person_id = lifecycle_stages.person_id
    left join top_categories
        on persons.person_id = top_categories.person_id
    left join psychographics
        on persons.person_id = psychographics.person_id
    left join service
        on persons.person_id = service.person_id
    left join predictions
        on persons.person_id = predictions.person_id
),

final as (
    select * from customers
)

select * from final
