"""Certainty and loaded language on hand-made texts whose counts are known."""

from __future__ import annotations

import math

import pytest

from contrast.metrics import get_metric
from contrast.metrics.loaded import scare_quotes
from tests.reportkit import make_corpus, origin_figure

HEDGED = "Officials may perhaps raise tariffs. The plan clearly works."
"""9 words: hedges "may", "perhaps"; booster "clearly"."""
PLAIN = "Prices rose in May. Sales fell."
"""6 words, no cue ("May" is the month: capitalised inside a sentence)."""
LOADED = "The regime spread extremely hostile propaganda about its so-called “cool” festival."
"""11 words: labels "regime", "propaganda"; intensifier "extremely" (it amplifies "hostile", a judgement; "extremely
loud" grades a plain quality and is not counted, lexicon 3.2.0); one scare quote (marked "so-called"); "cool" counts
once, as the quote."""


def _figure(frames, unit: str, measure: str) -> dict:
    return origin_figure(frames.figures, unit, measure)


@pytest.fixture
def certainty():
    return get_metric("certainty")(make_corpus({"a1": ("a", HEDGED), "b1": ("b", PLAIN)}))


def test_hedges_per_thousand_words(certainty) -> None:
    hedge = _figure(certainty, "a", "hedge")
    assert (hedge["n"], hedge["base"]) == (2, 9)
    assert math.isclose(hedge["value"], 2 / 9 * 1000)
    assert _figure(certainty, "b", "hedge")["value"] == 0


def test_boosters_per_thousand_words(certainty) -> None:
    assert math.isclose(_figure(certainty, "a", "booster")["value"], 1 / 9 * 1000)


def test_figures_name_the_cues_and_the_sentences(certainty) -> None:
    hedge = _figure(certainty, "a", "hedge")
    assert hedge["cues"] == "may ×1; perhaps ×1"
    assert hedge["sentences"] == "a1:0"
    assert _figure(certainty, "a", "booster")["sentences"] == "a1:1"


def test_evidence_spans_are_the_cue_words(certainty) -> None:
    texts = {0: "Officials may perhaps raise tariffs.", 1: "The plan clearly works."}
    words = [texts[r["sentence_index"]][r["start"] : r["end"]] for r in certainty.evidence.iter_rows(named=True)]
    assert words == ["may", "perhaps", "clearly"]


def test_rate_ratio_against_the_other_origins() -> None:
    frames = get_metric("certainty")(make_corpus({"a1": ("a", HEDGED), "b1": ("b", HEDGED + " " + PLAIN)}))
    hedge = _figure(frames, "a", "hedge")
    assert math.isclose(hedge["rest"], 2 / 15 * 1000)
    assert math.isclose(hedge["effect"], (2 / 9) / (2 / 15))
    assert hedge["effect_kind"] == "rate ratio"


def test_report_can_add_hedges() -> None:
    corpus = make_corpus({"a1": ("a", "It is rumoured that talks failed."), "b1": ("b", PLAIN)},
                         lenses={"certainty": {"hedge": ["rumoured"]}})
    assert _figure(get_metric("certainty")(corpus), "a", "hedge")["n"] == 1


def test_non_english_source_is_not_counted_and_says_why() -> None:
    corpus = make_corpus({"a1": ("a", HEDGED), "b1": ("b", "Les prix peuvent monter.")}, languages={"b1": "fr"})
    frames = get_metric("certainty")(corpus)
    assert "b1" not in frames.figures.get_column("unit").to_list()
    assert any("'b1'" in w and "English-only" in w for w in frames.warnings)


def test_loaded_counts_labels_intensifiers_and_scare_quotes() -> None:
    frames = get_metric("loaded")(make_corpus({"a1": ("a", LOADED), "b1": ("b", PLAIN)}))
    assert _figure(frames, "a", "label")["cues"] == "propaganda ×1; regime ×1"
    assert _figure(frames, "a", "intensifier")["n"] == 1
    assert _figure(frames, "a", "scare_quote")["cues"] == "“cool” ×1"
    assert _figure(frames, "a", "glitter")["n"] == 0
    assert math.isclose(_figure(frames, "a", "label")["value"], 2 / 11 * 1000)


def test_report_can_add_loaded_labels() -> None:
    corpus = make_corpus({"a1": ("a", "It behaves like a rogue state."), "b1": ("b", PLAIN)},
                         lenses={"loaded": {"label": ["rogue state"]}})
    assert _figure(get_metric("loaded")(corpus), "a", "label")["cues"] == "rogue state ×1"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Its so-called “soft power” push.", ["“soft power”"]),
        ('Tech became a supposedly "cool" trade.', ['"cool"']),
        ("Its “soft power” push.", []),  # not marked as distanced: a term or a speaker's phrase as often as distance
        ("The “Belt and Road” plan.", []),  # a name, capitalised
        ("He said “we will never accept the terms of this unfair deal today”.", []),  # a quotation
        ('The "A" and "B" indexes.', []),  # no span between two quotations
    ],
)
def test_scare_quotes_are_short_lower_case_quoted_phrases_marked_as_distanced(sentence: str, expected: list[str]) -> None:
    assert [h.cue for h in scare_quotes(sentence)] == expected
