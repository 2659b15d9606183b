{#- One row per segment and member in the email audience: members of every segment who consented
    to marketing email (marketing_email) and to their segment's purpose, with their email hashed. -#}
{{ audience_members('email', ['email']) }}
