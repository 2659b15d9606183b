
    
    



select person_id
from "warehouse"."main"."int_customer_golden_records"
where person_id is null


