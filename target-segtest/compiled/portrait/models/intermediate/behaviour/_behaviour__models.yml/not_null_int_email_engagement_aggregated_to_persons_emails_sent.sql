
    
    



select emails_sent
from "warehouse"."main"."int_email_engagement_aggregated_to_persons"
where emails_sent is null


