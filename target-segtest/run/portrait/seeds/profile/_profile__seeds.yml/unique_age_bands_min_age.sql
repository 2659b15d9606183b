
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    min_age as unique_field,
    count(*) as n_records

from "warehouse"."main_reference"."age_bands"
where min_age is not null
group by min_age
having count(*) > 1



  
  
      
    ) dbt_internal_test