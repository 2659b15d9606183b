with guards as (
    select id_type, id_value, owner_type from main.idn_identifier_guards where guard = 'recycled'
    and (id_type, id_value) in (select id_type, id_value from main.idn_identifier_epochs__scope))
select s.id_type as k, s.id_value as id_type, s.owner_value as id_value, min(s.observed_at) as other_type, 1 as other_value, 1 as f, 1 as l
from main.idn_owner_sightings as s
inner join guards on s.id_type = guards.id_type and s.id_value = guards.id_value and s.owner_type = guards.owner_type
group by 1, 2, 3
