"""A title made from the headlines names each person once and whole, as the headlines write them (check10i KG-1,
CE-1), and the handout says "All 3 sources" when an event is matched in all of them (check10i CE page note)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("headlines", "names"),
    [
        # KG-1: a first name + surname run is one name, not "Kathy, Griffin and Trump"
        (["Nancy Pelosi scolds senators over stalled Biden bill, says it 'went too far'",
          "Biden Hits Back at Nancy Pelosi and Senators", "Nancy Pelosi Scolds Senate Over Stalled Biden Bill"],
         ["Nancy Pelosi", "Biden"]),
        # a surname alone in one headline is the person another headline names in full (a given name: aliases)
        (["Pelosi scolds senators", "Biden Hits Back at Katherine Pelosi", "Pelosi Scolds Senate"], ["Katherine Pelosi"]),
        # two headlines writing the same given names before it: "Ruth Bader" is no listed given name
        (["Ginsburg under fire over ‘inappropriate’ Trump comments", "Donald Trump Rebukes Ruth Bader Ginsburg",
          "Did Ruth Bader Ginsburg Cross The Line With Her Donald Trump Comments?"],
         ["Ruth Bader Ginsburg", "Donald Trump"]),
        # near misses: a title-case word before the surname is no given name ("Stalled" in lower case elsewhere;
        # "Senate" and "While" written so in one headline only), nor two given names that disagree
        (["Senate Rebukes Trump", "Trump under fire", "stalled Trump bill", "Stalled Trump Agenda"], ["Trump"]),
        (["While Biden Waits, Senate Moves", "Richard Biden Says No", "Richard Biden Calls Report False"],
         ["Richard Biden"]),
        (["Thomas Biden said no", "Biden Speaks", "Michael Biden Rebuts"], ["Biden"]),
        # CE-1: a family's plural (with or without its possessive) names the family, so the surname alone
        (["Obama camp releases tax returns", "Obamas Report Earnings of $9 Million", "Michael Obama Releases Returns"],
         ["Obama"]),
        (["Obama camp releases tax returns", "The Obamas' Earnings Rise", "OBAMA RELEASES RETURNS"], ["Obama"]),
        # near miss: a plural whose singular no headline writes with a capital is a word, not a family
        (["Jobs Report Lifts Obama", "Obama hails jobs", "Obama Jobs Plan"], ["Obama"]),
        # words every headline writes together are one name; "Asked" before "Kathryn" in two headlines is a word of
        # news, not a given name (check7 SE shape: "White House, Bill Clinton and Joe Sestak")
        (["City Hall Asked Kathryn Smith to Urge Brown to Quit", "City Hall Used Kathryn Smith to Ask Brown to Quit",
          "City Hall Asked Kathryn Smith To Talk To Joseph Brown About Race"], ["City Hall", "Kathryn Smith", "Joseph Brown"]),
        # a given name that is also a word ("Sue") is one only where it starts the capitalised words before the name
        (["Denver's top cop defends water law", "Texas and Utah Sue Denver Over Water Law",
          "Texas, Utah File Suit Against Denver"], ["Denver"]),
        # a generational suffix stays with the name: "Jesse Jackson" is his father
        (["Jackson pleads guilty", "Jesse Jackson Jr. Pleads Guilty", "Jackson Jr. Pleads Guilty"], ["Jackson Jr."]),
        (["Obama: Jobs Bill Stalls", "Obama Taunts G.O.P.", "Obama Mocks Congress"], ["Obama"]),
    ],
)
def test_a_derived_title_names_each_person_once_and_whole(headlines: list[str], names: list[str]) -> None:
    from contrast.titles import shared_names

    assert shared_names(headlines) == names


def test_a_derived_title_with_a_full_name() -> None:
    from contrast.titles import derived_title

    headlines = ["Kathryn Smith apologizes for photo of bloodied Jones mask", "Jones Lashes Out at Kathryn Smith",
                 "Kathryn Smith Apologizes For Images Of Bloodied Jones Head"]
    assert derived_title(headlines, ["2017-05-30", "2017-05-31", "2017-05-30"], 3) == (
        "Kathryn Smith and Jones: 3 sources from 3 origins, 30–31 May 2017"
    )


def test_an_event_in_every_source_is_told_by_all_of_them() -> None:
    from contrast.report.handout.build import reach

    assert reach(3, 3) == "All 3 sources write about it."
    assert reach(2, 2) == "Both sources write about it."
    assert reach(2, 3) == "At least 2 of the 3 sources write about it."
