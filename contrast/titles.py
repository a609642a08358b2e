"""A report's title when ``report.toml`` leaves it empty: made from its sources, never from the folder's name.

A folder name is a slug ("obama-jobs-bill-2011-11-02" printed as "Obama jobs bill 2011 11 02", "Trump ginsburg"
with the surname in lower case: check9 page notes), and one outlet's headline would put that outlet's framing on
every page of a report that compares framings. What every headline names is neutral and checkable against the
sources list: the names all the sources' titles share (a word written with a capital in every title that has it,
"Obama", each person whole as the titles write them: "Ruth Bader Ginsburg and Donald Trump", never "Kathy, Griffin and
Trump"), then how many sources and origins, and the span of their dates — "Obama: 3 sources from 3 origins,
2 November 2011". ``contrast init --title`` or ``title = "…"`` replaces it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

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
        phrase = shared_phrase(headlines)
        return f"{phrase[0].upper()}{phrase[1:]}: {body}" if phrase else body[0].upper() + body[1:]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"{joined}: {body}"


def shared_names(headlines: Sequence[str]) -> list[str]:
    """The people and things every headline names, each once and whole, in the order the first headline has them;
    none for a single headline.

    A name is a word in every headline, written with a capital in each (so a name, not a title-case verb another
    headline writes in lower case); a family's plural stands for its name ("Clintons Report Earnings" beside "Hillary
    Clinton Releases": check10i CE-1). It is printed as the headlines write the person in full (``_full_name``: "Kathy
    Griffin", never "Kathy, Griffin": check10i KG-1), and a word that is part of another's full name is not a name of
    its own."""
    if len(headlines) < 2:
        return []
    per_title = [_tokens(h) for h in headlines]
    capitalised = {t.key for tokens in per_title for t in tokens if t.text[0].isupper()}
    keyed = [[_family(t, capitalised) for t in tokens] for tokens in per_title]
    shared = set.intersection(*({t.key for t in tokens} for tokens in keyed))
    lower = {t.key for tokens in keyed for t in tokens if not t.text[0].isupper()}
    names: list[str] = []
    for token in keyed[0]:
        key = token.key
        if key not in shared or key in _SMALL or key in _GENERATIONS or key in lower:
            continue
        name = _full_name(key, keyed, lower, shared)
        if name.lower() not in {n.lower() for n in names}:
            names.append(name)
    whole = [n for n in names if not any(n != other and n.lower() in other.lower().split() for other in names)]
    return whole[:NAMES_MAX]


def shared_phrase(headlines: Sequence[str]) -> str:
    """The longest run of two words or more that every headline writes together, word for word by stem ("small
    businesses", "small business aid", "Small Businesses"), neither end a small word, as the first headline writes it;
    "" for none or a single headline. What a report with no name in every headline is about: check AI SB, titled "3
    sources from 3 origins, 9 April 2020", its three headlines sharing "small business(es)" and no name. Not one
    outlet's event heading, which would put its framing on every page."""
    if len(headlines) < 2:
        return ""
    from contrast.claims.terms import stem

    per_title = [[stem(t.key) for t in _tokens(h)] for h in headlines]
    first = _tokens(headlines[0])
    runs = [{tuple(keys[i:j]) for i in range(len(keys)) for j in range(i + 2, len(keys) + 1)} for keys in per_title[1:]]
    best: tuple[int, int] = (0, 0)
    for i in range(len(first)):
        for j in range(i + 2, len(first) + 1):
            if first[i].key in _SMALL or first[j - 1].key in _SMALL or j - i <= best[1] - best[0]:
                continue
            if all(tuple(per_title[0][i:j]) in found for found in runs):
                best = (i, j)
    if best == (0, 0):
        return ""
    line = headlines[0]
    return line[first[best[0]].start : first[best[1] - 1].end]


@dataclass(frozen=True)
class _Token:
    text: str
    """As written, without a possessive ending or a closing dot."""
    key: str
    """Lower case; a family's plural ("Clintons") as its name ("clinton")."""
    start: int
    end: int
    line: str
    plural: bool = False

    def next_to(self, other: _Token) -> bool:
        """Whether only spaces stand between this token and the ``other`` after it."""
        gap = self.line[self.end : other.start]
        return bool(gap) and gap.isspace()


def _tokens(headline: str) -> list[_Token]:
    tokens = []
    for match in _WORD.finditer(headline):
        text = _POSSESSIVE.sub("", match.group()).rstrip(".") or match.group()
        tokens.append(_Token(text, text.lower(), match.start(), match.end(), headline))
    return tokens


def _family(token: _Token, capitalised: set[str]) -> _Token:
    """A capitalised plural whose singular another headline writes with a capital: the family ("Clintons",
    "Clintons'") named by its surname."""
    singular = token.key[:-1]
    if token.text[0].isupper() and token.key.endswith("s") and len(singular) > 1 and singular in capitalised:
        return replace(token, key=singular, plural=True)
    return token


_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
"""A generational suffix ("Jesse Jackson Jr."): part of the name before it, never a name of its own."""
FORENAME_WORDS = 3
"""At most this many capitalised words before a surname are read as the given names the headline writes with it."""


def _full_name(key: str, headlines: list[list[_Token]], lower: set[str], shared: set[str]) -> str:
    """The name ``key`` as the headlines write it in full, with the capitalised words written straight before it
    when they are its given names: names every headline writes together ("Kathy Griffin", "White House"), words two
    headlines write before it that are not words of news at large ("Ruth Bader" of "Ruth Bader Ginsburg",
    ``terms.word_of_news``), or a given name (``aliases.is_given_name``) where it starts the capitalised words ("at
    Kathy Griffin", never "Oklahoma Sue Colorado"); and a generational suffix ("Jr.") the headlines write after it.
    A word some headline writes in lower case is never one ("Bloodied Trump Head" beside "bloodied Trump mask"),
    and a family's plural keeps its surname alone: "the Clintons" are not "Hillary Clinton"."""
    from contrast.claims.aliases import is_given_name, same_given_name
    from contrast.claims.terms import word_of_news

    support: Counter[tuple[str, ...]] = Counter()
    written: dict[tuple[str, ...], tuple[str, ...]] = {}
    leading: set[tuple[str, ...]] = set()
    """Runs that are all the capitalised words before the name in some headline."""
    suffixes: set[str] = set()
    forms: list[str] = []
    plural = False
    for tokens in headlines:
        runs: set[tuple[str, ...]] = set()
        for i, token in enumerate(tokens):
            if token.key != key:
                continue
            forms.append(token.text)
            plural = plural or token.plural
            if i + 1 < len(tokens) and tokens[i + 1].key in _GENERATIONS and token.next_to(tokens[i + 1]):
                suffixes.add(tokens[i + 1].text)
            before: list[_Token] = []
            for earlier in reversed(tokens[:i]):
                following = before[0] if before else token
                if not (earlier.text[0].isupper() and earlier.key not in _SMALL and earlier.next_to(following)):
                    break
                before.insert(0, earlier)
            for cut in range(max(0, len(before) - FORENAME_WORDS), len(before)):
                run = tuple(t.key for t in before[cut:])
                runs.add(run)
                written.setdefault(run, tuple(t.text for t in before[cut:]))
                if cut == 0:
                    leading.add(run)
        support.update(runs)
    surname = _as_written(forms)
    if len(suffixes) == 1:
        suffix = suffixes.pop()
        surname = f"{surname} {suffix}{'.' if suffix.lower() in {'jr', 'sr'} else ''}"

    def given_names(run: tuple[str, ...]) -> bool:
        if lower.intersection(run):
            return False
        together = support[run] == len(headlines) and shared.issuperset(run)
        agreed = support[run] >= 2 and not any(word_of_news(word) for word in run)
        return together or agreed or (is_given_name(run[0]) and run in leading)

    given = [run for run in support if given_names(run)]
    if plural or not given:
        return surname
    best = max(given, key=lambda run: (len(run), support[run]))
    if not all(best[len(best) - len(run) :] == run or same_given_name(best[-1], run[-1]) for run in given):
        return surname  # "Thomas Biden" and "Michael Biden": which one every headline names is not said
    return " ".join((*written[best], surname))


def _as_written(forms: list[str]) -> str:
    """The form most headlines write, not one in capitals ("Clinton" of "CLINTON RELEASES TAX RETURNS")."""
    usual = [f for f in forms if not f.isupper() or len(f) == 1] or forms
    return Counter(usual).most_common(1)[0][0]


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
