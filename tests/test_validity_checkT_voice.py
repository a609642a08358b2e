"""check-T on voice and speakers (small-business relief blocked; the Scalise shooting). Each finding is a rule;
sentences are written here in the shape of the ones misread, not copied. Near misses keep their reading.

* SB-45: a lawmaker's party and state in parentheses after "said Sen. <name>" are part of who speaks.
* SB-47: after a lone dash that ends the outlet's own clause, a new clause has its own subject ("…urgent—experts have
  estimated …": the experts).
* SB-48: an appositive naming a thing with its makers ("…, a proposal Democratic leaders outlined Wednesday.") names
  no source, so no vague sourcing.
* SC-56: an unnamed group inside what a named speaker says ("Rep. X said that several lawmakers have received calls
  saying …") is no vague sourcing of the outlet's.
* SC-57: "was admitted to <a hospital>" concedes nothing.
* SC-63: "<official> identified <names>, <appositive>, as the other victims" reports, however long the list.
* SC-69: "It's not clear if …" is the outlet's own doubt, with a report inside what it doubts.
"""

from __future__ import annotations

import pytest

from contrast.metrics.voice import OWN, REPORTED, sentence_voices
from tests.test_speaker_unnamed_one import _last
from tests.test_validity_check11j_voice import ANONYMOUS, EXPERT, OFFICIAL
from tests.test_validity_check12m_speakers import _voice as _kind

# --- SB-45, SB-47 ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # SB-45: the party and state after the name are part of who speaks
        ("“The bill will fail,” said Sen. Maria Lopez (D-NM) in a floor speech.", OFFICIAL),
        ("“Nobody wants this,” said Rep. Tom Hale (R-Texas).", OFFICIAL),
        # near misses of SB-47: a pair of dashes sets off an aside; a conjunction after a dash goes on with the subject
        ("Senator Ann Cole—a longtime critic of the plan—said it would fail.", OFFICIAL),
        (
            "The governor of Ohio would not say whether she had read the audit of the state pension fund — but said the "
            "numbers looked fine.",
            OFFICIAL,
        ),
        # SB-47: after a lone dash ending the outlet's clause, a new clause with its own subject
        ("This dry spell makes new wells urgent—experts have estimated that farms may need up to $2 billion.", EXPERT),
    ],
)
def test_the_speaker_is_read_past_a_party_tag_and_across_a_lone_dash(text: str, kind: str) -> None:
    assert _last(text)[0] == kind


def test_the_clause_after_a_lone_dash_has_its_own_speaker() -> None:
    kind, also, _ = _last(
        "This dry spell makes new wells increasingly urgent—experts have estimated that farms may need up to $2 billion to keep going."
    )
    assert kind == EXPERT
    assert ANONYMOUS in also


# --- SB-48, SC-56 ---------------------------------------------------------------------------------------------------


def test_the_makers_of_a_thing_in_a_closing_appositive_are_no_vague_source() -> None:
    _, also, cues = _last(
        'She warned voters not to "let the city go broke just because you want a new stadium" — cuts to the transit '
        "budget and higher fees for parking, a plan Republican leaders outlined Tuesday."
    )
    assert ANONYMOUS not in also
    assert (ANONYMOUS, "leaders") not in cues


def test_a_group_inside_what_a_named_speaker_says_is_no_vague_source() -> None:
    kind, also, cues = _last(
        "The Tribune reported that Rep. Ana Ruiz (D-Texas) said Friday that several Republican lawmakers have received "
        "angry letters saying, “You will lose.”"
    )
    assert kind == "speaker.media"
    assert ANONYMOUS not in also
    assert (ANONYMOUS, "lawmakers") not in cues


def test_an_unnamed_group_that_speaks_to_the_outlet_is_still_vague() -> None:
    _, also, _ = _last("The plan is doomed, analysts say.")
    assert ANONYMOUS in also


# --- SC-57 ----------------------------------------------------------------------------------------------------------


def test_admitted_to_a_hospital_concedes_nothing() -> None:
    text = "Lopez, the county's longest-serving judge, was admitted to Mercy General Hospital on Monday."
    assert _kind(text) == OWN
    assert _kind("The boy was later admitted into St. Luke's Hospital with burns.") == OWN


def test_admitting_to_a_deed_still_concedes() -> None:
    kind, _, cues = _last("The senator admitted to lying about the loan.")
    assert kind == OFFICIAL
    assert ("verb.concede", "admitted") in cues


# --- SC-63 ----------------------------------------------------------------------------------------------------------


def test_naming_a_long_list_as_the_victims_reports_it() -> None:
    text = (
        "Governor Tom Hale (D-OR) identified Officer Lee Park and Officer Dana Cho, both of the state police, as the "
        "other victims of the crash."
    )
    assert _kind(text) == REPORTED
    kind, _, _ = _last(text)
    assert kind == OFFICIAL


def test_a_long_list_named_as_something_other_than_people_in_the_news_stays_own() -> None:
    text = "The team identified many of the smaller and older bridges built across the valley before 1950 as weak points."
    assert _kind(text) == OWN


# --- SC-69 ----------------------------------------------------------------------------------------------------------


def test_the_outlets_own_doubt_with_a_report_inside_it_is_its_own_voice() -> None:
    text = (
        "(It's not clear whether the witness is right that the car he saw was the one used; the plate he recalled "
        "according to a Channel 4 reporter doesn't match the one police found.)"
    )
    assert _kind(text) == OWN
    assert sentence_voices([text])[0].clauses  # the report is still a reported clause of it


def test_a_doubt_the_sentence_attributes_stays_reported() -> None:
    assert _kind("It is unclear whether the car was the one used, according to police.") == REPORTED
    assert _kind("It is unclear whether the car was the one used, police said.") == REPORTED


# --- "hit back at critics" (issue 13, check-T) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The governor hit back at critics on Tuesday.",
        "Senator Ruiz fired back at her detractors on Twitter.",
        "The mayor shot back at the council's critics of the budget.",
        "The agency pushed back at claims that it had lost the files.",
        "Obama hits back at accusations of weakness.",
    ],
)
def test_a_retort_aimed_at_critics_or_their_claims_reports_speech(text: str) -> None:
    assert _kind(text) == REPORTED


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers fired back at the gunmen.",
        "Police shot back at the suspect from behind a car.",
        "The hearing was pushed back at the request of the defence.",
        "Israel hit back at Hamas positions overnight.",
    ],
)
def test_gunfire_or_a_delay_aimed_at_anyone_else_stays_the_outlets(text: str) -> None:
    assert _kind(text) == OWN


def test_the_retort_has_its_speaker() -> None:
    assert _last("Gov. Ann Cole signed the bill on Monday. Cole hit back at critics of the plan on Tuesday.")[0] == OFFICIAL


# --- SC-55: a company named with its legal form, and its spokesman later (issue 13) -----------------------------------

BUSINESS = "speaker.business"


@pytest.mark.parametrize(
    "text",
    [
        "Boulder-based Acme Widgets Inc. said Tuesday it would close two plants.",
        "Meanwhile, Northwind Foods LLC says none of its drivers were hurt.",
    ],
)
def test_a_company_named_with_its_legal_form_speaks_for_business(text: str) -> None:
    assert _last(text)[0] == BUSINESS


def test_the_companys_spokesman_later_is_business_and_so_is_his_he() -> None:
    first = "Boulder-based Acme Widgets Inc. said Tuesday it would close two plants."
    second = "Acme spokeswoman Jane Roe identified the two plants as those in Provo and Ogden."
    assert _last(f"{first} {second}")[0] == BUSINESS
    assert _last(f"{first} {second} She says the closures will affect 300 workers.")[0] == BUSINESS


def test_a_spokesman_of_an_organisation_never_named_a_company_keeps_the_titles_kind() -> None:
    text = "The Pentagon said Tuesday it would close two bases. Army spokeswoman Jane Roe said both would close in May."
    assert _last(text)[0] == OFFICIAL


@pytest.mark.parametrize(
    "text",
    [
        "Navy spokesman John Roe said the carrier would sail on Friday.",
        "A Treasury spokeswoman said the sanctions would take effect at midnight.",
        "Coast Guard spokesman Petty Officer John Roe said two people were rescued.",
        "Foreign Ministry spokesman Lu Kang said China would respond.",
    ],
)
def test_a_spokesman_of_an_arm_of_government_is_an_official(text: str) -> None:
    # an armed service or a ministry is a state body, though it is named before the title (merging fixT with fixUa's
    # rule that a spokesman of an organisation no kind types is unclassified, these became unclassified)
    assert _last(text)[0] == OFFICIAL


# --- SC-62: a report whose verb was dropped; SC-57 again: a patient admitted on a day (issue 13) ------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a source's role, a name and a day closing the sentence: only a dropped "said" puts them there
        ("The fire started in the kitchen and spread to the roof, Fire Chief Tom Hale Monday.", REPORTED),
        ("The plant will close in May, company spokeswoman Jane Roe Tuesday.", REPORTED),
        ("Two suspects were arrested near the border, FBI special agent Ana Ruiz Friday morning.", REPORTED),
        # near misses: a list or a phrase after the comma, a lawmaker the sentence is about, the verb written
        ("Four people were hurt, including police chief Tom Hale Monday.", OWN),
        ("A gunman shot the majority whip, Rep. Steve Scalise Wednesday.", OWN),
        ("The team beat its rival, coach Tom Hale's old club, on Monday.", OWN),
    ],
)
def test_a_source_and_a_day_closing_a_sentence_with_no_verb_report_it(text: str, kind: str) -> None:
    assert _kind(text) == kind


def test_the_dropped_verbs_speaker_is_the_source_named() -> None:
    assert _last("The fire spread to the roof, city spokesman Tom Hale Monday.")[0] == OFFICIAL


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The patient was admitted on Monday.", OWN),
        ("Ms. Ortiz was admitted Thursday in serious condition.", OWN),
        ("He was admitted to lying about the loan.", REPORTED),
        ("It was admitted that the files were lost.", REPORTED),
        ("The habit has never been openly admitted by those in charge.", REPORTED),
    ],
)
def test_a_passive_admitted_concedes_only_what_follows_as_conceded(text: str, kind: str) -> None:
    assert _kind(text) == kind
