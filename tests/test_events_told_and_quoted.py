"""Sources that report a statement in their own words and quote it in the next sentences tell one fact: the report
and the quotation are one event, not two (check ZAA2 DP: Reuters' "Trump said on Sunday that people who enter the
United States illegally should be sent back immediately …" and Townhall's "… called for illegal immigrants who
“invade” the U.S. to be sent “back from where they came” …" were one event, the tweet they then quote another, and
CNN's quoted sentence stood for Left in both). New texts of the same structure."""

from __future__ import annotations

import polars as pl

ORIGINS = {"wire": "center", "daily": "right", "paper": "left"}
QUOTE_1 = "We will not let these trucks destroy our Roads."
QUOTE_2 = "When a truck is overloaded, we must fine the owner at once, with no Hearings or Appeals, and take the truck off the road."
TEXTS = {
    "wire": "Governor Alma Ruiz said on Monday that owners of overloaded trucks should be fined at once with no "
    "hearings or appeals, comparing the trucks to wrecking balls on the state's highways. "
    f"In a series of posts on Monday, Ruiz said: “{QUOTE_1} {QUOTE_2}” The weather turned cold in the north.",
    "daily": "Governor Ruiz on Monday called for truck owners who “destroy” the roads to be fined “at once, with no Hearings "
    f"or Appeals” for overloaded trucks. “{QUOTE_1} {QUOTE_2} Our roads are a disgrace to good Order,” she posted. "
    "The school board meets on Thursday.",
    "paper": f"\"{QUOTE_1.removesuffix('.')},\" Ruiz wrote in a post that lashed out at haulers on Monday. \"{QUOTE_2}\" "
    "A new library opened downtown. Rain is expected this weekend.",
}


def events_of(texts: dict[str, str]) -> list[set[tuple[str, int]]]:
    from contrast.claims import find_events
    from contrast.segment import segment

    found = find_events(segment(texts, ORIGINS), origins=["left", "center", "right"])
    claims = found.claims.filter(pl.col("event").is_not_null())
    grouped: dict[int, set[tuple[str, int]]] = {}
    for event, source, index in claims.select("event", "source_id", "sentence_index").iter_rows():
        grouped.setdefault(event, set()).add((source, index))
    return list(grouped.values())


def test_a_statement_told_in_words_and_then_quoted_is_one_event() -> None:
    found = events_of(TEXTS)
    told = {("wire", 0), ("daily", 0)}
    quoted = next(e for e in found if ("paper", 1) in e)
    assert told <= quoted, found


def test_a_quoted_sentence_is_not_in_two_events() -> None:
    from contrast.claims import find_events
    from contrast.claims.echoes import event_members
    from contrast.segment import segment

    claims = find_events(segment(TEXTS, ORIGINS), origins=["left", "center", "right"]).claims
    members = event_members(claims)
    per_sentence = members.group_by("source_id", "sentence_index").agg(pl.col("event").n_unique().alias("n"))
    assert per_sentence.filter(pl.col("n") > 1).height == 0, per_sentence.filter(pl.col("n") > 1)
