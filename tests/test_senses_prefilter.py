"""The senses' literal prefilter skips only patterns that cannot match, so the tone text is unchanged.

``contrast.metrics.senses`` runs a pattern on a sentence only when the pattern's word (its
group 1: like, worth, crude, …) is in the sentence's lowercased text. That is the same output
as running every pattern if and only if no pattern the filter skips has a match: checked on
every bundled sentence and paragraph, on sentences hypothesis builds from the patterns' own
words (in every case, with the characters that fold to ASCII letters), and on any text.
"""

from __future__ import annotations

import re
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contrast.metrics import senses, wordscan
from contrast.metrics.vader import lexicon_words
from tests.test_vader_parity import bundled_texts

FILTERS = senses._SENSE_FILTERS + senses._NO_LEXICON_FILTERS


def skipped_but_matching(text: str) -> list[str]:
    """The patterns the filter skips on ``text`` although they match it (must be none)."""
    run = {id(p) for p in senses._could_match(FILTERS, text)}
    return [p.pattern[:60] for p, _ in FILTERS if id(p) not in run and p.search(text)]


def unfiltered(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``neutral_senses`` and ``set_aside`` with every pattern run."""
    everything = tuple((p, None) for p, _ in senses._SENSE_FILTERS)
    aside = tuple((p, None) for p, _ in senses._NO_LEXICON_FILTERS)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(senses, "_SENSE_FILTERS", everything)
        patch.setattr(senses, "_NO_LEXICON_FILTERS", aside)
        return senses.neutral_senses(text, lexicon_words()), senses.set_aside(text)


def test_every_pattern_has_a_word_to_look_for() -> None:
    """Each pattern is filtered (none is always run), by the word it marks."""
    missing = [p.pattern[:60] for p, words in FILTERS if words is None]
    assert not missing
    by_start = {p.pattern.split("(", 2)[-1][:12]: words for p, words in FILTERS}
    assert by_start["part(?:y|ies"] == {"party", "parties"}
    assert by_start["lies|lie|lay"] == {"lies", "lie", "lay", "lying"}
    assert by_start["favou?rable)"] == {"favo"}


def test_no_pattern_is_skipped_where_it_matches_a_bundled_sentence() -> None:
    sentences, paragraphs = bundled_texts()
    assert len(sentences) > 500
    texts = sentences + paragraphs
    ran = sum(len(senses._could_match(FILTERS, t)) for t in texts)
    assert ran < 0.25 * len(FILTERS) * len(texts)  # the filter does rule most patterns out
    wrong = {t: skipped_but_matching(t) for t in texts if skipped_but_matching(t)}
    assert not wrong, f"{len(wrong)} texts: {next(iter(wrong.items()))}"
    for text in texts[:400]:
        assert (senses.neutral_senses(text, lexicon_words()), senses.set_aside(text)) == unfiltered(text)


def test_the_characters_that_fold_to_ascii_letters_are_the_ones_listed() -> None:
    """A case-insensitive pattern's ``i`` also matches ``ı`` and ``İ``, its ``s`` ``ſ``, which
    ``str.lower`` leaves alone (or turns into two characters): texts with them run every pattern.
    The set is the word scanner's, derived from ``re`` in tests/test_wordscan.py."""
    assert senses._FOLDS_TO_ASCII == wordscan.FOLDS_TO_ASCII == {"ı", "İ", "ſ"}
    assert not skipped_but_matching("The trade wars between ſecurity services and the Lİke")
    assert senses.neutral_senses("national ſecurity", lexicon_words()) == unfiltered("national ſecurity")[0]


@cache
def pattern_words() -> list[str]:
    words = {w for p, _ in FILTERS for w in re.findall(r"[A-Za-z][A-Za-z'-]+", p.pattern)}
    return sorted(words - {"i"})


@cache
def matching_texts() -> st.SearchStrategy[str]:
    """A string matching one of the patterns (hypothesis reads the regular expression)."""
    return st.one_of(*(st.from_regex(pattern) for pattern, _ in FILTERS))


@st.composite
def sense_sentences(draw: st.DrawFn) -> str:
    """A few pieces, each a match of some pattern, one of the patterns' words or any short text,
    joined, in some case, sometimes with an ``i``/``s`` turned into a character that folds to it."""
    pieces = draw(
        st.lists(
            st.one_of(matching_texts(), st.sampled_from(pattern_words()), st.text(alphabet="abikls İıſK-',.$5", max_size=6)),
            min_size=1,
            max_size=5,
        )
    )
    text = draw(st.sampled_from([" ", "  ", "\n", ", "])).join(pieces)
    case = draw(st.sampled_from(["same", "same", "upper", "title", "swap"]))
    text = {"upper": text.upper(), "title": text.title(), "swap": text.swapcase()}.get(case, text)
    fold = draw(st.sampled_from(["", "", "", "iı", "iİ", "sſ", "kK"]))
    return text.replace(fold[0], fold[1]) if fold else text


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sense_sentences())
def test_no_pattern_is_skipped_where_it_matches_a_generated_sentence(text: str) -> None:
    assert not skipped_but_matching(text)
    assert (senses.neutral_senses(text, lexicon_words()), senses.set_aside(text)) == unfiltered(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_no_pattern_is_skipped_where_it_matches_any_text(text: str) -> None:
    assert not skipped_but_matching(text)


def every_word_checked(text: str) -> list[tuple[int, int]]:
    """``_name_words`` without its prefilter (every word listed and checked)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(senses, "_may_name", lambda text, lexicon: True)
        return senses._name_words(text, lexicon_words())


NAME_PIECES = st.sampled_from([
    "Grace", "Hope", "Liberty", "Justice", "Best", "Trust", "Faith", "Joy", "Love's", "Hope's", "HOPE", "iPhone",
    "McHope", "O'Hope", "Mary-Hope", "the", "of", "and", "Bank", "University", "said", "hope", "-", "'", "’", ".",
    ",", ";", ":", "\"", "(", ")", "—", "Great", "Free", "Good", "Fair", "Smith", "de", "on", "A", "I",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(NAME_PIECES, max_size=12), st.lists(st.sampled_from(["", " ", "  ", "\n"]), min_size=12, max_size=12))
def test_the_name_word_prefilter_misses_no_name(pieces: list[str], gaps: list[str]) -> None:
    # Capitalised lexicon words glued to apostrophes, hyphens, other capitals and punctuation
    # in every arrangement: the prefilter passes every text where the full check finds a name word.
    text = "".join(piece + gap for piece, gap in zip(pieces, gaps, strict=False))
    assert senses._name_words(text, lexicon_words()) == every_word_checked(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="ascii"), max_size=80))
def test_the_name_word_prefilter_misses_no_name_in_any_text(text: str) -> None:
    assert senses._name_words(text, lexicon_words()) == every_word_checked(text)


def test_the_name_word_prefilter_changes_no_bundled_sentence() -> None:
    sentences, paragraphs = bundled_texts()
    texts = sentences + paragraphs
    assert sum(senses._may_name(t, lexicon_words()) for t in sentences) < 0.5 * len(sentences)  # it rules most out
    assert [senses._name_words(t, lexicon_words()) for t in texts] == [every_word_checked(t) for t in texts]


def test_each_needed_word_is_looked_for_once_per_text() -> None:
    """The prefilter looks for each word once, whatever the number of patterns needing it ("like" is four
    patterns' word, "security" two): the words found decide which patterns run."""
    words = [word for _, needed in FILTERS if needed for word in needed]
    assert len(set(words)) < len(words)
    found = senses.needed_words_in(FILTERS, "They LIKE national security, not the Crude oil price")
    assert found is not None and {"like", "security", "crude"} <= found
    assert all(word in "they like national security, not the crude oil price" for word in found)
    assert senses.needed_words_in(FILTERS, "Nothing here.") == frozenset()
    assert senses.needed_words_in(FILTERS, "national ſecurity") is None  # a character folds to ASCII: every pattern runs
    patterns = senses._could_match(FILTERS, "They like national security")
    assert patterns == [p for p, needed in FILTERS if needed & {"like", "security"}]
