"""Blind mode: a name that would give a source away is hidden wherever it is written."""

from __future__ import annotations

from contrast.report.text import REDACTED, identifying_terms, mentions, redact


def test_a_name_in_an_outlets_bracket_note_is_hidden_in_blind_mode() -> None:
    terms = identifying_terms(["People's Daily Online (republished China Daily report)"], [])
    assert "China Daily" in terms
    assert redact("Liu Wei told China Daily that policy will stay prudent.", terms) == (
        f"Liu Wei told {REDACTED} that policy will stay prudent."
    )


def test_a_cited_outlet_in_a_bracket_note_is_hidden_with_and_without_its_article() -> None:
    terms = identifying_terms(["Western news analysis (cites The New York Times)"], [])
    assert {"The New York Times", "New York Times"} <= set(terms)


def test_a_bracket_note_without_a_name_adds_nothing() -> None:
    assert identifying_terms(["Advance Journal (2)"], []) == ("Advance Journal (2)", "Advance Journal")


def test_redaction_matches_either_apostrophe() -> None:
    terms = identifying_terms(["People's Daily Online"], [])
    assert mentions("the Communist Party newspaper People’s Daily said", terms)
    assert REDACTED in redact("the Communist Party newspaper People’s Daily said", terms)
