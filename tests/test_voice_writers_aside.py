"""An impersonal "it should be noted" or "it is worth noting" is the writer's own aside, no report (check X HC-5: Vox's
"the founding father and third president (and, it should be noted, a slaveholder) drafted …" counted as an attributed
statement with the reporting verb "noted"). "It was noted that …" and a named speaker's "noted" still report."""

from __future__ import annotations

import pytest

from contrast.metrics.voice import OWN, reporting_spans, sentence_voices


def _reports(sentence: str) -> bool:
    voice = sentence_voices([sentence])[0]
    return voice.kind != OWN and bool(reporting_spans(sentence, voice))


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor (who, it should be said, never held a job outside politics) signed the bill on Friday.",
        "It is worth noting that the bridge was finished two years late.",
        "The dam, it must be stressed, was built before the town existed.",
        "It's worth mentioning that the company paid no tax that year.",
        "It bears repeating that the vote was not close.",
        "The pipeline, it should also be pointed out, crosses three rivers.",
    ],
)
def test_the_writers_aside_is_no_report(sentence: str) -> None:
    assert not _reports(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator noted that the bridge was finished two years late.",
        "It was noted by the auditors that the company paid no tax that year.",
        "Officials stressed that the dam was safe.",
    ],
)
def test_a_speakers_note_still_reports(sentence: str) -> None:
    assert _reports(sentence)
