"""What makes a claim one origin's alone, after check11j (group J, never seen): six false "Only in" findings.

An omission is a claim of absence, so it must never be false. Each came from something that is no evidence of absence:
the outlet a claim cites ("Hotline On Call says … and reports that …", SR-11) or the source's own outlet ("most people
who Fox News spoke to", CF-11); a derived form of a name every origin writes ("GOPers", SR-12); the size of a body
written as an attribute ("The 168-member committee will elect a chairman", SR-10); an event one outlet tells in one
sentence and another in two ("a “National Same-Sex Kiss Day” planned for Friday" / "On Friday, … They plan a
“kiss-in” …", CF-13); and a spelling ("advisors" / "advisers", SR-11)."""

from __future__ import annotations

import polars as pl
import pytest

from contrast.claims import find_events
from contrast.claims.distinctive import AnchorIndex, absent_anchors, anchor_terms, anchor_words, attributes, derived_base
from contrast.claims.evidence import spelling
from contrast.claims.terms import relative_months, sentence_stems
from contrast.segment import segment

ORIGINS = {"fox": "right", "nyt": "center", "hp": "left"}


def _state(texts: dict[str, str], claim: str, **options: object) -> str:
    origins = {source: ORIGINS[source] for source in texts}
    sentences = segment(texts, origins).with_columns(pl.lit(0.0).alias("compound"))
    claims = find_events(sentences, origins=sorted(set(origins.values())), **options).claims  # type: ignore[arg-type]
    return str(claims.filter(pl.col("text") == claim).row(0, named=True)["state"])


# SR-11: HuffPost cites Hotline On Call; the Times tells the same fact from Republican officials
HOTLINE = (
    'Hotline On Call says the nature of the decision is a "closely guarded secret" and reports that "even his top advisors, '
    "both inside and outside the committee, say they don't know which direction he will take.\""
)
COUNSEL = (
    "But Mr. Steele has kept close counsel about his future, Republican officials said Sunday, and his plans were unknown "
    "even to several of his own advisers."
)


def test_the_outlet_a_claim_cites_is_no_anchor_even_for_words_it_quotes() -> None:
    assert anchor_terms(HOTLINE, ["Hotline On Call"], ["Hotline On Call"], quoted=True) == []
    assert anchor_terms("Politico reported over the weekend that Norm Coleman could enter the race.", ["Politico", "Norm Coleman"], []) == [
        "Norm Coleman"
    ]
    told = "At least one GOP insider told the Washington Post that the chairman would seek another term atop the RNC."
    assert "Washington Post" not in anchor_terms(told, ["GOP", "Washington Post", "RNC"], [], quoted=True)
    # near misses: a person's quoted words stay that person's; a name that reports nothing stays a name
    minor = "“I think liberals are missing a vital point in their blind hatred of the chain,” Minor said in a statement."
    assert anchor_terms(minor, ["Minor"], ["Minor"], quoted=True) == ["Minor"]
    assert anchor_terms("Hotline On Call is a blog of the National Journal.", ["Hotline On Call"], []) == ["Hotline On Call"]
    review = 'Another security review, on June 25, 2012, reported a spike in violence with "foreigners also increasingly targeted."'
    assert "June 25" in anchor_terms(review, ["June 25"], ["June 25"], quoted=True)  # a date that reports is no outlet


def test_spelling_variants_are_one_word() -> None:
    assert spelling("advisors") == spelling("advisers") == "advisers"
    assert sentence_stems("his top advisors") == sentence_stems("his top advisers")
    assert sentence_stems("a sense of humour") == sentence_stems("a sense of humor")


def test_a_claim_citing_an_outlet_is_not_only_in_where_another_origin_tells_it_from_another_source() -> None:
    texts = {"nyt": f"{COUNSEL} The 168-member committee will meet in January.", "hp": f"{HOTLINE} Markets in Tokyo rose."}
    assert _state(texts, HOTLINE) == "possibly_shared"


# CF-11: Fox's own name
FREE_SPEECH = "But for most people who Fox News spoke to today, it is about free speech."


def test_the_source_s_own_outlet_is_never_an_anchor() -> None:
    assert anchor_terms(FREE_SPEECH, ["Fox News"], [], outlet="Fox News") == []
    assert anchor_terms("Most people HuffPost spoke to want a vote.", ["HuffPost"], [], outlet="HuffPost") == []
    # near miss: another outlet's name that reports nothing is a name
    assert anchor_terms("Most people HuffPost spoke to want a vote.", ["HuffPost"], [], outlet="Fox News") == ["HuffPost"]


def test_a_claim_anchored_by_its_own_outlet_alone_is_not_only_in() -> None:
    texts = {
        "fox": f"{FREE_SPEECH} Markets in Tokyo rose.",
        "nyt": "Many said they showed up because they wanted to support freedom of expression for business owners.",
    }
    outlets = {"fox": "Foxy Daily Network", "nyt": "The New York Times"}
    assert _state(texts, FREE_SPEECH, outlets={**outlets, "fox": "Fox News"}) == "possibly_shared"


# SR-12: "GOPers"
@pytest.mark.parametrize(
    ("anchor", "base"),
    [("GOPers", "GOP"), ("CEOs", "CEO"), ("Trumpers", "Trump"), ("Clintonites", "Clinton"),
     ("NATO", None), ("GOP", None), ("Peters", None), ("Republicans", None),
     ("LGBTQ", "LGBT"), ("LGBT", None), ("USMCA", "USMC"), ("NAACP", "NAAC")],  # check14 TG-10: an acronym's added letter
)  # fmt: skip
def test_a_derived_form_of_a_name_comes_from_that_name(anchor: str, base: str | None) -> None:
    assert derived_base(anchor) == base


def _absent(anchor: str, texts: list[str]) -> bool:
    index = AnchorIndex(texts, ["right"] * len(texts), [frozenset()] * len(texts), anchor_words([anchor]))
    return absent_anchors([anchor], index, ["right"]) == [anchor]


def test_a_derived_form_of_a_name_another_origin_writes_is_named_there() -> None:
    assert not _absent("GOPers", ["Some close to the GOP chairman say he wants to run."])
    assert not _absent("GOPers", ["Several leading Republicans argued that the committee needed to improve."])
    # near miss: where no form of the party is written, it is absent
    assert _absent("GOPers", ["The committee will meet in January."])


def test_an_acronym_with_a_letter_added_is_named_where_the_shorter_one_is() -> None:
    # check14 TG-10: Fox's "LGBTQ groups quickly condemned …" was Fox's alone on "LGBTQ"; Reuters writes "LGBT rights group"
    assert not _absent("LGBTQ", ["Rights groups, among them the LGBT rights group Lambda Legal, accused Trump of discrimination."])
    assert _absent("LGBTQ", ["Rights groups accused Trump of discrimination."])


GAFFE = (
    "Steele's gaffe-prone tenure at the helm of the RNC has aided the creation of a significant bloc of GOPers who are intent "
    "on seeing his departure next month."
)


def test_a_claim_anchored_by_a_derived_name_alone_is_not_only_in() -> None:
    fox = "Critics have described RNC Chairman Michael Steele as gaffe-prone, and the GOP wants him to step down next month."
    texts = {"fox": fox, "hp": GAFFE}
    assert _state(texts, GAFFE) == "possibly_shared"


# SR-10: the committee's size
ELECT = "The 168-member committee will elect a chairman during its meeting in January."
NEXT_MONTH = "The fierce competition will end next month with the selection of a chairman for the committee."


def test_a_count_written_as_an_attribute_is_an_anchor_only_where_nothing_comes_near() -> None:
    assert attributes(ELECT) == {"168"}
    assert anchor_terms(ELECT, [], [], places=False) == []
    assert anchor_terms(ELECT, [], []) == ["#168"]
    # near misses: a figure of its own, a rate, an amount
    assert anchor_terms("The committee has 168 members and will elect a chairman.", [], [], places=False) == ["#168"]
    assert anchor_terms("It imposed a 25-percent tariff on steel.", [], [], places=False) == ["#25"]
    assert anchor_terms("It approved a $34-billion package.", [], [], places=False) == ["#34"]


def test_a_claim_anchored_by_an_attribute_alone_is_not_only_in_where_another_origin_comes_near() -> None:
    texts = {"fox": f"{NEXT_MONTH} Markets in Tokyo rose.", "nyt": f"{ELECT} Farmers planted corn."}
    assert _state(texts, ELECT) == "possibly_shared"
    far = {"fox": "Markets in Tokyo rose. Farmers planted corn.", "nyt": f"{ELECT} Farmers planted corn."}
    assert _state(far, ELECT) == "unique"


# CF-13: one sentence told in two (the texts of check11j's group, cut)
KISS_DAY = (
    "Facebook users are also signing up to participate in a “National Same-Sex Kiss Day” planned for Friday at Chick-fil-A "
    "restaurants."
)
FRIDAY = "On Friday, supporters of same-sex marriage will have their say."
KISS_IN = (
    "They plan a “kiss-in” at Chick-fil-A restaurants across the country – encouraging gays and lesbians to share a public "
    "display of affection at the home of the chicken sandwich."
)
FOX = (
    "At Chick-fil-A locations across the country, people voted with their wallets today, coming out to express support for "
    "the fast-food chain after CEO Dan Cathy said in an interview that he is a firm backer of traditional marriage. "
    "At one Atlanta location, the restaurant was packed, while the line for the drive-thru looped twice around the building. "
    "Over the years, its philanthropic wing, WinShape, has donated millions of dollars to outside organizations that actively "
    "lobby against efforts to legalize same-sex marriage."
)
NYT = (
    "Hundreds of thousands of people across the country headed to Chick-fil-A restaurants on Wednesday, answering a call from "
    "Mike Huckabee to show support for the fast-food chain after the company’s president drew criticism for his opposition "
    "to same-sex marriage. Long lines were seen outside Chick-fil-A restaurants nationwide. "
)


def test_a_claim_another_origin_tells_over_two_sentences_is_not_only_in() -> None:
    texts = {"fox": f"{FOX} {FRIDAY} {KISS_IN}", "nyt": f"{NYT}{KISS_DAY}"}
    assert _state(texts, KISS_DAY) == "possibly_shared"
    # near miss: the day alone, beside a sentence about something else
    apart = {"fox": f"{FOX} {FRIDAY} Oil prices fell sharply in London on Wednesday.", "nyt": f"{NYT}{KISS_DAY}"}
    assert _state(apart, KISS_DAY) == "unique"


# SR-10: "next month" in a source of 12 December 2010 is January
@pytest.mark.parametrize(
    ("text", "published", "months"),
    [
        ("The fierce competition will end next month with the selection of a chairman.", "2010-12-12", ["january"]),
        ("The political director resigned in protest last month.", "2010-12-12", ["november"]),
        ("Mr. Cathy made comments last month.", "2012-08-01", ["july"]),
        ("It will be decided this month.", "2012-08-01", ["august"]),
        # near misses: no date, a date that is no ISO date, a month of its own
        ("The fierce competition will end next month.", "", []),
        ("The fierce competition will end next month.", "December 2010", []),
        ("The committee will meet in January.", "2010-12-12", []),
    ],
)
def test_a_relative_month_is_the_month_the_publication_date_makes_it(text: str, published: str, months: list[str]) -> None:
    assert relative_months(text, published) == months


def test_a_relative_month_compares_as_the_month_it_means() -> None:
    texts = {"fox": f"{NEXT_MONTH} Markets in Tokyo rose.", "nyt": f"{ELECT} Farmers planted corn."}
    sentences = segment(texts, {"fox": "right", "nyt": "center"}).with_columns(pl.lit(0.0).alias("compound"))
    claims = find_events(sentences, origins=["center", "right"], published={"fox": "2010-12-12", "nyt": "2010-12-12"}).claims
    stems = dict(claims.select("text", "stems").iter_rows())
    assert "januari" in stems[NEXT_MONTH]
    undated = find_events(sentences, origins=["center", "right"]).claims
    assert "januari" not in dict(undated.select("text", "stems").iter_rows())[NEXT_MONTH]
