
    
    



select source_file
from "warehouse"."main"."stg_support__tickets"
where source_file is null


