
    
    



select survey_responses
from "warehouse"."main"."int_psychographics_aggregated_to_persons"
where survey_responses is null


