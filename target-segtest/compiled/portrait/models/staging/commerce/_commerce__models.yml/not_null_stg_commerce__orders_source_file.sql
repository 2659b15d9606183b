
    
    



select source_file
from "warehouse"."main"."stg_commerce__orders"
where source_file is null


