""""X is said to …" names no one who says it: the subject is what the report is about, and the report's source is
unnamed, vague sourcing (check AH IQ-40: Newsmax's "The Pentagon is also said to be developing plans to withdraw up to
half of the 14,000 American troops" was typed an official's statement, from "Pentagon"). New sentences of that shape;
a named speaker, and a passive with its agent, keep their kinds."""

from __future__ import annotations

import pytest

from tests.test_speaker_vague_groups import _kinds


@pytest.mark.parametrize(
    "text",
    [
        "The State Department is said to be drafting new rules for visas from the region.",
        "The governor is also said to be weighing a run for the Senate next year.",
        "The agency was reported to have cut 300 jobs at its Ohio offices.",
        "Several senators are widely said to oppose the bill in its current form.",
    ],
)
def test_a_subject_said_to_do_something_is_no_speaker_but_vague_sourcing(text: str) -> None:
    assert _kinds(text) == ("speaker.anonymous", ())


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The State Department said it was drafting new rules for visas from the region.", "speaker.official"),
        ("The plan was criticized by the State Department as too costly for the region.", "speaker.official"),
    ],
)
def test_a_named_speaker_keeps_its_kind(text: str, kind: str) -> None:
    assert _kinds(text)[0] == kind


def test_a_modal_way_of_putting_it_is_no_unnamed_report() -> None:
    assert _kinds("The senator could be said to have won the debate on points, if not on substance.")[0] != "speaker.anonymous"
