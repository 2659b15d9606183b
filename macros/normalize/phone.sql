{#-
    normalize_phone(expr, default_region='CN'): an E.164 string ('+8613800138000') or null when
    the number cannot be parsed.
    - normalize_text first (full-width digits, '＋', '（）'), then spaces, dashes, dots, slashes and
      parentheses are dropped; anything else left besides digits and one leading '+' means null.
    - '+CC…' or '00CC…' is international: for CC 86 the rest must be a CN number (a trunk 0
      written after +86 is dropped), any other CC is kept as digits when 8 to 15 digits long.
    - Without a prefix the number is read in default_region. Only CN is implemented: a mobile
      1[3-9]xxxxxxxxx (also written with a bare 86 in front), or a landline with trunk 0 and area
      code ('010-12345678' -> '+861012345678', '0755 8888 9999' -> '+8675588889999'). Local
      landline numbers without an area code cannot be placed and give null.
    - A bare 11-15 digit number that starts with 2-9 (but not 86) cannot be a CN number written
      without its trunk 0, so it is read as an international number whose '+' was dropped
      ('447575716807' -> '+447575716807', '85292202779' -> '+85292202779'). Bare numbers that
      start with 1 stay null: in a CN-default data set they are far likelier mistyped mobiles
      than North American numbers. Another default
      region would need its trunk prefix and number plan (a seed of trunk rules); asking for one
      is a compile error rather than a silent wrong answer.
-#}
{% macro normalize_phone(expr, default_region='CN') %}
    {% if (default_region | upper) != 'CN' %}
        {{ exceptions.raise_compiler_error(
            "normalize_phone: only default_region='CN' is implemented, got '"
            ~ default_region ~ "'. Other regions need their trunk rules in a seed."
        ) }}
    {% endif %}
    {{ return(adapter.dispatch('normalize_phone', 'portrait')(expr, default_region)) }}
{%- endmacro %}

{#- The CN national significant number: mobile, or area code (10, 2x, 3xx-9xx) + 7-8 digits. -#}
{% macro _cn_national_number_pattern() -%}
(1[3-9][0-9]{9}|(10|2[0-9])[0-9]{7,8}|[3-9][0-9]{9,10})
{%- endmacro %}

{% macro duckdb__normalize_phone(expr, default_region) -%}
    {%- set digits -%}
        regexp_replace({{ portrait.normalize_text(expr) }}, '[\s\-./()]', '', 'g')
    {%- endset -%}
    {%- set cn = portrait._cn_national_number_pattern() -%}
case
    when regexp_full_match({{ digits }}, '(\+|00)860?{{ cn }}')
        then '+86' || regexp_extract({{ digits }}, '(\+|00)860?([0-9]+)', 2)
    when regexp_full_match({{ digits }}, '(\+|00)86[0-9]*') then null
    when regexp_full_match({{ digits }}, '(\+|00)[1-9][0-9]{7,14}')
        then '+' || regexp_extract({{ digits }}, '(\+|00)([0-9]+)', 2)
    when regexp_full_match({{ digits }}, '(86)?1[3-9][0-9]{9}')
        then '+86' || right({{ digits }}, 11)
    when regexp_full_match({{ digits }}, '0((10|2[0-9])[0-9]{7,8}|[3-9][0-9]{9,10})')
        then '+86' || substr({{ digits }}, 2)
    when regexp_full_match({{ digits }}, '[2-9][0-9]{10,14}') and not starts_with({{ digits }}, '86')
        then '+' || {{ digits }}
end
{%- endmacro %}

{% macro default__normalize_phone(expr, default_region) -%}
    {%- set digits -%}
        regexp_replace({{ portrait.normalize_text(expr) }}, '[ ./()-]', '')
    {%- endset -%}
    {%- set cn = portrait._cn_national_number_pattern() -%}
case
    when regexp_like({{ digits }}, '^([+]|00)860?{{ cn }}$')
        then concat('+86', regexp_extract({{ digits }}, '^([+]|00)860?([0-9]+)$', 2))
    when regexp_like({{ digits }}, '^([+]|00)86[0-9]*$') then null
    when regexp_like({{ digits }}, '^([+]|00)[1-9][0-9]{7,14}$')
        then concat('+', regexp_extract({{ digits }}, '^([+]|00)([0-9]+)$', 2))
    when regexp_like({{ digits }}, '^(86)?1[3-9][0-9]{9}$')
        then concat('+86', substr({{ digits }}, -11))
    when regexp_like({{ digits }}, '^0((10|2[0-9])[0-9]{7,8}|[3-9][0-9]{9,10})$')
        then concat('+86', substr({{ digits }}, 2))
    when regexp_like({{ digits }}, '^[2-9][0-9]{10,14}$') and {{ digits }} not like '86%'
        then concat('+', {{ digits }})
end
{%- endmacro %}

{#-
    phone_kind(e164_expr): 'mobile' (+86 1[3-9]xxxxxxxxx), 'landline' (+86 with an area code and
    7-8 digit local number), 'international' (any other country code, 8-15 digits), or null when
    the value is null or not E.164.
-#}
{% macro phone_kind(e164_expr) %}
    {{ return(adapter.dispatch('phone_kind', 'portrait')(e164_expr)) }}
{%- endmacro %}

{% macro default__phone_kind(e164_expr) -%}
case
    when {{ e164_expr }} like '+86%' then
        case
            when regexp_like({{ e164_expr }}, '^[+]861[3-9][0-9]{9}$') then 'mobile'
            when regexp_like({{ e164_expr }}, '^[+]86{{ portrait._cn_national_number_pattern() }}$')
                then 'landline'
        end
    when regexp_like({{ e164_expr }}, '^[+][1-9][0-9]{7,14}$') then 'international'
end
{%- endmacro %}

{% macro duckdb__phone_kind(e164_expr) -%}
case
    when starts_with({{ e164_expr }}, '+86') then
        case
            when regexp_full_match({{ e164_expr }}, '\+861[3-9][0-9]{9}') then 'mobile'
            when regexp_full_match(
                {{ e164_expr }}, '\+86{{ portrait._cn_national_number_pattern() }}'
            ) then 'landline'
        end
    when regexp_full_match({{ e164_expr }}, '\+[1-9][0-9]{7,14}') then 'international'
end
{%- endmacro %}

{#-
    is_valid_phone(e164_expr): true when the value is E.164 and, for +86, a CN mobile or landline
    (area code + 7-8 digits; stricter than +86[1-9]\d{8,10}); false otherwise; null in, null out.
-#}
{% macro is_valid_phone(e164_expr) %}
    {{ return(adapter.dispatch('is_valid_phone', 'portrait')(e164_expr)) }}
{%- endmacro %}

{% macro default__is_valid_phone(e164_expr) -%}
case
    when {{ e164_expr }} is not null
        then {{ portrait.phone_kind(e164_expr) }} is not null
end
{%- endmacro %}


{#- Whether a phone that was given is valid: null when no phone was given, false when one was
    given but could not be normalized (normalize_phone returns null then), else is_valid_phone. -#}
{% macro is_phone_input_valid(raw_expr, e164_expr) -%}
    case
        when nullif(trim({{ raw_expr }}), '') is not null
            then coalesce({{ is_valid_phone(e164_expr) }}, false)
    end
{%- endmacro %}
