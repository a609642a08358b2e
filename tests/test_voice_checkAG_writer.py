"""The writer's own voice, check AG (EC-8, EC-31), from new sentences of the same structures.

In CNN's opinion piece, "I say that as someone who supported Hillary Clinton and who is appalled at …" was counted as
an attributed statement: the writer's "I say", "I would argue", "as I wrote" outside quotation marks is the piece's own
voice, not a quoted source. Inside quotation marks the "I" is the quoted speaker's, and a passive ("I was told", "I'm
told"), a subject shared with someone else ("Smith and I argued"), or a transcript's turn ("SMITH: I said …") still
report. And "People still voted their conscience based on whatever they believed." was reported speech for its
"believed": a belief named by a free relative ("whatever they believed"), with no clause, reports no one's content.
"""

from __future__ import annotations

import pytest

from contrast.metrics.voice import reporting_spans, sentence_voices


def voice_and_cues(text: str) -> tuple[str, list[str]]:
    voice = sentence_voices([text])[0]
    return voice.kind, [text[a:b] for a, b in reporting_spans(text, voice)]


@pytest.mark.parametrize(
    "text",
    [
        "I say this as someone who voted for the governor twice and who still admires her record on schools.",
        "I would argue that the new stadium is a poor use of public money.",
        "As I noted last month, the water board has never published its audit.",
        "I'd suggest that the mayor read her own report first.",
        "I told the committee in 2019 that the levee would not hold.",
        "I argued then, and I argue now, that the levee will not hold.",
        "I am arguing that the county cannot afford a second stadium.",
        "The levy, I would argue, is the fairest tax the county has.",
    ],
)
def test_the_writers_own_saying_is_the_outlets_own_voice(text: str) -> None:
    assert voice_and_cues(text) == ("own", []), text


@pytest.mark.parametrize(
    "text",
    [
        "The jurors weighed the evidence against whatever they already believed.",
        "In the end, voters chose what they believed.",
        "Everyone acted on what they believed, and the vote split.",
    ],
)
def test_a_belief_named_with_no_content_reports_nothing(text: str) -> None:
    assert voice_and_cues(text) == ("own", []), text


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # someone told the writer: a report, the teller unnamed or named
        ("I was told by two aides that the memo had been shredded.", "told"),
        ("I'm told the vote has been delayed until Friday.", "told"),
        ("I've been told the vote has been delayed until Friday.", "told"),
        # one of two subjects is someone else
        ("Smith and I argued that the bridge was unsafe.", "argued"),
        # a transcript's turn: the I is the speaker's
        ("CARTER: I said at the time that the bridge was unsafe.", "said"),
        # a third person reports the writer
        ("He says I was wrong about the bridge.", "says"),
        # a belief with its content, before it or after it
        ("The records had been altered, investigators believed.", "believed"),
        ("The mayor believed that the records had been altered.", "believed"),
        # a cleft: the free relative opens the clause, its content follows
        ("What the mayor believed, aides said, was that the records were altered.", "said"),
    ],
)
def test_other_reports_with_an_i_or_a_belief_still_report(text: str, cue: str) -> None:
    kind, cues = voice_and_cues(text)
    assert kind == "reported" and cue in cues, (text, kind, cues)


def test_an_i_inside_quotation_marks_is_the_speakers() -> None:
    text = "“I have said from the start that this bill would fail,” the senator said."
    kind, cues = voice_and_cues(text)
    assert kind == "quoted" and cues == ["said"], (kind, cues)


def test_in_a_transcript_the_i_is_the_speaker_of_the_turn() -> None:
    turns = [
        "HOST: Welcome back to the program.",
        "DANA REYES: Thank you for having me.",
        "HOST: You opposed the levy from the start.",
        "DANA REYES: I did.",
        "As I said at the time, the county cannot pay for a second stadium.",
    ]
    voices = sentence_voices(turns, breaks=[True, True, True, True, False])
    assert voices[-1].kind == "reported", voices[-1]
    # the same sentence in a writer's column is the column's own voice
    assert sentence_voices(turns[-1:])[0].kind == "own"
