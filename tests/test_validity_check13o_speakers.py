"""check13o (Rick Perry's "Strong" ad, 2011) on the attribution lens. PA-41, PA-45: in "… President Obama directing
the Justice Department to stop arguing for the Defense of Marriage Act …" (Fox) the department was typed the
sentence's official speaker and "arguing" counted as Fox's distancing verb of report; it is what the department was
directed to stop doing, and the sentence reports nobody. Near misses keep their reading. Sentences are written here in
the shape of the ones misread, not copied."""

from __future__ import annotations

import pytest

from tests.test_speaker_unnamed_one import _last

OFFICIAL = "speaker.official"


@pytest.mark.parametrize(
    "text",
    [
        "The arguments range from President Obama directing the Justice Department to stop arguing for the Defense of "
        "Marriage Act to his refusal to allow prayer in schools.",
        "The governor ordered the attorney general to stop defending the law in court.",
    ],
)
def test_an_action_someone_is_directed_to_stop_reports_nobody(text: str) -> None:
    kind, _, cues = _last(text)
    assert kind is None
    assert not any(category.startswith("verb.") for category, _ in cues)
    assert (OFFICIAL, "Justice Department") not in cues


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The Justice Department argued for the Defense of Marriage Act in court.", "argued"),
        ("The department stopped arguing for the law, the spokesman said.", "said"),
    ],
)
def test_near_misses_still_report(text: str, verb: str) -> None:
    kind, _, cues = _last(text)
    assert kind == OFFICIAL
    assert any(cue == verb for category, cue in cues if category.startswith("verb."))


# --- PA-43: "the group's executive director" is no business speaker -------------------------------------------------

BUSINESS = "speaker.business"


@pytest.mark.parametrize(
    "text",
    [
        "The ad was denounced by the Log Cabin Republicans, a gay men and lesbian group, which said it was offensive. "
        "R. Clarke Roe, the group's executive director, said the ad was wrong.",
        "R. Clarke Roe, executive director of the Log Cabin Republicans, said the ad was wrong.",
        "The ad was denounced by the group. R. Clarke Roe, the group's executive director, said the ad was wrong. "
        "He added, \"It is sad.\"",
    ],
)
def test_an_executive_director_of_an_organisation_the_lens_cannot_type_is_no_business(text: str) -> None:
    kind, also, cues = _last(text)
    assert kind != BUSINESS and BUSINESS not in also
    assert (BUSINESS, "executive") not in cues


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Jane Roe, executive director of the Sierra Club, said the ad was wrong.", "speaker.civil"),
        ("Jane Roe, the company's executive director, said sales rose.", BUSINESS),
        ("John Doe, an Apple executive, said sales rose.", BUSINESS),
        ("Jane Roe, the company's executive, said sales rose.", BUSINESS),
    ],
)
def test_an_executive_director_takes_its_organisations_kind_and_an_executive_stays_business(text: str, kind: str) -> None:
    assert _last(text)[0] == kind
