"""Names a claim uses only to point at a work — a book's title, its author — and the words that point with them.

A sentence that mentions a book by its title and author says nothing of what it reports by doing so: "… will
likely be questioned over information in Michael Wolff's book “Fire and Fury: Inside the Trump White House”" and
"… a falling out over comments he made to author Michael Wolff for his recent book “Fire and Fury: …”" share the
title (two names, by the name finder), the author and the word "book", and report two facts (check s15 Q-BN:
printed as one event at 0.97). Alignment reads such names as one *reference*: the title and the author of one work
are one name, and the noun that says what the work is ("book", "memoir", "film") or who wrote it ("author") is a
word of that name, not something said with it (``contrast.claims.align.Starts``). What a claim says about the
work — "the book says …", "excerpts … were released" — still starts a link, as with any name.

English usage, not a list of works: a title is a run of capitalised words in quotation marks right after a noun of
a work ("book: “…”", "the film “…”") or right after the noun without marks ("the memoir A Higher Loyalty"); an
author is a name before "'s" and a noun of a work ("Wolff's new book"), after "author" ("author Michael Wolff") or
after "by" following the noun ("a book by Michael Wolff").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

WORK_NOUNS = (
    "book", "books", "memoir", "memoirs", "novel", "novels", "biography", "autobiography", "film", "films", "movie",
    "movies", "documentary", "album", "song", "essay", "poem", "podcast", "op-ed",
)  # fmt: skip
"""Nouns of a work that is cited by its title and author."""
AUTHOR_WORDS = ("author", "authors", "writer", "novelist", "biographer")
"""Nouns before a name that say it is cited as who wrote a work ("author Michael Wolff")."""

_NOUN = r"(?:" + "|".join(re.escape(noun) for noun in WORK_NOUNS) + r")"
_AUTHOR = r"(?:" + "|".join(AUTHOR_WORDS) + r")"
_CAPITALISED = r"[A-Z][\w'’-]*(?:\s+(?:(?:of|and|the|for|in|on|at|to|a|an|de)\s+)?[A-Z][\w'’-]*)*"
_TITLE_QUOTED = re.compile(r"\b" + _NOUN + r"\b(?:,|:)?\s*(?:(?:called|titled|entitled)\s+)?[“\"‘]([^”\"’]{2,120})[”\"’]")
"""A title in quotation marks after the noun of its work: 'book: “Fire and Fury: Inside the Trump White House.”'."""
_TITLE_BARE = re.compile(r"\b" + _NOUN + r":?\s+(?:(?:called|titled|entitled)\s+)?(" + _CAPITALISED + r")")
"""A title right after the noun of its work: "the memoir A Higher Loyalty"."""
_AUTHOR_OWNS = re.compile(r"(" + _CAPITALISED + r")['’]s?\s+(?:[a-z-]+\s+){0,2}" + _NOUN + r"\b")
"""An author before "'s" and the noun of the work, two words between at most: "Michael Wolff's new book"."""
_AUTHOR_TITLED = re.compile(r"\b" + _AUTHOR + r",?\s+(" + _CAPITALISED + r")")
"""A name after a noun that says it wrote: "author Michael Wolff", "novelist Stephen King"."""
_AUTHOR_BY = re.compile(r"\b" + _NOUN + r"\s+(?:[a-z]+\s+){0,2}by\s+(" + _CAPITALISED + r")")
"""An author after "by" following the work: "a book by Michael Wolff", "the film directed by …"."""
_POINTERS = (_TITLE_QUOTED, _TITLE_BARE, _AUTHOR_OWNS, _AUTHOR_TITLED, _AUTHOR_BY)
_WORK_WORD = re.compile(r"\b(" + _NOUN + r"|" + _AUTHOR + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class WorkReference:
    """What of a claim only points at works: ``names`` (the claim's entity surfaces that are a work's title or
    author) and ``words`` (the nouns of works and of authors it points with, lower case as written)."""

    names: frozenset[str]
    words: frozenset[str]


NO_REFERENCE = WorkReference(frozenset(), frozenset())


def work_reference(text: str, entities: Sequence[str]) -> WorkReference:
    """The names ``text`` uses only as a work's title or author, among ``entities`` (its names as the name finder
    wrote them), and the words that point at the work with them. Nothing when it cites no work."""
    if not _WORK_WORD.search(text):
        return NO_REFERENCE
    spans = [m.span(1) for pattern in _POINTERS for m in pattern.finditer(text)]
    if not spans:
        return NO_REFERENCE
    names = set()
    for surface in dict.fromkeys(entities):
        name = surface.lstrip("^&").removesuffix("'s").removesuffix("’s")
        found = [m.start() for m in re.finditer(re.escape(name), text)] if name else []
        # a name the claim also uses outside any reference ("the White House" beside "… Inside the Trump White House")
        # is more than a pointer to the work
        if found and all(any(begin <= start and start + len(name) <= end for begin, end in spans) for start in found):
            names.add(surface)
    if not names:
        return NO_REFERENCE
    return WorkReference(frozenset(names), frozenset(m.group(1).lower() for m in _WORK_WORD.finditer(text)))


__all__ = ["AUTHOR_WORDS", "NO_REFERENCE", "WORK_NOUNS", "WorkReference", "work_reference"]
