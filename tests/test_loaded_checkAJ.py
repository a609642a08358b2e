"""Loaded language, check AJ (YA-24), from new sentences of the same structure.

"blackmail" was counted as NPR's name-calling in "…, making him vulnerable to blackmail by Moscow" and "he could be
vulnerable to blackmail by Russia": the word names a danger the adviser ran, no label for anyone. Name-calling needs a
target it labels. Blackmail, coercion or manipulation as a risk someone is exposed to is set aside; the same words
judging an act or a person still count.
"""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.loaded import loaded_part
from tests.test_voice_checkAH_AI import _source


def _labels(text: str) -> list[str]:
    part = loaded_part(_source(text), Lenses())
    return [r["cue"].lower() for r in part.evidence.iter_rows(named=True) if r["category"] == "label"]


@pytest.mark.parametrize(
    "text",
    [
        "The inquiry found that the aide had hidden his debts, leaving him open to blackmail by a foreign service.",
        "Officials feared the minister could be blackmailed by the cartel over the loans.",
        "The report warns of the risk of coercion by lenders who hold the farmers' land titles.",
        "Her lawyers said she was susceptible to manipulation after months in custody.",
    ],
)
def test_blackmail_as_a_risk_someone_runs_is_no_name_calling(text: str) -> None:
    assert _labels(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The tariff threat is blackmail, pure and simple.", "blackmail"),
        ("The landlord blackmailed his tenants into signing the new leases.", "blackmailed"),
        ("The senator ran a manipulative campaign of half-truths.", "manipulative"),
    ],
)
def test_blackmail_judging_an_act_or_a_person_still_counts(text: str, cue: str) -> None:
    assert cue in _labels(text)
