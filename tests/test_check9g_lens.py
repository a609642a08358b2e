"""Cue words in a sense the lens does not mean (check9g OJ-26, OJ-27, JJ-15) and the teacher key's "words the score
reacts to" read as the tone scorer reads them (JJ-23). Each table has the reported sentence and near misses that
keep their cue."""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.evidence import find_evidence
from contrast.metrics.frames import frames_lexicon, frames_matcher
from contrast.report.handout.questions import felt_words
from contrast.segment import segment
from tests.test_reporting_participles import _first


def _frames(text: str) -> set[tuple[str, str]]:
    """(frame, cue) the frames lens counts in ``text`` (one sentence), after the senses set aside."""
    sentences = segment({"s": text}, {"s": "o"})
    evidence = find_evidence(sentences, frames_matcher(frames_lexicon(Lenses())), "frames")
    return {(c, w.lower()) for c, w in evidence.select("category", "cue").rows()}


@pytest.mark.parametrize(
    ("text", "cue", "counted"),
    [
        # OJ-26: police officers in a list of public employees, a budget's layoffs
        ("Republicans oppose the plan, which includes state aid to avoid layoffs of teachers, police officers and "
         "firefighters.", ("crime", "police"), False),
        ("The cuts would hit police officers, teachers and nurses across the state.", ("crime", "police"), False),
        # near misses: police doing police work stay crime
        ("Police arrested two teachers outside the school on Monday.", ("crime", "police"), True),
        ("The police said the teachers had been warned.", ("crime", "police"), True),
        # OJ-27: a legislature's approval of spending, the audience at a speech
        ("But in pressing for approval of $60 billion in infrastructure spending, Mr. Obama took his biggest shot at "
         "the House.", ("public_opinion", "approval"), False),
        ("The president urged approval of the jobs bill before the holidays.", ("public_opinion", "approval"), False),
        ("He spoke before an audience that included unemployed construction workers.", ("public_opinion", "audience"),
         False),
        # near misses: public approval and an audience as the public stay public opinion
        ("Voters gave approval of his handling of the budget in the latest survey.", ("public_opinion", "approval"),
         True),
        ("His approval among independents fell sharply this fall.", ("public_opinion", "approval"), True),
        ("The advertisement was made to play to a domestic audience.", ("public_opinion", "audience"), True),
    ],
)
def test_a_frame_cue_counts_only_in_its_sense(text: str, cue: tuple[str, str], counted: bool) -> None:
    assert (cue in _frames(text)) is counted


@pytest.mark.parametrize(
    ("text", "praise"),
    [
        # JJ-15: a sentencing recommendation is advice on a penalty, not praise
        ("As part of a plea agreement, prosecutors recommended that Mr. Jackson receive a sentence of 46 to 57 months "
         "in prison.", False),
        ("Prosecutors recommended a prison term of five years, the spokesman said.", False),
        # near misses: a recommendation of a thing stays praise
        ("The panel highly recommended the restaurant, calling it the best in town.", True),
        ("Experts recommended the new guidelines as a model for other states.", True),
        ("The reviewer hailed the film as a triumph.", True),
    ],
)
def test_a_procedural_recommendation_is_no_praise(text: str, praise: bool) -> None:
    _, attributed, _, shown, _, _ = _first(text)
    assert attributed
    assert ("verb.praise" in {h.category for h in shown}) is praise


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # JJ-23: "L." is a middle initial; VADER reads the token "L." and finds no word; the score is "sentence" alone
        ("The federal judge overseeing the case, Robert L. Wilkins, is scheduled to sentence Mr. Jackson on June 28.",
         ["sentence"]),
        # near misses: feeling words stay listed, strongest first
        ("The crime was terrible, but the rescue was a great success.",
         ["great", "success", "crime", "rescue", "terrible"]),
        ("A good day for the city.", ["good"]),
    ],
)
def test_the_key_lists_only_the_words_the_score_reads(text: str, words: list[str]) -> None:
    assert [w for w, _ in felt_words(text)] == words
