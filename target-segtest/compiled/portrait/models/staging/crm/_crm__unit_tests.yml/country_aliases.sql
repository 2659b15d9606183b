
-- Fixture for country_aliases
select 
    
    cast('ae' as character varying)
 as "alias_key", 
    
    cast('AE' as character varying)
 as "country_code"
union all
select 
    
    cast('are' as character varying)
 as "alias_key", 
    
    cast('AE' as character varying)
 as "country_code"
union all
select 
    
    cast('uae' as character varying)
 as "alias_key", 
    
    cast('AE' as character varying)
 as "country_code"
union all
select 
    
    cast('unitedarabemirates' as character varying)
 as "alias_key", 
    
    cast('AE' as character varying)
 as "country_code"
union all
select 
    
    cast('阿联酋' as character varying)
 as "alias_key", 
    
    cast('AE' as character varying)
 as "country_code"
union all
select 
    
    cast('au' as character varying)
 as "alias_key", 
    
    cast('AU' as character varying)
 as "country_code"
union all
select 
    
    cast('aus' as character varying)
 as "alias_key", 
    
    cast('AU' as character varying)
 as "country_code"
union all
select 
    
    cast('australia' as character varying)
 as "alias_key", 
    
    cast('AU' as character varying)
 as "country_code"
union all
select 
    
    cast('澳大利亚' as character varying)
 as "alias_key", 
    
    cast('AU' as character varying)
 as "country_code"
union all
select 
    
    cast('澳洲' as character varying)
 as "alias_key", 
    
    cast('AU' as character varying)
 as "country_code"
union all
select 
    
    cast('br' as character varying)
 as "alias_key", 
    
    cast('BR' as character varying)
 as "country_code"
union all
select 
    
    cast('bra' as character varying)
 as "alias_key", 
    
    cast('BR' as character varying)
 as "country_code"
union all
select 
    
    cast('brazil' as character varying)
 as "alias_key", 
    
    cast('BR' as character varying)
 as "country_code"
union all
select 
    
    cast('巴西' as character varying)
 as "alias_key", 
    
    cast('BR' as character varying)
 as "country_code"
union all
select 
    
    cast('ca' as character varying)
 as "alias_key", 
    
    cast('CA' as character varying)
 as "country_code"
union all
select 
    
    cast('can' as character varying)
 as "alias_key", 
    
    cast('CA' as character varying)
 as "country_code"
union all
select 
    
    cast('canada' as character varying)
 as "alias_key", 
    
    cast('CA' as character varying)
 as "country_code"
union all
select 
    
    cast('加拿大' as character varying)
 as "alias_key", 
    
    cast('CA' as character varying)
 as "country_code"
union all
select 
    
    cast('ch' as character varying)
 as "alias_key", 
    
    cast('CH' as character varying)
 as "country_code"
union all
select 
    
    cast('che' as character varying)
 as "alias_key", 
    
    cast('CH' as character varying)
 as "country_code"
union all
select 
    
    cast('switzerland' as character varying)
 as "alias_key", 
    
    cast('CH' as character varying)
 as "country_code"
union all
select 
    
    cast('瑞士' as character varying)
 as "alias_key", 
    
    cast('CH' as character varying)
 as "country_code"
union all
select 
    
    cast('china' as character varying)
 as "alias_key", 
    
    cast('CN' as character varying)
 as "country_code"
union all
select 
    
    cast('chn' as character varying)
 as "alias_key", 
    
    cast('CN' as character varying)
 as "country_code"
union all
select 
    
    cast('cn' as character varying)
 as "alias_key", 
    
    cast('CN' as character varying)
 as "country_code"
union all
select 
    
    cast('mainlandchina' as character varying)
 as "alias_key", 
    
    cast('CN' as character varying)
 as "country_code"
union all
select 
    
    cast('peoplesrepublicofchina' as character varying)
 as "alias_key", 
    
    cast('CN' as character varying)
 as "country_code"
union all
select 
    
    cast('prc' as character varying)
 as "alias_key", 
    
    cast('CN' as character varying)
 as "country_code"
union all
select 
    
    cast('prchina' as character varying)
 as "alias_key", 
    
    cast('CN' as character varying)
 as "country_code"
union all
select 
    
    cast('中华人民共和国' as character varying)
 as "alias_key", 
    
    cast('CN' as character varying)
 as "country_code"
union all
select 
    
    cast('中国' as character varying)
 as "alias_key", 
    
    cast('CN' as character varying)
 as "country_code"
union all
select 
    
    cast('中国大陆' as character varying)
 as "alias_key", 
    
    cast('CN' as character varying)
 as "country_code"
union all
select 
    
    cast('中國' as character varying)
 as "alias_key", 
    
    cast('CN' as character varying)
 as "country_code"
union all
select 
    
    cast('大陆' as character varying)
 as "alias_key", 
    
    cast('CN' as character varying)
 as "country_code"
union all
select 
    
    cast('de' as character varying)
 as "alias_key", 
    
    cast('DE' as character varying)
 as "country_code"
union all
select 
    
    cast('deu' as character varying)
 as "alias_key", 
    
    cast('DE' as character varying)
 as "country_code"
union all
select 
    
    cast('deutschland' as character varying)
 as "alias_key", 
    
    cast('DE' as character varying)
 as "country_code"
union all
select 
    
    cast('germany' as character varying)
 as "alias_key", 
    
    cast('DE' as character varying)
 as "country_code"
union all
select 
    
    cast('德国' as character varying)
 as "alias_key", 
    
    cast('DE' as character varying)
 as "country_code"
union all
select 
    
    cast('es' as character varying)
 as "alias_key", 
    
    cast('ES' as character varying)
 as "country_code"
union all
select 
    
    cast('esp' as character varying)
 as "alias_key", 
    
    cast('ES' as character varying)
 as "country_code"
union all
select 
    
    cast('spain' as character varying)
 as "alias_key", 
    
    cast('ES' as character varying)
 as "country_code"
union all
select 
    
    cast('西班牙' as character varying)
 as "alias_key", 
    
    cast('ES' as character varying)
 as "country_code"
union all
select 
    
    cast('fr' as character varying)
 as "alias_key", 
    
    cast('FR' as character varying)
 as "country_code"
union all
select 
    
    cast('fra' as character varying)
 as "alias_key", 
    
    cast('FR' as character varying)
 as "country_code"
union all
select 
    
    cast('france' as character varying)
 as "alias_key", 
    
    cast('FR' as character varying)
 as "country_code"
union all
select 
    
    cast('法国' as character varying)
 as "alias_key", 
    
    cast('FR' as character varying)
 as "country_code"
union all
select 
    
    cast('britain' as character varying)
 as "alias_key", 
    
    cast('GB' as character varying)
 as "country_code"
union all
select 
    
    cast('england' as character varying)
 as "alias_key", 
    
    cast('GB' as character varying)
 as "country_code"
union all
select 
    
    cast('gb' as character varying)
 as "alias_key", 
    
    cast('GB' as character varying)
 as "country_code"
union all
select 
    
    cast('gbr' as character varying)
 as "alias_key", 
    
    cast('GB' as character varying)
 as "country_code"
union all
select 
    
    cast('greatbritain' as character varying)
 as "alias_key", 
    
    cast('GB' as character varying)
 as "country_code"
union all
select 
    
    cast('uk' as character varying)
 as "alias_key", 
    
    cast('GB' as character varying)
 as "country_code"
union all
select 
    
    cast('unitedkingdom' as character varying)
 as "alias_key", 
    
    cast('GB' as character varying)
 as "country_code"
union all
select 
    
    cast('英国' as character varying)
 as "alias_key", 
    
    cast('GB' as character varying)
 as "country_code"
union all
select 
    
    cast('英國' as character varying)
 as "alias_key", 
    
    cast('GB' as character varying)
 as "country_code"
union all
select 
    
    cast('hk' as character varying)
 as "alias_key", 
    
    cast('HK' as character varying)
 as "country_code"
union all
select 
    
    cast('hkg' as character varying)
 as "alias_key", 
    
    cast('HK' as character varying)
 as "country_code"
union all
select 
    
    cast('hongkong' as character varying)
 as "alias_key", 
    
    cast('HK' as character varying)
 as "country_code"
union all
select 
    
    cast('hongkongsar' as character varying)
 as "alias_key", 
    
    cast('HK' as character varying)
 as "country_code"
union all
select 
    
    cast('中国香港' as character varying)
 as "alias_key", 
    
    cast('HK' as character varying)
 as "country_code"
union all
select 
    
    cast('香港' as character varying)
 as "alias_key", 
    
    cast('HK' as character varying)
 as "country_code"
union all
select 
    
    cast('香港特别行政区' as character varying)
 as "alias_key", 
    
    cast('HK' as character varying)
 as "country_code"
union all
select 
    
    cast('id' as character varying)
 as "alias_key", 
    
    cast('ID' as character varying)
 as "country_code"
union all
select 
    
    cast('idn' as character varying)
 as "alias_key", 
    
    cast('ID' as character varying)
 as "country_code"
union all
select 
    
    cast('indonesia' as character varying)
 as "alias_key", 
    
    cast('ID' as character varying)
 as "country_code"
union all
select 
    
    cast('印尼' as character varying)
 as "alias_key", 
    
    cast('ID' as character varying)
 as "country_code"
union all
select 
    
    cast('印度尼西亚' as character varying)
 as "alias_key", 
    
    cast('ID' as character varying)
 as "country_code"
union all
select 
    
    cast('ie' as character varying)
 as "alias_key", 
    
    cast('IE' as character varying)
 as "country_code"
union all
select 
    
    cast('ireland' as character varying)
 as "alias_key", 
    
    cast('IE' as character varying)
 as "country_code"
union all
select 
    
    cast('irl' as character varying)
 as "alias_key", 
    
    cast('IE' as character varying)
 as "country_code"
union all
select 
    
    cast('爱尔兰' as character varying)
 as "alias_key", 
    
    cast('IE' as character varying)
 as "country_code"
union all
select 
    
    cast('in' as character varying)
 as "alias_key", 
    
    cast('IN' as character varying)
 as "country_code"
union all
select 
    
    cast('ind' as character varying)
 as "alias_key", 
    
    cast('IN' as character varying)
 as "country_code"
union all
select 
    
    cast('india' as character varying)
 as "alias_key", 
    
    cast('IN' as character varying)
 as "country_code"
union all
select 
    
    cast('印度' as character varying)
 as "alias_key", 
    
    cast('IN' as character varying)
 as "country_code"
union all
select 
    
    cast('it' as character varying)
 as "alias_key", 
    
    cast('IT' as character varying)
 as "country_code"
union all
select 
    
    cast('ita' as character varying)
 as "alias_key", 
    
    cast('IT' as character varying)
 as "country_code"
union all
select 
    
    cast('italy' as character varying)
 as "alias_key", 
    
    cast('IT' as character varying)
 as "country_code"
union all
select 
    
    cast('意大利' as character varying)
 as "alias_key", 
    
    cast('IT' as character varying)
 as "country_code"
union all
select 
    
    cast('japan' as character varying)
 as "alias_key", 
    
    cast('JP' as character varying)
 as "country_code"
union all
select 
    
    cast('jp' as character varying)
 as "alias_key", 
    
    cast('JP' as character varying)
 as "country_code"
union all
select 
    
    cast('jpn' as character varying)
 as "alias_key", 
    
    cast('JP' as character varying)
 as "country_code"
union all
select 
    
    cast('日本' as character varying)
 as "alias_key", 
    
    cast('JP' as character varying)
 as "country_code"
union all
select 
    
    cast('kor' as character varying)
 as "alias_key", 
    
    cast('KR' as character varying)
 as "country_code"
union all
select 
    
    cast('korea' as character varying)
 as "alias_key", 
    
    cast('KR' as character varying)
 as "country_code"
union all
select 
    
    cast('kr' as character varying)
 as "alias_key", 
    
    cast('KR' as character varying)
 as "country_code"
union all
select 
    
    cast('republicofkorea' as character varying)
 as "alias_key", 
    
    cast('KR' as character varying)
 as "country_code"
union all
select 
    
    cast('southkorea' as character varying)
 as "alias_key", 
    
    cast('KR' as character varying)
 as "country_code"
union all
select 
    
    cast('南韩' as character varying)
 as "alias_key", 
    
    cast('KR' as character varying)
 as "country_code"
union all
select 
    
    cast('韓國' as character varying)
 as "alias_key", 
    
    cast('KR' as character varying)
 as "country_code"
union all
select 
    
    cast('韩国' as character varying)
 as "alias_key", 
    
    cast('KR' as character varying)
 as "country_code"
union all
select 
    
    cast('mac' as character varying)
 as "alias_key", 
    
    cast('MO' as character varying)
 as "country_code"
union all
select 
    
    cast('macao' as character varying)
 as "alias_key", 
    
    cast('MO' as character varying)
 as "country_code"
union all
select 
    
    cast('macau' as character varying)
 as "alias_key", 
    
    cast('MO' as character varying)
 as "country_code"
union all
select 
    
    cast('mo' as character varying)
 as "alias_key", 
    
    cast('MO' as character varying)
 as "country_code"
union all
select 
    
    cast('中国澳门' as character varying)
 as "alias_key", 
    
    cast('MO' as character varying)
 as "country_code"
union all
select 
    
    cast('澳門' as character varying)
 as "alias_key", 
    
    cast('MO' as character varying)
 as "country_code"
union all
select 
    
    cast('澳门' as character varying)
 as "alias_key", 
    
    cast('MO' as character varying)
 as "country_code"
union all
select 
    
    cast('澳门特别行政区' as character varying)
 as "alias_key", 
    
    cast('MO' as character varying)
 as "country_code"
union all
select 
    
    cast('mex' as character varying)
 as "alias_key", 
    
    cast('MX' as character varying)
 as "country_code"
union all
select 
    
    cast('mexico' as character varying)
 as "alias_key", 
    
    cast('MX' as character varying)
 as "country_code"
union all
select 
    
    cast('mx' as character varying)
 as "alias_key", 
    
    cast('MX' as character varying)
 as "country_code"
union all
select 
    
    cast('墨西哥' as character varying)
 as "alias_key", 
    
    cast('MX' as character varying)
 as "country_code"
union all
select 
    
    cast('malaysia' as character varying)
 as "alias_key", 
    
    cast('MY' as character varying)
 as "country_code"
union all
select 
    
    cast('my' as character varying)
 as "alias_key", 
    
    cast('MY' as character varying)
 as "country_code"
union all
select 
    
    cast('mys' as character varying)
 as "alias_key", 
    
    cast('MY' as character varying)
 as "country_code"
union all
select 
    
    cast('马来西亚' as character varying)
 as "alias_key", 
    
    cast('MY' as character varying)
 as "country_code"
union all
select 
    
    cast('holland' as character varying)
 as "alias_key", 
    
    cast('NL' as character varying)
 as "country_code"
union all
select 
    
    cast('netherlands' as character varying)
 as "alias_key", 
    
    cast('NL' as character varying)
 as "country_code"
union all
select 
    
    cast('nl' as character varying)
 as "alias_key", 
    
    cast('NL' as character varying)
 as "country_code"
union all
select 
    
    cast('nld' as character varying)
 as "alias_key", 
    
    cast('NL' as character varying)
 as "country_code"
union all
select 
    
    cast('荷兰' as character varying)
 as "alias_key", 
    
    cast('NL' as character varying)
 as "country_code"
union all
select 
    
    cast('newzealand' as character varying)
 as "alias_key", 
    
    cast('NZ' as character varying)
 as "country_code"
union all
select 
    
    cast('nz' as character varying)
 as "alias_key", 
    
    cast('NZ' as character varying)
 as "country_code"
union all
select 
    
    cast('nzl' as character varying)
 as "alias_key", 
    
    cast('NZ' as character varying)
 as "country_code"
union all
select 
    
    cast('新西兰' as character varying)
 as "alias_key", 
    
    cast('NZ' as character varying)
 as "country_code"
union all
select 
    
    cast('ph' as character varying)
 as "alias_key", 
    
    cast('PH' as character varying)
 as "country_code"
union all
select 
    
    cast('philippines' as character varying)
 as "alias_key", 
    
    cast('PH' as character varying)
 as "country_code"
union all
select 
    
    cast('phl' as character varying)
 as "alias_key", 
    
    cast('PH' as character varying)
 as "country_code"
union all
select 
    
    cast('菲律宾' as character varying)
 as "alias_key", 
    
    cast('PH' as character varying)
 as "country_code"
union all
select 
    
    cast('ru' as character varying)
 as "alias_key", 
    
    cast('RU' as character varying)
 as "country_code"
union all
select 
    
    cast('rus' as character varying)
 as "alias_key", 
    
    cast('RU' as character varying)
 as "country_code"
union all
select 
    
    cast('russia' as character varying)
 as "alias_key", 
    
    cast('RU' as character varying)
 as "country_code"
union all
select 
    
    cast('russianfederation' as character varying)
 as "alias_key", 
    
    cast('RU' as character varying)
 as "country_code"
union all
select 
    
    cast('俄罗斯' as character varying)
 as "alias_key", 
    
    cast('RU' as character varying)
 as "country_code"
union all
select 
    
    cast('se' as character varying)
 as "alias_key", 
    
    cast('SE' as character varying)
 as "country_code"
union all
select 
    
    cast('swe' as character varying)
 as "alias_key", 
    
    cast('SE' as character varying)
 as "country_code"
union all
select 
    
    cast('sweden' as character varying)
 as "alias_key", 
    
    cast('SE' as character varying)
 as "country_code"
union all
select 
    
    cast('瑞典' as character varying)
 as "alias_key", 
    
    cast('SE' as character varying)
 as "country_code"
union all
select 
    
    cast('sg' as character varying)
 as "alias_key", 
    
    cast('SG' as character varying)
 as "country_code"
union all
select 
    
    cast('sgp' as character varying)
 as "alias_key", 
    
    cast('SG' as character varying)
 as "country_code"
union all
select 
    
    cast('singapore' as character varying)
 as "alias_key", 
    
    cast('SG' as character varying)
 as "country_code"
union all
select 
    
    cast('新加坡' as character varying)
 as "alias_key", 
    
    cast('SG' as character varying)
 as "country_code"
union all
select 
    
    cast('th' as character varying)
 as "alias_key", 
    
    cast('TH' as character varying)
 as "country_code"
union all
select 
    
    cast('tha' as character varying)
 as "alias_key", 
    
    cast('TH' as character varying)
 as "country_code"
union all
select 
    
    cast('thailand' as character varying)
 as "alias_key", 
    
    cast('TH' as character varying)
 as "country_code"
union all
select 
    
    cast('泰国' as character varying)
 as "alias_key", 
    
    cast('TH' as character varying)
 as "country_code"
union all
select 
    
    cast('taiwan' as character varying)
 as "alias_key", 
    
    cast('TW' as character varying)
 as "country_code"
union all
select 
    
    cast('tw' as character varying)
 as "alias_key", 
    
    cast('TW' as character varying)
 as "country_code"
union all
select 
    
    cast('twn' as character varying)
 as "alias_key", 
    
    cast('TW' as character varying)
 as "country_code"
union all
select 
    
    cast('中国台湾' as character varying)
 as "alias_key", 
    
    cast('TW' as character varying)
 as "country_code"
union all
select 
    
    cast('台湾' as character varying)
 as "alias_key", 
    
    cast('TW' as character varying)
 as "country_code"
union all
select 
    
    cast('台灣' as character varying)
 as "alias_key", 
    
    cast('TW' as character varying)
 as "country_code"
union all
select 
    
    cast('臺灣' as character varying)
 as "alias_key", 
    
    cast('TW' as character varying)
 as "country_code"
union all
select 
    
    cast('america' as character varying)
 as "alias_key", 
    
    cast('US' as character varying)
 as "country_code"
union all
select 
    
    cast('unitedstates' as character varying)
 as "alias_key", 
    
    cast('US' as character varying)
 as "country_code"
union all
select 
    
    cast('unitedstatesofamerica' as character varying)
 as "alias_key", 
    
    cast('US' as character varying)
 as "country_code"
union all
select 
    
    cast('us' as character varying)
 as "alias_key", 
    
    cast('US' as character varying)
 as "country_code"
union all
select 
    
    cast('usa' as character varying)
 as "alias_key", 
    
    cast('US' as character varying)
 as "country_code"
union all
select 
    
    cast('美国' as character varying)
 as "alias_key", 
    
    cast('US' as character varying)
 as "country_code"
union all
select 
    
    cast('美國' as character varying)
 as "alias_key", 
    
    cast('US' as character varying)
 as "country_code"
union all
select 
    
    cast('vietnam' as character varying)
 as "alias_key", 
    
    cast('VN' as character varying)
 as "country_code"
union all
select 
    
    cast('vn' as character varying)
 as "alias_key", 
    
    cast('VN' as character varying)
 as "country_code"
union all
select 
    
    cast('vnm' as character varying)
 as "alias_key", 
    
    cast('VN' as character varying)
 as "country_code"
union all
select 
    
    cast('越南' as character varying)
 as "alias_key", 
    
    cast('VN' as character varying)
 as "country_code"