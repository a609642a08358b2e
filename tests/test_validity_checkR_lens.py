"""The validity suite, continued: the false lens findings of checkR (the Guardian, Reuters and Fox on Trump's tweets
about the Stormy Daniels payment, May 2018 (SD-), and CNN, NPR and Fox on the EPA's carbon rule, June 2014 (EP-)),
each as a table of new sentences of the structure misread and near misses, which must keep their reading.

- SD-59: "The revelation threatened to engulf Trump in one of the most tawdry … scandals" was counted as an alarm verb
  of report: an abstract noun or an event that "threatens to" do something is a danger, nobody's threat.
- EP-53: "the nation's biggest source of pollution blamed for global warming" was counted as an alarm verb of report:
  a participle on a noun, with no speaker.
- EP-54: "EPA officials concede some of the dirtiest power plants … will end up shuttered" was missed (Conceding: 0
  listed in any origin): the lexicon listed "concedes" and "conceded" but not the present tense with a plural subject.
- EP-41: "establish" ("establish Obama's environmental legacy", build) and the linking "prove" ("similar warnings …
  eventually proved untrue", turned out) were counted as boosters. (That sentence is Obama's rebuttal, "Nonsense, Obama
  shot back, noting …", which the voice lens reads as CNN's own: a matter for the voice lens, not tested here.)
- EP-59: "Opponents were equally effusive in their condemnation" was counted under the fairness and equality frame:
  "equally" before an adjective compares ("just as"); it says nothing of equality.
"""

from __future__ import annotations

import pytest

from tests.test_validity_check12l_lens import _frames
from tests.test_validity_check12m_lens import _certainty
from tests.test_validity_check13n_lens import _verbs

# --- SD-59: an abstract noun or an event that "threatens to" act is a danger, no speaker's threat ---------------------


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        ("The disclosure threatened to sink the senator's campaign in its final weeks.", []),
        ("The revelations threaten to upend confidence in the agency.", []),
        ("Mounting uncertainty threatened to derail the talks on Friday.", []),
        ("The resignations now threaten to paralyse the agency.", []),
        # near misses: a person, a group or a body that speaks threatens
        ("The mayor threatens to veto the bill.", [("threatens", "verb.alarm")]),
        ("The union threatened to strike over the new contract.", [("threatened", "verb.alarm")]),
        ("The coalition threatened to walk out of the talks.", [("threatened", "verb.alarm")]),
        ("The administration has threatened to withhold the funds.", [("threatened", "verb.alarm")]),
        ("Opposition threatened to boycott the vote.", [("threatened", "verb.alarm")]),
    ],
)
def test_a_thing_that_threatens_to_act_is_no_alarm_verb_of_report(text: str, verbs: list[tuple[str, str]]) -> None:
    assert _verbs(text) == verbs


# --- EP-53: a participle of charging on a noun names no speaker -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        ("The state moved to ban the chemical blamed for the fish kills along the coast.", []),
        ("Officials said the plant would close the two units blamed for most of the smog.",
         [("said", "verb.neutral")]),
        # near misses: the charge is someone's, reported
        ("Democrats blamed Republicans for the shutdown.", [("blamed", "verb.alarm")]),
        ("The senator blamed the drought for the price rise.", [("blamed", "verb.alarm")]),
        ("The mayor accused the council of stalling the budget.", [("accused", "verb.alarm")]),
    ],
)
def test_a_participle_of_charging_on_a_noun_is_no_alarm_verb_of_report(text: str, verbs: list[tuple[str, str]]) -> None:
    assert _verbs(text) == verbs


# --- EP-54: the present tense of a verb of conceding or distancing, with a plural subject -----------------------------


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        ("Company officials concede some of the older mills will close as demand shifts.", [("concede", "verb.concede")]),
        ("Both campaigns acknowledge that the race has tightened.", [("acknowledge", "verb.concede")]),
        ("Even supporters admit the plan will cost more than promised.", [("admit", "verb.concede")]),
        ("Critics argue that the rule will raise power bills.", [("argue", "verb.claim")]),
        ("Republicans insist the tax cut will pay for itself.", [("insist", "verb.claim")]),
        # the forms already listed keep their group
        ("The agency concedes the plan will cost jobs.", [("concedes", "verb.concede")]),
        # near misses: no report of a concession
        ("The company refused to concede defeat in the bidding war.", []),
        ("He will not admit defeat.", []),
    ],
)
def test_every_form_of_a_verb_of_conceding_or_distancing_counts(text: str, verbs: list[tuple[str, str]]) -> None:
    assert _verbs(text) == verbs


# --- EP-41: "establish" (build) and the linking "prove" (turn out) are no boosters -----------------------------------


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        ("The rule was meant to establish the governor's legacy before he leaves office.", []),
        ("The company plans to establish a research centre in Ohio.", []),
        ("Dire forecasts of job losses eventually proved untrue.", []),
        ("A final deal has proved elusive for weeks.", []),
        ("The new tariffs have proven costly for farmers.", []),
        ("Predictions of his defeat proved to be premature.", []),
        ("The offer has proven particularly appealing to smaller states.", []),
        # near misses: the booster sense, closing down alternatives, keeps counting
        ("The audit did not establish that the funds were misused.", ["establish that"]),
        ("The records establish that the payment was made in October.", ["establish that"]),
        ("The emails prove that he knew about the deal.", ["prove"]),
        ("The vote proved his appeal among suburban voters.", ["proved"]),
        ("The claims were later proved false.", ["proved"]),
        ("The results prove Democratic turnout was high.", ["prove"]),
        ("Prosecutors could not prove malicious intent.", ["prove"]),
    ],
)
def test_establish_and_a_linking_prove_are_no_boosters(sentence: str, cues: list[str]) -> None:
    assert _certainty(sentence) == cues


# --- EP-59: "equally" that compares is no equality -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        ("Business groups were equally scathing in their response.", []),
        ("The second study is equally important for the debate.", []),
        ("The two teams played equally well in the final.", []),
        # near misses: equal treatment or shares stay cues
        ("The law requires that all applicants be treated equally.", ["equally"]),
        ("The rules apply equally to every state.", ["equally"]),
        ("The prize money was shared equally among the winners.", ["equally"]),
        ("The seats are equally divided between the two parties.", ["equally"]),
    ],
)
def test_equally_that_compares_is_no_fairness_cue(sentence: str, cues: list[str]) -> None:
    assert _frames(sentence, "fairness") == cues
