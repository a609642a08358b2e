"""The outlet's own voice, check AG (EC-8), from new sentences of the same structure.

"according to" before a rule or a plan ("conduct the election according to certain procedures") is a manner, no
source: the sentence stays the writer's own. "according to" before someone who speaks still reports.
"""

from __future__ import annotations

import pytest

from contrast.metrics.voice import sentence_voices


@pytest.mark.parametrize(
    "text",
    [
        "Before the vote, we all agreed to run the count according to certain procedures.",
        "The ballots were counted according to the rules.",
        "The tallies were checked according to the state plan.",
        "The trains ran according to the schedule all week.",
    ],
)
def test_according_to_a_rule_is_no_source(text: str) -> None:
    assert sentence_voices([text])[0].kind == "own"


@pytest.mark.parametrize(
    "text", ["The deal will collapse, according to the mayor.", "Turnout fell, according to the state election board."]
)
def test_according_to_a_speaker_still_reports(text: str) -> None:
    assert sentence_voices([text])[0].kind != "own"


def test_a_speaker_named_after_a_rule_word_still_reports() -> None:
    assert sentence_voices(["Turnout fell, according to the rules committee chairman."])[0].kind != "own"
