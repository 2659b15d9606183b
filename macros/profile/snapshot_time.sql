{#- Snapshots are dated by the profile clock (PORTRAIT_AS_OF, else the build time) rather than the
    wall clock, so that the trait history says when a profile changed in the data's own time.
    This overrides dbt's duckdb__snapshot_get_time for this project. -#}
{% macro duckdb__snapshot_get_time() -%}
    cast({{ portrait.profile_as_of_literal() }} as timestamp)
{%- endmacro %}
