{{ config(**person_scoped_config()) }}

{#- One row per person and golden-record attribute that has at least one valid candidate: the
    surviving value, where it came from and why it won. The rule per attribute is in the
    survivorship_rules seed:
      most_recent      the latest observation wins;
      most_frequent    the value seen on most records wins, ties to the latest;
      source_priority  the best-ranked source (survivorship_sources.priority) wins, ties to the
                       latest;
      earliest         the first observation wins.
    When an attribute lists sources in survivorship_sources, only those sources are eligible;
    with none listed, every source is. With prefer_quality, a candidate of better form
    (quality_rank) wins before the rule applies. With min_records above 1, a value seen on fewer
    records than that which is within portrait__survivorship_typo_edits edits of a value seen on
    more records is taken for a typo of it, and loses to every other value: one mistyped form
    cannot displace an address seen many times, but a genuinely new address seen once still can.
    A value from a source marked is_verified in survivorship_sources (the id card, whose check
    digit was validated) is never taken for a typo.
    Remaining ties go to the smallest value. -#}
with

candidates as (
    select * from {{ ref('int_customer_attribute_candidates') }}
    where {{ in_person_scope() }}
),

rules as (
    select * from {{ ref('survivorship_rules') }}
),

source_priorities as (
    select * from {{ ref('survivorship_sources') }}
),

restricted_attributes as (
    select distinct attribute from source_priorities
),

eligible as (
    select
        candidates.*,
        rules.rule,
        rules.prefer_quality,
        rules.min_records,
        coalesce(source_priorities.priority, 0) as source_rank,
        coalesce(source_priorities.is_verified, false) as is_verified
    from candidates
    inner join rules
        on candidates.attribute = rules.attribute
    left join source_priorities
        on candidates.attribute = source_priorities.attribute
        and candidates.source = source_priorities.source
    left join restricted_attributes
        on candidates.attribute = restricted_attributes.attribute
    where restricted_attributes.attribute is null or source_priorities.source is not null
),

-- counted by grouping and joined back, not by window functions: two windows over every
-- candidate sorted 32M rows by string keys at 1,000,000 persons (106 of the model's 230 CPU
-- seconds). person_id, attribute and value are never null (tested upstream), so the joins
-- match exactly the rows each window's partition held.
value_counts as (
    select
        person_id,
        attribute,
        value,
        count(*) as value_records,
        -- one rule per attribute
        min(min_records) as min_records
    from eligible
    group by 1, 2, 3
),

attribute_counts as (
    select
        person_id,
        attribute,
        cast(sum(value_records) as bigint) as candidate_records,
        count(*) as distinct_values
    from value_counts
    group by 1, 2
),

counted as (
    select
        eligible.*,
        value_counts.value_records,
        attribute_counts.candidate_records,
        attribute_counts.distinct_values
    from eligible
    inner join value_counts
        on eligible.person_id = value_counts.person_id
        and eligible.attribute = value_counts.attribute
        and eligible.value = value_counts.value
    inner join attribute_counts
        on eligible.person_id = attribute_counts.person_id
        and eligible.attribute = attribute_counts.attribute
),

suspected_typos as (
    select distinct
        rare.person_id,
        rare.attribute,
        rare.value
    from value_counts as rare
    inner join value_counts as common
        on rare.person_id = common.person_id
        and rare.attribute = common.attribute
        and rare.value != common.value
        and rare.value_records < common.value_records
    where
        rare.value_records < rare.min_records
        and {{ edit_distance('rare.value', 'common.value') }}
        <= {{ var('portrait__survivorship_typo_edits') }}
),

flagged as (
    select
        counted.*,
        suspected_typos.value is not null and not counted.is_verified as is_suspected_typo
    from counted
    left join suspected_typos
        on counted.person_id = suspected_typos.person_id
        and counted.attribute = suspected_typos.attribute
        and counted.value = suspected_typos.value
),

ranked as (
    select
        *,
        row_number() over (
            partition by person_id, attribute
            order by
                case when is_suspected_typo then 1 else 0 end asc,
                case when prefer_quality then quality_rank else 0 end asc,
                case when rule = 'source_priority' then source_rank else 0 end asc,
                case when rule = 'most_frequent' then value_records else 0 end desc,
                case when rule = 'earliest' then observed_at end asc nulls last,
                case when rule != 'earliest' then observed_at end desc nulls last,
                value asc,
                -- the same value from two records at the same instant: the first record by
                -- source and id, so every build names the same source
                source asc,
                source_name asc,
                source_record_id asc
        ) as survivor_rank
    from flagged
),

survivors as (
    select
        ranked.person_id,
        ranked.attribute,
        ranked.value,
        ranked.source,
        ranked.source_name,
        ranked.source_record_id,
        ranked.observed_at,
        ranked.rule,
        ranked.value_records,
        ranked.candidate_records,
        ranked.distinct_values,
        ranked.is_suspected_typo
    from ranked
    where ranked.survivor_rank = 1
),

final as (
    select * from survivors
)

select * from final
