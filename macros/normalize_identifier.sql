{#- An identifier value normalized by its type: emails lowercased, phones to E.164, other ids
    trimmed. Used wherever an (id_type, id_value) pair arrives, e.g. consent and deletion. -#}
{% macro normalize_identifier(id_type, id_value) -%}
    case lower({{ id_type }})
        when 'email' then {{ normalize_email(id_value) }}
        when 'phone' then {{ normalize_phone(id_value, var('portrait__default_phone_region')) }}
        else {{ normalize_text(id_value) }}
    end
{%- endmacro %}
