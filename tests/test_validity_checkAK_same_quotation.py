"""An event panel's note sees the same quotation two sources print (check AK MX-13, MX-14: Bloomberg and the Washington
Times print Trump's tweets word for word, and both panels said no two of its sources print the same quotation):
- one source's quotation runs over several sentences, so the sentence the event holds has no marks of its own
  ("It has been a one-sided deal … lost." between the tweet's first and last sentences), while the other quotes the
  same words with a tag: the same words, printed bare by one;
- one source misprints a letter ("pay fo the badly needed wall"): the same quotation, differing in spelling.
Near misses stay apart: a short phrase one letter apart, and two different sentences. New sentences of the same shapes."""

from __future__ import annotations

import polars as pl

from contrast.report.briefing.events import _copy_notes

LABELS = {"a": "Outlet A", "b": "Outlet B"}
NO_COPIES = pl.DataFrame({"a": [], "b": []}, schema={"a": pl.String(), "b": pl.String()})


def notes(*rows: tuple[str, int, str]) -> tuple[str, ...]:
    members = pl.DataFrame(list(rows), schema=["source_id", "sentence_index", "text"], orient="row")
    return _copy_notes(members, NO_COPIES, LABELS)


def test_a_sentence_inside_a_longer_quotation_and_the_same_words_quoted_with_a_tag_are_one_quotation() -> None:
    (note,) = notes(
        ("a", 12, "“The harbor deal has cost this county thousands of jobs and hundreds of small firms,” the governor wrote."),
        ("b", 3, "The harbor deal has cost this county thousands of jobs and hundreds of small firms."),
    )
    assert note.startswith("Outlet A and Outlet B print the same quoted sentence"), note
    assert "word for word" in note, note


def test_a_quotation_one_source_misprints_by_a_letter_is_the_same_quotation() -> None:
    (note,) = notes(
        ("a", 5, "“If the county will not pay for the new bridge, then we should call off the vote next week,” she wrote."),
        ("b", 7, "If the county will not pay fo the new bridge, then we should call off the vote next week,” the mayor said in a post."),
    )
    assert note.startswith("Outlet A and Outlet B print the same quoted sentence (differing only in spelling"), note


def test_different_quotations_and_short_phrases_stay_apart() -> None:
    assert notes(
        ("a", 5, "“If the county will not pay for the new bridge, then we should call off the vote next week,” she wrote."),
        ("b", 7, "“If the county will not pay for the new school, then we should call off the vote next month,” he said."),
    ) == ()
    assert notes(("a", 1, "“We will win this,” she said."), ("b", 2, "“We will wins this,” he said.")) == ()

