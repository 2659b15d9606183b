

select
    person_id, cutoff_name,
    count(*) as duplicate_rows
from "warehouse"."main"."int_person_features_at_cutoffs"
group by person_id, cutoff_name
having count(*) > 1

