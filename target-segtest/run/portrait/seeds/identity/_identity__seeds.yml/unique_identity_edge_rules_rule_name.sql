
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    rule_name as unique_field,
    count(*) as n_records

from "warehouse"."main_reference"."identity_edge_rules"
where rule_name is not null
group by rule_name
having count(*) > 1



  
  
      
    ) dbt_internal_test