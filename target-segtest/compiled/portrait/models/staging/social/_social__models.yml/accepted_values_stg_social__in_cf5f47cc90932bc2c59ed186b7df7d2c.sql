
    
    

with all_values as (

    select
        platform as value_field,
        count(*) as n_records

    from "warehouse"."main"."stg_social__interactions"
    group by platform

)

select *
from all_values
where value_field not in (
    'wechat','weibo','douyin'
)


