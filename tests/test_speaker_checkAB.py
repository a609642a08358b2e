"""Who speaks, check AB (ME-28), from new sentences of the same structures.

A pronoun after a quotation that ends the clause ("The agents … were “of the highest integrity,” he said.") is who
says it; the people the clause before the quotation is about ("analysts", "economists") are what is said, no speaker.
"""

from __future__ import annotations

import pytest

from tests.test_speaker_checkAA import ANONYMOUS, EXPERT, _read


@pytest.mark.parametrize(
    "text",
    [
        "The governor thanked her staff on Monday. The nurses, economists, analysts and others who served with her "
        "were “the finest people I ever worked with,” she said.",
        "The coach spoke after the game. The scouts, analysts and trainers who built the team are “the best in the "
        "league,” he said.",
    ],
)
def test_a_pronoun_after_the_quotation_speaks_not_the_people_described(text: str) -> None:
    kind, also = _read(text)
    assert EXPERT not in (kind, *also) and ANONYMOUS not in (kind, *also)


def test_a_role_after_the_quotation_still_speaks() -> None:
    kind, _ = _read("The cuts were “long overdue and badly needed,” analysts at the bank said.")
    assert kind is not None  # a role after the quotation is the speaker, typed
