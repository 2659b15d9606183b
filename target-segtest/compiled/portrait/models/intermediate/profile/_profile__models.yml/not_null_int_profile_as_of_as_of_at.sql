
    
    



select as_of_at
from "warehouse"."main"."int_profile_as_of"
where as_of_at is null


