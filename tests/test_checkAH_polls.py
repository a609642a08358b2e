"""Polls are neither an expert who speaks nor, where they are the place people vote, what the public thinks (check AH
WI-32: NPR's "The exit polls predicted a four-point victory for Walker." was Center's one expert or academic speaker;
WI-39: CNN's "identifying voters and making sure they get to the polls on Election Day" was a Public opinion cue)."""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.attribution import UNSPECIFIED
from contrast.metrics.frames import frames_lexicon, frames_matcher
from tests.test_speaker_vague_groups import _kinds


def _public_opinion(sentence: str) -> list[str]:
    return [h.cue for h in frames_matcher(frames_lexicon(Lenses())).find(sentence) if h.category == "public_opinion"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Volunteers knocked on doors to make sure supporters got to the polls before they closed.",
        "Long lines formed at the polls in several counties as turnout surged.",
        "Polls close at 8 p.m. in most of the state, and results are expected by midnight.",
        "The union bused members to the polls on Tuesday morning.",
    ],
)
def test_the_polls_where_people_vote_are_no_public_opinion(sentence: str) -> None:
    assert "polls" not in _public_opinion(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Public and party polls suggest most people's minds are already made up.",
        "Recent polls show the mayor trailing by six points.",
        "The polls closed the gap in the final week of the race.",
    ],
)
def test_polls_that_measure_opinion_stay_public_opinion(sentence: str) -> None:
    assert "polls" in _public_opinion(sentence)


@pytest.mark.parametrize(
    "text",
    [
        "The early polls predicted a narrow win for the incumbent mayor.",
        "According to the latest polls, the challenger is gaining ground in the suburbs.",
    ],
)
def test_polls_that_predict_are_no_expert(text: str) -> None:
    assert _kinds(text)[0] == UNSPECIFIED


def test_polls_nobody_names_stay_vague_sourcing_but_no_expert() -> None:
    assert _kinds("The measure has broad public support in the state, according to polls.") == (
        UNSPECIFIED, ("speaker.anonymous",))


def test_a_named_analyst_stays_an_expert() -> None:
    assert _kinds("Analysts at the university predicted a narrow win for the incumbent mayor.")[0] == "speaker.expert"
