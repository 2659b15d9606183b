

select
    person_id, trait, changed_at,
    count(*) as duplicate_rows
from "warehouse"."main"."fct_profile_changes"
group by person_id, trait, changed_at
having count(*) > 1

