"""Activation exports: each audience mart written to a file for its channel."""

from dagster import AssetExecutionContext, AssetKey, AssetSpec, MaterializeResult, multi_asset

from portrait.defs.resources import PortraitSettings
from portrait.export import AUDIENCES, export_audience

EXPORT_KEYS = {audience: AssetKey(["exports", f"audience_{audience}"]) for audience in AUDIENCES}


@multi_asset(
    name="audience_exports",
    specs=[
        AssetSpec(
            key,
            group_name="exports",
            kinds={"python", "csv"},
            deps=[AssetKey(f"rpt_audience_{audience}")],
            description=(
                f"<exports>/audience_{audience}.csv: the {audience} audience as "
                f"`portrait export --audience {audience}` writes it (consent-checked, hashed "
                "identifiers, no person_id)."
            ),
            skippable=True,
        )
        for audience, key in EXPORT_KEYS.items()
    ],
    can_subset=True,
)
def audience_exports(context: AssetExecutionContext, portrait: PortraitSettings):
    for audience, key in EXPORT_KEYS.items():
        if key not in context.selected_asset_keys:
            continue
        out = f"{portrait.exports_dir}/audience_{audience}.csv"
        rows = export_audience(portrait.warehouse, audience, out, "csv")
        yield MaterializeResult(asset_key=key, metadata={"rows": rows, "path": out})
