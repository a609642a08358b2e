"""check AK on cleaning (MX-33): Bloomberg's promo line "Read why <headline>: QuickTake Q&A" was kept and scored as one of
Bloomberg's own sentences (its "tax" an Economic cue). A line that tells the reader to read another story ("Read why …",
"Read how …", "Read our …"), or a headline labelled ": QuickTake Q&A", is a link, not reporting. Texts are new ones of
the same shape, with near misses that stay."""

from __future__ import annotations

import pytest

from contrast.clean import clean_text

BEFORE = "The central bank raised its benchmark rate by half a point on Tuesday, its third increase since the spring."
AFTER = "Traders said the move had been expected and the currency barely moved in the hour after the announcement."


def around(line: str) -> str:
    return f"{BEFORE}\n\n{line}\n\n{AFTER}"


@pytest.mark.parametrize(
    "line",
    [
        "Read why the euro's slide worries central bankers: QuickTake Q&A",
        "Read how a border tax would work in practice",
        "Read our full coverage of the trade talks",
        "Why Investors Fear a Currency War: QuickTake Q&A",
    ],
)
def test_read_promo_lines_go(line: str) -> None:
    result = clean_text(around(line))
    assert result.text == f"{BEFORE}\n\n{AFTER}"
    assert ("related", line) in result.removed_lines


@pytest.mark.parametrize(
    "line",
    [
        # a sentence about reading, not a call to the reader
        "Reading why the plan failed requires a look at the budget figures from the last three years, officials said.",
        "Readers of the report will find that the tax would fall hardest on importers of cars and machinery.",
        # the explainer series named inside a sentence
        "The bank's QuickTake Q&A series explained the border tax in a short video that ran on Tuesday evening.",
    ],
)
def test_sentences_about_reading_stay(line: str) -> None:
    assert line in clean_text(around(line)).text
