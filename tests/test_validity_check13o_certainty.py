"""check13o (Rick Perry's "Strong" ad, 2011) on the certainty lens: PA-31, "likely" in the polling term "likely
Republican caucus-goers" counted as HuffPost's hedge; PA-34, the "must" of obligation in "… values must stop" counted
as a booster (Hyland's list has "must" only as "must (possibility)"); PA-35, "assume" in "wrong for Governor Perry to
assume …", the presumption the speaker faults, counted as a hedge. Each with near misses that must keep their reading.
Sentences are written here in the shape of the ones misread."""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.certainty import certainty_lexicon, certainty_matcher


def _cues(sentence: str) -> list[tuple[str, str]]:
    return [(h.category, h.cue.lower()) for h in certainty_matcher(certainty_lexicon(Lenses())).find(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        # PA-31, HuffPost
        "However, the governor netted just six percent support among likely Republican caucus-goers, according to a poll.",
        "The survey of 600 likely voters was taken Monday.",
        "He trails among likely Republican primary voters in the state.",
        # PA-34, Fox (a statement's sentence)
        "This administration's war on traditional American values must stop.",
        "The government must act now, and Congress must not wait.",
        # PA-35, NYT (a quotation)
        "It is wrong for Governor Perry to assume being a person of faith does not afford one to support equality.",
        "It would be a mistake to assume that voters agree.",
        # the same verb meaning take on (found while fixing PA-35)
        "Since he assumed office in 2009, the deficit has grown.",
        "She assumed the presidency of the council in May.",
        "He will assume control of the company next year.",
    ],
)
def test_a_polling_term_an_obligation_and_a_faulted_presumption_are_no_cue(sentence: str) -> None:
    assert _cues(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        ("He is likely to win voters in Ohio.", [("hedge", "likely")]),
        ("Voters will likely stay home.", [("hedge", "likely")]),
        ("A likely outcome is a tie.", [("hedge", "likely")]),
        ("He must have known about the ad.", [("booster", "must")]),
        ("That must be true.", [("booster", "must")]),
        ("The judge must surely be biased.", [("booster", "must"), ("booster", "surely")]),
        ("We assume the figures are right.", [("hedge", "assume")]),
        ("It is safe to assume that he knew.", [("hedge", "assume")]),
        ("We assume power is shared evenly.", [("hedge", "assume")]),
    ],
)
def test_near_misses_keep_their_reading(sentence: str, cues: list[tuple[str, str]]) -> None:
    assert _cues(sentence) == cues
