with

 __dbt__cte__stg_survey__responses as (

-- Fixture for stg_survey__responses
select 
    
    cast('r1' as character varying)
 as "response_id", cast(null as character varying(256)) as "survey_id", cast(null as character varying(256)) as "respondent_email", cast(null as character varying(256)) as "respondent_phone_e164", cast(null as character varying(256)) as "respondent_member_id", 
    
    cast('2026-01-01 00:00:00' as TIMESTAMP)
 as "submitted_at", 
    
    cast('["Beauty","travel"]' as character varying)
 as "interests_json", 
    
    cast('student' as character varying)
 as "lifestyle", 
    
    cast('["price"]' as character varying)
 as "values_json", 
    
    cast(9 as INTEGER)
 as "nps_score", cast(null as character varying(256)) as "answers_json", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('r2' as character varying)
 as "response_id", cast(null as character varying(256)) as "survey_id", cast(null as character varying(256)) as "respondent_email", cast(null as character varying(256)) as "respondent_phone_e164", cast(null as character varying(256)) as "respondent_member_id", 
    
    cast('2026-06-01 00:00:00' as TIMESTAMP)
 as "submitted_at", 
    
    cast(null as character varying(256))
 as "interests_json", 
    
    cast(null as character varying(256))
 as "lifestyle", 
    
    cast(null as character varying(256))
 as "values_json", 
    
    cast(6 as INTEGER)
 as "nps_score", cast(null as character varying(256)) as "answers_json", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('r3' as character varying)
 as "response_id", cast(null as character varying(256)) as "survey_id", cast(null as character varying(256)) as "respondent_email", cast(null as character varying(256)) as "respondent_phone_e164", cast(null as character varying(256)) as "respondent_member_id", 
    
    cast('2026-12-01 00:00:00' as TIMESTAMP)
 as "submitted_at", 
    
    cast('["pets"]' as character varying)
 as "interests_json", 
    
    cast('homebody' as character varying)
 as "lifestyle", 
    
    cast('["brand"]' as character varying)
 as "values_json", 
    
    cast(10 as INTEGER)
 as "nps_score", cast(null as character varying(256)) as "answers_json", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('r4' as character varying)
 as "response_id", cast(null as character varying(256)) as "survey_id", cast(null as character varying(256)) as "respondent_email", cast(null as character varying(256)) as "respondent_phone_e164", cast(null as character varying(256)) as "respondent_member_id", 
    
    cast('2026-03-01 00:00:00' as TIMESTAMP)
 as "submitted_at", 
    
    cast(null as character varying(256))
 as "interests_json", 
    
    cast(null as character varying(256))
 as "lifestyle", 
    
    cast(null as character varying(256))
 as "values_json", 
    
    cast(8 as INTEGER)
 as "nps_score", cast(null as character varying(256)) as "answers_json", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('r5' as character varying)
 as "response_id", cast(null as character varying(256)) as "survey_id", cast(null as character varying(256)) as "respondent_email", cast(null as character varying(256)) as "respondent_phone_e164", cast(null as character varying(256)) as "respondent_member_id", 
    
    cast('2026-03-01 00:00:00' as TIMESTAMP)
 as "submitted_at", 
    
    cast('["food"]' as character varying)
 as "interests_json", 
    
    cast('student' as character varying)
 as "lifestyle", 
    
    cast(null as character varying(256))
 as "values_json", 
    
    cast(7 as INTEGER)
 as "nps_score", cast(null as character varying(256)) as "answers_json", cast(null as character varying(256)) as "source_file"
),  __dbt__cte__stg_social__interactions as (

-- Fixture for stg_social__interactions
select 
    
    cast('s1' as character varying)
 as "interaction_id", 
    
    cast('weibo' as character varying)
 as "platform", cast(null as character varying(256)) as "platform_user_id", cast(null as character varying(256)) as "app_id", cast(null as character varying(256)) as "interaction_type", cast(null as character varying(256)) as "content_id", cast(null as character varying(256)) as "comment_text", 
    
    cast('2026-02-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('s2' as character varying)
 as "interaction_id", 
    
    cast('douyin' as character varying)
 as "platform", cast(null as character varying(256)) as "platform_user_id", cast(null as character varying(256)) as "app_id", cast(null as character varying(256)) as "interaction_type", cast(null as character varying(256)) as "content_id", cast(null as character varying(256)) as "comment_text", 
    
    cast('2026-03-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('s3' as character varying)
 as "interaction_id", 
    
    cast('weibo' as character varying)
 as "platform", cast(null as character varying(256)) as "platform_user_id", cast(null as character varying(256)) as "app_id", cast(null as character varying(256)) as "interaction_type", cast(null as character varying(256)) as "content_id", cast(null as character varying(256)) as "comment_text", 
    
    cast('2026-12-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('s4' as character varying)
 as "interaction_id", 
    
    cast('wechat' as character varying)
 as "platform", cast(null as character varying(256)) as "platform_user_id", cast(null as character varying(256)) as "app_id", cast(null as character varying(256)) as "interaction_type", cast(null as character varying(256)) as "content_id", cast(null as character varying(256)) as "comment_text", 
    
    cast('2026-04-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "source_file"
),  __dbt__cte__int_social_comments_scored as (

-- Fixture for int_social_comments_scored
select 
    
    cast('s2' as character varying)
 as "interaction_id", 
    
    cast('p_3' as character varying)
 as "person_id", cast(null as character varying(256)) as "platform", 
    
    cast('2026-03-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "comment_text", cast(null as character varying(256)) as "comment_language", 
    
    cast(-0.6 as DOUBLE)
 as "sentiment_score", cast(null as character varying(256)) as "sentiment_label", cast(null as VARCHAR[]) as "matched_terms"
union all
select 
    
    cast('s3' as character varying)
 as "interaction_id", 
    
    cast('p_3' as character varying)
 as "person_id", cast(null as character varying(256)) as "platform", 
    
    cast('2026-12-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "comment_text", cast(null as character varying(256)) as "comment_language", 
    
    cast(0.9 as DOUBLE)
 as "sentiment_score", cast(null as character varying(256)) as "sentiment_label", cast(null as VARCHAR[]) as "matched_terms"
union all
select 
    
    cast('s4' as character varying)
 as "interaction_id", 
    
    cast(null as character varying(256))
 as "person_id", cast(null as character varying(256)) as "platform", 
    
    cast('2026-04-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "comment_text", cast(null as character varying(256)) as "comment_language", 
    
    cast(0.9 as DOUBLE)
 as "sentiment_score", cast(null as character varying(256)) as "sentiment_label", cast(null as VARCHAR[]) as "matched_terms"
),  __dbt__cte__idn_source_record_persons as (

-- Fixture for idn_source_record_persons
select 
    
    cast('survey_responses' as character varying)
 as "source_name", 
    
    cast('r1' as character varying)
 as "source_record_id", 
    
    cast('p_1' as character varying)
 as "person_id", cast(null as character varying(256)) as "resolved_by_id_type", cast(null as BIGINT) as "persons_on_record"
union all
select 
    
    cast('survey_responses' as character varying)
 as "source_name", 
    
    cast('r2' as character varying)
 as "source_record_id", 
    
    cast('p_1' as character varying)
 as "person_id", cast(null as character varying(256)) as "resolved_by_id_type", cast(null as BIGINT) as "persons_on_record"
union all
select 
    
    cast('survey_responses' as character varying)
 as "source_name", 
    
    cast('r3' as character varying)
 as "source_record_id", 
    
    cast('p_1' as character varying)
 as "person_id", cast(null as character varying(256)) as "resolved_by_id_type", cast(null as BIGINT) as "persons_on_record"
union all
select 
    
    cast('survey_responses' as character varying)
 as "source_name", 
    
    cast('r4' as character varying)
 as "source_record_id", 
    
    cast('p_2' as character varying)
 as "person_id", cast(null as character varying(256)) as "resolved_by_id_type", cast(null as BIGINT) as "persons_on_record"
union all
select 
    
    cast('survey_responses' as character varying)
 as "source_name", 
    
    cast('r5' as character varying)
 as "source_record_id", 
    
    cast(null as character varying(256))
 as "person_id", cast(null as character varying(256)) as "resolved_by_id_type", cast(null as BIGINT) as "persons_on_record"
union all
select 
    
    cast('social_interactions' as character varying)
 as "source_name", 
    
    cast('s1' as character varying)
 as "source_record_id", 
    
    cast('p_3' as character varying)
 as "person_id", cast(null as character varying(256)) as "resolved_by_id_type", cast(null as BIGINT) as "persons_on_record"
union all
select 
    
    cast('social_interactions' as character varying)
 as "source_name", 
    
    cast('s2' as character varying)
 as "source_record_id", 
    
    cast('p_3' as character varying)
 as "person_id", cast(null as character varying(256)) as "resolved_by_id_type", cast(null as BIGINT) as "persons_on_record"
union all
select 
    
    cast('social_interactions' as character varying)
 as "source_name", 
    
    cast('s3' as character varying)
 as "source_record_id", 
    
    cast('p_3' as character varying)
 as "person_id", cast(null as character varying(256)) as "resolved_by_id_type", cast(null as BIGINT) as "persons_on_record"
),  __dbt__cte__int_category_affinities_scored as (

-- Fixture for int_category_affinities_scored
select 
    
    cast('p_1' as character varying)
 as "person_id", 
    
    cast('Pets' as character varying)
 as "category", cast(null as DOUBLE) as "affinity_score", 
    
    cast(0.9 as DOUBLE)
 as "affinity_share", 
    
    cast(1 as BIGINT)
 as "affinity_rank", cast(null as BIGINT) as "purchase_lines", cast(null as BIGINT) as "cart_adds", cast(null as BIGINT) as "product_views", cast(null as TIMESTAMP) as "last_interaction_at"
union all
select 
    
    cast('p_2' as character varying)
 as "person_id", 
    
    cast('Food' as character varying)
 as "category", cast(null as DOUBLE) as "affinity_score", 
    
    cast(0.35 as DOUBLE)
 as "affinity_share", 
    
    cast(1 as BIGINT)
 as "affinity_rank", cast(null as BIGINT) as "purchase_lines", cast(null as BIGINT) as "cart_adds", cast(null as BIGINT) as "product_views", cast(null as TIMESTAMP) as "last_interaction_at"
union all
select 
    
    cast('p_2' as character varying)
 as "person_id", 
    
    cast('Baby' as character varying)
 as "category", cast(null as DOUBLE) as "affinity_score", 
    
    cast(0.3 as DOUBLE)
 as "affinity_share", 
    
    cast(2 as BIGINT)
 as "affinity_rank", cast(null as BIGINT) as "purchase_lines", cast(null as BIGINT) as "cart_adds", cast(null as BIGINT) as "product_views", cast(null as TIMESTAMP) as "last_interaction_at"
union all
select 
    
    cast('p_2' as character varying)
 as "person_id", 
    
    cast('Luxury' as character varying)
 as "category", cast(null as DOUBLE) as "affinity_score", 
    
    cast(0.05 as DOUBLE)
 as "affinity_share", 
    
    cast(3 as BIGINT)
 as "affinity_rank", cast(null as BIGINT) as "purchase_lines", cast(null as BIGINT) as "cart_adds", cast(null as BIGINT) as "product_views", cast(null as TIMESTAMP) as "last_interaction_at"
union all
select 
    
    cast('p_2' as character varying)
 as "person_id", 
    
    cast('Home' as character varying)
 as "category", cast(null as DOUBLE) as "affinity_score", 
    
    cast(0.2 as DOUBLE)
 as "affinity_share", 
    
    cast(4 as BIGINT)
 as "affinity_rank", cast(null as BIGINT) as "purchase_lines", cast(null as BIGINT) as "cart_adds", cast(null as BIGINT) as "product_views", cast(null as TIMESTAMP) as "last_interaction_at"
union all
select 
    
    cast('p_4' as character varying)
 as "person_id", 
    
    cast('Toys' as character varying)
 as "category", cast(null as DOUBLE) as "affinity_score", 
    
    cast(1.0 as DOUBLE)
 as "affinity_share", 
    
    cast(1 as BIGINT)
 as "affinity_rank", cast(null as BIGINT) as "purchase_lines", cast(null as BIGINT) as "cart_adds", cast(null as BIGINT) as "product_views", cast(null as TIMESTAMP) as "last_interaction_at"
),  __dbt__cte__category_interests as (

-- Fixture for category_interests
select 
    
    cast('Beauty' as character varying)
 as "category", 
    
    cast('beauty' as character varying)
 as "interest", 
    
    cast('0.1' as DOUBLE)
 as "min_affinity_share", 
    
    cast('Skincare and makeup' as character varying)
 as "description"
union all
select 
    
    cast('Sports' as character varying)
 as "category", 
    
    cast('fitness' as character varying)
 as "interest", 
    
    cast('0.1' as DOUBLE)
 as "min_affinity_share", 
    
    cast('Fitness gear and sports apparel' as character varying)
 as "description"
union all
select 
    
    cast('Travel' as character varying)
 as "category", 
    
    cast('travel' as character varying)
 as "interest", 
    
    cast('0.1' as DOUBLE)
 as "min_affinity_share", 
    
    cast('Luggage and travel accessories' as character varying)
 as "description"
union all
select 
    
    cast('Electronics' as character varying)
 as "category", 
    
    cast('tech' as character varying)
 as "interest", 
    
    cast('0.1' as DOUBLE)
 as "min_affinity_share", 
    
    cast('Audio and wearables' as character varying)
 as "description"
union all
select 
    
    cast('Home' as character varying)
 as "category", 
    
    cast('home' as character varying)
 as "interest", 
    
    cast('0.1' as DOUBLE)
 as "min_affinity_share", 
    
    cast('Kitchen and bedding' as character varying)
 as "description"
union all
select 
    
    cast('Fashion' as character varying)
 as "category", 
    
    cast('fashion' as character varying)
 as "interest", 
    
    cast('0.1' as DOUBLE)
 as "min_affinity_share", 
    
    cast('Women''s, men''s clothing and bags' as character varying)
 as "description"
union all
select 
    
    cast('Food' as character varying)
 as "category", 
    
    cast('food' as character varying)
 as "interest", 
    
    cast('0.1' as DOUBLE)
 as "min_affinity_share", 
    
    cast('Snacks and drinks' as character varying)
 as "description"
union all
select 
    
    cast('Baby' as character varying)
 as "category", 
    
    cast('parenting' as character varying)
 as "interest", 
    
    cast('0.1' as DOUBLE)
 as "min_affinity_share", 
    
    cast('Baby care and toys' as character varying)
 as "description"
union all
select 
    
    cast('Gaming' as character varying)
 as "category", 
    
    cast('gaming' as character varying)
 as "interest", 
    
    cast('0.1' as DOUBLE)
 as "min_affinity_share", 
    
    cast('Consoles and gaming accessories' as character varying)
 as "description"
union all
select 
    
    cast('Outdoor' as character varying)
 as "category", 
    
    cast('outdoor' as character varying)
 as "interest", 
    
    cast('0.1' as DOUBLE)
 as "min_affinity_share", 
    
    cast('Camping and hiking' as character varying)
 as "description"
union all
select 
    
    cast('Luxury' as character varying)
 as "category", 
    
    cast('luxury' as character varying)
 as "interest", 
    
    cast('0.1' as DOUBLE)
 as "min_affinity_share", 
    
    cast('Watches and jewelry' as character varying)
 as "description"
union all
select 
    
    cast('Pets' as character varying)
 as "category", 
    
    cast('pets' as character varying)
 as "interest", 
    
    cast('0.1' as DOUBLE)
 as "min_affinity_share", 
    
    cast('Pet food and supplies' as character varying)
 as "description"
),  __dbt__cte__nps_categories as (

-- Fixture for nps_categories
select 
    
    cast('detractor' as character varying)
 as "nps_category", 
    
    cast(0 as INTEGER)
 as "min_score", 
    
    cast(7 as INTEGER)
 as "max_score", cast(null as character varying(256)) as "description"
union all
select 
    
    cast('passive' as character varying)
 as "nps_category", 
    
    cast(7 as INTEGER)
 as "min_score", 
    
    cast(9 as INTEGER)
 as "max_score", cast(null as character varying(256)) as "description"
union all
select 
    
    cast('promoter' as character varying)
 as "nps_category", 
    
    cast(9 as INTEGER)
 as "min_score", 
    
    cast(null as INTEGER)
 as "max_score", cast(null as character varying(256)) as "description"
),  __dbt__cte__sentiment_labels as (

-- Fixture for sentiment_labels
select 
    
    cast('neutral' as character varying)
 as "sentiment_label", 
    
    cast(-0.25 as DOUBLE)
 as "min_score", 
    
    cast(0.25 as DOUBLE)
 as "max_score", cast(null as character varying(256)) as "description"
union all
select 
    
    cast('negative' as character varying)
 as "sentiment_label", 
    
    cast(null as DOUBLE)
 as "min_score", 
    
    cast(-0.25 as DOUBLE)
 as "max_score", cast(null as character varying(256)) as "description"
union all
select 
    
    cast('positive' as character varying)
 as "sentiment_label", 
    
    cast(0.25 as DOUBLE)
 as "min_score", 
    
    cast(null as DOUBLE)
 as "max_score", cast(null as character varying(256)) as "description"
),  __dbt__cte__int_profile_as_of as (

-- Fixture for int_profile_as_of
select 
    
    cast('2026-11-01 00:00:00' as TIMESTAMP)
 as "as_of_at"
), surveys as (
    select * from __dbt__cte__stg_survey__responses
),

interactions as (
    select * from __dbt__cte__stg_social__interactions
),

comments as (
    select * from __dbt__cte__int_social_comments_scored
),

record_persons as (
    select * from __dbt__cte__idn_source_record_persons
),

affinities as (
    select * from __dbt__cte__int_category_affinities_scored
),

category_interests as (
    select * from __dbt__cte__category_interests
),

nps_categories as (
    select * from __dbt__cte__nps_categories
),

sentiment_labels as (
    select * from __dbt__cte__sentiment_labels
),

clock as (
    select * from __dbt__cte__int_profile_as_of
),

survey_answers as (
    select
        record_persons.person_id,
        surveys.response_id,
        surveys.submitted_at,
        surveys.interests_json,
        surveys.lifestyle,
        surveys.values_json,
        surveys.nps_score
    from surveys
    inner join record_persons
        on
        record_persons.source_name = 'survey_responses'
        and surveys.response_id = record_persons.source_record_id
    cross join clock
    where
        record_persons.person_id is not null
        and surveys.submitted_at <= clock.as_of_at
),

survey_counts as (
    select
        person_id,
        count(*) as survey_responses,
        max(submitted_at) as last_survey_at
    from survey_answers
    group by 1
),

-- one row per person, question and response that answered it
answers_unpivoted as (
    select
        person_id,
        response_id,
        submitted_at,
        'interests' as question,
        interests_json as answer
    from survey_answers
    where interests_json is not null
    union all
    select
        person_id,
        response_id,
        submitted_at,
        'lifestyle' as question,
        lifestyle as answer
    from survey_answers
    where lifestyle is not null
    union all
    select
        person_id,
        response_id,
        submitted_at,
        'values' as question,
        values_json as answer
    from survey_answers
    where values_json is not null
    union all
    select
        person_id,
        response_id,
        submitted_at,
        'nps' as question,
        cast(nps_score as varchar) as answer
    from survey_answers
    where nps_score is not null
),

answers_ranked as (
    select
        person_id,
        question,
        answer,
        submitted_at,
        row_number() over (
            partition by person_id, question
            order by submitted_at desc, response_id desc
        ) as answer_rank
    from answers_unpivoted
),

latest_answers as (
    select
        person_id,
        question,
        answer,
        submitted_at
    from answers_ranked
    where answer_rank = 1
),

-- the items of the latest list answers, one row each
list_answer_items as (
    select
        person_id,
        question,
        unnest(from_json(answer, '["VARCHAR"]')) as item
    from latest_answers
    where question in ('interests', 'values')
),

list_answer_items_cleaned as (
    select
        person_id,
        question,
        nullif(lower(trim(item)), '') as answer_item
    from list_answer_items
),

declared_lists as (
    select
        person_id,
        list_sort(list(distinct case when question = 'interests' then answer_item end) filter (where case when question = 'interests' then answer_item end is not null))
            as declared_interests,
        list_sort(list(distinct case when question = 'values' then answer_item end) filter (where case when question = 'values' then answer_item end is not null))
            as survey_values
    from list_answer_items_cleaned
    group by 1
),

survey_traits as (
    select
        person_id,
        max(case when question = 'lifestyle' then answer end) as lifestyle,
        max(case when question = 'nps' then cast(answer as integer) end) as latest_nps_score
    from latest_answers
    group by 1
),

behaviour_interests as (
    select
        affinities.person_id,
        list_sort(list(distinct category_interests.interest) filter (where category_interests.interest is not null)) as inferred_interests
    from affinities
    inner join category_interests
        on affinities.category = category_interests.category
    where
        affinities.affinity_rank <= 3
        and affinities.affinity_share >= category_interests.min_affinity_share
    group by 1
),

social_events as (
    select
        record_persons.person_id,
        interactions.interaction_id,
        interactions.platform,
        interactions.occurred_at
    from interactions
    inner join record_persons
        on
        record_persons.source_name = 'social_interactions'
        and interactions.interaction_id = record_persons.source_record_id
    cross join clock
    where
        record_persons.person_id is not null
        and interactions.occurred_at <= clock.as_of_at
),

social_counts as (
    select
        person_id,
        count(*) as social_interactions,
        max(occurred_at) as last_social_at
    from social_events
    group by 1
),

-- the platform with most interactions; ties go to the one used last, then by name
platform_ranks as (
    select
        person_id,
        platform,
        row_number() over (
            partition by person_id
            order by count(*) desc, max(occurred_at) desc, platform
        ) as platform_rank
    from social_events
    group by 1, 2
),

comment_sentiment as (
    select
        comments.person_id,
        count(*) as social_comments,
        cast(round(avg(comments.sentiment_score), 4) as double) as avg_comment_sentiment
    from comments
    cross join clock
    where
        comments.person_id is not null
        and comments.occurred_at <= clock.as_of_at
    group by 1
),

persons as (
    select person_id from survey_counts
    union
    select person_id from behaviour_interests
    union
    select person_id from social_counts
),

joined as (
    select
        persons.person_id,
        coalesce(declared_lists.declared_interests, behaviour_interests.inferred_interests)
            as interests,
        case
            when declared_lists.declared_interests is not null then 'survey'
            when behaviour_interests.inferred_interests is not null then 'behaviour'
        end as interests_source,
        declared_lists.declared_interests,
        behaviour_interests.inferred_interests,
        survey_traits.lifestyle,
        declared_lists.survey_values as values,
        coalesce(survey_counts.survey_responses, 0) as survey_responses,
        survey_counts.last_survey_at,
        survey_traits.latest_nps_score,
        coalesce(social_counts.social_interactions, 0) as social_interactions,
        coalesce(comment_sentiment.social_comments, 0) as social_comments,
        comment_sentiment.avg_comment_sentiment,
        social_counts.last_social_at,
        platform_ranks.platform as preferred_social_platform
    from persons
    left join survey_counts
        on persons.person_id = survey_counts.person_id
    left join survey_traits
        on persons.person_id = survey_traits.person_id
    left join declared_lists
        on persons.person_id = declared_lists.person_id
    left join behaviour_interests
        on persons.person_id = behaviour_interests.person_id
    left join social_counts
        on persons.person_id = social_counts.person_id
    left join comment_sentiment
        on persons.person_id = comment_sentiment.person_id
    left join platform_ranks
        on
        persons.person_id = platform_ranks.person_id
        and platform_ranks.platform_rank = 1
),

final as (
    select
        joined.person_id,
        joined.interests,
        joined.interests_source,
        joined.declared_interests,
        joined.inferred_interests,
        joined.lifestyle,
        joined.values,
        joined.survey_responses,
        joined.last_survey_at,
        joined.latest_nps_score,
        nps_categories.nps_category,
        joined.social_interactions,
        joined.social_comments,
        joined.avg_comment_sentiment,
        sentiment_labels.sentiment_label as social_sentiment_label,
        joined.last_social_at,
        joined.preferred_social_platform
    from joined
    left join nps_categories
        on
        joined.latest_nps_score >= nps_categories.min_score
        and (
            nps_categories.max_score is null
            or joined.latest_nps_score < nps_categories.max_score
        )
    left join sentiment_labels
        on
        (
            sentiment_labels.min_score is null
            or joined.avg_comment_sentiment >= sentiment_labels.min_score
        )
        and (
            sentiment_labels.max_score is null
            or joined.avg_comment_sentiment < sentiment_labels.max_score
        )
)

select * from final