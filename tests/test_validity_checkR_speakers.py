"""checkR on the attribution lens (Stormy Daniels tweets, the EPA carbon rule of 2014). Each finding is a rule about
which words type a speaker; sentences are written here in the shape of the ones misread, not copied. Near misses keep
their reading.

* SD-51: an outlet that is the venue ("on the Fox News program", "on CNN") types no speaker.
* EP-47: "Council" in an organisation's proper name is official only with a government qualifier ("the National
  Security Council", "the City Council", "the Council of Europe") or lowercase ("the council").
* EP-52: "source of <thing>" ("the biggest source of pollution") is no news source.
* SD-55: a cue of ordinary people in an organisation's name ("Citizens for Responsibility …") is no ordinary person.
"""

from __future__ import annotations

import pytest

from tests.test_speaker_unnamed_one import _last

ANONYMOUS = "speaker.anonymous"
MEDIA = "speaker.media"
OFFICIAL = "speaker.official"
ORDINARY = "speaker.ordinary"
BUSINESS = "speaker.business"


def _not_typed(text: str, kind: str) -> bool:
    """Whether the last sentence of ``text`` has a speaker of another kind and shows no cue of ``kind``."""
    found, _, cues = _last(text)
    return found != kind and not any(category == kind for category, _ in cues)


# --- SD-51 ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jones pushed back on that idea on Friday on the CNN program “New Day,” saying the loan was private.",
        "Jones said on Fox News that the loan was private.",
        "Jones, speaking on MSNBC, said the loan was private.",
        "Jones insisted in an interview with NBC News that the loan was private.",
    ],
)
def test_the_outlet_a_speaker_appeared_on_is_no_speaker(text: str) -> None:
    assert _not_typed(text, MEDIA)


@pytest.mark.parametrize(
    "text",
    ["CNN reported on Friday that the loan was private.", "A report on CNN said the loan was private."],
)
def test_an_outlet_that_reports_is_still_the_media(text: str) -> None:
    assert _last(text)[0] == MEDIA


# --- EP-47 ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"It is a start," said Jane Roe of the Environmental Defense Council.',
        "Mark Lee of the Council on Foreign Relations said the plan would fail.",
        '"It is a start," said Jane Roe, an analyst at the Clean Air Council.',
    ],
)
def test_a_council_named_for_no_government_is_no_official(text: str) -> None:
    kind, _, cues = _last(text)
    assert kind != OFFICIAL
    assert (OFFICIAL, "Council") not in cues


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council said the plan would fail.",
        "A spokesman for the National Security Council said the plan would fail.",
        "The City Council said the plan would fail.",
        "The council said the plan would fail.",
        "The Council of Europe said the plan would fail.",
    ],
)
def test_a_government_council_is_still_official(text: str) -> None:
    assert _last(text)[0] == OFFICIAL


# --- EP-52 ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The plan aims to cut the state's largest source of smog blamed for asthma.",
        "Coal is the main source of electricity in the region, the report noted.",
        "Tourism is a source of income for the town, Mayor Ann Roe said.",
    ],
)
def test_a_source_of_a_thing_is_no_news_source(text: str) -> None:
    kind, _, cues = _last(text)
    assert kind != ANONYMOUS
    assert not any(cue.lower() in ("source", "sources", "a source") for _, cue in cues)


@pytest.mark.parametrize(
    "text",
    [
        "A source close to the talks said the plan would fail.",
        "Sources said the plan would fail.",
        "A source familiar with the matter said the plan would fail.",
    ],
)
def test_a_news_source_is_still_anonymous(text: str) -> None:
    assert _last(text)[0] == ANONYMOUS


# --- SD-55 ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"It is a clear breach," said Ann Roe, the chair of Citizens for Clean Government in Ohio.',
        "Citizens United said the ruling was a breach.",
        "A spokesman for the National Farmers Union said the ruling was a breach.",
    ],
)
def test_people_in_an_organisations_name_are_no_ordinary_speakers(text: str) -> None:
    assert _not_typed(text, ORDINARY)


@pytest.mark.parametrize(
    "text",
    [
        "Residents said the ruling was a breach.",
        "Parents of the victims said the ruling was a breach.",
        "Some voters said the ruling was a breach.",
    ],
)
def test_ordinary_people_are_still_ordinary(text: str) -> None:
    assert _last(text)[0] == ORDINARY


# --- EP-50 ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'The steel industry "is already under pressure from cheap imports, which keep coming," Anna says.',
        'The car companies "have been losing money on every sedan they sell," Smith says.',
    ],
)
def test_a_role_before_a_quotation_is_what_is_said_not_the_name_after_it(text: str) -> None:
    assert _not_typed(text, BUSINESS)


@pytest.mark.parametrize(
    "text",
    [
        "The governor took aim at the steel industry on Friday despite claims the tariff will cost jobs.",
        "The mayor backed the companies on Friday amid warnings the plan will cost jobs.",
    ],
)
def test_the_holders_of_claims_after_a_preposition_are_not_the_clauses_roles(text: str) -> None:
    assert _not_typed(text, BUSINESS)


@pytest.mark.parametrize(
    "text",
    [
        "The industry claims the tariff will cost jobs.",
        'The tariff "will cost jobs," an industry executive says.',
        "Industry executive Anna Smith said the tariff will cost jobs.",
    ],
)
def test_the_industry_that_speaks_is_still_business(text: str) -> None:
    assert _last(text)[0] == BUSINESS
