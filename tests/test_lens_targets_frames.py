"""Targeted sentiment and policy frames on hand-made sentences with known answers."""

from __future__ import annotations

import math

import polars as pl

from contrast.metrics import get_metric
from contrast.metrics.vader import polarity
from tests.reportkit import make_corpus, origin_figure

CHINA_GOOD = "China built a wonderful new bridge."
US_BAD = "The United States imposed harmful and unfair tariffs."
BOTH = "Washington and Beijing held talks."
NEITHER = "The weather was mild that week."
NAME_ONLY = "China Daily printed the weather forecast."


def test_tone_toward_each_default_target_is_the_mean_over_its_sentences() -> None:
    text = " ".join([CHINA_GOOD, US_BAD, BOTH, NEITHER, NAME_ONLY])
    figures = get_metric("targets")(make_corpus({"a": ("x", text), "b": ("y", NEITHER + " " + NEITHER)})).figures
    china = origin_figure(figures, "x", "tone:china")
    assert china["base"] == 2  # CHINA_GOOD and BOTH; "China Daily" is another name
    assert math.isclose(china["value"], (polarity(CHINA_GOOD)["compound"] + polarity(BOTH)["compound"]) / 2)
    us = origin_figure(figures, "x", "tone:united_states")
    assert us["cues"] == "united states ×1; washington ×1"
    assert us["value"] < 0 < china["value"]
    assert math.isclose(origin_figure(figures, "x", "mentions:china")["value"], 2 / 5)


def test_report_targets_replace_the_defaults() -> None:
    corpus = make_corpus(
        {"a": ("x", "The EU praised Brussels and China. " + NEITHER), "b": ("y", NEITHER)},
        lenses={"targets": [{"id": "eu", "label": "The EU", "aliases": ["EU", "Brussels"]}]},
    )
    figures = get_metric("targets")(corpus).figures
    assert set(figures.get_column("measure")) == {"tone:eu", "mentions:eu"}
    assert origin_figure(figures, "x", "tone:eu")["cues"] == "brussels ×1; eu ×1"


FRAMED = (
    "Tariffs raised the price of soybeans for every household. "  # economic, quality of life
    "The court ruled the sanctions illegal. "  # legality, crime
    "Troops and weapons arrived at the border. "  # security
    "The weather was mild that week."  # no cue: other
)


def test_frame_profile_is_the_share_of_sentences_showing_each_frame() -> None:
    frames = get_metric("frames")(make_corpus({"a": ("x", FRAMED), "b": ("y", "The weather was mild that week.")}))
    figures = frames.figures
    assert origin_figure(figures, "x", "economic")["n"] == 1 and origin_figure(figures, "x", "economic")["base"] == 4
    assert origin_figure(figures, "x", "economic")["cues"] == "price ×1; tariffs ×1"
    assert origin_figure(figures, "x", "legality")["cues"] == "court ×1; illegal ×1"
    assert origin_figure(figures, "x", "crime")["cues"] == "sanctions ×1"
    assert origin_figure(figures, "x", "security")["cues"] == "troops ×1; weapons ×1"
    assert origin_figure(figures, "x", "quality_of_life")["cues"] == "household ×1"
    assert origin_figure(figures, "x", "other")["value"] == 0.25
    assert origin_figure(figures, "y", "other")["value"] == 1.0


def test_fifteen_frames_and_each_sentence_gets_its_dominant_frame() -> None:
    frames = get_metric("frames")(make_corpus({"a": ("x", FRAMED), "b": ("y", "The weather was mild that week.")}))
    assert frames.figures.filter(pl.col("level") == "origin").get_column("measure").n_unique() == 15
    assert frames.sentences.sort("source_id", "sentence_index").get_column("frame").to_list() == [
        "economic", "legality", "security", "other", "other"
    ]
