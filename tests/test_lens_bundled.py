"""The bundled soft-power report shows what the issue promises a reader will see."""

from __future__ import annotations

import polars as pl
import pytest

from contrast.stats import MIN_JUDGED


@pytest.fixture(scope="module")
def figures(soft_power_analysis) -> pl.DataFrame:
    return soft_power_analysis.results.figures.filter(pl.col("level") == "origin")


def _row(figures: pl.DataFrame, lens: str, measure: str, unit: str) -> dict:
    return figures.filter((pl.col("lens") == lens) & (pl.col("measure") == measure) & (pl.col("unit") == unit)).row(0, named=True)


def test_state_media_attributes_to_foreign_media_more_than_anyone(figures: pl.DataFrame) -> None:
    media = figures.filter((pl.col("lens") == "attribution") & (pl.col("measure") == "speaker.media"))
    top = media.sort("value", descending=True).row(0, named=True)
    assert top["unit"] == "chinese-state-media"
    assert top["cues"].startswith("foreign media ×5")
    tone = _row(figures, "attribution", "tone.speaker.media", "chinese-state-media")
    # what foreign media are made to say scores positive in sum, but 11 statements are fewer than a tone needs
    assert tone["n"] > 0 and tone["base"] < MIN_JUDGED and tone["value"] is None


def test_western_critical_piece_uses_the_most_loaded_labels(figures: pl.DataFrame) -> None:
    labels = figures.filter((pl.col("lens") == "loaded") & (pl.col("measure") == "label"))
    top = labels.sort("value", descending=True).row(0, named=True)
    assert top["unit"] == "western-critical"
    assert all(word in top["cues"] for word in ("jingoism", "propaganda", "authoritarian"))


def test_foreign_media_is_state_medias_most_distinctive_term(figures: pl.DataFrame) -> None:
    terms = figures.filter((pl.col("lens") == "distinctive") & (pl.col("unit") == "chinese-state-media"))
    assert terms.row(0, named=True)["measure"] == "foreign media"
