"""Whose voice it is, check AC (SD, BR): reports the voice reading took for the outlet's own words.

SD-7: "A report emerged on Thursday from NBC that …" reports NBC's claim. SD-8: "Trump also forcefully denied the
affair." reports Trump's denial (a refusal, "denied the motion", stays the outlet's telling). SD-31: in "Daniels offered
her account of her relationship with Trump in an interview …" the speaker is Daniels, not the name in her predicate.
BR-6/BR-8: "Barr states that …" and "They demanded that …" report. BR-18: a claim closed by ", according to …" is the
source's whole, not the outlet's telling with a report appended. BR-32: "…, and they seized on Mr. Mueller's finding
that …" after a report is the outlet's own clause. The sentences here are new ones of the same structures.
"""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.attribution import attribution_lexicon, attribution_matcher, read_speaker, read_statements
from contrast.metrics.speakers import Mentions
from contrast.metrics.voice import OWN, REPORTED, sentence_voices
from contrast.report.said import ATTRIBUTES, fact_voices
from tests.test_validity import lexicon


def _kind(sentence: str) -> str:
    return sentence_voices([sentence])[0].kind


@pytest.mark.parametrize(
    "sentence",
    [
        "A report emerged late Tuesday from CNN that the senator's aides had been subpoenaed.",
        "Word came on Friday from the Pentagon that the convoy had been attacked near the border.",
        "A new account surfaced from The Washington Post that the agency had ignored the warnings.",
    ],
)
def test_a_report_that_came_from_a_named_source_reports_it(sentence: str) -> None:
    assert _kind(sentence) == REPORTED


@pytest.mark.parametrize(
    "sentence",
    [
        "The shipment came from China that spring.",
        "Reports emerged in the spring, and the talks collapsed.",
        "The money for the campaign came from donors in Ohio.",
    ],
)
def test_something_that_came_from_somewhere_reports_no_one(sentence: str) -> None:
    assert _kind(sentence) == OWN


def test_the_source_a_report_came_from_is_its_speaker() -> None:
    sentence = "Word came late Tuesday from the Pentagon that the convoy had been attacked."
    attributed, speaker, _ = read_speaker(sentence, attribution_matcher(lexicon("attribution")).find(sentence))
    assert attributed and speaker is not None and speaker.kind == "speaker.official"
    assert speaker.at is not None and sentence[speaker.at[0] : speaker.at[1]].endswith("Pentagon")


@pytest.mark.parametrize(
    "sentence",
    [
        "Johnson also flatly denied the affair.",
        "The actress has repeatedly denied the relationship.",
        "The Kremlin denied the story on Tuesday.",
        "She denied the payment to the lawyer, and her campaign said nothing more.",
    ],
)
def test_someone_denying_a_thing_reports_their_denial(sentence: str) -> None:
    assert _kind(sentence) == REPORTED


def test_a_denier_named_with_a_manner_adverb_is_typed_by_the_earlier_mention() -> None:
    texts = ["Governor Ann Hale said on Monday the budget was sound.", "Hale also vehemently denied the report."]
    read = read_statements(
        [("wire", i, t) for i, t in enumerate(texts)], dict(enumerate(sentence_voices(texts))),
        attribution_matcher(attribution_lexicon(Lenses())), Mentions(),
    )
    assert read[("wire", 1)][1:3] == (True, "speaker.official")


@pytest.mark.parametrize(
    "sentence",
    [
        "The judge denied the motion to dismiss the case.",
        "The board denied the president's request for a delay.",
        "Officials denied the company a permit.",
        "The coach denied the team a chance to rest.",
    ],
)
def test_a_refusal_is_no_denial(sentence: str) -> None:
    assert _kind(sentence) == OWN


@pytest.mark.parametrize(
    "sentence",
    [
        "Holder states that the findings did not show any crime by the governor.",
        "The memo also states that the agency must disclose its costs.",
        "The union demanded that the mayor's full budget be made public.",
        "Teachers are demanding on Monday that the district reopen the talks.",
    ],
)
def test_states_that_and_demanded_that_report(sentence: str) -> None:
    assert _kind(sentence) == REPORTED


@pytest.mark.parametrize(
    "sentence",
    [
        "Voters in states that expanded Medicaid saw premiums fall.",
        "She won back Rust Belt states that her rival carried in 2016.",
        "The governor won the states that mattered most.",
        "It was a demanding race that few runners finished.",
    ],
)
def test_states_and_demanding_as_nouns_and_adjectives_report_no_one(sentence: str) -> None:
    assert _kind(sentence) == OWN


ACCORDING = (
    "The inspector general did not find that the agency \u201cwillfully misled\u201d the court in 2019, according to "
    "Deputy Secretary Ann Lowe\u2019s letter to the committee released Monday."
)


def test_a_claim_closed_by_according_to_is_the_sources_whole() -> None:
    voice = sentence_voices([ACCORDING])[0]
    assert voice.kind == REPORTED
    assert voice.kind_at(ACCORDING.index("did not find")) == REPORTED
    assert voice.kind_at(ACCORDING.index("agency")) == REPORTED


def test_the_panel_reads_a_claim_closed_by_according_to_as_attributed() -> None:
    other = "The inspector general found no sign that the agency misled the court."
    assert fact_voices([other, ACCORDING], [False, True])[1] == ATTRIBUTES


def test_a_participle_of_saying_still_leaves_the_clause_before_it_the_outlets() -> None:
    sentence = "The mayor blasted the council on Friday, saying it had stalled the budget for months."
    assert sentence_voices([sentence])[0].kind_at(sentence.index("council")) == OWN


SEIZED = (
    "Republicans, for their part, said the audit raised new doubts, and they pounced on the inspector general\u2019s "
    "finding that agents had misled the court."
)


def test_seizing_on_a_finding_after_a_report_is_the_outlets_clause() -> None:
    voice = sentence_voices([SEIZED])[0]
    assert voice.kind == REPORTED
    assert voice.kind_at(SEIZED.index("pounced")) == OWN
    assert voice.kind_at(SEIZED.index("raised")) == REPORTED


def test_seizing_on_then_saying_stays_the_speakers() -> None:
    sentence = "Republicans said the audit raised doubts, and they pounced on the finding, saying agents had lied."
    voice = sentence_voices([sentence])[0]
    assert voice.kind_at(sentence.index("agents")) == REPORTED


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Lopez offered her account of her meetings with President Obama in an interview on the NBC program.", "Lopez"),
        ("The former aide described his dealings with Governor Hale in an interview with the Times.", "The former aide"),
    ],
)
def test_the_speaker_before_in_an_interview_is_the_subject_not_a_name_in_the_predicate(sentence: str, speaker: str) -> None:
    attributed, found, _ = read_speaker(sentence, attribution_matcher(lexicon("attribution")).find(sentence))
    assert attributed and found is not None and found.kind != "speaker.official"
    assert found.at is not None and sentence[found.at[0] : found.at[1]] == speaker


def test_a_subject_in_a_statement_with_its_own_reporting_verb_keeps_its_role() -> None:
    sentence = "Senator Jane Roe in a statement said the ruling was wrong."
    attributed, found, _ = read_speaker(sentence, attribution_matcher(lexicon("attribution")).find(sentence))
    assert attributed and found is not None and found.kind == "speaker.official"
