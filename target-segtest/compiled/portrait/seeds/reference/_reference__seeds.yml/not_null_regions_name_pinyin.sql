
    
    



select name_pinyin
from "warehouse"."main_reference"."regions"
where name_pinyin is null


