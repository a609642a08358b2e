"""Cue matching: whole words, wildcards, longest cue first, names are not cue words."""

from __future__ import annotations

from contrast.metrics.cues import CueMatcher, word_count
from contrast.resources import LEXICONS, Category, Lexicon, lexicon


def _lexicon(**categories: tuple[str, ...]) -> Lexicon:
    return Lexicon("test", "0", "tests", "CC0-1.0", tuple(Category(k, k, "", v) for k, v in categories.items()))


def _found(matcher: CueMatcher, text: str) -> list[tuple[str, str]]:
    return [(h.category, h.cue) for h in matcher.find(text)]


def test_cues_match_whole_words_only() -> None:
    matcher = CueMatcher(_lexicon(hedge=("may",)))
    assert _found(matcher, "It may rain, maybe not; dismay.") == [("hedge", "may")]


def test_wildcard_matches_any_ending() -> None:
    matcher = CueMatcher(_lexicon(hedge=("alleg*",)))
    assert _found(matcher, "The alleged plan was allegedly an allegation.") == [
        ("hedge", "alleged"), ("hedge", "allegedly"), ("hedge", "allegation")
    ]


def test_longest_cue_wins_over_its_part() -> None:
    matcher = CueMatcher(_lexicon(media=("media", "foreign media"), other=("foreign",)))
    assert _found(matcher, "Foreign media said so.") == [("media", "Foreign media")]


def test_capitalised_word_inside_a_sentence_is_a_name_not_a_cue() -> None:
    matcher = CueMatcher(_lexicon(hedge=("may",), media=("sun",)))
    assert _found(matcher, "In May the Sun said prices may rise.") == [("hedge", "may")]
    assert _found(matcher, "May I add that it may.") == [("hedge", "May"), ("hedge", "may")]
    assert _found(matcher, "Experts: May rates rise?") == [("hedge", "May")]


def test_cue_with_capitals_matches_case_sensitively() -> None:
    matcher = CueMatcher(_lexicon(usa=("US",)))
    assert _found(matcher, "Let us see what the US does.") == [("usa", "US")]


def test_whole_names_skip_a_longer_name_but_keep_institutions() -> None:
    matcher = CueMatcher(
        _lexicon(china=("China", "President Xi", "Xi Jinping")), whole_names=True, institutions=frozenset({"President"})
    )
    assert _found(matcher, "China Daily wrote that China will respond.") == [("china", "China")]
    assert _found(matcher, "He met Chinese President Xi Jinping today.") == [("china", "Xi Jinping")]
    assert _found(matcher, "China President visits.")  == [("china", "China")]
    assert _found(matcher, "China Leverages Soft Power To Win Friends") == [("china", "China")]


def test_curly_apostrophes_and_hyphens_match() -> None:
    matcher = CueMatcher(_lexicon(hedge=("so-called",), who=("People's Republic",)))
    assert _found(matcher, "The so‑called plan of the People’s Republic.") == [("hedge", "so‑called"), ("who", "People’s Republic")]


def test_spans_point_at_the_cue() -> None:
    matcher = CueMatcher(_lexicon(hedge=("reportedly",)))
    text = "Talks reportedly failed."
    [hit] = matcher.find(text)
    assert text[hit.start : hit.end] == "reportedly"


def test_word_count_counts_hyphenated_words_apostrophes_and_numbers_once() -> None:
    assert word_count("China’s so-called “soft power” — 25% up.") == 6


def test_every_packaged_lexicon_has_version_provenance_and_cues() -> None:
    for name in LEXICONS:
        words = lexicon(name)
        assert words.version and len(words.provenance) > 100 and words.license
        assert words.categories and all(c.cues and c.label for c in words.categories)
        cues = [cue for c in words.categories for cue in c.cues]
        assert len(cues) == len(set(cues)), f"{name}: a cue is listed twice"


def test_report_extension_adds_cues_and_marks_the_version() -> None:
    extended = lexicon("certainty").extended({"hedge": ["it is rumoured"]})
    assert "it is rumoured" in extended.category("hedge").cues
    assert extended.version == "1.8.0+report(1)"
    assert lexicon("certainty").extended({}) is lexicon("certainty")


def test_possessive_does_not_hide_a_cue_and_stays_out_of_the_span() -> None:
    matcher = CueMatcher(_lexicon(china=("China",), hedge=("alleg*",)))
    assert _found(matcher, "China’s alleged plan and China's ally.") == [
        ("china", "China"), ("hedge", "alleged"), ("china", "China")
    ]


def test_institution_words_are_compared_case_insensitively() -> None:
    matcher = CueMatcher(_lexicon(usa=("US",)), whole_names=True, institutions=frozenset({"president"}))
    assert _found(matcher, "US President Trump spoke; US Steel fell.") == [("usa", "US")]


def test_initialisms_with_dots_are_one_word() -> None:
    matcher = CueMatcher(_lexicon(usa=("U.S.",)))
    assert _found(matcher, "The U.S. said so.") == [("usa", "U.S.")]
