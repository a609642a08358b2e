"""What the absence search ("only in X") reads once rather than per block, per pair or per word (issue 16: it is
about half of the events stage's CPU at 200 AllSides sources). Each test checks the answers are those of the work
it saves, and counts the work, not the time: the machine's load makes times useless as a bound.
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
import polars as pl
import pytest
import scipy.sparse as sp

from contrast.claims import absence, distinctive
from contrast.claims.distinctive import _TITLED, RowRead, stated

ROWS = (
    "Attorney General Barr told Chancellor Merkel that General Motors had called on Ambassador Haley.",
    "Mr.  Kowalski and Mrs. Kowalski-Brandt met Sen. Ortega Smith, then Gov.\nOrtega spoke.",
    "President Senator Reyes was a joke, said Mayor Reyes; Judge Reyes's ruling stood and Dr. Reyes left.",
    "Director Wray, Commissioner Wray Jr. and Secretary O’Neill-Park were asked; Minister O’Neill answered.",
    "The general manager of General Electric, Speaker Pelosi and Leader Pelosi-Ryan, spoke to Rev. Al Sharpton.",
)
WORDS = ("barr", "merkel", "motors", "haley", "kowalski", "ortega", "smith", "reyes", "senator", "wray", "o’neill",
         "electric", "pelosi", "sharpton", "al", "general", "manager")  # fmt: skip


def _reference_titled(text: str, word: str) -> bool:
    """``RowRead.titled`` as specified: the word capitalised after a title, not hyphenated nor before another capital."""
    return re.search(rf"{_TITLED}{re.escape(word.capitalize())}\b(?![-‐]|\s+[A-Z])", text) is not None


@pytest.mark.parametrize("text", ROWS)
def test_a_title_before_a_word_is_read_as_the_whole_pattern_reads_it(text: str) -> None:
    read = RowRead(text)
    assert [read.titled(word) for word in WORDS] == [_reference_titled(text, word) for word in WORDS]


def test_no_words_pattern_holds_the_titles(monkeypatch: pytest.MonkeyPatch) -> None:
    """The titles (``_TITLED``: every ``TITLE_BEFORE_NAME``) are compiled once, not into one pattern per word asked:
    those compilations were most of the absence search's (372 words at 200 sources)."""
    from re import _compiler  # type: ignore[attr-defined]

    distinctive._titled_pattern.cache_clear()
    re.purge()
    compiled: list[str] = []
    compile_ = _compiler.compile
    monkeypatch.setattr(_compiler, "compile", lambda *a, **k: compiled.append(str(a[0])) or compile_(*a, **k))
    for text in ROWS:
        read = RowRead(text)
        for word in WORDS:
            read.titled(word)
    assert len(compiled) >= len(WORDS) - 2  # the words' own patterns (two are never written capitalised)
    assert not [p for p in compiled if "Chancellor" in p]


def test_what_a_claim_states_is_read_once_per_search(tariffs_claims: pl.DataFrame, monkeypatch: pytest.MonkeyPatch) -> None:
    """``_told_in_words`` and ``_shares_a_stated_word`` both ask each claim of a block what it states beyond the
    story's words (``_unstoried_words``): read once per text, with the same answers as read each time."""
    pool = tariffs_claims
    index = absence.StemIndex(pool)
    n = pool.height
    a = np.repeat(np.arange(n), 3)
    b = (a + np.tile(np.array([1, 7, 40]), n)) % n
    read: Counter[str] = Counter()
    compound = absence._compound_words
    monkeypatch.setattr(absence, "_compound_words", lambda text: read.update([text]) or compound(text))
    told = absence._told_in_words(pool, pool, a, b, index=index)
    shares = absence._shares_a_stated_word(pool, pool, a, b, index=index)
    statements = {stated(t) for t in pool.get_column("text").to_list()}
    assert read and max(count for text, count in read.items() if text in statements) == 1
    fresh = absence.StemIndex(pool)  # a new index reads every claim again: the answers of reading each time
    assert np.array_equal(told, absence._told_in_words(pool, pool, a, b, index=fresh))
    assert np.array_equal(shares, absence._shares_a_stated_word(pool, pool, a, b, index=absence.StemIndex(pool)))
    assert told.any() and (~told).any() and shares.any()


def test_the_weak_bands_counts_gather_the_rows_once(tariffs_claims: pl.DataFrame, monkeypatch: pytest.MonkeyPatch) -> None:
    """The three counts of ``_told_in_words`` (stated words, words beyond news at large, names) read the same rows of
    the pool: gathered once per chunk of pairs, not once per count."""
    pool = tariffs_claims
    index = absence.StemIndex(pool)
    n = pool.height
    a = np.repeat(np.arange(n), 2)
    b = (a + np.tile(np.array([3, 11]), n)) % n
    gathered = {"rows": 0}
    getitem = sp.csr_matrix.__getitem__

    def counted(self: sp.csr_matrix, key: object) -> object:
        gathered["rows"] += self is index.rows
        return getitem(self, key)

    monkeypatch.setattr(sp.csr_matrix, "__getitem__", counted)
    absence._told_in_words(pool, pool, a, b, index=index)
    assert gathered["rows"] == -(-a.size // absence.TOLD_CHUNK)
