"""The validity suite, continued: the false lens findings of checkQ2 (the Washington Times, NPR and the New York Times on
Holder's leak prosecutors, June 2012; Fox, Reuters and Daily Kos on Bannon's testimony, January 2018), each as new
sentences of the same structure, with near misses that must keep their reading.

- HL-33: the booster "confirm" was counted in "doing so would implicitly confirm that …": a booster verb under a modal
  of possibility or hypothesis names an act that would or may happen, not the writer's certainty.
- BN-32: the booster "fully" was counted in "to induce Bannon to cooperate fully with his investigation": a degree
  adverb after an action verb says how far the action goes, not how sure the writer is.
- HL-44: the Legality frame was counted from "law" in "a partner at the WilmerHale law firm": "law" naming the trade in
  a compound for an employer, a school or a career is no legal frame.
- HL-46: the example printed for a frame share ("Some Republicans have accused … for political gain") was a reported
  sentence the share leaves out: an example must be one of the sentences behind its figure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from contrast.config import Lenses
from contrast.metrics.certainty import certainty_lexicon, certainty_matcher
from contrast.metrics.frames import frames_lexicon, frames_matcher
from tests.reportkit import lens_section


def _boosters(sentence: str) -> list[str]:
    words = certainty_lexicon(Lenses())
    return [h.cue.lower() for h in certainty_matcher(words).find(sentence) if h.category == "booster"]


def _frames(sentence: str) -> set[str]:
    return {h.category for h in frames_matcher(frames_lexicon(Lenses())).find(sentence)}


# --- HL-33: a booster verb under a modal of possibility names a hypothetical act -----------------------------------


@pytest.mark.parametrize("sentence", [
    "The ministry stayed silent, apparently because a denial would implicitly confirm that the memo was genuine.",
    "Releasing the tapes could prove that the mayor knew of the payments.",
    "An audit might have demonstrated that the funds were moved in April.",
    "A second test may confirm the result, officials hope.",
    "Publishing the list would establish that the donors broke a rule.",
])
def test_a_booster_verb_under_a_modal_of_possibility_is_no_booster(sentence: str) -> None:
    assert _boosters(sentence) == []


@pytest.mark.parametrize(("sentence", "booster"), [
    ("The tests confirm that the leak came from inside the agency.", "confirm"),
    ("The agency will confirm the numbers on Monday.", "confirm"),
    ("That plan would clearly violate the treaty.", "clearly"),
    ("The emails prove that the mayor knew of the payments.", "prove"),
    ("The governor has never agreed to a debate.", "never"),
    ("Investigators could not prove that the fire was set.", "prove"),
])
def test_a_booster_asserted_or_emphasising_a_hypothesis_still_counts(sentence: str, booster: str) -> None:
    assert booster in _boosters(sentence)


# --- BN-32: a degree adverb after an action verb measures the action --------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "The summons could be a way to push the witness to cooperate fully with the inquiry.",
    "The company promised to comply fully.",
    "The council rejected the plan entirely, officials said in the minutes.",
    "The bridge was rebuilt and the road reopened completely in May.",
])
def test_a_degree_adverb_after_an_action_verb_is_no_booster(sentence: str) -> None:
    assert _boosters(sentence) == []


@pytest.mark.parametrize(("sentence", "booster"), [
    ("She was fully aware of the risks.", "fully"),
    ("The two attorneys are fully authorized to prosecute the case.", "fully"),
    ("That claim is entirely false.", "entirely"),
    ("The report is completely wrong about the dates.", "completely"),
])
def test_a_degree_adverb_on_a_claim_still_counts(sentence: str, booster: str) -> None:
    assert booster in _boosters(sentence)


# --- HL-44: "law" naming a trade in a compound is no legal frame ------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Ms. Ortiz was named to the post in 2011 after working as a partner at the Baker Botts law firm in Houston.",
    "He taught as a law professor in Chicago before he joined the campaign staff.",
    "She went to law school in Boston and then moved to Denver with her family.",
])
def test_law_naming_a_trade_is_no_legality_frame(sentence: str) -> None:
    assert "legality" not in _frames(sentence)


@pytest.mark.parametrize("sentence", [
    "The new law requires every firm to publish its accounts by March.",
    "The firm was accused of breaking the law on data privacy for two years.",
    "The school board voted for a law banning phones in class.",
])
def test_the_law_itself_is_still_a_legality_frame(sentence: str) -> None:
    assert "legality" in _frames(sentence)


# --- HL-46: a frame share's example is one of the sentences behind it -------------------------------------------------

LEFT = (
    "Some Republicans have accused the White House of risking national security for political gain in an election year. "
    "The two prosecutors were chosen by administrations of both parties over the last decade. "
    "The attorneys will report to the deputy attorney general on their progress each month. "
    "The leaks concerned a drone program and a cyberattack on centrifuges in Iran. "
)
"""Sentence 1, in the outlet's own voice, shows the Political frame once ("parties"); sentence 0 is reported speech, left
out of the share, though its speaker tag holds a Political cue in the outlet's words ("Some Republicans have accused"),
as many as sentence 1 holds, and it comes first."""
RIGHT = (
    "The attorney general named two prosecutors on Friday to lead the inquiries into the leaks. "
    "The attorneys will work with the bureau and report to the deputy attorney general each month. "
    "The leaks concerned a drone program and a cyberattack on centrifuges in Iran. "
)


def test_a_frame_shares_example_is_a_sentence_the_share_counts(tmp_path: Path) -> None:
    section, _ = lens_section(tmp_path, {"left": LEFT, "right": RIGHT}, "frames")
    political = [e for e in section.examples if e.note.lower().startswith("political")]
    assert political, [e.note for e in section.examples]
    for example in political:
        text = "".join(s.text for s in example.segments)
        assert not text.startswith("Some Republicans have accused"), text
        assert text.startswith("The two prosecutors were chosen"), text
