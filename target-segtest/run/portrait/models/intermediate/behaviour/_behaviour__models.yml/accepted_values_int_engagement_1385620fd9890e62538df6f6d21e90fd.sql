
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        preferred_engagement_channel as value_field,
        count(*) as n_records

    from "warehouse"."main"."int_engagement_aggregated_to_persons"
    group by preferred_engagement_channel

)

select *
from all_values
where value_field not in (
    'web','app','miniprogram','tmall','jd','offline','email','wechat','weibo','douyin','survey','support'
)



  
  
      
    ) dbt_internal_test