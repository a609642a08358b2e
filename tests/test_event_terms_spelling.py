"""An event's key terms and its links' shared terms are shown as the linked sentences write them, once.

check8 RM-14: the stem of "reports" was shown as "reporters" — the spelling the corpus uses most, found in
neither linked sentence — and "I’ve" and "i've" were listed as two shared terms.
"""

from __future__ import annotations

import polars as pl

from contrast.claims import find_events
from contrast.report.briefing.events import _why
from contrast.segment import segment

TEXTS = {
    "a": "Mitt Romney saw the budgets from ABC News. The budgeting office in Boston said on Tuesday it had hired 40 new "
         "staff members. Budgeting experts at Harvard University warned the state of a $3 billion gap in 2013.",
    "b": "Romney saw the budgets from ABC News. Budgeting rules adopted by Congress in 2011 cut spending by $900 "
         "billion. Budgeting officials in Maine said 12 schools would close.",
}


def test_a_key_term_is_spelled_as_the_event_s_sentences_write_it() -> None:
    sentences = segment(TEXTS, {"a": "o1", "b": "o2"}).with_columns(pl.lit(0.0).alias("compound"))
    found = find_events(sentences, origins=["o1", "o2"])
    (event,) = found.events.filter(pl.col("label").str.contains("ABC News")).iter_rows(named=True)
    members = found.claims.filter(pl.col("event") == event["event"]).get_column("text").to_list()
    assert "budgets" in event["terms"]  # the corpus writes "budgeting" more often, never in these two sentences
    for term in event["terms"]:
        assert any(term.lower() in text.lower() for text in members), term


def test_shared_terms_are_listed_once_whatever_their_case_and_apostrophe() -> None:
    links = pl.DataFrame({"a": [0, 1], "b": [2, 3], "score": [0.9, 0.9],
                          "shared": [["I’ve", "ability"], ["i've", "asked"]]})
    why = _why(links, pl.DataFrame({"claim_id": [0, 1, 2, 3]}), 0.9)
    assert why.endswith("shared terms: I’ve, ability, asked.")


def test_a_name_shared_in_part_is_shown_as_the_part_every_sentence_writes() -> None:
    """check12m BN-5: "Republican" (NYT) was taken as the name "Minnesota Republican" (Fox) and the longer form
    was printed as a key term and a shared term of both sentences, though the NYT never writes "Minnesota"."""
    texts = {
        "fox": "Rep. Michele Bachmann has declined to get into the scrum with Newsweek over its cover story of the "
               "presidential candidate called \"The Queen of Rage,\" accompanied by an unflattering photo of the "
               "Minnesota Republican, but others are calling the magazine out of bounds in its depiction.",
        "nyt": "Splashed across the cover of this week's Newsweek magazine is a picture of the Republican presidential "
               "candidate and Tea Party favorite Representative Michele Bachmann.",
    }
    sentences = segment(texts, {"fox": "o1", "nyt": "o2"}).with_columns(pl.lit(0.0).alias("compound"))
    found = find_events(sentences, origins=["o1", "o2"])
    (event,) = found.events.iter_rows(named=True)
    members = found.claims.filter(pl.col("event") == event["event"]).get_column("text").to_list()
    (shared,) = found.links.get_column("shared").to_list()
    assert "Bachmann" in " ".join(event["terms"])  # the link and its terms are there
    for term in [*event["terms"], *shared]:
        assert all(term.lower() in text.lower() for text in members), term
