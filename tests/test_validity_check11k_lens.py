"""The validity suite, continued: the false lens findings of check11k-new (Fox, the New York Times and HuffPost on the
congressional baseball game after the shooting, June 2017), each as a table of the sentence misread and near misses,
which must keep their reading.

- CS-31: "Crime and punishment: highest in US left, 22% against no sentence with a cue for it in the other origins"
  (a clear difference on page 1): HuffPost's "two police officers" counted, while Fox's "two U.S. Capitol Police
  officers" and the Times's "a Capitol Police officer" did not: a lower-case cue skips a capitalised word inside a
  sentence as a name, and a force named for the police is the police.
- CS-21: "Boosters: highest in US center, 2.4 per 1,000 words" counted "never" in "a near-summer air that never quite
  felt swampy" (softened: not fully) and "must" in "the game must go on" (the idiom of carrying on): neither is the
  Times sounding sure.
- CS-22: "suggesting" in "Ms. Pelosi could not resist suggesting that Republicans were the initiators" was a hedge, and
  negated: it reports what Pelosi said, and the negation is of "resist".
- CS-24: "Glittering generalities: highest in US center" was "flourishes" in "there were flourishes to appreciate"
  (decorative touches, a noun). VF-28: "Quality of life: highest in US center, 33%" was "travel" in "As he prepared to
  travel to Mexico" (a trip). CS-33: "business" in "district business" (Economic) and "must" in "the game must go on"
  (Policy prescription) were frame cues.
"""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.certainty import certainty_lexicon, certainty_matcher
from contrast.metrics.frames import frames_lexicon, frames_matcher
from contrast.metrics.loaded import LoadedMatcher, loaded_lexicon


def _frames(sentence: str, category: str) -> list[str]:
    return [h.cue.lower() for h in frames_matcher(frames_lexicon(Lenses())).find(sentence) if h.category == category]


# --- CS-31: a force named for the police is the police ---------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "The Wednesday attack injured Scalise; Matt Mika, a lobbyist for Tyson Foods; and two U.S. Capitol Police "
        "officers, Special Agents Crystal Griner and David Bailey.",
        "David Bailey, a Capitol Police officer who was wounded while helping to stop the attack, threw out the "
        "ceremonial first pitch.",
        "Six people, including two congressmen, two police officers, a congressional aide and a lobbyist, were injured.",
        "Police shut down the streets for blocks around the field early Wednesday.",
        "U.S. Capitol Police officers assigned to Scalise engaged Hodgkinson in gunfire, and Alexandria Police "
        "responded soon after.",
    ],
)
def test_police_named_or_not_is_a_crime_cue(sentence: str) -> None:
    assert "police" in _frames(sentence, "crime")


@pytest.mark.parametrize(
    "sentence",
    [
        "The platform has no way to police speech.",
        "Layoffs of teachers, police officers and firefighters followed the budget cuts.",
    ],
)
def test_police_in_no_crime_sense_stays_no_cue(sentence: str) -> None:
    assert _frames(sentence, "crime") == []


# --- CS-21, CS-22: a softened "never", the idiom "must go on", a suggestion someone could not resist ------------------

def _certainty(sentence: str) -> list[tuple[str, str]]:
    return [(h.category, h.cue.lower()) for h in certainty_matcher(certainty_lexicon(Lenses())).find(sentence)]


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        ("On a near-summer air that never quite felt swampy, the players took the field.", []),
        ("The players were united in a certainty that the game must go on.", []),
        ("Ms. Pelosi could not resist suggesting that Republicans were the initiators of the incivility.", []),
        ("She couldn’t resist suggesting a change.", []),
        # near misses keep their reading
        ("He never paid the tax.", [("booster", "never")]),
        ("The judge must have known.", [("booster", "must")]),  # epistemic; "must step aside" is an obligation (PA-34)
        ("The data suggest that growth is slowing.", [("hedge", "suggest")]),
        ("Prices rose, suggesting the economy is overheating.", [("hedge", "suggesting")]),
    ],
)
def test_certainty_senses(sentence: str, cues: list[tuple[str, str]]) -> None:
    assert _certainty(sentence) == cues


# --- CS-24, VF-28, CS-33: a noun, a trip, constituency work and an idiom ----------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        ("Still, there were flourishes to appreciate: signs, shirts and a ceremonial first pitch.", []),
        ("He signed the bill with a flourish.", []),
        ("Under the new rules, the local economy flourishes.", ["flourishes"]),
        ("A flourishing democracy needs a free press.", ["flourishing"]),
    ],
)
def test_flourishes_as_a_noun_is_no_glittering_generality(sentence: str, cues: list[str]) -> None:
    hits = LoadedMatcher(loaded_lexicon(Lenses())).find(sentence)
    assert [h.cue.lower() for h in hits if h.category == "glitter"] == cues


@pytest.mark.parametrize(
    ("sentence", "category", "cues"),
    [
        ("As he prepared to travel to Mexico, Mr. Trump responded to Mr. Fox’s attacks.", "quality_of_life", []),
        ("The lawmakers went home, with families and district business waiting for them.", "economic", []),
        ("They were united in a certainty that the game must go on.", "policy", []),
        # near misses keep their reading
        ("Travel restrictions kept families apart for months.", "quality_of_life", ["travel", "families"]),
        ("Small business owners struggled to pay rent.", "economic", ["business"]),
        ("Congress must act on the bill.", "policy", ["must"]),
    ],
)
def test_frame_cues_in_no_frame_sense(sentence: str, category: str, cues: list[str]) -> None:
    assert _frames(sentence, category) == cues
