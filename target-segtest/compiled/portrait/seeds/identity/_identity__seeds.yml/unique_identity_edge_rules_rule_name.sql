
    
    

select
    rule_name as unique_field,
    count(*) as n_records

from "warehouse"."main_reference"."identity_edge_rules"
where rule_name is not null
group by rule_name
having count(*) > 1


