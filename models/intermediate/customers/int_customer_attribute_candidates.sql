{#- One row per observed value of a golden-record attribute: which person it belongs to, which
    source and record said it, and when. Empty and invalid values never become candidates (an
    email or phone that failed its check, an implausible birth date, an unknown gender). The
    survivorship rules in int_customer_attributes_survived choose among them.
    `source` is finer than the landing source where trust differs: each CRM system is its own
    source, and the birth date and gender read from a valid national id are `crm_national_id`.
    `quality_rank` orders candidates of one attribute by form, 0 best: for names, a name in Han
    characters (0) beats a Latin one (1), which beats a mixed one (2), so a Chinese customer's
    name is not replaced by its pinyin; every other attribute has 0. -#}
with

contacts as (
    select * from {{ ref('stg_crm__contacts') }}
),

orders as (
    select * from {{ ref('stg_commerce__orders') }}
),

messages as (
    select * from {{ ref('stg_segment__messages') }}
    where message_type = 'identify'
),

followers as (
    select * from {{ ref('stg_wechat__followers') }}
),

surveys as (
    select * from {{ ref('stg_survey__responses') }}
),

tickets as (
    select * from {{ ref('stg_support__tickets') }}
),

record_persons as (
    select * from {{ ref('idn_source_record_persons') }}
),

-- placeholder and shared contact points (13800000000, test@test.com) describe nobody
guarded_identifiers as (
    select * from {{ ref('idn_identifier_guards') }}
    where guard in ('blocked', 'shared')
),

contacts_named as (
    select
        *,
        'crm_' || source_system as source,
        coalesce(updated_at, created_at) as observed_at,
        coalesce(
            full_name,
            case
                when {{ name_script('last_name') }} = 'han' and {{ name_script('first_name') }} = 'han'
                    then last_name || first_name
                when
                    {{ name_script('last_name') }} = 'latin'
                    and {{ name_script('first_name') }} = 'latin'
                    then first_name || ' ' || last_name
            end
        ) as display_name
    from contacts
),

-- each source's attributes as (attribute, value) rows; invalid values are null and dropped below
contact_values as (
    select
        'crm_contacts' as source_name,
        contact_id as source_record_id,
        source,
        observed_at,
        attribute_values.attribute,
        attribute_values.value
    from contacts_named
    cross join lateral (
        values
        ('full_name', display_name),
        ('gender', gender),
        ('birth_date', case when is_birth_date_valid then cast(birth_date as varchar) end),
        ('email', case when is_email_valid then email end),
        ('phone_e164', case when is_phone_valid then phone_e164 end),
        ('country', country),
        ('province', province),
        ('city', city),
        ('postcode', postcode),
        ('address', address_line1)
    ) as attribute_values (attribute, value)
),

-- an id card number carries the birth date (digits 7-14) and the sex (17th digit odd: male)
national_id_values as (
    select
        'crm_contacts' as source_name,
        contact_id as source_record_id,
        'crm_national_id' as source,
        observed_at,
        attribute_values.attribute,
        attribute_values.value
    from contacts_named
    cross join lateral (
        values
        (
            'birth_date',
            substr(national_id, 7, 4)
            || '-' || substr(national_id, 11, 2)
            || '-' || substr(national_id, 13, 2)
        ),
        (
            'gender',
            case when cast(substr(national_id, 17, 1) as integer) % 2 = 1 then 'male' else 'female' end
        )
    ) as attribute_values (attribute, value)
    where national_id is not null
),

order_values as (
    select
        'orders' as source_name,
        order_id as source_record_id,
        'orders' as source,
        coalesce(updated_at, ordered_at) as observed_at,
        attribute_values.attribute,
        attribute_values.value
    from orders
    cross join lateral (
        values
        ('full_name', receiver_name),
        ('email', case when is_email_valid then email end),
        ('phone_e164', case when is_phone_valid then phone_e164 end),
        ('province', shipping_province),
        ('city', shipping_city)
    ) as attribute_values (attribute, value)
),

message_values as (
    select
        'web_events' as source_name,
        message_id as source_record_id,
        'web_events' as source,
        occurred_at as observed_at,
        attribute_values.attribute,
        attribute_values.value
    from messages
    cross join lateral (
        values
        ('full_name', trait_name),
        ('gender', trait_gender),
        (
            'birth_date',
            case
                when {{ is_plausible_birth_date('trait_birth_date') }}
                    then cast(trait_birth_date as varchar)
            end
        ),
        ('email', case when is_trait_email_valid then trait_email end),
        ('phone_e164', case when is_trait_phone_valid then trait_phone_e164 end),
        ('city', trait_city)
    ) as attribute_values (attribute, value)
),

follower_values as (
    select
        'wechat_followers' as source_name,
        follower_id as source_record_id,
        'wechat_followers' as source,
        coalesce(updated_at, subscribed_at) as observed_at,
        attribute_values.attribute,
        attribute_values.value
    from followers
    cross join lateral (
        values
        ('gender', gender),
        ('phone_e164', case when is_bound_mobile_valid then bound_mobile_e164 end),
        ('country', country),
        ('province', province),
        ('city', city)
    ) as attribute_values (attribute, value)
),

survey_values as (
    select
        'survey_responses' as source_name,
        response_id as source_record_id,
        'survey_responses' as source,
        submitted_at as observed_at,
        attribute_values.attribute,
        attribute_values.value
    from surveys
    cross join lateral (
        values
        ('email', case when {{ is_valid_email('respondent_email') }} then respondent_email end),
        ('phone_e164', respondent_phone_e164)
    ) as attribute_values (attribute, value)
),

ticket_values as (
    select
        'support_tickets' as source_name,
        ticket_id as source_record_id,
        'support_tickets' as source,
        opened_at as observed_at,
        attribute_values.attribute,
        attribute_values.value
    from tickets
    cross join lateral (
        values
        ('email', case when {{ is_valid_email('email') }} then email end),
        ('phone_e164', phone_e164)
    ) as attribute_values (attribute, value)
),

all_values as (
    select * from contact_values
    union all
    select * from national_id_values
    union all
    select * from order_values
    union all
    select * from message_values
    union all
    select * from follower_values
    union all
    select * from survey_values
    union all
    select * from ticket_values
),

candidates as (
    select
        record_persons.person_id,
        all_values.attribute,
        all_values.value,
        all_values.source,
        all_values.source_name,
        all_values.source_record_id,
        all_values.observed_at,
        case
            when all_values.attribute != 'full_name' then 0
            when {{ name_script('all_values.value') }} = 'han' then 0
            when {{ name_script('all_values.value') }} = 'latin' then 1
            else 2
        end as quality_rank
    from all_values
    inner join record_persons
        on all_values.source_name = record_persons.source_name
        and all_values.source_record_id = record_persons.source_record_id
    left join guarded_identifiers
        on all_values.value = guarded_identifiers.id_value
        and guarded_identifiers.id_type = case all_values.attribute
            when 'email' then 'email'
            when 'phone_e164' then 'phone'
        end
    where
        all_values.value is not null
        and guarded_identifiers.id_value is null
        and (all_values.attribute != 'gender' or all_values.value in ('female', 'male'))
),

final as (
    select * from candidates
)

select * from final
