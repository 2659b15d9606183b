
-- Fixture for region_aliases
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('shanghai' as character varying)
 as "alias_key", 
    
    cast('上海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('shanghaicity' as character varying)
 as "alias_key", 
    
    cast('上海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('shanghaiprovince' as character varying)
 as "alias_key", 
    
    cast('上海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('shanghaisheng' as character varying)
 as "alias_key", 
    
    cast('上海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('shanghaishi' as character varying)
 as "alias_key", 
    
    cast('上海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('上海' as character varying)
 as "alias_key", 
    
    cast('上海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('上海市' as character varying)
 as "alias_key", 
    
    cast('上海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('yunnan' as character varying)
 as "alias_key", 
    
    cast('云南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('yunnanprovince' as character varying)
 as "alias_key", 
    
    cast('云南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('yunnansheng' as character varying)
 as "alias_key", 
    
    cast('云南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('云南' as character varying)
 as "alias_key", 
    
    cast('云南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('云南省' as character varying)
 as "alias_key", 
    
    cast('云南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('innermongolia' as character varying)
 as "alias_key", 
    
    cast('内蒙古自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('innermongoliaautonomousregion' as character varying)
 as "alias_key", 
    
    cast('内蒙古自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('innermongoliaprovince' as character varying)
 as "alias_key", 
    
    cast('内蒙古自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('innermongoliasheng' as character varying)
 as "alias_key", 
    
    cast('内蒙古自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('neimenggu' as character varying)
 as "alias_key", 
    
    cast('内蒙古自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('neimengguprovince' as character varying)
 as "alias_key", 
    
    cast('内蒙古自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('neimenggusheng' as character varying)
 as "alias_key", 
    
    cast('内蒙古自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('neimengguzizhiqu' as character varying)
 as "alias_key", 
    
    cast('内蒙古自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('neimongol' as character varying)
 as "alias_key", 
    
    cast('内蒙古自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('neimongolprovince' as character varying)
 as "alias_key", 
    
    cast('内蒙古自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('neimongolsheng' as character varying)
 as "alias_key", 
    
    cast('内蒙古自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('内蒙古' as character varying)
 as "alias_key", 
    
    cast('内蒙古自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('内蒙古自治区' as character varying)
 as "alias_key", 
    
    cast('内蒙古自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('beijing' as character varying)
 as "alias_key", 
    
    cast('北京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('beijingcity' as character varying)
 as "alias_key", 
    
    cast('北京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('beijingprovince' as character varying)
 as "alias_key", 
    
    cast('北京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('beijingsheng' as character varying)
 as "alias_key", 
    
    cast('北京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('beijingshi' as character varying)
 as "alias_key", 
    
    cast('北京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('北京' as character varying)
 as "alias_key", 
    
    cast('北京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('北京市' as character varying)
 as "alias_key", 
    
    cast('北京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('taiwan' as character varying)
 as "alias_key", 
    
    cast('台湾省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('taiwanprovince' as character varying)
 as "alias_key", 
    
    cast('台湾省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('taiwansheng' as character varying)
 as "alias_key", 
    
    cast('台湾省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('台湾' as character varying)
 as "alias_key", 
    
    cast('台湾省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('台湾省' as character varying)
 as "alias_key", 
    
    cast('台湾省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('jilin' as character varying)
 as "alias_key", 
    
    cast('吉林省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('jilinprovince' as character varying)
 as "alias_key", 
    
    cast('吉林省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('jilinsheng' as character varying)
 as "alias_key", 
    
    cast('吉林省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('吉林' as character varying)
 as "alias_key", 
    
    cast('吉林省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('吉林省' as character varying)
 as "alias_key", 
    
    cast('吉林省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('sichuan' as character varying)
 as "alias_key", 
    
    cast('四川省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('sichuanprovince' as character varying)
 as "alias_key", 
    
    cast('四川省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('sichuansheng' as character varying)
 as "alias_key", 
    
    cast('四川省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('四川' as character varying)
 as "alias_key", 
    
    cast('四川省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('四川省' as character varying)
 as "alias_key", 
    
    cast('四川省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('tianjin' as character varying)
 as "alias_key", 
    
    cast('天津市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('tianjincity' as character varying)
 as "alias_key", 
    
    cast('天津市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('tianjinprovince' as character varying)
 as "alias_key", 
    
    cast('天津市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('tianjinsheng' as character varying)
 as "alias_key", 
    
    cast('天津市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('tianjinshi' as character varying)
 as "alias_key", 
    
    cast('天津市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('天津' as character varying)
 as "alias_key", 
    
    cast('天津市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('天津市' as character varying)
 as "alias_key", 
    
    cast('天津市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('ningxia' as character varying)
 as "alias_key", 
    
    cast('宁夏回族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('ningxiaautonomousregion' as character varying)
 as "alias_key", 
    
    cast('宁夏回族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('ningxiaprovince' as character varying)
 as "alias_key", 
    
    cast('宁夏回族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('ningxiasheng' as character varying)
 as "alias_key", 
    
    cast('宁夏回族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('ningxiazizhiqu' as character varying)
 as "alias_key", 
    
    cast('宁夏回族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('宁夏' as character varying)
 as "alias_key", 
    
    cast('宁夏回族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('宁夏回族' as character varying)
 as "alias_key", 
    
    cast('宁夏回族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('宁夏回族province' as character varying)
 as "alias_key", 
    
    cast('宁夏回族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('宁夏回族sheng' as character varying)
 as "alias_key", 
    
    cast('宁夏回族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('宁夏回族自治区' as character varying)
 as "alias_key", 
    
    cast('宁夏回族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('anhui' as character varying)
 as "alias_key", 
    
    cast('安徽省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('anhuiprovince' as character varying)
 as "alias_key", 
    
    cast('安徽省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('anhuisheng' as character varying)
 as "alias_key", 
    
    cast('安徽省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('安徽' as character varying)
 as "alias_key", 
    
    cast('安徽省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('安徽省' as character varying)
 as "alias_key", 
    
    cast('安徽省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('shandong' as character varying)
 as "alias_key", 
    
    cast('山东省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('shandongprovince' as character varying)
 as "alias_key", 
    
    cast('山东省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('shandongsheng' as character varying)
 as "alias_key", 
    
    cast('山东省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('山东' as character varying)
 as "alias_key", 
    
    cast('山东省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('山东省' as character varying)
 as "alias_key", 
    
    cast('山东省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('shanxi' as character varying)
 as "alias_key", 
    
    cast('山西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('shanxiprovince' as character varying)
 as "alias_key", 
    
    cast('山西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('shanxisheng' as character varying)
 as "alias_key", 
    
    cast('山西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('山西' as character varying)
 as "alias_key", 
    
    cast('山西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('山西省' as character varying)
 as "alias_key", 
    
    cast('山西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('guangdong' as character varying)
 as "alias_key", 
    
    cast('广东省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('guangdongprovince' as character varying)
 as "alias_key", 
    
    cast('广东省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('guangdongsheng' as character varying)
 as "alias_key", 
    
    cast('广东省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('广东' as character varying)
 as "alias_key", 
    
    cast('广东省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('广东省' as character varying)
 as "alias_key", 
    
    cast('广东省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('guangxi' as character varying)
 as "alias_key", 
    
    cast('广西壮族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('guangxiautonomousregion' as character varying)
 as "alias_key", 
    
    cast('广西壮族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('guangxiprovince' as character varying)
 as "alias_key", 
    
    cast('广西壮族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('guangxisheng' as character varying)
 as "alias_key", 
    
    cast('广西壮族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('guangxizizhiqu' as character varying)
 as "alias_key", 
    
    cast('广西壮族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('广西' as character varying)
 as "alias_key", 
    
    cast('广西壮族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('广西壮族' as character varying)
 as "alias_key", 
    
    cast('广西壮族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('广西壮族province' as character varying)
 as "alias_key", 
    
    cast('广西壮族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('广西壮族sheng' as character varying)
 as "alias_key", 
    
    cast('广西壮族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('广西壮族自治区' as character varying)
 as "alias_key", 
    
    cast('广西壮族自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('xinjiang' as character varying)
 as "alias_key", 
    
    cast('新疆维吾尔自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('xinjiangautonomousregion' as character varying)
 as "alias_key", 
    
    cast('新疆维吾尔自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('xinjiangprovince' as character varying)
 as "alias_key", 
    
    cast('新疆维吾尔自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('xinjiangsheng' as character varying)
 as "alias_key", 
    
    cast('新疆维吾尔自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('xinjiangzizhiqu' as character varying)
 as "alias_key", 
    
    cast('新疆维吾尔自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('新疆' as character varying)
 as "alias_key", 
    
    cast('新疆维吾尔自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('新疆维吾尔' as character varying)
 as "alias_key", 
    
    cast('新疆维吾尔自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('新疆维吾尔province' as character varying)
 as "alias_key", 
    
    cast('新疆维吾尔自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('新疆维吾尔sheng' as character varying)
 as "alias_key", 
    
    cast('新疆维吾尔自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('新疆维吾尔自治区' as character varying)
 as "alias_key", 
    
    cast('新疆维吾尔自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('jiangsu' as character varying)
 as "alias_key", 
    
    cast('江苏省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('jiangsuprovince' as character varying)
 as "alias_key", 
    
    cast('江苏省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('jiangsusheng' as character varying)
 as "alias_key", 
    
    cast('江苏省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('江苏' as character varying)
 as "alias_key", 
    
    cast('江苏省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('江苏省' as character varying)
 as "alias_key", 
    
    cast('江苏省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('jiangxi' as character varying)
 as "alias_key", 
    
    cast('江西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('jiangxiprovince' as character varying)
 as "alias_key", 
    
    cast('江西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('jiangxisheng' as character varying)
 as "alias_key", 
    
    cast('江西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('江西' as character varying)
 as "alias_key", 
    
    cast('江西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('江西省' as character varying)
 as "alias_key", 
    
    cast('江西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hebei' as character varying)
 as "alias_key", 
    
    cast('河北省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hebeiprovince' as character varying)
 as "alias_key", 
    
    cast('河北省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hebeisheng' as character varying)
 as "alias_key", 
    
    cast('河北省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('河北' as character varying)
 as "alias_key", 
    
    cast('河北省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('河北省' as character varying)
 as "alias_key", 
    
    cast('河北省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('henan' as character varying)
 as "alias_key", 
    
    cast('河南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('henanprovince' as character varying)
 as "alias_key", 
    
    cast('河南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('henansheng' as character varying)
 as "alias_key", 
    
    cast('河南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('河南' as character varying)
 as "alias_key", 
    
    cast('河南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('河南省' as character varying)
 as "alias_key", 
    
    cast('河南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('zhejiang' as character varying)
 as "alias_key", 
    
    cast('浙江省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('zhejiangprovince' as character varying)
 as "alias_key", 
    
    cast('浙江省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('zhejiangsheng' as character varying)
 as "alias_key", 
    
    cast('浙江省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('浙江' as character varying)
 as "alias_key", 
    
    cast('浙江省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('浙江省' as character varying)
 as "alias_key", 
    
    cast('浙江省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hainan' as character varying)
 as "alias_key", 
    
    cast('海南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hainanprovince' as character varying)
 as "alias_key", 
    
    cast('海南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hainansheng' as character varying)
 as "alias_key", 
    
    cast('海南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('海南' as character varying)
 as "alias_key", 
    
    cast('海南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('海南省' as character varying)
 as "alias_key", 
    
    cast('海南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hubei' as character varying)
 as "alias_key", 
    
    cast('湖北省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hubeiprovince' as character varying)
 as "alias_key", 
    
    cast('湖北省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hubeisheng' as character varying)
 as "alias_key", 
    
    cast('湖北省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('湖北' as character varying)
 as "alias_key", 
    
    cast('湖北省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('湖北省' as character varying)
 as "alias_key", 
    
    cast('湖北省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hunan' as character varying)
 as "alias_key", 
    
    cast('湖南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hunanprovince' as character varying)
 as "alias_key", 
    
    cast('湖南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hunansheng' as character varying)
 as "alias_key", 
    
    cast('湖南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('湖南' as character varying)
 as "alias_key", 
    
    cast('湖南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('湖南省' as character varying)
 as "alias_key", 
    
    cast('湖南省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('aomen' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('aomenprovince' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('aomensheng' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('macao' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('macaoprovince' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('macaosar' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('macaosheng' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('macau' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('macauprovince' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('macausheng' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('mo' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('moprovince' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('mosheng' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('澳门' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('澳门特别行政区' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('澳门特区' as character varying)
 as "alias_key", 
    
    cast('澳门特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('gansu' as character varying)
 as "alias_key", 
    
    cast('甘肃省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('gansuprovince' as character varying)
 as "alias_key", 
    
    cast('甘肃省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('gansusheng' as character varying)
 as "alias_key", 
    
    cast('甘肃省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('甘肃' as character varying)
 as "alias_key", 
    
    cast('甘肃省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('甘肃省' as character varying)
 as "alias_key", 
    
    cast('甘肃省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('fujian' as character varying)
 as "alias_key", 
    
    cast('福建省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('fujianprovince' as character varying)
 as "alias_key", 
    
    cast('福建省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('fujiansheng' as character varying)
 as "alias_key", 
    
    cast('福建省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('福建' as character varying)
 as "alias_key", 
    
    cast('福建省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('福建省' as character varying)
 as "alias_key", 
    
    cast('福建省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('tibet' as character varying)
 as "alias_key", 
    
    cast('西藏自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('tibetautonomousregion' as character varying)
 as "alias_key", 
    
    cast('西藏自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('tibetprovince' as character varying)
 as "alias_key", 
    
    cast('西藏自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('tibetsheng' as character varying)
 as "alias_key", 
    
    cast('西藏自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('xizang' as character varying)
 as "alias_key", 
    
    cast('西藏自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('xizangprovince' as character varying)
 as "alias_key", 
    
    cast('西藏自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('xizangsheng' as character varying)
 as "alias_key", 
    
    cast('西藏自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('xizangzizhiqu' as character varying)
 as "alias_key", 
    
    cast('西藏自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('西藏' as character varying)
 as "alias_key", 
    
    cast('西藏自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('西藏自治区' as character varying)
 as "alias_key", 
    
    cast('西藏自治区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('guizhou' as character varying)
 as "alias_key", 
    
    cast('贵州省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('guizhouprovince' as character varying)
 as "alias_key", 
    
    cast('贵州省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('guizhousheng' as character varying)
 as "alias_key", 
    
    cast('贵州省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('贵州' as character varying)
 as "alias_key", 
    
    cast('贵州省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('贵州省' as character varying)
 as "alias_key", 
    
    cast('贵州省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('liaoning' as character varying)
 as "alias_key", 
    
    cast('辽宁省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('liaoningprovince' as character varying)
 as "alias_key", 
    
    cast('辽宁省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('liaoningsheng' as character varying)
 as "alias_key", 
    
    cast('辽宁省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('辽宁' as character varying)
 as "alias_key", 
    
    cast('辽宁省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('辽宁省' as character varying)
 as "alias_key", 
    
    cast('辽宁省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('chongqing' as character varying)
 as "alias_key", 
    
    cast('重庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('chongqingcity' as character varying)
 as "alias_key", 
    
    cast('重庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('chongqingprovince' as character varying)
 as "alias_key", 
    
    cast('重庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('chongqingsheng' as character varying)
 as "alias_key", 
    
    cast('重庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('chongqingshi' as character varying)
 as "alias_key", 
    
    cast('重庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('重庆' as character varying)
 as "alias_key", 
    
    cast('重庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('重庆市' as character varying)
 as "alias_key", 
    
    cast('重庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('shaanxi' as character varying)
 as "alias_key", 
    
    cast('陕西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('shaanxiprovince' as character varying)
 as "alias_key", 
    
    cast('陕西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('shaanxisheng' as character varying)
 as "alias_key", 
    
    cast('陕西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('陕西' as character varying)
 as "alias_key", 
    
    cast('陕西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('陕西省' as character varying)
 as "alias_key", 
    
    cast('陕西省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('qinghai' as character varying)
 as "alias_key", 
    
    cast('青海省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('qinghaiprovince' as character varying)
 as "alias_key", 
    
    cast('青海省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('qinghaisheng' as character varying)
 as "alias_key", 
    
    cast('青海省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('青海' as character varying)
 as "alias_key", 
    
    cast('青海省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('青海省' as character varying)
 as "alias_key", 
    
    cast('青海省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hk' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hkprovince' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hksar' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hksarprovince' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hksarsheng' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hksheng' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hongkong' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hongkongprovince' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hongkongsar' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('hongkongsheng' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('xianggang' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('xianggangprovince' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('xianggangsheng' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('香港' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('香港特别行政区' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('香港特区' as character varying)
 as "alias_key", 
    
    cast('香港特别行政区' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('heilongjiang' as character varying)
 as "alias_key", 
    
    cast('黑龙江省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('heilongjiangprovince' as character varying)
 as "alias_key", 
    
    cast('黑龙江省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('heilongjiangsheng' as character varying)
 as "alias_key", 
    
    cast('黑龙江省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('黑龙江' as character varying)
 as "alias_key", 
    
    cast('黑龙江省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('province' as character varying)
 as "level", 
    
    cast('黑龙江省' as character varying)
 as "alias_key", 
    
    cast('黑龙江省' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('sanya' as character varying)
 as "alias_key", 
    
    cast('三亚市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('sanyacity' as character varying)
 as "alias_key", 
    
    cast('三亚市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('sanyashi' as character varying)
 as "alias_key", 
    
    cast('三亚市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('三亚' as character varying)
 as "alias_key", 
    
    cast('三亚市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('三亚市' as character varying)
 as "alias_key", 
    
    cast('三亚市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('sanming' as character varying)
 as "alias_key", 
    
    cast('三明市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('sanmingcity' as character varying)
 as "alias_key", 
    
    cast('三明市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('sanmingshi' as character varying)
 as "alias_key", 
    
    cast('三明市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('三明' as character varying)
 as "alias_key", 
    
    cast('三明市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('三明市' as character varying)
 as "alias_key", 
    
    cast('三明市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shanghai' as character varying)
 as "alias_key", 
    
    cast('上海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shanghaicity' as character varying)
 as "alias_key", 
    
    cast('上海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shanghaishi' as character varying)
 as "alias_key", 
    
    cast('上海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('上海' as character varying)
 as "alias_key", 
    
    cast('上海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('上海市' as character varying)
 as "alias_key", 
    
    cast('上海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shangrao' as character varying)
 as "alias_key", 
    
    cast('上饶市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shangraocity' as character varying)
 as "alias_key", 
    
    cast('上饶市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shangraoshi' as character varying)
 as "alias_key", 
    
    cast('上饶市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('上饶' as character varying)
 as "alias_key", 
    
    cast('上饶市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('上饶市' as character varying)
 as "alias_key", 
    
    cast('上饶市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('dongguan' as character varying)
 as "alias_key", 
    
    cast('东莞市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('dongguancity' as character varying)
 as "alias_key", 
    
    cast('东莞市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('dongguanshi' as character varying)
 as "alias_key", 
    
    cast('东莞市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('东莞' as character varying)
 as "alias_key", 
    
    cast('东莞市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('东莞市' as character varying)
 as "alias_key", 
    
    cast('东莞市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('dongying' as character varying)
 as "alias_key", 
    
    cast('东营市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('dongyingcity' as character varying)
 as "alias_key", 
    
    cast('东营市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('dongyingshi' as character varying)
 as "alias_key", 
    
    cast('东营市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('东营' as character varying)
 as "alias_key", 
    
    cast('东营市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('东营市' as character varying)
 as "alias_key", 
    
    cast('东营市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhongshan' as character varying)
 as "alias_key", 
    
    cast('中山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhongshancity' as character varying)
 as "alias_key", 
    
    cast('中山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhongshanshi' as character varying)
 as "alias_key", 
    
    cast('中山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('中山' as character varying)
 as "alias_key", 
    
    cast('中山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('中山市' as character varying)
 as "alias_key", 
    
    cast('中山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('linfen' as character varying)
 as "alias_key", 
    
    cast('临汾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('linfencity' as character varying)
 as "alias_key", 
    
    cast('临汾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('linfenshi' as character varying)
 as "alias_key", 
    
    cast('临汾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('临汾' as character varying)
 as "alias_key", 
    
    cast('临汾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('临汾市' as character varying)
 as "alias_key", 
    
    cast('临汾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('linyi' as character varying)
 as "alias_key", 
    
    cast('临沂市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('linyicity' as character varying)
 as "alias_key", 
    
    cast('临沂市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('linyishi' as character varying)
 as "alias_key", 
    
    cast('临沂市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('临沂' as character varying)
 as "alias_key", 
    
    cast('临沂市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('临沂市' as character varying)
 as "alias_key", 
    
    cast('临沂市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lishui' as character varying)
 as "alias_key", 
    
    cast('丽水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lishuicity' as character varying)
 as "alias_key", 
    
    cast('丽水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lishuishi' as character varying)
 as "alias_key", 
    
    cast('丽水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('丽水' as character varying)
 as "alias_key", 
    
    cast('丽水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('丽水市' as character varying)
 as "alias_key", 
    
    cast('丽水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('urumqi' as character varying)
 as "alias_key", 
    
    cast('乌鲁木齐市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('urumqicity' as character varying)
 as "alias_key", 
    
    cast('乌鲁木齐市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('urumqishi' as character varying)
 as "alias_key", 
    
    cast('乌鲁木齐市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wulumuqi' as character varying)
 as "alias_key", 
    
    cast('乌鲁木齐市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wulumuqicity' as character varying)
 as "alias_key", 
    
    cast('乌鲁木齐市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wulumuqishi' as character varying)
 as "alias_key", 
    
    cast('乌鲁木齐市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('乌鲁木齐' as character varying)
 as "alias_key", 
    
    cast('乌鲁木齐市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('乌鲁木齐市' as character varying)
 as "alias_key", 
    
    cast('乌鲁木齐市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiujiang' as character varying)
 as "alias_key", 
    
    cast('九江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiujiangcity' as character varying)
 as "alias_key", 
    
    cast('九江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiujiangshi' as character varying)
 as "alias_key", 
    
    cast('九江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('九江' as character varying)
 as "alias_key", 
    
    cast('九江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('九江市' as character varying)
 as "alias_key", 
    
    cast('九江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('foshan' as character varying)
 as "alias_key", 
    
    cast('佛山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('foshancity' as character varying)
 as "alias_key", 
    
    cast('佛山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('foshanshi' as character varying)
 as "alias_key", 
    
    cast('佛山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('佛山' as character varying)
 as "alias_key", 
    
    cast('佛山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('佛山市' as character varying)
 as "alias_key", 
    
    cast('佛山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('baoding' as character varying)
 as "alias_key", 
    
    cast('保定市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('baodingcity' as character varying)
 as "alias_key", 
    
    cast('保定市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('baodingshi' as character varying)
 as "alias_key", 
    
    cast('保定市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('保定' as character varying)
 as "alias_key", 
    
    cast('保定市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('保定市' as character varying)
 as "alias_key", 
    
    cast('保定市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xinyang' as character varying)
 as "alias_key", 
    
    cast('信阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xinyangcity' as character varying)
 as "alias_key", 
    
    cast('信阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xinyangshi' as character varying)
 as "alias_key", 
    
    cast('信阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('信阳' as character varying)
 as "alias_key", 
    
    cast('信阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('信阳市' as character varying)
 as "alias_key", 
    
    cast('信阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('luan' as character varying)
 as "alias_key", 
    
    cast('六安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('luancity' as character varying)
 as "alias_key", 
    
    cast('六安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('luanshi' as character varying)
 as "alias_key", 
    
    cast('六安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('六安' as character varying)
 as "alias_key", 
    
    cast('六安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('六安市' as character varying)
 as "alias_key", 
    
    cast('六安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lanzhou' as character varying)
 as "alias_key", 
    
    cast('兰州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lanzhoucity' as character varying)
 as "alias_key", 
    
    cast('兰州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lanzhoushi' as character varying)
 as "alias_key", 
    
    cast('兰州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('兰州' as character varying)
 as "alias_key", 
    
    cast('兰州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('兰州市' as character varying)
 as "alias_key", 
    
    cast('兰州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('baotou' as character varying)
 as "alias_key", 
    
    cast('包头市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('baotoucity' as character varying)
 as "alias_key", 
    
    cast('包头市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('baotoushi' as character varying)
 as "alias_key", 
    
    cast('包头市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('包头' as character varying)
 as "alias_key", 
    
    cast('包头市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('包头市' as character varying)
 as "alias_key", 
    
    cast('包头市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('beijing' as character varying)
 as "alias_key", 
    
    cast('北京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('beijingcity' as character varying)
 as "alias_key", 
    
    cast('北京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('beijingshi' as character varying)
 as "alias_key", 
    
    cast('北京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('北京' as character varying)
 as "alias_key", 
    
    cast('北京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('北京市' as character varying)
 as "alias_key", 
    
    cast('北京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shiyan' as character varying)
 as "alias_key", 
    
    cast('十堰市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shiyancity' as character varying)
 as "alias_key", 
    
    cast('十堰市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shiyanshi' as character varying)
 as "alias_key", 
    
    cast('十堰市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('十堰' as character varying)
 as "alias_key", 
    
    cast('十堰市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('十堰市' as character varying)
 as "alias_key", 
    
    cast('十堰市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanjing' as character varying)
 as "alias_key", 
    
    cast('南京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanjingcity' as character varying)
 as "alias_key", 
    
    cast('南京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanjingshi' as character varying)
 as "alias_key", 
    
    cast('南京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('南京' as character varying)
 as "alias_key", 
    
    cast('南京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('南京市' as character varying)
 as "alias_key", 
    
    cast('南京市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanchong' as character varying)
 as "alias_key", 
    
    cast('南充市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanchongcity' as character varying)
 as "alias_key", 
    
    cast('南充市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanchongshi' as character varying)
 as "alias_key", 
    
    cast('南充市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('南充' as character varying)
 as "alias_key", 
    
    cast('南充市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('南充市' as character varying)
 as "alias_key", 
    
    cast('南充市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanning' as character varying)
 as "alias_key", 
    
    cast('南宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanningcity' as character varying)
 as "alias_key", 
    
    cast('南宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanningshi' as character varying)
 as "alias_key", 
    
    cast('南宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('南宁' as character varying)
 as "alias_key", 
    
    cast('南宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('南宁市' as character varying)
 as "alias_key", 
    
    cast('南宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanping' as character varying)
 as "alias_key", 
    
    cast('南平市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanpingcity' as character varying)
 as "alias_key", 
    
    cast('南平市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanpingshi' as character varying)
 as "alias_key", 
    
    cast('南平市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('南平' as character varying)
 as "alias_key", 
    
    cast('南平市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('南平市' as character varying)
 as "alias_key", 
    
    cast('南平市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanchang' as character varying)
 as "alias_key", 
    
    cast('南昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanchangcity' as character varying)
 as "alias_key", 
    
    cast('南昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanchangshi' as character varying)
 as "alias_key", 
    
    cast('南昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('南昌' as character varying)
 as "alias_key", 
    
    cast('南昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('南昌市' as character varying)
 as "alias_key", 
    
    cast('南昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nantong' as character varying)
 as "alias_key", 
    
    cast('南通市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nantongcity' as character varying)
 as "alias_key", 
    
    cast('南通市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nantongshi' as character varying)
 as "alias_key", 
    
    cast('南通市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('南通' as character varying)
 as "alias_key", 
    
    cast('南通市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('南通市' as character varying)
 as "alias_key", 
    
    cast('南通市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanyang' as character varying)
 as "alias_key", 
    
    cast('南阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanyangcity' as character varying)
 as "alias_key", 
    
    cast('南阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('nanyangshi' as character varying)
 as "alias_key", 
    
    cast('南阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('南阳' as character varying)
 as "alias_key", 
    
    cast('南阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('南阳市' as character varying)
 as "alias_key", 
    
    cast('南阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('amoy' as character varying)
 as "alias_key", 
    
    cast('厦门市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('amoycity' as character varying)
 as "alias_key", 
    
    cast('厦门市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('amoyshi' as character varying)
 as "alias_key", 
    
    cast('厦门市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiamen' as character varying)
 as "alias_key", 
    
    cast('厦门市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiamencity' as character varying)
 as "alias_key", 
    
    cast('厦门市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiamenshi' as character varying)
 as "alias_key", 
    
    cast('厦门市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('厦门' as character varying)
 as "alias_key", 
    
    cast('厦门市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('厦门市' as character varying)
 as "alias_key", 
    
    cast('厦门市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('台州' as character varying)
 as "alias_key", 
    
    cast('台州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('台州市' as character varying)
 as "alias_key", 
    
    cast('台州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hefei' as character varying)
 as "alias_key", 
    
    cast('合肥市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hefeicity' as character varying)
 as "alias_key", 
    
    cast('合肥市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hefeishi' as character varying)
 as "alias_key", 
    
    cast('合肥市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('合肥' as character varying)
 as "alias_key", 
    
    cast('合肥市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('合肥市' as character varying)
 as "alias_key", 
    
    cast('合肥市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jian' as character varying)
 as "alias_key", 
    
    cast('吉安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiancity' as character varying)
 as "alias_key", 
    
    cast('吉安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jianshi' as character varying)
 as "alias_key", 
    
    cast('吉安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('吉安' as character varying)
 as "alias_key", 
    
    cast('吉安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('吉安市' as character varying)
 as "alias_key", 
    
    cast('吉安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jilin' as character varying)
 as "alias_key", 
    
    cast('吉林市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jilincity' as character varying)
 as "alias_key", 
    
    cast('吉林市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jilinshi' as character varying)
 as "alias_key", 
    
    cast('吉林市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('吉林' as character varying)
 as "alias_key", 
    
    cast('吉林市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('吉林市' as character varying)
 as "alias_key", 
    
    cast('吉林市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhoukou' as character varying)
 as "alias_key", 
    
    cast('周口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhoukoucity' as character varying)
 as "alias_key", 
    
    cast('周口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhoukoushi' as character varying)
 as "alias_key", 
    
    cast('周口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('周口' as character varying)
 as "alias_key", 
    
    cast('周口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('周口市' as character varying)
 as "alias_key", 
    
    cast('周口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hohhot' as character varying)
 as "alias_key", 
    
    cast('呼和浩特市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hohhotcity' as character varying)
 as "alias_key", 
    
    cast('呼和浩特市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hohhotshi' as character varying)
 as "alias_key", 
    
    cast('呼和浩特市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huhehaote' as character varying)
 as "alias_key", 
    
    cast('呼和浩特市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huhehaotecity' as character varying)
 as "alias_key", 
    
    cast('呼和浩特市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huhehaoteshi' as character varying)
 as "alias_key", 
    
    cast('呼和浩特市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('呼和浩特' as character varying)
 as "alias_key", 
    
    cast('呼和浩特市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('呼和浩特市' as character varying)
 as "alias_key", 
    
    cast('呼和浩特市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xianyang' as character varying)
 as "alias_key", 
    
    cast('咸阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xianyangcity' as character varying)
 as "alias_key", 
    
    cast('咸阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xianyangshi' as character varying)
 as "alias_key", 
    
    cast('咸阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('咸阳' as character varying)
 as "alias_key", 
    
    cast('咸阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('咸阳市' as character varying)
 as "alias_key", 
    
    cast('咸阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('haerbin' as character varying)
 as "alias_key", 
    
    cast('哈尔滨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('haerbincity' as character varying)
 as "alias_key", 
    
    cast('哈尔滨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('haerbinshi' as character varying)
 as "alias_key", 
    
    cast('哈尔滨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('harbin' as character varying)
 as "alias_key", 
    
    cast('哈尔滨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('harbincity' as character varying)
 as "alias_key", 
    
    cast('哈尔滨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('harbinshi' as character varying)
 as "alias_key", 
    
    cast('哈尔滨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('哈尔滨' as character varying)
 as "alias_key", 
    
    cast('哈尔滨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('哈尔滨市' as character varying)
 as "alias_key", 
    
    cast('哈尔滨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('tangshan' as character varying)
 as "alias_key", 
    
    cast('唐山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('tangshancity' as character varying)
 as "alias_key", 
    
    cast('唐山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('tangshanshi' as character varying)
 as "alias_key", 
    
    cast('唐山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('唐山' as character varying)
 as "alias_key", 
    
    cast('唐山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('唐山市' as character varying)
 as "alias_key", 
    
    cast('唐山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shangqiu' as character varying)
 as "alias_key", 
    
    cast('商丘市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shangqiucity' as character varying)
 as "alias_key", 
    
    cast('商丘市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shangqiushi' as character varying)
 as "alias_key", 
    
    cast('商丘市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('商丘' as character varying)
 as "alias_key", 
    
    cast('商丘市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('商丘市' as character varying)
 as "alias_key", 
    
    cast('商丘市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiaxing' as character varying)
 as "alias_key", 
    
    cast('嘉兴市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiaxingcity' as character varying)
 as "alias_key", 
    
    cast('嘉兴市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiaxingshi' as character varying)
 as "alias_key", 
    
    cast('嘉兴市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('嘉兴' as character varying)
 as "alias_key", 
    
    cast('嘉兴市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('嘉兴市' as character varying)
 as "alias_key", 
    
    cast('嘉兴市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('datong' as character varying)
 as "alias_key", 
    
    cast('大同市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('datongcity' as character varying)
 as "alias_key", 
    
    cast('大同市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('datongshi' as character varying)
 as "alias_key", 
    
    cast('大同市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('大同' as character varying)
 as "alias_key", 
    
    cast('大同市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('大同市' as character varying)
 as "alias_key", 
    
    cast('大同市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('daqing' as character varying)
 as "alias_key", 
    
    cast('大庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('daqingcity' as character varying)
 as "alias_key", 
    
    cast('大庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('daqingshi' as character varying)
 as "alias_key", 
    
    cast('大庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('大庆' as character varying)
 as "alias_key", 
    
    cast('大庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('大庆市' as character varying)
 as "alias_key", 
    
    cast('大庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('dalian' as character varying)
 as "alias_key", 
    
    cast('大连市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('daliancity' as character varying)
 as "alias_key", 
    
    cast('大连市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('dalianshi' as character varying)
 as "alias_key", 
    
    cast('大连市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('大连' as character varying)
 as "alias_key", 
    
    cast('大连市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('大连市' as character varying)
 as "alias_key", 
    
    cast('大连市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('tianshui' as character varying)
 as "alias_key", 
    
    cast('天水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('tianshuicity' as character varying)
 as "alias_key", 
    
    cast('天水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('tianshuishi' as character varying)
 as "alias_key", 
    
    cast('天水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('天水' as character varying)
 as "alias_key", 
    
    cast('天水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('天水市' as character varying)
 as "alias_key", 
    
    cast('天水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('tianjin' as character varying)
 as "alias_key", 
    
    cast('天津市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('tianjincity' as character varying)
 as "alias_key", 
    
    cast('天津市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('tianjinshi' as character varying)
 as "alias_key", 
    
    cast('天津市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('天津' as character varying)
 as "alias_key", 
    
    cast('天津市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('天津市' as character varying)
 as "alias_key", 
    
    cast('天津市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('taiyuan' as character varying)
 as "alias_key", 
    
    cast('太原市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('taiyuancity' as character varying)
 as "alias_key", 
    
    cast('太原市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('taiyuanshi' as character varying)
 as "alias_key", 
    
    cast('太原市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('太原' as character varying)
 as "alias_key", 
    
    cast('太原市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('太原市' as character varying)
 as "alias_key", 
    
    cast('太原市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('weihai' as character varying)
 as "alias_key", 
    
    cast('威海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('weihaicity' as character varying)
 as "alias_key", 
    
    cast('威海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('weihaishi' as character varying)
 as "alias_key", 
    
    cast('威海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('威海' as character varying)
 as "alias_key", 
    
    cast('威海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('威海市' as character varying)
 as "alias_key", 
    
    cast('威海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiaogan' as character varying)
 as "alias_key", 
    
    cast('孝感市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiaogancity' as character varying)
 as "alias_key", 
    
    cast('孝感市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiaoganshi' as character varying)
 as "alias_key", 
    
    cast('孝感市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('孝感' as character varying)
 as "alias_key", 
    
    cast('孝感市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('孝感市' as character varying)
 as "alias_key", 
    
    cast('孝感市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('ningde' as character varying)
 as "alias_key", 
    
    cast('宁德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('ningdecity' as character varying)
 as "alias_key", 
    
    cast('宁德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('ningdeshi' as character varying)
 as "alias_key", 
    
    cast('宁德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宁德' as character varying)
 as "alias_key", 
    
    cast('宁德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宁德市' as character varying)
 as "alias_key", 
    
    cast('宁德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('ningbo' as character varying)
 as "alias_key", 
    
    cast('宁波市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('ningbocity' as character varying)
 as "alias_key", 
    
    cast('宁波市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('ningboshi' as character varying)
 as "alias_key", 
    
    cast('宁波市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宁波' as character varying)
 as "alias_key", 
    
    cast('宁波市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宁波市' as character varying)
 as "alias_key", 
    
    cast('宁波市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('anqing' as character varying)
 as "alias_key", 
    
    cast('安庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('anqingcity' as character varying)
 as "alias_key", 
    
    cast('安庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('anqingshi' as character varying)
 as "alias_key", 
    
    cast('安庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('安庆' as character varying)
 as "alias_key", 
    
    cast('安庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('安庆市' as character varying)
 as "alias_key", 
    
    cast('安庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('anyang' as character varying)
 as "alias_key", 
    
    cast('安阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('anyangcity' as character varying)
 as "alias_key", 
    
    cast('安阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('anyangshi' as character varying)
 as "alias_key", 
    
    cast('安阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('安阳' as character varying)
 as "alias_key", 
    
    cast('安阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('安阳市' as character varying)
 as "alias_key", 
    
    cast('安阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yibin' as character varying)
 as "alias_key", 
    
    cast('宜宾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yibincity' as character varying)
 as "alias_key", 
    
    cast('宜宾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yibinshi' as character varying)
 as "alias_key", 
    
    cast('宜宾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宜宾' as character varying)
 as "alias_key", 
    
    cast('宜宾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宜宾市' as character varying)
 as "alias_key", 
    
    cast('宜宾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yichang' as character varying)
 as "alias_key", 
    
    cast('宜昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yichangcity' as character varying)
 as "alias_key", 
    
    cast('宜昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yichangshi' as character varying)
 as "alias_key", 
    
    cast('宜昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宜昌' as character varying)
 as "alias_key", 
    
    cast('宜昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宜昌市' as character varying)
 as "alias_key", 
    
    cast('宜昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yichun' as character varying)
 as "alias_key", 
    
    cast('宜春市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yichuncity' as character varying)
 as "alias_key", 
    
    cast('宜春市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yichunshi' as character varying)
 as "alias_key", 
    
    cast('宜春市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宜春' as character varying)
 as "alias_key", 
    
    cast('宜春市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宜春市' as character varying)
 as "alias_key", 
    
    cast('宜春市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('baoji' as character varying)
 as "alias_key", 
    
    cast('宝鸡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('baojicity' as character varying)
 as "alias_key", 
    
    cast('宝鸡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('baojishi' as character varying)
 as "alias_key", 
    
    cast('宝鸡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宝鸡' as character varying)
 as "alias_key", 
    
    cast('宝鸡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宝鸡市' as character varying)
 as "alias_key", 
    
    cast('宝鸡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宿州' as character varying)
 as "alias_key", 
    
    cast('宿州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宿州市' as character varying)
 as "alias_key", 
    
    cast('宿州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('suqian' as character varying)
 as "alias_key", 
    
    cast('宿迁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('suqiancity' as character varying)
 as "alias_key", 
    
    cast('宿迁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('suqianshi' as character varying)
 as "alias_key", 
    
    cast('宿迁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宿迁' as character varying)
 as "alias_key", 
    
    cast('宿迁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('宿迁市' as character varying)
 as "alias_key", 
    
    cast('宿迁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yueyang' as character varying)
 as "alias_key", 
    
    cast('岳阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yueyangcity' as character varying)
 as "alias_key", 
    
    cast('岳阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yueyangshi' as character varying)
 as "alias_key", 
    
    cast('岳阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('岳阳' as character varying)
 as "alias_key", 
    
    cast('岳阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('岳阳市' as character varying)
 as "alias_key", 
    
    cast('岳阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changzhou' as character varying)
 as "alias_key", 
    
    cast('常州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changzhoucity' as character varying)
 as "alias_key", 
    
    cast('常州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changzhoushi' as character varying)
 as "alias_key", 
    
    cast('常州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('常州' as character varying)
 as "alias_key", 
    
    cast('常州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('常州市' as character varying)
 as "alias_key", 
    
    cast('常州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changde' as character varying)
 as "alias_key", 
    
    cast('常德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changdecity' as character varying)
 as "alias_key", 
    
    cast('常德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changdeshi' as character varying)
 as "alias_key", 
    
    cast('常德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('常德' as character varying)
 as "alias_key", 
    
    cast('常德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('常德市' as character varying)
 as "alias_key", 
    
    cast('常德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('pingdingshan' as character varying)
 as "alias_key", 
    
    cast('平顶山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('pingdingshancity' as character varying)
 as "alias_key", 
    
    cast('平顶山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('pingdingshanshi' as character varying)
 as "alias_key", 
    
    cast('平顶山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('平顶山' as character varying)
 as "alias_key", 
    
    cast('平顶山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('平顶山市' as character varying)
 as "alias_key", 
    
    cast('平顶山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('canton' as character varying)
 as "alias_key", 
    
    cast('广州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('cantoncity' as character varying)
 as "alias_key", 
    
    cast('广州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('cantonshi' as character varying)
 as "alias_key", 
    
    cast('广州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('guangzhou' as character varying)
 as "alias_key", 
    
    cast('广州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('guangzhoucity' as character varying)
 as "alias_key", 
    
    cast('广州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('guangzhoushi' as character varying)
 as "alias_key", 
    
    cast('广州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('广州' as character varying)
 as "alias_key", 
    
    cast('广州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('广州市' as character varying)
 as "alias_key", 
    
    cast('广州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('langfang' as character varying)
 as "alias_key", 
    
    cast('廊坊市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('langfangcity' as character varying)
 as "alias_key", 
    
    cast('廊坊市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('langfangshi' as character varying)
 as "alias_key", 
    
    cast('廊坊市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('廊坊' as character varying)
 as "alias_key", 
    
    cast('廊坊市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('廊坊市' as character varying)
 as "alias_key", 
    
    cast('廊坊市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('kaifeng' as character varying)
 as "alias_key", 
    
    cast('开封市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('kaifengcity' as character varying)
 as "alias_key", 
    
    cast('开封市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('kaifengshi' as character varying)
 as "alias_key", 
    
    cast('开封市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('开封' as character varying)
 as "alias_key", 
    
    cast('开封市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('开封市' as character varying)
 as "alias_key", 
    
    cast('开封市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhangjiakou' as character varying)
 as "alias_key", 
    
    cast('张家口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhangjiakoucity' as character varying)
 as "alias_key", 
    
    cast('张家口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhangjiakoushi' as character varying)
 as "alias_key", 
    
    cast('张家口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('张家口' as character varying)
 as "alias_key", 
    
    cast('张家口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('张家口市' as character varying)
 as "alias_key", 
    
    cast('张家口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xuzhou' as character varying)
 as "alias_key", 
    
    cast('徐州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xuzhoucity' as character varying)
 as "alias_key", 
    
    cast('徐州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xuzhoushi' as character varying)
 as "alias_key", 
    
    cast('徐州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('徐州' as character varying)
 as "alias_key", 
    
    cast('徐州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('徐州市' as character varying)
 as "alias_key", 
    
    cast('徐州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('dezhou' as character varying)
 as "alias_key", 
    
    cast('德州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('dezhoucity' as character varying)
 as "alias_key", 
    
    cast('德州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('dezhoushi' as character varying)
 as "alias_key", 
    
    cast('德州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('德州' as character varying)
 as "alias_key", 
    
    cast('德州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('德州市' as character varying)
 as "alias_key", 
    
    cast('德州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('deyang' as character varying)
 as "alias_key", 
    
    cast('德阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('deyangcity' as character varying)
 as "alias_key", 
    
    cast('德阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('deyangshi' as character varying)
 as "alias_key", 
    
    cast('德阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('德阳' as character varying)
 as "alias_key", 
    
    cast('德阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('德阳市' as character varying)
 as "alias_key", 
    
    cast('德阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huizhou' as character varying)
 as "alias_key", 
    
    cast('惠州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huizhoucity' as character varying)
 as "alias_key", 
    
    cast('惠州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huizhoushi' as character varying)
 as "alias_key", 
    
    cast('惠州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('惠州' as character varying)
 as "alias_key", 
    
    cast('惠州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('惠州市' as character varying)
 as "alias_key", 
    
    cast('惠州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chengdu' as character varying)
 as "alias_key", 
    
    cast('成都市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chengducity' as character varying)
 as "alias_key", 
    
    cast('成都市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chengdushi' as character varying)
 as "alias_key", 
    
    cast('成都市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('成都' as character varying)
 as "alias_key", 
    
    cast('成都市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('成都市' as character varying)
 as "alias_key", 
    
    cast('成都市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yangzhou' as character varying)
 as "alias_key", 
    
    cast('扬州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yangzhoucity' as character varying)
 as "alias_key", 
    
    cast('扬州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yangzhoushi' as character varying)
 as "alias_key", 
    
    cast('扬州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('扬州' as character varying)
 as "alias_key", 
    
    cast('扬州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('扬州市' as character varying)
 as "alias_key", 
    
    cast('扬州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chengde' as character varying)
 as "alias_key", 
    
    cast('承德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chengdecity' as character varying)
 as "alias_key", 
    
    cast('承德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chengdeshi' as character varying)
 as "alias_key", 
    
    cast('承德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('承德' as character varying)
 as "alias_key", 
    
    cast('承德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('承德市' as character varying)
 as "alias_key", 
    
    cast('承德市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('fushun' as character varying)
 as "alias_key", 
    
    cast('抚顺市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('fushuncity' as character varying)
 as "alias_key", 
    
    cast('抚顺市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('fushunshi' as character varying)
 as "alias_key", 
    
    cast('抚顺市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('抚顺' as character varying)
 as "alias_key", 
    
    cast('抚顺市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('抚顺市' as character varying)
 as "alias_key", 
    
    cast('抚顺市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lasa' as character varying)
 as "alias_key", 
    
    cast('拉萨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lasacity' as character varying)
 as "alias_key", 
    
    cast('拉萨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lasashi' as character varying)
 as "alias_key", 
    
    cast('拉萨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lhasa' as character varying)
 as "alias_key", 
    
    cast('拉萨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lhasacity' as character varying)
 as "alias_key", 
    
    cast('拉萨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lhasashi' as character varying)
 as "alias_key", 
    
    cast('拉萨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('拉萨' as character varying)
 as "alias_key", 
    
    cast('拉萨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('拉萨市' as character varying)
 as "alias_key", 
    
    cast('拉萨市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jieyang' as character varying)
 as "alias_key", 
    
    cast('揭阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jieyangcity' as character varying)
 as "alias_key", 
    
    cast('揭阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jieyangshi' as character varying)
 as "alias_key", 
    
    cast('揭阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('揭阳' as character varying)
 as "alias_key", 
    
    cast('揭阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('揭阳市' as character varying)
 as "alias_key", 
    
    cast('揭阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xinxiang' as character varying)
 as "alias_key", 
    
    cast('新乡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xinxiangcity' as character varying)
 as "alias_key", 
    
    cast('新乡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xinxiangshi' as character varying)
 as "alias_key", 
    
    cast('新乡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('新乡' as character varying)
 as "alias_key", 
    
    cast('新乡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('新乡市' as character varying)
 as "alias_key", 
    
    cast('新乡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wuxi' as character varying)
 as "alias_key", 
    
    cast('无锡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wuxicity' as character varying)
 as "alias_key", 
    
    cast('无锡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wuxishi' as character varying)
 as "alias_key", 
    
    cast('无锡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('无锡' as character varying)
 as "alias_key", 
    
    cast('无锡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('无锡市' as character varying)
 as "alias_key", 
    
    cast('无锡市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('rizhao' as character varying)
 as "alias_key", 
    
    cast('日照市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('rizhaocity' as character varying)
 as "alias_key", 
    
    cast('日照市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('rizhaoshi' as character varying)
 as "alias_key", 
    
    cast('日照市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('日照' as character varying)
 as "alias_key", 
    
    cast('日照市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('日照市' as character varying)
 as "alias_key", 
    
    cast('日照市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('kunming' as character varying)
 as "alias_key", 
    
    cast('昆明市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('kunmingcity' as character varying)
 as "alias_key", 
    
    cast('昆明市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('kunmingshi' as character varying)
 as "alias_key", 
    
    cast('昆明市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('昆明' as character varying)
 as "alias_key", 
    
    cast('昆明市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('昆明市' as character varying)
 as "alias_key", 
    
    cast('昆明市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jinzhong' as character varying)
 as "alias_key", 
    
    cast('晋中市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jinzhongcity' as character varying)
 as "alias_key", 
    
    cast('晋中市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jinzhongshi' as character varying)
 as "alias_key", 
    
    cast('晋中市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('晋中' as character varying)
 as "alias_key", 
    
    cast('晋中市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('晋中市' as character varying)
 as "alias_key", 
    
    cast('晋中市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qujing' as character varying)
 as "alias_key", 
    
    cast('曲靖市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qujingcity' as character varying)
 as "alias_key", 
    
    cast('曲靖市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qujingshi' as character varying)
 as "alias_key", 
    
    cast('曲靖市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('曲靖' as character varying)
 as "alias_key", 
    
    cast('曲靖市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('曲靖市' as character varying)
 as "alias_key", 
    
    cast('曲靖市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hangzhou' as character varying)
 as "alias_key", 
    
    cast('杭州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hangzhoucity' as character varying)
 as "alias_key", 
    
    cast('杭州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hangzhoushi' as character varying)
 as "alias_key", 
    
    cast('杭州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('杭州' as character varying)
 as "alias_key", 
    
    cast('杭州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('杭州市' as character varying)
 as "alias_key", 
    
    cast('杭州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zaozhuang' as character varying)
 as "alias_key", 
    
    cast('枣庄市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zaozhuangcity' as character varying)
 as "alias_key", 
    
    cast('枣庄市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zaozhuangshi' as character varying)
 as "alias_key", 
    
    cast('枣庄市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('枣庄' as character varying)
 as "alias_key", 
    
    cast('枣庄市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('枣庄市' as character varying)
 as "alias_key", 
    
    cast('枣庄市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('liuzhou' as character varying)
 as "alias_key", 
    
    cast('柳州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('liuzhoucity' as character varying)
 as "alias_key", 
    
    cast('柳州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('liuzhoushi' as character varying)
 as "alias_key", 
    
    cast('柳州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('柳州' as character varying)
 as "alias_key", 
    
    cast('柳州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('柳州市' as character varying)
 as "alias_key", 
    
    cast('柳州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhuzhou' as character varying)
 as "alias_key", 
    
    cast('株洲市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhuzhoucity' as character varying)
 as "alias_key", 
    
    cast('株洲市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhuzhoushi' as character varying)
 as "alias_key", 
    
    cast('株洲市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('株洲' as character varying)
 as "alias_key", 
    
    cast('株洲市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('株洲市' as character varying)
 as "alias_key", 
    
    cast('株洲市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('guilin' as character varying)
 as "alias_key", 
    
    cast('桂林市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('guilincity' as character varying)
 as "alias_key", 
    
    cast('桂林市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('guilinshi' as character varying)
 as "alias_key", 
    
    cast('桂林市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('桂林' as character varying)
 as "alias_key", 
    
    cast('桂林市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('桂林市' as character varying)
 as "alias_key", 
    
    cast('桂林市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('meizhou' as character varying)
 as "alias_key", 
    
    cast('梅州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('meizhoucity' as character varying)
 as "alias_key", 
    
    cast('梅州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('meizhoushi' as character varying)
 as "alias_key", 
    
    cast('梅州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('梅州' as character varying)
 as "alias_key", 
    
    cast('梅州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('梅州市' as character varying)
 as "alias_key", 
    
    cast('梅州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('榆林' as character varying)
 as "alias_key", 
    
    cast('榆林市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('榆林市' as character varying)
 as "alias_key", 
    
    cast('榆林市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wuhan' as character varying)
 as "alias_key", 
    
    cast('武汉市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wuhancity' as character varying)
 as "alias_key", 
    
    cast('武汉市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wuhanshi' as character varying)
 as "alias_key", 
    
    cast('武汉市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('武汉' as character varying)
 as "alias_key", 
    
    cast('武汉市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('武汉市' as character varying)
 as "alias_key", 
    
    cast('武汉市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shantou' as character varying)
 as "alias_key", 
    
    cast('汕头市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shantoucity' as character varying)
 as "alias_key", 
    
    cast('汕头市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shantoushi' as character varying)
 as "alias_key", 
    
    cast('汕头市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('汕头' as character varying)
 as "alias_key", 
    
    cast('汕头市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('汕头市' as character varying)
 as "alias_key", 
    
    cast('汕头市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shanwei' as character varying)
 as "alias_key", 
    
    cast('汕尾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shanweicity' as character varying)
 as "alias_key", 
    
    cast('汕尾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shanweishi' as character varying)
 as "alias_key", 
    
    cast('汕尾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('汕尾' as character varying)
 as "alias_key", 
    
    cast('汕尾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('汕尾市' as character varying)
 as "alias_key", 
    
    cast('汕尾市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiangmen' as character varying)
 as "alias_key", 
    
    cast('江门市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiangmencity' as character varying)
 as "alias_key", 
    
    cast('江门市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiangmenshi' as character varying)
 as "alias_key", 
    
    cast('江门市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('江门' as character varying)
 as "alias_key", 
    
    cast('江门市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('江门市' as character varying)
 as "alias_key", 
    
    cast('江门市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shenyang' as character varying)
 as "alias_key", 
    
    cast('沈阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shenyangcity' as character varying)
 as "alias_key", 
    
    cast('沈阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shenyangshi' as character varying)
 as "alias_key", 
    
    cast('沈阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('沈阳' as character varying)
 as "alias_key", 
    
    cast('沈阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('沈阳市' as character varying)
 as "alias_key", 
    
    cast('沈阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('cangzhou' as character varying)
 as "alias_key", 
    
    cast('沧州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('cangzhoucity' as character varying)
 as "alias_key", 
    
    cast('沧州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('cangzhoushi' as character varying)
 as "alias_key", 
    
    cast('沧州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('沧州' as character varying)
 as "alias_key", 
    
    cast('沧州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('沧州市' as character varying)
 as "alias_key", 
    
    cast('沧州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('heyuan' as character varying)
 as "alias_key", 
    
    cast('河源市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('heyuancity' as character varying)
 as "alias_key", 
    
    cast('河源市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('heyuanshi' as character varying)
 as "alias_key", 
    
    cast('河源市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('河源' as character varying)
 as "alias_key", 
    
    cast('河源市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('河源市' as character varying)
 as "alias_key", 
    
    cast('河源市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('quanzhou' as character varying)
 as "alias_key", 
    
    cast('泉州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('quanzhoucity' as character varying)
 as "alias_key", 
    
    cast('泉州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('quanzhoushi' as character varying)
 as "alias_key", 
    
    cast('泉州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('泉州' as character varying)
 as "alias_key", 
    
    cast('泉州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('泉州市' as character varying)
 as "alias_key", 
    
    cast('泉州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('taian' as character varying)
 as "alias_key", 
    
    cast('泰安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('taiancity' as character varying)
 as "alias_key", 
    
    cast('泰安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('taianshi' as character varying)
 as "alias_key", 
    
    cast('泰安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('泰安' as character varying)
 as "alias_key", 
    
    cast('泰安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('泰安市' as character varying)
 as "alias_key", 
    
    cast('泰安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('泰州' as character varying)
 as "alias_key", 
    
    cast('泰州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('泰州市' as character varying)
 as "alias_key", 
    
    cast('泰州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('luzhou' as character varying)
 as "alias_key", 
    
    cast('泸州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('luzhoucity' as character varying)
 as "alias_key", 
    
    cast('泸州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('luzhoushi' as character varying)
 as "alias_key", 
    
    cast('泸州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('泸州' as character varying)
 as "alias_key", 
    
    cast('泸州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('泸州市' as character varying)
 as "alias_key", 
    
    cast('泸州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('luoyang' as character varying)
 as "alias_key", 
    
    cast('洛阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('luoyangcity' as character varying)
 as "alias_key", 
    
    cast('洛阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('luoyangshi' as character varying)
 as "alias_key", 
    
    cast('洛阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('洛阳' as character varying)
 as "alias_key", 
    
    cast('洛阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('洛阳市' as character varying)
 as "alias_key", 
    
    cast('洛阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jinan' as character varying)
 as "alias_key", 
    
    cast('济南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jinancity' as character varying)
 as "alias_key", 
    
    cast('济南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jinanshi' as character varying)
 as "alias_key", 
    
    cast('济南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('济南' as character varying)
 as "alias_key", 
    
    cast('济南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('济南市' as character varying)
 as "alias_key", 
    
    cast('济南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jining' as character varying)
 as "alias_key", 
    
    cast('济宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiningcity' as character varying)
 as "alias_key", 
    
    cast('济宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiningshi' as character varying)
 as "alias_key", 
    
    cast('济宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('济宁' as character varying)
 as "alias_key", 
    
    cast('济宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('济宁市' as character varying)
 as "alias_key", 
    
    cast('济宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('haikou' as character varying)
 as "alias_key", 
    
    cast('海口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('haikoucity' as character varying)
 as "alias_key", 
    
    cast('海口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('haikoushi' as character varying)
 as "alias_key", 
    
    cast('海口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('海口' as character varying)
 as "alias_key", 
    
    cast('海口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('海口市' as character varying)
 as "alias_key", 
    
    cast('海口市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zibo' as character varying)
 as "alias_key", 
    
    cast('淄博市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zibocity' as character varying)
 as "alias_key", 
    
    cast('淄博市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('ziboshi' as character varying)
 as "alias_key", 
    
    cast('淄博市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('淄博' as character varying)
 as "alias_key", 
    
    cast('淄博市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('淄博市' as character varying)
 as "alias_key", 
    
    cast('淄博市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huainan' as character varying)
 as "alias_key", 
    
    cast('淮南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huainancity' as character varying)
 as "alias_key", 
    
    cast('淮南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huainanshi' as character varying)
 as "alias_key", 
    
    cast('淮南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('淮南' as character varying)
 as "alias_key", 
    
    cast('淮南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('淮南市' as character varying)
 as "alias_key", 
    
    cast('淮南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huaian' as character varying)
 as "alias_key", 
    
    cast('淮安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huaiancity' as character varying)
 as "alias_key", 
    
    cast('淮安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huaianshi' as character varying)
 as "alias_key", 
    
    cast('淮安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('淮安' as character varying)
 as "alias_key", 
    
    cast('淮安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('淮安市' as character varying)
 as "alias_key", 
    
    cast('淮安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shenzhen' as character varying)
 as "alias_key", 
    
    cast('深圳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shenzhencity' as character varying)
 as "alias_key", 
    
    cast('深圳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shenzhenshi' as character varying)
 as "alias_key", 
    
    cast('深圳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('深圳' as character varying)
 as "alias_key", 
    
    cast('深圳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('深圳市' as character varying)
 as "alias_key", 
    
    cast('深圳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qingyuan' as character varying)
 as "alias_key", 
    
    cast('清远市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qingyuancity' as character varying)
 as "alias_key", 
    
    cast('清远市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qingyuanshi' as character varying)
 as "alias_key", 
    
    cast('清远市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('清远' as character varying)
 as "alias_key", 
    
    cast('清远市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('清远市' as character varying)
 as "alias_key", 
    
    cast('清远市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wenzhou' as character varying)
 as "alias_key", 
    
    cast('温州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wenzhoucity' as character varying)
 as "alias_key", 
    
    cast('温州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wenzhoushi' as character varying)
 as "alias_key", 
    
    cast('温州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('温州' as character varying)
 as "alias_key", 
    
    cast('温州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('温州市' as character varying)
 as "alias_key", 
    
    cast('温州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('weinan' as character varying)
 as "alias_key", 
    
    cast('渭南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('weinancity' as character varying)
 as "alias_key", 
    
    cast('渭南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('weinanshi' as character varying)
 as "alias_key", 
    
    cast('渭南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('渭南' as character varying)
 as "alias_key", 
    
    cast('渭南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('渭南市' as character varying)
 as "alias_key", 
    
    cast('渭南市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huzhou' as character varying)
 as "alias_key", 
    
    cast('湖州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huzhoucity' as character varying)
 as "alias_key", 
    
    cast('湖州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huzhoushi' as character varying)
 as "alias_key", 
    
    cast('湖州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('湖州' as character varying)
 as "alias_key", 
    
    cast('湖州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('湖州市' as character varying)
 as "alias_key", 
    
    cast('湖州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiangtan' as character varying)
 as "alias_key", 
    
    cast('湘潭市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiangtancity' as character varying)
 as "alias_key", 
    
    cast('湘潭市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiangtanshi' as character varying)
 as "alias_key", 
    
    cast('湘潭市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('湘潭' as character varying)
 as "alias_key", 
    
    cast('湘潭市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('湘潭市' as character varying)
 as "alias_key", 
    
    cast('湘潭市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhanjiang' as character varying)
 as "alias_key", 
    
    cast('湛江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhanjiangcity' as character varying)
 as "alias_key", 
    
    cast('湛江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhanjiangshi' as character varying)
 as "alias_key", 
    
    cast('湛江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('湛江' as character varying)
 as "alias_key", 
    
    cast('湛江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('湛江市' as character varying)
 as "alias_key", 
    
    cast('湛江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chuzhou' as character varying)
 as "alias_key", 
    
    cast('滁州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chuzhoucity' as character varying)
 as "alias_key", 
    
    cast('滁州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chuzhoushi' as character varying)
 as "alias_key", 
    
    cast('滁州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('滁州' as character varying)
 as "alias_key", 
    
    cast('滁州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('滁州市' as character varying)
 as "alias_key", 
    
    cast('滁州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('binzhou' as character varying)
 as "alias_key", 
    
    cast('滨州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('binzhoucity' as character varying)
 as "alias_key", 
    
    cast('滨州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('binzhoushi' as character varying)
 as "alias_key", 
    
    cast('滨州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('滨州' as character varying)
 as "alias_key", 
    
    cast('滨州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('滨州市' as character varying)
 as "alias_key", 
    
    cast('滨州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhangzhou' as character varying)
 as "alias_key", 
    
    cast('漳州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhangzhoucity' as character varying)
 as "alias_key", 
    
    cast('漳州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhangzhoushi' as character varying)
 as "alias_key", 
    
    cast('漳州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('漳州' as character varying)
 as "alias_key", 
    
    cast('漳州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('漳州市' as character varying)
 as "alias_key", 
    
    cast('漳州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('weifang' as character varying)
 as "alias_key", 
    
    cast('潍坊市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('weifangcity' as character varying)
 as "alias_key", 
    
    cast('潍坊市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('weifangshi' as character varying)
 as "alias_key", 
    
    cast('潍坊市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('潍坊' as character varying)
 as "alias_key", 
    
    cast('潍坊市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('潍坊市' as character varying)
 as "alias_key", 
    
    cast('潍坊市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chaozhou' as character varying)
 as "alias_key", 
    
    cast('潮州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chaozhoucity' as character varying)
 as "alias_key", 
    
    cast('潮州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chaozhoushi' as character varying)
 as "alias_key", 
    
    cast('潮州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('潮州' as character varying)
 as "alias_key", 
    
    cast('潮州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('潮州市' as character varying)
 as "alias_key", 
    
    cast('潮州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yantai' as character varying)
 as "alias_key", 
    
    cast('烟台市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yantaicity' as character varying)
 as "alias_key", 
    
    cast('烟台市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yantaishi' as character varying)
 as "alias_key", 
    
    cast('烟台市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('烟台' as character varying)
 as "alias_key", 
    
    cast('烟台市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('烟台市' as character varying)
 as "alias_key", 
    
    cast('烟台市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiaozuo' as character varying)
 as "alias_key", 
    
    cast('焦作市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiaozuocity' as character varying)
 as "alias_key", 
    
    cast('焦作市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jiaozuoshi' as character varying)
 as "alias_key", 
    
    cast('焦作市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('焦作' as character varying)
 as "alias_key", 
    
    cast('焦作市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('焦作市' as character varying)
 as "alias_key", 
    
    cast('焦作市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('玉林' as character varying)
 as "alias_key", 
    
    cast('玉林市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('玉林市' as character varying)
 as "alias_key", 
    
    cast('玉林市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhuhai' as character varying)
 as "alias_key", 
    
    cast('珠海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhuhaicity' as character varying)
 as "alias_key", 
    
    cast('珠海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhuhaishi' as character varying)
 as "alias_key", 
    
    cast('珠海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('珠海' as character varying)
 as "alias_key", 
    
    cast('珠海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('珠海市' as character varying)
 as "alias_key", 
    
    cast('珠海市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yancheng' as character varying)
 as "alias_key", 
    
    cast('盐城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yanchengcity' as character varying)
 as "alias_key", 
    
    cast('盐城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yanchengshi' as character varying)
 as "alias_key", 
    
    cast('盐城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('盐城' as character varying)
 as "alias_key", 
    
    cast('盐城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('盐城市' as character varying)
 as "alias_key", 
    
    cast('盐城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shijiazhuang' as character varying)
 as "alias_key", 
    
    cast('石家庄市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shijiazhuangcity' as character varying)
 as "alias_key", 
    
    cast('石家庄市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shijiazhuangshi' as character varying)
 as "alias_key", 
    
    cast('石家庄市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('石家庄' as character varying)
 as "alias_key", 
    
    cast('石家庄市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('石家庄市' as character varying)
 as "alias_key", 
    
    cast('石家庄市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('fuzhou' as character varying)
 as "alias_key", 
    
    cast('福州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('fuzhoucity' as character varying)
 as "alias_key", 
    
    cast('福州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('fuzhoushi' as character varying)
 as "alias_key", 
    
    cast('福州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('福州' as character varying)
 as "alias_key", 
    
    cast('福州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('福州市' as character varying)
 as "alias_key", 
    
    cast('福州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qinhuangdao' as character varying)
 as "alias_key", 
    
    cast('秦皇岛市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qinhuangdaocity' as character varying)
 as "alias_key", 
    
    cast('秦皇岛市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qinhuangdaoshi' as character varying)
 as "alias_key", 
    
    cast('秦皇岛市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('秦皇岛' as character varying)
 as "alias_key", 
    
    cast('秦皇岛市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('秦皇岛市' as character varying)
 as "alias_key", 
    
    cast('秦皇岛市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shaoxing' as character varying)
 as "alias_key", 
    
    cast('绍兴市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shaoxingcity' as character varying)
 as "alias_key", 
    
    cast('绍兴市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shaoxingshi' as character varying)
 as "alias_key", 
    
    cast('绍兴市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('绍兴' as character varying)
 as "alias_key", 
    
    cast('绍兴市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('绍兴市' as character varying)
 as "alias_key", 
    
    cast('绍兴市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('mianyang' as character varying)
 as "alias_key", 
    
    cast('绵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('mianyangcity' as character varying)
 as "alias_key", 
    
    cast('绵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('mianyangshi' as character varying)
 as "alias_key", 
    
    cast('绵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('绵阳' as character varying)
 as "alias_key", 
    
    cast('绵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('绵阳市' as character varying)
 as "alias_key", 
    
    cast('绵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('liaocheng' as character varying)
 as "alias_key", 
    
    cast('聊城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('liaochengcity' as character varying)
 as "alias_key", 
    
    cast('聊城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('liaochengshi' as character varying)
 as "alias_key", 
    
    cast('聊城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('聊城' as character varying)
 as "alias_key", 
    
    cast('聊城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('聊城市' as character varying)
 as "alias_key", 
    
    cast('聊城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhaoqing' as character varying)
 as "alias_key", 
    
    cast('肇庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhaoqingcity' as character varying)
 as "alias_key", 
    
    cast('肇庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhaoqingshi' as character varying)
 as "alias_key", 
    
    cast('肇庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('肇庆' as character varying)
 as "alias_key", 
    
    cast('肇庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('肇庆市' as character varying)
 as "alias_key", 
    
    cast('肇庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhoushan' as character varying)
 as "alias_key", 
    
    cast('舟山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhoushancity' as character varying)
 as "alias_key", 
    
    cast('舟山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhoushanshi' as character varying)
 as "alias_key", 
    
    cast('舟山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('舟山' as character varying)
 as "alias_key", 
    
    cast('舟山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('舟山市' as character varying)
 as "alias_key", 
    
    cast('舟山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wuhu' as character varying)
 as "alias_key", 
    
    cast('芜湖市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wuhucity' as character varying)
 as "alias_key", 
    
    cast('芜湖市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('wuhushi' as character varying)
 as "alias_key", 
    
    cast('芜湖市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('芜湖' as character varying)
 as "alias_key", 
    
    cast('芜湖市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('芜湖市' as character varying)
 as "alias_key", 
    
    cast('芜湖市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('suzhou' as character varying)
 as "alias_key", 
    
    cast('苏州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('suzhoucity' as character varying)
 as "alias_key", 
    
    cast('苏州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('suzhoushi' as character varying)
 as "alias_key", 
    
    cast('苏州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('苏州' as character varying)
 as "alias_key", 
    
    cast('苏州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('苏州市' as character varying)
 as "alias_key", 
    
    cast('苏州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('maoming' as character varying)
 as "alias_key", 
    
    cast('茂名市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('maomingcity' as character varying)
 as "alias_key", 
    
    cast('茂名市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('maomingshi' as character varying)
 as "alias_key", 
    
    cast('茂名市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('茂名' as character varying)
 as "alias_key", 
    
    cast('茂名市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('茂名市' as character varying)
 as "alias_key", 
    
    cast('茂名市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jingzhou' as character varying)
 as "alias_key", 
    
    cast('荆州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jingzhoucity' as character varying)
 as "alias_key", 
    
    cast('荆州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jingzhoushi' as character varying)
 as "alias_key", 
    
    cast('荆州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('荆州' as character varying)
 as "alias_key", 
    
    cast('荆州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('荆州市' as character varying)
 as "alias_key", 
    
    cast('荆州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('putian' as character varying)
 as "alias_key", 
    
    cast('莆田市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('putiancity' as character varying)
 as "alias_key", 
    
    cast('莆田市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('putianshi' as character varying)
 as "alias_key", 
    
    cast('莆田市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('莆田' as character varying)
 as "alias_key", 
    
    cast('莆田市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('莆田市' as character varying)
 as "alias_key", 
    
    cast('莆田市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('heze' as character varying)
 as "alias_key", 
    
    cast('菏泽市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hezecity' as character varying)
 as "alias_key", 
    
    cast('菏泽市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hezeshi' as character varying)
 as "alias_key", 
    
    cast('菏泽市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('菏泽' as character varying)
 as "alias_key", 
    
    cast('菏泽市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('菏泽市' as character varying)
 as "alias_key", 
    
    cast('菏泽市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('bengbu' as character varying)
 as "alias_key", 
    
    cast('蚌埠市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('bengbucity' as character varying)
 as "alias_key", 
    
    cast('蚌埠市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('bengbushi' as character varying)
 as "alias_key", 
    
    cast('蚌埠市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('蚌埠' as character varying)
 as "alias_key", 
    
    cast('蚌埠市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('蚌埠市' as character varying)
 as "alias_key", 
    
    cast('蚌埠市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hengshui' as character varying)
 as "alias_key", 
    
    cast('衡水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hengshuicity' as character varying)
 as "alias_key", 
    
    cast('衡水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hengshuishi' as character varying)
 as "alias_key", 
    
    cast('衡水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('衡水' as character varying)
 as "alias_key", 
    
    cast('衡水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('衡水市' as character varying)
 as "alias_key", 
    
    cast('衡水市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hengyang' as character varying)
 as "alias_key", 
    
    cast('衡阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hengyangcity' as character varying)
 as "alias_key", 
    
    cast('衡阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('hengyangshi' as character varying)
 as "alias_key", 
    
    cast('衡阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('衡阳' as character varying)
 as "alias_key", 
    
    cast('衡阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('衡阳市' as character varying)
 as "alias_key", 
    
    cast('衡阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('quzhou' as character varying)
 as "alias_key", 
    
    cast('衢州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('quzhoucity' as character varying)
 as "alias_key", 
    
    cast('衢州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('quzhoushi' as character varying)
 as "alias_key", 
    
    cast('衢州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('衢州' as character varying)
 as "alias_key", 
    
    cast('衢州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('衢州市' as character varying)
 as "alias_key", 
    
    cast('衢州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiangyang' as character varying)
 as "alias_key", 
    
    cast('襄阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiangyangcity' as character varying)
 as "alias_key", 
    
    cast('襄阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiangyangshi' as character varying)
 as "alias_key", 
    
    cast('襄阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('襄阳' as character varying)
 as "alias_key", 
    
    cast('襄阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('襄阳市' as character varying)
 as "alias_key", 
    
    cast('襄阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xining' as character varying)
 as "alias_key", 
    
    cast('西宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiningcity' as character varying)
 as "alias_key", 
    
    cast('西宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiningshi' as character varying)
 as "alias_key", 
    
    cast('西宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('西宁' as character varying)
 as "alias_key", 
    
    cast('西宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('西宁市' as character varying)
 as "alias_key", 
    
    cast('西宁市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xian' as character varying)
 as "alias_key", 
    
    cast('西安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xiancity' as character varying)
 as "alias_key", 
    
    cast('西安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xianshi' as character varying)
 as "alias_key", 
    
    cast('西安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('西安' as character varying)
 as "alias_key", 
    
    cast('西安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('西安市' as character varying)
 as "alias_key", 
    
    cast('西安市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xuchang' as character varying)
 as "alias_key", 
    
    cast('许昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xuchangcity' as character varying)
 as "alias_key", 
    
    cast('许昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xuchangshi' as character varying)
 as "alias_key", 
    
    cast('许昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('许昌' as character varying)
 as "alias_key", 
    
    cast('许昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('许昌市' as character varying)
 as "alias_key", 
    
    cast('许昌市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('guiyang' as character varying)
 as "alias_key", 
    
    cast('贵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('guiyangcity' as character varying)
 as "alias_key", 
    
    cast('贵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('guiyangshi' as character varying)
 as "alias_key", 
    
    cast('贵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('贵阳' as character varying)
 as "alias_key", 
    
    cast('贵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('贵阳市' as character varying)
 as "alias_key", 
    
    cast('贵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('ganzhou' as character varying)
 as "alias_key", 
    
    cast('赣州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('ganzhoucity' as character varying)
 as "alias_key", 
    
    cast('赣州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('ganzhoushi' as character varying)
 as "alias_key", 
    
    cast('赣州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('赣州' as character varying)
 as "alias_key", 
    
    cast('赣州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('赣州市' as character varying)
 as "alias_key", 
    
    cast('赣州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chifeng' as character varying)
 as "alias_key", 
    
    cast('赤峰市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chifengcity' as character varying)
 as "alias_key", 
    
    cast('赤峰市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chifengshi' as character varying)
 as "alias_key", 
    
    cast('赤峰市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('赤峰' as character varying)
 as "alias_key", 
    
    cast('赤峰市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('赤峰市' as character varying)
 as "alias_key", 
    
    cast('赤峰市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yuncheng' as character varying)
 as "alias_key", 
    
    cast('运城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yunchengcity' as character varying)
 as "alias_key", 
    
    cast('运城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yunchengshi' as character varying)
 as "alias_key", 
    
    cast('运城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('运城' as character varying)
 as "alias_key", 
    
    cast('运城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('运城市' as character varying)
 as "alias_key", 
    
    cast('运城市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lianyungang' as character varying)
 as "alias_key", 
    
    cast('连云港市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lianyungangcity' as character varying)
 as "alias_key", 
    
    cast('连云港市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('lianyungangshi' as character varying)
 as "alias_key", 
    
    cast('连云港市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('连云港' as character varying)
 as "alias_key", 
    
    cast('连云港市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('连云港市' as character varying)
 as "alias_key", 
    
    cast('连云港市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zunyi' as character varying)
 as "alias_key", 
    
    cast('遵义市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zunyicity' as character varying)
 as "alias_key", 
    
    cast('遵义市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zunyishi' as character varying)
 as "alias_key", 
    
    cast('遵义市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('遵义' as character varying)
 as "alias_key", 
    
    cast('遵义市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('遵义市' as character varying)
 as "alias_key", 
    
    cast('遵义市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xingtai' as character varying)
 as "alias_key", 
    
    cast('邢台市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xingtaicity' as character varying)
 as "alias_key", 
    
    cast('邢台市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('xingtaishi' as character varying)
 as "alias_key", 
    
    cast('邢台市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('邢台' as character varying)
 as "alias_key", 
    
    cast('邢台市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('邢台市' as character varying)
 as "alias_key", 
    
    cast('邢台市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('handan' as character varying)
 as "alias_key", 
    
    cast('邯郸市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('handancity' as character varying)
 as "alias_key", 
    
    cast('邯郸市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('handanshi' as character varying)
 as "alias_key", 
    
    cast('邯郸市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('邯郸' as character varying)
 as "alias_key", 
    
    cast('邯郸市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('邯郸市' as character varying)
 as "alias_key", 
    
    cast('邯郸市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shaoyang' as character varying)
 as "alias_key", 
    
    cast('邵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shaoyangcity' as character varying)
 as "alias_key", 
    
    cast('邵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shaoyangshi' as character varying)
 as "alias_key", 
    
    cast('邵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('邵阳' as character varying)
 as "alias_key", 
    
    cast('邵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('邵阳市' as character varying)
 as "alias_key", 
    
    cast('邵阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhengzhou' as character varying)
 as "alias_key", 
    
    cast('郑州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhengzhoucity' as character varying)
 as "alias_key", 
    
    cast('郑州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhengzhoushi' as character varying)
 as "alias_key", 
    
    cast('郑州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('郑州' as character varying)
 as "alias_key", 
    
    cast('郑州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('郑州市' as character varying)
 as "alias_key", 
    
    cast('郑州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chenzhou' as character varying)
 as "alias_key", 
    
    cast('郴州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chenzhoucity' as character varying)
 as "alias_key", 
    
    cast('郴州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chenzhoushi' as character varying)
 as "alias_key", 
    
    cast('郴州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('郴州' as character varying)
 as "alias_key", 
    
    cast('郴州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('郴州市' as character varying)
 as "alias_key", 
    
    cast('郴州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('eerduosi' as character varying)
 as "alias_key", 
    
    cast('鄂尔多斯市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('eerduosicity' as character varying)
 as "alias_key", 
    
    cast('鄂尔多斯市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('eerduosishi' as character varying)
 as "alias_key", 
    
    cast('鄂尔多斯市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('ordos' as character varying)
 as "alias_key", 
    
    cast('鄂尔多斯市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('ordoscity' as character varying)
 as "alias_key", 
    
    cast('鄂尔多斯市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('ordosshi' as character varying)
 as "alias_key", 
    
    cast('鄂尔多斯市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('鄂尔多斯' as character varying)
 as "alias_key", 
    
    cast('鄂尔多斯市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('鄂尔多斯市' as character varying)
 as "alias_key", 
    
    cast('鄂尔多斯市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chongqing' as character varying)
 as "alias_key", 
    
    cast('重庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chongqingcity' as character varying)
 as "alias_key", 
    
    cast('重庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('chongqingshi' as character varying)
 as "alias_key", 
    
    cast('重庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('重庆' as character varying)
 as "alias_key", 
    
    cast('重庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('重庆市' as character varying)
 as "alias_key", 
    
    cast('重庆市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jinhua' as character varying)
 as "alias_key", 
    
    cast('金华市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jinhuacity' as character varying)
 as "alias_key", 
    
    cast('金华市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jinhuashi' as character varying)
 as "alias_key", 
    
    cast('金华市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('金华' as character varying)
 as "alias_key", 
    
    cast('金华市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('金华市' as character varying)
 as "alias_key", 
    
    cast('金华市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yinchuan' as character varying)
 as "alias_key", 
    
    cast('银川市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yinchuancity' as character varying)
 as "alias_key", 
    
    cast('银川市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yinchuanshi' as character varying)
 as "alias_key", 
    
    cast('银川市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('银川' as character varying)
 as "alias_key", 
    
    cast('银川市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('银川市' as character varying)
 as "alias_key", 
    
    cast('银川市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jinzhou' as character varying)
 as "alias_key", 
    
    cast('锦州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jinzhoucity' as character varying)
 as "alias_key", 
    
    cast('锦州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('jinzhoushi' as character varying)
 as "alias_key", 
    
    cast('锦州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('锦州' as character varying)
 as "alias_key", 
    
    cast('锦州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('锦州市' as character varying)
 as "alias_key", 
    
    cast('锦州市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhenjiang' as character varying)
 as "alias_key", 
    
    cast('镇江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhenjiangcity' as character varying)
 as "alias_key", 
    
    cast('镇江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhenjiangshi' as character varying)
 as "alias_key", 
    
    cast('镇江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('镇江' as character varying)
 as "alias_key", 
    
    cast('镇江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('镇江市' as character varying)
 as "alias_key", 
    
    cast('镇江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changchun' as character varying)
 as "alias_key", 
    
    cast('长春市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changchuncity' as character varying)
 as "alias_key", 
    
    cast('长春市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changchunshi' as character varying)
 as "alias_key", 
    
    cast('长春市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('长春' as character varying)
 as "alias_key", 
    
    cast('长春市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('长春市' as character varying)
 as "alias_key", 
    
    cast('长春市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changsha' as character varying)
 as "alias_key", 
    
    cast('长沙市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changshacity' as character varying)
 as "alias_key", 
    
    cast('长沙市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changshashi' as character varying)
 as "alias_key", 
    
    cast('长沙市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('长沙' as character varying)
 as "alias_key", 
    
    cast('长沙市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('长沙市' as character varying)
 as "alias_key", 
    
    cast('长沙市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changzhi' as character varying)
 as "alias_key", 
    
    cast('长治市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changzhicity' as character varying)
 as "alias_key", 
    
    cast('长治市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('changzhishi' as character varying)
 as "alias_key", 
    
    cast('长治市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('长治' as character varying)
 as "alias_key", 
    
    cast('长治市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('长治市' as character varying)
 as "alias_key", 
    
    cast('长治市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('fuyang' as character varying)
 as "alias_key", 
    
    cast('阜阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('fuyangcity' as character varying)
 as "alias_key", 
    
    cast('阜阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('fuyangshi' as character varying)
 as "alias_key", 
    
    cast('阜阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('阜阳' as character varying)
 as "alias_key", 
    
    cast('阜阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('阜阳市' as character varying)
 as "alias_key", 
    
    cast('阜阳市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yangjiang' as character varying)
 as "alias_key", 
    
    cast('阳江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yangjiangcity' as character varying)
 as "alias_key", 
    
    cast('阳江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('yangjiangshi' as character varying)
 as "alias_key", 
    
    cast('阳江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('阳江' as character varying)
 as "alias_key", 
    
    cast('阳江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('阳江市' as character varying)
 as "alias_key", 
    
    cast('阳江市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qingdao' as character varying)
 as "alias_key", 
    
    cast('青岛市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qingdaocity' as character varying)
 as "alias_key", 
    
    cast('青岛市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qingdaoshi' as character varying)
 as "alias_key", 
    
    cast('青岛市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('青岛' as character varying)
 as "alias_key", 
    
    cast('青岛市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('青岛市' as character varying)
 as "alias_key", 
    
    cast('青岛市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('anshan' as character varying)
 as "alias_key", 
    
    cast('鞍山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('anshancity' as character varying)
 as "alias_key", 
    
    cast('鞍山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('anshanshi' as character varying)
 as "alias_key", 
    
    cast('鞍山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('鞍山' as character varying)
 as "alias_key", 
    
    cast('鞍山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('鞍山市' as character varying)
 as "alias_key", 
    
    cast('鞍山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shaoguan' as character varying)
 as "alias_key", 
    
    cast('韶关市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shaoguancity' as character varying)
 as "alias_key", 
    
    cast('韶关市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('shaoguanshi' as character varying)
 as "alias_key", 
    
    cast('韶关市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('韶关' as character varying)
 as "alias_key", 
    
    cast('韶关市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('韶关市' as character varying)
 as "alias_key", 
    
    cast('韶关市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('maanshan' as character varying)
 as "alias_key", 
    
    cast('马鞍山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('maanshancity' as character varying)
 as "alias_key", 
    
    cast('马鞍山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('maanshanshi' as character varying)
 as "alias_key", 
    
    cast('马鞍山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('马鞍山' as character varying)
 as "alias_key", 
    
    cast('马鞍山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('马鞍山市' as character varying)
 as "alias_key", 
    
    cast('马鞍山市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhumadian' as character varying)
 as "alias_key", 
    
    cast('驻马店市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhumadiancity' as character varying)
 as "alias_key", 
    
    cast('驻马店市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('zhumadianshi' as character varying)
 as "alias_key", 
    
    cast('驻马店市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('驻马店' as character varying)
 as "alias_key", 
    
    cast('驻马店市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('驻马店市' as character varying)
 as "alias_key", 
    
    cast('驻马店市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huangshi' as character varying)
 as "alias_key", 
    
    cast('黄石市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huangshicity' as character varying)
 as "alias_key", 
    
    cast('黄石市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('huangshishi' as character varying)
 as "alias_key", 
    
    cast('黄石市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('黄石' as character varying)
 as "alias_key", 
    
    cast('黄石市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('黄石市' as character varying)
 as "alias_key", 
    
    cast('黄石市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qiqihaer' as character varying)
 as "alias_key", 
    
    cast('齐齐哈尔市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qiqihaercity' as character varying)
 as "alias_key", 
    
    cast('齐齐哈尔市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qiqihaershi' as character varying)
 as "alias_key", 
    
    cast('齐齐哈尔市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qiqihar' as character varying)
 as "alias_key", 
    
    cast('齐齐哈尔市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qiqiharcity' as character varying)
 as "alias_key", 
    
    cast('齐齐哈尔市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('qiqiharshi' as character varying)
 as "alias_key", 
    
    cast('齐齐哈尔市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('齐齐哈尔' as character varying)
 as "alias_key", 
    
    cast('齐齐哈尔市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('齐齐哈尔市' as character varying)
 as "alias_key", 
    
    cast('齐齐哈尔市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('longyan' as character varying)
 as "alias_key", 
    
    cast('龙岩市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('longyancity' as character varying)
 as "alias_key", 
    
    cast('龙岩市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('longyanshi' as character varying)
 as "alias_key", 
    
    cast('龙岩市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('龙岩' as character varying)
 as "alias_key", 
    
    cast('龙岩市' as character varying)
 as "canonical_name"
union all
select 
    
    cast('city' as character varying)
 as "level", 
    
    cast('龙岩市' as character varying)
 as "alias_key", 
    
    cast('龙岩市' as character varying)
 as "canonical_name"