"""Targeted sentiment and policy frames on hand-made sentences with known answers."""

from __future__ import annotations

import math

import polars as pl
import pytest

from contrast.config import Lenses, LensTarget
from contrast.metrics import get_metric
from contrast.metrics.targets import SPEC
from contrast.metrics.vader import polarity
from tests.reportkit import make_corpus, origin_figure

CHINA_GOOD = "China built a wonderful new bridge."
US_BAD = "The United States imposed harmful and unfair tariffs."
BOTH = "Washington and Beijing held talks."
NEITHER = "The weather was mild that week."
NAME_ONLY = "China Daily printed the weather forecast."
CHINA_NAMED = {"c": ("z", BOTH), "d": ("w", BOTH)}
"""Two more origins that name both: the defaults apply only where the report names both, each in two sentences of two
origins (check9 BV-28, check10h OB-31)."""


def test_tone_toward_each_default_target_is_the_mean_over_its_sentences() -> None:
    text = " ".join([CHINA_GOOD, US_BAD, BOTH, NEITHER, NAME_ONLY])
    figures = get_metric("targets")(make_corpus({"a": ("x", text), "b": ("y", NEITHER + " " + NEITHER), **CHINA_NAMED})).figures
    china = origin_figure(figures, "x", "tone:china")
    assert china["base"] == 2  # CHINA_GOOD and BOTH; "China Daily" is another name
    assert math.isclose(china["value"], (polarity(CHINA_GOOD)["compound"] + polarity(BOTH)["compound"]) / 2)
    us = origin_figure(figures, "x", "tone:united_states")
    assert us["cues"] == "united states ×1; washington ×1"
    assert us["value"] < 0 < china["value"]
    assert math.isclose(origin_figure(figures, "x", "mentions:china")["value"], 2 / 5)


def test_report_targets_replace_the_defaults() -> None:
    corpus = make_corpus(
        # not "The EU praised Brussels": a judgment of a named object is reported speech (check13n RA-30), whose
        # reported part is no own-voice mention
        {"a": ("x", "The EU visited Brussels and China. " + NEITHER), "b": ("y", NEITHER)},
        lenses={"targets": [{"id": "eu", "label": "The EU", "aliases": ["EU", "Brussels"]}]},
    )
    figures = get_metric("targets")(corpus).figures
    assert set(figures.get_column("measure")) == {"tone:eu", "mentions:eu"}
    assert origin_figure(figures, "x", "tone:eu")["cues"] == "brussels ×1; eu ×1"


@pytest.mark.parametrize(
    "sentence",
    [
        # Indiana's religious-freedom law (BASIL): HuffPost's own voice, Fox's lead, and the shapes around them
        "In addition to Connecticut and Washington, San Francisco and Seattle have also imposed bans on city-funded travel.",
        "Washington Gov. Jay Inslee announced Monday that he would ban state-funded travel to Indiana.",
        "The governor of Washington state banned the travel.",
        "Gov. Jay Inslee of Washington banned the travel.",
        "The state of Washington filed the suit in Seattle, Washington.",
        "Figures in corporate America and Hollywood voice their opposition.",
        "Exports to Latin America fell.",
        "Oregon, Washington and Idaho joined the pact.",
        '"Washington will join other states and cities in opposing this law," Inslee said.',
    ],
)
def test_washington_the_state_and_corporate_america_do_not_name_the_united_states(sentence: str) -> None:
    figures = get_metric("targets")(make_corpus({"a": ("x", sentence + " " + NEITHER), "b": ("y", US_BAD), **CHINA_NAMED})).figures
    assert origin_figure(figures, "x", "mentions:united_states")["value"] == 0


def test_a_source_about_the_state_means_the_state_by_its_other_mentions() -> None:
    about_the_state = (
        "Washington Gov. Jay Inslee banned state-funded travel to Indiana. "
        '"We in Washington stand for equality," he said. '
        "In addition to Connecticut and Washington, San Francisco has imposed a ban."
    )
    national = "The report named Connecticut and Washington. Washington imposed tariffs on steel. Officials in Washington, D.C. agreed."
    figures = get_metric("targets")(make_corpus({"a": ("x", about_the_state), "b": ("y", national), **CHINA_NAMED})).figures
    assert origin_figure(figures, "x", "mentions:united_states")["value"] == 0
    # one mark among a national story's mentions, and the capital named: only the marked mention is the state
    assert math.isclose(origin_figure(figures, "y", "mentions:united_states")["value"], 2 / 3)


def test_washington_the_government_still_names_the_united_states() -> None:
    text = "Washington imposed 25 percent tariffs on $34 billion worth of Chinese imports. Talks in Washington, D.C. stalled."
    figures = get_metric("targets")(make_corpus({"a": ("x", text), "b": ("y", NEITHER), **CHINA_NAMED})).figures
    assert origin_figure(figures, "x", "mentions:united_states")["value"] == 1


def test_a_default_actor_no_sentence_names_is_left_out_but_a_reports_own_actor_stays() -> None:
    story = "Indiana lawmakers moved to clarify the law. " + US_BAD
    figures = get_metric("targets")(make_corpus({"a": ("x", story), "b": ("y", NEITHER)})).figures
    # the defaults are a pair: with China named nowhere neither is measured (check9 BV-28; was: the United States alone)
    assert figures is None or figures.is_empty()
    asked = make_corpus(
        {"a": ("x", story), "b": ("y", NEITHER)},
        lenses={"targets": [{"id": "eu", "label": "The EU", "aliases": ["EU", "Brussels"]}]},
    )
    assert set(get_metric("targets")(asked).figures.get_column("measure")) == {"tone:eu", "mentions:eu"}


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


@pytest.mark.parametrize(
    ("sentence", "frame"),
    [
        # check-s6-C: frame rows on a word in another sense
        ("The threat comes as Democrats not only threaten to filibuster but suggest he should not get a vote.",
         "security"),  # GF-39
        ("He opposed a rule allowing mutual funds to lie to investors.", "capacity"),  # GF-40
        ("The state committee subpoenas must be returned Feb. 3.", "policy"),  # CS-34
        ("Two of Christie's allies at the Port Authority resigned in the scandal.", "external"),  # CS-35
        # check7: a cue word inside a fixed compound with another sense, a noun that names a thing
        ("The guidelines allow big game hunters to bring back animal trophies from hunts in Africa.",
         "cultural_identity"),  # ET-34
        ("Trump said he decided to put the big game trophy decision on hold.", "cultural_identity"),  # ET-34
        ("A game warden patrols the game reserve at night.", "cultural_identity"),
        ("The new drug could be a game changer for patients.", "cultural_identity"),
        ("Both parties are playing the blame game over the shutdown.", "cultural_identity"),
        ("The agency promised to answer in a timely fashion.", "cultural_identity"),
        ("Customs officers seized the shipment and levied customs duties.", "cultural_identity"),
        ("Prosecutors say the recreational stores, dispensaries and production facilities are monitored and licensed "
         "by state officials.", "capacity"),  # MJ-33
        ("Talk-show host Ellen DeGeneres launched a campaign called #BeKindToElephants.", "political"),  # ET-35
        ("The comedian started an online campaign, using the hashtag #BeKindToElephants, to raise funds.", "political"),
        ("The company launched an ad campaign for its new phone.", "political"),
    ],
)
def test_a_word_in_another_sense_shows_no_frame(sentence: str, frame: str) -> None:
    from contrast.config import Lenses
    from contrast.metrics.frames import frames_lexicon, frames_matcher

    hits = frames_matcher(frames_lexicon(Lenses())).find(sentence)
    assert frame not in {h.category for h in hits}


@pytest.mark.parametrize(
    ("sentence", "frame"),
    [("The terror threat to the capital is rising.", "security"),
     ("Trump met NATO allies in Brussels to discuss foreign policy.", "external"),
     ("The agency lacks the funds to hire enough inspectors.", "capacity"),
     ("Congress must pass a budget this year.", "policy"),
     # check7: near misses of the compounds above keep their frame
     ("Video games and comics carry Japanese culture abroad.", "cultural_identity"),
     ("The game is part of the town's heritage.", "cultural_identity"),
     ("Paris fashion week drew designers from every continent.", "cultural_identity"),
     ("The state lacks the funding to build new facilities.", "capacity"),
     ("There is a shortage of facilities for the elderly.", "capacity"),
     ("Police are spending more time and money making arrests, housing inmates and impounding vehicles.",
      "capacity"),  # MJ-33: the own-voice sentence that got no cue
     ("The underfunded clinics turned patients away.", "capacity"),
     ("Donations poured into Trump's presidential campaign.", "political"),
     ("The campaign said the candidate would visit Ohio.", "political"),
     ("She campaigned for the senator in Iowa.", "political")],
)
def test_the_same_words_with_their_frame_still_show_it(sentence: str, frame: str) -> None:
    from contrast.config import Lenses
    from contrast.metrics.frames import frames_lexicon, frames_matcher

    assert frame in {h.category for h in frames_matcher(frames_lexicon(Lenses())).find(sentence)}


def test_a_target_label_names_the_other_names_it_counts() -> None:
    """A figure printed as "Sentences naming The United States" counts "White House" and "Washington": a reader who
    looks for "United States" in a text that only writes "White House" finds no such name (lens8c, sestak). The label
    says which other names are counted; abbreviations and forms of the name itself ("U.S.", "Chinese government")
    are not listed."""
    labels = SPEC.labels(Lenses())
    assert labels["mentions:united_states"] == "Sentences naming The United States (incl. America, Washington, White House)"
    assert labels["tone:china"] == "Tone naming China (incl. Beijing, Xi Jinping, President Xi)"
    report = Lenses(targets=[LensTarget(id="eu", label="The EU", aliases=["EU", "Brussels"])])
    assert SPEC.labels(report)["mentions:eu"] == "Sentences naming The EU (incl. Brussels)"
    alone = Lenses(targets=[LensTarget(id="eu", label="The EU", aliases=["EU", "EU Commission"])])
    assert SPEC.labels(alone)["tone:eu"] == "Tone naming The EU"
