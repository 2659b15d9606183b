
    
    



select active_events
from "warehouse"."main"."int_engagement_aggregated_to_persons"
where active_events is null


