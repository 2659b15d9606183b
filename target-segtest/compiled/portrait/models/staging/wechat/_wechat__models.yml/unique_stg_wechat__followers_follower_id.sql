
    
    

select
    follower_id as unique_field,
    count(*) as n_records

from "warehouse"."main"."stg_wechat__followers"
where follower_id is not null
group by follower_id
having count(*) > 1


