
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with child as (
    select canonical_name as from_field
    from "warehouse"."main_reference"."region_aliases"
    where canonical_name is not null
),

parent as (
    select canonical_name as to_field
    from "warehouse"."main_reference"."regions"
)

select
    from_field

from child
left join parent
    on child.from_field = parent.to_field

where parent.to_field is null



  
  
      
    ) dbt_internal_test