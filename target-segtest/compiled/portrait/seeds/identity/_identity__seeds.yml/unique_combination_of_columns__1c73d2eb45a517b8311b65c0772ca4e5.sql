

select
    id_type, match_type, pattern,
    count(*) as duplicate_rows
from "warehouse"."main_reference"."identifier_blocklist"
group by id_type, match_type, pattern
having count(*) > 1

