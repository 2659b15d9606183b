
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    deletion_request_id as unique_field,
    count(*) as n_records

from "warehouse"."main"."stg_privacy__deletion_requests"
where deletion_request_id is not null
group by deletion_request_id
having count(*) > 1



  
  
      
    ) dbt_internal_test