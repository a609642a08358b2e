"""Certainty lens: hedges and boosters per 1,000 words, per source and origin.

Hedges ("may", "reportedly", "so-called") withhold commitment; boosters ("clearly",
"confirms", "undeniably") close down alternatives (Hyland 2005). The lexicon is
``contrast/resources/lexicons/certainty.toml``, extended by ``[lenses.certainty]``.
"""

from __future__ import annotations

import polars as pl

from contrast.config import Lenses
from contrast.metrics.cues import matcher
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
    "and boosters. " + OWN_VOICE_METHOD + BOOTSTRAP_METHOD,
    section=20,
    lexicon=LENS,
    labels=lambda lenses: {**lexicon_labels(LENS), **APART_LABELS},
    chart="Hedges and boosters per 1,000 words, by origin",
    headlines=("hedge", "booster"),
    per_source=True,
)


def certainty_lexicon(lenses: Lenses) -> Lexicon:
    return lexicon(LENS).extended(lenses.extra(LENS))


@lens_part(LENS)
def certainty_part(sentences: pl.DataFrame, lenses: Lenses) -> LensPart:
    words = certainty_lexicon(lenses)
    return cue_rate_part(sentences, LENS, words, matcher(words))


@metric(LENS, per_source=measure_lenses, part=PART, lens=SPEC)
def certainty(corpus: Corpus) -> MetricFrames:
    measures = rate_measures(certainty_lexicon(corpus.lenses))
    return lens_result(corpus, LENS, measures, english_only(corpus, LENS.capitalize()))
