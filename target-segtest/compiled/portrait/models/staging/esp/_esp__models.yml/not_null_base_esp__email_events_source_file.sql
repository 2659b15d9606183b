
    
    



select source_file
from "warehouse"."main"."base_esp__email_events"
where source_file is null


