{#- One row per segment and member in the WeChat audience: members who consented to WeChat
    marketing (marketing_wechat) and to their segment's purpose, with mobile and email hashed for
    WeChat custom audiences. -#}
{{ audience_members('wechat', ['phone', 'email']) }}
