
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    sentiment_label as unique_field,
    count(*) as n_records

from "warehouse"."main_reference"."sentiment_labels"
where sentiment_label is not null
group by sentiment_label
having count(*) > 1



  
  
      
    ) dbt_internal_test