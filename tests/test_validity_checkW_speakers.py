"""Check W on the attribution lens (transgender ban tweets 2017, the coronavirus package 2020). Sentences are written
here in the shape of the ones misread, not copied; near misses keep their reading.

* TG-25: a subject word in a council's proper name ("Research" in "the Family Research Council") typed the council's
  president an expert; a council no government's is an association or an advocacy group: civil society.
* CV-24: "weekly" qualifying a noun ("new weekly unemployment claims") typed the government as the media.
"""

from __future__ import annotations

import pytest

from tests.test_speaker_unnamed_one import _last

CIVIL = "speaker.civil"
EXPERT = "speaker.expert"
MEDIA = "speaker.media"
OFFICIAL = "speaker.official"


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe, president of the conservative Family Research Council, said she welcomed the order.",
        "John Doe, a spokesman for the Family Research Council, said the ruling was wrong.",
        "Mary Major, president of the Parents Television Council, said the show was vulgar.",
        "John Doe, president of the Natural Resources Defense Council, said the rule would help.",
    ],
)
def test_the_head_of_a_council_of_no_government_speaks_for_civil_society(text: str) -> None:
    kind, _, cues = _last(text)
    assert kind == CIVIL
    assert not any(c in (EXPERT, MEDIA, OFFICIAL) for c, _ in cues)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Jane Roe, a researcher at the Brookings Institution, said the plan would fail.", EXPERT),
        ("According to the Pew Research Center, most adults support the plan.", EXPERT),
        ("John Doe, president of the Pew Research Center, said the survey was sound.", EXPERT),
        ("John Doe, president of the Council on Foreign Relations, said the talks would fail.", EXPERT),
        ("A spokesman for the National Security Council said the plan would fail.", OFFICIAL),
        ("John Doe, head of the Medical Research Council, said the trial was sound.", OFFICIAL),
    ],
)
def test_research_bodies_and_government_councils_keep_their_kind(text: str, kind: str) -> None:
    assert _last(text)[0] == kind


@pytest.mark.parametrize(
    "text",
    [
        "The government reported 3.3 million new weekly unemployment claims, four times the previous record.",
        "The Labor Department said 2 million weekly jobless claims were filed on Thursday.",
        "Officials said the weekly briefings would resume on Monday.",
    ],
)
def test_weekly_qualifying_a_noun_is_no_periodical(text: str) -> None:
    kind, _, cues = _last(text)
    assert kind != MEDIA
    assert (MEDIA, "weekly") not in cues


@pytest.mark.parametrize(
    "text",
    [
        "The German weekly Die Zeit reported that the talks failed.",
        "The weekly said the talks had failed.",
        "According to a local weekly, the talks failed.",
    ],
)
def test_a_weekly_that_reports_is_still_the_media(text: str) -> None:
    assert _last(text)[0] == MEDIA
