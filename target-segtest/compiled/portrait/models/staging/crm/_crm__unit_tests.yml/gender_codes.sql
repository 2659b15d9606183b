
-- Fixture for gender_codes
select 
    
    cast('m' as character varying)
 as "code_key", 
    
    cast('male' as character varying)
 as "gender"
union all
select 
    
    cast('male' as character varying)
 as "code_key", 
    
    cast('male' as character varying)
 as "gender"
union all
select 
    
    cast('man' as character varying)
 as "code_key", 
    
    cast('male' as character varying)
 as "gender"
union all
select 
    
    cast('men' as character varying)
 as "code_key", 
    
    cast('male' as character varying)
 as "gender"
union all
select 
    
    cast('boy' as character varying)
 as "code_key", 
    
    cast('male' as character varying)
 as "gender"
union all
select 
    
    cast('mr' as character varying)
 as "code_key", 
    
    cast('male' as character varying)
 as "gender"
union all
select 
    
    cast('mr.' as character varying)
 as "code_key", 
    
    cast('male' as character varying)
 as "gender"
union all
select 
    
    cast('mister' as character varying)
 as "code_key", 
    
    cast('male' as character varying)
 as "gender"
union all
select 
    
    cast('sir' as character varying)
 as "code_key", 
    
    cast('male' as character varying)
 as "gender"
union all
select 
    
    cast('男' as character varying)
 as "code_key", 
    
    cast('male' as character varying)
 as "gender"
union all
select 
    
    cast('男性' as character varying)
 as "code_key", 
    
    cast('male' as character varying)
 as "gender"
union all
select 
    
    cast('男士' as character varying)
 as "code_key", 
    
    cast('male' as character varying)
 as "gender"
union all
select 
    
    cast('先生' as character varying)
 as "code_key", 
    
    cast('male' as character varying)
 as "gender"
union all
select 
    
    cast('1' as character varying)
 as "code_key", 
    
    cast('male' as character varying)
 as "gender"
union all
select 
    
    cast('f' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('female' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('woman' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('women' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('girl' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('ms' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('ms.' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('mrs' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('mrs.' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('miss' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('madam' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('女' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('女性' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('女士' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('小姐' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('太太' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('2' as character varying)
 as "code_key", 
    
    cast('female' as character varying)
 as "gender"
union all
select 
    
    cast('0' as character varying)
 as "code_key", 
    
    cast('' as character varying)
 as "gender"
union all
select 
    
    cast('9' as character varying)
 as "code_key", 
    
    cast('' as character varying)
 as "gender"
union all
select 
    
    cast('u' as character varying)
 as "code_key", 
    
    cast('' as character varying)
 as "gender"
union all
select 
    
    cast('unknown' as character varying)
 as "code_key", 
    
    cast('' as character varying)
 as "gender"
union all
select 
    
    cast('未知' as character varying)
 as "code_key", 
    
    cast('' as character varying)
 as "gender"
union all
select 
    
    cast('other' as character varying)
 as "code_key", 
    
    cast('' as character varying)
 as "gender"
union all
select 
    
    cast('其他' as character varying)
 as "code_key", 
    
    cast('' as character varying)
 as "gender"
union all
select 
    
    cast('保密' as character varying)
 as "code_key", 
    
    cast('' as character varying)
 as "gender"
union all
select 
    
    cast('n/a' as character varying)
 as "code_key", 
    
    cast('' as character varying)
 as "gender"