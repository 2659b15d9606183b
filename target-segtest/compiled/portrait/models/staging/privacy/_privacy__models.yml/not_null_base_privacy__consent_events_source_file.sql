
    
    



select source_file
from "warehouse"."main"."base_privacy__consent_events"
where source_file is null


