"""Which entity surface forms name the same thing, by general rules (no rule names a particular entity).

Merged corpus-wide: acronyms of multi-word names ("BRI" / "Belt and Road Initiative"),
squashed spellings ("Ne Zha 2" / "Nezha"), a multi-word name inside a longer one ("Global
Soft Power Index" / "Brand Finance Global Soft Power Index"), a surname after the full
name ("Trump" / "Donald Trump"), titles dropped ("President Donald Trump" / "Mr Trump") and
near-identical spellings (rapidfuzz). Alignment, labels, the naming lens and the briefing's
event panels all read names through ``entity_key`` and ``resolve_aliases``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache

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


@cache
def entity_key(surface: str) -> str:
    """Lowercase, no leading article or title, dots and possessives gone, spaces collapsed."""
    text = surface.replace("’", "'").removesuffix("'s").removesuffix("'")
    text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
    text = text.replace(".", "")
    text = re.sub(r"\s+", " ", text).strip()
    return _TITLE.sub("", text).lower()


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


def resolve_aliases(surfaces: Iterable[str]) -> dict[str, str]:
    """Map every entity surface form to a canonical id shared by its aliases.

    The canonical id is the most frequent key of the merged group (ties: shortest, then
    alphabetical), so the result depends only on the input multiset, not its order.
    """
    surfaces = list(surfaces)
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
            union(group[0], other)
    # Acronyms: "bri" ↔ "belt and road initiative"; "us" ↔ "united states".
    originals = {entity_key(s): s for s in sorted(set(surfaces))}
    acronym_of: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        for form in _acronyms(originals.get(key, key)):
            acronym_of[form].append(key)
    for key in keys:
        if " " not in key and key.isalpha() and key in acronym_of and len(acronym_of[key]) == 1:
            union(key, acronym_of[key][0])
    # A multi-word name inside a longer one: the shorter is the shared core. Looked up
    # through each name's contiguous sub-phrases, so the cost is linear in the names.
    key_set = set(keys)
    for key in keys:
        words = key.split(" ")
        for size in range(2, len(words)):
            for start in range(len(words) - size + 1):
                inner = " ".join(words[start : start + size])
                if inner in key_set:
                    union(inner, key)
    # A surname after the full name ("Zarit" / "William Zarit", "Trump" / "Donald Trump"): news
    # style names a person in full once, then by the last name. Only when one person-shaped
    # name (two or three plain words) ends in that word, so "Kong" never guesses between names.
    by_last_word: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        words = key.split(" ")
        if 2 <= len(words) <= 3 and all(w.isalpha() and w not in JOINERS for w in words):
            by_last_word[words[-1]].add(key)
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
                union(by_squashed[neighbours[i]][0], by_squashed[neighbours[j]][0])
    groups: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        groups[find(key)].append(key)
    canonical = {
        root: min(members, key=lambda k: (-counts[k], len(k), k)) for root, members in groups.items()
    }
    return {surface: canonical[find(entity_key(surface))] for surface in set(surfaces) if entity_key(surface)}


def name_variants(a: str, b: str) -> bool:
    """Whether two names differ only in form: spelling, dots, an article or title, one inside
    the other ("Belt and Road" / "Belt and Road Initiative"), or one the acronym of the other
    ("US" / "United States"). Such pairs say nothing about framing; "Beijing" / "China" do."""
    ka, kb = entity_key(a), entity_key(b)
    if _squashed(ka) == _squashed(kb) or ka in kb or kb in ka:
        return True
    return _squashed(ka) in _acronyms(b) or _squashed(kb) in _acronyms(a)


__all__ = ["FUZZY_MIN_SCORE", "JOINERS", "entity_key", "name_variants", "resolve_aliases"]
