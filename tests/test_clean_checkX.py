"""Validity rows from check X (group X-HC): an explainer's headline left in the text, "<subject>, explained", is the
outlet's link to another of its pieces, no statement (Vox's "Nancy Pelosi's fight to call Trump's tweets racist and the
mayhem on the House floor, explained" was counted as attributed with the reporting verb "explained")."""

from __future__ import annotations

import pytest

from tests.test_clean_check15 import PROSE, PROSE_2, cleaned_between


@pytest.mark.parametrize(
    "line",
    [
        "The senator's plan to rewrite the farm subsidy rules, explained",
        "Carbon border taxes, briefly explained",
        "Why the Fed keeps raising rates, explained.",
        "The 1996 welfare law, the deal that reshaped the safety net, explained",
    ],
)
def test_an_explainers_headline_goes(line: str) -> None:
    paragraphs, removed = cleaned_between(line)
    assert paragraphs == [PROSE, PROSE_2]
    assert ("related", line) in removed


@pytest.mark.parametrize(
    "line",
    [
        "The farm rules would change next spring, the senator explained.",
        "That is why the plan failed, as the minister later explained.",
        "Nobody has explained where the money went.",
    ],
)
def test_prose_that_says_who_explained_stays(line: str) -> None:
    paragraphs, _ = cleaned_between(line)
    assert line in paragraphs
