"""Stock phrases of English are no evidence that two claims report one fact (``contrast.claims.align.stock_phrases``).

Check X MU-7: Vox's "… alleged contacts between Trump associates and Russian officials did not rise to the level of
criminality …" and The Hill's "… information that will be politically damaging, even if it does not rise to the level
of alleged criminality." shared the idiom, its object and the story's names, nothing either claim is about (the
contacts; what Mueller may have uncovered), and were printed as one event. Tested on new sentences of that
structure, and on the same fact told with the idiom, which must still be one event.
"""

from __future__ import annotations

import pytest

from contrast.claims.align import stock_phrases
from tests.test_claims_link_start import _events

GIFTS = (
    "Mayor Reyes took office in 2019. Mayor Reyes ran on a promise to clean up city hall. It appears that the "
    "inspector general found that these or other alleged gifts from developers to aides of Mayor Reyes did not rise to "
    "the level of misconduct, or at least did not break the ethics code."
)
AUDIT = (
    "Mayor Reyes faces a recall vote in May. Critics of Mayor Reyes have asked for a review of his office. For Mayor "
    "Reyes, the danger remains that the review may have uncovered spending that will be politically embarrassing, even "
    "if it does not rise to the level of alleged misconduct."
)
"""The mayor is the story's topic, as Trump and Mueller were MU's: in most claims, so his name starts no link."""
TOLL_FLOOD = "The spring flood has taken a heavy toll on the dairy farms along the river."
TOLL_STRIKE = "The dockworkers' strike has taken a heavy toll on the port's container traffic."


@pytest.mark.parametrize(("first", "second"), [(GIFTS, AUDIT), (TOLL_FLOOD, TOLL_STRIKE)])
def test_two_facts_that_share_only_a_stock_phrase_are_two_events(first: str, second: str) -> None:
    assert _events({"right": first, "left": second}) == []


def test_one_fact_told_with_a_stock_phrase_is_still_one_event() -> None:
    first = (
        "The inspector general found that the gifts from Marlow Developers to Commissioner Dana Reyes did not rise to the "
        "level of misconduct."
    )
    second = (
        "Gifts from Marlow Developers to Commissioner Dana Reyes did not rise to the level of misconduct, the inspector general concluded."
    )
    assert _events({"right": first, "left": second}) == [{first, second}]


def test_the_stock_phrases_of_a_sentence() -> None:
    assert stock_phrases(AUDIT) == ["rise to the level of alleged misconduct"]
    assert stock_phrases(GIFTS) == ["rise to the level of misconduct"]  # the complement stops at the clause's comma
    assert stock_phrases("It fell short of the votes it needed.") == ["fell short of the votes"]
    assert stock_phrases(TOLL_STRIKE) == ["taken a heavy toll"]
    assert stock_phrases("The council met behind closed doors on Monday.") == ["behind closed doors"]
    assert stock_phrases("The levels of lead in the water rose to a new high.") == []
