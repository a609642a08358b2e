"""check AI SB: with no name in every headline, the report was titled "3 sources from 3 origins, 9 April 2020", which
says nothing of what the story is. The words every headline writes together say it, as the first headline writes
them; never one outlet's event heading. New headlines of that shape."""

from __future__ import annotations

import pytest

from contrast.titles import derived_title, shared_phrase


@pytest.mark.parametrize(
    ("headlines", "phrase"),
    [
        (["How the council is stalling new bike lanes downtown", "Council vote delays Main Street bike lane plan again",
          "Bike Lanes Stall as Council Balks"], "bike lanes"),
        (["Trade war escalates as tariffs bite", "Beijing hits back in the trade war", "Trade War: Beijing retaliates"],
         "Trade war"),
        # near misses: words shared but never side by side, one word shared, one headline
        (["Council stalls lanes for bikes", "Bike lanes stall in council"], ""),
        (["Voters reject the school levy", "Levy fails at the polls"], ""),  # one word shared: no run
        (["Only one headline here"], ""),
    ],
)
def test_the_words_every_headline_writes_together(headlines: list[str], phrase: str) -> None:
    assert shared_phrase(headlines) == phrase


def test_a_report_with_no_shared_name_is_titled_by_its_shared_words() -> None:
    headlines = ["How the council is stalling new bike lanes downtown", "Council vote delays Main Street bike lane plan again",
                 "Bike Lanes Stall as Council Balks"]  # fmt: skip
    assert derived_title(headlines, ["2021-05-04"] * 3, 3) == "Bike lanes: 3 sources from 3 origins, 4 May 2021"
