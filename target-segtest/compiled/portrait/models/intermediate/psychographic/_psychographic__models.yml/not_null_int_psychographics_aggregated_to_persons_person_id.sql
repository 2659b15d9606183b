
    
    



select person_id
from "warehouse"."main"."int_psychographics_aggregated_to_persons"
where person_id is null


