{#- Every landing source with its base and staging models and the column that identifies its
    records. The quarantine model and rpt_load_audit iterate over this list, so a new source is
    accounted for by adding one line here. record_id must be the base model's `key`: the
    incremental quarantine model finds the rows of a key its base wrote again by it. -#}
{% macro landing_catalog() -%}
    {{ return([
        {'source_name': 'web_events', 'base': 'base_segment__messages',
         'staging': 'stg_segment__messages', 'record_id': 'message_id'},
        {'source_name': 'orders', 'base': 'base_commerce__orders',
         'staging': 'stg_commerce__orders', 'record_id': 'order_id'},
        {'source_name': 'order_items', 'base': 'base_commerce__order_items',
         'staging': 'stg_commerce__order_items', 'record_id': "order_id || '-' || cast(try_cast(line_number as integer) as varchar)"},
        {'source_name': 'crm_contacts', 'base': 'base_crm__contacts',
         'staging': 'stg_crm__contacts', 'record_id': 'contact_id'},
        {'source_name': 'email_events', 'base': 'base_esp__email_events',
         'staging': 'stg_esp__email_events', 'record_id': 'event_id'},
        {'source_name': 'wechat_followers', 'base': 'base_wechat__followers',
         'staging': 'stg_wechat__followers', 'record_id': "app_id || ':' || openid"},
        {'source_name': 'social_interactions', 'base': 'base_social__interactions',
         'staging': 'stg_social__interactions', 'record_id': 'interaction_id'},
        {'source_name': 'survey_responses', 'base': 'base_survey__responses',
         'staging': 'stg_survey__responses', 'record_id': 'response_id'},
        {'source_name': 'support_tickets', 'base': 'base_support__tickets',
         'staging': 'stg_support__tickets', 'record_id': 'ticket_id'},
        {'source_name': 'consent_events', 'base': 'base_privacy__consent_events',
         'staging': 'stg_privacy__consent_events', 'record_id': 'consent_event_id'},
        {'source_name': 'deletion_requests', 'base': 'base_privacy__deletion_requests',
         'staging': 'stg_privacy__deletion_requests', 'record_id': 'request_id'},
    ]) }}
{%- endmacro %}
