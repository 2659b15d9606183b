{#- One row: the instant every profile trait is computed as of (PORTRAIT_AS_OF, else the build
    time). Recency, age, lifecycle and the prediction windows all count from here. -#}
with

final as (
    select {{ profile_as_of_literal() }} as as_of_at
)

select * from final
