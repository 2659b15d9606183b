

select
    attribute, source,
    count(*) as duplicate_rows
from "warehouse"."main_reference"."survivorship_sources"
group by attribute, source
having count(*) > 1

