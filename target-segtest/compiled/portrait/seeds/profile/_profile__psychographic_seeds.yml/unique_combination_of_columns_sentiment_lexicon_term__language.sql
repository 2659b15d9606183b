

select
    term, language,
    count(*) as duplicate_rows
from "warehouse"."main_reference"."sentiment_lexicon"
group by term, language
having count(*) > 1

