"""Blind mode: a name that would give a source away is hidden wherever it is written."""

from __future__ import annotations

from contrast.report.text import REDACTED, blind_names, identifying_terms, mentions, redact


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


SOURCES = [
    ("pd-news", "People's Daily Online (republished China Daily report)", "Chinese state media"),
    ("guardian", "The Guardian", "Western left"),
    ("journal", "Advance Social Science Archive Journal", "Academic"),
]


def test_an_outlet_another_source_names_is_shown_by_its_role_so_students_see_who_accused_whom() -> None:
    names = blind_names(SOURCES)
    quote = "“The Trump administration is behaving like a gang of hoodlums,” said an article in the China Daily."
    assert names.hide(quote, "guardian") == (
        "“The Trump administration is behaving like a gang of hoodlums,” said an article in [a Chinese state media outlet]."
    )
    assert names.hide("The Guardian said so.", "journal") == "[a Western left outlet] said so."
    assert names.hide("a paper in the Advance Social Science Archive Journal", "guardian") == "a paper in [an Academic outlet]"


def test_a_source_naming_its_own_outlet_is_redacted_not_given_a_role() -> None:
    names = blind_names(SOURCES)
    assert names.hide("Liu Wei told China Daily that policy will stay prudent.", "pd-news") == (
        f"Liu Wei told {REDACTED} that policy will stay prudent."
    )
    assert names.hide("People’s Daily said", "pd-news") == f"{REDACTED} said"


def test_only_outlets_are_hidden_never_origin_labels_or_other_names() -> None:
    names = blind_names(SOURCES)
    text = "Chinese state media published editorials; Reuters and academic observers disagreed."
    assert not mentions(text, names) and names.hide(text, "guardian") == text


def test_a_name_two_origins_share_gives_no_role() -> None:
    names = blind_names([("a", "Daily Mirror", "Western left"), ("b", "Daily Mirror", "Western right")])
    assert names.hide("the Daily Mirror said", "c") == f"the {REDACTED} said"
