
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    level || ':' || alias_key as unique_field,
    count(*) as n_records

from "warehouse"."main_reference"."region_aliases"
where level || ':' || alias_key is not null
group by level || ':' || alias_key
having count(*) > 1



  
  
      
    ) dbt_internal_test