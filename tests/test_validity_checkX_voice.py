"""Check X (groups MU, HC): sentences the voice and attribution lenses read as someone's speech when the outlet speaks.

Each rule is tested on new sentences of the same structure as the checked one, and on the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from contrast.metrics.voice import OWN, REPORTED, cue_context, sentence_voices


def _voice(text: str) -> str:
    return sentence_voices([text])[0].kind


# MU-6: "The chances of Democrats being credibly accused of overreaching just went up sharply." (The Hill's forecast)
@pytest.mark.parametrize(
    "sentence",
    [
        "The odds of the governor being publicly blamed for the shutdown rose on Friday.",
        "Republicans face a growing risk of being accused of hypocrisy.",
        "The prospect of the council being criticized for the delay worries the mayor's staff.",
        "Candidates in swing districts try to avoid being called extremists.",
    ],
)
def test_a_passive_gerund_under_a_word_of_what_may_happen_reports_no_one(sentence: str) -> None:
    assert _voice(sentence) == OWN


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor is being accused of lying by her rivals.",
        "Critics accused the mayor of lying.",
        "The senator was accused of overreaching.",
    ],
)
def test_an_accusation_made_is_still_reported(sentence: str) -> None:
    assert _voice(sentence) == REPORTED


def _context(sentence: str, word: str) -> str:
    start = sentence.index(word)
    return cue_context(sentence_voices([sentence])[0], sentence, start, start + len(word))


# MU-3 (Vox): "The White House has seized on these conclusions as “total exoneration” — “No Collusion, No Obstruction,”
# Trump tweeted." The trailing report names who said the quotation after the dash; the clause before it is Vox's telling.
@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The governor's allies pounced on the ruling — “a total win for the state,” she said on Monday.", "pounced"),
        ("Critics seized on the delay — “this is a disgrace to the city,” said Senator Ruiz.", "seized on"),
        ("The campaign quickly seized on the poll -- “We are winning everywhere,” the candidate posted.", "seized on"),
    ],
)
def test_the_clause_before_a_dash_and_a_quotation_with_a_trailing_report_is_the_outlets(sentence: str, word: str) -> None:
    assert _context(sentence, word) == OWN


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The council seized on the delay and will fail — and soon, he said.", "seized on"),
        ("Critics seized on the delay, “this is a disgrace to the city,” said Senator Ruiz.", "seized on"),
        ("He said the council seized on the delay — “a disgrace,” he added.", "seized on"),
    ],
)
def test_a_trailing_report_still_takes_in_what_is_not_set_off_as_a_quotation(sentence: str, word: str) -> None:
    assert _context(sentence, word) == REPORTED


# HC-6 (Vox): "In other words, he ruled that lawmakers, including Pelosi, could not say Trump or his tweets were racist."
# "lawmakers" are whom the ruling binds, not a speaker: what may not be said reports nobody saying it.
@pytest.mark.parametrize(
    "sentence",
    [
        "The board decided that employees may not say anything about the merger until June.",
        "The judge ruled that jurors, including the foreman, cannot say the defendant's name in public.",
        "The chair ruled that members were not allowed to call the president a liar on the floor.",
    ],
)
def test_a_ruling_on_what_may_not_be_said_reports_no_speaker(sentence: str) -> None:
    assert _voice(sentence) == OWN


@pytest.mark.parametrize(
    "sentence",
    [
        "The judge ruled that the law was unconstitutional, the lawyers said.",
        "The board decided that employees may not strike, the union said.",
        "Members said they could not support the bill.",
    ],
)
def test_a_report_around_a_ruling_is_still_reported(sentence: str) -> None:
    assert _voice(sentence) == REPORTED


# MU-3 (Washington Times): "Democrats, though, said Mr. Barr's letter left them with more questions, and they seized on
# Mr. Mueller's finding that …": what the speakers went on to do is the outlet's telling, not part of what they said.
@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Republicans said the report cleared the president, and they quickly pounced on its finding about the FBI.", "pounced"),
        ("She said the audit was flawed, but she seized on its numbers anyway.", "seized on"),
        ("The mayor told reporters the plan was dead, and he latched onto the council's delay.", "latched onto"),
    ],
)
def test_a_speaker_who_then_seizes_on_something_is_the_outlets_telling(sentence: str, word: str) -> None:
    assert _context(sentence, word) == OWN


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Democrats said they seized on the finding because it mattered.", "seized on"),
        ("She said the audit was flawed and that her rivals seized on its numbers.", "seized on"),
    ],
)
def test_seizing_on_in_what_is_said_stays_reported(sentence: str, word: str) -> None:
    assert _context(sentence, word) == REPORTED
