
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    code_key as unique_field,
    count(*) as n_records

from "warehouse"."main_reference"."gender_codes"
where code_key is not null
group by code_key
having count(*) > 1



  
  
      
    ) dbt_internal_test