{#- The history of the profile traits listed in portrait__profile_history_traits, one version per
    person and period in which none of them changed (dbt check strategy, SCD type 2). A person
    who disappears by a merge has their last version closed; every version of a person who
    asked to be deleted is purged after each run (post-hook), so no history of them stays. Versions
    are dated by the profile clock (see macros/profile/snapshot_time.sql), so a rebuild as of a
    past day writes history for that day. fct_profile_changes reads it. -#}
{% snapshot snp_customer_traits %}
{%- set traits = var('portrait__profile_history_traits') -%}
{#- The column list is built here and joined into the select below: sqlfluff cannot lay out a
    for loop that ends a select list (sqlfluff issue 5371). -#}
{%- set trait_columns = [] -%}
{%- for trait in traits -%}
{%- do trait_columns.append('cast(' ~ trait ~ ' as varchar) as ' ~ trait) -%}
{%- endfor -%}
{{
    config(
        unique_key='person_id',
        strategy='check',
        check_cols=traits,
        hard_deletes='invalidate',
        schema='history',
        post_hook="delete from {{ this }} where person_id in "
            ~ "(select person_id from {{ ref('int_deleted_persons') }})",
    )
}}
-- depends_on: {{ ref('int_deleted_persons') }}

select
    person_id,
    {{ trait_columns | join(',\n    ') }}
from {{ ref('dim_customers') }}

{% endsnapshot %}
