{{ config(**person_scoped_config()) }}

{#- One row per person with any psychographic signal up to the profile clock: a survey response,
    a social interaction, or a category affinity strong enough to reveal an interest.
    Interests: what the person declared in their latest survey answer to the interests
    question; a person who never answered it gets the interests their behaviour reveals (top
    categories holding enough affinity, mapped by the category_interests seed). Declared
    interests win outright because behaviour mostly repeats them: on generated data adding
    behaviour to declared interests cut precision from 1.00 to 0.85 and found nothing new.
    Both lists stay available. Lifestyle, values and NPS: the latest response that answered
    each. -#}
with

record_persons as (
    select * from {{ records_in_person_scope(ref('idn_source_record_persons')) }}
),

surveys as (
    select * from {{ ref('stg_survey__responses') }}
    where {{ in_scoped_records('response_id', 'survey_responses') }}
),

interactions as (
    select * from {{ ref('stg_social__interactions') }}
    where {{ in_scoped_records('interaction_id', 'social_interactions') }}
),

comments as (
    select * from {{ ref('int_social_comments_scored') }}
    where {{ in_scoped_records('interaction_id', 'social_interactions') }}
),

affinities as (
    select * from {{ ref('int_category_affinities_scored') }}
    where {{ in_person_scope() }}
),

category_interests as (
    select * from {{ ref('category_interests') }}
),

nps_categories as (
    select * from {{ ref('nps_categories') }}
),

sentiment_labels as (
    select * from {{ ref('sentiment_labels') }}
),

clock as (
    select * from {{ ref('int_profile_as_of') }}
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
        {{ unnest_list(json_string_list('answer')) }} as item
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
        {{ sorted_set_agg("case when question = 'interests' then answer_item end") }}
            as declared_interests,
        {{ sorted_set_agg("case when question = 'values' then answer_item end") }}
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
        {{ sorted_set_agg('category_interests.interest') }} as inferred_interests
    from affinities
    inner join category_interests
        on affinities.category = category_interests.category
    where
        affinities.affinity_rank <= {{ var('portrait__affinity_top_n') }}
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
        record_persons.person_id,
        count(*) as social_comments,
        -- the scores have 4 decimals: as decimals the sum is exact, and the average does not
        -- depend on the order the comments are read in (a float sum does, in its last bit)
        cast(round(avg(cast(comments.sentiment_score as decimal(18, 4))), 4) as double)
            as avg_comment_sentiment
    from comments
    inner join record_persons
        on
        record_persons.source_name = 'social_interactions'
        and comments.interaction_id = record_persons.source_record_id
    cross join clock
    where
        record_persons.person_id is not null
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
