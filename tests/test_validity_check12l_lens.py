"""The validity suite, continued: the false lens findings of check12l-new (Fox, the New York Times and HuffPost on Glenn
Beck's CPAC speech, February 2010, and on the Cheney sisters' quarrel over same-sex marriage, August 2013) and check12-reK
CS-31, each as a table of the sentence misread and near misses, which must keep their reading.

- CS-31 (check12-reK): the Frames finding "Crime and punishment: highest in US left, 30% — “police” ×7, “fbi” ×2" rested
  on own-voice sentences with "police" 6 times and "FBI" once: the tally also counted the cue words of the speaker tags
  of reported sentences ("…, police said"), sentences the share leaves out.
"""

from __future__ import annotations

import polars as pl

from contrast.metrics import get_metric
from contrast.metrics.lens import measure_lenses
from contrast.metrics.registry import SourceSlice
from contrast.schema import ORIGIN
from contrast.segment import segment
from tests.reportkit import make_corpus, origin_figure

# --- CS-31: the printed cue tally counts what the share counts --------------------------------------------------------

SHOOTING = (
    "Police officers shot the gunman at the ballfield on Wednesday morning. "
    "The gunman had fired at the players for ten minutes, police said in a statement on Wednesday. "
    "The FBI agents searched the van that the man had driven to the field."
)
"""Sentences 0 and 2 in the outlet's own voice show Crime and punishment; sentence 1 is reported speech (the share
leaves it out), though its speaker tag "police said" is the outlet's words."""


def test_a_frame_tally_of_one_source_counts_the_sentences_of_its_share() -> None:
    sentences = segment({"s1": SHOOTING}, {"s1": "x"}).drop(ORIGIN)
    figures = measure_lenses(SourceSlice(source_id="s1", text=SHOOTING, sentences=sentences, language="en")).figures
    crime = figures.filter((pl.col("lens") == "frames") & (pl.col("measure") == "crime")).row(0, named=True)
    assert (crime["n"], crime["base"]) == (2.0, 2.0)
    assert crime["cues"] == "fbi ×1; police ×1"
    assert crime["sentences"] == "s1:0; s1:2"


def test_a_frame_tally_of_an_origin_counts_the_sentences_of_its_share() -> None:
    calm = "The players practised at the field on Wednesday morning before the game in the evening."
    result = get_metric("frames")(make_corpus({"s1": ("left", SHOOTING), "s2": ("right", calm)}))
    crime = origin_figure(result.figures, "left", "crime")
    assert crime["cues"] == "fbi ×1; police ×1"
    assert "s1:1" not in (crime["sentences"] or "")
    # the data file still has every cue found, with where it stands
    assert result.evidence is not None
    assert result.evidence.filter((pl.col("lens") == "frames") & (pl.col("category") == "crime")).height == 3
