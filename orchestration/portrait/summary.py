"""The build summary: rows per layer, and quarantined rows by source and reason."""

from __future__ import annotations

from pathlib import Path

import duckdb

from portrait.project import LAYER_PREFIXES


def _layer(name: str) -> str | None:
    for layer, prefixes in LAYER_PREFIXES.items():
        if name.startswith(prefixes):
            return layer
    return None


def model_tables(names: set[str]) -> set[str]:
    """The tables among `names` that models and snapshots wrote: not their side tables
    (`<model>__built`, `__scope`, `__retracted`, `__ranked`, a dbt temp table left by a
    stopped build, ...), whose names extend a model's name with `__`."""
    return {name for name in names
            if not any(name.startswith(other + "__") for other in names if other != name)}


def build_summary(warehouse: Path | str) -> str:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        tables = con.execute(
            "select table_schema, table_name from information_schema.tables "
            "where table_catalog = current_database() order by table_name"
        ).fetchall()
        layers: dict[str, list[tuple[str, int]]] = {}
        models = model_tables({name for _, name in tables})
        for schema, name in tables:
            layer = _layer(name)
            if layer is None or name not in models:
                continue
            rows = con.execute(f'select count(*) from "{schema}"."{name}"').fetchone()[0]
            layers.setdefault(layer, []).append((name, rows))
        lines = ["Rows per layer"]
        for layer in LAYER_PREFIXES:
            models = layers.get(layer, [])
            total = sum(rows for _, rows in models)
            lines.append(f"  {layer:<13}{len(models):>4} models {total:>14,} rows")
            for name, rows in models:
                lines.append(f"      {name:<44}{rows:>14,}")
        names = {name for _, name in tables}
        if "rpt_load_audit" in names:
            lines.append("")
            lines.append("Load audit (raw = staged + quarantined)")
            lines.append(
                f"  {'source':<22}{'raw':>12}{'staged':>12}{'quarantined':>13}  balanced"
            )
            for source, raw, staged, quarantined, balanced in con.execute(
                "select source_name, raw_rows, staged_rows, quarantined_rows, is_balanced "
                "from rpt_load_audit order by source_name"
            ).fetchall():
                lines.append(
                    f"  {source:<22}{raw:>12,}{staged:>12,}{quarantined:>13,}  "
                    f"{'yes' if balanced else 'NO'}"
                )
        if "stg_landing__quarantined_rows" in names:
            lines.append("")
            lines.append("Quarantined rows by source and reason")
            rows = con.execute(
                "select source_name, quarantine_reason, count(*) "
                "from stg_landing__quarantined_rows "
                "group by all order by 1, 3 desc"
            ).fetchall()
            if not rows:
                lines.append("  none")
            for source, reason, count in rows:
                lines.append(f"  {source:<22}{reason:<26}{count:>12,}")
        return "\n".join(lines)
    finally:
        con.close()
