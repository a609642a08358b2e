"""A calling that would be or would have been is the writer's own: "what the founders of this republic would have
called “a standing army”" names no one who called it so, as "what you might call …" does not (``voice._OWN_CALLING``
knew "would call" but not "would have called", and read the founders as speakers). Nor is "be" or a modal a noun
that a participle of naming names ("The end of the Super Bowl could be called …": the naming rule took "be" for the
thing named).

Texts are new ones of the same structures."""

from __future__ import annotations

import pytest

from contrast.metrics.voice import OWN, QUOTED, REPORTED
from tests.test_voice_naming_participles import _kind


@pytest.mark.parametrize(
    "text",
    [
        "So the county built what the framers would have called “a tyranny.”",
        "It is what an earlier generation would have labeled “creeping socialism.”",
        "Critics might have dubbed it “the bridge to nowhere” had they seen the plans.",
        "The second half could be called “a collapse.”",
    ],
)
def test_a_calling_that_would_be_or_would_have_been_is_the_writers(text: str) -> None:
    assert _kind(text) == OWN


@pytest.mark.parametrize(
    "text",
    [
        # someone's calling in the past, no modal: reported
        "The framers called it “a tyranny.”",
        # a speaker saying what would have been called: the report stands
        "The senator said critics would have called the plan “a giveaway.”",
    ],
)
def test_a_calling_someone_made_stays_reported(text: str) -> None:
    assert _kind(text) in (REPORTED, QUOTED)


@pytest.mark.parametrize("before", ["The end of the match could be ", "The new stadium will be ", "The treaty might "])
def test_be_and_modals_are_no_thing_named(before: str) -> None:
    from contrast.metrics.voice import _NAMED_THING_BEFORE

    assert _NAMED_THING_BEFORE.search(before) is None
