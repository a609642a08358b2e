"""The validity suite, continued: the false lens findings of check12m-new (Fox, the New York Times and HuffPost on
Newsweek's Michele Bachmann cover, August 2011 (BN-), and on Mike Huckabee's presidential bid, May 2015 (HB-)), each as a
table of the sentence misread and near misses, which must keep their reading.

- BN-21: "Hedges: highest in US center, 10.3 per 1,000 words" counted "unlikely" in "even some unlikely allies have
  emerged": an adjective for surprising allies, no doubt about a claim. "It is unlikely that …" still hedges.
- HB-19: "Boosters: highest in US right, 2.2" was "confirmed" in "The field of confirmed and potential GOP presidential
  candidates": a participle before its noun (declared candidates), no booster. "Officials confirmed the deal" boosts.
"""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.certainty import certainty_lexicon, certainty_matcher

# --- BN-21, HB-19: a certainty word as an adjective before its noun -----------------------------------------------------


def _certainty(sentence: str) -> list[str]:
    return [h.cue.lower() for h in certainty_matcher(certainty_lexicon(Lenses())).find(sentence)]


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        # BN-21: "unlikely allies" are surprising ones; the writer doubts nothing
        ("But even some unlikely allies have emerged to decry the cover as disrespectful.", []),
        ("The two senators formed an unlikely alliance on the farm bill.", []),
        # HB-19: "confirmed" before a noun names declared candidates
        ("The field of confirmed and potential GOP presidential candidates includes more than a dozen people.", []),
        ("Health officials counted three confirmed cases in the county.", []),
        # near misses: the writer's hedge and booster keep counting
        ("It is unlikely that the bill will pass this year.", ["unlikely"]),
        ("The senator is unlikely to run again.", ["unlikely"]),
        ("Officials confirmed the deal on Tuesday.", ["confirmed"]),
        ("The report that confirmed the leak was published on Monday.", ["confirmed"]),
        ("He was confirmed by the Senate in March.", ["confirmed"]),
    ],
)
def test_a_certainty_word_before_its_noun_is_no_stance(sentence: str, cues: list[str]) -> None:
    assert _certainty(sentence) == cues
