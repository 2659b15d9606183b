{#- One row per segment and member in the ad-platform audience: members who consented to sharing
    identifiers with advertising platforms (third_party_sharing) and to their segment's purpose,
    with email and mobile hashed. -#}
{{ audience_members('ads', ['email', 'phone']) }}
