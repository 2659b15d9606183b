
    
    



select active_events_30d
from "warehouse"."main"."int_engagement_aggregated_to_persons"
where active_events_30d is null


