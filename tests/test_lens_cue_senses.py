"""A cue word counts only in the sense its lens means (check7-final: FL-19, FL-27, FL-39, SE-14, SE-15, SE-25).

Each table holds the sentence the check found miscounted (the kind of mistake) and near misses: the same
word in the sense the lens does mean, which must keep counting."""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.certainty import certainty_lexicon, certainty_matcher
from contrast.metrics.frames import frames_lexicon, frames_matcher


def _certainty(sentence: str, category: str) -> list[str]:
    return [h.cue.lower() for h in certainty_matcher(certainty_lexicon(Lenses())).find(sentence) if h.category == category]


def _frames(sentence: str, category: str) -> list[str]:
    return [h.cue.lower() for h in frames_matcher(frames_lexicon(Lenses())).find(sentence) if h.category == category]


@pytest.mark.parametrize(
    ("sentence", "category", "cues"),
    [
        # FL-19: a booster inside an embedded "whether …" question is the matter asked about, not asserted
        ("Flynn is also being investigated over whether he was fully forthcoming about his foreign contacts.",
         "booster", []),
        ("The panel asked whether the plan was completely legal.", "booster", []),
        # near misses: the writer's own booster, before or after the question's clause
        ("He was fully forthcoming about his contacts.", "booster", ["fully"]),
        ("Whether or not he testifies, the inquiry will certainly continue.", "booster", ["certainly"]),
        # FL-39: "only possible if" states a condition
        ("Practically speaking, impeachment is only possible if Republican lawmakers believe Trump is unfit.",
         "hedge", []),
        ("A deal is possible only if both sides give ground.", "hedge", []),
        ("It is possible that he misled investigators.", "hedge", ["possible"]),
        ("A breakthrough is possible, if unlikely, this week.", "hedge", ["possible", "unlikely"]),
        # SE-14: "possible" before the options it ranges over, and fixed phrases
        ("Clinton discussed with Sestak possible alternatives to his Senate candidacy.", "hedge", []),
        ("The board will reply as soon as possible.", "hedge", []),
        ("The agency made every possible effort to help.", "hedge", []),
        # RM-15: "possible" after a superlative intensifies it ("the starkest possible contrast")
        ("It is an issue of the starkest possible contrast between the two candidates.", "hedge", []),
        ("Prosecutors sought the most severe possible penalty.", "hedge", []),
        ("The latest possible date is Friday, but a delay is possible.", "hedge", ["possible"]),
        ("He is under investigation for possible violations of the law.", "hedge", ["possible"]),
        ("The memo describes a possible crime.", "hedge", ["possible"]),
        ("Officials discussed a possible deal with Beijing.", "hedge", ["possible"]),
        # SE-15: a negated ability modal states an inability firmly
        ("He turned it down because Mr. Sestak could not serve on the board while still serving in Congress.",
         "hedge", []),
        ("The subpoena could not be issued without a vote.", "hedge", []),
        ("The claim could not be independently verified.", "hedge", ["could"]),
        ("Officials could not rule out a second leak.", "hedge", ["could"]),
        ("The inquiry could shed light on his contacts.", "hedge", ["could"]),
    ],
)
def test_certainty_counts_the_writers_stance_only(sentence: str, category: str, cues: list[str]) -> None:
    assert _certainty(sentence, category) == cues


@pytest.mark.parametrize(
    ("sentence", "category", "cues"),
    [
        # FL-27 / SE-25: job titles
        ("The House committee may subpoena the former national security adviser.", "security", []),
        ("Sestak was in the Navy when Clinton made him his director of defense policy.", "security", []),
        ("Sestak was in the Navy when Clinton made him his director of defense policy.", "policy", []),
        ("The national security of the country is at stake.", "security", ["national security"]),
        ("The bill raises defense spending.", "security", ["defense"]),
        # "jobs" meaning posts
        ("One of the jobs Clinton specifically discussed with Sestak was the intelligence advisory board.",
         "economic", []),
        ("The plant will cut 500 jobs next year.", "economic", ["jobs"]),
        ("The jobs report beat expectations.", "economic", ["jobs"]),
        ("Tariffs threaten the jobs of steelworkers.", "economic", ["tariffs", "jobs"]),
        # a person's businesses
        ("The Senate committee issued two additional subpoenas targeting Flynn's businesses.", "economic", []),
        ("He kept his business interests in a trust.", "economic", []),
        ("Small businesses fear the new tariffs.", "economic", ["businesses", "tariffs"]),
        ("The trade tension has already caused trouble for businesses in both countries.", "economic",
         ["trade tension", "businesses"]),
        ("The U.S. has gained substantial benefits from its business in China.", "economic", ["business"]),
        # conditional "should" (= "if")
        ("Defying it could result in a criminal citation, should lawmakers choose to pursue it.", "policy", []),
        ("Should the talks fail, the tariffs take effect in March.", "policy", []),
        ("Lawmakers, he said, should act now.", "policy", ["should"]),
        ("The government should find a better solution.", "policy", ["should", "solution"]),
        ("Should the US raise tariffs on steel?", "policy", ["should"]),
        ("Congress should always weigh the costs.", "policy", ["should"]),
    ],
)
def test_frame_cues_count_in_the_frames_sense_only(sentence: str, category: str, cues: list[str]) -> None:
    assert _frames(sentence, category) == cues
