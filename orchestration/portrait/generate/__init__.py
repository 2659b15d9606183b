"""Synthetic landing data with ground truth for Portrait.

from portrait.generate import generate, NoiseConfig
manifest = generate(persons=20_000, seed=7, out=Path("data/synthetic"))
"""

from .core import DEFAULT_AS_OF, generate
from .noise import NoiseConfig

__all__ = ["DEFAULT_AS_OF", "NoiseConfig", "generate"]
