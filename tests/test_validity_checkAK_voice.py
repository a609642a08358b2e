"""Check AK (session 20): who speaks and whose voice a word is in.

MX-29: "executive" is a person's noun ("the executive said", "a company executive who") and, before a thing's noun, the
adjective of an office's acts ("executive orders", "an executive action", "the executive branch"): no business person
speaks in "officials, angered over his new executive orders, said …"."""

from __future__ import annotations

import pytest

from contrast.metrics.voice import OWN, REPORTED, cue_context, sentence_voices
from tests.test_validity_check17_voice import _attribute


@pytest.mark.parametrize(
    "sentence",
    [
        "Canadian diplomats, alarmed by the new executive orders on trade, said they would cancel the visit.",
        "The governor's executive action on guns was unlawful, the attorney general said.",
        "Senators said the executive branch had ignored their subpoenas.",
    ],
)
def test_executive_before_a_thing_is_no_business_speaker(sentence: str) -> None:
    attributed, kind, cues = _attribute(sentence)
    assert attributed
    assert not any(c.lower().startswith("executive") for c in cues), cues
    assert kind != "speaker.business"


@pytest.mark.parametrize(
    "sentence",
    [
        "A senior executive at the bank said the deal would close in March.",
        "The executives said profits would fall.",
        "An airline executive who attended the meeting said fares would rise.",
    ],
)
def test_an_executive_who_speaks_is_still_business(sentence: str) -> None:
    assert _attribute(sentence)[1] == "speaker.business"


# IM-34: "X urged Y to …" reports X's call, whoever Y is: a plain noun ("residents"), a room ("the audience"), a list;
# pressing a button is no call (the wider object is for the verbs of asking only).
# MX-45: "rising 1.43 percentage points to 7.53 percent" is a measure, not someone pointing to something.
@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Several neighbours urged the crowd and Governor Lamont to back their petition for a new school.", REPORTED),
        ("The mayor urged residents to stay indoors until the storm passed.", REPORTED),
        ("Two former officers implored the jury not to convict their colleague.", REPORTED),
        ("Parents begged school board members to reopen the library.", REPORTED),
        ("The engineer pressed the red button to restart the line.", OWN),
        ("Yields on ten-year bonds climbed 0.8 percentage points to 4.2 percent as inflation picked up.", OWN),
        ("The Dow fell 350 points to 24,100 by the close of trading.", OWN),
        ("The central bank cut its rate by 50 basis points to 1.75 percent.", OWN),
        ("She scored 31 points to lead the team past Denver.", OWN),
        ("The governor points to the falling crime rate as proof the plan works.", REPORTED),
    ],
)
def test_whose_voice(sentence: str, kind: str) -> None:
    assert sentence_voices([sentence])[0].kind == kind


# MX-23: after a leading clause of time that reports someone ("After X said …,"), the main clause's slanted verb of
# speech ("Trump blasted him with a tweet") is the outlet's word for the act, as it is with no such clause.
@pytest.mark.parametrize(
    ("sentence", "word", "context"),
    [
        ("After the governor said on Monday that the state would not pay for the stadium, the owner slammed her in a "
         "radio interview.", "slammed", OWN),
        ("Hours after the senator announced that she would oppose the bill, the president ripped her on Twitter.",
         "ripped", OWN),
        ("When the mayor said the budget was balanced, council members blasted him with a statement.", "blasted", OWN),
        # a slanted verb inside what the lead clause reports stays the speaker's
        ("After the mayor said critics had blasted the audit, the council voted to publish it.", "blasted", REPORTED),
        # a main clause that reports the slanting stays reported
        ("After the mayor spoke, the governor said critics had blasted the audit.", "blasted", REPORTED),
    ],
)
def test_a_slanted_verb_after_a_reported_lead_clause_is_the_outlets(sentence: str, word: str, context: str) -> None:
    start = sentence.index(word)
    assert cue_context(sentence_voices([sentence])[0], sentence, start, start + len(word), verb=True) == context
