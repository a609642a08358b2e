"""Loaded words counted as what they do in their sentence (the independent check s5-A: SD-54, MT-57)."""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics import get_metric
from contrast.metrics.loaded import LoadedMatcher, loaded_lexicon
from tests.reportkit import make_corpus, origin_figure

PLAIN = "Prices rose in May. Sales fell."


def _kinds(sentence: str) -> list[tuple[str, str]]:
    return [(h.category, h.cue) for h in LoadedMatcher(loaded_lexicon(Lenses())).find(sentence)]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # a glowing word that qualifies a defeat or a rebuke sharpens it; it praises no one
        ("The surprise announcement was a remarkable surrender for a president who made the wall his condition.",
         [("intensifier", "remarkable")]),
        ("But on Thursday, in an extraordinary rebuke of the president, he decided to resign.",
         [("intensifier", "extraordinary")]),
        ("It was an incredible failure of planning.", [("intensifier", "incredible")]),
        ("It was a remarkable political climbdown.", [("intensifier", "remarkable")]),
        # praise stays praise
        ("In a ceremony that capped a remarkable rise to power, he spoke.", [("glitter", "remarkable")]),
        ("Chinese culture has incredible soft power potential.", [("glitter", "incredible")]),
        # People's Daily: "thriving" praises the country; what follows it is no noun it qualifies
        ("As a country thriving amid bitter struggles, the nation is not afraid.", [("glitter", "thriving")]),
    ],
)
def test_a_glowing_word_that_qualifies_a_setback_is_an_intensifier(sentence: str, kinds: list[tuple[str, str]]) -> None:
    assert _kinds(sentence) == kinds


def test_a_remarkable_surrender_is_not_counted_as_a_glittering_generality() -> None:
    """SD-54: the handout taught "remarkable — A glowing word. It praises…" from "a remarkable surrender"."""
    text = "The surprise announcement was a remarkable surrender for a president who made the wall his condition."
    frames = get_metric("loaded")(make_corpus({"a1": ("a", text), "b1": ("b", PLAIN)}))
    assert origin_figure(frames.figures, "a", "glitter")["n"] == 0
    assert origin_figure(frames.figures, "a", "intensifier")["n"] == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # HuffPost, shutdown deal: funds for recovering from hurricanes and fires, not a word that alarms
        "A plan that would strip funding from disaster recovery efforts.",
        "Congress passed disaster aid for the hurricane victims.",
        # Fox, pipe bombs: the US legal term for a bomb ("destructive device", 26 U.S.C. 5845(f))
        "The packages each contained potentially destructive devices.",
    ],
)
def test_a_technical_term_is_not_a_fear_word(sentence: str) -> None:
    assert _kinds(sentence) == []


def test_the_name_calling_gloss_claims_nothing_a_word_list_cannot_check() -> None:
    """MT-55: "regime — A name-calling word. It paints someone in a bad light, without proof." for "Assad's regime",
    in a sentence on the alleged use of chemical weapons: whether a text gives proof is not what a lexicon finds."""
    from contrast.report.handout.lenses import MEANINGS

    for kind in ("label", "slant", "emotive"):
        assert not any(word in MEANINGS[kind].lower() for word in ("proof", "evidence", "without"))
