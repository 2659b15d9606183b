{#- SHA-256 of a text value as 64 lowercase hex characters. -#}
{% macro sha256_hex(expr) -%}
    {{ return(adapter.dispatch('sha256_hex', 'portrait')(expr)) }}
{%- endmacro %}

{% macro duckdb__sha256_hex(expr) -%}
    sha256({{ expr }})
{%- endmacro %}

{% macro default__sha256_hex(expr) -%}
    sha2({{ expr }}, 256)
{%- endmacro %}

{#- The body of an audience mart for one activation channel (consent_purposes.activation_channel):
    the members of every segment who hold both the consent the channel needs and the consent the
    segment needs, with the identifiers the channel can use hashed (SHA-256 of the normalized
    email, of the E.164 phone). A member without a usable identifier is left out. -#}
{% macro audience_members(channel, identifiers) -%}
with

memberships as (
    select * from {{ ref('fct_segment_memberships') }}
),

customers as (
    select * from {{ ref('dim_customers') }}
),

consents as (
    select * from {{ ref('dim_customer_consents') }}
),

channel_consents as (
    select * from consents
    where activation_channel = '{{ channel }}' and is_granted
),

eligible as (
    select
        memberships.segment_name,
        memberships.person_id,
        memberships.consent_purpose as segment_consent_purpose,
        channel_consents.purpose as channel_consent_purpose,
        memberships.evaluated_at,
        {{ 'customers.email' if 'email' in identifiers else 'cast(null as varchar)' }} as email,
        {{ 'customers.phone_e164' if 'phone' in identifiers else 'cast(null as varchar)' }}
            as phone_e164
    from memberships
    inner join channel_consents
        on memberships.person_id = channel_consents.person_id
    inner join customers
        on memberships.person_id = customers.person_id
    where memberships.has_required_consent
),

final as (
    select
        segment_name,
        person_id,
        {{ portrait.sha256_hex('email') }} as email_sha256,
        {{ portrait.sha256_hex('phone_e164') }} as phone_sha256,
        segment_consent_purpose,
        channel_consent_purpose,
        evaluated_at
    from eligible
    where email is not null or phone_e164 is not null
)

select * from final
{%- endmacro %}
