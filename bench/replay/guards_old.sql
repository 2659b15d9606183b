with scope as (select * from main.idn_identifier_guards__scope),
scope_records as (
    select distinct source_name, source_record_id from main.idn_identifier_observations
    where (id_type, id_value) in (select scope.id_type, scope.id_value from scope
        where scope.id_type in (select id_type from main_reference.identifier_types where strength = 'weak' or can_be_recycled))),
observations as (
    select source_name, source_record_id, id_type, id_value, observed_at from main.idn_identifier_observations
    where (source_name, source_record_id) in (select source_name, source_record_id from scope_records)),
owner_types as (select id_type, max_per_person from main_reference.identifier_types where strength = 'strong' and max_per_person is not null),
weak as (
    select subject.id_type, subject.id_value, other.id_type as other_type, other.id_value as other_value
    from observations as subject inner join observations as other
        on subject.source_name = other.source_name and subject.source_record_id = other.source_record_id
    where subject.id_type in (select id_type from main_reference.identifier_types where strength = 'weak')
        and other.id_type in (select id_type from owner_types)
    group by 1, 2, 3, 4),
rec as (
    select subject.id_type, subject.id_value, other.id_type as owner_type, other.id_value as owner_value,
        min(subject.observed_at) as f, max(subject.observed_at) as l
    from observations as subject inner join observations as other
        on subject.source_name = other.source_name and subject.source_record_id = other.source_record_id
        and subject.id_type != other.id_type
    where subject.id_type in (select id_type from main_reference.identifier_types where can_be_recycled)
        and other.id_type in (select id_type from owner_types where max_per_person = 1)
    group by 1, 2, 3, 4)
select * from (select 'w' as k, id_type, id_value, other_type, other_value, null as f, null as l from weak
union all select 'r', id_type, id_value, owner_type, owner_value, f, l from rec) as u
where (id_type, id_value) in (select id_type, id_value from scope)
