"""A noun of saying is no reporting verb: "Obama rejected claims that he betrayed Democrats" reports Obama's answer,
and "claims" names his critics' charge; the Distancing verb group counts a speaker's verb (check10h BT-41)."""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.attribution import attribute, attribution_lexicon, attribution_matcher


def _verb_groups(sentence: str) -> list[str]:
    _, _, hits = attribute(sentence, attribution_matcher(attribution_lexicon(Lenses())).find(sentence))
    return [h.category for h in hits if h.category.startswith("verb.")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Obama rejected claims that he betrayed Democrats by cutting a deal with Republicans.",
        "The senator dismissed claims that the plan would raise taxes on the middle class.",
        "The governor is under fire amid claims that he misused state funds for travel.",
        "Aides have been disputing claims that the White House caved to Republicans.",
    ],
)
def test_claims_after_a_verb_or_a_preposition_is_a_noun_not_a_distancing_verb(sentence: str) -> None:
    assert "verb.claim" not in _verb_groups(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "He claims that the deal will cost the Treasury nothing at all.",
        "The party claims that the recount was rigged from the start.",
        "Mr. Reid claims that the bill has enough votes to pass the Senate.",
    ],
)
def test_claims_after_its_subject_is_still_a_distancing_verb(sentence: str) -> None:
    assert "verb.claim" in _verb_groups(sentence)


def test_claims_a_seat_is_no_reporting_verb() -> None:
    assert "verb.claim" not in _verb_groups("The party claims the seat after a long recount in the county.")
