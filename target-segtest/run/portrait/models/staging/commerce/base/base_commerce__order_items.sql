
    

    create  table
      "warehouse"."main"."base_commerce__order_items__dbt_tmp"
  
    
    as (
      


with

records as (
    
    -- landing files read from '{{ env_var('PORTRAIT_LANDING', 'data/demo/landing') }}/order_items/*.parquet'
    select '/work/main/data/test/landing/order_items/part-0000.parquet' as source_file, to_json(struct_pack(*columns(*)))::varchar as raw_record, true as is_valid_record from read_parquet('/work/main/data/test/landing/order_items/part-0000.parquet')
),

readable as (
    -- fields are only extracted from valid JSON objects; the rest is quarantined whole
    select
        *,
        case when is_valid_record then raw_record end as valid_record
    from records
),

parsed as (
    select
        source_file,
        raw_record,
        is_valid_record,
        nullif(trim(json_extract_string(valid_record, '$.order_id')), '') as order_id,
        nullif(trim(json_extract_string(valid_record, '$.line_number')), '') as line_number,
        nullif(trim(json_extract_string(valid_record, '$.sku')), '') as sku,
        nullif(trim(json_extract_string(valid_record, '$.product_name')), '') as product_name,
        nullif(trim(json_extract_string(valid_record, '$.category_path')), '') as category_path,
        nullif(trim(json_extract_string(valid_record, '$.quantity')), '') as quantity,
        nullif(trim(json_extract_string(valid_record, '$.unit_price')), '') as unit_price,
        nullif(trim(json_extract_string(valid_record, '$.discount_amount')), '') as discount_amount,
        order_id || '-' || cast(try_cast(line_number as integer) as varchar) as record_key
    from readable
),

timed as (
    select
        *
    from parsed
),

flagged as (
    select
        *,
        case
        when not is_valid_record then 'malformed_json'
        when length(raw_record) > 100000 then 'oversized_record'
        when order_id is null or try_cast(line_number as integer) is null or try_cast(line_number as double) != try_cast(line_number as integer) then 'missing_key'
        when try_cast(quantity as integer) is null or try_cast(unit_price as decimal(18, 2)) is null or (discount_amount is not null and try_cast(discount_amount as decimal(18, 2)) is null) then 'invalid_amount'
        when try_cast(quantity as integer) < 0 or try_cast(unit_price as decimal(18, 2)) < 0 or try_cast(discount_amount as decimal(18, 2)) < 0 then 'negative_amount'
    end as row_quarantine_reason
    from timed
),

versioned as (
    select
        *,
        row_number() over (
            partition by record_key, row_quarantine_reason is null
            order by source_file desc, source_file desc, raw_record
        ) as version_rank,
        first_value(raw_record) over (
            partition by record_key, row_quarantine_reason is null
            order by source_file desc, source_file desc, raw_record
        ) as surviving_record
    from flagged
),

final as (
    select
        * exclude (is_valid_record, row_quarantine_reason, version_rank, surviving_record),
        case
            when row_quarantine_reason is not null then row_quarantine_reason
            when version_rank = 1 then null
            when raw_record = surviving_record then 'duplicate_record'
            else 'superseded_version'
        end as quarantine_reason
    from versioned
)

select * from final

    );
    
  