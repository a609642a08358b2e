"""check-S on voice and speakers (Trump's surprise visit to Iraq, Omarosa Manigault Newman's recordings). Each finding
is a rule; sentences are written here in the shape of the ones misread, not copied. Near misses keep their reading.

* IQ-17: an event panel says both origins attribute a fact only when the fact stands in what each attributes: a
  reporting verb after a quotation covers the quotation, not the setting the outlet describes after it.
* IQ-19: between a reporting verb and its quotation, the subject of the quotation with the outlet's relative clause on
  it is no claim of the speaker's.
* IQ-20: a person's belief with its content clause ("because he believed X have been defeated") reports that clause.
* IQ-62, IQ-63: "agreed to <verb>" is an undertaking, not a saying.
* OM-23: "pointed out <something>" reports, as "pointed to" does.
* OM-37: a quoted question followed by "<speaker> asks" is attributed.
* OM-49: a "she" after a sentence naming a woman besides its speaker takes no type from that speaker.
* OM-71: the handout key does not say "states it as a fact" of an excerpt the certainty lens reads as hedged.
"""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.certainty import hedged
from contrast.metrics.voice import OWN, REPORTED, names_no_speaker, sentence_voices
from contrast.report.briefing.events import nothing_noticed, voice_note
from contrast.report.event_titles import EventTitle
from contrast.report.handout import questions
from contrast.report.handout.model import HandoutEvent
from contrast.report.said import attributes_fact, states_fact
from tests.test_excerpt_speakers import _column
from tests.test_speaker_unnamed_one import _last
from tests.test_voice_clauses import _excerpt

OFFICIAL = "speaker.official"
UNSPECIFIED = "speaker.unspecified"


def _voice(text: str):
    return sentence_voices([text])[0]


# --- IQ-17 ----------------------------------------------------------------------------------------------------------

TOLD_AT = (
    "“We are not leaving anyone behind,” the governor told reporters at the county fairground where she and her husband "
    "spent nearly four hours with flood victims."
)
BY_THE_COUNTY = "The governor and her husband spent four hours with flood victims, the county said."


def test_a_setting_after_a_quotations_reporting_verb_is_the_outlets_own_telling_of_the_shared_fact() -> None:
    assert not attributes_fact(TOLD_AT, [BY_THE_COUNTY])
    assert attributes_fact(BY_THE_COUNTY, [TOLD_AT])
    columns = [_column("US center", TOLD_AT, True), _column("US left", BY_THE_COUNTY, True)]
    assert voice_note(columns) == ""
    note = nothing_noticed(columns)
    assert "both origins attribute it" not in note
    assert "US center quotes or reports someone only within its own telling of the fact" in note


def test_two_sentences_that_attribute_the_shared_fact_are_still_both_said_to_attribute_it() -> None:
    said = "The governor said she and her husband spent four hours with flood victims at the fairground."
    columns = [_column("US center", said, True), _column("US left", BY_THE_COUNTY, True)]
    assert nothing_noticed(columns).startswith("Nothing to point out between origins: both origins attribute it")


# --- IQ-19 ----------------------------------------------------------------------------------------------------------

def test_the_outlets_relative_clause_before_a_quotation_is_not_what_the_speaker_said() -> None:
    whom = (
        "The mayor said Deputy Police Chief Ann Roe, whom she appointed on Monday to lead the department in an interim "
        "role starting on March 3, “will do a fine job.”"
    )
    takes_over = "Her deputy, Ann Roe, takes over as interim police chief on March 3."
    assert not attributes_fact(whom, [takes_over])
    assert voice_note([_column("US center", whom, True), _column("US left", takes_over, False)]) == ""


def test_a_clause_reported_ahead_of_its_quotation_is_still_the_speakers() -> None:
    ahead = "The mayor said the new chief would start on March 3 because “we need her now.”"
    assert attributes_fact(ahead, ["The new chief starts on March 3."])


# --- IQ-20 ----------------------------------------------------------------------------------------------------------

BELIEVED = "The senator has drawn heavy fire over his vote to end the program because he believed rebel militias had been disarmed."


def test_a_persons_belief_with_its_clause_is_reported_in_the_outlets_sentence() -> None:
    voice = _voice(BELIEVED)
    assert voice.kind == OWN
    assert voice.kind_at(BELIEVED.index("militias")) == REPORTED
    assert voice.kind_at(BELIEVED.index("drawn")) == OWN
    assert not names_no_speaker(BELIEVED)
    assert not states_fact(BELIEVED, ["The senator said rebel militias had been disarmed."])


@pytest.mark.parametrize(
    "text",
    [
        "I think the new schedule is a good one.",  # the writer's own view
        "The plan, thought to be the largest in years, was passed on Monday.",  # a thing believes nothing
        "She thought about the offer for a week.",  # no content clause
    ],
)
def test_near_misses_of_a_belief_keep_the_outlets_voice(text: str) -> None:
    voice = _voice(text)
    assert voice.kind == OWN and not voice.clauses


# --- IQ-62, IQ-63 ---------------------------------------------------------------------------------------------------


def test_agreeing_to_do_something_is_an_undertaking_not_a_saying() -> None:
    text = "Reporters have long agreed to withhold the names of young victims for privacy reasons."
    assert _voice(text).kind == OWN
    assert _last(text)[0] is None


def test_agreeing_that_something_is_so_still_reports() -> None:
    assert _voice("The company agreed that the fine was fair.").kind == REPORTED


# --- OM-23 ----------------------------------------------------------------------------------------------------------


def test_pointing_out_something_reports() -> None:
    assert _voice("He pointed out flaws such as the missing audit and the late filings.").kind == REPORTED


def test_pointing_out_of_a_window_reports_nothing() -> None:
    assert _voice("She pointed out the window at the crowd below.").kind == OWN


# --- OM-37 ----------------------------------------------------------------------------------------------------------


def test_a_quoted_question_then_speaker_asks_is_attributed() -> None:
    text = "“Where to?” Smith asks the guard, who had already left his post."
    assert _voice(text).kind != OWN
    assert _last(text)[0] is not None


# --- OM-49 ----------------------------------------------------------------------------------------------------------


def test_a_she_after_a_sentence_naming_another_woman_takes_no_type_from_its_speaker() -> None:
    text = "Gov. John Roe told Ms. Doe that her post was gone. She said the call came the day after she was fired."
    assert _last(text)[0] == UNSPECIFIED


def test_a_he_after_a_sentence_naming_only_a_woman_besides_him_is_still_its_speaker() -> None:
    text = "Gov. John Roe told Ms. Doe that her post was gone. He said the decision was final."
    assert _last(text)[0] == OFFICIAL


# --- OM-71 ----------------------------------------------------------------------------------------------------------

RECORDED_SAID = "Jones says she secretly recorded the meeting with the chief of staff in the Situation Room."


def test_the_key_does_not_say_a_hedged_excerpt_states_it_as_a_fact() -> None:
    hedge = "Jones apparently secretly recorded the meeting with the chief of staff in the Situation Room."
    plain = "Jones secretly recorded the meeting with the chief of staff in the Situation Room."
    assert hedged(hedge, Lenses()) and not hedged(plain, Lenses())
    said = _excerpt("A", RECORDED_SAID)
    event = HandoutEvent(1, EventTitle("The recording"), "2 sources", (said, _excerpt("B", hedge)))
    assert questions._attribution(events=[event], number=2, lenses=Lenses()) is None
    event = HandoutEvent(1, EventTitle("The recording"), "2 sources", (said, _excerpt("B", plain)))
    asked = questions._attribution(events=[event], number=2, lenses=Lenses())
    assert asked is not None and "Source B states it as a fact" in asked[0].text


def test_a_hedge_inside_what_someone_is_quoted_saying_is_not_the_outlets() -> None:
    assert not hedged("“The plan may fail,” the mayor said.", Lenses())


def test_the_key_reads_the_reports_own_hedge_words() -> None:
    """A hedge the report adds to the certainty lexicon (``[lenses.certainty] hedge = [...]``) is read by the key as
    the report's certainty lens counts it: the key read the packaged list only (review leftover, issue 13)."""
    plain = "Jones reputedly recorded the meeting with the chief of staff in the Situation Room."
    assert not hedged(plain, Lenses())
    extended = Lenses(certainty={"hedge": ["reputedly"]})
    assert hedged(plain, extended)
    said = _excerpt("A", RECORDED_SAID)
    event = HandoutEvent(1, EventTitle("The recording"), "2 sources", (said, _excerpt("B", plain)))
    assert questions._attribution(events=[event], number=2, lenses=Lenses()) is not None
    assert questions._attribution(events=[event], number=2, lenses=extended) is None
