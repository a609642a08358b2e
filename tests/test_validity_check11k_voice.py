"""The validity suite, continued: speaker and reporting-verb misreadings check11k found (Fox, the New York Times and
HuffPost on the 2017 congressional baseball shooting and on Vicente Fox's words about Donald Trump, 2016), each with
near misses that must keep their reading. Sentences are written here in the shape of the ones misread, not copied.

- CS-26: "a spokeswoman for George Washington University Hospital confirmed" made an expert of the spokeswoman, from
  the "University" in her employer's name.
- CS-29: "until the minority leader acknowledged them" (the chants) counted as a conceding reporting verb: she greeted
  them, conceding and reporting nothing.
- VF-24: "vowed in February that …" (a month between the verb and its clause), "urged Americans not to vote" and a
  verb in a second joined clause ("suggested that … and in explicit terms he urged …") were missed as reporting verbs.
"""

from __future__ import annotations

import pytest

from contrast.metrics.attribution import UNSPECIFIED
from contrast.metrics.voice import OWN, REPORTED, sentence_voices
from tests.test_speaker_unnamed_one import _last

EXPERT = "speaker.expert"
BUSINESS = "speaker.business"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # CS-26: the role noun types the speaker, not a word in the name of whom she speaks for
        ("His condition was upgraded on Thursday, a spokeswoman for George Washington University Hospital confirmed.",
         UNSPECIFIED),
        ("A spokesman for Lakeside University Medical Center said the patient was stable.", UNSPECIFIED),
        # near misses: a spokesman for a company is business; a professor at a university is an expert
        ("A spokesman for Topsun, a furniture manufacturer, said sales fell last year.", BUSINESS),
        ("A professor at Georgetown University said the patient was lucky to survive.", EXPERT),
    ],
)
def test_a_spokespersons_kind_is_not_read_from_the_name_of_their_employer(text: str, kind: str) -> None:
    assert _last(text)[0] == kind


def _verbs(text: str) -> list[str]:
    return [category for category, _ in _last(text)[2] if category.startswith("verb.")]


@pytest.mark.parametrize(
    "text",
    [
        "Chants of “We love you, Jane!” rang out briefly, until the minority leader acknowledged them.",
        "“Thank you,” the senator said, and she acknowledged the cheering crowd with a wave.",
    ],
)
def test_acknowledging_people_or_their_cheers_concedes_nothing(text: str) -> None:
    assert "verb.concede" not in _verbs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Norton acknowledged the unwillingness of some members to add security.",
        "Brat acknowledged that he may need to change his public events.",
        "The senator acknowledged them as allies, saying “they have been with us.”",
    ],
)
def test_acknowledging_what_is_so_still_concedes(text: str) -> None:
    assert "verb.concede" in _verbs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Roe vowed in February that it would never happen.",
        "Mr. Roe vowed in February 2016 that the wall would never be built.",
        "In plain terms he urged Americans not to vote for him.",
        "He suggested that the candidate was coming only to lift his poll numbers and in explicit terms he urged "
        "Americans not to vote for him.",
    ],
)
def test_a_calling_or_pledging_verb_after_a_month_or_in_a_joined_clause_is_counted(text: str) -> None:
    assert "verb.call" in _verbs(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Mr. Roe vowed in February that it would never happen.", REPORTED),
        # near misses: a month after a verb that reports nothing, "urged" with a noun object
        ("The figures he reported in 2015 were wrong.", OWN),
        ("He urged caution.", OWN),
    ],
)
def test_whose_voice_a_sentence_with_a_month_speaks_in(text: str, kind: str) -> None:
    assert sentence_voices([text])[0].kind == kind


def test_a_verb_of_what_was_said_without_a_new_subject_is_still_not_the_speakers() -> None:
    assert _verbs("A charter school said Roe threatened to strip it of its funding.") == ["verb.neutral"]
