"""Washington the state, not the seat of the US government: which mentions of "Washington" in
one source mean the state.

News English uses "Washington" for the US government ("Washington imposed 25 percent tariffs")
and for the state in the Pacific Northwest ("Washington Gov. Jay Inslee", "In addition to
Connecticut and Washington, San Francisco and Seattle have also imposed bans…"). The actors
lens counts the first as The United States; the independent check found Indiana's
religious-freedom story printing a "Tone naming The United States" that came from the state.

A mention is the state when the words around it say so (``local_marks``):

* "Washington state", "the state of Washington", "Washington's governor", "Washington Gov.",
  "Washington Attorney General", "Washington Legislature";
* a governor or a senator "of Washington" ("Gov. Jay Inslee of Washington");
* a list with another state ("Connecticut and Washington", "Washington, Oregon and Idaho";
  not New York, a city too: "talks in New York and Washington");
* a city of the state before it ("Seattle, Washington");
* the state beside "other states" ("Washington will join other states and cities in opposing this law").

One sense per discourse (Gale, Church and Yarowsky 1992), held back where it fails: a source
means the state by its unmarked mentions too ("We in Washington stand for equality", "come visit
Washington") only when it speaks of the state as a place or a government at least
``SPREAD_MARKS`` times (a mark above other than a member of Congress "of Washington", or the
state's abbreviation before a title or after a city: "Wash. Gov.", "Spokane, Wash."), those
marks are at least one in ``SPREAD_SHARE`` of its mentions, and nothing in it marks the capital
(``_FEDERAL``: "Washington, D.C.", a Washington dateline, Washington beside Congress or the White
House). Measured on AllSides' 3,804 texts that name Washington (reserved topics skipped; script in
notes/text-s4.md): 223 mentions marked in place, all read and right but for one trip "to
Washington and New Hampshire"; 12 more by the spread, in 7 sources, 10 right (the two wrong: "pressure
on Washington to fight DOMA", "the annual Washington meeting of governors"). A national story naming
the state once in a list keeps its other mentions as the US government: with a single mark the
spread was wrong in 13 of 34 mentions. A member of Congress "of Washington" or "(D-Wash.)" names a
politician's state in what is usually a story about the federal government: that mention only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["COUNTRY_NAMES", "STATE_NAMES", "washington_state"]

_OTHER_STATES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
    "Nevada", "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
    "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming",
)  # fmt: skip
"""US states whose name is not also a city's that stands for a government (New York is left out)."""
STATE_NAMES = (*_OTHER_STATES, "New York", "Washington")
"""Every US state's name: as a speaker ("Oklahoma and Nebraska said", "Washington said") each stands for a government."""
COUNTRY_NAMES = (
    "United States", "U.S.", "US", "America", "China", "Russia", "Japan", "India",
    "Britain", "U.K.", "UK", "United Kingdom", "France", "Germany", "Italy", "Spain", "Canada", "Mexico",
    "Brazil", "Australia", "Iran", "Iraq", "Syria", "Turkey", "Israel", "Egypt", "Saudi Arabia", "Pakistan",
    "Afghanistan", "North Korea", "South Korea", "Taiwan", "Vietnam", "Ukraine", "Poland", "Venezuela", "Cuba",
    "Indonesia", "Philippines", "Qatar", "European Union", "EU",
    # capitals that stand for their governments ("Beijing said", "Moscow denied"); Washington is among the states
    "Beijing", "Moscow", "Tokyo", "Tehran", "Pyongyang", "Seoul", "Taipei", "Kyiv", "Kiev", "Ankara", "Riyadh",
    "Damascus", "Baghdad", "Islamabad", "Kabul", "New Delhi", "Brussels", "Berlin", "Ottawa", "Havana", "Caracas",
)  # fmt: skip
"""Countries and capitals that, named as the whole speaker ("China said", "Beijing responded", "the U.S. said"), stand for their
governments. Not those that are also common names of people or places inside other names' reach: Jordan, Chad,
Georgia (a US state too), Paris, London, Victoria, Lima."""
_CITIES = ("Seattle", "Spokane", "Tacoma", "Olympia", "Bellevue", "Vancouver", "Everett", "Yakima", "Redmond",
           "Bellingham", "Walla Walla", "Kennewick", "Renton")  # fmt: skip

_STATE_LIST = "|".join(_OTHER_STATES)
_W = r"Washington(?!,?\s+D\.?\s?C\b|\s+University\b)"
"""Washington, not the District of Columbia nor a university of that name."""
_STATE_AFTER = (
    r"[\s-]+[Ss]tate\b|['’]s\s+(?:governor|Governor|legislature|Legislature|attorney\s+general|Attorney\s+General|"
    r"secretary\s+of\s+state|Secretary\s+of\s+State|state|Supreme\s+Court)\b|"
    r"\s+(?:Gov\.|Governor|Lt\.\s+Gov\.|Lieutenant\s+Governor|Attorney\s+General|Secretary\s+of\s+State|"
    r"Legislature|State\s+Legislature|state\s+legislature|State\s+Senate|State\s+House|Supreme\s+Court\s+Justice)"
)
_PLACE = [  # marks of the state as a place or a government: they mean the state across the source
    re.compile(rf"\b({_W})(?={_STATE_AFTER})"),
    re.compile(rf"\b(?:[Ss]tate|[Gg]overnor|[Gg]overnorship)\s+of\s+({_W})\b"),
    re.compile(rf"\b(?:Gov\.|Governor|Lt\.\s+Gov\.)\s+(?:[A-Z][\w.'’-]*\s+){{1,3}}of\s+({_W})\b"),
    re.compile(rf"\b(?:{_STATE_LIST})(?:,|,?\s+and|,?\s+or)\s+(?:(?:{_STATE_LIST}),?\s+(?:and\s+|or\s+)?)*({_W})\b"),
    re.compile(rf"\b({_W})(?:,?\s+and|,?\s+or)\s+(?:{_STATE_LIST})\b"),
    re.compile(rf"\b(?:{'|'.join(_CITIES)}),\s+({_W})\b"),
    re.compile(rf"\b({_W})\b[^.;\"”]{{0,40}}\b(?:other|fellow)\s+states\b"),
]
_MEMBER = re.compile(rf"\b(?:Sen\.|Senator|Rep\.|Representative|Congressman|Congresswoman)\s+(?:[A-Z][\w.'’-]*\s+){{1,3}}of\s+({_W})\b")
"""A member of Congress from the state: that mention only."""
_ABBREVIATION = re.compile(
    rf"\bWash\.\s+(?:Gov\.|Governor|Lt\.|Attorney|Secretary|Mayor|Democratic|Republican|state\b)|(?:{'|'.join(_CITIES)}),\s+Wash\.",
)
"""The state's AP abbreviation as a place ("Wash. Gov.", "Spokane, Wash."), not a member's "(D-Wash.)"."""
_LISTED = re.compile(rf"\b({_W}),\s+(?:{_STATE_LIST})\b")
"""A place named Washington in another state ("a rally in Washington, Michigan"): not the US government,
nor the state, so it is set aside here but says nothing of the source's other mentions."""
_FEDERAL = re.compile(
    r"\bWashington,?\s+D\.?\s?C\b|^(?:WASHINGTON|Washington)\s*(?:\(|—|–|-\s)|\b(?:Capitol|White\s+House|Congress|"
    r"Beltway|federal\s+government)\b[^.]*\bWashington\b|\bWashington\b[^.]*\b(?:Capitol|White\s+House|Congress|Beltway)\b"
)
"""Marks of the capital: the District of Columbia, a Washington dateline, Washington beside Congress or
the White House. A source with one keeps the state sense to its marked mentions."""
_MENTION = re.compile(r"\bWashington\b(?!\s+(?:Post|Times|Examiner|Free\s+Beacon|Monthly|Nationals|Redskins|Wizards|"
                      r"Capitals|Mystics|Journal)\b)(?<!George\sWashington)(?<!University\sof\sWashington)")
SPREAD_MARKS = 2
"""Marks of the state as a place a source needs before its unmarked mentions take the state sense: one
mark is often a state in a list of a national story ("…in states like Washington and Colorado")."""
SPREAD_SHARE = 3
"""A source means the state by its unmarked mentions when at least one in this many of its
mentions is marked as the state (and nothing marks the capital)."""


def washington_state(sentences: Sequence[str]) -> list[list[tuple[int, int]]]:
    """For each sentence of one source (in order), the spans of the mentions of "Washington" that
    mean the state (see the module docstring)."""
    marked: list[set[tuple[int, int]]] = []
    places = mentions = 0
    federal = False
    for text in sentences:
        spans = {m.span(1) for pattern in _PLACE for m in pattern.finditer(text)}
        listed = {m.span(1) for m in _LISTED.finditer(text)}
        places += len(spans) + len(_ABBREVIATION.findall(text))
        mentions += len(spans | listed | {m.span() for m in _MENTION.finditer(text)})
        federal = federal or bool(_FEDERAL.search(text))
        marked.append(spans | listed | {m.span(1) for m in _MEMBER.finditer(text)})
    if federal or places < SPREAD_MARKS or places * SPREAD_SHARE < mentions:
        return [sorted(spans) for spans in marked]
    return [sorted(spans | {m.span() for m in _MENTION.finditer(text)}) for spans, text in zip(marked, sentences, strict=True)]
