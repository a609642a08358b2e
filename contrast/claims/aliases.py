"""Which entity surface forms name the same thing: merged only on evidence.

A name joins another when the texts or a short alias list say they are one, never because
they merely look alike. Merged corpus-wide:

* an acronym and its expansion when the texts expand it ("the Belt and Road Initiative
  (BRI)", "BRI (Belt and Road Initiative)") or the alias list ``resources/aliases.toml``
  holds the pair (widely used acronyms of international actors: "US" / "United States");
  "CAT" is not "Commerce and Trade" because its letters happen to fit;
* squashed spellings with the same numbers ("Ne Zha 2" / "Nezha"; never "June 12" / "June 15");
* a multi-word name that ends a longer one, whose head it is ("Global Soft Power Index" /
  "Brand Finance Global Soft Power Index", "Carrie Lam" / "Hong Kong Chief Executive Carrie
  Lam"), or that starts one which only adds a designator ("Shanghai Composite [Index]",
  "Belt and Road [Initiative]") — not a place that names something else ("Hong Kong" /
  "Hong Kong International Airport", "Hong Kong Human Rights and Democracy Act");
* a surname after the full name ("Trump" / "Donald Trump"), titles dropped ("President
  Donald Trump" / "Mr Trump"), and near-identical spellings with the same numbers (rapidfuzz);
* one surname after a given name and its short form ("Dick Blumenthal" / "Richard Blumenthal":
  ``resources/given_names.txt``).

Alignment, labels, the naming lens and the briefing's event panels all read names through
``entity_key`` and ``resolve_aliases``.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache, lru_cache

import numpy as np
from rapidfuzz import fuzz, process

FUZZY_MIN_SCORE = 92.0
"""rapidfuzz ratio above which two entity spellings of ≥ 6 letters are one entity."""
JOINERS = frozenset({"of", "and", "the", "for", "de", "du", "la", "&"})
"""Small words inside names ("Belt and Road"), left out of their acronyms."""

_TITLE = re.compile(
    r"^(?:(?:mr|mrs|ms|dr|prof|professor|sir|dame|rev|president|vice president|premier|prime minister|"
    r"chancellor|chairman|chairwoman|secretary|senator|sen|congressman|congresswoman|governor|mayor|"
    r"minister|foreign minister|ambassador|admiral|pope|sheikh|spokesman|spokeswoman|spokesperson)\s+)+"
    r"(?!(?:of|and|the|for|general)\b)(?=\w)",
    re.IGNORECASE,
)
"""Honorifics and titles before a name: "President Donald Trump", "Mr Trump" and "Trump" are one
person. English usage (news style guides' courtesy titles), not a list of particular people."""


def is_title(surface: str) -> bool:
    """Whether a name is only a title ("Mr", "Sen."): it names no one by itself."""
    return _TITLE.sub("", surface.replace(".", "") + " x").strip() == "x"


@cache
def entity_key(surface: str) -> str:
    """Lowercase, no leading article or title, dots and possessives gone, spaces collapsed, and no middle initial:
    "Christopher J. Dodd" is the "Christopher Dodd" whose surname "Dodd" is (``terms.entities`` keeps the initial a
    name is printed with; check12l)."""
    text = surface.replace("’", "'").removesuffix("'s").removesuffix("'")
    text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
    text = _MIDDLE_INITIAL.sub("", text)
    text = text.replace(".", "")
    text = re.sub(r"\s+", " ", text).strip()
    return _GENERATION.sub("", _TITLE.sub("", text)).lower()


_MIDDLE_INITIAL = re.compile(r"(?<=\w)\s+[A-Z]\.(?=\s+[A-Z])")
"""An initial between two words of a name ("George W. Bush", "Reid H. Weingarten")."""
_GENERATION = re.compile(r",?\s+(?:Jr|Sr|II|III|IV)\.?$", re.IGNORECASE)
"""A generational suffix ("Cesar Sayoc Jr."): the same person as the name without it."""
_PERSON_OF_PLACE = re.compile(r"^((?:[a-z]+ ){1,2}[a-z]+) of [a-z][a-z ]*$")
"""A person-shaped name (two or three plain words) qualified by where they are from ("Cesar Sayoc of Aventura",
"Nancy Pelosi of California"): the same person as the name alone."""


def person_of(name: str) -> str:
    """A name as the person it names, when it is one: without a title ("Senator"), a generational suffix or
    where they are from ("Senator Mitch McConnell of Kentucky" → "mitch mcconnell"); other names unchanged."""
    key = entity_key(name)
    person = _PERSON_OF_PLACE.match(key)
    if person and not DESIGNATORS.intersection(person.group(1).split()):
        return person.group(1)
    return name if key == name.lower() or not key else (key if _TITLE.match(name) or _GENERATION.search(name) else name)


def _squashed(key: str) -> str:
    return re.sub(r"\d+$", "", re.sub(r"[^a-z0-9]", "", key))


def _acronyms(key_surface: str) -> set[str]:
    words = [w for w in re.split(r"[\s-]+", key_surface) if w]
    if len(words) < 2:
        return set()
    content = [w for w in words if w.lower() not in JOINERS]
    forms = {"".join(w[0] for w in content).lower()}
    if len(content) != len(words):
        forms.add("".join(w[0] for w in words if w != "&").lower())
    return {f for f in forms if len(f) >= 2}


DESIGNATORS = frozenset({
    "index", "initiative", "inc", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "llc", "group",
    "holdings", "organization", "organisation", "agency", "administration", "project", "programme", "program",
    "plan", "strategy", "forum", "summit", "fund", "bank", "party", "movement", "campaign",
})
"""Words that designate the kind of thing a name is ("Shanghai Composite Index"): a name followed only by
these is the same thing as the name alone."""
_DIGITS = re.compile(r"\d+")
_EXPANDED = re.compile(
    r"((?:(?:[A-Z][\w'’.&-]*|of|and|the|for|on|de)\s+){1,9}?(?:[A-Z][\w'’.&-]*))\s*\(\s*([A-Z][A-Za-z]{1,9})\s*\)"
)
_ABBREVIATED = re.compile(r"\b([A-Z][A-Za-z]{1,9})\s*\(\s*((?:[A-Z][\w'’.&-]*)(?:\s+(?:[A-Z][\w'’.&-]*|of|and|the|for|on|de)){1,9})\s*\)")


def acronym_expansions(texts: Iterable[str]) -> set[tuple[str, str]]:
    """(acronym key, expansion key) pairs that the texts state: "Belt and Road Initiative (BRI)"
    or "BRI (Belt and Road Initiative)", where the acronym's letters are the name's initials."""
    found: set[tuple[str, str]] = set()
    for text in texts:
        if "(" not in text:
            continue
        pairs = [(m.group(2), m.group(1)) for m in _EXPANDED.finditer(text)]
        pairs += [(m.group(1), m.group(2)) for m in _ABBREVIATED.finditer(text)]
        for acronym, name in pairs:
            words = name.split()
            for start in range(len(words) - 1):  # the shortest tail of the name the acronym spells
                tail = " ".join(words[start:])
                if words[start].lower() not in JOINERS and acronym.lower() in _acronyms(tail):
                    found.add((entity_key(acronym), entity_key(tail)))
                    break
    return found


@cache
def _alias_groups() -> tuple[tuple[str, ...], ...]:
    from contrast.resources import alias_groups

    return tuple(tuple(dict.fromkeys(entity_key(name) for name in group)) for group in alias_groups())


def _same_numbers(a: str, b: str) -> bool:
    """Keys that carry the same numbers ("june 12" is not "june 15"; "ne zha 2" may be "nezha")."""
    da, db = _DIGITS.findall(a), _DIGITS.findall(b)
    return da == db or ((not da or not db) and len(_squashed(a if not da else b)) >= 5)


def _near_spelling(a: str, b: str) -> bool:
    """Keys whose near-identical spelling may be one name: the same numbers and the same number of words.
    A word more is another name, however short: "Thomas R" (of "Senator Thomas R. Carper") is not "Thomas"
    (Clarence Thomas), though the squashed spellings score 92 (check s6-C GF-43)."""
    return _same_numbers(a, b) and a.count(" ") == b.count(" ") and not _people_of_place(a, b)


def _people_of_place(a: str, b: str) -> bool:
    """Keys one of which is the other with "n" or "ns" added: a place and its people or their adjective ("america" /
    "american" / "americans", "russia" / "russians", "korea" / "korean"), no two spellings of one name. The fuzzy
    spelling rule chained "America's" (the country's) to "Americans" (the people) through "American", and the naming
    lens listed them as one actor named differently (check W TG-31)."""
    short, long = sorted((_squashed(a), _squashed(b)), key=len)
    return long in (short + "n", short + "ns")


def resolve_aliases(surfaces: Iterable[str], *, texts: Iterable[str] = ()) -> dict[str, str]:
    """Map every entity surface form to a canonical id shared by its aliases.

    ``texts`` are searched for acronyms written out ("the Belt and Road Initiative (BRI)"),
    the evidence an acronym needs to join its expansion (besides the alias list). The
    canonical id is the most frequent key of the merged group (ties: shortest, then
    alphabetical), so the result depends only on the input multiset, not its order.

    A build asks it three times of the same claims (alignment, the naming lens, the briefing's
    event panels): the last ``RESOLVED_KEPT`` answers are kept, and a copy is returned.
    """
    return dict(_resolved(tuple(surfaces), tuple(texts)))


RESOLVED_KEPT = 2


@lru_cache(maxsize=RESOLVED_KEPT)
def _resolved(surfaces: tuple[str, ...], texts: tuple[str, ...]) -> dict[str, str]:
    counts = Counter(entity_key(s) for s in surfaces)
    counts.pop("", None)
    keys = sorted(counts)
    parent = {key: key for key in keys}

    def find(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_squash: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        squashed = _squashed(key)
        if len(squashed) >= 4:
            by_squash[squashed].append(key)
    for group in by_squash.values():
        for other in group[1:]:
            if _same_numbers(group[0], other):
                union(group[0], other)
    # Acronyms, on evidence only: written out in the texts, or on the alias list.
    key_set = set(keys)
    for acronym, expansion in sorted(acronym_expansions(texts)):
        if acronym in key_set and expansion in key_set:
            union(acronym, expansion)
    for listed in _alias_groups():
        present = [key for key in listed if key in key_set]
        for other in present[1:]:
            union(present[0], other)
    # A person of a place ("cesar sayoc of aventura") is the person ("cesar sayoc"), whether or not the
    # texts also name them alone: the bare name is added as a key of no count, so the surname rule finds it.
    for key in list(keys):
        person = _PERSON_OF_PLACE.match(key)
        if person and not DESIGNATORS.intersection(person.group(1).split()):
            if person.group(1) not in parent:
                parent[person.group(1)] = person.group(1)
                keys.append(person.group(1))
                key_set.add(person.group(1))
            union(person.group(1), key)
    keys.sort()
    # A multi-word name inside a longer one: the same thing when it ends the longer name (its
    # head, unless the longer one is "X of <it>" or "<someone>'s <it>"), or starts it and only a
    # designator follows. Looked up through each name's sub-phrases, so the cost is linear.
    for key in keys:
        words = key.split(" ")
        for size in range(2, len(words)):
            head = " ".join(words[-size:])
            before = words[-size - 1]
            if head in key_set and before not in JOINERS and not before.endswith("'s") and "of" not in words[-size:]:
                union(head, key)
            lead = " ".join(words[:size])
            if lead in key_set and all(w in DESIGNATORS for w in words[size:]):
                union(lead, key)
    # A surname after the full name ("Zarit" / "William Zarit", "Trump" / "Donald Trump"): news
    # style names a person in full once, then by the last name. Only when one person-shaped
    # name (two or three plain words) ends in that word, so "Kong" never guesses between names.
    by_last_word: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        words = key.split(" ")
        if 2 <= len(words) <= 3 and all(w.isalpha() and w not in JOINERS for w in words):
            by_last_word[words[-1]].add(key)
    for owners in by_last_word.values():  # "dick blumenthal" / "richard blumenthal": one person, named by the surname
        for one, other in itertools.combinations(sorted(owners), 2):
            given, given_other = one.split(" ")[0], other.split(" ")[0]
            if one.count(" ") == other.count(" ") and given != given_other and same_given_name(given, given_other):
                union(one, other)
    for key in keys:
        if " " not in key and key in by_last_word:
            owners = {find(name) for name in by_last_word[key]}
            if len(owners) == 1:
                union(key, owners.pop())
    # A run-together single word equal to a name's first two words ("nezha" / "ne zha 2").
    single_by_squash = {_squashed(k): k for k in keys if " " not in k and len(_squashed(k)) >= 5}
    for key in keys:
        words = key.split(" ")
        if len(words) >= 2:
            match = single_by_squash.get(_squashed(words[0] + words[1]))
            if match is not None:
                union(match, key)
    # Near-identical spellings ("Beijng" / "Beijing"), compared within blocks of the same
    # first three letters and similar length so the work stays near-linear.
    blocks: dict[tuple[str, int], list[str]] = defaultdict(list)
    for key in keys:
        squashed = _squashed(key)
        if len(squashed) >= 6:
            blocks[(squashed[:3], len(squashed) // 4)].append(squashed)
    by_squashed: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        by_squashed[_squashed(key)].append(key)
    for (prefix, bucket), block in sorted(blocks.items()):
        neighbours = sorted(set(block + blocks.get((prefix, bucket + 1), [])))
        if len(neighbours) < 2:
            continue
        scores = process.cdist(neighbours, neighbours, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE)
        for i, j in zip(*np.nonzero(scores), strict=True):
            if i < j:
                for a in by_squashed[neighbours[i]]:
                    b = next((b for b in by_squashed[neighbours[j]] if _near_spelling(a, b)), None)
                    if b is not None:
                        union(a, b)
                        break
    groups: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        groups[find(key)].append(key)
    canonical = {
        root: min(members, key=lambda k: (-counts[k], len(k), k)) for root, members in groups.items()
    }
    return {surface: canonical[find(entity_key(surface))] for surface in set(surfaces) if entity_key(surface)}


def name_variants(a: str, b: str) -> bool:
    """Whether two names differ only in form: spelling, dots, an article or title, one inside
    the other ("Belt and Road" / "Belt and Road Initiative"), one the acronym of the other
    ("US" / "United States"), or one person named with another title, place or short given name
    ("House Speaker Nancy Pelosi" / "Speaker Nancy Pelosi of California", "Jim Mattis" / "James
    Mattis"), or the same words in another order ("Secretary of the Interior Ryan Zinke" / "Interior
    Secretary Ryan Zinke", "Department of the Interior" / "Interior Department"). Such pairs say nothing
    about framing; "Beijing" / "China" do."""
    ka, kb = entity_key(a), entity_key(b)
    for x, y in ((ka, kb), (entity_key(person_of(a)), entity_key(person_of(b)))):
        if _squashed(x) == _squashed(y) or f" {x} " in f" {y} " or f" {y} " in f" {x} " or reordered(x, y):
            return True
    if _squashed(ka) in _acronyms(b) or _squashed(kb) in _acronyms(a):
        return True
    sa, sb = _squashed(ka), _squashed(kb)
    if min(len(sa), len(sb)) >= 6 and _near_spelling(ka, kb) and fuzz.ratio(sa, sb) >= FUZZY_MIN_SCORE:
        return True
    return _same_person(entity_key(person_of(a)), entity_key(person_of(b)))


def reordered(ka: str, kb: str) -> bool:
    """The same words, joiners aside, in another order: one title written two ways (check7 ET-21)."""
    wa, wb = (sorted(w for w in k.split() if w not in JOINERS) for k in (ka, kb))
    return len(wa) >= 2 and wa == wb


def _same_person(ka: str, kb: str) -> bool:
    """Two person-shaped names (two or three plain words) with one surname whose given names start
    alike: "james mattis" / "jim mattis", "defense secretary james mattis" / "jim mattis"."""
    wa, wb = ka.split(), kb.split()
    if min(len(wa), len(wb)) < 2 or not all(w.isalpha() and w not in JOINERS for w in wa + wb):
        return False
    return wa[-1] == wb[-1] and (wa[-2][0] == wb[-2][0] or same_given_name(wa[-2], wb[-2]))


@cache
def _given_name_rows() -> dict[str, frozenset[int]]:
    """Each form of ``resources/given_names.txt`` (a given name and its short forms per line) → its lines."""
    from contrast.resources import word_rows

    found: dict[str, set[int]] = defaultdict(set)
    for line, forms in enumerate(word_rows("given_names")):
        for form in forms:
            found[form].add(line)
    return {form: frozenset(lines) for form, lines in found.items()}


def is_given_name(word: str) -> bool:
    """Whether a word is a given name or a short form of one (``resources/given_names.txt``: "Richard", "Dick")."""
    return word.lower() in _given_name_rows()


def same_given_name(a: str, b: str) -> bool:
    """Whether two given names are one: the same word, or forms of one name ("Dick" / "Richard", "Bob" / "Rob",
    ``resources/given_names.txt``); "Dick Blumenthal" and "Richard Blumenthal" are one person (check9 BV-12)."""
    a, b = a.lower(), b.lower()
    rows = _given_name_rows()
    return a == b or bool(rows.get(a, frozenset()) & rows.get(b, frozenset()))


def name_families(forms: Iterable[str]) -> dict[str, int]:
    """Forms of one actor joined when one is a variant of another (``name_variants``), transitively:
    "BRI" and "Belt and Road" are one family through "Belt and Road Initiative". Each form maps to
    its family's number (the position of one of its forms in sorted order)."""
    ordered = sorted(set(forms))
    family = list(range(len(ordered)))

    def root(i: int) -> int:
        while family[i] != i:
            i = family[i]
        return i

    for i, a in enumerate(ordered):
        for j in range(i + 1, len(ordered)):
            if name_variants(a, ordered[j]):
                family[root(j)] = root(i)
    return {form: root(i) for i, form in enumerate(ordered)}


__all__ = [
    "DESIGNATORS", "FUZZY_MIN_SCORE", "JOINERS", "acronym_expansions", "entity_key", "is_given_name", "is_title", "name_families",
    "name_variants", "reordered", "resolve_aliases", "same_given_name",
]  # fmt: skip
