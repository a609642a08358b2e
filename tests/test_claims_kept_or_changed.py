"""A figure one claim gives as a level left as it was and another as a level set or changed is two facts, however much
else they share (check17 CN-17: the NYT's "By contrast, China left unchanged at 5 percent its tariffs on about a tenth
of the product categories in the $60 billion." was linked into one event with USA Today's "China's Ministry of Finance
said the new tariffs would impact $60 billion in U.S. imports and would range from 5% to 25%.")."""

from __future__ import annotations

import pytest

from contrast.claims.conflicts import CHANGED, KEPT, Conflicts, kept_and_changed, levels_of
from tests.test_claims_link_start import _events

KEPT_RATE = "By contrast, Ottawa left unchanged at 10 percent its duties on about a fifth of the steel products in the $12 billion list."
NEW_RATES = "Canada's finance department said the new duties would cover $12 billion in U.S. steel and would range from 10% to 30%."
SAME_NEW_RATES = "Canada's finance department plans duties ranging from 10% to 30% on a revised $12 billion list of U.S. steel products."


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        (KEPT_RATE, {"10%": {KEPT}}),
        (NEW_RATES, {"10%": {CHANGED}}),
        ("The central bank held its main rate steady at 4.5% on Thursday.", {"4.5%": {KEPT}}),
        ("Unemployment remained at 3.9 percent in March.", {"3.9%": {KEPT}}),
        ("The central bank raised its main rate to 4.5 percent.", {"4.5%": {CHANGED}}),
        ("The ministry imposed new duties of 15% on pork.", {"15%": {CHANGED}}),
        ("The central bank's main rate is 4.5%.", {}),  # a figure given bare is neither
    ],
)
def test_a_figure_is_read_as_a_level_kept_or_changed(text: str, levels: dict[str, set[str]]) -> None:
    assert levels_of(text) == levels


def test_a_level_kept_and_the_same_figure_changed_conflict() -> None:
    assert kept_and_changed(levels_of(KEPT_RATE), levels_of(NEW_RATES))
    assert not kept_and_changed(levels_of(NEW_RATES), levels_of(SAME_NEW_RATES))
    held = levels_of("The central bank held its main rate at 4.5% on Thursday.")
    assert not kept_and_changed(held, levels_of("The central bank left its main rate unchanged at 4.5 percent."))
    assert kept_and_changed(held, levels_of("The central bank raised its main rate to 4.5 percent."))
    conflicts = Conflicts([KEPT_RATE, NEW_RATES, SAME_NEW_RATES])
    assert conflicts.pair(0, 1) and conflicts.pair(0, 2) and not conflicts.pair(1, 2)


def test_the_unchanged_level_is_not_linked_into_the_new_measure() -> None:
    events = _events({"left": KEPT_RATE, "centre": NEW_RATES, "right": SAME_NEW_RATES})
    assert {NEW_RATES, SAME_NEW_RATES} in events
    assert not any(KEPT_RATE in event for event in events)
