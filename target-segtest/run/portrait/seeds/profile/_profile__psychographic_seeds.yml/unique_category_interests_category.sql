
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    category as unique_field,
    count(*) as n_records

from "warehouse"."main_reference"."category_interests"
where category is not null
group by category
having count(*) > 1



  
  
      
    ) dbt_internal_test