
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