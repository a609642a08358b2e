"""One sentence, two events (``contrast.claims.echoes``): a claim that quotes the words of an event it was not
grouped into reports that event too, and every count of who reports the event includes its source."""

from __future__ import annotations

import polars as pl

from contrast.claims import find_events
from contrast.claims.echoes import echoes, event_members, quotations
from contrast.segment import segment

FOX = ("“Who is making the choices, because I can already tell you that too many mistakes are being made. Let everybody "
       "participate, good & bad, and we will all just have to figure it out!” he said at the end of a lengthy post on Twitter. "
       "“If you are weeding out Fake News, there is nothing so Fake as CNN & MSNBC, & yet I do not ask that their sick "
       "behavior be removed,” he tweeted.")  # fmt: skip
HUFFPOST = ("So, he added: “Let everybody participate, good & bad, and we will all just have to figure it out!” "
            "The president spent the weekend at his golf club in New Jersey.")  # fmt: skip
NYT = ("In his tweets on Saturday, Mr. Trump urged social media companies to “let everybody participate, good & bad,” saying "
       "that while networks like CNN and MSNBC might be “fake news,” he does not “ask that their sick behavior be removed.” "
       "The company did not respond to a request for comment on Saturday evening.")  # fmt: skip


def test_quotations_are_read_with_quote_marks_case_and_ampersands_folded() -> None:
    assert quotations("he urged them to “let everybody participate, good & bad,” saying “no”") == [
        ["let", "everybody", "participate", "good", "and", "bad"], ["no"]]  # fmt: skip
    assert quotations("Let everybody participate!” he said.") == [["let", "everybody", "participate"]]
    assert quotations("He said: “It is over") == [["it", "is", "over"]]


def test_a_claim_quoting_an_event_it_is_not_grouped_in_reports_that_event_too() -> None:
    """Social media, checked false: "Let everybody participate, good & bad …" printed as "2 of 3 sources" — the New
    York Times quotes the same words, in a sentence grouped with the next tweet ("sick behavior")."""
    origins = {"fox": "right", "huffpost": "left", "nyt": "centre"}
    sentences = segment({"fox": FOX, "huffpost": HUFFPOST, "nyt": NYT}, origins).with_columns(pl.lit(0.0).alias("compound"))
    analysis = find_events(sentences, origins=["centre", "left", "right"])
    reporting = event_members(analysis.claims)
    participate = [e for e, t in reporting.select("event", "text").iter_rows() if t.startswith("So, he added")]
    assert participate, "Fox and HuffPost quote one tweet: one event"
    sources = set(reporting.filter(pl.col("event") == participate[0]).get_column("source_id").to_list())
    assert sources == {"fox", "huffpost", "nyt"}
    row = analysis.events.filter(pl.col("event") == participate[0]).row(0, named=True)
    assert row["n_sources"] == 3 and row["n_origins"] == 3
    assert analysis.claims.filter(pl.col("text").str.starts_with("In his tweets")).get_column("state").to_list() == ["shared"]


def test_a_quotation_that_is_not_what_its_event_is_about_is_no_echo() -> None:
    """ZTE: a sentence with Trump's "get back into business, fast" sits in the event of Ross's "alternative remedies";
    a third source quoting Trump's words does not thereby report Ross's remedies."""
    texts = ["After Mr. Trump said he wants to help ZTE “get back into business, fast,” Ross said he would explore “alternative remedies.”",
             "Ross said the department would look at alternative remedies for the company.",
             "Trump pledged to help ZTE Corp “get back into business, fast” after the ban."]  # fmt: skip
    assert echoes(texts, ["a", "b", "c"], [7, 7, None]) == [[], [], []]
    texts[1] = "Trump tweeted he would help ZTE get back into business, fast, the paper said."
    assert echoes(texts, ["a", "b", "c"], [7, 7, None]) == [[], [], [7]]
    assert echoes(texts, ["a", "b", "a"], [7, 7, None]) == [[], [], []]  # its source is in the event already
