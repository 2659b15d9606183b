
    
    



select contact_id
from "warehouse"."main"."stg_crm__contacts"
where contact_id is null


