
    
    



select person_id
from "warehouse"."main"."int_email_engagement_aggregated_to_persons"
where person_id is null


