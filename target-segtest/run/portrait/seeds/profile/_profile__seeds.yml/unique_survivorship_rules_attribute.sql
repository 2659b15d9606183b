
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    attribute as unique_field,
    count(*) as n_records

from "warehouse"."main_reference"."survivorship_rules"
where attribute is not null
group by attribute
having count(*) > 1



  
  
      
    ) dbt_internal_test