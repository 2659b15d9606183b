

select
    metric, score,
    count(*) as duplicate_rows
from "warehouse"."main_reference"."rfm_score_bands"
group by metric, score
having count(*) > 1

