"""A report's title when ``report.toml`` leaves it empty: made from its sources, never from the folder's name.

A folder name is a slug ("obama-jobs-bill-2011-11-02" printed as "Obama jobs bill 2011 11 02", "Trump ginsburg"
with the surname in lower case: check9 page notes), and one outlet's headline would put that outlet's framing on
every page of a report that compares framings. What every headline names is neutral and checkable against the
sources list: the names all the sources' titles share (a word written with a capital in every title that has it,
"Obama", "Ginsburg and Trump"), then how many sources and origins, and the span of their dates —
"Obama: 3 sources from 3 origins, 2 November 2011". ``contrast init --title`` or ``title = "…"`` replaces it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

_WORD = re.compile(r"[A-Za-z][\w’'.-]*[\w]|[A-Za-z]")
_POSSESSIVE = re.compile(r"[’']s$")
_SMALL = frozenset({
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "is", "it", "its", "of", "on",
    "or", "over", "the", "their", "this", "to", "under", "up", "was", "were", "what", "when", "who", "why",
    "will", "with", "did", "does", "do", "his", "her", "he", "she", "they", "we", "you", "i", "not", "no",
    "new", "after", "before", "than",
})
NAMES_MAX = 3
"""At most this many shared names lead the title."""


def derived_title(headlines: Sequence[str], dates: Sequence[str], origins: int) -> str:
    """The title of a report whose manifest gives none: the names every headline shares, the number of
    sources and origins, and the span of the sources' dates (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``)."""
    n = len(headlines)
    counted = f"{n} source{'s' if n != 1 else ''} from {origins} origin{'s' if origins != 1 else ''}"
    span = date_span(dates)
    body = f"{counted}, {span}" if span else counted
    names = shared_names(headlines)
    if not names:
        return body[0].upper() + body[1:]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"{joined}: {body}"


def shared_names(headlines: Sequence[str]) -> list[str]:
    """Words in every headline, written with a capital in each (so a name, not a title-case verb another
    headline writes in lower case), in the order the first headline has them; none for a single headline."""
    if len(headlines) < 2:
        return []
    per_title = [_words(h) for h in headlines]
    shared = set.intersection(*({w.lower() for w in words} for words in per_title))
    names: list[str] = []
    for word in per_title[0]:
        key = word.lower()
        if key not in shared or key in _SMALL or key in {n.lower() for n in names}:
            continue
        forms = [w for words in per_title for w in words if w.lower() == key]
        if all(f[0].isupper() for f in forms):
            names.append(Counter(forms).most_common(1)[0][0])
    return names[:NAMES_MAX]


def _words(headline: str) -> list[str]:
    return [_POSSESSIVE.sub("", w).rstrip(".") or w for w in _WORD.findall(headline)]


def date_span(dates: Sequence[str]) -> str:
    """"2 November 2011", "11–13 July 2016", "30 June – 2 July 2018", "2019–2025"; years only when a date
    is only a year or a month; empty without dates."""
    given = sorted(d for d in dates if d)
    if not given:
        return ""
    if any(len(d) < 10 for d in given):
        first, last = given[0][:4], given[-1][:4]
        return first if first == last else f"{first}–{last}"
    start, end = dt.date.fromisoformat(given[0]), dt.date.fromisoformat(given[-1])
    if start == end:
        return f"{start.day} {start:%B %Y}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%B %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%B} – {end.day} {end:%B %Y}"
    return f"{start.day} {start:%B %Y} – {end.day} {end:%B %Y}"
