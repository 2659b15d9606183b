
    
      
    

    create  table
      "warehouse"."main"."dim_customers__dbt_tmp"
  
  (
    person_id varchar,
    is_identified boolean,
    full_name varchar,
    gender varchar,
    birth_date date,
    age integer,
    age_band varchar,
    email varchar,
    phone_e164 varchar,
    country varchar,
    province varchar,
    city varchar,
    city_tier varchar,
    postcode varchar,
    address varchar,
    full_name_source varchar,
    full_name_observed_at timestamp,
    gender_source varchar,
    gender_observed_at timestamp,
    birth_date_source varchar,
    birth_date_observed_at timestamp,
    email_source varchar,
    email_observed_at timestamp,
    phone_e164_source varchar,
    phone_e164_observed_at timestamp,
    country_source varchar,
    country_observed_at timestamp,
    province_source varchar,
    province_observed_at timestamp,
    city_source varchar,
    city_observed_at timestamp,
    postcode_source varchar,
    postcode_observed_at timestamp,
    address_source varchar,
    address_observed_at timestamp,
    order_count bigint,
    total_net_amount decimal(18,2),
    first_order_at timestamp,
    last_order_at timestamp,
    recency_days integer,
    r_score integer,
    f_score integer,
    m_score integer,
    rfm_score varchar,
    avg_order_value_amount decimal(18,2),
    orders_placed bigint,
    refunded_order_count bigint,
    refunded_amount decimal(18,2),
    cancelled_order_count bigint,
    refund_rate double,
    preferred_purchase_channel varchar,
    preferred_store_id varchar,
    top_categories varchar[],
    top_category_scores double[],
    browse_to_buy_rate double,
    cart_abandonment_rate double,
    carts bigint,
    abandoned_carts bigint,
    emails_reached bigint,
    email_open_rate double,
    email_click_rate double,
    last_email_opened_at timestamp,
    first_seen_at timestamp,
    last_seen_at timestamp,
    last_active_at timestamp,
    active_days_30d bigint,
    active_days_90d bigint,
    preferred_engagement_channel varchar,
    primary_digital_platform varchar,
    web_event_share double,
    app_event_share double,
    miniprogram_event_share double,
    activity_by_hour bigint[],
    peak_activity_hour integer,
    activity_by_weekday bigint[],
    peak_activity_weekday integer,
    interests varchar[],
    interests_source varchar,
    lifestyle varchar,
    values varchar[],
    latest_nps_score integer,
    nps_category varchar,
    survey_responses bigint,
    last_survey_at timestamp,
    social_interactions bigint,
    social_comments bigint,
    avg_comment_sentiment double,
    social_sentiment_label varchar,
    preferred_social_platform varchar,
    last_social_at timestamp,
    ticket_count bigint,
    open_ticket_count bigint,
    tickets_last_90d bigint,
    last_ticket_at timestamp,
    avg_satisfaction_score double,
    satisfaction_responses bigint,
    low_satisfaction_tickets bigint,
    top_ticket_category varchar,
    avg_resolution_hours double,
    lifecycle_stage varchar,
    churn_probability double,
    purchase_propensity_30d double,
    predicted_clv_amount decimal(18,2),
    prediction_model_version varchar,
    identifiers bigint,
    source_records bigint,
    source_count bigint,
    profile_as_of_at timestamp
    
    )
 ;
    
    
    insert into "warehouse"."main"."dim_customers__dbt_tmp" 
  (
    
      
      
      person_id ,
    
      
      
      is_identified ,
    
      
      
      full_name ,
    
      
      
      gender ,
    
      
      
      birth_date ,
    
      
      
      age ,
    
      
      
      age_band ,
    
      
      
      email ,
    
      
      
      phone_e164 ,
    
      
      
      country ,
    
      
      
      province ,
    
      
      
      city ,
    
      
      
      city_tier ,
    
      
      
      postcode ,
    
      
      
      address ,
    
      
      
      full_name_source ,
    
      
      
      full_name_observed_at ,
    
      
      
      gender_source ,
    
      
      
      gender_observed_at ,
    
      
      
      birth_date_source ,
    
      
      
      birth_date_observed_at ,
    
      
      
      email_source ,
    
      
      
      email_observed_at ,
    
      
      
      phone_e164_source ,
    
      
      
      phone_e164_observed_at ,
    
      
      
      country_source ,
    
      
      
      country_observed_at ,
    
      
      
      province_source ,
    
      
      
      province_observed_at ,
    
      
      
      city_source ,
    
      
      
      city_observed_at ,
    
      
      
      postcode_source ,
    
      
      
      postcode_observed_at ,
    
      
      
      address_source ,
    
      
      
      address_observed_at ,
    
      
      
      order_count ,
    
      
      
      total_net_amount ,
    
      
      
      first_order_at ,
    
      
      
      last_order_at ,
    
      
      
      recency_days ,
    
      
      
      r_score ,
    
      
      
      f_score ,
    
      
      
      m_score ,
    
      
      
      rfm_score ,
    
      
      
      avg_order_value_amount ,
    
      
      
      orders_placed ,
    
      
      
      refunded_order_count ,
    
      
      
      refunded_amount ,
    
      
      
      cancelled_order_count ,
    
      
      
      refund_rate ,
    
      
      
      preferred_purchase_channel ,
    
      
      
      preferred_store_id ,
    
      
      
      top_categories ,
    
      
      
      top_category_scores ,
    
      
      
      browse_to_buy_rate ,
    
      
      
      cart_abandonment_rate ,
    
      
      
      carts ,
    
      
      
      abandoned_carts ,
    
      
      
      emails_reached ,
    
      
      
      email_open_rate ,
    
      
      
      email_click_rate ,
    
      
      
      last_email_opened_at ,
    
      
      
      first_seen_at ,
    
      
      
      last_seen_at ,
    
      
      
      last_active_at ,
    
      
      
      active_days_30d ,
    
      
      
      active_days_90d ,
    
      
      
      preferred_engagement_channel ,
    
      
      
      primary_digital_platform ,
    
      
      
      web_event_share ,
    
      
      
      app_event_share ,
    
      
      
      miniprogram_event_share ,
    
      
      
      activity_by_hour ,
    
      
      
      peak_activity_hour ,
    
      
      
      activity_by_weekday ,
    
      
      
      peak_activity_weekday ,
    
      
      
      interests ,
    
      
      
      interests_source ,
    
      
      
      lifestyle ,
    
      
      
      values ,
    
      
      
      latest_nps_score ,
    
      
      
      nps_category ,
    
      
      
      survey_responses ,
    
      
      
      last_survey_at ,
    
      
      
      social_interactions ,
    
      
      
      social_comments ,
    
      
      
      avg_comment_sentiment ,
    
      
      
      social_sentiment_label ,
    
      
      
      preferred_social_platform ,
    
      
      
      last_social_at ,
    
      
      
      ticket_count ,
    
      
      
      open_ticket_count ,
    
      
      
      tickets_last_90d ,
    
      
      
      last_ticket_at ,
    
      
      
      avg_satisfaction_score ,
    
      
      
      satisfaction_responses ,
    
      
      
      low_satisfaction_tickets ,
    
      
      
      top_ticket_category ,
    
      
      
      avg_resolution_hours ,
    
      
      
      lifecycle_stage ,
    
      
      
      churn_probability ,
    
      
      
      purchase_propensity_30d ,
    
      
      
      predicted_clv_amount ,
    
      
      
      prediction_model_version ,
    
      
      
      identifiers ,
    
      
      
      source_records ,
    
      
      
      source_count ,
    
      
      
      profile_as_of_at 
    
  )
 (
      
    select person_id, is_identified, full_name, gender, birth_date, age, age_band, email, phone_e164, country, province, city, city_tier, postcode, address, full_name_source, full_name_observed_at, gender_source, gender_observed_at, birth_date_source, birth_date_observed_at, email_source, email_observed_at, phone_e164_source, phone_e164_observed_at, country_source, country_observed_at, province_source, province_observed_at, city_source, city_observed_at, postcode_source, postcode_observed_at, address_source, address_observed_at, order_count, total_net_amount, first_order_at, last_order_at, recency_days, r_score, f_score, m_score, rfm_score, avg_order_value_amount, orders_placed, refunded_order_count, refunded_amount, cancelled_order_count, refund_rate, preferred_purchase_channel, preferred_store_id, top_categories, top_category_scores, browse_to_buy_rate, cart_abandonment_rate, carts, abandoned_carts, emails_reached, email_open_rate, email_click_rate, last_email_opened_at, first_seen_at, last_seen_at, last_active_at, active_days_30d, active_days_90d, preferred_engagement_channel, primary_digital_platform, web_event_share, app_event_share, miniprogram_event_share, activity_by_hour, peak_activity_hour, activity_by_weekday, peak_activity_weekday, interests, interests_source, lifestyle, values, latest_nps_score, nps_category, survey_responses, last_survey_at, social_interactions, social_comments, avg_comment_sentiment, social_sentiment_label, preferred_social_platform, last_social_at, ticket_count, open_ticket_count, tickets_last_90d, last_ticket_at, avg_satisfaction_score, satisfaction_responses, low_satisfaction_tickets, top_ticket_category, avg_resolution_hours, lifecycle_stage, churn_probability, purchase_propensity_30d, predicted_clv_amount, prediction_model_version, identifiers, source_records, source_count, profile_as_of_at
    from (
        with

cluster_stats as (
    select * from "warehouse"."main"."idn_cluster_stats"
),

deleted_persons as (
    select * from "warehouse"."main"."int_deleted_persons"
),

golden_records as (
    select * from "warehouse"."main"."int_customer_golden_records"
),

order_traits as (
    select * from "warehouse"."main"."int_orders_aggregated_to_persons"
),

engagement_traits as (
    select * from "warehouse"."main"."int_engagement_aggregated_to_persons"
),

conversion_traits as (
    select * from "warehouse"."main"."int_conversion_aggregated_to_persons"
),

email_traits as (
    select * from "warehouse"."main"."int_email_engagement_aggregated_to_persons"
),

lifecycle_stages as (
    select * from "warehouse"."main"."int_lifecycle_stages_assigned"
),

psychographics as (
    select * from "warehouse"."main"."int_psychographics_aggregated_to_persons"
),

service as (
    select * from "warehouse"."main"."int_support_tickets_aggregated_to_persons"
),

predictions as (
    select * from "warehouse"."main"."int_person_predictions"
),

category_affinities as (
    select * from "warehouse"."main"."int_category_affinities_scored"
),

clock as (
    select * from "warehouse"."main"."int_profile_as_of"
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
        list(category order by affinity_rank) as top_categories,
        list(affinity_score order by affinity_rank) as top_category_scores
    from category_affinities
    where affinity_rank <= 3
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
    ) as model_subq
    );
  