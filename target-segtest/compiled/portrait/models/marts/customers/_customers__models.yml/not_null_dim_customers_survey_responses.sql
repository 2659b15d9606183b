
    
    



select survey_responses
from "warehouse"."main"."dim_customers"
where survey_responses is null


