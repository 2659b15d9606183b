
    
    



select source_file
from "warehouse"."main"."base_crm__contacts"
where source_file is null


