
    
    

select
    sentiment_label as unique_field,
    count(*) as n_records

from "warehouse"."main_reference"."sentiment_labels"
where sentiment_label is not null
group by sentiment_label
having count(*) > 1


