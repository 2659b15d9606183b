
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with child as (
    select id_type as from_field
    from (select * from "warehouse"."main_reference"."identifier_blocklist" where id_type != '*') dbt_subquery
    where id_type is not null
),

parent as (
    select id_type as to_field
    from "warehouse"."main_reference"."identifier_types"
)

select
    from_field

from child
left join parent
    on child.from_field = parent.to_field

where parent.to_field is null



  
  
      
    ) dbt_internal_test