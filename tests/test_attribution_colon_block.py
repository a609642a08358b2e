"""A block set out after an attributing colon is its speaker's, its own reporting verbs too (check9 BV-27): in the
response points HuffPost prints after "… were circulated by Democrats close to Blumenthal's campaign:", the
"admits" of "-His opponent's campaign admits …" is the campaign's word, not HuffPost's choice of verb, so it is no
"Conceding" verb of the outlet's (nor the "stated" of a point quoting Blumenthal), and the point is the unnamed
group's, like the points around it. The same verb in the outlet's own paragraph after the block still counts."""

from __future__ import annotations

from contrast.config import Lenses
from contrast.metrics.attribution import attribution_lexicon, attribution_matcher, read_statements
from contrast.metrics.voice import sentence_voices

POINTS = [  # HuffPost, one sentence a paragraph
    "On Tuesday morning, a set of response points were circulated by Democrats close to Blumenthal's campaign:",
    "-Here are the facts: unlike many of his peers, Dick Blumenthal voluntarily joined the Marine Corps Reserves.",
    "-On a few occasions out of hundreds, Dick misspoke and he'll be the first to admit that those were mistakes.",
    "-His opponent's campaign admits they are the ones who cherry-picked the quotes and are behind the hit piece.",
    "In fact, as recently as the US Senate debate on March 1, 2010, Blumenthal clearly stated \"Although I did not serve "
    'in Vietnam, I have seen first-hand the effects of war.\"',
    "UPDATE: Richard Blumenthal defended himself on Tuesday.",
    "The McMahon campaign admits it gave the story to the Times.",
]


def _read() -> list[tuple[bool, str | None, list[tuple[str, str]]]]:
    voices = sentence_voices(POINTS, breaks=[index > 0 for index in range(len(POINTS))])
    rows = [("s", index, text) for index, text in enumerate(POINTS)]
    read = read_statements(rows, dict(enumerate(voices)), attribution_matcher(attribution_lexicon(Lenses())))
    return [(read[("s", i)][1], read[("s", i)][2], [(h.category, h.cue) for h in read[("s", i)][3]]) for i in range(len(POINTS))]


def test_a_points_own_verb_is_the_speakers_not_the_outlets() -> None:
    read = _read()
    assert [verb for _, _, shown in read[1:5] for verb in shown if verb[0].startswith("verb.")] == []
    assert [kind for _, kind, _ in read[:5]] == ["speaker.anonymous"] * 5


def test_after_the_block_the_outlets_verb_counts() -> None:
    attributed, _, shown = _read()[6]
    assert attributed and ("verb.concede", "admits") in shown
