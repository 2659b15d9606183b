

select
    person_id, category,
    count(*) as duplicate_rows
from "warehouse"."main"."int_category_affinities_scored"
group by person_id, category
having count(*) > 1

