"""The validity suite, continued: speaker and reporting-verb misreadings check11k found (Fox, the New York Times and
HuffPost on the 2017 congressional baseball shooting and on Vicente Fox's words about Donald Trump, 2016), each with
near misses that must keep their reading. Sentences are written here in the shape of the ones misread, not copied.

- CS-26: "a spokeswoman for George Washington University Hospital confirmed" made an expert of the spokeswoman, from
  the "University" in her employer's name.
- CS-29: "until the minority leader acknowledged them" (the chants) counted as a conceding reporting verb: she greeted
  them, conceding and reporting nothing.
"""

from __future__ import annotations

import pytest

from contrast.metrics.attribution import UNSPECIFIED
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
