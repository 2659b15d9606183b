
    
    



select active_days_90d
from "warehouse"."main"."int_engagement_aggregated_to_persons"
where active_days_90d is null


