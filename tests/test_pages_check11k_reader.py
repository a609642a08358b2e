"""What the pages say, as the independent check of session 11 read them (check11k-new: "Confusing on the page").

Each test is one line of the check's reader notes on the vicente-fox-trump (VF) and capital-shooting (CS) groups:
a question must have an answer in the excerpts it asks about, a count must count what it names, a label must keep
the case the texts use, a heading must say what its excerpts show.
"""

from __future__ import annotations

from contrast.report.event_titles import EventTitle
from contrast.report.handout import questions
from contrast.report.handout.model import Excerpt, HandoutEvent, SourceTag

WELCOME = {
    # check11k VF Q1: one quotation, each outlet with its own words of attribution around it
    "A": "“He is not welcome to Mexico,” Fox told CNN.",
    "B": "“He is not welcome to Mexico,” Mr. Fox told CNN.",
    "C": "“He is not welcome to Mexico,” Fox said in an interview on CNN.",
}


def _excerpt(letter: str, text: str, compound: float = -0.36, attributed: bool = True) -> Excerpt:
    return Excerpt(SourceTag(letter, f"Source {letter}", None, "", "solid"), text, False, False, "en", compound, attributed,
                   sentence=text)


def test_no_tone_question_is_asked_of_one_quotation_framed_by_different_attributions() -> None:
    """check11k VF Q1 asked which of three printings of “He is not welcome to Mexico” "sounds the most positive" (key:
    −0.36 three times, "welcome" three times). The words outside the quotation marks ("Fox said in an interview on
    CNN") carry no word the tone score rates: what is scored is one quotation, and the question has no answer."""
    excerpts = tuple(_excerpt(letter, text) for letter, text in WELCOME.items())
    assert not questions.worded_differently(excerpts)
    event = HandoutEvent(1, EventTitle(WELCOME["A"]), "All 3 sources write about it.", excerpts)
    assert questions._tone(events=[event], number=1) is None


def test_a_quotation_beside_a_telling_in_felt_words_of_the_outlets_own_is_worded_differently() -> None:
    """Near miss: the same quotation, but one outlet frames it in words the score rates ("Fox angrily told CNN"): the
    excerpts then differ in what is scored, and students may be asked which sounds more negative."""
    framed = "“He is not welcome to Mexico,” a furious Fox told CNN in a bitter attack."
    assert questions.worded_differently([_excerpt("A", WELCOME["A"]), _excerpt("C", framed)])
    own = "Mexico's former president said the Republican nominee would not be welcome in the country."
    assert questions.worded_differently([_excerpt("A", WELCOME["A"]), _excerpt("C", own, attributed=False)])
