
    
    



select id_type
from "warehouse"."main"."idn_identifier_observations"
where id_type is null


