
    
    



select source_file
from "warehouse"."main"."stg_privacy__consent_events"
where source_file is null


