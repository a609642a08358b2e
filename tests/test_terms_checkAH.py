"""check AH/AI on names: "U.S. Friday" (from "before returning to the U.S. Friday") was a name no other origin had, and
the teacher key told students to search for it; "19" of "COVID-19" was listed as something a source never names. A
weekday that ends a run dates what the sentence tells (a month ending one is as often a name: "Theresa May"); a number
joined by a hyphen to a word with a capital is the name's. New sentences of those shapes, with names that do end in a
day ("Super Tuesday")."""

from __future__ import annotations

import pytest

from contrast.claims.terms import entities, quantities


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The envoy flew home from the U.K. Tuesday after the talks collapsed.", ["U.K."]),
        ("Protesters gathered outside City Hall Sunday to oppose the ordinance.", ["City Hall"]),
        ("The minister met her counterpart in Ottawa Wednesday's session ended early.", ["Ottawa"]),
        ("Prime Minister Theresa May spoke to the Women's March organizers.", ["Prime Minister Theresa May", "Women's March"]),
        ("Turnout on Super Tuesday beat the forecasts in every state.", ["Super Tuesday"]),
        ("Retailers expect record sales on Black Friday this year.", ["Black Friday"]),
    ],
)
def test_a_weekday_ending_a_run_dates_it_and_is_no_part_of_the_name_a_month_may_be(text: str, names: list[str]) -> None:
    assert [n for n in entities(text) if not n.startswith("^")] == names


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Hospitals reported more COVID-19 patients than in any week since spring.", []),
        ("The Air Force grounded 14 of its F-35 jets after the crash.", ["14"]),
        ("Traffic on I-95 was backed up for 12 miles near the bridge.", ["12"]),
        ("The Covid-19 relief bill adds $250 billion for 19 programs.", ["$250b", "19"]),
        ("Prices rose 19-fold and the plan cost $80 million-$90 million.", ["$80m", "$90m", "19"]),
    ],
)
def test_a_number_joined_by_a_hyphen_to_a_name_is_the_names_not_a_figure(text: str, figures: list[str]) -> None:
    assert quantities(text) == figures
