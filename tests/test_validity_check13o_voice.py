"""check13o (Rick Perry's "Strong" ad, 2011) on the voice every lens reads. PA-41, PA-45 left a half: in "… President
Obama directing the Justice Department to stop arguing for the Defense of Marriage Act …" (Fox) "arguing" is what the
department was directed to stop doing, not a report of what anyone says. The attribution lens read it so (session 13,
its own guard), while ``contrast.metrics.voice`` still read the sentence as reported speech, so tone, loaded words and
certainty set Fox's own sentence apart as someone else's. One reading now, in the voice module. Near misses keep their
report. Sentences are written here in the shape of the ones misread, not copied."""

from __future__ import annotations

import pytest

from contrast.metrics.voice import OWN, REPORTED, sentence_voices

DIRECTED = [
    "The arguments range from President Obama directing the Justice Department to stop arguing for the Defense of "
    "Marriage Act to his refusal to allow prayer in schools.",
    "The governor ordered the attorney general to stop defending the law in court.",
    "The department stopped arguing for the law last year.",
]


@pytest.mark.parametrize("text", DIRECTED)
def test_an_action_someone_is_directed_to_stop_is_the_outlets_own_voice(text: str) -> None:
    assert sentence_voices([text])[0].kind == OWN


@pytest.mark.parametrize(
    "text",
    [
        "The Justice Department argued for the Defense of Marriage Act in court.",
        "The department stopped arguing for the law, the spokesman said.",
        "The governor ordered the attorney general to stop defending the law, aides said.",
    ],
)
def test_near_misses_still_report(text: str) -> None:
    assert sentence_voices([text])[0].kind == REPORTED
