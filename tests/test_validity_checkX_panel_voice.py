"""Check X (groups MU, HC): who an event panel, the handout and its key say attributes the claim, and who states it.

MU-1: "Mr. Barr, in his letter, detailed the magnitude of Mr. Mueller's investigation: 19 lawyers, 40 FBI agents, …"
(the Washington Times) names its source, yet was said to state the figures in its own voice. HC-1: Vox's "Since his
weekend tweets, Trump has not backed down on his comments about … Ocasio-Cortez, Ilhan Omar, Ayanna Pressley, and
Rashida Tlaib, saying they “hate” the United States." was said to attribute the claim, though the four names it
shares with CBN are Vox's own telling. HC-2: CBN's "… Republicans formally objected after Speaker Nancy Pelosi … said
during a floor speech that Trump's tweets were “racist.”" was said to attribute the objection it tells itself.

Each rule is tested on new sentences of the same structure, and on the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.voice import OWN, REPORTED, sentence_voices
from contrast.report.briefing.events import nothing_noticed, voice_note
from contrast.report.event_titles import EventTitle
from contrast.report.handout import questions
from contrast.report.handout.model import HandoutEvent
from contrast.report.said import attributes_fact, main_clause_end, states_fact
from tests.test_excerpt_speakers import _column
from tests.test_voice_clauses import _excerpt


def _voice(text: str) -> str:
    return sentence_voices([text])[0].kind


# MU-1: a named person, or a named person's document, detailing something gives that source's account.
DETAILED = "Ms. Rivera, in her report, detailed the cost of the repairs: 14 bridges, 9 schools and 300 miles of road."
DETAILED_PLAIN = "The repairs covered 14 bridges, 9 schools and 300 miles of road."


@pytest.mark.parametrize(
    "sentence",
    [
        DETAILED,
        "Senator Alan Cho laid out the plan's price: $40 billion over ten years.",
        "Mayor Lee's memo listed the failures: 12 missed inspections and 3 unreported leaks.",
        "On Tuesday, Gov. Maria Ortiz outlined the budget's cuts to 40 clinics and 12 libraries.",
    ],
)
def test_a_named_source_detailing_something_is_reported(sentence: str) -> None:
    assert _voice(sentence) == REPORTED


@pytest.mark.parametrize(
    "sentence",
    [
        "The audit listed the failures: 12 missed inspections and 3 unreported leaks.",  # names no one, as "A study found"
        "Barr's detailed letter runs four pages.",  # an adjective
        "Apple listed its shares on the Nasdaq in 1980.",  # a listing
        "Smith listed his house for sale in May.",
        "The repairs were detailed in a 40-page plan.",
    ],
)
def test_detailing_without_a_named_source_or_in_another_sense_stays_the_outlets(sentence: str) -> None:
    assert _voice(sentence) == OWN


def test_the_panel_and_the_key_say_a_detailing_source_attributes_the_fact() -> None:
    assert voice_note([_column("Right", DETAILED, True), _column("Center", DETAILED_PLAIN, False)]) == (
        "Right attributes the claim to a speaker or source; Center states it in its own voice."
    )
    event = HandoutEvent(1, EventTitle("The repairs"), "2 sources", (_excerpt("A", DETAILED_PLAIN), _excerpt("C", DETAILED)))
    asked = questions._attribution(events=[event], number=2, lenses=Lenses())
    assert asked is not None
    assert "Source C tells you who the claim comes from. Source A states it as a fact" in asked[0].text
    assert asked[1].behind[0].endswith("Source C. Stated in the outlet's own voice: Source A.")


# HC-1: a plural noun of speech after a preposition and a possessive is no verb of a speaker.
@pytest.mark.parametrize(
    "sentence",
    [
        "Since her Friday tweets, the mayor has doubled down on the plan.",
        "After Smith's angry posts, the board met in private.",
        "Despite his many tweets, the senator voted for the bill.",
    ],
)
def test_a_possessed_plural_after_a_preposition_is_a_noun(sentence: str) -> None:
    voice = sentence_voices([sentence])[0]
    assert voice.kind == OWN and all(kind == OWN for *_, kind in voice.clauses)


def test_a_speaker_who_tweets_is_still_reported() -> None:
    assert _voice("The board met after her aide tweets that the plan is dead.") == REPORTED


# HC-1: a trailing participle of saying attributes only its own clause.
TRAILING = (
    "Since her Monday posts, Mayor Ruth Alvarez has not retreated from her criticism of council members Dana Pike, "
    "Omar Reyes, and Lena Cho, saying they ‘betrayed’ the city."
)
TRAILING_OTHER = "Alvarez's attacks were aimed at three council members: Dana Pike of Ward 2, Omar Reyes of Ward 4 and Lena Cho."
VETO = "The governor vetoed the school funding bill on Friday, saying it spends too much on administrators."
VETO_PLAIN = "Governor Hale vetoed the school funding bill on Friday."
VETO_REASON = "The school funding bill spends too much on administrators, Governor Hale said."


@pytest.mark.parametrize(("text", "other", "report"), [(TRAILING, TRAILING_OTHER, ", saying"), (VETO, VETO_PLAIN, ", saying")])
def test_the_fact_told_before_a_trailing_saying_is_the_outlets_telling(text: str, other: str, report: str) -> None:
    """Read as the outlet's own sentence with a reported clause (the council members) or as reported speech (the
    veto): either way the shared words stand before the report, in the outlet's own main clause."""
    attributed = _voice(text) != OWN
    assert main_clause_end(text) == text.index(report)
    assert states_fact(text, [other], attributed=attributed)
    assert not attributes_fact(text, [other])
    columns = [_column("Left", text, attributed), _column("Right", other, False)]
    assert voice_note(columns) == ""
    assert nothing_noticed(columns).startswith("Nothing to point out between origins: both origins state it in their own voice")


def test_a_trailing_saying_that_holds_the_fact_and_the_main_clause_too_is_neither() -> None:
    """The veto is the outlet's, the reason the governor's: the sentence tells the fact partly itself."""
    assert not attributes_fact(VETO, [VETO_REASON])
    assert not states_fact(VETO, [VETO_REASON], attributed=True)
    columns = [_column("Left", VETO, True), _column("Right", VETO_REASON, True)]
    assert voice_note(columns) == ""


# HC-2: a subordinate "after X said …" attributes only its own clause.
WALKOUT = "Democrats walked out of the chamber after Senator John Smith said during the debate that the bill was “a disgrace.”"
WALKOUT_OTHER = "Smith calling the bill a disgrace during the debate was met with a walkout by Democrats from the chamber."
DISGRACE = "Democrats walked out after Senator John Smith said the bill was “a disgrace to the state.”"
DISGRACE_PLAIN = "The bill is a disgrace to the state, according to Senator John Smith."


def test_an_outlets_own_main_clause_before_a_subordinate_report_keeps_the_fact_its_own() -> None:
    assert main_clause_end(WALKOUT) == WALKOUT.index("after")
    assert not attributes_fact(WALKOUT, [WALKOUT_OTHER])
    columns = [_column("Right", WALKOUT, True), _column("Left", WALKOUT_OTHER, False)]
    assert voice_note(columns) == ""
    assert "Right quotes or reports someone only within its own telling of the fact" in nothing_noticed(columns)
    event = HandoutEvent(1, EventTitle("The walkout"), "2 sources", (_excerpt("A", WALKOUT_OTHER), _excerpt("C", WALKOUT)))
    assert questions._attribution(events=[event], number=2, lenses=Lenses()) is None


def test_a_subordinate_report_that_holds_all_the_fact_attributes_it() -> None:
    assert attributes_fact(DISGRACE, [DISGRACE_PLAIN.replace(", according to Senator John Smith", "")])


def test_a_report_from_the_main_clause_is_unchanged() -> None:
    text = "Senator John Smith said the bill was “a disgrace to the state” after Democrats walked out."
    assert main_clause_end(text) is None
    assert attributes_fact(text, ["The bill is a disgrace to the state."])


def test_the_keys_note_on_attribution_says_what_the_clause_and_detailing_rules_do() -> None:
    note = dict(questions.CAVEATS)["Who is speaking (attribution)"]
    assert "“detail”" in note and "“…, saying …”" in note and "after the mayor said" in note
