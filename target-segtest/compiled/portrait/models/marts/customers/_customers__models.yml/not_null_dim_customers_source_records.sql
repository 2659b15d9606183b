
    
    



select source_records
from "warehouse"."main"."dim_customers"
where source_records is null


