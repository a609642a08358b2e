"""Whose voice it is, check AD (PT-15, PT-28, PT-35, PT-39, PT-41): the outlet's own narration with a word that can
report speech used in another sense. The sentences here are new ones of the same structures.

* A form of "deny" with "to" and whom something is refused ("the jobs denied to Chinese workers") refuses a thing: no
  denial is reported, so its noun ("Some of the jobs") is no speaker. "denied to reporters that …" still reports.
* A thing brought in with "a"/"an" and named by "called"/"dubbed" before "the" and a capitalised name ("a German ship
  called the St. Louis") is the thing's name, not someone's label for it.
* A denial someone is told to make ("with members being told to deny any knowledge of it") is no denial made, and the
  clause before such a "with … being told" phrase is the outlet's own, its opening "Perhaps" the outlet's hedge.
"""

from __future__ import annotations

import pytest

from contrast.metrics.voice import OWN, REPORTED, cue_context, reporting_spans, sentence_voices
from tests.test_speaker_checkAA import ANONYMOUS, _read


def _kind(sentence: str) -> str:
    return sentence_voices([sentence])[0].kind


def _reporting_words(sentence: str) -> list[str]:
    voice = sentence_voices([sentence])[0]
    return [sentence[a:b] for a, b in reporting_spans(sentence, voice)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Most of the farmland denied to Japanese families was later sold at auction.",
        "The pensions denied to widows were restored by the next Congress.",
        "Visas denied to Iranian students left several labs short of staff.",
        "The state denied to black veterans the loans it gave to white ones.",
    ],
)
def test_a_thing_denied_to_someone_reports_no_one(sentence: str) -> None:
    assert _kind(sentence) == OWN


def test_a_noun_before_denied_to_is_no_vague_speaker() -> None:
    kind, also = _read("Many of the homes denied to Irish tenants were soon let to newcomers.")
    assert kind is None and ANONYMOUS not in also


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator denied to reporters that she had met the lobbyist.",
        "Mr. Hale denied to the Boston Globe that he ever owned the company.",
        "The minister denied the reports.",
    ],
)
def test_a_denial_of_what_was_said_still_reports(sentence: str) -> None:
    assert _kind(sentence) == REPORTED


@pytest.mark.parametrize(
    "sentence",
    [
        "In 1912, a British liner called the Titanic struck an iceberg off Newfoundland.",
        "Last spring a bus line called the Harbor Express began running to the airport.",
        "A youth movement dubbed the Green Wave has filled the squares every Friday.",
        "The money went to a fund called the Veterans Relief Account, which paid for housing.",
    ],
)
def test_a_thing_named_by_called_the_is_no_report(sentence: str) -> None:
    assert _kind(sentence) == OWN


@pytest.mark.parametrize(
    "sentence",
    [
        "Republicans called the Affordable Care Act a disaster for families.",
        "The president called the CNN reporter a disgrace.",
        "A senator called the Senate a broken institution.",
        "A spokesman called the Times report inaccurate.",
        "A critic called the FBI's inquiry a witch hunt.",
        "A critic called the Senate “a broken institution.”",
    ],
)
def test_a_speaker_calling_something_the_name_still_reports(sentence: str) -> None:
    assert _kind(sentence) == REPORTED


@pytest.mark.parametrize(
    "sentence",
    [
        "The lodge kept its rites hidden, with recruits being told to deny any ties to it.",
        "Staff were told to deny the reports.",
        "He told aides to deny any involvement in the deal.",
    ],
)
def test_a_denial_someone_is_told_to_make_is_no_denial(sentence: str) -> None:
    assert "deny" not in _reporting_words(sentence)


def test_the_clause_before_a_with_being_told_phrase_is_the_outlets() -> None:
    sentence = (
        "Perhaps the oldest of these was the Loyal Brotherhood, which met in back rooms (“The Order of the Lamp”), "
        "with members being told to keep its name secret."
    )
    voice = sentence_voices([sentence])[0]
    start = sentence.index("Perhaps")
    assert cue_context(voice, sentence, start, start + len("Perhaps")) == OWN
