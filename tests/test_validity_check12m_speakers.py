"""The validity suite, continued: speaker typing check12m found wrong (Fox, the New York Times and HuffPost on
Newsweek's Michele Bachmann cover, 2011, and on Mike Huckabee's 2016 bid), each with near misses that keep their
reading. Sentences are written here in the shape of the ones misread, not copied.

- HB-25: a religious title ("the Baptist minister who became governor") typed its holder as a government official.
- BN-27: the title "President" after a non-governmental organisation's name with "for" in it ("The National
  Organization for Women President Jane Roe") typed her as an official.
- HB-26: the title of the person a sentence's speaker takes a swipe at ("took a swipe at President Obama") was taken
  as the speaker's.
- BN-28, BN-29: the head of a named media watchdog ("head of the Media Research Center") was typed an expert by the
  word "Research" in its name; such groups, and the National Organization for Women, are advocacy groups.
"""

from __future__ import annotations

import pytest

from tests.test_speaker_unnamed_one import _last

CIVIL = "speaker.civil"
OFFICIAL = "speaker.official"
UNSPECIFIED = "speaker.unspecified"


@pytest.mark.parametrize(
    "text",
    [
        "John Roe, the Baptist minister who became Arkansas governor, announced Tuesday he will run.",
        "Roe, an ordained Southern Baptist minister, said he would run.",
        "Roe, a Methodist minister, said the church would stay open.",
    ],
)
def test_a_minister_of_religion_is_no_official(text: str) -> None:
    kind, _, cues = _last(text)
    assert kind != OFFICIAL
    assert (OFFICIAL, "minister") not in cues


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister said the talks would resume.",
        "Roe, the prime minister, said the talks would resume.",
        "Roe, the finance minister, said the talks would resume.",
    ],
)
def test_a_minister_of_government_stays_official(text: str) -> None:
    assert _last(text)[0] == OFFICIAL


@pytest.mark.parametrize(
    "text",
    [
        "The National Organization for Women President Jane Roe said that the cover is \"sexist\".",
        "\"It's sexist,\" said Jane Roe, the president of the National Organization for Women, to a news site.",
        "John Doe, head of the Media Research Center and ForAmerica, said he is not surprised by the cover.",
    ],
)
def test_heads_of_named_advocacy_groups_speak_for_civil_society(text: str) -> None:
    kind, _, cues = _last(text)
    assert kind == CIVIL
    assert not any(c in (OFFICIAL, "speaker.expert") for c, _ in cues)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Chinese President Xi Jinping said the talks would resume.", OFFICIAL),
        ("The president of the United States said the talks would resume.", OFFICIAL),
        ("John Doe, president of the Pew Research Center, said the survey was sound.", "speaker.expert"),
    ],
)
def test_other_presidents_keep_their_kind(text: str, kind: str) -> None:
    assert _last(text)[0] == kind


def test_the_title_of_the_person_criticised_is_not_the_speakers() -> None:
    kind, _, cues = _last(
        "He also took a swipe at President Obama for declining to name the group as terrorists and vowed to stop them."
    )
    assert kind != OFFICIAL
    assert (OFFICIAL, "President") not in cues


def test_a_president_who_takes_a_swipe_is_still_an_official() -> None:
    kind, _, _ = _last("President Obama took a swipe at the senator for blocking the bill and vowed to veto it.")
    assert kind == OFFICIAL
