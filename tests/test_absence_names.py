"""What an absence anchor is, for names (contrast.claims.distinctive, contrast.claims.aliases): check9 BV-10..13.

A false "only in" is the worst thing contrast prints. Four came from names another origin writes otherwise: a short
form of a given name ("Dick" for Richard Blumenthal), an acronym ("WWE") for a name written out, a party and a chamber
("Republican Senate") told as "the GOP primary", and a venue ("at the Veterans of Foreign Wars post in West Hartford")
of an event another origin tells in other words. And a figure was printed with the comma after it ("64,")."""

from __future__ import annotations

import polars as pl
import pytest

from contrast.claims import find_events
from contrast.claims.absence import counted_as_figure, near_figures
from contrast.claims.aliases import name_variants, resolve_aliases, same_given_name
from contrast.claims.distinctive import AnchorIndex, absent_anchors, anchor_terms, anchor_words, display_anchor
from contrast.claims.terms import written_quantities
from contrast.segment import segment


def _absent(anchor: str, texts: list[str], origins: list[str], elsewhere: str = "right") -> bool:
    index = AnchorIndex(texts, origins, [frozenset()] * len(texts), anchor_words([anchor]))
    return absent_anchors([anchor], index, [elsewhere]) == [anchor]


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Dick", "Richard", True),
        ("Bob", "Rob", True),  # two short forms of Robert
        ("Ted", "Edward", True),
        ("Ted", "Theodore", True),
        ("richard", "Richard", True),
        # near misses: two given names one short form serves, two names, a short form of another name
        ("Edward", "Theodore", False),
        ("Albert", "Robert", False),
        ("Dick", "Robert", False),
        ("Blumenthal", "Richard", False),
    ],
)
def test_a_short_form_of_a_given_name_is_that_name(one: str, other: str, same: bool) -> None:
    assert same_given_name(one, other) is same


def test_a_person_named_by_a_short_form_of_the_given_name_is_the_same_person() -> None:
    """check9 BV-12: HuffPost's "Dick Blumenthal" is the Richard Blumenthal every origin names."""
    assert name_variants("Dick Blumenthal", "Richard Blumenthal")
    assert not name_variants("Thomas Blumenthal", "Richard Blumenthal")
    resolved = resolve_aliases(["Richard Blumenthal", "Richard Blumenthal", "Dick Blumenthal", "Blumenthal"])
    assert len(set(resolved.values())) == 1  # and the surname alone is theirs: one person ends in it
    two = resolve_aliases(["Richard Blumenthal", "Thomas Blumenthal", "Blumenthal"])
    assert len(set(two.values())) == 3  # two people: the surname alone is neither's


@pytest.mark.parametrize(
    ("anchor", "texts", "absent"),
    [
        # check9 BV-12/13: "-Dick has been a constant champion of veterans" was only in US left on "Dick"
        ("Dick", ["Attorney General Richard Blumenthal spoke on Tuesday."], False),
        ("Dick", ["The court ruled on Tuesday."], False),  # a given name alone tells no one apart
        ("Bill", ["Officials met on Tuesday."], False),
        # near misses: a given name the texts use as a surname, a surname, a person's full name
        ("Thomas", ["The court ruled on Tuesday.", "Justice Clarence Thomas wrote the opinion."], True),
        ("Blumenthal", ["The court ruled on Tuesday."], True),
        ("Dick Blumenthal", ["Attorney General Richard Blumenthal spoke on Tuesday."], False),
        ("Dick Cheney", ["Attorney General Richard Blumenthal spoke on Tuesday."], True),
    ],
)
def test_a_given_name_alone_is_no_anchor_unless_the_texts_use_it_as_a_surname(anchor: str, texts: list[str], absent: bool) -> None:
    origins = ["right", "left"][: len(texts)]
    assert _absent(anchor, texts, origins) is absent


@pytest.mark.parametrize(
    ("anchor", "elsewhere", "absent"),
    [
        # check9 BV-11: HuffPost's "McMahon, the CEO of World Wrestling Entertainment, …"; Fox: "former WWE wrestling
        # executive Linda McMahon"
        ("CEO of World Wrestling Entertainment", "Either Rob Simmons or former WWE wrestling executive Linda McMahon.", False),
        ("Department of Homeland Security", "The DHS said it would act.", False),
        # near misses: the same letters in lower case are a word, not an acronym; other capitals; two letters
        ("World Health Organization", "Officials who said it would act.", True),
        ("World Wrestling Entertainment", "The WTO said it would act.", True),
        ("Federal Reserve", "The FR said it would act.", True),
    ],
)
def test_a_name_is_named_where_its_acronym_is_written(anchor: str, elsewhere: str, absent: bool) -> None:
    assert _absent(anchor, [elsewhere], ["right"]) is absent


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        # check9 BV-11: HuffPost "one of the Republican Senate candidates"; Fox "the winner of the GOP primary"
        ("McMahon is one of the Republican Senate candidates running to face Blumenthal.", "Republican"),
        ("Simmons won the Democratic House primary in May.", "Democratic"),
        # near misses: the party's members in a chamber (check8 LP: a caucus statement Fox never reports), a committee
        ("Members of the Republican Senate caucus met on Monday.", "Republican Senate"),
        ("Members of the Republican National Committee met on Monday.", "Republican National Committee"),
    ],
)
def test_a_party_and_a_chamber_naming_a_race_is_the_party(text: str, anchor: str) -> None:
    names = ["McMahon", "Blumenthal", "Simmons", "Republican Senate", "Democratic House", "Republican National Committee"]
    assert anchor in anchor_terms(text, [n for n in names if n in text], [])


def test_a_race_named_by_party_and_chamber_is_named_where_the_party_is() -> None:
    elsewhere = ["Blumenthal will face the winner of the GOP primary on August 10."]
    assert not _absent("Republican", elsewhere, ["right"])
    assert _absent("Republican Senate", elsewhere, ["right"])


VFW = ("The attorney general is scheduled to appear at a news conference later today with veterans at the Veterans of "
       "Foreign Wars post in West Hartford.")  # fmt: skip
VFW_NAMES = ["Veterans of Foreign Wars", "West Hartford"]
SHELTON = ("At a 2008 ceremony in front of the Veterans War Memorial Building in Shelton, he praised the audience for paying "
           "tribute to troops fighting abroad.")  # fmt: skip


def test_a_venue_is_an_anchor_only_when_nothing_else_comes_near() -> None:
    """check9 BV-10: Fox's news conference "at the Veterans of Foreign Wars post in West Hartford" was only in US right on
    the venue, though HuffPost tells the event ("he planned an event Tuesday with veterans showing their support")."""
    assert anchor_terms(VFW, VFW_NAMES, []) == VFW_NAMES
    assert anchor_terms(VFW, VFW_NAMES, [], places=False) == []
    assert anchor_terms(SHELTON, ["Veterans War Memorial Building", "Shelton"], [], places=False) == []
    # near misses: "in" alone is no venue — where people are, a theory, a region
    for text, name in [
        ("“It is troubling to the folks in the production of agriculture in Middle America,” he said.", "Middle America"),
        ("Grounded in Joseph Nye's theory of soft power, cultural diplomacy has evolved.", "Joseph Nye"),
        ("China's cultural diplomacy in the Asia-Pacific region is deeply embedded in its vision.", "Asia-Pacific"),
    ]:
        assert anchor_terms(text, [name], [], places=False) == [name]


def _state(texts: dict[str, str], claim: str) -> str:
    origins = {"fox": "right", "hp": "left"}
    sentences = segment(texts, origins).with_columns(pl.lit(0.0).alias("compound"))
    claims = find_events(sentences, origins=sorted(set(origins.values()))).claims
    return str(claims.filter(pl.col("text") == claim).row(0, named=True)["state"])


FILLER = "The Bank of Nova Scotia cut its growth forecast on Tuesday, citing weaker exports and slower construction."


def test_a_claim_anchored_by_its_venue_alone_is_not_only_in_when_another_origin_comes_near() -> None:
    near = "Today veterans will come together at a news conference to show they have his back."
    assert _state({"fox": f"{VFW} {FILLER}", "hp": f"{near} Markets in Tokyo rose."}, VFW) == "possibly_shared"
    assert _state({"fox": f"{SHELTON} {FILLER}", "hp": "Markets in Tokyo rose. Farmers planted corn."}, SHELTON) == "unique"


def test_a_label_in_capitals_is_no_name_a_claim_states() -> None:
    """check9 BV: "UPDATE: Richard Blumenthal defended himself … during a press conference on Tuesday afternoon." was
    anchored by "UPDATE"."""
    text = "UPDATE: Richard Blumenthal defended himself during a press conference on Tuesday afternoon."
    assert anchor_terms(text, ["UPDATE", "Richard Blumenthal"], []) == ["Richard Blumenthal"]
    assert anchor_terms("The UPDATE team met Mr. Blumenthal.", ["UPDATE"], []) == ["UPDATE"]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Mr. Blumenthal, 64, is known as a brilliant lawyer.", [("64", "64")]),
        ("The New Haven Register on July 20, 2006, described him.", [("20", "20")]),
        ("It cost 1,200, they said.", [("1200", "1,200")]),
        ("It cost $200, they said.", [("$200", "$200")]),
        ("Some 2,000,000 people came.", [("2000000", "2,000,000")]),
    ],
)
def test_a_figure_is_written_without_the_comma_after_it(text: str, written: list[tuple[str, str]]) -> None:
    """check9 BV page note: the Only-in reasons printed "20," "23," "64," as names."""
    assert written_quantities(text) == written
    value = written[0][0].lstrip("$")
    assert display_anchor(f"#{value}", [text]) == written[0][1]


@pytest.mark.parametrize(
    ("one", "other", "near"),
    [
        ("$10977.74", "$10000", True),  # check9g JJ-9: "over $10,000 at Best Buy" (8.9% apart)
        ("$313.89", "$300", True),  # check9g JJ-10: "over $300 at Build-A-Bear" (4.4%)
        ("16", "15", True),  # check9g OJ-11: "some 16 House-passed measures", "15 bills" (6.3%)
        ("$5587.75", "$5687.75", True),
        ("$2b", "$2.1b", True),
        ("12%", "11.5%", True),
        # near misses: further apart, another kind, small counts
        ("$10977.74", "$9000", False),  # 18%
        ("16", "14", False),  # 12.5%
        ("3", "2", False),
        ("9", "10", False),  # 10% of 10 is 1, but 9 and 10 are two counts, not one rounded
        ("$300", "300", False),  # money and a count
        ("$300", "£300", False),  # two currencies
        ("12%", "12", False),
        ("$2b", "$2m", False),  # scale
    ],
)
def test_figures_within_rounding_are_one_figure(one: str, other: str, near: bool) -> None:
    assert near_figures(one, other) is near
    assert near_figures(other, one) is near


BEST_BUY = "From 2007 to 2011, Mr. Jackson bought $10,977.74 worth of televisions, DVD players and DVDs at Best Buy."
BEST_BUY_ELSEWHERE = "Expenses charged to his campaign included $2,306.08 at Walt Disney World and over $10,000 at Best Buy."


def test_a_figure_told_rounded_elsewhere_is_no_proof_of_absence() -> None:
    """check9g JJ-9/JJ-10, OJ-11: a figure another origin gives rounded or counted otherwise, in a sentence sharing a
    name or words of the claim, made the claim "only in" one origin; the same rounded figure of something else stays
    an anchor (a truly different figure: ``test_figures_within_rounding_are_one_figure``)."""
    assert _state({"fox": f"{BEST_BUY} {FILLER}", "hp": f"{BEST_BUY_ELSEWHERE} Markets in Tokyo rose."}, BEST_BUY) == "possibly_shared"
    assert _state({"fox": f"{BEST_BUY} {FILLER}", "hp": "Farmers planted corn. Tiffany sold over $10,000 in rings."}, BEST_BUY) == "unique"
    assert (
        _state({"fox": f"{BEST_BUY} {FILLER}", "hp": "Farmers planted corn. The city paid over $10,000 for road salt."}, BEST_BUY)
        == "unique"
    )


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        ("some 16 House-passed measures", "16", True),
        ("they have brought up 15 bills", "15", True),
        ("dealers sold 2,763 cars", "2763", True),
        # near misses: a day of a month, a time (a dev gold's unique claim "At 6:41 p.m., … on Sept. 10, …" was lost to
        # another origin's "Sept. 11")
        ("At 6:41 p.m., on Sept. 10, the C.I.A. notified the embassy", "10", False),
        ("At 6:41 p.m., on Sept. 10, the C.I.A. notified the embassy", "41", False),
        ("on March 16 he spoke", "16", False),
        ("at 16:30 he spoke", "16", False),
    ],
)
def test_a_day_or_a_time_is_no_count_within_rounding(text: str, value: str, counted: bool) -> None:
    assert counted_as_figure(text, value) is counted
