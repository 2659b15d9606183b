
    
    



select emails_opened
from "warehouse"."main"."int_email_engagement_aggregated_to_persons"
where emails_opened is null


