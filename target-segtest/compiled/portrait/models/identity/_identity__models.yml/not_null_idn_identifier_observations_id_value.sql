
    
    



select id_value
from "warehouse"."main"."idn_identifier_observations"
where id_value is null


