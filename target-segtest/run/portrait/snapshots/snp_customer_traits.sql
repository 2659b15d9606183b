
      update "warehouse"."main_history"."snp_customer_traits" as DBT_INTERNAL_TARGET
    set dbt_valid_to = DBT_INTERNAL_SOURCE.dbt_valid_to
    from "snp_customer_traits__dbt_tmp20261128145757463696" as DBT_INTERNAL_SOURCE
    where DBT_INTERNAL_SOURCE.dbt_scd_id::text = DBT_INTERNAL_TARGET.dbt_scd_id::text
      and DBT_INTERNAL_SOURCE.dbt_change_type::text in ('update'::text, 'delete'::text)
      
        and DBT_INTERNAL_TARGET.dbt_valid_to is null;
      

    insert into "warehouse"."main_history"."snp_customer_traits" ("person_id", "full_name", "gender", "birth_date", "email", "phone_e164", "province", "city", "age_band", "order_count", "total_net_amount", "r_score", "f_score", "m_score", "preferred_purchase_channel", "preferred_store_id", "top_categories", "lifecycle_stage", "dbt_updated_at", "dbt_valid_from", "dbt_valid_to", "dbt_scd_id")
    select DBT_INTERNAL_SOURCE."person_id",DBT_INTERNAL_SOURCE."full_name",DBT_INTERNAL_SOURCE."gender",DBT_INTERNAL_SOURCE."birth_date",DBT_INTERNAL_SOURCE."email",DBT_INTERNAL_SOURCE."phone_e164",DBT_INTERNAL_SOURCE."province",DBT_INTERNAL_SOURCE."city",DBT_INTERNAL_SOURCE."age_band",DBT_INTERNAL_SOURCE."order_count",DBT_INTERNAL_SOURCE."total_net_amount",DBT_INTERNAL_SOURCE."r_score",DBT_INTERNAL_SOURCE."f_score",DBT_INTERNAL_SOURCE."m_score",DBT_INTERNAL_SOURCE."preferred_purchase_channel",DBT_INTERNAL_SOURCE."preferred_store_id",DBT_INTERNAL_SOURCE."top_categories",DBT_INTERNAL_SOURCE."lifecycle_stage",DBT_INTERNAL_SOURCE."dbt_updated_at",DBT_INTERNAL_SOURCE."dbt_valid_from",DBT_INTERNAL_SOURCE."dbt_valid_to",DBT_INTERNAL_SOURCE."dbt_scd_id"
    from "snp_customer_traits__dbt_tmp20261128145757463696" as DBT_INTERNAL_SOURCE
    where DBT_INTERNAL_SOURCE.dbt_change_type::text = 'insert'::text;


  