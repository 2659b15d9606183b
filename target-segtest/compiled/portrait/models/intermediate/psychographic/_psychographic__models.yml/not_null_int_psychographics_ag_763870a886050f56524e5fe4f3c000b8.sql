
    
    



select social_interactions
from "warehouse"."main"."int_psychographics_aggregated_to_persons"
where social_interactions is null


