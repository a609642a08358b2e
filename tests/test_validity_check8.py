"""The validity suite, continued: false findings of check8-new (Fox, the New York Times and HuffPost on Paul
LePage's voicemail, 2016, and on Romney and same-sex marriage, 2012), each as a table of the sentence that was
misread and its near misses, which must keep their voice or category.

- LP-7: "You …", a one-word line inside the voicemail LePage left (a quotation over six paragraphs, reopened by no
  mark, closed by '…,” he said in the message.'), was the outlet's own voice: a capitalised word with no closing
  punctuation read as a quoted title, so the paragraph that continues the quotation was no speech at all.
- LP-27: the reporting-verb lens counted every reporting verb of an attributed sentence, also those inside what is
  reported ("a charter school said LePage threatened to strip it …": "threatened" is the reported act) and in a
  relative clause ("that statement ― which had been widely criticized at the time ― by saying …"), and filed
  "denied" under alarm and blame. Only the verbs that introduce an attribution count, and a denial is distancing.
- RM-21: "Mr. Romney laid out his belief that marriage … should be restricted …, even as he acknowledged that it was
  “a very tender and sensitive topic.”" was the outlet's own voice, and its "acknowledged" no conceding verb: laying
  out one's belief is saying it, so the sentence reports Romney, and the joined "even as he acknowledged" clause
  introduces an attribution of its own.
"""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.attribution import attribute, attribution_lexicon, attribution_matcher
from contrast.metrics.voice import OWN, QUOTED, REPORTED, quoted_title, sentence_voices

# --- LP-7: a paragraph that continues an open quotation is quoted speech --------------------------------------

VOICEMAIL = [  # Fox: the voicemail, one paragraph a line; "You …" is a paragraph, split from the next by the ellipsis
    "In a recording of the message obtained by the Press Herald, the governor identified himself and went on to "
    "curse out Gattine.",
    "“I would like to talk to you about your comments about my being a racist, you c---sucker.",
    "I want to talk to you I want you to prove that I’m a racist.",
    "I’ve spent my life helping black people and you little son-of-a-b----, socialist c---sucker.",
    "You …",
    "I need you to, just friggin.",
    "I want you to record this and make it public because I am after you.",
    "Thank you,” he said in the message.",
]
VOICEMAIL_BREAKS = [False, True, True, True, True, False, True, True]


@pytest.mark.parametrize(
    ("sentences", "breaks", "kinds"),
    [
        (VOICEMAIL, VOICEMAIL_BREAKS, [OWN, QUOTED, QUOTED, QUOTED, QUOTED, QUOTED, QUOTED, REPORTED]),
        # the same line inside one paragraph of a quotation, and a short capitalised line the quotation runs into
        (["“I need you to call me.", "You …", "Call me,” he said."], [False, False, False], [QUOTED, QUOTED, QUOTED]),
        (["“We met in May.", "Washington Post", "It was fine,” she said."], [False, True, True], [QUOTED, QUOTED, QUOTED]),
        # near misses: no quotation is open, or the open mark was a stray that never closes
        (["“We will win,” he said.", "You …", "The court meets in May."], [False, True, True], [QUOTED, OWN, OWN]),
        (["He called it a “victory.", "You …", "The court meets in May."], [False, True, True], [REPORTED, OWN, OWN]),
    ],
)
def test_a_paragraph_that_continues_an_open_quotation_is_quoted_speech(
    sentences: list[str], breaks: list[bool], kinds: list[str]
) -> None:
    """LP-7: what a quotation runs on into is the speaker's words, however short and however capitalised."""
    assert [v.kind for v in sentence_voices(sentences, breaks=breaks)] == kinds


@pytest.mark.parametrize(
    ("quoted", "title"),
    [
        ("“Death By China”", True),  # a name between its own marks
        ("“China Dream”", True),
        ("\"Friday Times\"", True),
        ("You …", False),  # no opening mark: the quotation began in an earlier sentence
        ("Washington Post", False),
        ("Thank You”", False),
        ("“We will win,”", False),  # closing punctuation: someone's words
    ],
)
def test_a_quoted_title_stands_between_marks_of_its_own(quoted: str, title: bool) -> None:
    assert quoted_title(quoted) is title


# --- LP-27: the verb that introduces the attribution, not the verbs of what is reported ----------------------

def _verbs(sentence: str) -> list[tuple[str, str]]:
    """(cue, verb group) of each reporting verb the attribution lens counts in one sentence, read alone."""
    found = attribute(sentence, attribution_matcher(attribution_lexicon(Lenses())).find(sentence))[2]
    return [(h.cue, h.category) for h in found if h.category.startswith("verb.")]


CHARTER_FOX = ("That same year, a charter school said LePage threatened to strip it of its funding if it did not rescind a "
               "job offer to Democratic state House Speaker Mark Eves.")
BINDER_HP = ("Last week, LePage tried to back up that statement ― which had been widely criticized at the time ― by saying "
             "he keeps a binder of drug dealers arrested in Maine and “90-plus percent of those pictures” in his book are "
             "of black and Hispanic individuals.")
DENIED_FOX = ("LePage initially said his outburst was justified because Gattine called him a racist – something Gattine has "
              "denied.")
GUIDANCE_NYT = ("Mr. LePage nevertheless said he was seeking “spiritual guidance,” had apologized for his threat, and vowed to "
                "make one change to his behavior: “I will no longer speak to the press ever again after today,” he said.")
DENOUNCED_NYT = ("Both Democrats and Republicans have denounced the remarks, as many legislators called for a special session "
                 "to at least rebuke the governor over his latest tirade.")
CLAIMED_NYT = ("“I didn’t use racially charged language,” Mr. LePage claimed, although he also said, “Let’s leave ethnicity "
               "out.”")
NEUTRAL, CLAIM, ALARM, CALL = "verb.neutral", "verb.claim", "verb.alarm", "verb.call"


@pytest.mark.parametrize(
    ("sentence", "verbs"),
    [
        (CHARTER_FOX, [("said", NEUTRAL)]),  # "threatened" is what the school said LePage did
        (BINDER_HP, [("saying", NEUTRAL)]),  # "criticized" describes the statement, in a relative clause
        ("The mayor, who was accused of lying, said the plan would pass.", [("said", NEUTRAL)]),
        ("Critics accused the mayor of lying, he said.", [("said", NEUTRAL)]),  # the trailing report attributes it all
        ("He said critics warned that the plan would fail.", [("said", NEUTRAL)]),
        # a denial is no alarm or blame: it asserts against an allegation, which the writer leaves with the speaker
        (DENIED_FOX, [("said", NEUTRAL), ("denied", CLAIM)]),
        ("Gattine denied that he ever called the governor a racist.", [("denied", CLAIM)]),
        # the verb, not the "called" of what was denied, also with the one it was told to named between
        ("Gattine denied to the Portland Press Herald that he ever called the governor a racist.", [("denied", CLAIM)]),
        ("The company confirmed to the Senate Commerce Committee that it had shared the data.", [("confirmed", "verb.factive")]),
        # near misses: verbs that introduce attributions of their own keep counting
        (GUIDANCE_NYT, [("said", NEUTRAL), ("vowed", CALL), ("said", NEUTRAL)]),  # coordinated with "said", not in it
        (DENOUNCED_NYT, [("denounced", ALARM), ("called for", CALL)]),
        (CLAIMED_NYT, [("claimed", CLAIM), ("said", NEUTRAL)]),
        ("Critics warned that the plan would fail.", [("warned", ALARM)]),
        ("He said the plan would pass and warned that critics would lose.", [("said", NEUTRAL), ("warned", ALARM)]),
        ("He said the plan would pass, and critics warned that it would cost jobs.", [("said", NEUTRAL), ("warned", ALARM)]),
        ("Democrats accused the governor of racism, saying he should resign.", [("accused", ALARM), ("saying", NEUTRAL)]),
    ],
)
def test_the_reporting_verb_lens_counts_the_verbs_that_introduce_an_attribution(
    sentence: str, verbs: list[tuple[str, str]]
) -> None:
    """LP-27: "Alarm and blame: US right 9%" was "threatened" inside what a school said and "denied"; US left's 4% was
    "criticized" in a relative clause."""
    assert _verbs(sentence) == verbs


def test_adding_to_a_named_thing_reports_nothing() -> None:
    """Near misses of "denied to the Portland Press Herald that": the name is no addressee when a noun follows it."""
    kinds = [v.kind for v in sentence_voices([
        "The tariffs added to the Federal Reserve's worries that prices would rise.",
        "The new rule added to the Pentagon budget that Congress passed in May.",
    ])]
    assert kinds == [OWN, OWN]


# --- RM-21: laying out one's belief is saying it --------------------------------------------------------------

ROMNEY_NYT = ("On Wednesday, in anticipation of Mr. Obama’s announcement, Mr. Romney laid out his belief that marriage — and "
              "anything resembling it — should be restricted to heterosexual couples, even as he acknowledged that it was "
              "“a very tender and sensitive topic.”")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (ROMNEY_NYT, REPORTED),
        ("Mr. Romney laid out his belief that marriage should be restricted to heterosexual couples.", REPORTED),
        ("The senator spelled out her view that the tariffs would hurt farmers.", REPORTED),
        ("In a 40-page memo, the lawyers set out their case against the merger.", REPORTED),
        # near misses: laying out things, not views
        ("Workers laid out the chairs before the debate began in the hall.", OWN),
        ("The city laid out its new park in 1890 along the river.", OWN),
        ("The team set out its equipment on the field before the game.", OWN),
        # the outlet's own main clause keeps its voice; the joined clause is the speaker's (the documented rule)
        ("Romney signed the pledge in 2011, even as he acknowledged that it was “a very tender and sensitive topic.”", OWN),
    ],
)
def test_laying_out_a_belief_reports_it(sentence: str, kind: str) -> None:
    assert sentence_voices([sentence])[0].kind == kind


def test_a_joined_acknowledgement_counts_as_conceding() -> None:
    """RM-21: "Conceding: admitted, acknowledged — US center: no verb from the list", though the Times reports Romney
    acknowledging that the topic was tender."""
    assert ("acknowledged", "verb.concede") in _verbs(ROMNEY_NYT)
