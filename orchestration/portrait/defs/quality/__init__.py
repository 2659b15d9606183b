"""Data quality: Great Expectations suites run as blocking Dagster asset checks."""

from portrait.defs.quality.checks import ASSET_CHECKS

__all__ = ["ASSET_CHECKS"]
