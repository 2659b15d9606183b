
-- Fixture for regions
select 
    
    cast('440100' as character varying)
 as "region_code", 
    
    cast('city' as character varying)
 as "level", 
    
    cast('广州市' as character varying)
 as "canonical_name", 
    
    cast('广东省' as character varying)
 as "province_name", cast(null as character varying(256)) as "name_pinyin", cast(null as character varying(256)) as "name_en", 
    
    cast('1' as character varying)
 as "city_tier"
union all
select 
    
    cast('440000' as character varying)
 as "region_code", 
    
    cast('province' as character varying)
 as "level", 
    
    cast('广东省' as character varying)
 as "canonical_name", 
    
    cast(null as character varying(256))
 as "province_name", cast(null as character varying(256)) as "name_pinyin", cast(null as character varying(256)) as "name_en", 
    
    cast(null as character varying(256))
 as "city_tier"
union all
select 
    
    cast('330100' as character varying)
 as "region_code", 
    
    cast('city' as character varying)
 as "level", 
    
    cast('杭州市' as character varying)
 as "canonical_name", 
    
    cast('浙江省' as character varying)
 as "province_name", cast(null as character varying(256)) as "name_pinyin", cast(null as character varying(256)) as "name_en", 
    
    cast('new_1' as character varying)
 as "city_tier"