"""Typography normalised before VADER: one text, whatever its quote marks, apostrophes, dashes and ellipses.

vaderSentiment splits a sentence on whitespace and strips only ASCII punctuation from
each token's ends (``string.punctuation``), so a curly quote, an em dash or an ellipsis
glued to a word hides the word from its lexicon: ``resolve,”`` is not ``resolve``, and
“There should be no doubting Beijing’s resolve,” scores +0.26 where the same words in
straight quotes score +0.56. Two outlets printing one sentence must get one tone, so
every text goes through :func:`normalise_typography` before it is scored.

A pure ``str → str`` step on purpose: the scorer (vaderSentiment, or a faster
reimplementation with parity to it) sees only the normalised string, so parity is
checked on the same input. ASCII text without a double hyphen comes back unchanged.
"""

from __future__ import annotations

import re

__all__ = ["normalise_typography"]

_CHARACTERS = str.maketrans(
    {
        # double quotes
        "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "〝": '"', "〞": '"', "＂": '"', "″": '"',
        # single quotes and apostrophes
        "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "‹": "'", "›": "'", "＇": "'",
        # hyphens inside words
        "‐": "-", "‑": "-",
        # spaces of other widths
        "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ", "\u2003": " ",
        # invisible characters that split or join words
        "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None, "\u00ad": None,
        "…": "...",
    }
)
_DASH = re.compile(r"[ \t]*(?:[—–―‒⸺⸻]+|-{2,})[ \t]*(?=([.,;:!?)\]]|[\"'](?=\s|$|[.,;:!?])|$)?)")
"""A dash between words, in any of its forms, with or without spaces around it."""


def normalise_typography(text: str) -> str:
    """``text`` with ASCII quote marks and apostrophes, ``...`` for an ellipsis, plain spaces,
    and every dash between words written ``" - "`` (a token of its own, as VADER needs).

    Hyphens inside words ("tit-for-tat") are kept; invisible characters are dropped.
    """
    text = text.translate(_CHARACTERS)
    if "-" in text or any(ch in text for ch in "—–―‒⸺⸻"):
        text = _DASH.sub(_dash, text)
    return text


def _dash(match: re.Match[str]) -> str:
    """``" - "``, without the space on a side where the text starts, ends or punctuation follows."""
    before = "" if match.start() == 0 else " "
    after = "" if match.group(1) is not None else " "
    return f"{before}-{after}"
