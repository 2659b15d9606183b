
    
    



select source_file
from "warehouse"."main"."stg_crm__contacts"
where source_file is null


