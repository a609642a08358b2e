"""check9g-new (obama-jobs-bill OJ-, jackson-plea JJ-): voice, segmenter and certainty findings that read false.

* OJ-3/15/21/23/28: a paragraph in the middle of a quotation that runs over several paragraphs (opened in an
  earlier one, closed in a later one) is the speaker's, also when it has a single-quoted phrase of its own.
* JJ-4: a dotted state after a city ("Washington, D.C.") and a clock abbreviation ("2 p.m.") end a sentence
  before a capitalised word that opens a new one; "D.C. Council", "U.S. Attorney", "a.m. EDT" stay together.
* JJ-16: a modal of purpose ("so that he could be given a tissue") is no hedge.
"""

from __future__ import annotations

import pytest

from contrast.metrics.certainty import LENS, certainty_matcher, lexicon
from contrast.metrics.voice import OWN, QUOTED, REPORTED, sentence_voices
from contrast.segment import sentence_spans


def _voices(paragraphs: list[list[str]]) -> list[str]:
    texts = [s for p in paragraphs for s in p]
    breaks = [i == 0 for p in paragraphs for i in range(len(p))]
    return [v.kind for v in sentence_voices(texts, breaks=breaks)]


OBAMA = [
    ["Obama said on Tuesday."],
    ['"You\'ve been debating a commemorative coin for baseball.'],
    ["You've had legislation reaffirming that 'In God We Trust' is our motto."],
    ["That's not putting people back to work."],
    ['I trust in God, but God wants to see us help ourselves by putting people back to work."'],
    ["On Wednesday, the House voted 396-9."],
]
FORBES = [
    ['"Almost a year ago, the president said that our national motto was \'E pluribus unum,\'" Forbes said.'],
    ['"When the Visitor Center was opened ... they did not have the national motto in there.'],
    ["In fact, they inscribed in the stones that our national motto was 'E pluribus unum.'\""],
    ["The House voted."],
]


@pytest.mark.parametrize(
    ("paragraphs", "kinds"),
    [
        # OJ-3/21/23/28: the middle paragraphs of Obama's quotation, one with 'In God We Trust' in it
        (OBAMA, [REPORTED, QUOTED, QUOTED, QUOTED, QUOTED, OWN]),
        # OJ-15: the last paragraph of Forbes's quotation closes it after a single-quoted phrase ('…unum.'")
        (FORBES, [QUOTED, QUOTED, QUOTED, OWN]),
        # the convention: each paragraph reopens the quotation
        (
            [['"You\'ve been debating a coin.'], ["“You've had legislation reaffirming that 'In God We Trust' is our motto."],
             ['I trust in God."'], ["The House voted."]],
            [QUOTED, QUOTED, QUOTED, OWN],
        ),
        # near miss: a stray open mark; the next paragraphs have a single-quoted phrase but nothing closes it
        (
            [['"You\'ve been debating a coin.'], ["The House made 'In God We Trust' the motto."], ["The House voted."]],
            [QUOTED, OWN, OWN],
        ),
        # near miss: a later paragraph has a double quotation of its own before the close: the search ends there
        (
            [['"You\'ve been debating a coin.'], ["The clerk put 'Trust' in the record."], ['The vote was "no" on it.'],
             ['Then it ended."']],
            [QUOTED, OWN, OWN, QUOTED],
        ),
    ],
)
def test_a_paragraph_inside_a_quotation_over_paragraphs_is_the_speakers(paragraphs: list[list[str]], kinds: list[str]) -> None:
    assert _voices(paragraphs) == kinds


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # JJ-4: the sentence ends at the place, the next one's "court documents said" is its own
        (
            "They appeared before Judge Robert L. Wilkins in Washington, D.C. Jackson's wife spent $5,150 on furs, "
            "court documents said.",
            ["They appeared before Judge Robert L. Wilkins in Washington, D.C.",
             "Jackson's wife spent $5,150 on furs, court documents said."],
        ),
        (
            "The judge set the sentencing for June 28 at 2 p.m. Jackson will be free to go.",
            ["The judge set the sentencing for June 28 at 2 p.m.", "Jackson will be free to go."],
        ),
        ("The polls close at 8 p.m. The count follows.", ["The polls close at 8 p.m.", "The count follows."]),
        ("He flew to Raleigh, N.C. The governor met him.", ["He flew to Raleigh, N.C.", "The governor met him."]),
        # near misses: a body or title of the place, a zone or a day on the time, no city before the abbreviation
        ("The D.C. Council voted.", ["The D.C. Council voted."]),
        ("In Washington, D.C. Council members voted.", ["In Washington, D.C. Council members voted."]),
        ("He flew to Raleigh, N.C. Gov. Roy Cooper met him.", ["He flew to Raleigh, N.C. Gov. Roy Cooper met him."]),
        ("He met the U.S. Attorney for D.C. Ronald Machen.", ["He met the U.S. Attorney for D.C. Ronald Machen."]),
        ("It starts at 12:01 a.m. EDT on Friday.", ["It starts at 12:01 a.m. EDT on Friday."]),
        ("It starts at 5 p.m. Friday in the hall.", ["It starts at 5 p.m. Friday in the hall."]),
        ("It opens at 10 a.m. Eastern time.", ["It opens at 10 a.m. Eastern time."]),
        ("The A.M. Best Co. rating fell.", ["The A.M. Best Co. rating fell."]),
    ],
)
def test_a_place_or_a_time_ends_a_sentence_before_a_new_one(text: str, sentences: list[str]) -> None:
    assert [text[a:b] for a, b in sentence_spans(text)] == sentences


@pytest.mark.parametrize(
    ("sentence", "hedges"),
    [
        # JJ-16: a modal of purpose
        ("The judge stopped his questioning of Mr. Jackson, who was crying, so that he could be given a tissue.", []),
        ("They adjourned in order that the jurors might rest.", []),
        # near misses: a modal before the purpose clause, "so" meaning "therefore", "so … that" of degree
        ("The deal could be done so that it works.", ["could be"]),
        ("The vote was late, so the bill could be delayed.", ["could be"]),
        ("It was so cold that the pipes could be frozen.", ["could be"]),
    ],
)
def test_a_modal_of_purpose_is_no_hedge(sentence: str, hedges: list[str]) -> None:
    words = lexicon(LENS)
    hits = certainty_matcher(words).find(sentence)
    assert [sentence[h.start : h.end] for h in hits if h.category == "hedge"] == hedges
