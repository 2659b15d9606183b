
    
    

select
    channel as unique_field,
    count(*) as n_records

from "warehouse"."main_reference"."order_account_types"
where channel is not null
group by channel
having count(*) > 1


