# ruff: noqa: E501  (the sentences are kept whole)
"""Check AB: a claim printed "only in" its origin on the name of who said it and on the borough of an office other
origins name by its district (CR-30: "Cohen's lawyer, Stephen Ryan, said that the raid was overseen by the U.S.
attorney's office in Manhattan"). Tests are new sentences of the same structures."""

from __future__ import annotations

import pytest

from contrast.claims.distinctive import anchor_terms, anchor_words, stated


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("The mayor’s spokeswoman, Ana Ruiz, said that the budget was cut by the council in March.", "the budget was cut by the council in March."),
        ("Her attorney, Mark Del Rey, said the search was approved by a federal judge in Brooklyn.", "the search was approved by a federal judge in Brooklyn."),
        ("A union leader, Jo Park, said the strike would end on Friday.", "the strike would end on Friday."),
    ],
)
def test_who_the_speaker_is_then_the_name_between_commas_is_no_part_of_what_is_said(text: str, statement: str) -> None:
    """CR-30: "Cohen's lawyer, Stephen Ryan, said that …" reports what the lawyer said; the name is the speaker's, so
    it neither anchors the statement nor is cut as a trailing "…, said the budget was cut …" attribution."""
    assert stated(text) == statement


def test_the_speakers_name_is_no_anchor_of_a_reported_statement() -> None:
    text = "The mayor’s spokeswoman, Ana Ruiz, said that the budget was cut by the council in Boston."
    assert "Ana Ruiz" not in anchor_terms(text, ["Ana Ruiz", "Boston"], [])


def test_a_borough_is_named_where_its_city_is() -> None:
    """CR-30: "the U.S. attorney's office in Manhattan" is the office "for the Southern District of New York": the
    anchor "Manhattan" is looked up in the city's words too."""
    assert {"new", "york"} <= anchor_words(["Manhattan"])


def _notes(*rows: tuple[str, str]) -> tuple[str, ...]:
    import polars as pl

    from contrast.report.briefing.events import _copy_notes

    members = pl.DataFrame({"source_id": [s for s, _ in rows], "text": [t for _, t in rows]})
    no_copies = pl.DataFrame({"a": [], "b": []}, schema={"a": pl.String(), "b": pl.String()})
    return _copy_notes(members, no_copies, {"a": "Outlet A", "b": "Outlet B"})


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # CR-23: a whole four-word utterance, bare after "said," in one and closing a run-on quotation in the other
        ("Pressed on the merger, the chief executive said, “It is not over.”", 'It is not over," the chief executive said.'),
        ("“Nobody is above this,” the governor told the crowd.", "Asked about the audit, Hale said: “Nobody is above this!”"),
    ],
)
def test_a_whole_short_quoted_utterance_printed_by_two_sources_is_noted(one: str, other: str) -> None:
    assert any("same quoted sentence" in note for note in _notes(("a", one), ("b", other)))


def test_a_short_quoted_phrase_inside_a_sentence_is_no_shared_quotation() -> None:
    """Two writers may both pick out a phrase ("a total disgrace for all"); only a whole utterance of four words is one."""
    assert _notes(("a", "He called the ruling “a total disgrace for all” on Monday."), ("b", "Critics said it was “a total disgrace for all” of them.")) == ()


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # ME-19: the same sentence, one source hyphenating a word the other writes closed
        ("Under long-standing state rules, a governor cannot veto a budget line after it is signed.", "Under longstanding state rules, a governor cannot veto a budget line after it is signed."),
        ("Voters will re-elect the mayor if the new stadium opens on time next spring.", "Voters will reelect the mayor if the new stadium opens on time next spring."),
    ],
)
def test_a_sentence_printed_alike_but_for_a_hyphen_inside_a_word_is_the_same_sentence(one: str, other: str) -> None:
    assert any("same sentence" in note for note in _notes(("a", one), ("b", other)))
