"""Frame cues in a sense their frame does not mean (check AE TB-31, BA-32), from new sentences of the same structures:
a "prisoner of war" is a soldier taken by an enemy, no one punished for a crime (its "war" stays a Security cue); a
"party" a gathering is named for ("an NFL draft party", "a birthday party", "a watch party") is a social event, no
political party. The senses each frame means stay cues."""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.frames import frames_lexicon, frames_matcher


def _cues(sentence: str) -> set[tuple[str, str]]:
    return {(h.category, h.cue.lower()) for h in frames_matcher(frames_lexicon(Lenses())).find(sentence)}


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The senator, a former Army medic and prisoner of war in Korea, called the plan reckless.", ("crime", "prisoner")),
        ("Thousands of prisoners of war were held in the camp until the armistice.", ("crime", "prisoners")),
        ("The city's hockey club called off a draft party planned for Friday evening.", ("political", "party")),
        ("She threw a surprise birthday party for her grandmother at the community hall.", ("political", "party")),
        ("Fans gathered for a watch party at the stadium as the team played away.", ("political", "party")),
        ("The office Christmas party was moved to January because of the storm.", ("political", "party")),
        ("Neighbours organised block parties and dinner parties all summer.", ("political", "parties")),
    ],
)
def test_a_cue_in_another_sense_shows_no_frame(sentence: str, cue: tuple[str, str]) -> None:
    assert cue not in _cues(sentence)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The prisoners were moved to a new jail after the riot.", ("crime", "prisoners")),
        ("He was sent to prison for fraud in 2009.", ("crime", "prison")),
        ("The senator, a former prisoner of war, says the war was a mistake.", ("security", "war")),
        ("The party held its convention in Denver.", ("political", "party")),
        ("Both parties claimed victory after the vote.", ("political", "parties")),
        ("The ruling party's leaders met on Monday.", ("political", "party")),
    ],
)
def test_the_senses_each_frame_means_stay_cues(sentence: str, cue: tuple[str, str]) -> None:
    assert cue in _cues(sentence)
