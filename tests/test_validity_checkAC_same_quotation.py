"""An event panel's note on sources quoting the same sentence (check AC BR-16): Vox and the Washington Times printed one
sentence of Barr's letter word for word but for capitals and a compound hyphenated in one ("obstruction-of-justice
offense") and spaced in the other ("obstruction of justice offense"), and The Hill quoted a long part of it with an
ellipsis; the panel said that no two of its sources print the same sentence or quotation. New sentences of the same
structures."""

from __future__ import annotations

import polars as pl
import pytest

from contrast.report.briefing.events import _copy_notes

LABELS = {"a": "Outlet A", "b": "Outlet B", "c": "Outlet C"}
NO_COPIES = pl.DataFrame({"a": [], "b": []}, schema={"a": pl.String(), "b": pl.String()})

WHOLE_TAGGED = (
    "“The Port Authority and I have decided that the cost-of-living adjustment owed to retirees will not be paid this "
    "year,” the Governor wrote in a letter to the legislature."
)
WHOLE_IN_A_SENTENCE = (
    "Hale, in her letter, says that after a long review, “the port authority and I have decided that the cost of living "
    "adjustment owed to retirees will not be paid this year.”"
)
PART = (
    "Instead, the board left the matter to Hale and the port authority, who “have decided that the cost-of-living "
    "adjustment … will not be paid this year,” a blow to the union."
)


def notes(*rows: tuple[str, str]) -> tuple[str, ...]:
    members = pl.DataFrame({"source_id": [s for s, _ in rows], "text": [t for _, t in rows]})
    return _copy_notes(members, NO_COPIES, LABELS)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (WHOLE_TAGGED, WHOLE_IN_A_SENTENCE),
        # a compound closed in one and spaced in the other, capitals apart
        (
            "“We will rebuild the sea wall before the storm season, whatever the State Board decides,” the mayor said.",
            "The mayor said “we will rebuild the seawall before the storm season, whatever the state board decides.”",
        ),
    ],
)
def test_a_quotation_printed_alike_but_for_capitals_and_hyphens_or_spaces_is_the_same_quoted_sentence(one: str, other: str) -> None:
    found = notes(("a", one), ("b", other))
    # the same quotation; not word for word as printed (check AE2 BA-19): capitals and a hyphen, or a compound spaced
    assert found and found[0].startswith("Outlet A and Outlet B print the same quoted sentence (differing only in "), found


def test_a_long_quoted_part_of_a_sentence_two_sources_print_is_noted_with_them() -> None:
    found = notes(("a", WHOLE_TAGGED), ("b", WHOLE_IN_A_SENTENCE), ("c", PART))
    assert found == (
        "Outlet A and Outlet B print the same quoted sentence (differing only in capitals or punctuation), attributed in "
        "different words or not at all: one speaker's words, not independent agreement; Outlet C quotes part of it.",
    )


def test_a_long_quoted_part_of_a_sentence_one_source_prints_is_noted() -> None:
    assert notes(("a", WHOLE_TAGGED), ("c", PART)) == (
        "Outlet C quotes part of a sentence Outlet A quotes whole: one speaker's words, not independent agreement.",
    )


@pytest.mark.parametrize(
    "part",
    [
        # the pieces out of the whole's order
        "Hale decided that “will not be paid this year … the cost-of-living adjustment owed to retirees,” a blow to the union.",
        # a short part: one phrase two writers may pick out
        "Hale decided that the raise “will not be paid this year,” a blow to the union.",
        # words the whole does not have
        "Hale decided that “the cost-of-living adjustment … will not be paid until next year,” a blow to the union.",
    ],
)
def test_other_quotations_are_no_part_of_the_sentence(part: str) -> None:
    assert notes(("a", WHOLE_TAGGED), ("c", part)) == ()


def test_a_quotation_printed_alike_is_no_part_of_a_sentence_that_also_quotes_other_words() -> None:
    """One source quotes a phrase and then the sentence; the others print the sentence alone: the same quoted
    sentence, and nothing of it quoted only in part (check AC, SD e001: "false and extortionist" beside Trump's tweet)."""
    tweet = "Money from the state budget, or private donations, played no part in this purchase."
    found = notes(
        ("a", f"The mayor called the report “false and malicious”, adding: “{tweet}”"),
        ("b", f"“{tweet}” the mayor added."),
        ("c", f"“{tweet}”"),
    )
    assert found == (
        "Outlet A, Outlet B and Outlet C print the same quoted sentence word for word, attributed in different words or "
        "not at all: one speaker's words, not independent agreement.",
    )
