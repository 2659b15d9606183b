
    
    



select source_count
from "warehouse"."main"."dim_customers"
where source_count is null


