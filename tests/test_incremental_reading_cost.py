"""What a build reads of one row or one source is read once, however many rows and words a build asks (issue 16).

The absence search's name index asks each row it reads, word by word, whether the row writes the word in capitals,
as a surname, after a title, and with which given names (``distinctive.RowRead``). Built per call, those patterns
overflowed ``re``'s cache of 512 at 200 sources and were compiled again for every row (13,000 compilations, ~2 s of
an add-one build's CPU). The readings are those of the plain patterns, which these tests spell out as the reference.
"""

from __future__ import annotations

import re

import pytest

from contrast.claims import distinctive
from contrast.claims.distinctive import _TITLED, RowRead, is_weekday
from contrast.claims.terms import MONTHS, stopwords


def reference_marks(text: str, word: str) -> tuple[bool, bool]:
    """``RowRead.marks`` as specified: in capitals as a whole word (an acronym of 3–``_LONGEST_ACRONYM`` letters,
    maybe plural), and a given name written after a capitalised word, before none."""
    upper, title = re.escape(word.upper()), re.escape(word.capitalize())
    capital = 3 <= len(word) <= distinctive._LONGEST_ACRONYM and re.search(rf"\b{upper}s?\b", text) is not None
    surname = distinctive.is_given_name(word) and re.search(rf"\b[A-Z][\w'’-]*\.?\s+{title}\b(?!\s+[A-Z])", text) is not None
    return capital, surname


def reference_titled(text: str, word: str) -> bool:
    return re.search(rf"{_TITLED}{re.escape(word.capitalize())}\b(?![-‐]|\s+[A-Z])", text) is not None


def reference_forenames(text: str, word: str) -> frozenset[str]:
    before = re.findall(rf"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?{re.escape(word.capitalize())}\b", text)
    return frozenset(
        w.lower() for w in before
        if w.lower() not in stopwords() and w.lower() not in MONTHS and not is_weekday(w) and re.fullmatch(_TITLED, w + " ") is None
    )


ROWS = (
    "Gov. Walker told NATO's envoys that Scott Walker and Judge Walker-Smith differ.",
    "Secretary Mnuchin met the CEOs of GM on Monday; Steven T. Mnuchin spoke after Tuesday Mnuchin.",
    "President Obama Care was a slogan, said Attorney General Holder; Eric Holder and Mr. Holder agreed.",
    "The UAW and the uaw's members: Clarence Thomas wrote, Justice Thomas Jefferson did not.",
    "“It’s over,” Rep. O’Rourke said of the D.O.J. inquiry; Beto O’Rourke left.",
)
WORDS = ("walker", "nato", "mnuchin", "gm", "ceo", "holder", "obama", "uaw", "thomas", "clarence", "o’rourke", "doj", "beto")


@pytest.mark.parametrize("text", ROWS)
def test_a_rows_name_readings_are_those_of_the_plain_patterns(text: str) -> None:
    read = RowRead(text)
    for word in WORDS:
        assert read.marks(word) == reference_marks(text, word), word
        assert read.titled(word) == reference_titled(text, word), word
        assert read.forenames(word) == reference_forenames(text, word), word


def test_each_words_patterns_are_compiled_once_however_many_rows_ask(monkeypatch) -> None:
    """600 words asked of 3 rows each, in turn: ~2,400 patterns, more than ``re`` keeps. Each is compiled once."""
    from re import _compiler  # type: ignore[attr-defined]

    words = [f"surname{k}" for k in range(600)]
    rows = [" ".join(f"Mr. Surname{k} and SURNAME{k}" for k in range(0, 600, 7)) + f" row {r}" for r in range(3)]
    for cached in (distinctive._capitals_pattern, distinctive._surname_pattern, distinctive._forename_pattern, distinctive._titled_pattern):
        cached.cache_clear()
    re.purge()
    compiled = []
    compile_ = _compiler.compile
    monkeypatch.setattr(_compiler, "compile", lambda *a, **k: compiled.append(a[0]) or compile_(*a, **k))
    for text in rows:
        read = RowRead(text)
        for word in words:
            read.marks(word), read.titled(word), read.forenames(word)
    assert compiled and len(compiled) == len(set(compiled))
