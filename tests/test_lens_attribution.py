"""Attribution: who speaks, with which verb, and how much is asserted — on hand-made sentences."""

from __future__ import annotations

import math

import polars as pl
import pytest

from contrast.metrics import get_metric
from contrast.metrics.attribution import attribute
from contrast.metrics.cues import matcher
from contrast.resources import lexicon
from tests.reportkit import make_corpus, origin_figure


def _attribute(sentence: str) -> tuple[bool, str | None, list[str]]:
    attributed, kind, hits = attribute(sentence, matcher(lexicon("attribution")).find(sentence))
    return attributed, kind, [h.cue for h in hits]


@pytest.mark.parametrize(
    ("sentence", "kind", "cues"),
    [
        ("Foreign media reported that the festival was a great success.", "speaker.media", ["Foreign media", "reported"]),
        ("Foreign media: Chinese brands are shaping global trends", "speaker.media", ["Foreign media"]),
        ("The ministry spokesman said the tariffs were unfair.", "speaker.official", ["spokesman", "said"]),
        ("An economist at the university warned that growth would slow.", "speaker.expert", ["university", "warned"]),
        ("Local farmers told reporters that soybean prices had fallen.", "speaker.ordinary", ["farmers", "told"]),
        ("According to people familiar with the talks, no deal is near.", "speaker.anonymous", ["According to", "people familiar"]),
        ("The company admitted that exports had dropped sharply.", "speaker.business", ["company", "admitted"]),
        ("It was said that the plan would change everything soon.", "speaker.unspecified", ["said"]),
    ],
)
def test_speaker_is_the_cue_nearest_the_reporting_verb(sentence: str, kind: str, cues: list[str]) -> None:
    assert _attribute(sentence) == (True, kind, cues)


def test_a_sentence_in_the_outlets_own_voice_is_asserted() -> None:
    assert _attribute("The tariffs will hurt American consumers and farmers.") == (False, None, [])


def test_a_long_direct_quotation_is_attributed_even_without_a_verb() -> None:
    attributed, kind, _ = _attribute("“We will never accept this unfair and unilateral deal,” came the reply.")
    assert attributed and kind == "speaker.unspecified"


STATE = (
    "Foreign media reported that the festival was a wonderful success. "
    "Foreign media: visitors loved the beautiful shows and friendly hosts. "
    "The festival brought joy to many visitors this year. "
    "The city built three new stages for the shows."
)
"""4 statements: 2 attributed to media (both praise), 2 asserted."""
WEST = (
    "Officials said the festival cost far too much money. "
    "Critics claimed the shows were propaganda for the government. "
    "The festival ran for ten days in the old city."
)
"""3 statements: official + said, anonymous critics + claimed, 1 asserted."""


@pytest.fixture(scope="module")
def figures() -> pl.DataFrame:
    return get_metric("attribution")(make_corpus({"s": ("state", STATE), "w": ("west", WEST)})).figures


def test_share_of_statements_attributed(figures: pl.DataFrame) -> None:
    assert (origin_figure(figures, "state", "attributed")["n"], origin_figure(figures, "state", "attributed")["base"]) == (2, 4)
    assert math.isclose(origin_figure(figures, "west", "attributed")["value"], 2 / 3)


def test_speaker_shares_of_attributed_statements(figures: pl.DataFrame) -> None:
    assert origin_figure(figures, "state", "speaker.media")["value"] == 1.0
    assert origin_figure(figures, "state", "speaker.media")["cues"] == "foreign media ×2"
    assert origin_figure(figures, "west", "speaker.official")["value"] == 0.5
    assert origin_figure(figures, "west", "speaker.anonymous")["value"] == 0.5


def test_reporting_verb_groups(figures: pl.DataFrame) -> None:
    assert origin_figure(figures, "west", "verb.claim")["cues"] == "claimed ×1"
    assert origin_figure(figures, "west", "verb.neutral")["cues"] == "said ×1"


def test_tone_of_what_each_speaker_is_made_to_say(figures: pl.DataFrame) -> None:
    from contrast.metrics.vader import polarity

    praise = [s + "." for s in STATE.split(". ")[:2]]
    expected = sum(polarity(s.rstrip(".") + ".")["compound"] for s in praise) / 2
    assert math.isclose(origin_figure(figures, "state", "tone.speaker.media")["value"], expected, abs_tol=1e-9)
    assert origin_figure(figures, "state", "tone.speaker.media")["value"] > 0.5
