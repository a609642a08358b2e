"""Data files that ship inside the package (word lists), loaded without any network."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def word_list(name: str) -> frozenset[str]:
    """A one-word-per-line resource file, ``#`` comments and blank lines ignored."""
    text = files(__name__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    )
