"""Cue matching: find a lexicon's cue words in sentences, with their character spans.

Every lens number is a count of cues, so every number can be traced back to the words
that produced it: the spans found here become the ``evidence`` frame (one row per cue
occurrence), written to ``build/lenses/cues.csv`` and highlighted in the briefing.

Cue syntax (see ``contrast/resources/lexicons/*.toml``): whole words; a trailing ``*``
matches any word ending; a lower-case cue matches any case except a capitalised word
inside a sentence (a name: "May" the month, the newspaper "Sun"); a cue with capitals
matches exactly as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

import polars as pl

from contrast.resources import Lexicon
from contrast.schema import SENTENCE_INDEX, SOURCE_ID, TEXT

LENS = "lens"
CATEGORY = "category"
CUE = "cue"
EVIDENCE_SCHEMA: dict[str, pl.DataType] = {
    SOURCE_ID: pl.String(),
    SENTENCE_INDEX: pl.Int32(),
    LENS: pl.String(),
    CATEGORY: pl.String(),
    CUE: pl.String(),
    "start": pl.Int32(),
    "end": pl.Int32(),
}
"""One row per cue occurrence; ``start``/``end`` are offsets into the sentence's text."""

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_INITIAL = re.compile(r"^[\W_]*$|[:;—–]\s*[\"“‘']?$")
"""Text before a match that leaves it sentence-initial (nothing but punctuation, or a colon)."""


@dataclass(frozen=True)
class Hit:
    category: str
    cue: str
    """The text as written in the sentence."""
    start: int
    end: int


def word_count(text: str) -> int:
    """Words as runs of letters or digits (inner apostrophes and hyphens kept): the rate denominator."""
    return len(_WORD.findall(text))


def cue_pattern(cue: str) -> str:
    """The regular expression of one cue (see the module docstring for the syntax)."""
    parts = []
    for word in cue.split():
        wildcard = word.endswith("*")
        body = re.escape(word.rstrip("*")).replace("'", "['’]").replace(r"\-", r"[-‐‑]")
        parts.append(body + (r"[\w'’-]*" if wildcard else ""))
    pattern = r"\s+".join(parts)
    return pattern if any(ch.isupper() for ch in cue) else f"(?i:{pattern})"


class CueMatcher:
    """All cues of some lexicon categories compiled into one regular expression.

    Longer cues are tried first, so "foreign media" wins over "media". With
    ``whole_names``, a cue with capitals that runs into a longer capitalised name
    ("China" in "China Daily") does not count, except where the following word is one of
    ``institutions`` ("US President") or the sentence is written in title case.
    """

    def __init__(
        self,
        lexicon: Lexicon,
        categories: Iterable[str] | None = None,
        *,
        whole_names: bool = False,
        institutions: frozenset[str] = frozenset(),
    ) -> None:
        chosen = set(categories) if categories is not None else set(lexicon.ids)
        entries = [(c.id, cue) for c in lexicon.categories if c.id in chosen for cue in c.cues]
        entries.sort(key=lambda entry: -len(entry[1].rstrip("*")))
        self.entries = entries
        self.whole_names = whole_names
        self.institutions = institutions
        alternatives = "|".join(f"({cue_pattern(cue)})" for _, cue in entries)
        self.pattern = re.compile(rf"(?<![\w'’-])(?:{alternatives})(?![\w'’-])") if entries else None

    def find(self, sentence: str) -> list[Hit]:
        return list(self._iter(sentence))

    def _iter(self, sentence: str) -> Iterator[Hit]:
        if self.pattern is None:
            return
        position = 0
        title_case = _is_title_case(sentence)
        while (match := self.pattern.search(sentence, position)) is not None:
            category, cue = self.entries[(match.lastindex or 1) - 1]
            if self._accept(sentence, match, cue, title_case):
                yield Hit(category, match.group(), match.start(), match.end())
                position = match.end()
            else:
                position = match.start() + 1

    def _accept(self, sentence: str, match: re.Match[str], cue: str, title_case: bool) -> bool:
        written = match.group()
        cased_cue = any(ch.isupper() for ch in cue)
        if not cased_cue:
            return not written[0].isupper() or bool(_INITIAL.search(sentence[: match.start()]))
        if self.whole_names and not title_case:
            following = re.match(r"\s+([A-Z][\w'’-]*)", sentence[match.end() :])
            if following and following.group(1) not in self.institutions:
                return False
        return True


def _is_title_case(sentence: str) -> bool:
    """A heading (no closing punctuation) that capitalises most words: capitals say nothing about names there."""
    if re.search(r"[.!?…][\"'”’)]*\s*$", sentence):
        return False
    words = [w for w in _WORD.findall(sentence) if w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= 0.6


@cache
def _matcher_cache(lexicon: Lexicon, categories: tuple[str, ...] | None, whole_names: bool, institutions: frozenset[str]) -> CueMatcher:
    return CueMatcher(lexicon, categories, whole_names=whole_names, institutions=institutions)


def matcher(
    lexicon: Lexicon,
    categories: tuple[str, ...] | None = None,
    *,
    whole_names: bool = False,
    institutions: frozenset[str] = frozenset(),
) -> CueMatcher:
    """A compiled matcher, built once per lexicon (lexicons are immutable, so they are cache keys)."""
    return _matcher_cache(lexicon, categories, whole_names, institutions)


def find_evidence(sentences: pl.DataFrame, cue_matcher: CueMatcher, lens: str) -> pl.DataFrame:
    """Every cue occurrence in ``sentences`` as rows of ``EVIDENCE_SCHEMA``, in sentence order."""
    rows = [
        (source_id, index, lens, hit.category, hit.cue, hit.start, hit.end)
        for source_id, index, text in sentences.select(SOURCE_ID, SENTENCE_INDEX, TEXT).iter_rows()
        for hit in cue_matcher.find(text)
    ]
    return pl.DataFrame(rows, schema=EVIDENCE_SCHEMA, orient="row")


def empty_evidence() -> pl.DataFrame:
    return pl.DataFrame(schema=EVIDENCE_SCHEMA)
