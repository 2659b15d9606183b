
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        source as value_field,
        count(*) as n_records

    from "warehouse"."main_reference"."survivorship_sources"
    group by source

)

select *
from all_values
where value_field not in (
    'crm_salesforce','crm_loyalty_app','crm_store_pos','crm_national_id','orders','web_events','wechat_followers','survey_responses','support_tickets'
)



  
  
      
    ) dbt_internal_test