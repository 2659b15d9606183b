
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    purpose as unique_field,
    count(*) as n_records

from "warehouse"."main_reference"."consent_purposes"
where purpose is not null
group by purpose
having count(*) > 1



  
  
      
    ) dbt_internal_test