"""One list of titles written before a name (``contrast.segment.TITLE_BEFORE_NAME``, from ``segment.TITLES``).

The courtesy and office titles ("Mr.", "Mrs.", "Sen.", "Gov.", …) were spelled out in seven regular expressions
(certainty, voice, speakers, distinctive, align, absence), each with its own subset: alignment's reading of the persons
a claim names knew "Sen." and "Dr." but not "Gen.", "Adm.", "Lt." or "Rev.", so "Marine Gen. Joseph Dunford" gave the
surname "Gen" (paired with "Marine") beside "Dunford", and two claims about different generals shared a "person".
Now every rule takes the titles the sentence splitter knows.

Texts are new ones of the same structure."""

from __future__ import annotations

import re

import pytest

from contrast.claims.align import _people
from contrast.segment import TITLE_BEFORE_NAME, TITLES


def test_every_title_the_splitter_knows_is_one_before_a_name() -> None:
    pattern = re.compile(rf"{TITLE_BEFORE_NAME}\.")
    assert all(pattern.fullmatch(f"{title.capitalize()}.") for title in TITLES)


@pytest.mark.parametrize(
    ("text", "surnames"),
    [
        ("Army Gen. Laura Whitfield told reporters the base would stay open.", {"Whitfield"}),
        ("Navy Vice Adm. Peter Osei said six sailors were hurt.", {"Osei"}),
        ("The Rev. Thomas Ahern led the vigil on Sunday.", {"Ahern"}),
        ("Sen. Maria Delgado said the vote would come next week.", {"Delgado"}),
    ],
)
def test_a_title_before_a_name_is_no_surname(text: str, surnames: set[str]) -> None:
    assert _people(text) == surnames
