"""A claim of coordinated items is "only in" its origin only when every item is shown absent elsewhere (check9g JJ-10,
JJ-R14): a sentence joining two spending items ("a … dinner at … and a … vacation at the … Retreat, the document said")
was printed as one origin's alone, though another origin reports the second item (the same named retreat, a figure
$100 apart). Two causes: ``stated`` took the second item for the trailing attribution ("and a $… vacation …, the
document said"), so its figure was never read; and the claim was judged whole, so the first item's unique figure and
names made the sentence "alone"."""

from __future__ import annotations

import numpy as np
import pytest

from contrast.claims import align
from contrast.claims.distinctive import items, stated
from tests.test_absence_names import FILLER, _state

SPENDING = (
    "In 2019, the mayor spent $312.40 on a lunch at Harbor Grill in the Grand Palace Hotel in Boston "
    "and a $4,215.50 weekend at the Quietwater Spa, the audit said."
)
LIST_NEAR = "Records released Monday showed the campaign paid $1,120.00 for flowers, $4,251.50 on Quietwater Spa and $640 at a bookstore."
LIST_SAME = "Records released Monday showed the campaign paid $1,120.00 for flowers, $4,215.50 on Quietwater Spa and $640 at a bookstore."


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        # a second item with a figure, then the attribution: the attribution is ", the audit said" alone
        (SPENDING, SPENDING.removesuffix(", the audit said.")),
        # a second item with a name and no figure
        ("The senator toured the Ridgeway Steel Works in Ohio and a shipyard run by the Harbor Marine Group, the statement said.",
         "The senator toured the Ridgeway Steel Works in Ohio and a shipyard run by the Harbor Marine Group"),
        # a clause after a comma, opened by "and", with its own name and figure
        ("Officials in Beijing moved quickly to limit the damage, and Harbor Marine Group shares fell 4%, analysts said.",
         "Officials in Beijing moved quickly to limit the damage, and Harbor Marine Group shares fell 4%"),
        # a clause with a figure between the statement and the attribution is the statement's
        ("The plant will close in March, putting 1,200 people out of work, the company said.",
         "The plant will close in March, putting 1,200 people out of work"),
        # still cut: an attribution after a comma, a speaker described between commas
        ("The China Threat Theory looks more like a political tool, the newspaper said.",
         "The China Threat Theory looks more like a political tool"),
        ("The tariffs will hurt farmers across the Midwest, Matt Bennett, a spokesman for Third Way, said.",
         "The tariffs will hurt farmers across the Midwest"),
    ],
)  # fmt: skip
def test_a_trailing_attribution_does_not_swallow_a_clause_with_its_own_content(sentence: str, statement: str) -> None:
    assert stated(sentence) == statement


def test_a_sentence_is_cut_into_its_coordinated_items() -> None:
    assert items(SPENDING.removesuffix(", the audit said.")) == [
        "In 2019, the mayor spent $312.40 on a lunch at Harbor Grill in the Grand Palace Hotel in Boston",
        "a $4,215.50 weekend at the Quietwater Spa",
    ]
    assert items(LIST_NEAR) == [
        "Records released Monday showed the campaign paid $1,120.00 for flowers",
        "$4,251.50 on Quietwater Spa",
        "$640 at a bookstore.",
    ]
    assert items("Prices rose 5% in May; exports fell 3% in June.") == ["Prices rose 5% in May", "exports fell 3% in June."]
    # one item: a figure written with commas, a list of things without figures
    assert items("He bought $10,977.74 worth of televisions, DVD players and DVDs at Best Buy.") == [
        "He bought $10,977.74 worth of televisions, DVD players and DVDs at Best Buy."
    ]


@pytest.mark.parametrize("elsewhere", [LIST_NEAR, LIST_SAME])
def test_a_claim_one_of_whose_items_another_origin_reports_is_not_only_in(elsewhere: str) -> None:
    """The spa item is told elsewhere, within rounding or to the cent, at the same named place: the sentence is
    "possibly reported elsewhere", though its lunch item (its figure, "Harbor Grill", "Grand Palace Hotel") is its
    origin's alone. To the cent, the figure is no anchor and the row shares two words of the claim: only the item,
    judged alone, finds it."""
    assert _state({"fox": f"{SPENDING} {FILLER}", "hp": f"{elsewhere} Markets in Tokyo rose."}, SPENDING) == "possibly_shared"


@pytest.mark.parametrize(
    "elsewhere",
    [
        "Farmers planted corn. The city paid $4,215.50 for road salt.",  # the figure, of something else
        "Farmers planted corn. Markets in Tokyo rose.",  # nothing
    ],
)
def test_an_item_is_told_elsewhere_only_by_its_figure_at_its_place(elsewhere: str) -> None:
    assert _state({"fox": f"{SPENDING} {FILLER}", "hp": elsewhere}, SPENDING) == "unique"


class _NothingNear:
    """The search's scorer, but it finds nothing near in words (a long sentence among many: check9g JJ-R14's scored
    below ``WEAK_P``)."""

    def __init__(self, scorer: object) -> None:
        self.scorer = scorer

    def __getattr__(self, name: str) -> object:
        return getattr(self.scorer, name)

    def closeness(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        return np.zeros(a.size, dtype=np.float64)


def test_an_item_told_to_the_cent_at_its_named_place_is_found_when_nothing_is_near_in_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """The figure told to the cent is no anchor, and the row shares one word of the claim besides it: only the item,
    judged alone (its figure, at the place it names), shows the claim may be reported elsewhere."""
    claim = SPENDING.replace("the Quietwater Spa", "Quietwater")
    real = align.absence_states
    monkeypatch.setattr(align, "absence_states", lambda claims, scorer, **kw: real(claims, _NothingNear(scorer), **kw))
    told = "Records released Monday showed the campaign paid $1,120.00 for flowers, $4,215.50 at Quietwater and $640 at a bookstore."
    assert _state({"fox": f"{claim} {FILLER}", "hp": f"{told} Markets in Tokyo rose."}, claim) == "possibly_shared"
    elsewhere = "Records released Monday showed the campaign paid $1,120.00 for flowers, $4,215.50 at Pine Lodge and $640 at a bookstore."
    assert _state({"fox": f"{claim} {FILLER}", "hp": f"{elsewhere} Markets in Tokyo rose."}, claim) == "unique"


FUND = "The grant will be paid through the Harbor Relief Fund and will not need congressional approval, the mayor said."


@pytest.mark.parametrize(
    ("elsewhere", "state"),
    [
        ("The Post reported that the package uses an old program that lets the city borrow money without congressional approval.",
         "possibly_shared"),
        # near miss: the same words, not side by side
        ("The Post reported that the package has no approval yet, a congressional aide wrote.", "unique"),
    ],
)  # fmt: skip
def test_a_phrase_of_a_claim_kept_elsewhere_is_evidence_it_may_be_told_there(
    elsewhere: str, state: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Held-out farm-aid: a claim anchored by a name another origin tells in other words ("the USDA’s Commodity Credit
    Corporation" / "a Depression-era program"), the two sentences scoring below ``WEAK_P``, keeps a phrase of it
    ("without congressional approval"): it may be told there."""
    real = align.absence_states
    monkeypatch.setattr(align, "absence_states", lambda claims, scorer, **kw: real(claims, _NothingNear(scorer), **kw))
    assert _state({"fox": f"{FUND} {FILLER}", "hp": f"{elsewhere} Markets in Tokyo rose."}, FUND) == state
