
    
    



select emails_clicked
from "warehouse"."main"."int_email_engagement_aggregated_to_persons"
where emails_clicked is null


