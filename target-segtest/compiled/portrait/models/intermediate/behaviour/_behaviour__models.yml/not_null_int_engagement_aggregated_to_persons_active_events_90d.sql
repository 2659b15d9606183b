
    
    



select active_events_90d
from "warehouse"."main"."int_engagement_aggregated_to_persons"
where active_events_90d is null


