
    
    



select active_days_30d
from "warehouse"."main"."int_engagement_aggregated_to_persons"
where active_days_30d is null


