
    
    



select source_file
from "warehouse"."main"."stg_esp__email_events"
where source_file is null


