
    
    



select source_name
from "warehouse"."main"."idn_identifier_observations"
where source_name is null


