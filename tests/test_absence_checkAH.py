"""An omission is said of a whole origin, so it must never be false (check AH WI-22): Fox was shown to leave out
"Walker raised $30.5 million, while Barrett raised only about $4 million." on the figure "4" alone, though it writes
"Barrett's $4.2 million in donations" and "collecting at least $31 million". A figure told within rounding or a bound
(same kind, within ``NEAR_FIGURE`` or what "about" / "at least" admits) names that figure, as an exact one does."""

from __future__ import annotations

import numpy as np
import polars as pl
import pytest

from contrast.claims import find_events
from contrast.claims.absence import FigureRows
from contrast.claims.evidence import PairScorer
from contrast.segment import segment

SPECTRUM = {"nyt": "center", "hp": "left", "fox": "right"}
SHARED = {
    "nyt": "Senator Okafor collected $12.5 million for the race, while Delgado collected only about $3 million. "
    "The harbor ferry was delayed by fog.",
    "hp": "Okafor collected $12.5 million, and Delgado just under $3 million, filings show. Turnout was low in the eastern wards.",
}


def _left_out(fox: str) -> tuple[list[str], list[list[str]]]:
    sentences = segment({**SHARED, "fox": fox}, SPECTRUM).with_columns(pl.lit(0.0).alias("compound"))
    found = find_events(sentences, origins=sorted(set(SPECTRUM.values())))
    return found.omissions["origin"].to_list(), found.absences.filter(pl.col("origin") == "right")["absent"].to_list()


@pytest.fixture(autouse=True)
def _nothing_close_in_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every pair scores below ``ABSENT_P`` (as Fox's "$4.2 million" row did, 0.05, through the story's names alone):
    only the figures can keep the third origin from being shown to leave the event out."""
    monkeypatch.setattr(PairScorer, "closeness", lambda self, a, b, **_: np.full(len(a), 0.01))


@pytest.mark.parametrize(
    "fox",
    [
        "Delgado's $3.4 million in donations came mostly from teachers inside the state.",  # "about $3 million" admits 3.4
        "Okafor has drawn at least $13 million from around the country since taking office.",  # $12.5m, 4% off
        "Delgado's campaign, with $2.9 million in hand, bought no television time.",  # within rounding of $3m
    ],
)
def test_an_origin_that_tells_a_figure_rounded_otherwise_is_not_shown_to_leave_the_event_out(fox: str) -> None:
    assert _left_out(f"{fox} Voters complained about potholes downtown.") == ([], [[]])


@pytest.mark.parametrize(
    "fox",
    [
        "Delgado's $5.5 million in donations came mostly from teachers inside the state.",  # another sum
        "Delgado's donors came mostly from teachers inside the state, and 3.2 percent were retirees.",  # a share, not money
        "Okafor has drawn at least $19 million from around the country since taking office.",
    ],
)
def test_a_figure_of_another_size_or_kind_leaves_the_event_shown_left_out(fox: str) -> None:
    omitted, absent = _left_out(f"{fox} Voters complained about potholes downtown.")
    assert omitted == ["right"] and "#3" in absent[0] and "#12.5" in absent[0]


def test_figure_rows_look_up_the_rows_a_figure_may_be_told_in() -> None:
    texts = ["It raised about $4 million.", "Its $4.2 million came from the state.", "It spent $6 million.", "Turnout was 4.1%."]
    rows = FigureRows(texts, [["$4m"], ["$4.2m"], ["$6m"], ["4.1%"]])
    assert list(rows.telling(texts[0], "$4m")) == [0, 1]
    assert list(rows.telling("It raised $30.5 million.", "$30.5m")) == []
