"""Whose voice, check AJ (YA-16), from new sentences of the same structure.

"Former Acting Attorney General Sally Yates testified Monday before a Senate subcommittee about her efforts to warn
…" (CBN) names its speaker and reports what she told the senators, as Politico's "Yates … detailing how she had
informed …" does; the panel said CBN stated the claim in its own voice. "Testified" reports where it introduces
content: a clause ("testified that …"), a quotation, the end of an inverted report ("…, the agent testified."), or
what the testimony was about ("testified … about / regarding / on whether …"), a named speaker at the head. A title
may carry its rank ("Former acting Attorney General", "Former FBI Director"). Testifying with no content, and a
thing that "testifies to" something, report no one.
"""

from __future__ import annotations

import pytest

from contrast.metrics.voice import sentence_voices
from contrast.report.said import ATTRIBUTES, STATES, fact_voices


@pytest.mark.parametrize(
    "text",
    [
        "Former Deputy Secretary of State Ann Marlow testified Tuesday before a House committee about her attempts to "
        "alert the embassy to the threats made against its staff.",
        "Former acting Attorney General Tom Reyes testified on Thursday before a Senate panel regarding the memo he "
        "sent to the governor's office.",
        "Former FBI Director Paul Jensen testified before the subcommittee on whether the bureau had shared the files.",
        "The county's chief engineer testified that the dam's spillway had not been inspected since 2011.",
        "The pumps had failed twice before the flood, the engineer testified.",
    ],
)
def test_testified_introducing_content_reports_its_speaker(text: str) -> None:
    assert sentence_voices([text])[0].kind != "own"


@pytest.mark.parametrize(
    "text",
    [
        "She refused to testify.",
        "The commissioner is expected to testify before the panel next month.",
        "The burned ledgers testify to the scale of the fraud.",
        "He testified for six hours on Wednesday.",
    ],
)
def test_testifying_without_content_reports_no_one(text: str) -> None:
    assert sentence_voices([text])[0].kind == "own"


def test_an_event_told_through_testimony_is_attributed_not_stated() -> None:
    told = (
        "Former Deputy Secretary of State Ann Marlow testified Tuesday before a House committee about her attempts to "
        "alert the embassy to the threats made against its staff."
    )
    detailed = (
        "Marlow told the committee on Tuesday that she had tried to alert the embassy to the threats made against "
        "its staff."
    )
    said = [sentence_voices([t])[0].kind != "own" for t in (told, detailed)]
    assert said == [True, True]
    assert STATES not in fact_voices([told, detailed], said)
    assert fact_voices([told, detailed], said) == [ATTRIBUTES, ATTRIBUTES]
