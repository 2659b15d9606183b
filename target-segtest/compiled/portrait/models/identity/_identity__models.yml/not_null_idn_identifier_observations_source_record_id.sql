
    
    



select source_record_id
from "warehouse"."main"."idn_identifier_observations"
where source_record_id is null


