
    
    



select source_file
from "warehouse"."main"."base_social__interactions"
where source_file is null


