
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    signal as unique_field,
    count(*) as n_records

from "warehouse"."main_reference"."affinity_signals"
where signal is not null
group by signal
having count(*) > 1



  
  
      
    ) dbt_internal_test