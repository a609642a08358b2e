"""A phrase most sources of a story write in their own words (the story's common vocabulary) does not alone link two
claims about different facts (check AB ME-37: Reuters' "his probe into Russian interference in the 2016 election was
never going to end with criminal charges …" and CBN's "Mueller made it clear he hopes this all points to Russian
interference in the 2016 election", 0.93; CR-50: two sentences sharing "the US attorney in/for the Southern District of
New York" and "prosecutors"). It still confirms a link that something else starts, and a phrase the sources quote is
what someone said: one fact. New texts of the same structure."""

from __future__ import annotations

import polars as pl

ORIGINS = {"wire": "center", "daily": "right", "radio": "left"}
FILLER = {
    "wire": "Shipping on the river resumed on Tuesday. The county budget grew by four percent. ",
    "daily": "Rain is expected in the valley this weekend. The school board meets on Thursday. ",
    "radio": "Local farmers sold more apples this autumn. A new library opened downtown. ",
}


def events_of(texts: dict[str, str]) -> list[set[str]]:
    """The events (two sources or more) of the texts, each as the set of its member sentences."""
    from contrast.claims import find_events
    from contrast.segment import segment

    found = find_events(segment(texts, ORIGINS), origins=["left", "center", "right"])
    claims = found.claims.filter(pl.col("event").is_not_null())
    grouped: dict[int, set[str]] = {}
    for event, text in claims.select("event", "text").iter_rows():
        grouped.setdefault(event, set()).add(text)
    return [members for members in grouped.values() if len(members) >= 2]


WIRE = "Governor Hale said on Monday her inquiry into the collapse of the Kelby dam was never going to end with charges against the mayor."
DAILY = "In her statement, Hale made it clear she hopes this all points to the collapse of the Kelby dam."
RADIO = "The engineer who led the inquiry into the collapse of the Kelby dam in the spring took no questions."


def test_two_facts_sharing_only_the_storys_phrase_are_not_one_event() -> None:
    texts = {s: FILLER[s] + t for s, t in (("wire", WIRE), ("daily", DAILY), ("radio", RADIO))}
    for members in events_of(texts):
        assert not {WIRE, DAILY} <= members, members
        assert not {DAILY, RADIO} <= members, members


def test_a_detail_shared_beside_the_phrase_still_links() -> None:
    # near miss: the two also share what was found (cracks in the spillway), outside the story's phrase
    wire = "Hale said the inquiry into the collapse of the Kelby dam found cracks in the spillway months before."
    daily = "Inspectors had found cracks in the spillway months before the collapse of the Kelby dam, Hale said."
    texts = {"wire": FILLER["wire"] + wire, "daily": FILLER["daily"] + daily, "radio": FILLER["radio"] + RADIO}
    assert any({wire, daily} <= members for members in events_of(texts))


def test_a_phrase_the_sources_quote_is_no_common_vocabulary() -> None:
    # the sources quote the governor's words: a quotation is what someone said, not the story's own phrase
    quoted = [
        "Hale asked the engineers “to act consistent with the safety rules of the county” on Monday.",
        "The governor wants the dam reviewed “consistent with the safety rules of the county,” her office said.",
        "Officials said the review would be “consistent with the safety rules of the county.”",
    ]
    from contrast.claims.phrases import common_phrases

    assert common_phrases(quoted, ["wire", "daily", "radio"]) == [frozenset()] * 3
    own = [q.replace("“", "").replace("”", "") for q in quoted]
    assert all({"safeti", "rule", "counti"} <= found for found in common_phrases(own, ["wire", "daily", "radio"]))


def test_a_phrase_needs_most_sources_and_more_claims_than_a_pair() -> None:
    from contrast.claims.phrases import common_phrases

    texts = [WIRE, DAILY, "The mayor spoke on Friday."]
    # in two claims only: any pair's shared words, not the story's vocabulary
    assert common_phrases(texts, ["wire", "daily", "radio"]) == [frozenset()] * 3
    # in three claims of one source of three: that source's words, not most sources'
    assert common_phrases([WIRE, DAILY, RADIO], ["wire", "wire", "wire"]) == [frozenset()] * 3
