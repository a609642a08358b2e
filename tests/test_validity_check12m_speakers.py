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


# BN-26, HB-21 and check12-reL BK-27: voice and reporting verbs

from contrast.metrics.voice import OWN, REPORTED, sentence_voices  # noqa: E402


def _voice(text: str) -> str:
    return sentence_voices([text])[0].kind


@pytest.mark.parametrize(
    "text",
    [
        "See the cover below, and tell us whether you think it crosses a line.",
        "Tell us what you think in the comments.",
        "In June, the magazine portrayed John Roe as one of the stars of the Broadway show \"The Musical.\"",
        "The cover depicts the senator as a cartoon villain.",
    ],
)
def test_an_invitation_to_readers_or_a_depiction_reports_no_one(text: str) -> None:
    assert _voice(text) == OWN


@pytest.mark.parametrize(
    "text",
    [
        "Officials tell us the talks will resume on Monday.",
        "The senator portrayed the deal as a betrayal of workers.",
    ],
)
def test_a_told_reader_or_a_speakers_portrayal_is_still_reported(text: str) -> None:
    assert _voice(text) == REPORTED


def test_calling_a_named_government_a_label_reports_the_subjects_words() -> None:
    voice = sentence_voices(["But he now opposes Mr. Roe's warming of relations with Havana, calling Cuba's government tyrannical."])[0]
    assert voice.kind == REPORTED
    assert voice.attribution is not None


def test_calling_someone_on_the_phone_stays_own() -> None:
    assert _voice("He spent the morning calling Roe's office about the permit.") == OWN


def test_an_accusation_in_a_relative_clause_is_counted() -> None:
    text = ("Roe then turned on a former ally (the senator) for admiring another Republican, Teddy Roosevelt -- the latter "
            "of whom Roe accused of launching the modern progressive movement.")
    assert "verb.alarm" in [c for c, _ in _last(text)[2]]


def test_a_charge_on_a_noun_is_still_not_counted() -> None:
    assert "verb.alarm" not in [c for c, _ in _last("The plan, criticized for its cost, passed the House on Monday.")[2]]


def test_a_thing_called_by_a_quoted_name_has_no_speaker() -> None:
    # BN-27: the subject's title typed a sentence whose only "report" names the magazine's story
    text = ("Rep. Jane Roe has declined to get into the scrum with the magazine over its cover story of the presidential "
            "candidate called \"The Queen of Rage,\" accompanied by an unflattering photo of the Ohio Republican, but others "
            "are calling the magazine out of bounds in its depiction.")
    kind, _, cues = _last(text)
    assert kind != OFFICIAL
    assert (OFFICIAL, "Rep") not in cues


def test_a_speaker_who_called_something_by_a_quoted_word_is_still_reported() -> None:
    assert _voice("The senator called \"a disgrace\" the plan to close the base.") == REPORTED
    assert _voice("Critics of the plan called \"reckless\" the decision to close the base.") == REPORTED


def test_a_later_mention_of_a_groups_head_keeps_the_groups_kind() -> None:
    # BN-28: "Bozell told FoxNews.com" after "Brent Bozell, head of the Media Research Center and ForAmerica, said …"
    text = ("John Doe, head of the Media Research Center and ForAmerica, said he is not surprised by the cover. "
            "\"It is sheer dishonesty,\" Doe told the paper.")
    assert _last(text)[0] == CIVIL


def test_the_head_of_a_government_department_is_an_official() -> None:
    text = "John Doe, head of the Justice Department, spoke first. \"It is a bad bill,\" Doe told the paper."
    assert _last(text)[0] == OFFICIAL
