"""check15 on the attribution lens (Bannon's House Intelligence testimony, the transgender ban of 2017, the May 2012
jobs report). Each finding is a rule about how speakers are typed or which sentences report; sentences are written here
in the shape of the ones misread, not copied. Near misses keep their reading.

* BN-27: "press" the verb ("to press Smith to answer") is no press; the outlet someone told ("Sources told Fox News
  Jones did not …") is not the title of the name after it; a role held once ("the former Breitbart chairman") types no
  speaker by it.
* BN-29: an author of a book ("author Mary Smith", "author of a new book") is no expert; a study's authors are.
* TG-24: "<organisation> President <Name>" is the organisation's president, a head of state only after a country or
  a nationality; an organisation named for rights ("Human Rights Campaign") is an advocacy group; a legal director
  speaks for the organisation named with the title; "when Trump tweeted." reports nothing said.
* JR-12: "X attributed Y to Z" reports X's explanation.
* JR-27: a plural role named only by a place or market ("Wall Street economists") is unnamed, vague as well as typed.
* JR-28: "blamed X on Y" is a verb of blame that reports.
"""

from __future__ import annotations

import pytest

from contrast.metrics.voice import OWN, sentence_voices
from tests.test_speaker_unnamed_one import _last

ANONYMOUS = "speaker.anonymous"
CIVIL = "speaker.civil"
EXPERT = "speaker.expert"
MEDIA = "speaker.media"
OFFICIAL = "speaker.official"
UNSPECIFIED = "speaker.unspecified"


# --- BN-27 ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The chairman issued a subpoena during the hearing to press Smith to answer the questions.",
        "The senators will press Smith for answers about the deal, an aide said.",
        "Lawmakers, who came to press Smith on the deal, said the answers were poor.",
    ],
)
def test_press_the_verb_is_no_press(text: str) -> None:
    kind, _, cues = _last(text)
    assert kind != MEDIA
    assert not any(category == MEDIA for category, _ in cues)


@pytest.mark.parametrize(
    "text",
    ["The foreign press reported that the deal was dead.", "According to the local press, the deal was dead."],
)
def test_the_press_the_noun_is_still_the_media(text: str) -> None:
    assert _last(text)[0] == MEDIA


def test_the_outlet_someone_told_is_not_the_title_of_the_name_after_it() -> None:
    kind, _, _ = _last("Sources told Fox News Jones did not invoke any privilege. Jones said the meeting was treasonous.")
    assert kind != MEDIA


def test_a_job_at_an_outlet_before_a_name_still_types_the_name() -> None:
    kind, _, _ = _last("He spoke with Fox News host Jane Roe on Monday. Roe said the meeting was treasonous.")
    assert kind == MEDIA


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe, the former Breitbart chairman, said the meeting was wrong.",
        "The former Daily Caller columnist John Roe said the meeting was wrong.",
        "John Roe, a former chief strategist, said the meeting was wrong.",
    ],
)
def test_a_role_held_once_types_no_speaker(text: str) -> None:
    kind, _, cues = _last(text)
    assert kind == UNSPECIFIED
    assert not any(category in (MEDIA, EXPERT) for category, _ in cues)


def test_a_role_held_now_still_types() -> None:
    assert _last("Jane Roe, the Breitbart chairman, said the meeting was wrong.")[0] == MEDIA


# --- BN-29 ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mary Smith, author of a new book on the campaign, said the meeting was wrong.",
        "He spoke to author Mary Smith for her book. Smith writes that the meeting was wrong.",
        "The best-selling author said the meeting was wrong.",
        "The book's author said the meeting was wrong.",
    ],
)
def test_an_author_of_a_book_is_no_expert(text: str) -> None:
    kind, _, cues = _last(text)
    assert kind != EXPERT
    assert not any(category == EXPERT for category, _ in cues)


@pytest.mark.parametrize(
    "text",
    [
        "The study's authors said the rate would rise next year.",
        "According to the authors, cultural diplomacy is rooted in state-led activities.",
        "The authors of the study said the rate would rise next year.",
    ],
)
def test_the_authors_of_a_work_of_research_are_experts(text: str) -> None:
    assert _last(text)[0] == EXPERT


# --- TG-24 ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "GLAAD President Sarah Roe said the ban was cruel and unfair.",
        "Harvard President Jane Roe said the ban was cruel and unfair.",
    ],
)
def test_the_president_of_an_organisation_the_lens_cannot_type_is_no_official(text: str) -> None:
    kind, _, cues = _last(text)
    assert kind == UNSPECIFIED
    assert not any(category == OFFICIAL for category, _ in cues)


@pytest.mark.parametrize(
    "text",
    [
        "Human Rights Campaign President Chad Roe said the ban was cruel and unfair.",
        "Jane Roe, president of Human Rights Watch, said the ban was cruel and unfair.",
    ],
)
def test_an_organisation_named_for_rights_is_an_advocacy_group(text: str) -> None:
    assert _last(text)[0] == CIVIL


@pytest.mark.parametrize(
    "text",
    [
        "Chinese President Xi Jinping said the ban was cruel and unfair.",
        "U.S. President Donald Trump said the ban was necessary and fair.",
        "Senate President Jane Roe said the ban was necessary and fair.",
    ],
)
def test_a_president_after_a_country_or_a_state_body_is_an_official(text: str) -> None:
    assert _last(text)[0] == OFFICIAL


def test_a_legal_director_speaks_for_the_group_named_with_the_title() -> None:
    text = "“There is no reason for the ban,” said Jon Roe, legal director for LGBT rights group Lambda Legal."
    assert _last(text)[0] == CIVIL


def test_a_legal_director_of_no_organisation_named_is_unclassified() -> None:
    assert _last("“There is no reason for the ban,” said Jon Roe, the legal director.")[0] == UNSPECIFIED


@pytest.mark.parametrize(
    "text",
    [
        "The general was on vacation when the president tweeted.",
        "When the senator tweeted on Tuesday, the crowd cheered loudly for a minute.",
        "The markets fell sharply after the minister announced.",
    ],
)
def test_a_clause_of_time_with_nothing_said_reports_nobody(text: str) -> None:
    assert sentence_voices([text])[0].kind == OWN
    assert _last(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "The general was on vacation when the president tweeted that the ban would start.",
        "Support surged after the chief executive said in an interview that the firm backs the family.",
        "The ban is cruel and unfair, the group announced Tuesday.",
    ],
)
def test_a_report_with_what_was_said_still_reports(text: str) -> None:
    assert sentence_voices([text])[0].kind != OWN


# --- JR-12, JR-28 ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Mr. Roe attributed the slowdown to “headwinds” hitting the economy from the crisis abroad.", "attributed"),
        ("The company attributes its losses to the warm weather this spring.", "attributes"),
        ("The governor blamed the weak numbers on the spike in gasoline prices this spring.", "blamed"),
        ("Ms. Roe blames the losses on the strong dollar and the weak euro.", "blames"),
    ],
)
def test_an_explanation_or_a_blame_laid_on_a_cause_reports_its_speaker(text: str, verb: str) -> None:
    assert sentence_voices([text])[0].kind != OWN
    _, _, cues = _last(text)
    assert any(cue == verb for category, cue in cues if category.startswith("verb."))


@pytest.mark.parametrize(
    "text",
    [
        "He ran afoul of the White House over quotes attributed to him in a book.",
        "The losses can be attributed to the warm weather this spring.",
        "The outage was blamed on a storm that hit the city overnight.",
    ],
)
def test_a_passive_attribution_or_blame_reports_nobody(text: str) -> None:
    assert sentence_voices([text])[0].kind == OWN


# --- JR-27 ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Stocks fell sharply, as Wall Street economists had predicted the gains would be larger.",
        "German analysts said the gains would be larger than in May.",
        "Economists said the gains would be larger than in May.",
    ],
)
def test_a_plural_role_named_only_by_a_place_is_vague_as_well(text: str) -> None:
    kind, also, _ = _last(text)
    assert (kind, also) == (EXPERT, (ANONYMOUS,))


def test_a_plural_role_named_by_its_employer_is_not_vague() -> None:
    assert _last("Goldman Sachs analysts said the gains would be larger than in May.")[1:2] == ((),)


def test_a_post_someone_left_is_not_the_title_of_the_name_after_it() -> None:
    text = "When he left the White House, Jones said he would work to help the president from outside."
    kind, _, cues = _last(text)
    assert kind == UNSPECIFIED
    assert (OFFICIAL, "White House") not in cues


# --- review debt: one list of speech nouns (voice.SPEECH_NOUNS) ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        ("Dunford then made the assurance that the military would treat everyone with respect.", True),
        ("The senator gave a warning that the deal would collapse within a week.", True),
        ("Obama gave a speech that lasted an hour and a half in the rain.", False),
    ],
)
def test_a_light_verb_reports_only_with_a_noun_of_what_was_said(text: str, reports: bool) -> None:
    assert (sentence_voices([text])[0].kind != OWN) is reports


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Roe's statement on Tuesday criticizing the plan drew wide attention.",
        "The senator's warning on Tuesday criticizing the plan drew wide attention.",
    ],
)
def test_any_noun_of_speech_owned_with_a_participle_reports_its_owner(text: str) -> None:
    from contrast.metrics.voice import owned_speech

    assert owned_speech(text)


# --- review debt: one rule of a judgment in the passive (voice.passive_judgments) -------------------------------------


def test_a_passive_judgment_with_its_agent_one_of_several_reports_in_both_lenses() -> None:
    text = "The remarks were widely condemned, including by Senator Jane Roe, as beneath the office."
    assert sentence_voices([text])[0].kind != OWN
    kind, _, cues = _last(text)
    assert kind == OFFICIAL
    assert ("verb.alarm", "condemned") in cues


@pytest.mark.parametrize(
    "text",
    ["The plan was slammed by the storm on Friday night.", "The plan, praised by many, passed the House on Friday."],
)
def test_no_passive_judgment_without_a_finite_verb_of_judging_aloud(text: str) -> None:
    assert sentence_voices([text])[0].kind == OWN
