"""Hedges that are no doubt about a claim, and a hedge that was missed (check AC BR-25, BR-29): "as possible" closing
"as much … as possible" names the most that can be done; "to appear to" before a verb of doing names coming before a
body ("order Mr. Barr to appear to talk about …"); "almost certain to" withholds full commitment, as "likely to" does,
and "almost certainly" is no booster. New sentences of the same structures."""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.certainty import certainty_lexicon, certainty_matcher


def _cues(sentence: str) -> list[tuple[str, str]]:
    return [(h.category, h.cue) for h in certainty_matcher(certainty_lexicon(Lenses())).find(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        # "as possible" closing an equative of the most
        "The museum wants to return as many of the stolen paintings to their owners as possible.",
        "Officials tried to keep as much of the audit secret as possible before the vote.",
        "The union said its aim is to win as large a raise for its members as possible.",
        "Rescuers worked to reach as many of the stranded families as quickly as possible.",
        # "to appear to" before a verb of doing: coming before a body
        "The chairwoman said she will soon order the director to appear to answer questions about the contract.",
        "The former aide was fined after refusing to appear to testify before the grand jury.",
        "Every mayor in the region would have to appear to explain the overruns.",
    ],
)
def test_a_cue_word_that_names_the_most_or_coming_before_a_body_is_no_hedge(sentence: str) -> None:
    assert _cues(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        # near misses still hedge
        ("Analysts regard a settlement as possible.", [("hedge", "possible")]),
        ("Tools such as drones were seen as possible.", [("hedge", "possible")]),
        ("The new figures appear to show a slowdown in hiring.", [("hedge", "appear to")]),
        ("The two donors the mayor referred to appear to be brothers.", [("hedge", "appear to")]),
        # near certainty hedges, as "likely to" does; certainty boosts, as "sure to" does
        ("Republican senators are almost certain to oppose the nomination.", [("hedge", "almost certain")]),
        ("The council will almost certainly delay the vote.", [("hedge", "almost certainly")]),
        ("The seat is virtually certain to stay in Democratic hands.", [("hedge", "virtually certain")]),
        ("The hearings are certain to draw a crowd.", [("booster", "certain to")]),
        ("Certain members of the board objected.", []),
    ],
)
def test_hedges_of_near_certainty_count_and_near_misses_still_hedge(sentence: str, cues: list[tuple[str, str]]) -> None:
    assert _cues(sentence) == cues
