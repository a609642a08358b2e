"""The teacher key's tone note, check AD (confusing item 5): the key's words match what the score did.

An own-voice sentence is scored without what it quotes or reports (``own_part``): Vox's "Since his weekend tweets, Trump
has not backed down …, saying they “hate” the United States." was scored on "backed" alone, and the key said so
without a word on the "hate" the students read. A rated word the students see that the score left out is named, with
why. The sentences here are new ones of the same structure.
"""

from __future__ import annotations

from contrast.report.handout import questions
from contrast.report.handout.model import Excerpt, SourceTag

REPORTED_CLAUSE = "The board approved the new library on Monday, while residents said they “despise” its design."
UNQUOTED_CLAUSE = "The council passed the budget on Tuesday, while critics warned that it was a disastrous plan."
OWN_ONLY = "The mayor won praise for the budget, which passed easily on Tuesday."


def _excerpt(text: str, *, attributed: bool = False) -> Excerpt:
    return Excerpt(SourceTag("A", "Source A", None, "", "solid"), text, False, False, "en", -0.2, attributed)


def test_the_key_names_a_word_in_a_reported_clause_the_score_left_out() -> None:
    note = questions._reacts_to(_excerpt(REPORTED_CLAUSE))
    assert note.startswith("Words the score reacts to in Source A:")
    assert "“despise” is in the score's word list but not counted" in note
    assert "a part of the sentence that quotes or reports someone" in note


def test_the_key_names_a_reported_word_with_no_quotation_marks_the_score_left_out() -> None:
    note = questions._reacts_to(_excerpt(UNQUOTED_CLAUSE))
    assert note.startswith("Words the score reacts to in Source A: none. ")  # not "no word of it is in the list"
    assert "“disastrous” are in the score's word list but not counted" in note


def test_a_word_the_score_counted_is_not_said_to_be_left_out() -> None:
    note = questions._reacts_to(_excerpt(OWN_ONLY))
    assert "“praise”" in note and "not counted" not in note


def test_a_word_cut_from_the_excerpt_is_not_said_to_be_left_out_of_what_students_read() -> None:
    cut = REPORTED_CLAUSE[: REPORTED_CLAUSE.index(", while")] + " […]"
    note = questions._reacts_to(Excerpt(SourceTag("A", "Source A", None, "", "solid"), cut, True, False, "en", -0.2,
                                         False, sentence=REPORTED_CLAUSE))
    assert "despise" not in note
