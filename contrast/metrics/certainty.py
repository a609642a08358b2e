"""Certainty lens: hedges and boosters per 1,000 words, per source and origin.

Hedges ("may", "reportedly", "so-called") withhold commitment; boosters ("clearly",
"confirms", "undeniably") close down alternatives (Hyland 2005). The lexicon is
``contrast/resources/lexicons/certainty.toml``, extended by ``[lenses.certainty]``.

A hedge is the writer's stance towards a claim, so a word of doubt that names a topic is no
hedge (:func:`topic_senses`): the noun ("uncertainty over tariffs weighs on markets" states
firmly that there is uncertainty) and "uncertain", "unclear" or "doubtful" before the noun
they describe ("an uncertain future"). "It is uncertain whether …" and "remains unclear" hedge.
"""

from __future__ import annotations

import re
from functools import cache

import polars as pl

from contrast.config import Lenses
from contrast.metrics.cues import CueMatcher, Hit
from contrast.metrics.lens import (
    APART_LABELS,
    BOOTSTRAP_METHOD,
    OWN_VOICE_METHOD,
    PART,
    LensPart,
    cue_rate_part,
    english_only,
    lens_part,
    lens_result,
    lexicon_labels,
    measure_lenses,
    rate_measures,
)
from contrast.metrics.registry import Corpus, LensSpec, MetricFrames, metric
from contrast.resources import Lexicon, lexicon

LENS = "certainty"
SPEC = LensSpec(
    LENS,
    title="How sure they sound",
    question="How often does each origin hedge (“may”, “reportedly”, “so-called”) or boost (“clearly”, “confirms”)?",
    method="Cue words per 1,000 words of the outlet’s own voice, from a hand-written lexicon after Hyland’s (2005) hedges "
    "and boosters. A word of doubt that names a topic is no hedge: the noun (“uncertainty over tariffs weighs on "
    "markets”) and “uncertain” or “unclear” before a noun (“an uncertain future”); “it is unclear whether” hedges. "
    + OWN_VOICE_METHOD + BOOTSTRAP_METHOD,
    section=20,
    lexicon=LENS,
    labels=lambda lenses: {**lexicon_labels(LENS), **APART_LABELS},
    chart="Hedges and boosters per 1,000 words, by origin",
    headlines=("hedge", "booster"),
    per_source=True,
)


HEDGE = "hedge"
_TOPIC_SENSES = re.compile(
    r"(?i)\b(?:uncertaint(?:y|ies)|(?:uncertain|unclear|doubtful)(?=[\s-]+(?!(?:whether|if|how|what|when|why|who|which|"
    r"that|about|as|to|of|for|and|or|but|in|on|at|by|with|from|is|are|was|were|be|been|being|now|still|yet|too|so|"
    r"because|since|until|after|before|amid|given|under|over|then|though|although|while)\b)[a-z][\w-]*\b))"
)
"""Words of doubt that name a topic: the noun, and the adjective before a noun it describes."""


def topic_senses(sentence: str) -> list[tuple[int, int]]:
    """Spans of the words of doubt in ``sentence`` that name a topic, not the writer's hedge."""
    return [m.span() for m in _TOPIC_SENSES.finditer(sentence)]


class CertaintyMatcher(CueMatcher):
    """The certainty lexicon's cues, less words of doubt that name a topic (:func:`topic_senses`)."""

    def find(self, sentence: str) -> list[Hit]:
        hits = super().find(sentence)
        topics = topic_senses(sentence) if any(h.category == HEDGE for h in hits) else []
        return [h for h in hits if not (h.category == HEDGE and (h.start, h.end) in topics)] if topics else hits


def certainty_lexicon(lenses: Lenses) -> Lexicon:
    return lexicon(LENS).extended(lenses.extra(LENS))


@cache
def certainty_matcher(words: Lexicon) -> CertaintyMatcher:
    return CertaintyMatcher(words)


@lens_part(LENS)
def certainty_part(sentences: pl.DataFrame, lenses: Lenses) -> LensPart:
    words = certainty_lexicon(lenses)
    return cue_rate_part(sentences, LENS, words, certainty_matcher(words))


@metric(LENS, per_source=measure_lenses, part=PART, lens=SPEC)
def certainty(corpus: Corpus) -> MetricFrames:
    measures = rate_measures(certainty_lexicon(corpus.lenses))
    return lens_result(corpus, LENS, measures, english_only(corpus, LENS.capitalize()))
