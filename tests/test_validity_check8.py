"""The validity suite, continued: false findings of check8-new (Fox, the New York Times and HuffPost on Paul
LePage's voicemail, 2016, and on Romney and same-sex marriage, 2012), each as a table of the sentence that was
misread and its near misses, which must keep their voice or category.

- LP-7: "You …", a one-word line inside the voicemail LePage left (a quotation over six paragraphs, reopened by no
  mark, closed by '…,” he said in the message.'), was the outlet's own voice: a capitalised word with no closing
  punctuation read as a quoted title, so the paragraph that continues the quotation was no speech at all.
"""

from __future__ import annotations

import pytest

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
