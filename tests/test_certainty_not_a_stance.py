"""A hedge is the outlet softening its own claim, a booster the outlet closing down alternatives; a cue word that
does neither is not counted (check9g JJ-17, check9 LP-22, LP-23, TG-19). A modal inside a condition states the
condition, a "could" in a question of what someone can do is ability, a "never" on "seemed" boosts nothing, and a
booster in a question is asked about. Near misses still count, and a frequency adverb on a claim stays a hedge (BV-22:
Hyland's list; it limits how far a claim reaches)."""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.certainty import certainty_lexicon, certainty_matcher


def _cues(sentence: str) -> list[tuple[str, str]]:
    return [(h.category, h.cue) for h in certainty_matcher(certainty_lexicon(Lenses())).find(sentence)]


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        # JJ-17, Fox: the legal standard's wording, a condition
        ("Judicial ethics require that a judge disqualify himself if his impartiality might reasonably be questioned.", []),
        ("If it might be questioned, the judge must be biased.", [("booster", "must")]),
        # LP-22, NYT: ability, the options weighed
        ("Behind the scenes, state lawmakers were scrambling to figure out what, if anything, they could do to formally "
         "address this latest crisis.", []),
        # LP-23, NYT: "never" on a hedge ("seemed" stays, counted apart as negated)
        ("His well of support, fed by voters drawn to his unfiltered political style, never seemed to run dry.",
         [("hedge", "seemed")]),
        # TG-19, HuffPost: a booster in the writer's question
        ("But what if the political process itself has done away with the veneer that the high court is entirely "
         "apolitical?", []),
    ],
)
def test_a_cue_that_is_not_the_outlets_stance_is_not_counted(sentence: str, cues: list[tuple[str, str]]) -> None:
    assert _cues(sentence) == cues


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        ("Prices could rise if the deal falls through.", [("hedge", "could")]),  # the modal is the claim's, not the if's
        ("If the deal falls through, prices could rise.", [("hedge", "could")]),
        ("If anything, the plan could make things worse.", [("hedge", "could")]),
        ("He has never served in Vietnam.", [("booster", "never")]),
        ("The plan could cost billions, and it is entirely unfunded.", [("hedge", "could"), ("booster", "entirely")]),
        # BV-22, NYT: a frequency adverb on a claim limits it: a hedge in Hyland's sense (over one person's doings,
        # "the misleading way he often speaks", it is no hedge: test_validity_check10_recheck)
        ("Sometimes his remarks have been plainly untrue, as in his speech to the group in Norwalk.", [("hedge", "Sometimes")]),
    ],
)
def test_near_misses_still_count(sentence: str, cues: list[tuple[str, str]]) -> None:
    assert _cues(sentence) == cues
