"""Check17 (set V, KV): sentences the voice and attribution lenses read as someone's speech when the outlet speaks.

Each rule is tested on new sentences of the same structure as the checked one, and on the sentences it must leave
alone (a person's pledge or threat, a trailing attribution, a verb of saying after a capitalised word of a sentence).
"""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.attribution import attribute, attribution_lexicon, attribution_matcher
from contrast.metrics.voice import OWN, REPORTED, reporting_spans, sentence_voices
from contrast.report.said import attributes_fact


def _voice(text: str) -> str:
    return sentence_voices([text])[0].kind


def _attribute(sentence: str) -> tuple[bool, str | None, list[str]]:
    attributed, kind, hits = attribute(sentence, attribution_matcher(attribution_lexicon(Lenses())).find(sentence))
    return attributed, kind, [h.cue for h in hits]


# KV-42: "in what promises to be a contentious confirmation battle" (Reuters) says what is likely, no pledge.
@pytest.mark.parametrize(
    "sentence",
    [
        "The two teams meet on Sunday in what promises to be the most watched final in years.",
        "Lawmakers return next week for a session which promises to become a showdown over spending.",
        "The budget fight threatens to become the longest in the state's history.",
        "The trial promises to be a test of the new sentencing rules.",
    ],
)
def test_promises_to_be_with_a_thing_for_subject_is_the_outlets_forecast(sentence: str) -> None:
    assert _voice(sentence) == OWN


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor promised to be a voice for rural voters.",
        "Ms. Ortiz promised to become the first mayor to live in public housing.",
        "The union threatened to strike on Monday.",
    ],
)
def test_a_person_who_promises_or_threatens_is_still_reported(sentence: str) -> None:
    assert _voice(sentence) == REPORTED


# KV-41: a record "threatened to delay the confirmation process", its subject before a parenthetical set off by dashes.
@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor's long record -- much of it in closed sessions -- threatened to derail her campaign.",
        "His voting history (including two votes against the farm bill) threatened to cost him the primary.",
        "The senator's voting record threatened to overshadow the summit.",
    ],
)
def test_a_record_that_threatens_to_act_is_a_danger_not_a_threat(sentence: str) -> None:
    assert _voice(sentence) == OWN
    assert _attribute(sentence) == (False, None, [])


def test_a_body_before_a_parenthetical_still_threatens() -> None:
    assert _voice("The union -- backed by nurses -- threatened to strike.") == REPORTED


def test_a_pledge_after_amid_is_reported_in_its_own_phrase() -> None:
    """ "… amid lawmakers' promises to vet the new nominee": the main clause is the outlet's, as after ", amid"."""
    text = "The mayor's record delayed the vote amid council members' promises to review every contract."
    voice = sentence_voices([text])[0]
    assert voice.kind == OWN
    assert voice.kind_at(text.index("delayed")) == OWN
    assert voice.kind_at(text.index("review")) != OWN


# KV-38: "insider" before a noun qualifies it; it names no anonymous speaker.
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("His insider knowledge of the agency makes him a risky pick, critics said.", "critics"),
        ("The nominee's insider status, opponents argued, would taint the hearings.", "opponents"),
    ],
)
def test_insider_before_a_noun_is_no_speaker(sentence: str, speaker: str) -> None:
    attributed, _, cues = _attribute(sentence)
    assert attributed
    assert "insider" not in cues
    assert speaker in cues


def test_insider_with_capitalised_words_before_its_noun_is_no_speaker() -> None:
    _, kind, cues = _attribute("Her insider D.C. connections, her rivals warned, would doom the bill.")
    assert "insider" not in cues
    assert kind != "speaker.anonymous"


def test_an_insider_who_speaks_is_still_anonymous() -> None:
    assert _attribute("An insider said the memo was leaked.")[1] == "speaker.anonymous"
    # with a role, the role types the speaker and "insider" still marks it anonymous (check-U PR-46: counted as both)
    attributed, kind, cues = _attribute("A White House insider said the memo was leaked.")
    assert (attributed, kind) == (True, "speaker.official") and "insider" in cues


# KV-34 / KV-24: "the U.S. Court of Appeals for the District of Columbia Circuit" is a name, not "appeals for".
@pytest.mark.parametrize(
    "sentence",
    [
        "She spent a decade on the 9th U.S. Circuit Court of Appeals for the West before her nomination.",
        "The Board of Appeals for the county is likely to rule next month.",
        "Court of Appeals for the Armed Forces judges hear about 900 cases a year.",
    ],
)
def test_appeals_in_a_capitalised_name_reports_nothing(sentence: str) -> None:
    assert _voice(sentence) == OWN
    assert reporting_spans(sentence, sentence_voices([sentence])[0]) == []


def test_appeals_for_as_a_verb_still_reports() -> None:
    assert _voice("The mayor appeals for calm after the verdict.") == REPORTED


# KV-10: ", as Senate Democrats … vowed to resist …": the main clause is the outlet's, the vow joined in time.
@pytest.mark.parametrize(
    "sentence",
    [
        "The city council approved the new budget on Tuesday, as the mayor warned that layoffs would follow.",
        "The company closed its last plant in Ohio, as union leaders vowed to fight the move in court.",
    ],
)
def test_as_clause_with_its_own_report_leaves_the_main_clause_own(sentence: str) -> None:
    voice = sentence_voices([sentence])[0]
    assert voice.kind == OWN
    assert voice.kind_at(5) == OWN
    assert voice.kind_at(len(sentence) - 5) != OWN


@pytest.mark.parametrize(
    "sentence",
    ["The tariffs will rise to 25 percent next month, as Trump said.", "The tariffs will rise next month, as first reported by CNN."],
)
def test_as_clause_without_content_attributes_the_main_clause(sentence: str) -> None:
    assert _voice(sentence) == REPORTED


def test_fact_in_the_main_clause_before_an_as_report_is_stated_not_attributed() -> None:
    """The event panel's rule: attributed only when most shared words stand in what the sentence attributes."""
    text = (
        "The board's choice of Maria Lopez to replace retiring chief executive Tom Hale has set off a fight, "
        "as activist investors vowed to block the deal."
    )
    assert not attributes_fact(text, ["Lopez was chosen to replace retiring chief executive Tom Hale."])


# KV-13 (AMBIG): a leading contrast with what someone said is the foil of the outlet's own judgment.
@pytest.mark.parametrize(
    "sentence",
    [
        "Unlike what the senator said, the new rule is a gift to the banks.",
        "Contrary to what the governor claimed, the new budget slashed school funding by a third.",
    ],
)
def test_leading_contrast_with_what_was_said_leaves_the_main_clause_own(sentence: str) -> None:
    voice = sentence_voices([sentence])[0]
    assert voice.kind == OWN
    assert voice.kind_at(len(sentence) - 5) == OWN


def test_contrast_whose_main_clause_reports_stays_reported() -> None:
    assert _voice("Unlike Smith, Jones said the plan would fail.") == REPORTED
