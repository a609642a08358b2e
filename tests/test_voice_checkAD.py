"""check AD, confusing 3: a passage pasted from another outlet after a colon lead that names no speaker. Townhall's
"Romney's clear win isn't just the conservative meme, folks:" is followed by Politico's paragraph, with no quotation
marks ("Call it the curse of incumbency. … “We got our clock cleaned,” said a Democratic strategist …"): scored as
Townhall's own voice, its most negative sentence. The pasted paragraph keeps its page's typography, curly marks in a
blog that writes straight ones. Texts are new ones of the same structure, with near misses that stay the outlet's."""

from __future__ import annotations

import pytest

from contrast.metrics.voice import OWN, REPORTED, house_style, sentence_voices, typography

BLOG = [
    ["The governor's speech ran long, and the crowd didn't seem to mind one bit."],
    ["It's the third time this month he's drawn a bigger crowd than the mayor."],
    ["We'll have more on the numbers tomorrow, but here's the short version."],
]
LEAD = ["The governor's big night wasn't just partisan spin, friends:"]
PASTED = [
    "Call it the curse of the front-runner.",
    "The mayor looked tired, and the governor’s lines landed one after another.",
    "“We got outworked tonight,” said a city hall aide who didn’t want to be named.",
]
AFTER = ["Anyway, that's all for tonight, and I'll be back in the morning."]


def _kinds(paragraphs: list[list[str]]) -> list[str]:
    texts = [text for paragraph in paragraphs for text in paragraph]
    breaks = [i > 0 and j == 0 for i, paragraph in enumerate(paragraphs) for j, _ in enumerate(paragraph)]
    return [voice.kind for voice in sentence_voices(texts, breaks=breaks)]


def test_a_paragraph_in_another_typography_after_a_colon_lead_is_not_the_outlets_voice() -> None:
    kinds = _kinds([*BLOG, LEAD, PASTED, AFTER])
    assert kinds[4:7] == [REPORTED] * 3  # the quoted line is reported in any case; the two before it are the change
    assert kinds[3] == OWN and kinds[7] == OWN  # the lead and the paragraph after the passage are the blog's


@pytest.mark.parametrize(
    ("lead", "paragraph"),
    [
        # the paragraph in the blog's own typography: its writer goes on
        (LEAD, [text.replace("’", "'").replace("“", '"').replace("”", '"') for text in PASTED]),
        # a label, not a lead ("Advertisement:" between a lead and what it sets out)
        (["Sponsored:"], PASTED),
        # a lead that introduces the writer's own list or words
        (["Here are the key points I took from the night:"], PASTED),
    ],
)
def test_a_paragraph_the_lead_does_not_set_out_stays_the_outlets(lead: list[str], paragraph: list[str]) -> None:
    kinds = _kinds([*BLOG, lead, paragraph, AFTER])
    assert kinds[4:6] == [OWN] * 2  # its third sentence, a quotation with its speaker, is reported in any case


def test_a_text_with_no_typography_of_its_own_pastes_nothing() -> None:
    # two paragraphs in straight marks (the lead's and the last) are too few to tell the blog's own marks
    kinds = _kinds([LEAD, PASTED, AFTER])
    assert kinds[1:3] == [OWN] * 2


def test_typography_is_read_from_apostrophes_and_quotation_marks() -> None:
    assert typography("It's here.") == "straight" and typography("It’s here.") == "curly"
    assert typography("No marks at all.") is None and typography("It's “mixed”.") is None
    assert house_style(["It's a.", "It's b.", "It's c.", "It’s d."]) == "straight"
    assert house_style(["It's a.", "It’s b."]) is None
