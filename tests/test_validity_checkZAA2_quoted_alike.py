"""An event panel's note on sources printing the same sentences word for word (check ZAA2 PU-11, PU-14, DP-8): when
every shared sentence is quoted speech (a statement two outlets quote sentence by sentence, one sentence bare in both,
another tagged by one of them), the note says they are quotations of the same words, and does not offer "a shared wire
story or release". New sentences of the same structures as Fox's and USA TODAY's quotations of one Trump tweet."""

from __future__ import annotations

import polars as pl

from contrast.report.briefing.events import _copy_notes

LABELS = {"a": "Outlet A", "b": "Outlet B", "c": "Outlet C"}
NO_COPIES = pl.DataFrame({"a": [], "b": []}, schema={"a": pl.String(), "b": pl.String()})


def notes(*rows: tuple[str, int, str]) -> tuple[str, ...]:
    members = pl.DataFrame(
        {"source_id": [s for s, _, _ in rows], "sentence_index": [i for _, i, _ in rows], "text": [t for _, _, t in rows]}
    )
    return _copy_notes(members, NO_COPIES, LABELS)


def test_two_quoted_sentences_of_one_statement_are_quotations_not_a_wire_story() -> None:
    # A runs the quotation over two sentences; B tags the first and prints the second bare in its own marks
    found = notes(
        ("a", 7, "“We built the new bridge in record time, saving millions for the county."),
        ("a", 8, "Sadly, the press will not say so — they only talk about the delays!”"),
        ("b", 2, '"We built the new bridge in record time, saving millions for the county," the governor posted on Monday.'),
        ("b", 3, '"Sadly, the press will not say so - they only talk about the delays!"'),
    )
    assert len(found) == 1, found
    assert "quoted sentences" in found[0] and "quotations of the same words" in found[0], found
    assert "wire story" not in found[0], found


def test_a_quotation_run_over_three_sentences_is_quoted_in_its_middle_sentence_too() -> None:
    # the middle sentence carries no quotation mark in A: it is inside the quotation A opens before it and closes after
    found = notes(
        ("a", 1, "“Our teachers deserve better pay."),
        ("a", 2, "No district in the state pays less than ours does today, and everyone knows it."),
        ("a", 3, "We will fix it this year,” she wrote."),
        ("b", 5, "In a post on Friday, the mayor said: “Our teachers deserve better pay."),
        ("b", 6, "No district in the state pays less than ours does today, and everyone knows it.”"),
    )
    assert len(found) == 1, found
    assert "wire story" not in found[0] and "quotations of the same words" in found[0], found


def test_a_shared_sentence_in_the_outlets_own_voice_still_reads_as_one_wording() -> None:
    # near miss: neither prints the second sentence as a quotation, so a wire story or release remains possible
    found = notes(
        ("a", 4, "“We built the new bridge in record time, saving millions,” the governor said."),
        ("a", 5, "The bridge opened to traffic on Monday after three years of work."),
        ("b", 9, "“We built the new bridge in record time, saving millions.”"),
        ("b", 10, "The bridge opened to traffic on Monday after three years of work."),
    )
    assert found == (
        "Outlet A and Outlet B print 2 of the same sentences word for word (1 of them a quotation attributed in "
        "different words or not at all): one wording (a shared wire story or release, or one quotation with its "
        "attribution), not independent agreement.",
    )


def test_a_quotation_opened_before_the_events_sentences_covers_those_before_its_close() -> None:
    # A's quotation opened in a sentence outside the event: its members carry no opening mark, the last one closes it
    found = notes(
        ("a", 12, "Nobody in this state has ever fixed more roads than we have this year."),
        ("a", 13, "The new bridge was built in record time, and it came in under budget!” the governor posted."),
        ("b", 4, "“Nobody in this state has ever fixed more roads than we have this year."),
        ("b", 5, "The new bridge was built in record time, and it came in under budget!”"),
    )
    assert len(found) == 1 and "quotations of the same words" in found[0] and "wire story" not in found[0], found
