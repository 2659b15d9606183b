
    
    

select
    age_band as unique_field,
    count(*) as n_records

from "warehouse"."main_reference"."age_bands"
where age_band is not null
group by age_band
having count(*) > 1


