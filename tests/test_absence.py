"""Absence needs evidence (contrast.claims.absence): "only in" only when a search of every other
origin finds nothing close; omissions only of events whose links hold."""

from __future__ import annotations

import polars as pl

from contrast.claims import find_events
from contrast.claims.absence import figure_values
from contrast.segment import segment

FIGURES = {
    "wire": (
        "The ministry of commerce announced the new measures at a briefing in the capital on Friday morning. "
        "So we have 50 plus 200 plus almost 300, the president told the crowd at the rally."
    ),
    "daily": (
        "Officials said the administration is ready to target an additional $200 billion of imports and then $300 billion more. "
        "A regional bank cut its growth forecast on Tuesday, citing weaker exports and slower construction."
    ),
}
ORIGINS = {"wire": "agency", "daily": "newspaper"}


def _states() -> dict[str, str]:
    sentences = segment(FIGURES, ORIGINS).with_columns(pl.lit(0.0).alias("compound"))
    claims = find_events(sentences, origins=["agency", "newspaper"]).claims
    return {text: state for text, state in claims.select("text", "state").iter_rows()}


def test_figures_compare_by_value_whatever_their_currency_or_scale() -> None:
    assert figure_values(["$200b", "300", "25%"]) == {"200", "300", "25"}


def test_a_claim_whose_figures_another_origin_reports_in_other_words_is_not_only_in() -> None:
    states = _states()
    rally = next(text for text in states if text.startswith("So we have"))
    bank = next(text for text in states if text.startswith("A regional bank"))
    assert states[rally] == "possibly_shared"
    assert states[bank] == "unique"
