"""Noise settings: one rate per kind of mess the generator injects into the landing files."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class NoiseConfig:
    """Rates in [0, 1]. Most are per value or per record; the population ones are per person."""

    # per value: another legal format (phone layouts, email case/whitespace, name order, pinyin
    # names, province/city spellings, gender codes, birth date layouts, timestamp offsets)
    format_variant: float = 0.05
    # per value: full-width characters in names, addresses and digits
    full_width: float = 0.01
    # per value: a one-character edit (names, emails, addresses, postcodes, national id, dates)
    typo: float = 0.02
    # per value: an optional field left empty
    missing_field: float = 0.03
    # per record: re-sent by a client retry (same messageId / event_id) or an exact duplicate row
    duplicate: float = 0.02
    # per person: moves city or changes phone / email during the history
    stale_value: float = 0.10
    # per value: malformed email, impossible or future date, negative amount
    invalid_value: float = 0.005
    # per record of a JSON-lines source: an extra truncated (not JSON) line
    malformed_line: float = 0.002
    # per record: a required non-id field absent from the line
    missing_required: float = 0.002
    # per value: a junk identifier shared by many persons (test@test.com, 13800000000, "null")
    junk_identifier: float = 0.01
    # per person: shares a family PC (web anonymousId) with another person of the household
    shared_device: float = 0.02
    # per web session: on a store kiosk whose anonymousId many persons share
    kiosk_session: float = 0.005
    # per person: phone number recycled from another person
    recycled_phone: float = 0.005
    # per device or account: never tied to the person's other identifiers (an app install or
    # browser that never signs in, a WeChat follower that never binds, a social account never
    # used to log in), so nothing can link it
    unlinked_identity: float = 0.01
    # per person: an extra bot (a web visitor with huge event counts and no identify)
    bot: float = 0.0005

    @classmethod
    def off(cls) -> NoiseConfig:
        return cls(**{f.name: 0.0 for f in fields(cls)})

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> NoiseConfig:
        data = dict(data or {})
        if "noise" in data and isinstance(data["noise"], dict):
            data = data["noise"]
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown noise kinds: {sorted(unknown)}; known: {sorted(known)}")
        cfg = cls(**{k: float(v) for k, v in data.items()})
        cfg.validate()
        return cfg

    @classmethod
    def from_yaml(cls, path: str | Path) -> NoiseConfig:
        import yaml

        with open(path, encoding="utf-8") as fh:
            return cls.from_dict(yaml.safe_load(fh))

    def scaled(self, factor: float) -> NoiseConfig:
        """Every rate multiplied by factor, capped at 1."""
        return replace(self, **{k: min(1.0, v * factor) for k, v in self.to_dict().items()})

    def to_dict(self) -> dict[str, float]:
        return asdict(self)

    def validate(self) -> None:
        for k, v in self.to_dict().items():
            if not 0.0 <= v <= 1.0:
                raise ValueError(f"noise rate {k}={v} is outside [0, 1]")

    def __post_init__(self) -> None:
        self.validate()
