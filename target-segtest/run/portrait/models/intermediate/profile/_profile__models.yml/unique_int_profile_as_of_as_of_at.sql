
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    as_of_at as unique_field,
    count(*) as n_records

from "warehouse"."main"."int_profile_as_of"
where as_of_at is not null
group by as_of_at
having count(*) > 1



  
  
      
    ) dbt_internal_test