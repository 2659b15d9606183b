
    
    



select source_file
from "warehouse"."main"."base_survey__responses"
where source_file is null


