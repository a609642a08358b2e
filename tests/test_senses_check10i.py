"""Words in a technical or quantity sense are no feeling and no frame; approximators of a figure are no hedge.

check10i (clintons-earnings, trump-griffin): "effective" of "effective tax rate" was every "Policy prescription and
evaluation" cue (CE-22) and the tone of two tax sentences (CE-7, CE-28); "fair" of "a fair amount" was Fairness
(CE-23); "gross" of "adjusted gross income" made a sentence negative (CE-7); "death threats" against a photographer
was Health and safety (KG-33); "roughly" and "approximately" before a figure were hedges while "nearly" and "more
than" were not (CE-15). Each table holds the check's sentence and near misses that keep counting."""

from __future__ import annotations

import polars as pl
import pytest

from contrast.config import Lenses
from contrast.metrics import get_metric
from contrast.metrics.certainty import certainty_lexicon, certainty_matcher
from contrast.metrics.vader import rated_words
from tests.reportkit import make_corpus


def _frame_cues(text: str, category: str) -> list[str]:
    evidence = get_metric("frames")(make_corpus({"a1": ("a", text)})).evidence
    return evidence.filter(pl.col("category") == category).get_column("cue").str.to_lowercase().to_list()


@pytest.mark.parametrize(
    ("sentence", "category", "cues"),
    [
        # CE-22: the effective tax rate is a figure
        ("Last year, the Clintons paid an effective federal tax rate of 35.7 percent on their income.", "policy", []),
        ("Bush paid an effective tax rate of roughly 36 percent over the same years.", "policy", []),
        ("The couple paid $43 million in federal taxes, for an effective tax rate of 31.55 percent.", "policy", []),
        # near misses: "effective" judging what works is the policy frame's
        ("Economists say it is an effective policy against inflation.", "policy", ["effective", "policy"]),
        ("The new rules proved effective at cutting emissions this year.", "policy", ["effective"]),
        ("Critics doubt the tax cut will be effective in raising wages.", "policy", ["effective"]),
        # CE-23: a quantity idiom
        ("Mrs. Clinton has devoted a fair amount of time since April to raising money.", "fairness", []),
        ("The senator spent a fair bit of the speech on his own record.", "fairness", []),
        # near misses: fairness
        ("The defendant said he did not get a fair trial in the county court.", "fairness", ["fair"]),
        ("Workers want a fair deal from the company and its owners.", "fairness", ["fair"]),
        ("The rich should pay their fair share of taxes, she wrote.", "fairness", ["fair"]),
        # KG-33: a threat against a person is no health frame
        ("He previously received death threats over a photo he took of the comedian.", "health", []),
        # near misses: deaths are the health and safety frame's
        ("The death toll from the outbreak rose to 40 on Monday.", "health", ["death"]),
        ("Overdose deaths have doubled in the state since 2010.", "health", ["deaths"]),
    ],
)
def test_a_frame_cue_in_a_technical_or_quantity_sense_shows_no_frame(sentence: str, category: str, cues: list[str]) -> None:
    assert _frame_cues(sentence, category) == cues


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # CE-7: the tax rate's "effective" and the income's "gross" are no feeling
        ("Last year, the Clintons paid an effective federal tax rate of 35.7 percent.", []),
        ("Hillary Rodham Clinton earned $139 million in adjusted gross income.", []),
        ("Gross domestic product grew 3 percent in the quarter.", []),
        ("Mrs. Clinton has devoted a fair amount of time since April to it.", ["devoted"]),
        # near misses: the feeling stays
        ("It is an effective policy.", ["effective"]),
        ("He got a fair trial.", ["fair"]),
        ("That is a gross violation of the rules.", ["gross", "violation"]),
        ("The smell was gross.", ["gross"]),
    ],
)
def test_tone_sets_aside_technical_senses(sentence: str, words: list[str]) -> None:
    assert [word.lower() for word, _ in rated_words(sentence)] == words


def _hedges(sentence: str) -> list[str]:
    return [h.cue.lower() for h in certainty_matcher(certainty_lexicon(Lenses())).find(sentence) if h.category == "hedge"]


@pytest.mark.parametrize(
    ("sentence", "hedges"),
    [
        # CE-15: an approximator before a figure rounds a number, it hedges no claim — the whole family alike
        ("The Clintons earned roughly $141 million over eight years.", []),
        ("Bush paid an effective tax rate of roughly 36 percent.", []),
        ("The foundation received approximately $30 million from the speeches.", []),
        ("An estimated 500 people attended the rally.", []),
        ("The damage was estimated at $2 billion by the state.", []),
        ("They gave away roughly half of their income.", []),
        ("He earned nearly $10 million, more than $3 million of it abroad.", []),
        # near misses: the same words hedging a claim, and other hedges beside a figure
        ("The two plans are roughly similar in scope.", ["roughly"]),
        ("The figure is approximately right, officials said.", ["approximately"]),
        ("It is estimated that prices will rise next year.", ["estimated"]),
        ("Roughly $141 million may have come from speeches.", ["may"]),
    ],
)
def test_an_approximator_before_a_figure_is_no_hedge(sentence: str, hedges: list[str]) -> None:
    assert _hedges(sentence) == hedges
