

select
    modifier, language,
    count(*) as duplicate_rows
from "warehouse"."main_reference"."sentiment_modifiers"
group by modifier, language
having count(*) > 1

