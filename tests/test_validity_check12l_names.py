"""The validity suite, continued: the names and "only in" anchors check12l-new found cut or missed (Fox, the New York
Times and HuffPost on Glenn Beck's CPAC speech, February 2010, and on the Cheney sisters, August 2013).

- Page (CH briefing p.4, key Q1): "no other origin's text has 'George W'", search terms “George W” and “Bush and Dick
  Cheney”: the name "George W. Bush" was cut at the initial's full stop. (BK key Q2): search terms “12” and “Beck” for a
  claim about the "9/12 Project": the name lost its number. A name keeps its initials; a search term is a whole name.
"""

from __future__ import annotations

import pytest

from contrast.claims.distinctive import anchor_terms, display_anchor, distinct_anchors
from contrast.claims.terms import entities

BUSH = ("Less than a decade after George W. Bush and Dick Cheney won re-election in part thanks to conservative "
        "enthusiasm over enshrining traditional marriage into law, some in the party believe they are losing voters.")
PROJECT = ("Beck also launched the 9/12 Project, which sets forth nine values and 12 principles that he believes the "
           "country was founded upon.")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (BUSH, ["George W. Bush", "Dick Cheney"]),
        (PROJECT, ["9/12 Project"]),
        ("Agents said J. Edgar Hoover wrote to the Justice Department.", ["J. Edgar Hoover", "Justice Department"]),
        # near misses keep their reading
        ("The U.S. Senate passed the bill on Tuesday.", ["U.S. Senate"]),
        ("On 9/11 Bush was in Florida with Sen. John McCain.", ["Bush", "Florida", "John McCain"]),
    ],
)
def test_a_name_keeps_its_initials_and_its_number(text: str, names: list[str]) -> None:
    assert [e for e in entities(text) if not e.startswith("^")] == names


def test_the_key_facts_of_a_claim_are_whole_names() -> None:
    shown = distinct_anchors(display_anchor(a, [BUSH]) for a in anchor_terms(BUSH, entities(BUSH), []))
    assert shown == ["George W. Bush", "Dick Cheney"]
    shown = distinct_anchors(display_anchor(a, [PROJECT]) for a in anchor_terms(PROJECT, entities(PROJECT), []))
    assert shown[0] == "9/12 Project"
