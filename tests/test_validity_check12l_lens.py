"""The validity suite, continued: the false lens findings of check12l-new (Fox, the New York Times and HuffPost on Glenn
Beck's CPAC speech, February 2010, and on the Cheney sisters' quarrel over same-sex marriage, August 2013) and check12-reK
CS-31, each as a table of the sentence misread and near misses, which must keep their reading.

- CS-31 (check12-reK): the Frames finding "Crime and punishment: highest in US left, 30% — “police” ×7, “fbi” ×2" rested
  on own-voice sentences with "police" 6 times and "FBI" once: the tally also counted the cue words of the speaker tags
  of reported sentences ("…, police said"), sentences the share leaves out.
- BK-31: "Cultural identity: US left 7%" was "Tradition dictates that political parties out of power do what they can"
  (a convention of party politics). CH-24: "Quality of life: highest in US center, 25%" was "family" in "The Cheney family
  dispute" and "family values". AMBIGUOUS, decided on evidence: BK-33 "audience" in "brought the audience to its feet"
  (the hall, no public opinion: not counted now); BK-32 "effective" in "The plea was made all the more effective" (how
  well words persuade: not counted now) and "his policies and politics" (a politician's policies: still counted, as
  BASIL's uses of "his policies" are about policies); CH-25 "the military's former “don't ask, don't tell” policy"
  (a stance on a named policy of the military: Policy and Security both kept, as a policy named by its field is).
"""

from __future__ import annotations

import polars as pl
import pytest

from contrast.claims import find_events
from contrast.config import Lenses
from contrast.metrics import get_metric
from contrast.metrics.frames import frames_lexicon, frames_matcher
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


# --- BK-31, BK-32, BK-33, CH-24: frame cues in a sense no frame means -------------------------------------------------

def _frames(sentence: str, category: str) -> list[str]:
    return [h.cue.lower() for h in frames_matcher(frames_lexicon(Lenses())).find(sentence) if h.category == category]


@pytest.mark.parametrize(
    ("sentence", "category", "cues"),
    [
        # BK-31: a custom prescribing what parties do is politics' convention, no group's culture
        ("Tradition dictates that political parties out of power do what they can to expand their coalition.",
         "cultural_identity", []),
        # CH-24: one family, and "family values" (morality's), are not how people live
        ("The Cheney family dispute mirrors the broader disagreement among Republicans on same-sex marriage.",
         "quality_of_life", []),
        ("But other Republicans believe traditional marriage is a pillar of family values, and in some cases are "
         "reluctant to abandon their social conservative base on the issue.", "quality_of_life", []),
        ("He thanked his staff, his family and the voters who elected him.", "quality_of_life", []),
        # BK-33: the audience in the hall is no public opinion
        ("The chalkboard, a prop that he uses frequently on his top-rated show, brought the audience to its feet.",
         "public_opinion", []),
        ("He held the audience spellbound with riffs on his personal life laced through his political philosophy.",
         "public_opinion", []),
        ("When the audience finished laughing, he asked what made us sit there.", "public_opinion", []),
        # BK-32: a plea made effective, a resignation effective at a time
        ("The plea was made all the more effective by the intertwining of Beck's own story of struggle and redemption.",
         "policy", []),
        ("He called the governor to tell him about his resignation, effective at 5 p.m.", "policy", []),
        # near misses keep their reading
        ("The tradition of Thanksgiving turkeys being presented to the president dates back to 1947.",
         "cultural_identity", ["tradition"]),
        ("Per tradition, the first daughters were in attendance.", "cultural_identity", ["tradition"]),
        ("The cuts hurt struggling families and their household budgets.", "quality_of_life", ["families", "household"]),
        ("Crime, poverty and family breakdown have marked the decade.", "quality_of_life", ["family breakdown"]),
        ("The network is aimed at African-American audiences.", "public_opinion", ["audiences"]),
        ("Beck's growing popularity coincided with the rise of the Tea Party.", "public_opinion", ["popularity"]),
        ("Catholic social teaching can help inform effective policy.", "policy", ["effective", "policy"]),
        ("The new rules proved effective at cutting emissions this year.", "policy", ["effective"]),
        ("The tariffs, effective on July 6, were meant to punish the dumping.", "policy", []),
        ("In a winding speech that touched as much on his personal turmoil as his policies and politics, Beck had the "
         "packed auditorium captivated.", "policy", ["policies"]),
    ],
)
def test_frame_cues_in_no_frame_sense(sentence: str, category: str, cues: list[str]) -> None:
    assert _frames(sentence, category) == cues


def test_the_frames_lexicon_version_names_its_change() -> None:
    assert frames_lexicon(Lenses()).version >= "1.12.0"  # 1.13.0: check12m (test_validity_check12m_lens)


# --- CH-28: a word inside another origin's hyphenated compound is no origin's own ------------------------------------

def test_a_word_another_origin_writes_in_a_hyphenated_compound_is_not_listed_as_own() -> None:
    fox = ("Mary Cheney, one of ex-Vice President Dick Cheney’s two daughters, has taken to Facebook to blast her "
           "sister over her stance on same-sex marriage.")
    huffpost = ("Mary Cheney, daughter of former Vice President Dick Cheney, blasted her sister's stance on "
                "same-sex marriage on Facebook on Friday.")
    corpus = make_corpus({"r": ("right", fox), "l": ("left", huffpost)})
    frames = get_metric("naming")(corpus, find_events(corpus.sentences, origins=corpus.origins))
    events = frames.figures.filter(pl.col("measure").str.starts_with("event:"))
    assert events.height, "the two sentences report one event"
    listed = {row["unit"]: {cue.split(" ×")[0] for cue in row["cues"].split("; ")} for row in events.iter_rows(named=True)}
    assert "vice" not in listed.get("left", set())
    assert listed["left"] == {"friday"}  # its own word still listed
    assert "ex-vice" in listed["right"]  # Fox's own form of the title
