
    
    



select raw_record
from "warehouse"."main"."base_crm__contacts"
where raw_record is null


