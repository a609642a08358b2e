"""Which language a source is written in, so no metric reports a number computed on the wrong one.

py3langid (a maintained fork of langid.py, Lui & Baldwin 2012) ships its model inside
the package: offline, deterministic, ~0.7 s to load once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

SAMPLE_CHARS = 20_000
"""Enough text to decide; long documents are not read to the end."""
MIN_CONFIDENCE = 0.9
"""Below this (normalised) probability the manifest's language is trusted instead."""
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
CJK_CHARS_PER_WORD = 2
"""Chinese and Japanese are written without spaces: a word is about two characters, so a
CJK sentence of twelve characters counts as six words (without this, no Chinese sentence
could be a claim, and no Chinese web page would have enough words to be an article)."""


def counted_words(text: str) -> int:
    """Words for length thresholds in any script: runs between spaces, plus a word per
    :data:`CJK_CHARS_PER_WORD` CJK characters."""
    return len(text.split()) + len(_CJK.findall(text)) // CJK_CHARS_PER_WORD


@dataclass(frozen=True)
class Language:
    code: str
    """ISO 639-1 code, e.g. "en", "zh"."""
    confidence: float
    detected: bool
    """False when the detector was unsure and the manifest's language was used."""


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, *, fallback: str) -> Language:
    """The language of ``text``, or ``fallback`` (the manifest's) when detection is unsure."""
    sample = text[:SAMPLE_CHARS]
    if not sample.strip():
        return Language(fallback, 0.0, detected=False)
    code, probability = _identifier().classify(sample)
    if probability < MIN_CONFIDENCE:
        return Language(fallback, float(probability), detected=False)
    return Language(str(code), float(probability), detected=True)
