"""Check AB (ME-34) on the frames lens, from new sentences of the same structures: "world" in an idiom ("But that's not
the world we live in.", "in a perfect world", "not the end of the world") is a way of speaking, no country's standing
abroad, so it shows no External regulation frame; "the world" of nations still does."""

from __future__ import annotations

import pytest

from tests.test_frames_checkY_senses import _frames

EXTERNAL = "external"


@pytest.mark.parametrize(
    "sentence",
    [
        "Sadly, that is simply not the world that we live in anymore.",
        "In a perfect world, every voter would read the whole report before deciding.",
        "Losing one primary is not the end of the world for a young candidate.",
        "What in the world was the committee thinking when it scheduled the vote?",
        "The small-town paper means the world to the people who still read it.",
    ],
)
def test_world_in_an_idiom_shows_no_external_frame(sentence: str) -> None:
    assert EXTERNAL not in _frames(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit showed the world that the alliance still stands together.",
        "The country has the largest navy in the world and wants allies to know it.",
    ],
)
def test_the_world_of_nations_still_shows_it(sentence: str) -> None:
    assert EXTERNAL in _frames(sentence)
