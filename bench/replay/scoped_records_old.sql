select source_name as k, source_record_id as id_type, person_id as id_value, resolved_by_id_type as other_type, persons_on_record as other_value, loaded_at as f, 1 as l
from main.idn_source_record_persons
where person_id in (select person_id from main.int_affected_persons where loaded_at = (select max(loaded_at) from main.int_affected_persons))
