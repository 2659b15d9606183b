
    
    

select
    signal as unique_field,
    count(*) as n_records

from "warehouse"."main_reference"."affinity_signals"
where signal is not null
group by signal
having count(*) > 1


