"""check-Y (and check-X MU-A3) on the certainty lens. AL-25: "could" in a temporal clause ("before a special election
could take place") counted as Fox's hedge; FB-25: "could" in the that-clause of a hope ("Dashed are the hopes that the
campaign could come to a conclusion …") counted as Politico's hedge, and "suggested" with "the GOP nominee" for subject
(a verb of speech) as USA Today's; AL-26: "evidently" ("It evidently paid off."), an inference from evidence, counted
as a booster; MU-A3: "never" under "might" ("might never be released") and "obvious" describing a question counted as
boosters. Sentences are new ones of the same shapes, each with near misses that keep their reading."""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.certainty import certainty_lexicon, certainty_matcher


def _cues(sentence: str) -> list[tuple[str, str]]:
    return [(h.category, h.cue.lower()) for h in certainty_matcher(certainty_lexicon(Lenses())).find(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        # AL-25: a temporal clause says when, its modal the time not yet come
        "The senator was named to the post in May before a runoff could be held.",
        "The board stalled for weeks until the auditors might finish their review.",
        "Before the ballots could be counted, the clerk's office closed for the night.",
        # FB-25: the content of a hope, fear or expectation
        "Gone is the expectation that the talks could end with a signed treaty, leaving both sides bitter.",
        "There are growing fears that the levee might give way.",
        "Her aides voiced concerns that the ruling may delay the vote.",
        # FB-25: "suggest" with a person for subject, a verb of speech
        "In a Tuesday interview, the Democratic challenger suggested the tax cut would no longer pass in its current form.",
        "The nominee suggested the debates were a waste of time.",
        # MU-A3: "obvious" describing a question
        "Right, this is an obvious one since the memo is just a summary.",
        "The obvious question is who pays for it.",
    ],
)
def test_a_modal_that_is_no_doubt_and_a_booster_that_closes_nothing_are_no_cue(sentence: str) -> None:
    assert _cues(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        # MU-A3: a booster under "may" or "might" is no booster; the modal hedges
        ("Much of the archive might never be opened.", ("hedge", "might")),
        ("We may never know who leaked the memo.", ("hedge", "may")),
        # AL-26: an evidential is an inference, a hedge like "apparently"
        ("The strategy evidently worked.", ("hedge", "evidently")),
        ("Voters had evidently tired of the feud.", ("hedge", "evidently")),
    ],
)
def test_under_a_modal_of_possibility_only_the_modal_and_an_evidential_hedge(sentence: str, cue: tuple[str, str]) -> None:
    assert _cues(sentence) == [cue]


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        # the main clause's modal hedges, whatever follows it
        ("The deal could collapse before the vote.", [("hedge", "could")]),
        ("The levee might give way.", [("hedge", "might")]),
        ("Before long the coalition could split.", [("hedge", "could")]),
        ("The panel will not meet until March and could drop the inquiry.", [("hedge", "could")]),
        # a relative "that" whose verb is the modal: the writer's guess
        ("The memo raised concerns that could derail the merger.", [("hedge", "could")]),
        # evidence that suggests
        ("The polls suggested the tax cut would no longer pass.", [("hedge", "suggested")]),
        # a firm inability, and "obvious" asserting
        ("The tunnel could never be finished on time.", [("booster", "never")]),
        ("It is obvious that the plan failed.", [("booster", "obvious")]),
        ("That was an obvious lie.", [("booster", "obvious")]),
        ("He has never lost an election.", [("booster", "never")]),
    ],
)
def test_near_misses_keep_their_reading(sentence: str, cues: list[tuple[str, str]]) -> None:
    assert _cues(sentence) == cues
