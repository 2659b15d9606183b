
    
    



select emails_reached
from "warehouse"."main"."int_email_engagement_aggregated_to_persons"
where emails_reached is null


