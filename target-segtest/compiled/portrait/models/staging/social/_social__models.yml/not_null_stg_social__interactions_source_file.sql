
    
    



select source_file
from "warehouse"."main"."stg_social__interactions"
where source_file is null


