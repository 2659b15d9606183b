
    
    



select events_total
from "warehouse"."main"."int_engagement_aggregated_to_persons"
where events_total is null


