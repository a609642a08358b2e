"""The quotation scan reads only the quotation marks of a sentence, and finds what reading every character finds.

``voice._scan`` skips a sentence without a quotation mark and visits only the marks of the others
(every other character leaves its state alone). Checked against the same scan made to visit every
character, on hypothesis sentences of marks, letters, spaces, brackets and dashes, with and without
a quotation carried in from the sentence before.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contrast.metrics import voice


class _NeverDisjoint(frozenset[str]):
    def isdisjoint(self, other: object) -> bool:  # type: ignore[override]
        return False


def scan_every_character(text: str, carried: str | None) -> tuple[list[tuple[int, int]], str | None, bool]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(voice, "_MARKS", _NeverDisjoint(voice._MARKS))
        patch.setattr(voice, "_MARK_RE", re.compile(r"(?s)."))
        return voice._scan(text, carried)


sentences = st.text(alphabet="“”„«»‘’'\"ab Z.,([-—/\n1", max_size=40)


@settings(max_examples=400, deadline=None)
@given(sentences, st.sampled_from([None, "d", "s"]))
def test_scanning_the_marks_only_finds_what_scanning_every_character_finds(text: str, carried: str | None) -> None:
    assert voice._scan(text, carried) == scan_every_character(text, carried)


def test_every_mark_the_scan_reads_is_in_the_mark_set() -> None:
    assert set(voice._DOUBLE_OPEN + voice._DOUBLE_CLOSE + voice._SINGLE_OPEN + "\"'’") == set(voice._MARKS)
    assert all(voice._MARK_RE.fullmatch(mark) for mark in voice._MARKS)
    assert not voice._MARK_RE.search("plain text, without (any) marks — at all.")
