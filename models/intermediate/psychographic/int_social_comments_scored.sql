{#- One row per social comment, with a lexicon-based sentiment score. It reads no identity (the
    person aggregates attach the comment's person), so new web events or orders leave it be.
    Lexicon terms (sentiment_lexicon) match Chinese text as substrings and English text as whole
    words; where matches overlap, the longest wins (so 差评 is not also 差, and a zero-polarity
    term like 差不多 shields the 差 inside it). A negator or intensifier (sentiment_modifiers)
    written right before a term multiplies its polarity, two deep: 很不满意, not very good. In a
    question (a question marker anywhere), praise counts zero: "is it good?" is not praise, but
    "why so slow?" is a complaint. The score is the mean of the clamped term scores; only the
    first occurrence of each term counts. -#}
with

interactions as (
    select * from {{ ref('stg_social__interactions') }}
),

lexicon as (
    select * from {{ ref('sentiment_lexicon') }}
),

modifiers as (
    select * from {{ ref('sentiment_modifiers') }}
),

labels as (
    select * from {{ ref('sentiment_labels') }}
),

comments as (
    select
        interactions.interaction_id,
        interactions.platform,
        interactions.occurred_at,
        interactions.comment_text,
        -- full-width letters and punctuation become ASCII, so ？ is ? and Ｇｏｏｄ is good
        lower({{ normalize_text('interactions.comment_text') }}) as normalized_text
    from interactions
    where
        interactions.interaction_type = 'comment'
        and interactions.comment_text is not null
),

-- each comment twice: its characters, where Chinese terms are looked up, and its padded
-- English words; `lead` is 1 where a pattern starts with the space before its word
comment_texts as (
    select
        interaction_id,
        'zh' as language,
        normalized_text as match_text,
        0 as lead
    from comments
    union all
    select
        interaction_id,
        'en' as language,
        {{ padded_words('normalized_text') }} as match_text,
        1 as lead
    from comments
),

term_patterns as (
    select
        term,
        language,
        cast(polarity as double) as polarity,
        case when language = 'en' then ' ' || lower(term) || ' ' else term end as pattern
    from lexicon
),

modifier_patterns as (
    select
        modifier,
        language,
        kind,
        cast(weight as double) as weight,
        case when language = 'en' then ' ' || lower(modifier) || ' ' else modifier end as pattern
    from modifiers
    where kind in ('negator', 'intensifier')
),

question_markers as (
    select
        modifier as marker,
        cast(weight as double) as weight
    from modifiers
    where kind = 'question'
),

term_matches as (
    select
        comment_texts.interaction_id,
        comment_texts.language,
        comment_texts.match_text,
        comment_texts.lead,
        term_patterns.term,
        term_patterns.polarity,
        {{ dbt.position('term_patterns.pattern', 'comment_texts.match_text') }}
        + comment_texts.lead as term_start,
        length(term_patterns.term) as term_length
    from comment_texts
    inner join term_patterns
        on comment_texts.language = term_patterns.language
    where {{ dbt.position('term_patterns.pattern', 'comment_texts.match_text') }} > 0
),

-- matches not inside a longer match of the comment: 差 in 差评 goes (好用 in 不好用 stays)
outermost_matches as (
    select term_matches.*
    from term_matches
    where not exists (
            select 1
            from term_matches as longer
            where
                longer.interaction_id = term_matches.interaction_id
                and longer.language = term_matches.language
                and longer.term_length > term_matches.term_length
                and longer.term_start <= term_matches.term_start
                and longer.term_start + longer.term_length
                >= term_matches.term_start + term_matches.term_length
        )
),

-- the modifier that ends right before the term; the longest when several do (没有, not 有)
first_modifiers as (
    select
        outermost_matches.*,
        modifier_patterns.modifier as first_modifier,
        modifier_patterns.kind as first_kind,
        modifier_patterns.weight as first_weight,
        outermost_matches.term_start
        - length(modifier_patterns.pattern)
        + outermost_matches.lead as first_start,
        row_number() over (
            partition by
                outermost_matches.interaction_id,
                outermost_matches.language,
                outermost_matches.term
            order by length(modifier_patterns.pattern) desc
        ) as modifier_rank
    from outermost_matches
    left join modifier_patterns
        on
        outermost_matches.language = modifier_patterns.language
        and outermost_matches.term_start - length(modifier_patterns.pattern) >= 1
        and substring(
            outermost_matches.match_text,
            outermost_matches.term_start - length(modifier_patterns.pattern),
            length(modifier_patterns.pattern)
        ) = modifier_patterns.pattern
),

-- the modifier that ends right before the first one: 很 in 很不满意, not in not very good
second_modifiers as (
    select
        first_modifiers.*,
        modifier_patterns.modifier as second_modifier,
        modifier_patterns.kind as second_kind,
        modifier_patterns.weight as second_weight,
        row_number() over (
            partition by
                first_modifiers.interaction_id,
                first_modifiers.language,
                first_modifiers.term
            order by length(modifier_patterns.pattern) desc
        ) as second_rank
    from first_modifiers
    left join modifier_patterns
        on
        first_modifiers.first_modifier is not null
        and first_modifiers.language = modifier_patterns.language
        and first_modifiers.first_start - length(modifier_patterns.pattern) >= 1
        and substring(
            first_modifiers.match_text,
            first_modifiers.first_start - length(modifier_patterns.pattern),
            length(modifier_patterns.pattern)
        ) = modifier_patterns.pattern
    where first_modifiers.modifier_rank = 1
),

questions as (
    select
        comments.interaction_id,
        min(question_markers.weight) as question_weight
    from comments
    inner join question_markers
        on {{ dbt.position('question_markers.marker', 'comments.normalized_text') }} > 0
    group by 1
),

term_scores as (
    select
        second_modifiers.interaction_id,
        -- Chinese matches first, then English, each in text order (the two texts differ)
        case
            when second_modifiers.language = 'zh' then 0 else 1000000
        end + second_modifiers.term_start as match_order,
        -- the match with its modifiers as written: 很不满意, not very good
        concat_ws(
            case when second_modifiers.language = 'en' then ' ' else '' end,
            second_modifiers.second_modifier,
            second_modifiers.first_modifier,
            second_modifiers.term
        ) as matched_phrase,
        second_modifiers.polarity
        * case
            -- not very good, 不太满意: the negation stands, the intensifier is dropped
            when
                second_modifiers.first_kind = 'intensifier'
                and second_modifiers.second_kind = 'negator'
                then second_modifiers.second_weight
            else coalesce(second_modifiers.first_weight, 1.0)
                * coalesce(second_modifiers.second_weight, 1.0)
        end
        * case
            when second_modifiers.polarity > 0 then coalesce(questions.question_weight, 1.0)
            else 1.0
        end as raw_score
    from second_modifiers
    left join questions
        on second_modifiers.interaction_id = questions.interaction_id
    where
        second_modifiers.second_rank = 1
        -- zero-polarity terms only shield the shorter terms inside them
        and second_modifiers.polarity <> 0
),

comment_scores as (
    select
        interaction_id,
        -- summed as decimals: exact, so the average does not depend on the order of the terms
        avg(cast(greatest(-1.0, least(1.0, raw_score)) as decimal(18, 9))) as sentiment_score,
        {{ ordered_list_agg('matched_phrase', 'match_order') }} as matched_terms
    from term_scores
    group by 1
),

scored as (
    select
        comments.interaction_id,
        comments.platform,
        comments.occurred_at,
        comments.comment_text,
        case
            when {{ has_cjk('comments.comment_text') }} then 'zh' else 'en'
        end as comment_language,
        cast(round(coalesce(comment_scores.sentiment_score, 0), 4) as double) as sentiment_score,
        comment_scores.matched_terms
    from comments
    left join comment_scores
        on comments.interaction_id = comment_scores.interaction_id
),

final as (
    select
        scored.interaction_id,
        scored.platform,
        scored.occurred_at,
        scored.comment_text,
        scored.comment_language,
        scored.sentiment_score,
        labels.sentiment_label,
        scored.matched_terms
    from scored
    left join labels
        on
        (labels.min_score is null or scored.sentiment_score >= labels.min_score)
        and (labels.max_score is null or scored.sentiment_score < labels.max_score)
)

select * from final
