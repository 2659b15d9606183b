
    
    



select last_seen_at
from "warehouse"."main"."int_engagement_aggregated_to_persons"
where last_seen_at is null


