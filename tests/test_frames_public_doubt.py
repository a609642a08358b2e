"""Doubt shows the public-opinion frame only where the public doubts: lawmakers' or a party's scepticism is politics
between actors (check10h BT-46: HuffPost's "selling the deal to Democrats -- skeptical, as they are, about an extension
of Bush tax cuts" was the origin's only public-opinion cue)."""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.frames import frames_lexicon, frames_matcher


def _frames(sentence: str) -> set[str]:
    return {h.category for h in frames_matcher(frames_lexicon(Lenses())).find(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The White House began a robust process of selling the deal to Democrats -- skeptical, as they are, about an "
        "extension of Bush tax cuts.",
        "Senate Republicans remain skeptical of the treaty's verification rules.",
        "Several committee members were sceptical about the minister's figures.",
        "The U.S. emphasis on unilateralism and its skepticism towards multilateral institutions contrast sharply.",
    ],
)
def test_lawmakers_doubt_is_no_public_opinion(sentence: str) -> None:
    assert "public_opinion" not in _frames(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Voters remain skeptical of the tax deal, according to the survey.",
        "Many Americans are skeptical that the deal will help the economy.",
        "The public is sceptical of the minister's promises.",
        "A new poll found most residents skeptical of the plan.",
        "Despite global skepticism, the ministry pressed on with its cultural outreach abroad.",
    ],
)
def test_the_publics_doubt_is_public_opinion(sentence: str) -> None:
    assert "public_opinion" in _frames(sentence)
