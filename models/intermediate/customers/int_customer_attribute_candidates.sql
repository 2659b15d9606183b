{{ config(**person_scoped_config()) }}
{{ config(meta={'cluster_by': ['person_id']}) }}

{#- One row per observed value of a golden-record attribute: which person it belongs to, which
    source and record said it, and when. Empty and invalid values never become candidates (an
    email or phone that failed its check, an implausible birth date, an unknown gender). The
    survivorship rules in int_customer_attributes_survived choose among them.
    `source` is finer than the landing source where trust differs: each CRM system is its own
    source, and the birth date and gender read from a valid national id are `crm_national_id`.
    A CRM city outside mainland China, which the region seeds do not cover, is kept as written.
    `quality_rank` orders candidates of one attribute by form, 0 best: for names, a name in Han
    characters (0) beats a Latin one (1), which beats a mixed one (2), so a Chinese customer's
    name is not replaced by its pinyin; every other attribute has 0. -#}
with

record_persons as (
    select * from {{ records_in_person_scope(ref('idn_source_record_persons')) }}
),

contacts as (
    select * from {{ ref('stg_crm__contacts') }}
    where {{ in_scoped_records('contact_id', 'crm_contacts') }}
),

orders as (
    select * from {{ ref('stg_commerce__orders') }}
    where {{ in_scoped_records('order_id', 'orders') }}
),

messages as (
    select * from {{ ref('stg_segment__messages') }}
    where
        message_type = 'identify'
        and {{ in_scoped_records('message_id', 'web_events') }}
),

followers as (
    select * from {{ ref('stg_wechat__followers') }}
    where {{ in_scoped_records('follower_id', 'wechat_followers') }}
),

surveys as (
    select * from {{ ref('stg_survey__responses') }}
    where {{ in_scoped_records('response_id', 'survey_responses') }}
),

tickets as (
    select * from {{ ref('stg_support__tickets') }}
    where {{ in_scoped_records('ticket_id', 'support_tickets') }}
),

-- placeholder and shared contact points (13800000000, test@test.com) describe nobody
guarded_identifiers as (
    select * from {{ ref('idn_identifier_guards') }}
    where guard in ('blocked', 'shared')
),

-- the scripts of the name parts, each part normalized once, a step per CTE (script_of_name)
contact_name_texts as (
    select
        *,
        {{ normalize_text('last_name') }} as last_name_text,
        {{ normalize_text('first_name') }} as first_name_text
    from contacts
),

contact_names as (
    select
        *,
        {{ name_of_text('last_name_text') }} as last_name_normalized,
        {{ name_of_text('first_name_text') }} as first_name_normalized
    from contact_name_texts
),

contact_name_scripts as (
    select
        *,
        {{ script_of_name('last_name_normalized') }} as last_name_script,
        {{ script_of_name('first_name_normalized') }} as first_name_script
    from contact_names
),

contacts_named as (
    select
        * exclude (
            last_name_text, first_name_text, last_name_normalized, first_name_normalized,
            last_name_script, first_name_script
        ),
        'crm_' || source_system as source,
        coalesce(updated_at, created_at) as observed_at,
        coalesce(
            full_name,
            case
                when last_name_script = 'han' and first_name_script = 'han'
                    then last_name || first_name
                when last_name_script = 'latin' and first_name_script = 'latin'
                    then first_name || ' ' || last_name
            end
        ) as display_name
    from contact_name_scripts
),

-- each source's attributes as (attribute, value) rows; invalid values are null and dropped below
contact_values as (
    select
        'crm_contacts' as source_name,
        contacts_named.contact_id as source_record_id,
        contacts_named.source,
        contacts_named.observed_at,
        attribute_values.attribute,
        attribute_values.value
    from contacts_named
    cross join lateral (
        values
        ('full_name', contacts_named.display_name),
        ('gender', contacts_named.gender),
        (
            'birth_date',
            case
                when contacts_named.is_birth_date_valid
                    then cast(contacts_named.birth_date as varchar)
            end
        ),
        ('email', case when contacts_named.is_email_valid then contacts_named.email end),
        (
            'phone_e164',
            case when contacts_named.is_phone_valid then contacts_named.phone_e164 end
        ),
        ('country', contacts_named.country),
        ('province', contacts_named.province),
        (
            'city',
            -- the city seeds cover mainland China; abroad, the city as written is kept
            coalesce(
                contacts_named.city,
                case
                    when contacts_named.country != 'CN'
                        then {{ normalize_text('contacts_named.city_raw') }}
                end
            )
        ),
        ('postcode', contacts_named.postcode),
        ('address', contacts_named.address_line1)
    ) as attribute_values (attribute, value)
),

contacts_with_national_id as (
    select * from contacts_named
    where national_id is not null
),

-- an id card number carries the birth date (digits 7-14) and the sex (17th digit odd: male)
national_id_values as (
    select
        'crm_contacts' as source_name,
        contacts_with_national_id.contact_id as source_record_id,
        'crm_national_id' as source,
        contacts_with_national_id.observed_at,
        attribute_values.attribute,
        attribute_values.value
    from contacts_with_national_id
    cross join lateral (
        values
        (
            'birth_date',
            substr(contacts_with_national_id.national_id, 7, 4)
            || '-' || substr(contacts_with_national_id.national_id, 11, 2)
            || '-' || substr(contacts_with_national_id.national_id, 13, 2)
        ),
        (
            'gender',
            case
                when cast(substr(contacts_with_national_id.national_id, 17, 1) as integer) % 2 = 1
                    then 'male'
                else 'female'
            end
        )
    ) as attribute_values (attribute, value)
),

order_values as (
    select
        'orders' as source_name,
        orders.order_id as source_record_id,
        'orders' as source,
        coalesce(orders.updated_at, orders.ordered_at) as observed_at,
        attribute_values.attribute,
        attribute_values.value
    from orders
    cross join lateral (
        values
        ('full_name', orders.receiver_name),
        ('email', case when orders.is_email_valid then orders.email end),
        ('phone_e164', case when orders.is_phone_valid then orders.phone_e164 end),
        ('province', orders.shipping_province),
        ('city', orders.shipping_city)
    ) as attribute_values (attribute, value)
),

message_values as (
    select
        'web_events' as source_name,
        messages.message_id as source_record_id,
        'web_events' as source,
        messages.occurred_at as observed_at,
        attribute_values.attribute,
        attribute_values.value
    from messages
    cross join lateral (
        values
        ('full_name', messages.trait_name),
        ('gender', messages.trait_gender),
        (
            'birth_date',
            case
                when {{ is_plausible_birth_date('messages.trait_birth_date') }}
                    then cast(messages.trait_birth_date as varchar)
            end
        ),
        ('email', case when messages.is_trait_email_valid then messages.trait_email end),
        (
            'phone_e164',
            case when messages.is_trait_phone_valid then messages.trait_phone_e164 end
        ),
        ('city', messages.trait_city)
    ) as attribute_values (attribute, value)
),

follower_values as (
    select
        'wechat_followers' as source_name,
        followers.follower_id as source_record_id,
        'wechat_followers' as source,
        coalesce(followers.updated_at, followers.subscribed_at) as observed_at,
        attribute_values.attribute,
        attribute_values.value
    from followers
    cross join lateral (
        values
        ('gender', followers.gender),
        (
            'phone_e164',
            case when followers.is_bound_mobile_valid then followers.bound_mobile_e164 end
        ),
        ('country', followers.country),
        ('province', followers.province),
        ('city', followers.city)
    ) as attribute_values (attribute, value)
),

survey_values as (
    select
        'survey_responses' as source_name,
        surveys.response_id as source_record_id,
        'survey_responses' as source,
        surveys.submitted_at as observed_at,
        attribute_values.attribute,
        attribute_values.value
    from surveys
    cross join lateral (
        values
        (
            'email',
            case
                when {{ is_valid_email('surveys.respondent_email') }}
                    then surveys.respondent_email
            end
        ),
        ('phone_e164', surveys.respondent_phone_e164)
    ) as attribute_values (attribute, value)
),

ticket_values as (
    select
        'support_tickets' as source_name,
        tickets.ticket_id as source_record_id,
        'support_tickets' as source,
        tickets.opened_at as observed_at,
        attribute_values.attribute,
        attribute_values.value
    from tickets
    cross join lateral (
        values
        ('email', case when {{ is_valid_email('tickets.email') }} then tickets.email end),
        ('phone_e164', tickets.phone_e164)
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

-- a full name is normalized once, a step per CTE, before its script is read (script_of_name)
name_texts as (
    select
        *,
        case when attribute = 'full_name' then {{ normalize_text('value') }} end as name_text
    from all_values
),

names_normalized as (
    select
        *,
        {{ name_of_text('name_text') }} as name_normalized
    from name_texts
),

named_values as (
    select
        * exclude (name_text, name_normalized),
        {{ script_of_name('name_normalized') }} as name_script
    from names_normalized
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
            when all_values.name_script = 'han' then 0
            when all_values.name_script = 'latin' then 1
            else 2
        end as quality_rank
    from named_values as all_values
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
{{ clustered_by(not person_scope_is_incremental()) }}
