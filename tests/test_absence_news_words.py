"""The weak band's word test (contrast.claims.absence._told_in_words) and what it reads (issue 12, session 11).

A row of another origin scoring 0.05–0.2 keeps a claim "possibly reported elsewhere" when it shares two words of what
the claim states; two words any news story uses ("lost", "jobs") are no such evidence, so one of them must be no word
of news at large (``terms.news_words``). The cases the rule was tried on in session 10 and that must stay held are spec
here: a hyphenated compound is read word by word (check10 MJ: "controlled-substances laws"); a year told beside a word
of the claim is evidence (LP: "dating back to 2010", ``_year_told``); a site "on the Potomac riverfront" is a
venue, evidence of absence only where nothing comes near (OJ, ``distinctive.where``)."""

from __future__ import annotations

import polars as pl
import pytest

from contrast.claims.absence import _compound_words
from contrast.claims.distinctive import where
from tests.test_absence import BANK, FILLER, TARIFF_STORY, _claims
from tests.test_absence_weak import told_by_row

SABET = "The legalization of marijuana is clearly in violation of the federal Controlled Substances Act, Sabet said."
LAWSUIT = "The suit accused Colorado officials of a scheme that distributes marijuana in direct violation of controlled-substances laws."
PAUL = "Scott Paul called the president’s comments about lost jobs alarming."
LOST = "Too many jobs were lost in Ohio last year."
ROWS = {
    # check10 MJ (BASIL marijuana-lawsuit): the NYT tells HuffPost's Sabet claim; "controlled-substances" was one word
    "compound": (SABET, LAWSUIT, True),
    # dev trump-zte: two words of news at large ("lost", "jobs") tell nothing of Paul's claim (one article's alone)
    "news words": (PAUL, LOST, False),
}


@pytest.mark.parametrize("case", sorted(ROWS))
def test_a_weak_row_tells_a_claim_by_two_words_one_of_them_no_word_of_news_at_large(case: str) -> None:
    claim, row, told = ROWS[case]
    assert told_by_row(claim, row) == told


def test_a_hyphenated_compound_is_read_word_by_word_and_a_year_as_a_word() -> None:
    assert {"control", "substanc", "2010"} <= _compound_words("controlled-substances laws dating back to 2010")


LEPAGE = "Mr. LePage’s six years in office here, which began as part of the Tea Party sweep in 2010, have been marked by controversy."
HISTORY = (
    "The Republican governor has a long history of making controversial statements dating back to 2010 when he said "
    "he would tell the president to go to hell."
)


def test_a_year_told_beside_a_word_of_the_claim_elsewhere_keeps_it_possibly_reported_elsewhere() -> None:
    """check10 LP (BASIL lepage): the NYT's "six years … Tea Party sweep in 2010, … marked by controversy" is Fox's
    "controversial statements dating back to 2010", which scores below 0.05; "Tea Party", named by no other origin, is
    no proof that nobody tells it."""
    claims = _claims({"nyt": f"{LEPAGE} {BANK}", "fox": f"{HISTORY} {FILLER} {TARIFF_STORY}"}, {"nyt": "center", "fox": "right"})
    assert claims.filter(pl.col("text") == LEPAGE).get_column("state").to_list() == ["possibly_shared"]


@pytest.mark.parametrize(
    ("name", "text", "venue"),
    [
        ("Potomac", "The president’s short trip from the White House to the event stage on the Potomac riverfront came …", True),
        ("Senate", "He spoke on the Senate floor for an hour.", True),
        ("American Jobs Act", "The Senate voted on the American Jobs Act.", False),
        ("Supreme Court", "She sits on the Supreme Court.", False),
    ],
)
def test_a_site_on_the_name_of_a_place_is_a_venue(name: str, text: str, venue: bool) -> None:
    """check10 OJ (BASIL obama-jobs): the NYT's "event stage on the Potomac riverfront" is where the speech Fox and
    HuffPost place "at Key Bridge" happened: a venue, which proves absence only where nothing else comes near."""
    assert where(name, text) is venue


def test_a_word_written_as_two_is_the_same_word() -> None:
    """check12m BN-15: the NYT's "posting an 'outtakes' gallery on its Daily Beast Web site, showcasing other photos"
    was printed as its origin's alone, though Fox writes "The magazine posted other photos of her on its website":
    "Web site" was read as two words ("web", "site"), so the two shared too little to be possibly the same report."""
    outtakes = ("Monday night, Newsweek responded to the controversy by posting an “outtakes” gallery on its Daily Beast "
                "Web site, showcasing other photos taken for the article.")  # fmt: skip
    posted = "The magazine posted other photos of her on its website, and many of them are flattering."
    claims = _claims({"nyt": f"{outtakes} {BANK}", "fox": f"{posted} {FILLER}"}, {"nyt": "center", "fox": "right"})
    state = dict(claims.select("text", "state").iter_rows())
    assert state[outtakes] != "unique"
    assert state[BANK] == "unique"  # what only one origin tells stays its alone
