
    

    create  table
      "warehouse"."main"."rpt_load_audit__dbt_tmp"
  
    
    as (
      with


web_events_counts as (
    select
        'web_events' as source_name,
        (select count(*) from "warehouse"."main"."base_segment__messages") as raw_rows,
        (select count(*) from "warehouse"."main"."stg_segment__messages") as staged_rows,
        (
            select count(*) from "warehouse"."main"."stg_landing__quarantined_rows"
            where source_name = 'web_events'
        ) as quarantined_rows,
        (select count(distinct source_file) from "warehouse"."main"."base_segment__messages") as files_read
),


orders_counts as (
    select
        'orders' as source_name,
        (select count(*) from "warehouse"."main"."base_commerce__orders") as raw_rows,
        (select count(*) from "warehouse"."main"."stg_commerce__orders") as staged_rows,
        (
            select count(*) from "warehouse"."main"."stg_landing__quarantined_rows"
            where source_name = 'orders'
        ) as quarantined_rows,
        (select count(distinct source_file) from "warehouse"."main"."base_commerce__orders") as files_read
),


order_items_counts as (
    select
        'order_items' as source_name,
        (select count(*) from "warehouse"."main"."base_commerce__order_items") as raw_rows,
        (select count(*) from "warehouse"."main"."stg_commerce__order_items") as staged_rows,
        (
            select count(*) from "warehouse"."main"."stg_landing__quarantined_rows"
            where source_name = 'order_items'
        ) as quarantined_rows,
        (select count(distinct source_file) from "warehouse"."main"."base_commerce__order_items") as files_read
),


crm_contacts_counts as (
    select
        'crm_contacts' as source_name,
        (select count(*) from "warehouse"."main"."base_crm__contacts") as raw_rows,
        (select count(*) from "warehouse"."main"."stg_crm__contacts") as staged_rows,
        (
            select count(*) from "warehouse"."main"."stg_landing__quarantined_rows"
            where source_name = 'crm_contacts'
        ) as quarantined_rows,
        (select count(distinct source_file) from "warehouse"."main"."base_crm__contacts") as files_read
),


email_events_counts as (
    select
        'email_events' as source_name,
        (select count(*) from "warehouse"."main"."base_esp__email_events") as raw_rows,
        (select count(*) from "warehouse"."main"."stg_esp__email_events") as staged_rows,
        (
            select count(*) from "warehouse"."main"."stg_landing__quarantined_rows"
            where source_name = 'email_events'
        ) as quarantined_rows,
        (select count(distinct source_file) from "warehouse"."main"."base_esp__email_events") as files_read
),


wechat_followers_counts as (
    select
        'wechat_followers' as source_name,
        (select count(*) from "warehouse"."main"."base_wechat__followers") as raw_rows,
        (select count(*) from "warehouse"."main"."stg_wechat__followers") as staged_rows,
        (
            select count(*) from "warehouse"."main"."stg_landing__quarantined_rows"
            where source_name = 'wechat_followers'
        ) as quarantined_rows,
        (select count(distinct source_file) from "warehouse"."main"."base_wechat__followers") as files_read
),


social_interactions_counts as (
    select
        'social_interactions' as source_name,
        (select count(*) from "warehouse"."main"."base_social__interactions") as raw_rows,
        (select count(*) from "warehouse"."main"."stg_social__interactions") as staged_rows,
        (
            select count(*) from "warehouse"."main"."stg_landing__quarantined_rows"
            where source_name = 'social_interactions'
        ) as quarantined_rows,
        (select count(distinct source_file) from "warehouse"."main"."base_social__interactions") as files_read
),


survey_responses_counts as (
    select
        'survey_responses' as source_name,
        (select count(*) from "warehouse"."main"."base_survey__responses") as raw_rows,
        (select count(*) from "warehouse"."main"."stg_survey__responses") as staged_rows,
        (
            select count(*) from "warehouse"."main"."stg_landing__quarantined_rows"
            where source_name = 'survey_responses'
        ) as quarantined_rows,
        (select count(distinct source_file) from "warehouse"."main"."base_survey__responses") as files_read
),


support_tickets_counts as (
    select
        'support_tickets' as source_name,
        (select count(*) from "warehouse"."main"."base_support__tickets") as raw_rows,
        (select count(*) from "warehouse"."main"."stg_support__tickets") as staged_rows,
        (
            select count(*) from "warehouse"."main"."stg_landing__quarantined_rows"
            where source_name = 'support_tickets'
        ) as quarantined_rows,
        (select count(distinct source_file) from "warehouse"."main"."base_support__tickets") as files_read
),


consent_events_counts as (
    select
        'consent_events' as source_name,
        (select count(*) from "warehouse"."main"."base_privacy__consent_events") as raw_rows,
        (select count(*) from "warehouse"."main"."stg_privacy__consent_events") as staged_rows,
        (
            select count(*) from "warehouse"."main"."stg_landing__quarantined_rows"
            where source_name = 'consent_events'
        ) as quarantined_rows,
        (select count(distinct source_file) from "warehouse"."main"."base_privacy__consent_events") as files_read
),


deletion_requests_counts as (
    select
        'deletion_requests' as source_name,
        (select count(*) from "warehouse"."main"."base_privacy__deletion_requests") as raw_rows,
        (select count(*) from "warehouse"."main"."stg_privacy__deletion_requests") as staged_rows,
        (
            select count(*) from "warehouse"."main"."stg_landing__quarantined_rows"
            where source_name = 'deletion_requests'
        ) as quarantined_rows,
        (select count(distinct source_file) from "warehouse"."main"."base_privacy__deletion_requests") as files_read
),


unioned as (
    select * from web_events_counts
    union all
    select * from orders_counts
    union all
    select * from order_items_counts
    union all
    select * from crm_contacts_counts
    union all
    select * from email_events_counts
    union all
    select * from wechat_followers_counts
    union all
    select * from social_interactions_counts
    union all
    select * from survey_responses_counts
    union all
    select * from support_tickets_counts
    union all
    select * from consent_events_counts
    union all
    select * from deletion_requests_counts
),

final as (
    select
        source_name,
        raw_rows,
        staged_rows,
        quarantined_rows,
        files_read,
        raw_rows = staged_rows + quarantined_rows as is_balanced
    from unioned
)

select * from final
    );
    
  