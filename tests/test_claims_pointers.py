"""A sentence pointing to a piece of writing is no claim (check X MU-2: Vox's "Vox's Andrew Prokop has an explainer on
what we learned from Barr's letter" was printed as the claim only Left makes): a writer named with the outlet, a
colleague or the outlet's "we" has a piece on the topic; where to read, no fact of the event."""

from __future__ import annotations

import pytest

from contrast.claims.candidates import is_claim


@pytest.mark.parametrize(
    "sentence",
    [
        "The Atlantic's David Frum has a piece on why the tariffs failed.",
        "My colleague Dylan Matthews wrote an explainer about the new tax brackets.",
        "Our colleagues at the Upshot have a detailed breakdown of the county results.",
        "We have a guide on how the runoff election works.",
        "NBC News' Ben Kamisar has a timeline of the senator's shifting statements.",
    ],
)
def test_a_pointer_to_a_piece_is_no_claim(sentence: str) -> None:
    assert not is_claim(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Congressional Budget Office has an analysis of the bill showing 20 million people would lose coverage.",
        "The senator's office has a story to tell about the missing emails, aides said.",
        "Mueller's team has a report on Russian interference that runs to 400 pages.",
        "We have seen no evidence that the two campaigns coordinated.",
    ],
)
def test_a_claim_about_the_event_stays(sentence: str) -> None:
    assert is_claim(sentence)
