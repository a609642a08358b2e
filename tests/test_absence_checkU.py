"""Check U, the reader's confusing #4: events.json gave as Vox's "closest sentence" to CBN's claim on Chelsea Handler a
line of a tweet Vox embedded, which cleaning removed ("Clearly this is important to the 37,690 people who also donated to
date."), and the briefing counted that claim among those "a sentence in another origin" might report. A claim's close
rows and its evidence are sentences of the cleaned text; an event's omission still reads the set-aside text (a source
does not leave out what its page shows: ``test_absence.test_an_event_reported_only_in_a_box_cleaning_set_aside_is_not_left_out``).
"""

from __future__ import annotations

import polars as pl

from contrast.claims import find_events
from contrast.claims.absence import set_aside_sentences
from contrast.segment import segment

TEXTS = {
    "gazette": (
        "The hospital board met on Tuesday to approve a new wing for children with cancer. "
        "Comedian and outspoken activist Dana Whitfield is calling on her fans to donate to the hospital fund."
    ),
    "ledger": (
        "The hospital board voted on Tuesday to build a new wing for children with cancer, its chair said. "
        "Construction is expected to begin next spring and to take two years."
    ),
}
ORIGINS = {"gazette": "right", "ledger": "left"}
POST = ("media", "I gave $20 to the hospital fund for the kids. Clearly this matters to the 4,210 fans who also donated "
        "to the hospital fund to date. — Sam Ortiz (@samortiz) May 3, 2019")


def test_a_claims_evidence_is_never_a_sentence_cleaning_removed() -> None:
    sentences = segment(TEXTS, ORIGINS).with_columns(pl.lit(0.0).alias("compound"))
    found = find_events(sentences, origins=["left", "right"], set_aside=set_aside_sentences({"ledger": [POST]}, ORIGINS))
    claim = found.claims.filter(pl.col("text").str.contains("Whitfield"))["claim_id"].item()
    cited = found.evidence.filter(pl.col("claim_id") == claim)["candidate"].drop_nulls().to_list()
    assert all(candidate < found.claims.height for candidate in cited)  # claims first, the set-aside rows after them
