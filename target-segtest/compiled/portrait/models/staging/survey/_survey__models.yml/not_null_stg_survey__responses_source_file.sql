
    
    



select source_file
from "warehouse"."main"."stg_survey__responses"
where source_file is null


