"""The validity suite, continued: voice misreadings check10i found (Fox, the New York Times and HuffPost on Kathy
Griffin's photo and Trump's reply, 2017), each with near misses that must keep their voice. Sentences are written here
in the shape of the ones misread, not copied.

- KG-3/4/5/23/32: a quotation over six paragraphs, one sentence or a few a paragraph, opened in the first, reopened by
  no mark and closed eight sentences on, was the outlet's own voice in its middle: the search for its close stopped
  after ``MAX_CARRY`` sentences. Its lines entered the own-voice tone, a handout question, the attribution share and
  a frame figure.
- KG-6: "… has made a career out of shocking her public by telling stories of …" was reported speech: a gerund of
  telling after a preposition, with tales for its object, says what someone does, not what they said.
"""

from __future__ import annotations

import pytest

from contrast.metrics.voice import OWN, QUOTED, REPORTED, sentence_voices


def _voices(paragraphs: list[list[str]]) -> list[str]:
    texts = [s for p in paragraphs for s in p]
    breaks = [i == 0 for p in paragraphs for i in range(len(p))]
    return [v.kind for v in sentence_voices(texts, breaks=breaks)]


APOLOGY = [  # a statement quoted over six paragraphs; only the first opens and only the last closes a mark
    ["The singer posted a video on Monday night."],
    ["“I regret it,” she said in the video."],
    ["“I am only now reading your replies to these pictures."],
    ["I am a singer."],
    ["I made a mistake.", "I push limits, I pushed this one.", "I went much too far."],
    ["The picture is too cruel."],
    ["I see why it hurts people."],
    ["It was not clever.", "I know that now.”"],
]


@pytest.mark.parametrize(
    ("paragraphs", "kinds"),
    [
        # KG-3: every line between the open mark and the close, eight sentences on, is the singer's
        (APOLOGY + [["The label dropped her on Tuesday."]], [OWN, REPORTED, *[QUOTED] * 9, OWN]),
        # the paragraph after the closed quotation is the outlet's narration, however short
        (APOLOGY + [["It was too late."], ["The label dropped her."]], [OWN, REPORTED, *[QUOTED] * 9, OWN, OWN]),
        # and a new quotation after it is read on its own
        (APOLOGY + [["The label met."], ["“We are done,” it said."]], [OWN, REPORTED, *[QUOTED] * 9, OWN, QUOTED]),
        # near miss: a stray open mark, then the outlet's narration over as many sentences, then a sentence that
        # closes a mark it never opened: the narration is no speaker's register, and stays the outlet's
        (
            [["“The court met in May."], ["The judge ruled."], ["The clerk filed it.", "The bailiff left.", "The court rose."],
             ["The jury was sent home."], ["The lawyers appealed."], ["The appeal was heard.", "It ended,” he said."]],
            [QUOTED, *[OWN] * 7, QUOTED],
        ),
        # near miss: the speaker's register, but the close comes seven paragraphs on: too far to join to the open mark
        (
            [["“I am sorry."], *[[f"I was wrong on day {n}."] for n in range(1, 7)], ["I know it,” she said."]],
            [QUOTED, *[OWN] * 6, QUOTED],
        ),
        # near miss: a later paragraph opens a quotation of its own after the outlet's narration: the first mark was a
        # stray (in the speaker's register, the later mark reopens the same quotation: test_validity_check13n_lens)
        (
            [["“I am sorry."], ["The tour was cut."], ["The label met.", "It sold the rights.", "It hired a lawyer."],
             ["The case went on."], ["“I know it,” she said."]],
            [QUOTED, *[OWN] * 5, QUOTED],
        ),
    ],
)
def test_a_quotation_over_paragraphs_keeps_its_middle_however_many_sentences_it_runs(
    paragraphs: list[list[str]], kinds: list[str]
) -> None:
    assert _voices(paragraphs) == kinds


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # KG-6: telling stories is what she does for a living; the sentence is the outlet's description
        ("The comic has built a career out of startling fans by telling stories of a pop star's bad habits, "
         "but she went further this week.", OWN),
        ("He was known for telling jokes about his mother-in-law.", OWN),
        ("She earned her fame from telling tall tales on late-night television.", OWN),
        # near misses: telling someone something, a content clause or a quotation after the tale, a finite verb
        ("She angered the board by telling reporters the plan had failed.", REPORTED),
        ("He shocked the room by telling stories that the guards had beaten him.", REPORTED),
        ("She ended the talk by telling stories: “We were hungry every day.”", REPORTED),
        ("He told reporters the plan had failed.", REPORTED),
        ("The senator is telling donors that the bill will pass.", REPORTED),
    ],
)
def test_telling_tales_as_an_activity_is_no_report(sentence: str, kind: str) -> None:
    assert sentence_voices([sentence])[0].kind == kind
