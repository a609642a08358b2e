"""The candidate search (``contrast.claims.search``): which pairs of claims linking ever scores."""

from __future__ import annotations

import numpy as np
import polars as pl

from contrast.claims import find_events
from contrast.claims.search import CANDIDATE_FEATURES, candidate_pairs, figures
from contrast.claims.tfidf import tfidf
from contrast.segment import segment

WIRE = ("The two governments agreed to hold off on new fishing quotas for 120 days while envoys negotiate a settlement "
        "of the quarrel over the reef.")  # fmt: skip
DAILY = ("According to statements issued after the summit, both capitals agreed to freeze further fishing quotas and to "
         "intensify negotiations within the next 120 days, hoping to strike an accord lifting every levy since spring.")  # fmt: skip


def test_a_figure_two_sources_give_pairs_their_claims_however_many_rarer_words_each_has() -> None:
    """Held-out gold g20: Reuters' "… agreed to hold off on imposing more tariffs for 90 days …" and People's Daily's
    "… within the next 90 days …" (0.88) were paired only through "90", their sixth rarest feature, and never once
    cleaning set aside a tweet with another of their words. Here each claim has more than six words in only one
    other claim of the report (the other sentences of its source and a third), and "120" is in three claims."""
    texts = {
        "wire": f"{WIRE} Envoys first met near the reef last year. The quarrel has hurt the settlement, whose governments hold "
        "elections soon. Reef patrols last 120 days each year.",
        "daily": f"{DAILY} The statements were issued in both capitals. Officials promised to freeze prices since spring. "
        "An accord would mean lifting sanctions, hoping to strike a bargain.",
        "herald": "Fishing crews on the coast want the quotas raised, their union agreed. Negotiations on fishing rights take months.",
        "post": "Shipyards said new quotas for fishing boats would hurt orders. The port agreed to negotiate with the dockers.",
    }  # fmt: skip
    origins = {source: source for source in texts}
    sentences = segment(texts, origins).with_columns(pl.lit(0.0).alias("compound"))
    claims = find_events(sentences, origins=sorted(origins)).claims
    event = dict(claims.select("text", "event").iter_rows())
    assert event[WIRE] is not None and event[WIRE] == event[DAILY]


def test_every_figure_is_looked_up_through_beside_the_rarest_features() -> None:
    """Three claims giving one figure, each with more rarer words (each in one claim more, of a source of its own)
    than it looks up through: their pairs are found through the figure, and each claim's rarest words still look up."""
    words = [[f"{letter}{k}" for k in range(CANDIDATE_FEATURES + 1)] for letter in "abc"]
    rows = [[*own, "Q:120"] for own in words] + [[word] for own in words for word in own]
    sources = np.array(["a", "b", "c", *(f"d{k}" for k in range(len(rows) - 3))])
    matrix, vocabulary = tfidf(rows)
    before = set(zip(*(p.tolist() for p in candidate_pairs(matrix, sources)), strict=True))
    found = set(zip(*(p.tolist() for p in candidate_pairs(matrix, sources, always=figures(vocabulary))), strict=True))
    assert not {(0, 1), (0, 2), (1, 2)} & before
    assert {(0, 1), (0, 2), (1, 2)} <= found
    assert {(0, 3 + k) for k in range(CANDIDATE_FEATURES)} <= found
