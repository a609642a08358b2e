"""An event panel's note says two sources print a sentence "word for word" only when they do (check AE2 BA-19, BA-20):
CNN's "When they burn down a building, they're committing arson." and USA TODAY's "When they burn down a building
they are committing arson.", or "… ruin #OurCity." and "… ruin our city,", are one quotation (the matching folds
contractions, compounds and hashtags on purpose), but not the same words as printed. Typography (curly or straight
marks, how a dash or an ellipsis is set, the comma a tag puts before a closing mark, the capital a quotation opens
with) is no difference; punctuation, capitals and spelling are, and the note names the narrowest that covers them.
New sentences of the same structures."""

from __future__ import annotations

import polars as pl
import pytest

from contrast.report.briefing.events import DIFFERENCES, _copy_notes, as_typeset, printed_difference

LABELS = {"a": "Outlet A", "b": "Outlet B"}
NO_COPIES = pl.DataFrame({"a": [], "b": []}, schema={"a": pl.String(), "b": pl.String()})


def notes(*rows: tuple[str, str]) -> tuple[str, ...]:
    members = pl.DataFrame({"source_id": [s for s, _ in rows], "text": [t for _, t in rows]})
    return _copy_notes(members, NO_COPIES, LABELS)


@pytest.mark.parametrize(
    ("one", "other", "differing"),
    [
        # a contraction written out, and a comma one transcript leaves out (BA-19's structure)
        ("“When they close a school, they're failing the children,” the governor said.",
         "“When they close a school they are failing the children.”", "spelling or punctuation"),
        # a hashtag against the words it runs together (BA-20's structure)
        ("“Nobody will be allowed to wreck #OurHarbor,” the governor posted.",
         "“Nobody will be allowed to wreck our harbor.”", "spelling or punctuation"),
        # a compound closed in one and hyphenated in the other
        ("“The long-standing deal with the fishermen stays in place,” she said.",
         "“The longstanding deal with the fishermen stays in place.”", "spelling or punctuation"),
        # a comma alone
        ("“We will fix the roads, and we will fix them this year,” she said.",
         "“We will fix the roads and we will fix them this year.”", "punctuation"),
        # a hyphen against a space is punctuation: the words are the same
        ("“The cost-of-living payment will reach every pensioner,” he said.",
         "“The cost of living payment will reach every pensioner.”", "punctuation"),
        # capitals inside the quotation
        ("“The City Council will vote on the harbor budget next week,” he said.",
         "“The city council will vote on the harbor budget next week.”", "capitals or punctuation"),
    ],
)  # fmt: skip
def test_one_quotation_printed_differently_is_not_said_to_be_printed_word_for_word(one: str, other: str, differing: str) -> None:
    (note,) = notes(("a", one), ("b", other))
    assert "word for word" not in note, note
    assert note.startswith(f"Outlet A and Outlet B print the same quoted sentence (differing only in {differing}), "), note


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # curly against straight marks, an em dash against a double hyphen, the tag's comma against a full stop
        ("“The ferry will run again by May — whatever the cost,” the minister said.",
         '"The ferry will run again by May--whatever the cost."'),
        # a quotation opening mid-sentence in lower case, a spaced ellipsis against an unspaced one
        ("The minister said “the ferry will run again by May . . . whatever the cost.”",
         "“The ferry will run again by May...whatever the cost,” he told reporters."),
        # an apostrophe curly in one, straight in the other
        ("“The ferry’s new engines will arrive by the end of May,” she said.",
         "“The ferry's new engines will arrive by the end of May.”"),
    ],
)  # fmt: skip
def test_a_quotation_set_in_other_typography_is_printed_word_for_word(one: str, other: str) -> None:
    (note,) = notes(("a", one), ("b", other))
    assert note.startswith("Outlet A and Outlet B print the same quoted sentence word for word"), note


def test_some_sentences_word_for_word_and_others_not_are_counted_apart() -> None:
    # one quotation over two sentences, each source's in a row: the first printed alike, the second contracted in one
    first = "“We have waited three winters for this bridge."
    seconds = {"a": "And we're not waiting a fourth one for the county to act.”",
               "b": "And we are not waiting a fourth one for the county to act.”"}
    rows = [(source, index, text) for source, start in (("a", 4), ("b", 8))
            for index, text in enumerate((first, seconds[source]), start)]
    members = pl.DataFrame(rows, schema=["source_id", "sentence_index", "text"], orient="row")
    assert _copy_notes(members, NO_COPIES, LABELS) == (
        "Outlet A and Outlet B print 2 of the same quoted sentences (1 word for word, 1 differing only in spelling or "
        "punctuation): quotations of the same words, not independent agreement.",
    )


def test_a_sentence_of_the_outlets_own_printed_with_another_comma_is_not_word_for_word() -> None:
    assert notes(
        ("a", "Turnout in the river counties rose for the third straight election, officials said."),
        ("b", "Turnout in the river counties rose for the third straight election officials said."),
    ) == (
        "Outlet A and Outlet B print the same sentence (differing only in punctuation): one wording (a shared wire "
        "story or release, or one quotation with its attribution), not independent agreement.",
    )


def test_typography_set_one_way() -> None:
    assert as_typeset("“We’ll rebuild — all of it . . . soon,” ") == "we'll rebuild — all of it … soon"
    assert as_typeset("'we'll rebuild--all of it...soon.'") == "we'll rebuild — all of it … soon"
    # the narrowest difference covering all printings, by index of DIFFERENCES
    assert DIFFERENCES[printed_difference(["It is done.", "“It is done,”", "'it is done'"])] == ""
    assert DIFFERENCES[printed_difference(["It is done, now.", "It is done now."])] == "punctuation"
    assert DIFFERENCES[printed_difference(["It is done, Now.", "It is done now."])] == "capitals or punctuation"
    assert DIFFERENCES[printed_difference(["It's done now.", "It is done now.", "It is done, now."])] == "spelling or punctuation"
