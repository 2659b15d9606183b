with scope as (select * from main.idn_identifier_guards__scope),
sightings as (
    select * from main.idn_owner_sightings
    where (id_type, id_value) in (select scope.id_type, scope.id_value from scope
        where scope.id_type in (select id_type from main_reference.identifier_types where strength = 'weak' or can_be_recycled))),
owner_types as (select id_type, max_per_person from main_reference.identifier_types where strength = 'strong' and max_per_person is not null),
weak as (
    select id_type, id_value, owner_type as other_type, owner_value as other_value from sightings
    where id_type in (select id_type from main_reference.identifier_types where strength = 'weak')
        and owner_type in (select id_type from owner_types)
    group by 1, 2, 3, 4),
rec as (
    select id_type, id_value, owner_type, owner_value, min(observed_at) as f, max(observed_at) as l from sightings
    where id_type in (select id_type from main_reference.identifier_types where can_be_recycled)
        and owner_type in (select id_type from owner_types where max_per_person = 1)
    group by 1, 2, 3, 4)
select * from (select 'w' as k, id_type, id_value, other_type, other_value, null as f, null as l from weak
union all select 'r', id_type, id_value, owner_type, owner_value, f, l from rec) as u
where (id_type, id_value) in (select id_type, id_value from scope)
