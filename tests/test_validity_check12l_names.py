"""The validity suite, continued: the names and "only in" anchors check12l-new found cut or missed (Fox, the New York
Times and HuffPost on Glenn Beck's CPAC speech, February 2010, and on the Cheney sisters, August 2013).

- Page (CH briefing p.4, key Q1): "no other origin's text has 'George W'", search terms “George W” and “Bush and Dick
  Cheney”: the name "George W. Bush" was cut at the initial's full stop. (BK key Q2): search terms “12” and “Beck” for a
  claim about the "9/12 Project": the name lost its number. A name keeps its initials; a search term is a whole name.
- CH-15: the Only-in breakdown said 4 of HuffPost's claims "name nothing the search could show the other origins lack
  (it looks for people, organisations, places, figures and dates)", among them "… her father, who offered support for
  gay marriage in 2009" (a year) and "… the military's former “don't ask, don't tell” policy" (a policy named in
  quotation marks), which no other origin reports. A bare year and a name in quotation marks are anchors; a year told
  in other words ("next year's Republican primary" in 2013, against Fox's "The election is slated for 2014": CH-14)
  names the same year; and a year makes nothing its origin's alone where another origin's sentence comes near.
"""

from __future__ import annotations

import pytest

from contrast.claims import find_events
from contrast.claims.aliases import entity_key, resolve_aliases
from contrast.claims.distinctive import anchor_terms, display_anchor, distinct_anchors, quoted_names
from contrast.claims.terms import entities, relative_years
from contrast.segment import segment

BUSH = ("Less than a decade after George W. Bush and Dick Cheney won re-election in part thanks to conservative "
        "enthusiasm over enshrining traditional marriage into law, some in the party believe they are losing voters.")
PROJECT = ("Beck also launched the 9/12 Project, which sets forth nine values and 12 principles that he believes the "
           "country was founded upon.")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (BUSH, ["George W. Bush", "Dick Cheney"]),
        (PROJECT, ["9/12 Project"]),
        ("Agents said J. Edgar Hoover wrote to the Justice Department.", ["J. Edgar Hoover", "Justice Department"]),
        # near misses keep their reading
        ("The U.S. Senate passed the bill on Tuesday.", ["U.S. Senate"]),
        ("On 9/11 Bush was in Florida with Sen. John McCain.", ["Bush", "Florida", "John McCain"]),
        # check14 TG-15: "Cameron St" and "Andrew" were printed for one reservist; a Saint, Mount or Fort goes on
        ("Indiana National Guard reservist Cameron St. Andrew told Reuters.", ["Indiana National Guard", "Cameron St. Andrew", "Reuters"]),
        ("Troops at Ft. Hood flew to St. Louis.", ["Ft. Hood", "St. Louis"]),
        ("The shop on Main St. closed.", ["Main St"]),  # a street's abbreviation ends the name
    ],
)
def test_a_name_keeps_its_initials_and_its_number(text: str, names: list[str]) -> None:
    assert [e for e in entities(text) if not e.startswith("^")] == names


def test_a_name_with_its_initial_is_the_same_person_without_it() -> None:
    """The initial is printed, not compared: Fox's "Dodd" and "Sen. Chris Dodd" are the New York Times' "Senator
    Christopher J. Dodd" (F, blumenthal-vietnam: with the initial in the key the surname had two owners and was left
    unresolved, and Fox's Countrywide sentence became its origin's alone though the Times tells of Dodd's seat)."""
    assert entity_key("George W. Bush") == entity_key("George Bush")
    assert entity_key("Senator Christopher J. Dodd") == entity_key("Christopher Dodd")
    assert len(set(resolve_aliases(["Senator Christopher J. Dodd", "Dodd", "Sen. Chris Dodd"]).values())) == 1
    assert entity_key("U.S. Senate") == "us senate"


def test_the_key_facts_of_a_claim_are_whole_names() -> None:
    shown = distinct_anchors(display_anchor(a, [BUSH]) for a in anchor_terms(BUSH, entities(BUSH), []))
    assert shown == ["George W. Bush", "Dick Cheney"]
    shown = distinct_anchors(display_anchor(a, [PROJECT]) for a in anchor_terms(PROJECT, entities(PROJECT), []))
    assert shown[0] == "9/12 Project"


# --- CH-15, CH-14: a bare year and a name in quotation marks are anchors --------------------------------------------

DADT = "Previously, she had spoken out against the military's former \"don't ask, don't tell\" policy."
FATHER = "Her opposition also puts her at odds with her father, who offered support for gay marriage in 2009."


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (DADT, ["don't ask, don't tell"]),
        ("She founded a group called “Moms Demand Action” after the shooting.", ["Moms Demand Action"]),
        # near misses: someone's words quoted, a label in quotation marks
        ("“I am not pro-gay marriage,” Liz Cheney said in a statement.", []),
        ("She called him a “relatable ... everyday guy.”", []),
        ("Fox blamed “progressivism” for America's problems.", []),
    ],
)
def test_a_name_in_quotation_marks_is_a_name(text: str, names: list[str]) -> None:
    assert quoted_names(text) == names


def test_a_bare_year_is_an_anchor_of_what_a_claim_states() -> None:
    assert anchor_terms(FATHER, entities(FATHER), [], years=True) == ["2009"]
    assert anchor_terms("The election is slated for 2014.", [], [], years=True) == ["2014"]
    # a year that qualifies a noun, a figure and a span of years are no bare year: another origin telling the same
    # speech need not name the contest (BK, Fox: "… contenders for the 2012 Republican presidential nomination")
    speech = ("The speech capped three days of panel discussions and high-profile speakers, including numerous "
              "politicians mentioned as contenders for the 2012 Republican presidential nomination.")
    assert "2012" not in anchor_terms(speech, entities(speech), [], years=True)
    assert [a for a in anchor_terms("It cost $2,009 in 2014-15.", [], [], years=True) if not a.startswith("#")] == []
    assert anchor_terms(FATHER, entities(FATHER), []) == []  # an event's anchors (``years`` off) are as before


def test_next_year_is_the_year_after_the_sources_date() -> None:
    assert relative_years("in next year's Republican primary", "2013-09-01") == ["2014"]
    assert relative_years("Last year, and this year too", "2013-09-01") == ["2012", "2013"]
    assert relative_years("next year", "") == []


FOX = ("Mary Cheney has taken to Facebook to blast her older sibling, Elizabeth, a Wyoming Senate candidate, for her "
       "stance on same-sex marriage. Elizabeth Cheney declared in July she plans to challenge incumbent Senator Mike "
       "Enzi, also a Republican, in the state's Republican primary. The election is slated for 2014. Former Vice "
       "President Cheney has publicly voiced support for same-sex marriage.")
NYT = ("Mary Cheney, the younger sister of Liz Cheney, a Wyoming Senate candidate, sharply criticized her sister's stance "
       "on same-sex marriage. Their father, former Vice President Dick Cheney, supports same-sex marriage. Liz Cheney "
       "revealed her position on same-sex marriage, a topic she has kept quiet about since declaring her candidacy in "
       "July against incumbent Senator Mike Enzi.")
# The policy's sentence stands after the father's, not beside the primary's: the primary is a shared event (the leads'
# rule links the first two claims of two sources that tell one story), and a unique claim beside a shared one is read
# as possibly told with it (``absence.in_context``), which is not what these tests are about.
HUFFPOST = ("Mary Cheney criticized her sister's opposition to same-sex marriage in a Friday Facebook post. The elder "
            f"Cheney daughter is challenging Sen. Mike Enzi in next year's Republican primary. {FATHER} {DADT}")


@pytest.fixture(scope="module")
def cheney() -> dict[str, tuple[str, str | None, list[str]]]:
    texts = {"fox": FOX, "nyt": NYT, "huff": HUFFPOST}
    origins = {"fox": "right", "nyt": "center", "huff": "left"}
    events = find_events(segment(texts, origins), origins=("right", "center", "left"),
                         published={"fox": "2013-09-01", "nyt": "2013-08-31", "huff": "2013-09-01"})
    return {text: (state, basis, anchors) for text, state, basis, anchors in
            events.claims.select("text", "state", "basis", "anchors").iter_rows()}


def test_a_policy_named_in_quotation_marks_no_other_origin_names_makes_a_claim_its_alone(cheney) -> None:
    assert cheney[DADT] == ("unique", "anchor", ["don't ask, don't tell"])


def test_a_year_another_origin_tells_a_claim_without_is_close_not_nothing(cheney) -> None:
    # NYT: "Their father, former Vice President Dick Cheney, supports same-sex marriage."
    assert cheney[FATHER][:2] == ("possibly_shared", "close")


def test_a_year_another_origin_writes_as_next_year_is_no_anchor(cheney) -> None:
    assert cheney["The election is slated for 2014."][0] != "unique"
    assert cheney["The election is slated for 2014."][1] == "no anchor"
