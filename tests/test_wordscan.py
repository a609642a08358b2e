"""A pattern tried only where its first word stands finds what ``re`` finds, match for match.

``contrast.metrics.wordscan`` reads each pattern's possible first words off its parse tree and
tries the pattern only at the words of a text that can begin a match (the voice lens's
reporting verbs: "said|says|told|…"). That is the same output as ``pattern.finditer`` if and
only if every match starts at such a word: checked for every pattern of the metrics modules
on every bundled sentence and paragraph, on texts hypothesis builds from the patterns' own
matches (in every case, with the characters that fold to ASCII letters), and on any text.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contrast.metrics import attribution, certainty, cues, frames, loaded, naming, senses, speakers, voice, wordscan
from contrast.metrics.wordscan import FirstWords, Words, finditer, first_words, search
from tests.test_vader_parity import bundled_texts

MODULES: tuple[ModuleType, ...] = (voice, senses, attribution, certainty, cues, frames, loaded, naming, speakers)


def module_patterns(module: ModuleType) -> list[re.Pattern[str]]:
    """The compiled patterns a module holds, alone or in a list or tuple."""
    found: list[re.Pattern[str]] = []
    for value in vars(module).values():
        items = value if isinstance(value, list | tuple) else (value,)
        found.extend(p for p in items if isinstance(p, re.Pattern) and isinstance(p.pattern, str))
    return found


@cache
def patterns() -> tuple[re.Pattern[str], ...]:
    """Every pattern of the metrics modules whose first words can be read (the others run as they are)."""
    unique = {(p.pattern, p.flags): p for m in MODULES for p in module_patterns(m)}
    return tuple(p for _, p in sorted(unique.items(), key=lambda kv: kv[0][0]) if first_words(p) is not None)


def matches(found: object) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups()) for m in found]  # type: ignore[attr-defined]


def differing(text: str) -> list[str]:
    """The patterns whose word-start matches differ from ``re``'s on ``text`` (must be none)."""
    words = Words(text)
    return [p.pattern[:60] for p in patterns() if matches(finditer(p, words)) != matches(p.finditer(text))]


def test_the_voice_lens_reporting_patterns_are_read_word_by_word() -> None:
    """The patterns that cost most are the ones filtered: their first words are read off."""
    for pattern in (voice._SAYING_RE, voice._CLAUSE_RE, voice._ACCUSED_RE, voice._CHARACTERISING_RE,
                    voice._SPEECH_ACT_RE, voice._ANONYMOUS_RE, voice._DEFINITION_RE):
        assert first_words(pattern) is not None, pattern.pattern[:60]
    saying = first_words(voice._SAYING_RE)
    assert saying is not None
    assert {"said", "told", "according", "points", "emphasised", "emphasized", "is", "went"} <= saying.exact
    assert not saying.admits("sail") and not saying.admits("pointer")
    assert len(patterns()) > 30


def test_first_words_of_small_patterns() -> None:
    assert first_words(re.compile(r"(?i)\b(?:said|point(?:s|ed)?\s+to)\b")) == FirstWords(
        frozenset({"said", "point", "points", "pointed"}), ()
    )
    # a word that may run on past what the pattern spells is a prefix
    assert first_words(re.compile(r"\bcritic[\w-]*")) == FirstWords(frozenset(), ("critic",))
    assert first_words(re.compile(r"\bsaid")) == FirstWords(frozenset(), ("said",))
    # matches that need not start where a word starts cannot be filtered
    assert first_words(re.compile(r"said\b")) is None
    assert first_words(re.compile(r"\b\w+ly\b")) is None
    assert first_words(re.compile(r"[,!?]\s+said")) is None
    assert first_words(re.compile(r"\b(?:said|\s+told)")) is None


def test_same_matches_as_re_on_every_bundled_sentence_and_paragraph() -> None:
    sentences, paragraphs = bundled_texts()
    assert len(sentences) > 500
    wrong = {t: differing(t) for t in sentences + paragraphs if differing(t)}
    assert not wrong, f"{len(wrong)} texts: {next(iter(wrong.items()))}"


def test_search_is_the_first_match() -> None:
    text = "He said it, and she told them; the concept of power, in other words"
    for pattern in patterns():
        expected = pattern.search(text)
        found = search(pattern, Words(text))
        assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))


def test_a_match_is_found_after_a_look_behind_and_not_inside_a_word() -> None:
    pattern = re.compile(r"(?i)(?<![-‐])\b(?:call|calls)\b")
    for text in ("re-call them", "recall them", "Calls, calls", "so-called calls", "CALL_ME call"):
        assert matches(finditer(pattern, Words(text))) == matches(pattern.finditer(text))


def test_the_characters_that_fold_to_ascii_letters_are_the_ones_listed() -> None:
    """A case-insensitive pattern's ``i`` also matches ``ı`` and ``İ``, its ``s`` ``ſ``, which
    ``str.lower`` leaves alone (or turns into two characters): texts with them run every pattern."""
    letter = re.compile("(?i)[a-z]")
    folds = {
        chr(c) for c in range(128, sys.maxunicode + 1)
        if not 0xD800 <= c <= 0xDFFF and letter.fullmatch(chr(c)) and chr(c).lower() not in "abcdefghijklmnopqrstuvwxyz"
    }
    assert folds == wordscan.FOLDS_TO_ASCII
    assert Words("he ſaid").plain and not Words("he said").plain
    assert not differing("He ſaid and İt is understood; the Kelvin-ſign K and ıt")


@cache
def matching_texts() -> st.SearchStrategy[str]:
    """A string matching one of the patterns (hypothesis reads the regular expression)."""
    return st.one_of(*(st.from_regex(pattern) for pattern in patterns()))


@cache
def pattern_words() -> list[str]:
    return sorted({w for p in patterns() for w in re.findall(r"[A-Za-z][A-Za-z'-]+", p.pattern)} - {"i"})


@st.composite
def pattern_texts(draw: st.DrawFn) -> str:
    """A few pieces, each a match of some pattern, one of the patterns' words or any short text,
    joined, in some case, sometimes with a letter turned into a character that folds to it."""
    pieces = draw(
        st.lists(
            st.one_of(matching_texts(), st.sampled_from(pattern_words()), st.text(alphabet="abikls İıſK-_'’,.“”\"$5", max_size=6)),
            min_size=1,
            max_size=5,
        )
    )
    text = draw(st.sampled_from([" ", "  ", "\n", ", ", "", "-", "_"])).join(pieces)
    case = draw(st.sampled_from(["same", "same", "upper", "title", "swap"]))
    text = {"upper": text.upper(), "title": text.title(), "swap": text.swapcase()}.get(case, text)
    fold = draw(st.sampled_from(["", "", "", "iı", "iİ", "sſ", "kK", "aä"]))
    return text.replace(fold[0], fold[1]) if fold else text


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(pattern_texts())
def test_same_matches_as_re_on_generated_texts(text: str) -> None:
    assert not differing(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_same_matches_as_re_on_any_text(text: str) -> None:
    assert not differing(text)


@pytest.mark.parametrize("text", ["", " ", "said", "SAID!", "x said", "“said” he said", "İ said", "über said"])
def test_edge_texts(text: str) -> None:
    assert not differing(text)


def test_a_patterns_first_words_are_found_by_its_identity() -> None:
    """finditer finds a pattern's first words by the pattern object, not by hashing it (a compiled pattern's hash
    reads its whole compiled code): the same first words as ``first_words``, read once per pattern; a pattern
    compiled anew is read anew, whatever id it gets."""
    for pattern in (voice._SAYING_RE, voice._ANONYMOUS_RE, re.compile(r"(?i)\bsaid\b")):
        assert wordscan.pattern_first_words(pattern) is first_words(pattern)
        assert wordscan._FIRST_BY_ID[id(pattern)][0] is pattern
    for word in ("alpha", "beta", "gamma"):
        pattern = re.compile(rf"\b{word}\b")
        assert wordscan.pattern_first_words(pattern) == FirstWords(exact=frozenset({word}), prefixes=())
        assert [m.span() for m in finditer(pattern, Words(f"an {word} here"))] == [(3, 3 + len(word))]
