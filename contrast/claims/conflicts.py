"""What two claims state that cannot be one fact, however many words and figures they share.

Word and figure evidence cannot tell who does what to whom. "China has retaliated by imposing a
similar 25% tariff on 545 US products, also worth a total of $34bn" and "Washington imposed 25
percent tariffs on $34 billion worth of Chinese imports" share both figures and most content
words, and report two facts: whose goods are taxed differs. A sentence that tells both ("duties
on U.S. goods took effect straight away after Washington's 25 percent tariff on $34 billion
worth of Chinese imports") links to each, and chains them into one event. So alignment reads
two things a claim states about its arguments and never links, or groups, two claims that
state them differently:

- whose goods: the country of the goods, products, imports or exports a claim names ("US
  products", "Chinese imports", "exports from the U.S.", "China's exports"). Two claims that
  each name such goods, and no country in common, report different measures;
- how many of the same thing: a count before a plural noun ("545 product categories", "1,102
  product categories"). Two claims counting the same noun with no count in common report
  different lists; the goods of a list are one thing however they are called ("545 items",
  "818 products": ``counts_of``).

- when: a past era a claim sets itself in ("Maoist China's approach … during the Cold War period", "in the
  1950s"). A claim set in such an era and a claim that names no era and no year report different times:
  "the beginning of its concerted efforts to build international alliances" in the Cold War and "a concerted
  effort to … build alliances" today share every content word and are two facts (finalcheck-s4, soft-power
  e004; finalcheck-s5 SP-A3). Two claims in different eras conflict too; an era and a year are not compared.

- which day: the weekdays a claim names. Two claims each naming a weekday, and every weekday of one at least two
  days from every weekday of the other, report what happened on different days: "President Obama was heading to
  Detroit Monday … a day after a face-to-face meeting with House Speaker John Boehner" and "Obama and Boehner met for
  nearly an hour on Thursday evening" share both names and the talks (check10h OB-3). One day apart is no conflict:
  outlets in different time zones, or published a day apart, date one statement Thursday and Friday.

- which chamber: the chamber whose committee a claim names ("the Senate intelligence committee", "The House
  committee's subpoenas"). Two claims each naming a chamber's committee, and no chamber in common, report what two
  bodies did: "The leaders of the Senate intelligence committee said Tuesday they had subpoenaed two of … Flynn's
  businesses" and "The House intelligence committee is preparing to issue subpoenas against Michael Flynn" share the
  person, the subpoenas and the probe (check7-final FL-4).

- kept or changed: a figure one claim gives as a level left as it was ("China left unchanged at 5 percent its
  tariffs on about a tenth of the product categories") and the other as a level set or changed ("the new tariffs …
  would range from 5% to 25%", "raised its rate to 5%"): the same figure, two facts (check17 CN-17: the NYT's
  unchanged rate was linked to the new tariffs' lower bound; ``levels_of``).

Any of these is a *conflict*: ``contrast.claims.align`` drops the link and refuses a merge that would
put the two claims in one event, whatever a third claim says.

Weaker, and not a conflict: what a figure measures (``FigureSubjects``). "The Shanghai Composite index
was down 1.1%" and "the Nikkei 225 gained 1.1 percent while the Shanghai Composite Index added 0.5
percent" share a figure that measures different things; the shared figure cannot start their link.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

import numpy as np

from contrast.claims.aliases import entity_key
from contrast.claims.evidence import close_initials
from contrast.claims.terms import WEEKDAYS, entities, quantities, stem
from contrast.claims.textmemo import text_memo

_GOODS = r"(?:goods|products|imports|exports|items|merchandise|produce)"
_NATION = r"(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|[A-Z]{2,3})"
_NATIONS = r"(?:the\s+)?" + _NATION + r"(?:(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?" + _NATION + r")*"
_LISTED = re.compile(r",\s*|,?\s+(?:and|or)\s+|^the\s+|\s+the\s+")
_NATION_GOODS = re.compile(r"\b(" + _NATIONS + r")(?:['’]s)?\s+([a-z]+\s+)?" + _GOODS + r"\b")
""""US products", "Chinese imports", "China's exports", "American farm products", "US and Chinese goods"."""
_GOODS_FROM = re.compile(r"\b" + _GOODS + r"\s+(?:from|of)\s+(" + _NATIONS + r")")
""""exports from the U.S.", "imports from Canada, Mexico and the European Union"."""
_COUNT = re.compile(
    r"(?<![\d$£€¥.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]\d)\s+(?:(?:[A-Z]\.)+\s*|[A-Z][a-z]+\s+)?(?:([a-z]+)\s+)??([a-z]{3,}s)\b"
)
"""A count before a plural noun, one modifier allowed and a country's before it: "545 product categories", "818
products", "5,200 U.S. troops". The noun is the first plural after the count: "5,200 troops across the border" counts
troops, not "across"."""
_NOT_COUNTED = frozenset({"percent", "per", "cent", "percentage", "billion", "million", "thousand", "trillion", "bn", "mn", "years",
                          "days", "weeks", "months", "hours", "minutes", "points", "times"})  # fmt: skip
"""Words after a number that make it a rate, an amount or a duration, not a count of things."""
_DEMONYMS = {
    "american": "us", "america": "us", "us": "us", "usa": "us", "united states": "us", "washington": "us",
    "chinese": "china", "beijing": "china", "canadian": "canada", "mexican": "mexico", "japanese": "japan",
    "european": "eu", "eu": "eu", "european union": "eu", "german": "germany", "british": "uk", "britain": "uk",
    "korean": "korea", "south korean": "korea", "south korea": "korea", "indian": "india", "russian": "russia",
    "french": "france", "italian": "italy", "brazilian": "brazil", "australian": "australia", "vietnamese": "vietnam",
    "taiwanese": "taiwan", "turkish": "turkey", "iranian": "iran",
}  # fmt: skip
"""Demonyms and capitals used for a country's goods ("Chinese imports", "Washington's exports")."""
_NOT_NATIONS = frozenset({"the", "its", "their", "his", "her", "our", "these", "those", "some", "all", "other", "such", "new"})


def goods_of(text: str) -> frozenset[str]:
    """The countries whose goods a claim names ("US products" → {"us"}), normalised through demonyms."""
    text = close_initials(text)
    runs = [(m.group(1), m.group(2) is None) for m in _NATION_GOODS.finditer(text)]
    runs += [(m.group(1), True) for m in _GOODS_FROM.finditer(text)]
    # a word between the name and the goods may be a verb ("the Commerce Department said imports …"):
    # then only a known country or demonym counts
    names = {name for run, adjacent in runs for name in _LISTED.split(run) if name and (adjacent or entity_key(name) in _DEMONYMS)}
    return frozenset(_country(name) for name in names if name.lower() not in _NOT_NATIONS)


def _country(name: str) -> str:
    key = entity_key(name)
    return _DEMONYMS.get(key, key)


_LISTED_GOODS = re.compile(_GOODS + r"|(?:product|tariff|goods)\s+(?:categories|lines|types|kinds)")
"""Counted nouns that count the goods a list holds, one thing however an outlet names it: "545 items", "545 product
categories", "818 products", "1,102 tariff lines" (``GOODS``)."""
GOODS = "goods"


def counts_of(text: str) -> dict[str, frozenset[int]]:
    """Per counted noun (its stem), the counts a claim gives of it: "545 product categories" → {"goods": {545}},
    "12 senators" → {"senat": {12}}. Goods a list holds are one thing, ``GOODS`` (``_LISTED_GOODS``): "tariffs for
    545 items worth about 34 billion U.S. dollars … from July 6" (China's list) and "tariffs on 818 products worth $34
    billion … on July 6" (the US list) share both figures and report two lists (dev gold us-china-50bn)."""
    found: dict[str, set[int]] = {}
    for number, modifier, noun in _COUNT.findall(text):
        if modifier in _NOT_COUNTED or noun in _NOT_COUNTED:
            continue
        counted = f"{modifier} {noun}" if modifier else noun
        key = GOODS if _LISTED_GOODS.fullmatch(noun) or _LISTED_GOODS.fullmatch(counted) else stem(noun)
        found.setdefault(key, set()).add(int(number.replace(",", "")))
    return {noun: frozenset(values) for noun, values in found.items()}


_PAST_ERA = re.compile(
    r"\b(?:during|in|throughout)\s+the\s+(?:early\s+|late\s+)?(Cold\s+War)\b"
    r"|\b(Cold\s+War)\s+(?:period|era|years)\b"
    r"|\b(Mao)ist\s+(?:China|era|period|years)\b|\b(?:under|after)\s+(Mao)\b|\b(Mao)[-\s]era\b"
    r"|\b(?:during|in)\s+the\s+(?:early\s+|late\s+|mid-)?(1[89]\d0s)\b"
)
"""A past era a claim sets itself in. Only phrases that set a time: "the Cold War mentality" of a present
policy, or "a new Cold War", is no era."""
_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)s?\b")


def eras_of(text: str) -> frozenset[str]:
    """The past eras a claim is set in: "Maoist China's approach … during the Cold War period" → {"cold war", "mao"}."""
    return frozenset(
        " ".join(group.lower().split()) for match in _PAST_ERA.finditer(text) for group in match.groups() if group
    )


_SUBJECTS = ("intelligence|judiciary|oversight|ethics|appropriations|finance|banking|commerce|budget|rules|armed|services|"
             "foreign|affairs|relations|homeland|security|energy|agriculture|education|health|labor|veterans|ways|means|and")
_CHAMBER = re.compile(
    r"\b(Senate|House)(?:['’]s)?\s+(?:(?:[A-Z][\w.&’'-]*|" + _SUBJECTS + r")\s+){0,4}(?:[Cc]ommittee|[Pp]anel|[Ss]ubcommittee)s?\b"
)
"""A chamber's committee: "Senate intelligence committee", "House Foreign Affairs committee", "the House panel"."""


def chambers_of(text: str) -> frozenset[str]:
    """The chambers whose committees a claim names: "… the Senate intelligence committee …" → {"senate"}."""
    return frozenset(m.group(1).lower() for m in _CHAMBER.finditer(text) if not text[: m.start()].endswith("White "))


_WEEKDAY = re.compile(r"\b(" + "|".join(day.capitalize() for day in WEEKDAYS) + r")(?:['’]s)?\b")


def weekdays_of(text: str) -> frozenset[int]:
    """The weekdays a claim names, Monday = 0: "met Sunday afternoon … heading to Detroit Monday" → {6, 0}."""
    return frozenset(WEEKDAYS.index(m.group(1).lower()) for m in _WEEKDAY.finditer(text))


def days_apart(a: frozenset[int], b: frozenset[int]) -> bool:
    """Whether two claims' weekdays are all at least two days apart (round the week): Monday and Thursday are;
    Thursday and Friday, or Sunday and Monday, are not (a time zone or a day's delay in publishing)."""
    return bool(a and b) and all(min((x - y) % 7, (y - x) % 7) >= 2 for x in a for y in b)


_KEPT_BEFORE = re.compile(
    r"(?i)\b(?:(?:unchanged|steady|intact|untouched|constant|flat)\s+(?:at|to)"
    r"|(?:kept|keeps|keep|keeping|held|holds|hold|holding|left|leaves|leave|leaving|remained|remains|remain|remaining|"
    r"stayed|stays|stay|staying|maintained|maintains|maintain|maintaining|froze|frozen|freezes|freeze)\s+"
    r"(?:[\w'’-]+\s+){0,4}?at)\s+(?:about\s+|around\s+|roughly\s+)?$"
)
"""Before a figure: a level left as it was ("left unchanged at 5 percent", "held rates steady at 2%", "remained at
9%", "kept its tariff at 10 percent")."""
_CHANGED_BEFORE = re.compile(
    r"(?i)\b(?:(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+(?:[\w'’-]+\s+){0,2}?(?:from|between)"
    r"|(?:rais|increas|hik|lift|boost|cut|lower|reduc|slash|doubl|tripl|ris|rose|jump|climb|fell|fall|drop|set|"
    r"impos)\w*\s+(?:[\w'’-]+\s+){0,4}?(?:to|at|of)"
    r"|\bnew\s+(?:[\w'’-]+\s+){0,3}?(?:of|at))\s+(?:about\s+|around\s+|roughly\s+|up\s+to\s+)?$"
)
"""Before a figure: a level set or changed ("would range from 5% to 25%", "raised tariffs on $200 billion of goods to
25%", "cut its rate to 1.5 percent", "new duties of 10%")."""
KEPT, CHANGED = "kept", "changed"


def levels_of(text: str) -> dict[str, frozenset[str]]:
    """Per figure a claim gives (normalised as ``terms.quantities``), whether it gives it as a level kept
    (``_KEPT_BEFORE``) or set or changed (``_CHANGED_BEFORE``), read in the clause before it: "China left unchanged at
    5 percent its tariffs" → {"5%": {"kept"}}. A figure given bare has no entry."""
    found: dict[str, set[str]] = {}
    numbers = list(_FIGURE_START.finditer(text))
    for k, match in enumerate(numbers):
        end = min(numbers[k + 1].start(), match.start() + _FIGURE_SPAN) if k + 1 < len(numbers) else match.start() + _FIGURE_SPAN
        values = quantities(text[match.start() : end])
        if not values:
            continue
        before = text[max(0, match.start() - 80) : match.start()]
        before = before[max((m.end() for m in re.finditer(r"[,;:—–()]", before)), default=0) :]
        level = KEPT if _KEPT_BEFORE.search(before) else CHANGED if _CHANGED_BEFORE.search(before) else None
        if level is not None:
            found.setdefault(values[0], set()).add(level)
    return {value: frozenset(levels) for value, levels in found.items()}


def kept_and_changed(a: dict[str, frozenset[str]], b: dict[str, frozenset[str]]) -> bool:
    """Whether a figure is a level kept in one claim's reading (``levels_of``) and set or changed in the other's."""
    return any(
        value in b and ((KEPT in levels and CHANGED in b[value]) or (CHANGED in levels and KEPT in b[value]))
        for value, levels in a.items()
        if len(levels) == 1 and len(b.get(value, ())) == 1
    )


Reading = tuple[
    frozenset[str], dict[str, frozenset[int]], frozenset[str], bool, frozenset[str], frozenset[int], dict[str, frozenset[str]]
]
"""What ``Conflicts`` reads of one claim (``conflict_reading``): goods' countries, counts, eras, whether it writes a year,
chambers, weekdays, levels kept or changed."""
READ_TEXTS = 1 << 16
"""Claims whose ``conflict_reading`` is kept, the most recent."""


@text_memo(READ_TEXTS)
def conflict_reading(text: str) -> Reading:
    """What ``Conflicts`` reads of ``text`` alone: a feature of its source's claims (``contrast.claims.features``)."""
    found = (goods_of(text), counts_of(text), eras_of(text), bool(_YEAR.search(text)), chambers_of(text))
    return (*found, weekdays_of(text), levels_of(text))


def encode_reading(reading: Reading) -> str:
    """``reading`` as JSON, every set sorted: what ``decode_reading`` gives back."""
    goods, counts, eras, dated, chambers, weekdays, levels = reading
    return json.dumps([
        sorted(goods), {k: sorted(v) for k, v in sorted(counts.items())}, sorted(eras), dated, sorted(chambers),
        sorted(weekdays), {k: sorted(v) for k, v in sorted(levels.items())},
    ], ensure_ascii=False)  # fmt: skip


def decode_reading(encoded: str) -> Reading:
    goods, counts, eras, dated, chambers, weekdays, levels = json.loads(encoded)
    return (
        frozenset(goods), {k: frozenset(v) for k, v in counts.items()}, frozenset(eras), bool(dated), frozenset(chambers),
        frozenset(weekdays), {k: frozenset(v) for k, v in levels.items()},
    )  # fmt: skip


class Conflicts:
    """What each claim states about whose goods, how many, when and which chamber, read once; ``between`` any pairs."""

    def __init__(self, texts: Sequence[str]):
        read = [conflict_reading(t) for t in texts]
        self._goods = [r[0] for r in read]
        self._counts = [r[1] for r in read]
        self._eras = [r[2] for r in read]
        self._dated = [r[3] for r in read]
        self._chambers = [r[4] for r in read]
        self._weekdays = [r[5] for r in read]
        self._levels = [r[6] for r in read]
        # which claims state anything ``pair`` reads, and which an era: read once, not per call of ``between`` (the
        # merge asks it about a few pairs at a time, once per group it rescores: a list over every claim per call
        # grew with claims × groups, 24 of align._merge's 31 s at 1,000 AllSides sources; issue 16)
        self._eras_any = np.array([bool(e) for e in self._eras], dtype=bool)
        self._readable = np.array(
            [
                bool(g or c or e or h or w or v)
                for g, c, e, h, w, v in zip(
                    self._goods, self._counts, self._eras, self._chambers, self._weekdays, self._levels, strict=True
                )
            ],
            dtype=bool,
        )

    def pair(self, a: int, b: int) -> bool:
        """Whether claims ``a`` and ``b`` state different goods' countries, different counts of one thing or
        different times (one set in a past era, the other in no era and no year, or in another era; weekdays at
        least two days apart), different chambers' committees, or one figure as a level kept and as a level set or
        changed (``levels_of``)."""
        ga, gb = self._goods[a], self._goods[b]
        if ga and gb and not ga & gb:
            return True
        if days_apart(self._weekdays[a], self._weekdays[b]):
            return True
        ha, hb = self._chambers[a], self._chambers[b]
        if ha and hb and not ha & hb:
            return True
        ea, eb = self._eras[a], self._eras[b]
        if (ea and eb and not ea & eb) or (ea and not eb and not self._dated[b]) or (eb and not ea and not self._dated[a]):
            return True
        if kept_and_changed(self._levels[a], self._levels[b]):
            return True
        ca, cb = self._counts[a], self._counts[b]
        return any(noun in cb and not values & cb[noun] for noun, values in ca.items())

    def counted_alike(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Per pair (``a[k]``, ``b[k]``), whether the two claims give one count of one thing ("about 5,200 troops
        across the border in Iraq" / "About 5,200 U.S. troops are in Iraq"): a figure and what it counts, two details
        of one fact (``contrast.claims.align.THIN_START_P``)."""
        counts = self._counts
        pairs = zip(a.tolist(), b.tolist(), strict=True)
        found = [any(values & counts[y].get(noun, frozenset()) for noun, values in counts[x].items()) for x, y in pairs]
        return np.array(found, dtype=bool)

    def between(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Per pair (``a[k]``, ``b[k]``), whether the two claims conflict."""
        eras, has = self._eras_any, self._readable
        found = np.zeros(a.size, dtype=bool)
        for k in np.flatnonzero((has[a] & has[b]) | eras[a] | eras[b]).tolist():
            found[k] = self.pair(int(a[k]), int(b[k]))
        return found


_FIGURE_START = re.compile(r"(?:US\$|[$£€¥])?\d[\d,]*(?:\.\d+)?")
_FIGURE_SPAN = 30
"""Characters after a number read for its unit ("1.1 percent", "$34 billion")."""


def figure_subjects(text: str) -> dict[str, frozenset[str]]:
    """Per figure a claim states (normalised as ``terms.quantities``), the name just before it and after the
    figure before it — what it measures: "the Nikkei 225 gained 1.1 percent while the Shanghai Composite Index
    added 0.5 percent" → {"1.1%": {"nikkei 225"}, "0.5%": {"shanghai composite index"}}. A figure with no name
    of its own before it has no entry; a number inside a name ("Nikkei 225") is no figure."""
    spans: list[tuple[int, int, str]] = []
    for surface in dict.fromkeys(entities(text)):
        name = surface.removeprefix("^")
        start = text.find(name)
        while start >= 0:
            spans.append((start, start + len(name), entity_key(name)))
            start = text.find(name, start + len(name))
    found: dict[str, set[str]] = {}
    previous = 0
    numbers = [m for m in _FIGURE_START.finditer(text) if not any(start <= m.start() < end for start, end, _ in spans)]
    for k, match in enumerate(numbers):
        end = min(numbers[k + 1].start(), match.start() + _FIGURE_SPAN) if k + 1 < len(numbers) else match.start() + _FIGURE_SPAN
        values = quantities(text[match.start() : end])
        before = [key for start, end, key in spans if previous <= start and end <= match.start()]
        if values and before:
            found.setdefault(values[0], set()).add(before[-1])
        previous = match.end()
    return {value: frozenset(keys) for value, keys in found.items()}


def _same_name(a: str, b: str) -> bool:
    """Two name keys of one thing: the words of one are all in the other ("shanghai composite" / "… index")."""
    x, y = set(a.split()), set(b.split())
    return x <= y or y <= x


_AMOUNTS = frozenset({"percent", "per", "cent", "percentage", "billion", "million", "thousand", "trillion", "bn", "mn"})
"""Words after a number that belong to its value ("50 million", "25 percent": ``terms.quantities``), not its unit."""


def figure_units(text: str) -> dict[str, frozenset[str]]:
    """Per bare number a claim states (normalised as ``terms.quantities``), the stems of the plural nouns it counts or
    measures, right after it (``_COUNT``, one modifier allowed; a list's goods are one thing, ``GOODS``): "the first 50
    minutes of their argument" → {"50": {"minut"}}, "all 50 states" → {"50": {"state"}}. Durations are units here
    (``counts_of`` leaves them out: a duration is no count of things); a sum or a share carries its unit in its value
    ("$50", "50%") and has no entry, nor has a number followed by no plural noun."""
    found: dict[str, set[str]] = {}
    for match in _COUNT.finditer(text):
        number, modifier, noun = match.groups()
        if modifier in _AMOUNTS or noun in _AMOUNTS:
            continue
        values = quantities(number)
        if not values:
            continue
        counted = f"{modifier} {noun}" if modifier else noun
        found.setdefault(values[0], set()).add(GOODS if _LISTED_GOODS.fullmatch(noun) or _LISTED_GOODS.fullmatch(counted) else stem(noun))
    return {value: frozenset(units) for value, units in found.items()}


class FigureSubjects:
    """What each claim's figures measure (``figure_subjects``) and in what unit (``figure_units``), read once;
    ``apart`` asks of one shared figure."""

    def __init__(self, texts: Sequence[str]):
        self._texts = texts
        self._read: dict[int, dict[str, frozenset[str]]] = {}
        self._units: dict[int, dict[str, frozenset[str]]] = {}

    def of(self, claim: int) -> dict[str, frozenset[str]]:
        if claim not in self._read:
            self._read[claim] = figure_subjects(self._texts[claim])
        return self._read[claim]

    def units(self, claim: int) -> dict[str, frozenset[str]]:
        if claim not in self._units:
            self._units[claim] = figure_units(self._texts[claim])
        return self._units[claim]

    def apart(self, a: int, b: int, figure: str) -> bool:
        """Whether ``figure`` measures different things in claims ``a`` and ``b``: each gives it a unit, none in
        common (check AF DM-34: "the first 50 minutes of their two-hour argument" and "a ruling that ripples through
        all 50 states" share a number, not a figure); or each gives it a subject, none in common, and one claim's
        subject of it is what the other gives another figure to."""
        units_a, units_b = self.units(a).get(figure, frozenset()), self.units(b).get(figure, frozenset())
        if units_a and units_b and not units_a & units_b:
            return True
        found_a, found_b = self.of(a), self.of(b)
        subjects_a, subjects_b = found_a.get(figure, frozenset()), found_b.get(figure, frozenset())
        if not subjects_a or not subjects_b or any(_same_name(x, y) for x in subjects_a for y in subjects_b):
            return False
        others_a = {s for value, keys in found_a.items() if value != figure for s in keys}
        others_b = {s for value, keys in found_b.items() if value != figure for s in keys}
        return any(_same_name(x, y) for x in subjects_a for y in others_b) or any(
            _same_name(x, y) for x in subjects_b for y in others_a
        )


__all__ = [
    "GOODS",
    "Conflicts",
    "FigureSubjects",
    "chambers_of",
    "counts_of",
    "days_apart",
    "eras_of",
    "figure_subjects",
    "figure_units",
    "goods_of",
    "kept_and_changed",
    "levels_of",
    "weekdays_of",
]
