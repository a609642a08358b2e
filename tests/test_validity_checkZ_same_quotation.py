"""An event panel's note on sources printing the same words (check Z PU-21): a quotation one source prints with its
attribution and another bare, or attributed in other words, is one quoted sentence printed by both, whatever dashes,
ellipses and quotation marks each prints it with. The panel then never says that no two of its sources print the same
sentence. New sentences of the same structures as CNN's and USA TODAY's Gingrich tweet."""

from __future__ import annotations

import polars as pl
import pytest

from contrast.report.briefing.events import _copy_notes

LABELS = {"a": "Outlet A", "b": "Outlet B", "c": "Outlet C"}
NO_COPIES = pl.DataFrame({"a": [], "b": []}, schema={"a": pl.String(), "b": pl.String()})


def notes(*rows: tuple[str, str]) -> tuple[str, ...]:
    members = pl.DataFrame({"source_id": [s for s, _ in rows], "text": [t for _, t in rows]})
    return _copy_notes(members, NO_COPIES, LABELS)


@pytest.mark.parametrize(
    ("tagged", "bare"),
    [
        # a quotation running on from the sentence before, closed before its tag; the other prints it bare
        (
            'The harbor must be dredged this summer -- before the storms come," the mayor wrote.',
            "“The harbor must be dredged this summer—-before the storms come.”",
        ),
        # an en dash with spaces, and a spaced ellipsis against none
        (
            "“Our schools cannot wait another year – not one more … day,” Governor Hale said on Monday.",
            '"Our schools cannot wait another year--not one more day."',
        ),
        # an em dash against a spaced double hyphen, curly against straight marks
        (
            "“The vote was rigged—and everyone in this room knows it,” the senator told reporters.",
            "'The vote was rigged -- and everyone in this room knows it,' she said.",
        ),
        # one quotation split by its tag, beside the same quotation whole
        (
            "“We will not close the clinic,” the director said, “not this year and not next year.”",
            "“We will not close the clinic, not this year and not next year.”",
        ),
    ],
)
def test_a_quotation_printed_with_its_tag_and_bare_is_the_same_quoted_sentence(tagged: str, bare: str) -> None:
    found = notes(("a", tagged), ("b", bare))
    assert len(found) == 1, found
    # "word for word" only where the printed words are (check AE2 BA-19): the ellipsis of one is punctuation the other lacks
    assert found[0].startswith("Outlet A and Outlet B print the same quoted sentence " + (
        "(differing only in punctuation)" if "…" in tagged else "word for word")), found


def test_two_tags_in_other_words_quote_one_sentence() -> None:
    found = notes(
        ("a", "“The bridge will reopen by the first of June,” the transport minister said Thursday."),
        ("c", "“The bridge will reopen by the first of June,” tweeted Transport Minister Ana Ruiz."),
    )
    assert found and found[0].startswith("Outlet A and Outlet C print the same quoted sentence word for word"), found


def test_a_sentence_and_a_quotation_alike_are_counted_apart() -> None:
    same = "Turnout in the county rose for the third straight election."
    found = notes(
        ("a", same),
        ("b", same),
        ("a", "“We counted every ballot twice — by hand,” the clerk said."),
        ("b", "“We counted every ballot twice, by hand.”"),
    )
    assert found == (
        "Outlet A and Outlet B print 2 of the same sentences (1 word for word, 1 differing only in punctuation; 1 of "
        "them a quotation attributed in different words or not at all): one wording (a shared wire story or release, "
        "or one quotation with its attribution), not independent agreement.",
    )


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # different quoted words
        ("“The harbor must be dredged this summer,” the mayor wrote.", "“The harbor must be dredged next summer.”"),
        # one quotes part of what the other quotes: not the same sentence
        (
            "“The harbor must be dredged this summer,” the mayor wrote.",
            "“The harbor must be dredged this summer, and the pier rebuilt after it.”",
        ),
        # a short quotation alike is too little
        ("The mayor called the plan “a good start.”", "Council members called it “a good start.”"),
        # the quoted words of one are the other's own sentence: an outlet's own words are no quotation
        ("“The harbor must be dredged this summer,” the mayor wrote.", "The harbor will be dredged this summer."),
    ],
)
def test_other_quotations_are_not_the_same(one: str, other: str) -> None:
    assert notes(("a", one), ("b", other)) == ()


def test_quoted_words_fold_marks_dashes_and_ellipses() -> None:
    from contrast.report.briefing.events import quoted_wordings

    assert quoted_wordings("He called it “over — finished … done” on Monday.") == set()  # four words, no whole utterance: too few
    # a whole utterance of four words or more counts (check AB CR-23)
    assert quoted_wordings("“It is over — finished … done,” he said.") == {("it", "is", "over", "finished", "done")}
    assert quoted_wordings('It must be fixed -- right now, today," she wrote.') == {("it", "must", "be", "fixed", "right", "now", "today")}
