
    
    



select social_comments
from "warehouse"."main"."int_psychographics_aggregated_to_persons"
where social_comments is null


