"""What a build reads of one row or one source is read once, however many rows and words a build asks (issue 16).

The absence search's name index asks each row it reads, word by word, whether the row writes the word in capitals,
as a surname, after a title, and with which given names (``distinctive.RowRead``). Built per call, those patterns
overflowed ``re``'s cache of 512 at 200 sources and were compiled again for every row (13,000 compilations, ~2 s of
an add-one build's CPU). The readings are those of the plain patterns, which these tests spell out as the reference.

The render prints the speaker of each quotation it shows, read from the quoting source's sentences
(``attribution.statement_speakers``); every build that renders read every quoted source again, though only the added
source is new. The reading is kept by its content in the build's cache (``kept_statement_speakers``), the same
readings, asked again only when the source's sentences, its text or the lens settings change.
"""

from __future__ import annotations

import re

import polars as pl
import pytest

from contrast.cache import BuildCache
from contrast.claims import distinctive
from contrast.claims.distinctive import _TITLED, RowRead, is_weekday
from contrast.claims.terms import MONTHS, stopwords
from contrast.config import Lenses
from contrast.metrics import attribution
from contrast.metrics.attribution import SaidBy, kept_statement_speakers, statement_speakers
from contrast.stages import CachedReplicates
from contrast.stats import stored_replicates
from tests.reportkit import make_corpus


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


BRIEFING = (
    "José Martínez-Ortiz, the mayor of Nogales, spoke to reporters on Friday.\n\n"
    "\"We have waited four years for the bridge to open.\n\n"
    "Nobody in this town believes the new date,\" Martínez-Ortiz said.\n\n"
    "Some say the contractor underbid the job by a third.\n\n"
    "A spokeswoman for the state transport agency said the inspections ended in May.\n\n"
    "\"It is safe,\" she told a gathering of truckers at the depot.\n\n"
    "The bridge carries a fifth of the border's freight.\n\n"
    "\"We will see about that when the first lorry crosses it tomorrow.\""
)


def _sentences(text: str) -> pl.DataFrame:
    return make_corpus({"wire": ("center", text)}).sentences.sort("sentence_index")


def _kept_in(folder, sentences: pl.DataFrame, text: str) -> dict[int, SaidBy]:
    """``kept_statement_speakers`` in one build with its cache in ``folder``, stored at its end."""
    cache = BuildCache(folder)
    with stored_replicates(CachedReplicates(cache)):
        found = kept_statement_speakers(sentences, Lenses(), text)
    cache.flush()
    return found


def test_a_sources_speakers_kept_by_content_are_its_readings(tmp_path) -> None:
    sentences = _sentences(BRIEFING)
    read = statement_speakers(sentences, Lenses(), BRIEFING)
    assert any(s.name is None for s in read.values()) and any(not s.own for s in read.values())  # every field varies
    assert any(s.name and not s.name.isascii() for s in read.values())
    assert _kept_in(tmp_path, sentences, BRIEFING) == read  # computed and stored
    assert _kept_in(tmp_path, sentences, BRIEFING) == read  # read back from the cache
    assert kept_statement_speakers(sentences, Lenses(), BRIEFING) == read  # no build: computed


def test_a_source_read_in_an_earlier_build_is_not_read_again(tmp_path, monkeypatch) -> None:
    sentences = _sentences(BRIEFING)
    _kept_in(tmp_path, sentences, BRIEFING)
    read = []
    reading = attribution.statement_speakers
    monkeypatch.setattr(attribution, "statement_speakers", lambda *a: read.append(a) or reading(*a))
    _kept_in(tmp_path, sentences, BRIEFING)
    assert read == []
    changed = BRIEFING.replace("Nobody in this town", "No one in Nogales")
    assert _kept_in(tmp_path, _sentences(changed), changed) == reading(_sentences(changed), Lenses(), changed)
    assert len(read) == 1
    # the same sentences in other paragraphs: the breaks decide whether a quotation runs on
    joined = BRIEFING.replace("open.\n\n", "open. ")
    _kept_in(tmp_path, _sentences(joined), joined)
    assert len(read) == 2


def test_arrays_kept_by_content_decode_to_the_same_values_and_dtypes() -> None:
    import numpy as np

    from contrast.cache import decode_entry, encode_entry
    from contrast.codecs import decode_replicates, encode_replicates

    kept = {
        "mean": np.array([0.1, 2.5, -3.0]), "count": np.array([3, 0, 7], dtype=np.int64),
        "flag": np.array([True, False, True]), "name": np.array(["Ana Núñez", "", "O’Rourke"], dtype=np.str_),
    }
    back = decode_replicates(decode_entry(encode_entry("replicates", "k" * 64, encode_replicates(kept)), "replicates", "k" * 64))
    assert list(back) == list(kept)
    for name, array in kept.items():
        assert back[name].dtype == array.dtype and back[name].tolist() == array.tolist()
    with pytest.raises(ValueError, match="fixed-size"):
        encode_replicates({"name": np.array(["a", None], dtype=object)})
