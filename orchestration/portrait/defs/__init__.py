"""Dagster definitions of Portrait, one folder per concern (see portrait/definitions.py)."""
