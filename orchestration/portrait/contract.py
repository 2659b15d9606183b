"""The landing contract in code: which source folders exist and which fields each must carry.

docs/landing.md is the human-readable version; the preflight check and the tests use this one.
"""

from __future__ import annotations

SOURCES: dict[str, dict[str, list[str]]] = {
    "web_events": {
        "required": ["messageId"],
        "columns": [
            "messageId", "type", "anonymousId", "userId", "previousId", "timestamp",
            "originalTimestamp", "sentAt", "receivedAt", "event", "name", "properties", "traits",
            "context",
        ],
    },
    "orders": {
        "required": ["order_id", "ordered_at"],
        "columns": [
            "order_id", "channel", "store_id", "account_id", "email", "phone", "ordered_at",
            "status", "currency", "total_amount", "updated_at", "receiver_name",
            "shipping_province", "shipping_city", "shipping_address",
        ],
    },
    "order_items": {
        "required": ["order_id", "line_number"],
        "columns": [
            "order_id", "line_number", "sku", "product_name", "category_path", "quantity",
            "unit_price", "discount_amount",
        ],
    },
    "crm_contacts": {
        "required": ["contact_id"],
        "columns": [
            "contact_id", "source_system", "first_name", "last_name", "full_name", "gender",
            "birth_date", "email", "phone", "national_id", "address_line1", "address_line2",
            "city", "district", "province", "postcode", "country", "loyalty_member_id",
            "created_at", "updated_at",
        ],
    },
    "email_events": {
        "required": ["event_id", "email", "occurred_at"],
        "columns": [
            "event_id", "email", "campaign_id", "campaign_name", "event_type", "occurred_at",
            "url", "bounce_type", "user_agent",
        ],
    },
    "wechat_followers": {
        "required": ["app_id", "openid"],
        "columns": [
            "app_id", "app_type", "openid", "unionid", "nickname", "sex", "city", "province",
            "country", "language", "subscribed_at", "unsubscribed_at", "bound_mobile",
            "updated_at",
        ],
    },
    "social_interactions": {
        "required": ["interaction_id", "platform_user_id", "occurred_at"],
        "columns": [
            "interaction_id", "platform", "platform_user_id", "app_id", "interaction_type",
            "content_id", "comment_text", "occurred_at",
        ],
    },
    "survey_responses": {
        "required": ["response_id", "submitted_at"],
        "columns": [
            "response_id", "survey_id", "respondent_email", "respondent_phone",
            "respondent_member_id", "submitted_at", "answers",
        ],
    },
    "support_tickets": {
        "required": ["ticket_id", "opened_at"],
        "columns": [
            "ticket_id", "channel", "phone", "email", "member_id", "category", "opened_at",
            "closed_at", "satisfaction_score",
        ],
    },
    "consent_events": {
        "required": ["consent_event_id", "id_type", "id_value", "purpose", "action",
                     "occurred_at"],
        "columns": [
            "consent_event_id", "id_type", "id_value", "purpose", "action", "occurred_at",
            "source", "legal_basis",
        ],
    },
    "deletion_requests": {
        "required": ["request_id", "id_type", "id_value", "requested_at"],
        "columns": ["request_id", "id_type", "id_value", "requested_at", "source"],
    },
}

FORMATS = (".jsonl", ".ndjson", ".json", ".csv", ".parquet")


def write_landing_file(path, source: str, records: list[dict]) -> None:
    """Write `records` as one landing file of `source`: CSV with the contract's columns as the
    header (fields a record lacks are empty), or JSON lines when `path` ends in .jsonl. For tests
    and benchmarks that land a small batch by hand."""
    import csv
    import json
    from pathlib import Path

    path = Path(path)
    unknown = {key for record in records for key in record} - set(SOURCES[source]["columns"])
    if unknown:
        raise ValueError(f"{source} has no field(s) {sorted(unknown)} in the landing contract")
    if path.suffix == ".jsonl":
        path.write_text("".join(json.dumps(record) + "\n" for record in records),
                        encoding="utf-8")
        return
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=SOURCES[source]["columns"], restval="")
        writer.writeheader()
        writer.writerows(records)
