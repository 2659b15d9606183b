
    
    



select digital_events
from "warehouse"."main"."int_engagement_aggregated_to_persons"
where digital_events is null


