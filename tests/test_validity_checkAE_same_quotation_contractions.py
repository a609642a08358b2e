"""An event panel's note on sources printing one quotation (check AE BA-13): CNN's "“When they burn down a building,
they're committing arson. And they're destroying …" and USA Today's "When they burn down a building they are
committing arson. And they are destroying …" print one Obama quotation, one transcript contracting and the other not,
and the panel said no two of its sources print the same quotation. Contractions are written out before two wordings
are compared; a possessive is no contraction, and other words stay other words. New sentences of the same
structure."""

from __future__ import annotations

import polars as pl
import pytest

from contrast.report.briefing.events import _copy_notes, uncontracted, wording

LABELS = {"a": "Outlet A", "b": "Outlet B"}
NO_COPIES = pl.DataFrame({"a": [], "b": []}, schema={"a": pl.String(), "b": pl.String()})


def notes(*rows: tuple[str, str]) -> tuple[str, ...]:
    members = pl.DataFrame({"source_id": [s for s, _ in rows], "text": [t for _, t in rows]})
    return _copy_notes(members, NO_COPIES, LABELS)


def test_a_quotation_over_two_sentences_contracted_in_one_source_is_the_same_quotation() -> None:
    members = pl.DataFrame({
        "source_id": ["a", "a", "b", "b"],
        "sentence_index": [10, 11, 20, 21],
        "text": ["“When they shut down a clinic, they're hurting the sick.",
                 "And they're driving doctors and nurses out of their own towns.”",
                 "When they shut down a clinic they are hurting the sick.",
                 "And they are driving doctors and nurses out of their own towns.”"],
    })  # fmt: skip
    assert _copy_notes(members, NO_COPIES, LABELS) == (
        "Outlet A and Outlet B print 2 of the same quoted sentences (each differing only in spelling or punctuation): "
        "quotations of the same words, not independent agreement.",
    )


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("“We don't walk away from families who can't pay,” she said.", "“We do not walk away from families who cannot pay.”"),
        ("“It's been a long winter and we'll fix what's broken,” the mayor said.",
         "The mayor said: “It has been a long winter and we will fix what is broken.”"),
    ],
)
def test_one_quotation_contracted_in_one_source_and_not_in_another_is_the_same_quoted_sentence(one: str, other: str) -> None:
    found = notes(("a", one), ("b", other))
    # the same quotation, but not word for word as printed (check AE2 BA-19)
    assert found and found[0].startswith(
        "Outlet A and Outlet B print the same quoted sentence (differing only in spelling or punctuation)"), found


def test_other_words_beside_a_contraction_are_still_other_words() -> None:
    # near miss: the contraction written out, but another verb: two wordings
    assert notes(("a", "“When they shut down a clinic, they're hurting the sick.”"),
                 ("b", "“When they shut down a clinic they are harming the sick.”")) == ()


def test_contractions_written_out() -> None:
    assert uncontracted(wording("They're sure we won't, and I'm told it's done; let's go.")) == [
        "they", "are", "sure", "we", "will", "not", "and", "i", "am", "told", "it", "is", "done", "let", "us", "go"]
    # a possessive stays; "it's been" is "it has been"
    assert uncontracted(wording("The city's plan: it's been said.")) == ["the", "city's", "plan", "it", "has", "been", "said"]
