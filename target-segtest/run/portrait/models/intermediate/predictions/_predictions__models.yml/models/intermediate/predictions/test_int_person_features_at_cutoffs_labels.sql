
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    "person_id","cutoff_name","orders_placed","kept_orders","refunded_orders","purchased_within_30d","churned", 'actual' as "actual_or_expected"
  from (
    with

 __dbt__cte__int_profile_as_of as (

-- Fixture for int_profile_as_of
select 
    
    cast('2026-11-01 00:00:00' as TIMESTAMP)
 as "as_of_at"
),  __dbt__cte__int_customer_events_unioned as (

-- Fixture for int_customer_events_unioned
select cast(null as character varying(256)) as "event_id", 
    
    cast('p1' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('order_placed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-08-03 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p2' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-07-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p2' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('order_placed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-08-10 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p2' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('order_cancelled' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-08-11 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p3' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-07-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p3' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('order_placed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-09-02 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p4' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-07-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p4' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('order_placed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-09-03 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p5' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('product_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-07-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p5' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('email_sent' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-09-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p5' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('product_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-11-02 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p6' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-09-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p7' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('order_placed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-07-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast('p7' as character varying)
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('order_refunded' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-08-20 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
union all
select cast(null as character varying(256)) as "event_id", 
    
    cast(null as character varying(256))
 as "person_id", cast(null as character varying(256)) as "source_name", cast(null as character varying(256)) as "source_record_id", 
    
    cast('page_viewed' as character varying)
 as "event_type", cast(null as character varying(256)) as "channel", 
    
    cast('2026-07-01 00:00:00' as TIMESTAMP)
 as "occurred_at", cast(null as character varying(256)) as "product_sku", cast(null as character varying(256)) as "category", cast(null as character varying(256)) as "order_id", cast(null as character varying(256)) as "cart_id", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "store_id", cast(null as DECIMAL(18,2)) as "amount", cast(null as character varying(256)) as "currency", cast(null as character varying(256)) as "device_type"
),  __dbt__cte__event_types as (

-- Fixture for event_types
select 
    
    cast('page_viewed' as character varying)
 as "event_type", 
    
    cast('browse' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A web or mini-program page view' as character varying)
 as "description"
union all
select 
    
    cast('screen_viewed' as character varying)
 as "event_type", 
    
    cast('browse' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('An app screen view' as character varying)
 as "description"
union all
select 
    
    cast('product_viewed' as character varying)
 as "event_type", 
    
    cast('browse' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A product detail view' as character varying)
 as "description"
union all
select 
    
    cast('products_searched' as character varying)
 as "event_type", 
    
    cast('browse' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A product search' as character varying)
 as "description"
union all
select 
    
    cast('product_added' as character varying)
 as "event_type", 
    
    cast('cart' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A product added to a cart' as character varying)
 as "description"
union all
select 
    
    cast('checkout_started' as character varying)
 as "event_type", 
    
    cast('cart' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A checkout begun from a cart' as character varying)
 as "description"
union all
select 
    
    cast('order_completed' as character varying)
 as "event_type", 
    
    cast('commerce' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('The web or app confirmation that an order was placed' as character varying)
 as "description"
union all
select 
    
    cast('signed_in' as character varying)
 as "event_type", 
    
    cast('account' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A sign-in on web or app or mini-program' as character varying)
 as "description"
union all
select 
    
    cast('identified' as character varying)
 as "event_type", 
    
    cast('account' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('The customer identified themselves (sign-up or sign-in traits)' as character varying)
 as "description"
union all
select 
    
    cast('aliased' as character varying)
 as "event_type", 
    
    cast('account' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('An anonymous id tied to a user id' as character varying)
 as "description"
union all
select 
    
    cast('order_placed' as character varying)
 as "event_type", 
    
    cast('commerce' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('An order placed in any channel (own shop or Tmall or JD or store)' as character varying)
 as "description"
union all
select 
    
    cast('order_refunded' as character varying)
 as "event_type", 
    
    cast('commerce' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('An order refunded after it was placed' as character varying)
 as "description"
union all
select 
    
    cast('order_cancelled' as character varying)
 as "event_type", 
    
    cast('commerce' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('An order cancelled after it was placed' as character varying)
 as "description"
union all
select 
    
    cast('email_sent' as character varying)
 as "event_type", 
    
    cast('email' as character varying)
 as "event_category", 
    
    cast('false' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A campaign email sent to the customer' as character varying)
 as "description"
union all
select 
    
    cast('email_delivered' as character varying)
 as "event_type", 
    
    cast('email' as character varying)
 as "event_category", 
    
    cast('false' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A campaign email delivered to the inbox' as character varying)
 as "description"
union all
select 
    
    cast('email_bounced' as character varying)
 as "event_type", 
    
    cast('email' as character varying)
 as "event_category", 
    
    cast('false' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A campaign email that bounced' as character varying)
 as "description"
union all
select 
    
    cast('email_opened' as character varying)
 as "event_type", 
    
    cast('email' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A campaign email opened' as character varying)
 as "description"
union all
select 
    
    cast('email_clicked' as character varying)
 as "event_type", 
    
    cast('email' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A link in a campaign email clicked' as character varying)
 as "description"
union all
select 
    
    cast('email_unsubscribed' as character varying)
 as "event_type", 
    
    cast('email' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('The customer unsubscribed from email' as character varying)
 as "description"
union all
select 
    
    cast('email_spam_reported' as character varying)
 as "event_type", 
    
    cast('email' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('The customer reported an email as spam' as character varying)
 as "description"
union all
select 
    
    cast('wechat_subscribed' as character varying)
 as "event_type", 
    
    cast('social' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('The customer followed a WeChat official account or mini-program' as character varying)
 as "description"
union all
select 
    
    cast('wechat_unsubscribed' as character varying)
 as "event_type", 
    
    cast('social' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('The customer unfollowed a WeChat account' as character varying)
 as "description"
union all
select 
    
    cast('social_like' as character varying)
 as "event_type", 
    
    cast('social' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A like on WeChat or Weibo or Douyin content' as character varying)
 as "description"
union all
select 
    
    cast('social_comment' as character varying)
 as "event_type", 
    
    cast('social' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A comment on WeChat or Weibo or Douyin content' as character varying)
 as "description"
union all
select 
    
    cast('social_share' as character varying)
 as "event_type", 
    
    cast('social' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A share of WeChat or Weibo or Douyin content' as character varying)
 as "description"
union all
select 
    
    cast('survey_submitted' as character varying)
 as "event_type", 
    
    cast('survey' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A survey answered' as character varying)
 as "description"
union all
select 
    
    cast('ticket_opened' as character varying)
 as "event_type", 
    
    cast('service' as character varying)
 as "event_category", 
    
    cast('true' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A customer service ticket opened' as character varying)
 as "description"
union all
select 
    
    cast('ticket_closed' as character varying)
 as "event_type", 
    
    cast('service' as character varying)
 as "event_category", 
    
    cast('false' as BOOLEAN)
 as "is_customer_initiated", 
    
    cast('A customer service ticket closed by the service team' as character varying)
 as "description"
),  __dbt__cte__int_orders_joined_to_persons as (

-- Fixture for int_orders_joined_to_persons
select 
    
    cast('o1' as character varying)
 as "order_id", 
    
    cast('p1' as character varying)
 as "person_id", cast(null as character varying(256)) as "channel", cast(null as character varying(256)) as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-08-03 00:00:00' as TIMESTAMP)
 as "ordered_at", 
    
    cast('2026-08-03 01:00:00' as TIMESTAMP)
 as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast(True as BOOLEAN)
 as "is_completed", 
    
    cast(False as BOOLEAN)
 as "is_refunded", 
    
    cast(False as BOOLEAN)
 as "is_cancelled", 
    
    cast('CNY' as character varying)
 as "currency", 
    
    cast(100 as DECIMAL(18,2))
 as "gross_amount", cast(null as DECIMAL(18,2)) as "refunded_amount", cast(null as DECIMAL(18,2)) as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('o2' as character varying)
 as "order_id", 
    
    cast('p2' as character varying)
 as "person_id", cast(null as character varying(256)) as "channel", cast(null as character varying(256)) as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-08-10 00:00:00' as TIMESTAMP)
 as "ordered_at", 
    
    cast('2026-08-11 00:00:00' as TIMESTAMP)
 as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast(False as BOOLEAN)
 as "is_completed", 
    
    cast(False as BOOLEAN)
 as "is_refunded", 
    
    cast(True as BOOLEAN)
 as "is_cancelled", 
    
    cast('CNY' as character varying)
 as "currency", 
    
    cast(100 as DECIMAL(18,2))
 as "gross_amount", cast(null as DECIMAL(18,2)) as "refunded_amount", cast(null as DECIMAL(18,2)) as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('o3' as character varying)
 as "order_id", 
    
    cast('p3' as character varying)
 as "person_id", cast(null as character varying(256)) as "channel", cast(null as character varying(256)) as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-09-02 00:00:00' as TIMESTAMP)
 as "ordered_at", 
    
    cast('2026-09-02 01:00:00' as TIMESTAMP)
 as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast(True as BOOLEAN)
 as "is_completed", 
    
    cast(False as BOOLEAN)
 as "is_refunded", 
    
    cast(False as BOOLEAN)
 as "is_cancelled", 
    
    cast('CNY' as character varying)
 as "currency", 
    
    cast(100 as DECIMAL(18,2))
 as "gross_amount", cast(null as DECIMAL(18,2)) as "refunded_amount", cast(null as DECIMAL(18,2)) as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('o4' as character varying)
 as "order_id", 
    
    cast('p4' as character varying)
 as "person_id", cast(null as character varying(256)) as "channel", cast(null as character varying(256)) as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-09-03 00:00:00' as TIMESTAMP)
 as "ordered_at", 
    
    cast('2026-09-03 01:00:00' as TIMESTAMP)
 as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast(True as BOOLEAN)
 as "is_completed", 
    
    cast(False as BOOLEAN)
 as "is_refunded", 
    
    cast(False as BOOLEAN)
 as "is_cancelled", 
    
    cast('CNY' as character varying)
 as "currency", 
    
    cast(100 as DECIMAL(18,2))
 as "gross_amount", cast(null as DECIMAL(18,2)) as "refunded_amount", cast(null as DECIMAL(18,2)) as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
union all
select 
    
    cast('o7' as character varying)
 as "order_id", 
    
    cast('p7' as character varying)
 as "person_id", cast(null as character varying(256)) as "channel", cast(null as character varying(256)) as "store_id", cast(null as character varying(256)) as "account_id", 
    
    cast('2026-07-01 00:00:00' as TIMESTAMP)
 as "ordered_at", 
    
    cast('2026-08-20 00:00:00' as TIMESTAMP)
 as "updated_at", cast(null as character varying(256)) as "status", 
    
    cast(False as BOOLEAN)
 as "is_completed", 
    
    cast(True as BOOLEAN)
 as "is_refunded", 
    
    cast(False as BOOLEAN)
 as "is_cancelled", 
    
    cast('CNY' as character varying)
 as "currency", 
    
    cast(100 as DECIMAL(18,2))
 as "gross_amount", cast(null as DECIMAL(18,2)) as "refunded_amount", cast(null as DECIMAL(18,2)) as "net_amount", cast(null as BIGINT) as "line_count", cast(null as BIGINT) as "item_quantity", cast(null as DECIMAL(18,2)) as "discount_amount", cast(null as character varying(256)) as "shipping_province", cast(null as character varying(256)) as "shipping_city", cast(null as character varying(256)) as "source_file"
),  __dbt__cte__stg_survey__responses as (
select
    cast(null as varchar) as response_id,
    cast(null as timestamp) as submitted_at,
    cast(null as integer) as nps_score
where false
),  __dbt__cte__stg_support__tickets as (
select
    cast(null as varchar) as ticket_id,
    cast(null as timestamp) as closed_at,
    cast(null as integer) as satisfaction_score
where false
),  __dbt__cte__idn_source_record_persons as (
select
    cast(null as varchar) as source_name,
    cast(null as varchar) as source_record_id,
    cast(null as varchar) as person_id
where false
), clock as (
    select * from __dbt__cte__int_profile_as_of
),

events as (
    select * from __dbt__cte__int_customer_events_unioned
),

event_types as (
    select * from __dbt__cte__event_types
),

orders as (
    select * from __dbt__cte__int_orders_joined_to_persons
),

surveys as (
    select * from __dbt__cte__stg_survey__responses
),

tickets as (
    select * from __dbt__cte__stg_support__tickets
),

record_persons as (
    select * from __dbt__cte__idn_source_record_persons
),

cutoffs as (
    select
        'training' as cutoff_name,
        

    (as_of_at + cast(-90 as bigint) * interval 1 day) as cutoff_at,
        as_of_at as label_end_at
    from clock
    union all
    select
        'scoring' as cutoff_name,
        as_of_at as cutoff_at,
        cast(null as timestamp) as label_end_at
    from clock
),

-- events not initiated by the customer (event_types seed: an email sent, a ticket closed by an
-- agent) are features, but they are not the person's own activity
events_flagged as (
    select
        events.person_id,
        events.event_type,
        events.occurred_at,
        coalesce(event_types.is_customer_initiated, true) as is_activity
    from events
    left join event_types
        on events.event_type = event_types.event_type
    where events.person_id is not null
),

events_before_cutoffs as (
    select
        cutoffs.cutoff_name,
        events_flagged.person_id,
        events_flagged.event_type,
        events_flagged.occurred_at,
        events_flagged.is_activity,
        cast(floor(
        (date_diff('second', events_flagged.occurred_at::timestamp, cutoffs.cutoff_at::timestamp ))
     / 86400.0) as integer)
            as days_before_cutoff
    from events_flagged
    inner join cutoffs
        on events_flagged.occurred_at <= cutoffs.cutoff_at
),

event_features as (
    select
        cutoff_name,
        person_id,
        min(occurred_at) as first_event_at,
        max(occurred_at) as last_event_at,
        count(case when is_activity then 1 end) as activity_count,
        count(case when is_activity and days_before_cutoff < 30 then 1 end)
            as activity_last_30d,
        count(case when is_activity and days_before_cutoff < 90 then 1 end)
            as activity_last_90d,
        count(case when is_activity and days_before_cutoff < 365 then 1 end)
            as activity_last_365d,
        count(case
            when event_type in ('page_viewed', 'screen_viewed') and days_before_cutoff < 90
                then 1
        end) as page_views_last_90d,
        count(case when event_type = 'product_viewed' and days_before_cutoff < 90 then 1 end)
            as product_views_last_90d,
        count(case when event_type = 'product_added' and days_before_cutoff < 90 then 1 end)
            as cart_adds_last_90d,
        count(case
            when event_type = 'checkout_started' and days_before_cutoff < 90 then 1
        end) as checkouts_last_90d,
        count(case
            when event_type = 'products_searched' and days_before_cutoff < 90 then 1
        end) as searches_last_90d,
        count(case when event_type = 'signed_in' and days_before_cutoff < 90 then 1 end)
            as sign_ins_last_90d,
        count(case when event_type = 'email_sent' and days_before_cutoff < 90 then 1 end)
            as emails_sent_last_90d,
        count(case when event_type = 'email_opened' and days_before_cutoff < 90 then 1 end)
            as email_opens_last_90d,
        count(case when event_type = 'email_clicked' and days_before_cutoff < 90 then 1 end)
            as email_clicks_last_90d,
        count(case when event_type = 'email_sent' then 1 end) as emails_sent,
        count(case when event_type = 'email_opened' then 1 end) as email_opens,
        count(case when event_type = 'email_clicked' then 1 end) as email_clicks,
        count(case when event_type = 'email_bounced' then 1 end) as email_bounces,
        count(case when event_type in ('email_unsubscribed', 'email_spam_reported') then 1 end)
            as email_opt_outs,
        count(case when event_type in ('social_like', 'social_comment', 'social_share') then 1 end)
            as social_interactions,
        count(case
            when event_type in ('social_like', 'social_comment', 'social_share')
                and days_before_cutoff < 90
                then 1
        end) as social_interactions_last_90d,
        max(case when event_type = 'wechat_subscribed' then occurred_at end)
            as last_wechat_subscribed_at,
        max(case when event_type = 'wechat_unsubscribed' then occurred_at end)
            as last_wechat_unsubscribed_at,
        count(case when event_type = 'ticket_opened' then 1 end) as tickets_opened,
        count(case when event_type = 'ticket_opened' and days_before_cutoff < 365 then 1 end)
            as tickets_opened_last_365d,
        count(case when event_type = 'survey_submitted' then 1 end) as surveys_submitted
    from events_before_cutoffs
    group by 1, 2
),

-- an active day is a 24-hour period before the cutoff (days_before_cutoff) with own activity
active_days_before_cutoffs as (
    select distinct
        cutoff_name,
        person_id,
        days_before_cutoff
    from events_before_cutoffs
    where is_activity
),

active_days_ranked as (
    select
        *,
        row_number() over (
            partition by cutoff_name, person_id order by days_before_cutoff
        ) as recency_rank
    from active_days_before_cutoffs
),

active_day_features as (
    select
        cutoff_name,
        person_id,
        count(*) as active_days,
        count(case when days_before_cutoff < 30 then 1 end) as active_days_last_30d,
        count(case when days_before_cutoff < 90 then 1 end) as active_days_last_90d,
        count(case when days_before_cutoff < 180 then 1 end) as active_days_last_180d,
        count(case when days_before_cutoff < 365 then 1 end) as active_days_last_365d,
        min(days_before_cutoff) as days_since_last_activity,
        max(case when recency_rank = 2 then days_before_cutoff end)
            as days_since_second_last_activity,
        max(case when recency_rank = 3 then days_before_cutoff end)
            as days_since_third_last_activity
    from active_days_ranked
    group by 1, 2
),

orders_before_cutoffs as (
    select
        cutoffs.cutoff_name,
        cutoffs.cutoff_at,
        orders.person_id,
        orders.ordered_at,
        orders.gross_amount,
        orders.currency,
        orders.is_completed and orders.updated_at <= cutoffs.cutoff_at as is_completed_by_cutoff,
        orders.is_refunded and orders.updated_at <= cutoffs.cutoff_at as is_refunded_by_cutoff,
        orders.is_cancelled and orders.updated_at <= cutoffs.cutoff_at as is_cancelled_by_cutoff,
        cast(floor(
        (date_diff('second', orders.ordered_at::timestamp, cutoffs.cutoff_at::timestamp ))
     / 86400.0) as integer)
            as days_before_cutoff
    from orders
    inner join cutoffs
        on orders.ordered_at <= cutoffs.cutoff_at
    where orders.person_id is not null
),

-- an order is kept (it counts towards spend and frequency) unless it was refunded or
-- cancelled by the cutoff
orders_flagged as (
    select
        *,
        not is_refunded_by_cutoff and not is_cancelled_by_cutoff as is_kept
    from orders_before_cutoffs
),

order_features as (
    select
        cutoff_name,
        person_id,
        count(*) as orders_placed,
        count(case when is_kept then 1 end) as kept_orders,
        count(case when is_completed_by_cutoff then 1 end) as completed_orders,
        count(case when is_refunded_by_cutoff then 1 end) as refunded_orders,
        count(case when is_cancelled_by_cutoff then 1 end) as cancelled_orders,
        cast(sum(case when is_kept then gross_amount else 0 end) as decimal(18, 2))
            as net_spend_amount,
        cast(
            sum(case when is_kept and days_before_cutoff < 365 then gross_amount else 0 end)
            as decimal(18, 2)
        ) as net_spend_last_365d_amount,
        count(case when is_kept and days_before_cutoff < 30 then 1 end) as orders_last_30d,
        count(case when is_kept and days_before_cutoff < 90 then 1 end) as orders_last_90d,
        count(case when is_kept and days_before_cutoff < 365 then 1 end)
            as orders_last_365d,
        -- amounts are summed as recorded: the sources so far use one currency (CNY)
        max(currency) as currency,
        min(ordered_at) as first_order_at,
        max(ordered_at) as last_order_at
    from orders_flagged
    group by 1, 2
),

survey_features as (
    select
        cutoffs.cutoff_name,
        record_persons.person_id,
        avg(surveys.nps_score) as average_nps_score
    from surveys
    inner join record_persons
        on record_persons.source_name = 'survey_responses'
        and surveys.response_id = record_persons.source_record_id
    inner join cutoffs
        on surveys.submitted_at <= cutoffs.cutoff_at
    where surveys.nps_score is not null
    group by 1, 2
),

-- a ticket's satisfaction score is known once the ticket is closed
ticket_features as (
    select
        cutoffs.cutoff_name,
        record_persons.person_id,
        avg(tickets.satisfaction_score) as average_ticket_satisfaction_score
    from tickets
    inner join record_persons
        on record_persons.source_name = 'support_tickets'
        and tickets.ticket_id = record_persons.source_record_id
    inner join cutoffs
        on tickets.closed_at <= cutoffs.cutoff_at
    where tickets.satisfaction_score is not null
    group by 1, 2
),

persons_in_scope as (
    select
        cutoff_name,
        person_id
    from event_features
    union
    select
        cutoff_name,
        person_id
    from order_features
),

-- labels: a placed, not cancelled order in (cutoff, cutoff + 30 days]; any own activity in
-- (cutoff, label_end_at]. The scoring cutoff has no label window.
purchases_after_cutoff as (
    select distinct
        cutoffs.cutoff_name,
        orders.person_id
    from orders
    inner join cutoffs
        on orders.ordered_at > cutoffs.cutoff_at
        and orders.ordered_at <= 

    (cutoffs.cutoff_at + cast(30 as bigint) * interval 1 day)
        and orders.ordered_at <= cutoffs.label_end_at
    where orders.person_id is not null and not orders.is_cancelled
),

activity_after_cutoff as (
    select distinct
        cutoffs.cutoff_name,
        events_flagged.person_id
    from events_flagged
    inner join cutoffs
        on events_flagged.occurred_at > cutoffs.cutoff_at
        and events_flagged.occurred_at <= cutoffs.label_end_at
    where events_flagged.is_activity
),

features_joined as (
    select
        persons_in_scope.person_id,
        persons_in_scope.cutoff_name,
        cutoffs.cutoff_at,
        cutoffs.label_end_at,
        cast(floor(
        (date_diff('second', least(event_features.first_event_at, order_features.first_order_at)::timestamp, cutoffs.cutoff_at::timestamp ))
     / 86400.0) as integer) as days_since_first_seen,
        cast(floor(
        (date_diff('second', event_features.last_event_at::timestamp, cutoffs.cutoff_at::timestamp ))
     / 86400.0) as integer)
            as days_since_last_event,
        active_day_features.days_since_last_activity,
        active_day_features.days_since_second_last_activity,
        active_day_features.days_since_third_last_activity,
        cast(floor(
        (date_diff('second', order_features.last_order_at::timestamp, cutoffs.cutoff_at::timestamp ))
     / 86400.0) as integer)
            as days_since_last_order,
        cast(floor(
        (date_diff('second', order_features.first_order_at::timestamp, cutoffs.cutoff_at::timestamp ))
     / 86400.0) as integer)
            as days_since_first_order,
        coalesce(order_features.orders_placed, 0) as orders_placed,
        coalesce(order_features.kept_orders, 0) as kept_orders,
        coalesce(order_features.completed_orders, 0) as completed_orders,
        coalesce(order_features.refunded_orders, 0) as refunded_orders,
        coalesce(order_features.cancelled_orders, 0) as cancelled_orders,
        order_features.currency,
        coalesce(order_features.net_spend_amount, 0) as net_spend_amount,
        coalesce(order_features.net_spend_last_365d_amount, 0) as net_spend_last_365d_amount,
        cast(
            order_features.net_spend_amount / nullif(order_features.kept_orders, 0)
            as decimal(18, 2)
        ) as average_order_amount,
        coalesce(order_features.orders_last_30d, 0) as orders_last_30d,
        coalesce(order_features.orders_last_90d, 0) as orders_last_90d,
        coalesce(order_features.orders_last_365d, 0) as orders_last_365d,
        coalesce(event_features.activity_count, 0) as activity_count,
        coalesce(event_features.activity_last_30d, 0) as activity_last_30d,
        coalesce(event_features.activity_last_90d, 0) as activity_last_90d,
        coalesce(event_features.activity_last_365d, 0) as activity_last_365d,
        coalesce(active_day_features.active_days, 0) as active_days,
        coalesce(active_day_features.active_days_last_30d, 0) as active_days_last_30d,
        coalesce(active_day_features.active_days_last_90d, 0) as active_days_last_90d,
        coalesce(active_day_features.active_days_last_180d, 0) as active_days_last_180d,
        coalesce(active_day_features.active_days_last_365d, 0) as active_days_last_365d,
        coalesce(event_features.page_views_last_90d, 0) as page_views_last_90d,
        coalesce(event_features.product_views_last_90d, 0) as product_views_last_90d,
        coalesce(event_features.cart_adds_last_90d, 0) as cart_adds_last_90d,
        coalesce(event_features.checkouts_last_90d, 0) as checkouts_last_90d,
        coalesce(event_features.searches_last_90d, 0) as searches_last_90d,
        coalesce(event_features.sign_ins_last_90d, 0) as sign_ins_last_90d,
        coalesce(event_features.emails_sent, 0) as emails_sent,
        coalesce(event_features.emails_sent_last_90d, 0) as emails_sent_last_90d,
        coalesce(event_features.email_opens, 0) as email_opens,
        coalesce(event_features.email_opens_last_90d, 0) as email_opens_last_90d,
        coalesce(event_features.email_clicks, 0) as email_clicks,
        coalesce(event_features.email_clicks_last_90d, 0) as email_clicks_last_90d,
        coalesce(event_features.email_bounces, 0) as email_bounces,
        coalesce(event_features.email_opt_outs, 0) as email_opt_outs,
        coalesce(event_features.social_interactions, 0) as social_interactions,
        coalesce(event_features.social_interactions_last_90d, 0) as social_interactions_last_90d,
        coalesce(
            event_features.last_wechat_subscribed_at
            > event_features.last_wechat_unsubscribed_at,
            event_features.last_wechat_subscribed_at is not null
        ) as is_wechat_follower,
        coalesce(event_features.tickets_opened, 0) as tickets_opened,
        coalesce(event_features.tickets_opened_last_365d, 0) as tickets_opened_last_365d,
        coalesce(event_features.surveys_submitted, 0) as surveys_submitted,
        survey_features.average_nps_score,
        ticket_features.average_ticket_satisfaction_score,
        case
            when persons_in_scope.cutoff_name = 'training'
                then purchases_after_cutoff.person_id is not null
        end as purchased_within_30d,
        case
            when persons_in_scope.cutoff_name = 'training'
                then activity_after_cutoff.person_id is null
        end as churned
    from persons_in_scope
    inner join cutoffs
        on persons_in_scope.cutoff_name = cutoffs.cutoff_name
    left join event_features
        on persons_in_scope.cutoff_name = event_features.cutoff_name
        and persons_in_scope.person_id = event_features.person_id
    left join active_day_features
        on persons_in_scope.cutoff_name = active_day_features.cutoff_name
        and persons_in_scope.person_id = active_day_features.person_id
    left join order_features
        on persons_in_scope.cutoff_name = order_features.cutoff_name
        and persons_in_scope.person_id = order_features.person_id
    left join survey_features
        on persons_in_scope.cutoff_name = survey_features.cutoff_name
        and persons_in_scope.person_id = survey_features.person_id
    left join ticket_features
        on persons_in_scope.cutoff_name = ticket_features.cutoff_name
        and persons_in_scope.person_id = ticket_features.person_id
    left join purchases_after_cutoff
        on persons_in_scope.cutoff_name = purchases_after_cutoff.cutoff_name
        and persons_in_scope.person_id = purchases_after_cutoff.person_id
    left join activity_after_cutoff
        on persons_in_scope.cutoff_name = activity_after_cutoff.cutoff_name
        and persons_in_scope.person_id = activity_after_cutoff.person_id
),

final as (
    select * from features_joined
)

select * from final
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    "person_id", "cutoff_name", "orders_placed", "kept_orders", "refunded_orders", "purchased_within_30d", "churned", 'expected' as "actual_or_expected"
  from (
    select 
    
    cast('p1' as character varying)
 as "person_id", 
    
    cast('training' as character varying)
 as "cutoff_name", 
    
    cast(1 as BIGINT)
 as "orders_placed", 
    
    cast(1 as BIGINT)
 as "kept_orders", 
    
    cast(0 as BIGINT)
 as "refunded_orders", 
    
    cast(False as BOOLEAN)
 as "purchased_within_30d", 
    
    cast(True as BOOLEAN)
 as "churned"
union all
select 
    
    cast('p1' as character varying)
 as "person_id", 
    
    cast('scoring' as character varying)
 as "cutoff_name", 
    
    cast(1 as BIGINT)
 as "orders_placed", 
    
    cast(1 as BIGINT)
 as "kept_orders", 
    
    cast(0 as BIGINT)
 as "refunded_orders", 
    
    cast(null as BOOLEAN)
 as "purchased_within_30d", 
    
    cast(null as BOOLEAN)
 as "churned"
union all
select 
    
    cast('p2' as character varying)
 as "person_id", 
    
    cast('training' as character varying)
 as "cutoff_name", 
    
    cast(0 as BIGINT)
 as "orders_placed", 
    
    cast(0 as BIGINT)
 as "kept_orders", 
    
    cast(0 as BIGINT)
 as "refunded_orders", 
    
    cast(False as BOOLEAN)
 as "purchased_within_30d", 
    
    cast(False as BOOLEAN)
 as "churned"
union all
select 
    
    cast('p2' as character varying)
 as "person_id", 
    
    cast('scoring' as character varying)
 as "cutoff_name", 
    
    cast(1 as BIGINT)
 as "orders_placed", 
    
    cast(0 as BIGINT)
 as "kept_orders", 
    
    cast(0 as BIGINT)
 as "refunded_orders", 
    
    cast(null as BOOLEAN)
 as "purchased_within_30d", 
    
    cast(null as BOOLEAN)
 as "churned"
union all
select 
    
    cast('p3' as character varying)
 as "person_id", 
    
    cast('training' as character varying)
 as "cutoff_name", 
    
    cast(0 as BIGINT)
 as "orders_placed", 
    
    cast(0 as BIGINT)
 as "kept_orders", 
    
    cast(0 as BIGINT)
 as "refunded_orders", 
    
    cast(True as BOOLEAN)
 as "purchased_within_30d", 
    
    cast(False as BOOLEAN)
 as "churned"
union all
select 
    
    cast('p3' as character varying)
 as "person_id", 
    
    cast('scoring' as character varying)
 as "cutoff_name", 
    
    cast(1 as BIGINT)
 as "orders_placed", 
    
    cast(1 as BIGINT)
 as "kept_orders", 
    
    cast(0 as BIGINT)
 as "refunded_orders", 
    
    cast(null as BOOLEAN)
 as "purchased_within_30d", 
    
    cast(null as BOOLEAN)
 as "churned"
union all
select 
    
    cast('p4' as character varying)
 as "person_id", 
    
    cast('training' as character varying)
 as "cutoff_name", 
    
    cast(0 as BIGINT)
 as "orders_placed", 
    
    cast(0 as BIGINT)
 as "kept_orders", 
    
    cast(0 as BIGINT)
 as "refunded_orders", 
    
    cast(False as BOOLEAN)
 as "purchased_within_30d", 
    
    cast(False as BOOLEAN)
 as "churned"
union all
select 
    
    cast('p4' as character varying)
 as "person_id", 
    
    cast('scoring' as character varying)
 as "cutoff_name", 
    
    cast(1 as BIGINT)
 as "orders_placed", 
    
    cast(1 as BIGINT)
 as "kept_orders", 
    
    cast(0 as BIGINT)
 as "refunded_orders", 
    
    cast(null as BOOLEAN)
 as "purchased_within_30d", 
    
    cast(null as BOOLEAN)
 as "churned"
union all
select 
    
    cast('p5' as character varying)
 as "person_id", 
    
    cast('training' as character varying)
 as "cutoff_name", 
    
    cast(0 as BIGINT)
 as "orders_placed", 
    
    cast(0 as BIGINT)
 as "kept_orders", 
    
    cast(0 as BIGINT)
 as "refunded_orders", 
    
    cast(False as BOOLEAN)
 as "purchased_within_30d", 
    
    cast(True as BOOLEAN)
 as "churned"
union all
select 
    
    cast('p5' as character varying)
 as "person_id", 
    
    cast('scoring' as character varying)
 as "cutoff_name", 
    
    cast(0 as BIGINT)
 as "orders_placed", 
    
    cast(0 as BIGINT)
 as "kept_orders", 
    
    cast(0 as BIGINT)
 as "refunded_orders", 
    
    cast(null as BOOLEAN)
 as "purchased_within_30d", 
    
    cast(null as BOOLEAN)
 as "churned"
union all
select 
    
    cast('p6' as character varying)
 as "person_id", 
    
    cast('scoring' as character varying)
 as "cutoff_name", 
    
    cast(0 as BIGINT)
 as "orders_placed", 
    
    cast(0 as BIGINT)
 as "kept_orders", 
    
    cast(0 as BIGINT)
 as "refunded_orders", 
    
    cast(null as BOOLEAN)
 as "purchased_within_30d", 
    
    cast(null as BOOLEAN)
 as "churned"
union all
select 
    
    cast('p7' as character varying)
 as "person_id", 
    
    cast('training' as character varying)
 as "cutoff_name", 
    
    cast(1 as BIGINT)
 as "orders_placed", 
    
    cast(1 as BIGINT)
 as "kept_orders", 
    
    cast(0 as BIGINT)
 as "refunded_orders", 
    
    cast(False as BOOLEAN)
 as "purchased_within_30d", 
    
    cast(False as BOOLEAN)
 as "churned"
union all
select 
    
    cast('p7' as character varying)
 as "person_id", 
    
    cast('scoring' as character varying)
 as "cutoff_name", 
    
    cast(1 as BIGINT)
 as "orders_placed", 
    
    cast(0 as BIGINT)
 as "kept_orders", 
    
    cast(1 as BIGINT)
 as "refunded_orders", 
    
    cast(null as BOOLEAN)
 as "purchased_within_30d", 
    
    cast(null as BOOLEAN)
 as "churned"
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected