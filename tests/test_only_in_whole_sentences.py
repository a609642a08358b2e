"""An "Only in" quotation is a whole sentence: a paragraph of a quotation that breaks off ("… of the United States of
America…") and goes on, with its speaker, in the next one asserts nothing a reader can check when printed alone
(check12-reM BN-10: the only US-right quotation in the Bachmann briefing). It is still counted, never quoted."""

from __future__ import annotations

import polars as pl
import pytest

from contrast.claims import find_events
from contrast.report.briefing.events import only_in, unfinished
from contrast.report.refs import OriginRef
from contrast.segment import segment

FRAGMENT = (
    "Basically what the Toronto Star -- and this is important, the Toronto Star, not a blog -- what they are saying "
    "of a woman who is a serious contender for president of the United States of America…"
)
BANK = "The Bank of Nova Scotia cut its growth forecast on Tuesday, citing weaker exports and slower construction."
OTHER = "Farmers in Iowa planted more corn this spring than in any year since records began. The harvest is expected in October."


@pytest.mark.parametrize(("text", "broken"), [
    (FRAGMENT, True),
    ("He said the vote was coming...”", True),
    ("The plan, he said, would -- ", True),
    ("They wanted more — ", True),
    (BANK, False),
    ("Exports rose 10-15 percent in the U.S.", False),
    ("“Who asked?” “Nobody.”", False),
])
def test_a_sentence_that_breaks_off_with_an_ellipsis_or_a_dash_is_unfinished(text: str, broken: bool) -> None:
    assert unfinished(text) is broken


def test_only_in_counts_a_broken_off_quotation_but_quotes_whole_sentences() -> None:
    texts = {"right": f"{FRAGMENT}\n\nThey are casting her as a nut job,\" O'Neill said.\n\n{BANK}", "left": OTHER}
    origins = {"right": "r", "left": "l"}
    sentences = segment(texts, origins).with_columns(pl.lit(0.0).alias("compound"))
    events = find_events(sentences, origins=["l", "r"])
    unique = events.claims.filter(pl.col("state") == "unique").get_column("text").to_list()
    assert FRAGMENT in unique and BANK in unique  # both alone in their origin, the fragment ranked first
    refs = {o: OriginRef(o, o, "#000000", "o", "solid", i) for i, o in enumerate(["r", "l"])}
    (right,) = [item for item in only_in(events, refs, {"right": "S1", "left": "S2"}) if item.origin.id == "r"]
    assert right.only == 2
    assert [q.text for q in right.quotes] == [BANK]
