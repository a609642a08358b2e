"""Who speaks, check AG (SN-30, SN-31), from new sentences of the same structures.

* SN-30: a person interviewed by newspapers is no media speaker ("In earlier interviews with two newspapers, Snowden
  said …": the newspapers are the channel, the name after the comma is the subject); and the subject of a passive
  report that runs on past its participle ("Edward Snowden has been called a “traitor” …") is spoken about, no speaker.
* EC-7: "pledged" after a determiner or a number is an adjective ("only one pledged to Trump"), no pledge reported.
* SN-31: "So far, the Hong Kong government has not commented on Snowden's case and Snowden says …": a body that did not
  comment says nothing; "and" with a subject of its own after a clause opens the clause whose subject speaks.
"""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.attribution import attribution_lexicon, attribution_matcher, read_statements
from contrast.metrics.voice import source_voices
from contrast.segment import segment
from tests.test_speaker_checkAA import MEDIA, _read


@pytest.mark.parametrize(
    "text",
    [
        "In recent interviews with three magazines, Moreau said she left the country because of its courts.",
        "In talks with two newspapers, Halvorsen said he would fight the charges in court.",
        "In interviews with several newspapers, Okafor said the company had lied. Okafor said he would testify.",
    ],
)
def test_a_person_interviewed_by_newspapers_is_no_media_speaker(text: str) -> None:
    kind, also = _read(text)
    assert kind != MEDIA and MEDIA not in also


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lindqvist has been called a “liar” and accused of “fraud” for her part in the sale.",
        "Tom Becker has been called a “coward” and blamed for the loss of the vote.",
    ],
)
def test_the_subject_of_a_passive_report_is_no_speaker(text: str) -> None:
    sentences = segment({"s": text}, {"s": "o"}).sort("sentence_index")
    voices = dict(zip(sentences.get_column("sentence_index").to_list(), source_voices(sentences), strict=True))
    read = read_statements(sentences.select("source_id", "sentence_index", "text").rows(), voices,
                           attribution_matcher(attribution_lexicon(Lenses())))
    names = [v[5].cue for v in read.values() if v[5] is not None]
    assert not any(n.endswith(("Lindqvist", "Becker")) for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "So far, the city council has not commented on Brennan’s case and Brennan says he plans to appeal the ruling.",
        "The ministry has not responded to the report and Moreau says she will sign the deal anyway.",
    ],
)
def test_a_body_that_did_not_comment_is_not_the_speaker_of_the_next_clause(text: str) -> None:
    kind, also = _read(text)  # SN-31: the second clause's subject speaks; the council said nothing
    assert kind != "speaker.official" and "speaker.official" not in also


def test_a_relative_clause_does_not_part_the_subject_from_its_verb() -> None:
    assert _read("The governor who met Cole and Jones said the talks went well.")[0] == "speaker.official"


def _verbs(text: str) -> list[str]:
    sentences = segment({"s": text}, {"s": "o"}).sort("sentence_index")
    voices = dict(zip(sentences.get_column("sentence_index").to_list(), source_voices(sentences), strict=True))
    read = read_statements(sentences.select("source_id", "sentence_index", "text").rows(), voices,
                           attribution_matcher(attribution_lexicon(Lenses())))
    return [h.cue.lower() for v in read.values() for h in v[3] if h.category.startswith("verb.")]


@pytest.mark.parametrize(
    "text",
    [
        "The Times found only one pledged to Sanders who will refuse to back him but did not name her.",
        "Reuters found one pledged to Cruz who will refuse to vote for him but did not identify her.",
        "The AP counted two pledged to Kasich who will break ranks, the newspaper reported.",
    ],
)
def test_pledged_as_an_adjective_is_no_pledge(text: str) -> None:
    assert "pledged" not in _verbs(text)  # EC-7


def test_a_pledge_made_is_still_one() -> None:
    assert "pledged" in _verbs("The governor pledged that she would veto the bill.")
