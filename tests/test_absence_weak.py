"""The weak band of the absence search (contrast.claims.absence._told_in_words): a row of another origin scoring
0.05–0.2 keeps a claim "possibly reported elsewhere" through a name only when it names the name whole (all its words,
a person by surname, or its last word written as a name), not one of its words in any form. Cases from the dev golds
(trump-zte-reversal, benghazi): single-source claims (gold) held back by rows that shared a word of a name; the near
misses are rows that name it."""

from __future__ import annotations

import numpy as np
import pytest

from contrast.claims.absence import _told_in_words
from tests.test_absence import BANK, FILLER, TARIFF_STORY, _claims

BEST_BUY = "Among the big US companies that have asked to testify at the hearings are Best Buy (BBY), HP (HPQ) and US Steel (X)."
LIGHTHIZER = "US Trade Representative Robert Lighthizer has expressed particular concern about Beijing's high-tech ambitions."
CONSULATE = "CIA officials struck out the phrase “a direct assault against the US Consulate” to “demonstrations in Benghazi.”"
ROWS = {
    # a word of a name, not the name: "buys" is no Best Buy, an assistant trade representative no Lighthizer
    "buys": (BEST_BUY, "ZTE buys most of its chips abroad.", False),
    "Best Buy": (BEST_BUY, "Best Buy said its prices would rise.", True),
    "representative": (LIGHTHIZER, "Claire Reade, once an assistant Representative, said the ban caused more alarm.", False),
    "Lighthizer": (LIGHTHIZER, "Lighthizer declined to comment on the plan.", True),
    "consulate": (CONSULATE, "At 11:25 a.m., Mr. Rhodes changed a reference to the United States “consulate” to “diplomatic post.”", False),
}


def told_by_row(claim: str, row: str) -> bool:
    """The weak band's word test (``_told_in_words``) of ``claim`` against ``row``, each in a source of its own origin."""
    claims = _claims({"west": f"{claim} {BANK}", "east": f"{row} {FILLER} {TARIFF_STORY}"}, {"west": "western", "east": "state"})
    texts = claims.get_column("text").to_list()
    return bool(_told_in_words(claims, claims, np.array([texts.index(claim)]), np.array([texts.index(row)]))[0])


@pytest.mark.parametrize("case", sorted(ROWS))
def test_a_weak_row_tells_a_claim_by_a_name_only_when_it_names_it_whole(case: str) -> None:
    claim, row, told = ROWS[case]
    assert told_by_row(claim, row) == told
