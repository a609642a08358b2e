"""The voice rules cost little per sentence (issue 16): no regular expression is built from the long verb lists on each
call, and the reference-by-author-and-year pattern runs only on a sentence that holds a bracket and a year."""

from __future__ import annotations

import re

import pytest

from contrast.metrics import voice

QUOTED_THEN_VERB = "“We will not back down,” the senator added, as the vote neared."


def test_no_verb_list_pattern_is_compiled_per_call(monkeypatch: pytest.MonkeyPatch) -> None:
    voice.sentence_voices([QUOTED_THEN_VERB])  # the patterns compiled at import stay compiled
    compiled: list[str] = []
    original = re._compile  # type: ignore[attr-defined]

    def spy(pattern: str, flags: int) -> re.Pattern[str]:
        compiled.append(str(pattern))
        return original(pattern, flags)  # type: ignore[no-any-return]

    monkeypatch.setattr(re, "_compile", spy)
    sentences = [QUOTED_THEN_VERB, "Critics faulted the mayor for the delay, officials said.", "He was accused of fraud."]
    assert [v.kind for v in voice.sentence_voices(sentences)] == [voice.REPORTED] * 3
    assert [p[:40] for p in compiled if len(p) > 200] == []


class _NoScan:
    def finditer(self, text: str) -> list[re.Match[str]]:
        raise AssertionError(f"reference pattern run on {text!r}")


def test_citation_pattern_runs_only_where_a_bracket_and_a_year_stand(monkeypatch: pytest.MonkeyPatch) -> None:
    assert voice.citation_span("Soft power works by attraction (Lin, 2023).") == (31, 42)
    assert voice.citation_span("Tim Winter (2021) introduces the term.") == (0, 17)
    monkeypatch.setattr(voice, "_CITATION_RE", _NoScan())
    assert voice.citation_span("The talks went on for 2023 hours without a deal.") is None
    assert voice.citation_span("The initiative (BRI) grew fast.") is None
    assert voice.citation_span("Nobody spoke.") is None


class _NoSearch:
    def search(self, text: str) -> re.Match[str] | None:
        raise AssertionError(f"after-quotation pattern run on {text!r}")


def test_a_sentence_without_marks_is_not_searched_for_a_verb_after_a_quotation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(voice, "_AFTER_QUOTE_RE", _NoSearch())
    plain = "Prices rose, analysts added, as the index climbed."
    assert voice._masked(plain, []) is plain  # nothing to blank: the sentence itself, not a copy
    assert voice.sentence_voices([plain])[0].kind == voice.REPORTED  # "analysts added" still reports


def test_words_inside_quotations_are_those_whole_inside_a_span() -> None:
    words = [(0, 2), (3, 8), (9, 12), (13, 17)]
    assert voice._words_inside(words, [(3, 12)]) == 2
    assert voice._words_inside(words, [(4, 12)]) == 1  # a word cut by the span's edge is not inside
    assert voice._words_inside(words, [(0, 2), (13, 17)]) == 2
    assert voice._words_inside(words, []) == 0
