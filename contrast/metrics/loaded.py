"""Loaded-language lens: name-calling, glittering generalities, intensifiers, fear words, scare quotes.

Cue categories come from ``contrast/resources/lexicons/loaded.toml`` (extended by
``[lenses.loaded]``); scare quotes are found by a rule instead of a list: a quoted span of
one to four words that starts in lower case ("very “cool”", "its “soft power”") — quotes
around a short common phrase rather than a name or a speaker's sentence, the typographic
distancing of Predelli (2003, 'Scare quotes and their relation to other semantic issues').
"""

from __future__ import annotations

import re

from contrast.metrics import Corpus, MetricFrames, metric
from contrast.metrics.cues import CueMatcher, Hit, matcher
from contrast.metrics.lens import cue_rate_lens
from contrast.resources import Category, Lexicon, lexicon

LENS = "loaded"
SCARE_QUOTE = "scare_quote"
MAX_SCARE_WORDS = 4
_QUOTED = re.compile(r"[“\"‘]([a-z][\w'’\- ]*[\w'’])[”\"’](?![\w])")


def scare_quotes(sentence: str) -> list[Hit]:
    """Short lower-case quoted spans, quote marks included in the span."""
    return [
        Hit(SCARE_QUOTE, m.group(), m.start(), m.end())
        for m in _QUOTED.finditer(sentence)
        if len(m.group(1).split()) <= MAX_SCARE_WORDS
    ]


class LoadedMatcher(CueMatcher):
    """The loaded-language lexicon plus the scare-quote rule."""

    def find(self, sentence: str) -> list[Hit]:
        """Lexicon cues and scare quotes; a cue inside a scare quote counts once, as the quote."""
        quotes = scare_quotes(sentence)
        words = [h for h in super().find(sentence) if not any(q.start <= h.start and h.end <= q.end for q in quotes)]
        return sorted(words + quotes, key=lambda h: (h.start, h.end))


def loaded_lexicon(corpus: Corpus) -> Lexicon:
    """The packaged lexicon with the report's extra cues, and a scare-quote category (found by rule)."""
    words = lexicon(LENS).extended(corpus.lenses.extra(LENS))
    rule = Category(SCARE_QUOTE, "Scare quotes", "Short lower-case phrases put in quotation marks.", ())
    return Lexicon(words.name, words.version, words.provenance, words.license, words.categories + (rule,))


@metric(LENS)
def loaded(corpus: Corpus) -> MetricFrames:
    words = loaded_lexicon(corpus)
    return cue_rate_lens(corpus, LENS, words, LoadedMatcher(words))
