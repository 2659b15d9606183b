
    
    



select source_file
from "warehouse"."main"."base_support__tickets"
where source_file is null


