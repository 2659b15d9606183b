{#- WeChat follower exports; a follower exported again is the same record, the latest wins. -#}
{{ landing_base(
    table_name='wechat_followers',
    fields=[
        'app_id', 'app_type', 'openid', 'unionid', 'nickname', 'sex', 'city', 'province',
        'country', 'language', 'subscribed_at', 'unsubscribed_at', 'bound_mobile', 'updated_at',
    ],
    key="app_id || ':' || openid",
    preferred_first='updated_at_utc desc nulls last',
    timestamps=['updated_at'],
    checks=[
        ['missing_key', 'app_id is null or openid is null'],
    ],
) }}
