{#- One row per segment and member in the SMS audience: members who consented to marketing SMS
    (marketing_sms) and to their segment's purpose, with their mobile hashed. -#}
{{ audience_members('sms', ['phone']) }}
