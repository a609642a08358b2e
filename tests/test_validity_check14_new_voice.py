"""check14-new (two never-seen AllSides groups: the May 2012 jobs report, JR; the transgender-ban memo of 2017, TG) on
the voice and attribution readings. Each row is a sentence written in the shape of the one misread, not copied; near
misses keep their reading."""

from __future__ import annotations

import pytest

from contrast.metrics.voice import OWN, REPORTED, sentence_voices
from tests.test_excerpt_speakers import _speakers
from tests.test_speaker_unnamed_one import _last

OFFICIAL = "speaker.official"


# --- JR-2: "…, reports the Labor Department." is the department's report -------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The jobless rate rose to 9.1 percent in June, reports the Labor Department.", "the Labor Department"),
        ("Factory orders fell for a second month, reported the Commerce Department.", "the Commerce Department"),
        ("The talks will resume in March, announced the White House.", "the White House"),
    ],
)
def test_a_trailing_report_with_its_verb_before_its_subject_names_the_source(text: str, speaker: str) -> None:
    assert sentence_voices([text])[0].kind == REPORTED
    said = _speakers(text)[0]
    assert said.name == speaker and said.here
    kind, _, cues = _last(text)
    assert kind == OFFICIAL
    assert any(category.startswith("verb.") for category, _ in cues)  # the verb is tallied with its kind


@pytest.mark.parametrize(
    "text",
    [
        "The jobless rate rose to 9.1 percent in June, confirmed the worst fears of investors.",
        "The jobless rate rose to 9.1 percent in June, reports show.",
        "The jobless rate rose to 9.1 percent, announced Friday along with the wage figures.",
        "The measure passed in June, reported out of the Finance Committee by a single vote.",
    ],
)
def test_near_misses_of_an_inverted_report_stay_the_outlets_own(text: str) -> None:
    assert sentence_voices([text])[0].kind == OWN


# --- TG-3: "X made the assurance that …": X speaks -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Dunford later made the assurance that the troops would “be treated with dignity.”", "Dunford"),
        ("Sen. John Roe issued a statement that the bill was dead.", "John Roe"),
        ("Gen. Joseph Roe gave the assurance “we will treat everyone with respect.”", "Joseph Roe"),
    ],
)
def test_a_noun_of_speech_after_a_light_verb_is_said_by_the_subject(text: str, speaker: str) -> None:
    assert sentence_voices([text])[0].kind != OWN
    said = _speakers(text)[0]
    assert said.name == speaker and said.here


@pytest.mark.parametrize(
    "text",
    [
        "The senator made a promise to her voters in 2010.",
        "Obama gave a speech that lasted an hour.",
        "The company issued a statement on Friday.",
    ],
)
def test_near_misses_of_a_noun_of_speech_stay_the_outlets_own(text: str) -> None:
    assert sentence_voices([text])[0].kind == OWN


# --- TG-23: what a document "makes clear" or "suggests" is the writer's reading, in the outlet's own voice ------------


@pytest.mark.parametrize(
    "text",
    [
        "(Her letter also makes clear that the chaos we have come to expect from this agency is alive and well.)",
        "The general’s memo makes clear that the old rule remains in force.",
        "The statement suggests that the secretary had no warning at all.",
    ],
)
def test_what_a_document_makes_clear_or_suggests_is_the_outlets_inference(text: str) -> None:
    assert sentence_voices([text])[0].kind == OWN


@pytest.mark.parametrize(
    "text",
    [
        "Obama made clear that he would veto the bill.",
        "The statement said that the bill was dead.",
        "The senator suggested that the plan would fail.",
    ],
)
def test_near_misses_of_a_document_inferring_still_report(text: str) -> None:
    assert sentence_voices([text])[0].kind == REPORTED


# --- JR-23: "<the outlet's clause>, with X saying, “…”": the clause before "with" is the outlet's own ----------------


@pytest.mark.parametrize(
    ("text", "own_word"),
    [
        (
            "Democrats eagerly pounced on the weak sales figures released Monday to press the case that it is time for a new "
            "course in the statehouse, with party chairman John Roe saying, “The governor’s plan has plainly failed.”",
            "pounced",
        ),
        (
            "A quiet push to oust the chairman has been building for months, with several senior members arguing that "
            "the party needs a new voice.",
            "building",
        ),
    ],
)
def test_the_clause_before_a_with_phrase_of_saying_is_the_outlets_own(text: str, own_word: str) -> None:
    voice = sentence_voices([text])[0]
    assert voice.kind == REPORTED
    assert voice.kind_at(text.index(own_word)) == OWN
    assert voice.kind_at(text.index("saying" if "saying" in text else "needs")) != OWN


def test_near_miss_a_report_before_the_with_phrase_keeps_its_clause() -> None:
    text = "Roe said the plan had failed badly, with Doe saying, “It was doomed from the start.”"
    voice = sentence_voices([text])[0]
    assert voice.kind_at(text.index("failed")) != OWN


# --- TG-20, JR-10: a thing that "threatened to", jobs "added": no one speaks ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The president’s abrupt decision threatened to undo months of careful planning by the generals.",
        "Rates up; 90K jobs added",
        "Output rose in June as just 45,000 net jobs were added to factory payrolls.",
    ],
)
def test_a_verb_of_speech_in_a_sense_that_reports_no_one_is_the_outlets_own(text: str) -> None:
    assert sentence_voices([text])[0].kind == OWN
    _, _, cues = _last(text)
    assert not any(category.startswith("verb.") for category, _ in cues)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The union threatened to strike next week.", "threatened"),
        ("The senator threatened to block the bill.", "threatened"),
        ("Roe added that 45,000 jobs were lost.", "added"),
    ],
)
def test_near_misses_of_a_non_speech_sense_still_report(text: str, verb: str) -> None:
    assert sentence_voices([text])[0].kind == REPORTED
    _, _, cues = _last(text)
    assert any(cue == verb for category, cue in cues if category.startswith("verb."))


# --- TG-21: "was praised by <group>" reports the group's praise ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Her decision on Monday was praised by union leaders and several fellow Democrats.", "praised"),
        ("The new rule was quickly condemned by civil liberties groups.", "condemned"),
    ],
)
def test_a_judgment_in_the_passive_with_its_agent_reports_the_agent(text: str, verb: str) -> None:
    assert sentence_voices([text])[0].kind == REPORTED
    _, _, cues = _last(text)
    assert any(cue == verb for category, cue in cues if category.startswith("verb."))


@pytest.mark.parametrize(
    "text",
    [
        "The plan, praised by many, passed the Senate on Tuesday.",
        "The coast was slammed by the storm overnight.",
    ],
)
def test_near_misses_of_a_passive_judgment_stay_the_outlets_own(text: str) -> None:
    assert sentence_voices([text])[0].kind == OWN
