"""What two claims share that only points at something, or that one of them denies, starts no link
(``contrast.claims.align``): a work's title and author (``contrast.claims.works``) and a denial against a claim that
reports none (``contrast.claims.denials``). Check s15 Q-BN found both printed as events (BN-3/BN-39, BN-10, BN-17);
the sentences here are written for the rules, of the same structure."""

from __future__ import annotations

import polars as pl
import pytest

from contrast.claims.absence import POSSIBLY_SHARED, UNIQUE, in_context
from contrast.claims.denials import denial_apart, negates, reports_denial
from contrast.claims.terms import entities
from contrast.claims.works import work_reference
from tests.test_claims_link_start import _events


def _together(events: list[set[str]], a: str, b: str) -> bool:
    return any(a in event and b in event for event in events)


QUESTIONED = ("The senator will likely be questioned over passages in Jane Holloway’s book: “Quiet Lagoon: A Year on the "
              "Northern Coast.”")
FELL_OUT = ("The two men fell out bitterly over remarks the senator made to author Jane Holloway for her recent book "
            "“Quiet Lagoon: A Year on the Northern Coast.”")  # fmt: skip


def test_a_work_s_title_and_author_are_one_name_that_says_nothing() -> None:
    """BN-3/BN-39, BN-10: a claim about questions over a book and a claim about a falling-out over remarks made for it
    share the title (two names to the name finder), the author and "book" — and report two facts."""
    found = work_reference(QUESTIONED, entities(QUESTIONED))
    assert {n.lstrip("&^") for n in found.names} >= {"Jane Holloway’s", "Quiet Lagoon"} and found.words == {"book"}
    assert work_reference(FELL_OUT, entities(FELL_OUT)).words == {"book", "author"}
    assert not _together(_events({"right": QUESTIONED, "left": FELL_OUT}), QUESTIONED, FELL_OUT)


def test_a_name_also_used_outside_the_title_is_more_than_a_pointer() -> None:
    """"the White House" said of itself is a name of the claim, though a title has the same words."""
    text = "The White House attacked Tom Reed’s book “Inside the White House Kitchen” on Friday."
    found = work_reference(text, entities(text))
    assert "White House" not in found.names and "Tom Reed’s" in found.names
    plain = "In the book, the senator slammed the governor."
    assert work_reference(plain, entities(plain)).names == frozenset()


def test_what_two_claims_say_about_a_work_still_links_them() -> None:
    """What is said with the work — the senator mocking the lighthouse plan, as the book tells it — starts the link."""
    writes = "In her book “Quiet Lagoon,” Jane Holloway writes that the senator mocked the governor’s lighthouse plan."
    mocked = "The senator mocked the governor’s lighthouse plan, author Jane Holloway writes in her book “Quiet Lagoon.”"
    assert _together(_events({"right": writes, "left": mocked}), writes, mocked)


PROBED = ("The mayor was also questioned by the state auditor as part of the inquiry into alleged bribery and possible "
          "embezzlement at the port authority.")
DENIED = "The port authority has denied any bribery and the mayor has denied embezzlement."


def test_a_denial_and_a_claim_that_reports_none_are_two_acts() -> None:
    """BN-17: a subpoena "as part of the investigation into Russian meddling and potential collusion" and "Russia has
    denied meddling … Trump has denied any collusion" share the rare words of what is denied."""
    assert reports_denial(DENIED) and not reports_denial(PROBED) and not negates(PROBED)
    assert denial_apart(DENIED, PROBED) and denial_apart(PROBED, DENIED)
    assert not _together(_events({"right": PROBED, "left": DENIED}), PROBED, DENIED)


@pytest.mark.parametrize(
    ("other", "apart"),
    [
        ("The mayor again denied the embezzlement on Monday.", False),  # the same act
        ("The mayor said there had been no embezzlement at the port authority.", False),  # a denial in other words
        ("The port authority rejected the bribery allegations as baseless.", False),  # rejecting an accusation
        ("The auditor found embezzlement at the port authority.", True),
        ("The mayor was denied bail after the hearing.", True),  # refused a thing, not a statement contradicted
    ],
)
def test_what_reports_a_denial(other: str, apart: bool) -> None:
    assert denial_apart(DENIED, other) is apart


def test_two_reports_of_one_denial_are_one_event() -> None:
    a = "The port authority has denied any bribery, its lawyer said on Monday."
    b = "The port authority denied bribery in a statement, calling the auditor’s inquiry a smear."
    assert _together(_events({"right": a, "left": b}), a, b)


ASIDE = ("The council hearing on Friday pits the mayor against the auditor, who accused him of embezzlement — a charge the "
         "mayor has denied — over the port contracts.")  # fmt: skip
HEARING = "The mayor and the auditor will face questions at the council hearing on Friday about the port contracts."


def test_a_denial_in_an_aside_leaves_the_rest_of_the_claim_to_link() -> None:
    """A claim that tells a hearing and, in an aside, a denial shares the hearing with a claim that reports no denial
    (AllSides 2018-09-26, the Kavanaugh hearing: a link the denial rule cut in its first form)."""
    assert not denial_apart(ASIDE, HEARING)
    assert _together(_events({"right": ASIDE, "left": HEARING}), ASIDE, HEARING)


def test_a_claim_beside_one_very_likely_told_elsewhere_is_not_only_in_its_origin() -> None:
    """Q-BN after the work rule: Reuters' sentence on Bannon among Trump's closest aides stood beside its sentence on
    the falling-out over the book (0.97 with Fox's, no longer linked) and turned "only in": a neighbour very likely
    told elsewhere (``absence.TOLD_ELSEWHERE_P``) keeps a claim possibly shared, as a shared neighbour does."""
    claims = pl.DataFrame(
        {"claim_id": [0, 1], "source_id": ["wire", "wire"], "sentence_index": [4, 5],
         "text": ["The aide was among the senator's closest advisers for a decade.",
                  "But the pair fell out over remarks to author Jane Holloway for her book “Quiet Lagoon.”"]}
    ).with_columns(pl.col("claim_id").cast(pl.UInt32))  # fmt: skip
    state, alone = [UNIQUE, POSSIBLY_SHARED], [True, False]
    assert in_context(claims, state, alone) == [None, None] and state[0] == UNIQUE
    assert in_context(claims, state, alone, told={1}) == [1, None] and state[0] == POSSIBLY_SHARED and not alone[0]


# --- check15 Q-BN BN-22: a refusal and a claim that reports none are two acts --------------------------------------

WILL_TESTIFY = (
    "Former adviser Mark Dolan will testify before the Senate Finance Committee on Thursday morning, supposedly "
    "to answer questions about his role in the port contracts and any ties to Chinese shipping firms."
)
REFUSED = ("Former adviser Mark Dolan refused on Thursday to comply with a subpoena ordering him to answer questions from "
           "a Senate finance panel about his work at the port authority as part of its inquiry into ties to Chinese "
           "shipping firms.")  # fmt: skip


def test_a_refusal_and_a_claim_that_reports_none_are_two_acts() -> None:
    """BN-22: "will appear before the House Intelligence Committee …, supposedly to answer questions" and "declined on
    Tuesday to comply with a subpoena ordering him to answer questions from a U.S. House intelligence panel" share the
    panel, the day and the questions, and tell opposite things."""
    assert reports_denial(REFUSED) and not reports_denial(WILL_TESTIFY) and not negates(WILL_TESTIFY)
    assert not _together(_events({"left": WILL_TESTIFY, "centre": REFUSED}), WILL_TESTIFY, REFUSED)


REFUSALS = {
    "The agency declined comment on Friday.": True,
    "A spokesman declined to comment on the audit.": True,
    "The minister has again refused to answer questions about the deal.": True,
    # near misses: a fall, not a refusal; a thing refused, in the passive
    "Port revenue declined to $5 billion last year.": False,
    "Exports declined to record lows in March.": False,
    "He was refused entry at the border.": False,
}


def test_what_reports_a_refusal() -> None:
    assert {text: reports_denial(text) for text in REFUSALS} == REFUSALS


def test_two_reports_of_one_refusal_are_one_event() -> None:
    a = "Mark Dolan refused on Thursday to answer questions from the Senate finance panel about the port contracts."
    b = "Dolan declined to answer the Senate panel's questions about the port contracts, his lawyer said."
    assert _together(_events({"right": a, "left": b}), a, b)
