"""Check AB (CR-32) on the certainty lens: the "must" of what a bill, law or rule requires ("would require that any
action … must first be reviewed by a panel of federal judges") is deontic, even before "be": no booster. An epistemic
"must" with no requirement before it still boosts. Sentences written here in the shape of the one misread."""

from __future__ import annotations

import pytest

from tests.test_validity_check13o_certainty import _cues


@pytest.mark.parametrize(
    "sentence",
    [
        "The measure would require that any firing of the auditor must first be approved by the full board.",
        "The rule mandates that every new well must be inspected twice a year.",
        "The new provision that all ballots must be counted by Friday takes effect in May.",
    ],
)
def test_a_requirement_must_is_no_booster(sentence: str) -> None:
    assert ("booster", "must") not in _cues(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "He must have known that the board would object.",
        "The auditor must be aware by now that the board requires a review.",
    ],
)
def test_an_inferred_must_still_boosts(sentence: str) -> None:
    assert ("booster", "must") in _cues(sentence)
