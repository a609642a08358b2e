"""Certainty lens: hedges and boosters per 1,000 words, per source and origin.

Hedges ("may", "reportedly", "so-called") withhold commitment; boosters ("clearly",
"confirms", "undeniably") close down alternatives (Hyland 2005). The lexicon is
``contrast/resources/lexicons/certainty.toml``, extended by ``[lenses.certainty]``.
"""

from __future__ import annotations

from contrast.metrics import Corpus, MetricFrames, metric
from contrast.metrics.cues import matcher
from contrast.metrics.lens import cue_rate_lens
from contrast.resources import Lexicon, lexicon

LENS = "certainty"


def certainty_lexicon(corpus: Corpus) -> Lexicon:
    return lexicon(LENS).extended(corpus.lenses.extra(LENS))


@metric(LENS)
def certainty(corpus: Corpus) -> MetricFrames:
    words = certainty_lexicon(corpus)
    return cue_rate_lens(corpus, LENS, words, matcher(words))
