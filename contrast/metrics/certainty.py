"""Certainty lens: hedges and boosters per 1,000 words, per source and origin.

Hedges ("may", "reportedly", "so-called") withhold commitment; boosters ("clearly",
"confirms", "undeniably") close down alternatives (Hyland 2005). The lexicon is
``contrast/resources/lexicons/certainty.toml``, extended by ``[lenses.certainty]``.
"""

from __future__ import annotations

import polars as pl

from contrast.config import Lenses
from contrast.metrics.registry import Corpus, MetricFrames, metric
from contrast.metrics.cues import matcher
from contrast.metrics.lens import PART, LensPart, cue_rate_part, english_only, lens_part, lens_result, measure_lenses, rate_measures
from contrast.resources import Lexicon, lexicon

LENS = "certainty"


def certainty_lexicon(lenses: Lenses) -> Lexicon:
    return lexicon(LENS).extended(lenses.extra(LENS))


@lens_part(LENS)
def certainty_part(sentences: pl.DataFrame, lenses: Lenses) -> LensPart:
    words = certainty_lexicon(lenses)
    return cue_rate_part(sentences, LENS, words, matcher(words))


@metric(LENS, per_source=measure_lenses, part=PART)
def certainty(corpus: Corpus) -> MetricFrames:
    measures = rate_measures(certainty_lexicon(corpus.lenses))
    return lens_result(corpus, LENS, measures, english_only(corpus, LENS.capitalize()))
