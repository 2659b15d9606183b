
    
    



select emails_bounced
from "warehouse"."main"."int_email_engagement_aggregated_to_persons"
where emails_bounced is null


