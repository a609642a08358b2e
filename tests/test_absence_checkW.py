# ruff: noqa: E501  (the check's sentences are kept whole)
"""Check W: claims printed "only in" their origin, and an event shown left out, although another origin tells the same
fact in other words. Each rule sends such a claim to "possibly reported elsewhere" (the safe side); the tests are new
sentences of the structures the check found, then the check's own sentences."""

from __future__ import annotations

import numpy as np
import polars as pl
import pytest
import scipy.sparse as sp

from contrast.claims import find_events
from contrast.claims.absence import _kept_names, _written_lower
from contrast.claims.align import _in_every_source
from contrast.segment import segment
from tests.test_absence_quoted import _quoted


def test_words_quoted_from_another_outlets_report_are_no_anchors() -> None:
    """CV-18: what an outlet relays from a report ("according to CNBC") others tell from their own reporting."""
    left = ("The farm bill gives growers emergency loans for the drought. "
            "In addition, “growers would have to repay the loans in uneven instalments over several harvests,” according to Bloomberg.")  # fmt: skip
    right = "Farmers hit by the drought could borrow from a federal fund and defer repayment until prices recover."
    assert _quoted(left, right) == {}
    dc = ("The nearly $2 trillion emergency relief package reportedly includes a payroll tax cut for employers only, CNBC reported Wednesday. "
          "In addition, “employers would have to pay it back on a staggered basis in coming years,” according to CNBC.")  # fmt: skip
    assert _quoted(dc, "Companies would also be able to defer payment of the 6.2% Social Security payroll tax.") == {}


def test_words_quoted_from_a_person_no_other_origin_names_are_still_anchors() -> None:
    left = ("The farm bill gives growers emergency loans for the drought. "
            "“Growers will repay the loans in uneven instalments over several harvests,” said Maria Okafor, a grain farmer.")  # fmt: skip
    right = "Farmers hit by the drought could borrow from a federal fund and defer repayment until prices recover."
    assert list(_quoted(left, right).values()) != []


def _pool(*texts: str) -> pl.DataFrame:
    return pl.DataFrame({"text": list(texts)})


def test_a_name_another_row_writes_in_lower_case_is_a_common_noun() -> None:
    """TG-12: a tweet's "my Generals", "the U.S. Military" are the "generals", "U.S. military" of other writers."""
    lowered = _written_lower(_pool("After talks with my Admirals, the U.K. Navy will retire the frigates.",
                                   "The U.K. navy will retire its frigates, he said after meeting his admirals."))  # fmt: skip
    assert lowered("Admirals") and lowered("U.K. Navy")
    assert not lowered("Royal Navy") and not lowered("#12")
    lowered = _written_lower(_pool("Nancy Pelosi spoke at the White House.", "The house was white."))
    assert not lowered("White House") and not lowered("Nancy Pelosi")  # a phrase, not words apart


def test_an_acronym_spelling_a_function_word_is_no_absent_name() -> None:
    """TG-12: "U.S." (read "us") is where every American story happens."""
    assert _kept_names(["U.S.", "U.K.", "Wexford", "IT"], frozenset()) == ["U.K.", "Wexford", "IT"]


LEFT_KOS = ("Trump throws transgender patriots under the bus. "
            "In the flash of a tweet, he announced that transgender troops would be banned altogether. "
            "Who are these jokers?")  # fmt: skip
CENTER_USA = ("President Trump said Wednesday that the U.S. military will not accept transgender troops, reversing a policy that began under the Obama administration. "
              "In a series of morning tweets, Trump said that, after consulting \"with my generals and military experts,\" the U.S. government \"will not accept or allow transgender individuals to serve in any capacity in the U.S. Military.\" "
              "Ashton Carter, who instituted the policy as President Obama's defense secretary, said the only thing that matters is that they are qualified.")  # fmt: skip
RIGHT_WT = ("President Trump tweeted Wednesday that transgender individuals will not be allowed to serve in the military. "
            "“After consultation with my Generals and military experts, please be advised that the United States Government will not accept or allow transgender individuals to serve in any capacity in the U.S. Military. "
            "Adding transgender troops to the Armed Forces had been an initiative in the Obama administration.")  # fmt: skip
ORIGINS = {"kos": "left", "usa": "center", "wt": "right"}


def _found() -> object:
    sentences = segment({"kos": LEFT_KOS, "usa": CENTER_USA, "wt": RIGHT_WT}, ORIGINS).with_columns(pl.lit(0.0).alias("compound"))
    return find_events(sentences, origins=["left", "center", "right"])


def test_check_w_the_obama_initiative_and_the_tweets_are_not_one_origins_alone() -> None:
    """TG-15: the Obama-era policy is told by USA TODAY in other words; TG-12: Daily Kos tells the tweets' ban."""
    found = _found()
    claims = found.claims  # type: ignore[attr-defined]
    armed = claims.filter(pl.col("text").str.contains("Armed Forces"))["claim_id"].item()
    assert claims["state"][armed] != "unique"
    shown_out = found.absences.filter((pl.col("origin") == "left") & (pl.col("absent").list.len() > 0) & (pl.col("score") < 0.05))  # type: ignore[attr-defined]
    assert shown_out.height == 0


def test_a_feature_every_source_comes_back_to_is_the_storys_subject() -> None:
    """CV-9: a feature in every source (three or more), or a figure in two claims each of two sources, is what the story
    is about; a word repeated so (a quotation every outlet repeats) or a feature two sources name once each may be a
    detail of one fact."""
    matrix = sp.csr_matrix(np.array([[1, 1, 1, 0], [1, 1, 0, 1], [1, 1, 0, 0], [0, 1, 0, 1], [1, 0, 0, 0]], dtype=np.float32))
    sources = np.array(["a", "a", "b", "b", "c"])
    assert _in_every_source(matrix, sources, {1}).tolist() == [True, True, False, False]
    assert _in_every_source(matrix, sources).tolist() == [True, False, False, False]  # column 1: words, not a figure
    assert not _in_every_source(matrix[:4], sources[:4], {1}).any()  # two sources: every shared feature is in both


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("He thanked the generals’ staff.", "Generals", True),  # a closing apostrophe ends the word
        ("A military-backed plan.", "Military", False),  # part of a hyphenated word
        ("See www.generals.com today.", "Generals", False),  # after a dot: part of an address
        ("The generals_2 file.", "Generals", False),
        ("Ten ex-generals signed.", "Generals", False),
        ("the U.S. military said", "U.S. Military", True),
        ("the U.S. militaryish said", "U.S. Military", False),
    ],
)
def test_a_lower_case_writing_counts_only_as_words_of_its_own(text: str, anchor: str, expected: bool) -> None:
    """The boundaries of the regular expression it replaced (``(?<![\\w.-])…(?![\\w-])``), kept by a plain search that
    is ~100× faster over a large report's text (issue 16)."""
    assert _written_lower(_pool(text))(anchor) is expected
