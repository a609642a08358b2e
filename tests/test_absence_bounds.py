"""The absence search reads a figure written as a bound ("more than 2 percent", "nearly 300", "about 600") as the values
it admits (check17 CN-14: Newsmax's "major U.S. indexes down more than 2 percent" was printed "only in Right" while USA
Today has "The Dow … dropped … 2.3%" and "Standard & Poor's 500 index slipped 2.4%")."""

from __future__ import annotations

import pytest

from contrast.claims.absence import admits_figure, figure_ranges
from tests.test_absence_names import FILLER, _state


@pytest.mark.parametrize(
    ("text", "quantity", "other", "admits"),
    [
        ("Oil futures rose more than 3 percent on Monday.", "3%", "3.6%", True),
        ("Oil futures rose more than 3 percent on Monday.", "3%", "4.6%", False),  # past the bound's rounding
        ("Oil futures rose more than 3 percent on Monday.", "3%", "2.5%", False),  # below a lower bound
        ("The strike idled at least 4,000 workers.", "4000", "4300", True),
        ("The fund lost nearly $300 million last year.", "$300m", "$281m", True),
        ("The fund lost nearly $300 million last year.", "$300m", "$340m", False),  # above an upper bound
        ("Up to 20 percent of the harvest may be lost.", "20%", "17%", True),
        ("Inflation ran at about 2 percent last year.", "2%", "2.4%", True),
        ("Inflation ran at about 2 percent last year.", "2%", "2.6%", False),
        ("Inflation ran at 2 percent last year.", "2%", "2.4%", False),  # a bare figure is no bound
        ("Over $10 billion in goods was hit.", "$10b", "10500", False),  # money and a count
    ],
)
def test_a_bound_admits_the_figures_it_rounds(text: str, quantity: str, other: str, admits: bool) -> None:
    assert admits_figure(text, quantity, f"The figure was {other}.", other) is admits
    assert admits_figure(f"The figure was {other}.", other, text, quantity) is admits  # either side may write the bound


def test_a_figure_inside_a_longer_number_is_not_bounded() -> None:
    """"more than 2.5 percent" bounds 2.5, not 2."""
    assert figure_ranges("Yields rose more than 2.5 percent.", "2%") == []
    assert figure_ranges("Yields rose more than 2.5 percent.", "2.5%") == [(2.5, 2.6)]


CLAIM = (
    "European shares, which rallied last month on hopes of a deal, retreated on Monday, with the main regional indexes "
    "down more than 4 percent."
)


def _elsewhere(row: str) -> str:
    return _state({"fox": f"{CLAIM} {FILLER}", "hp": f"Shares tumbled after the vote. {row} Markets in Tokyo rose."}, CLAIM)


def test_a_claim_whose_bound_another_origin_states_exactly_is_not_only_in() -> None:
    assert _elsewhere("The Stoxx 600 index slid 4.6%.") == "possibly_shared"


def test_a_figure_past_the_bound_or_of_something_else_keeps_it_only_in() -> None:
    assert _elsewhere("The Stoxx 600 index slid 6.6%.") == "unique"
    assert _elsewhere("Wheat futures slid 4.6%.") == "unique"
