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
from functools import cache, lru_cache

import polars as pl

from contrast.resources import Lexicon, cue_problem
from contrast.schema import SENTENCE_INDEX, SOURCE_ID
from contrast.segment import POSSESSIVE

LENS = "lens"
CATEGORY = "category"
CUE = "cue"
CONTEXT = "context"
EVIDENCE_SCHEMA: dict[str, pl.DataType] = {
    SOURCE_ID: pl.String(),
    SENTENCE_INDEX: pl.Int32(),
    LENS: pl.String(),
    CATEGORY: pl.String(),
    CUE: pl.String(),
    "start": pl.Int32(),
    "end": pl.Int32(),
    CONTEXT: pl.String(),
}
"""One row per cue occurrence; ``start``/``end`` are offsets into the sentence's text; ``context``
says where the cue stands (``contrast.metrics.voice.CONTEXTS``: the outlet's own words, a
quotation, reported speech, after a negation, in a definition), null where a lens does not judge it."""

_EXCEPTION = "\x00exception"
"""The category of a lexicon's exception phrases: matched like cues, never reported."""
WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
"""A word as the rate denominator counts it: a run of letters or digits, inner apostrophes and hyphens kept."""
SPLIT_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
"""A word with its inner apostrophes kept and split at a hyphen ("don't" one word, "well-known" two): what the voice
lens and the report count in a quotation, a clause or a speaker's stretch, and the words they compare."""
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
    return len(WORD.findall(text))


def cue_pattern(cue: str) -> str:
    """The regular expression of one cue (see the module docstring for the syntax)."""
    parts = []
    for word in cue.split():
        wildcard = word.endswith("*")
        body = re.escape(word.rstrip("*")).replace("'", "['’]").replace(r"\-", r"[-‐‑]")
        parts.append(body + (r"[\w'’-]*" if wildcard else ""))
    pattern = r"\s+".join(parts)
    return pattern if any(ch.isupper() for ch in cue) else f"(?i:{pattern})"


_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+(?:['’‐‑-][^\W_]+)*")
"""Words as cues see them: initialisms with dots ("U.S."), inner apostrophes and hyphens kept."""


def _normal(token: str, *, cased: bool) -> str:
    token = token.replace("’", "'").replace("‐", "-").replace("‑", "-")
    return token if cased else token.lower()


@dataclass(frozen=True)
class _Cue:
    category: str
    cue: str
    words: tuple[tuple[str, bool], ...]
    """(normalised word, is a prefix) per word of the cue."""
    cased: bool


class CueMatcher:
    """All cues of some lexicon categories, indexed by their first word.

    A sentence is split into words once; at each word the cues starting with it are tried,
    longest first, so "foreign media" wins over "media". A possessive ending ("China's")
    does not hide a cue ("China"). With ``any_case``, lower-case cues match capitalised words
    anywhere; with ``shouted``, words written all in capitals ("A TOTAL WITCH HUNT!!!": shouting, not a name).
    With ``whole_names``, a cue with capitals that runs
    into a longer capitalised name ("China" in "China Daily") does not count, except where
    the next word is one of ``institutions`` ("US President") or the sentence is a
    title-case heading.
    """

    def __init__(
        self,
        lexicon: Lexicon,
        categories: Iterable[str] | None = None,
        *,
        whole_names: bool = False,
        institutions: frozenset[str] = frozenset(),
        any_case: bool = False,
        shouted: bool = False,
    ) -> None:
        chosen = set(categories) if categories is not None else set(lexicon.ids)
        entries = [(c.id, cue) for c in lexicon.categories if c.id in chosen for cue in c.cues]
        entries += [(_EXCEPTION, phrase) for phrase in lexicon.exceptions]
        entries.sort(key=lambda entry: -len(entry[1].rstrip("*")))
        self.whole_names = whole_names
        self.any_case = any_case
        self.shouted = shouted
        self.institutions = frozenset(i.lower() for i in institutions)
        self._exact: dict[str, list[_Cue]] = {}
        self._prefix: dict[str, list[_Cue]] = {}
        self._cache: dict[str, tuple[_Cue, ...]] = {}
        for category, cue in entries:
            cased = any(ch.isupper() for ch in cue)
            words = tuple(
                (_normal(w.rstrip("*"), cased=cased), w.endswith("*")) for w in cue.split()
            )
            entry = _Cue(category, cue, words, cased)
            problem = cue_problem(cue)
            if problem is not None:
                raise ValueError(f"cue {cue!r}: {problem}")
            first, prefix = words[0]
            (self._prefix if prefix else self._exact).setdefault(first[:3] if prefix else first, []).append(entry)

    def find(self, sentence: str) -> list[Hit]:
        return list(self._iter(sentence))

    def _lookup(self, token: str) -> tuple[_Cue, ...]:
        """Cues that may start at ``token``, longest first (memoised in ``_cache``: words repeat;
        most words start no cue and share the empty tuple)."""
        lower = _normal(token, cased=False)
        found = self._exact.get(lower, []) + self._exact.get(_normal(token, cased=True), []) + self._prefix.get(lower[:3], [])
        bare = POSSESSIVE.sub("", lower)
        if bare != lower:
            found += self._exact.get(bare, []) + self._exact.get(_normal(POSSESSIVE.sub("", token), cased=True), [])
        unique = {id(c): c for c in found}
        return tuple(sorted(unique.values(), key=lambda c: (-len(c.cue.rstrip("*")), c.cue)))

    def _iter(self, sentence: str) -> Iterator[Hit]:
        tokens, title_case = _split(sentence)
        memo, lookup = self._cache, self._lookup
        i = 0
        while i < len(tokens):
            candidates = memo.get(tokens[i][2])
            if candidates is None:
                candidates = memo[tokens[i][2]] = lookup(tokens[i][2])
            for cue in candidates:
                end = self._match(sentence, tokens, i, cue)
                if end is not None and self._accept(sentence, tokens[i][0], end, cue, title_case):
                    if cue.category != _EXCEPTION:
                        yield Hit(cue.category, sentence[tokens[i][0] : end], tokens[i][0], end)
                    i += len(cue.words)
                    break
            else:
                i += 1

    @staticmethod
    def _match(sentence: str, tokens: list[tuple[int, int, str]], i: int, cue: _Cue) -> int | None:
        """End offset of ``cue`` matched from token ``i`` (a final possessive left out), or None."""
        if i + len(cue.words) > len(tokens):
            return None
        end = tokens[i][0]
        for k, (word, prefix) in enumerate(cue.words):
            start, stop, text = tokens[i + k]
            if k and sentence[end:start].strip():
                return None
            value = _normal(text, cased=cue.cased)
            last = k == len(cue.words) - 1
            if (prefix and value.startswith(word)) or value == word:
                end = stop
            elif last and not prefix and POSSESSIVE.sub("", value) == word:
                end = stop - len(value) + len(word)
            else:
                return None
        return end

    def _accept(self, sentence: str, start: int, end: int, cue: _Cue, title_case: bool) -> bool:
        if not cue.cased:
            shouting = self.shouted and sentence[start:end].isupper() and sum(ch.isalpha() for ch in sentence[start:end]) > 1
            return self.any_case or shouting or not sentence[start].isupper() or bool(_INITIAL.search(sentence[:start]))
        if self.whole_names and not title_case and cue.category != _EXCEPTION:  # an exception swallows what follows
            following = re.match(r"\s+([A-Z][\w'’-]*)", sentence[end:])
            if following and following.group(1).lower() not in self.institutions:
                return False
        return True


@lru_cache(maxsize=4096)
def _split(sentence: str) -> tuple[list[tuple[int, int, str]], bool]:
    """A sentence's tokens (start, end, text) and whether it is a title-case heading: each
    lens's matchers read the same sentence, so it is split once (the caller only reads it)."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(sentence)], _is_title_case(sentence)


def _is_title_case(sentence: str) -> bool:
    """A heading (no closing punctuation) that capitalises most words: capitals say nothing about names there."""
    if re.search(r"[.!?…][\"'”’)]*\s*$", sentence):
        return False
    words = [w for w in WORD.findall(sentence) if w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= 0.6


@cache
def _matcher_cache(
    lexicon: Lexicon, categories: tuple[str, ...] | None, whole_names: bool, institutions: frozenset[str], any_case: bool
) -> CueMatcher:
    return CueMatcher(lexicon, categories, whole_names=whole_names, institutions=institutions, any_case=any_case)


def matcher(
    lexicon: Lexicon,
    categories: tuple[str, ...] | None = None,
    *,
    whole_names: bool = False,
    institutions: frozenset[str] = frozenset(),
    any_case: bool = False,
) -> CueMatcher:
    """A compiled matcher, built once per lexicon (lexicons are immutable, so they are cache keys).

    ``any_case``: lower-case cues also match capitalised words inside a sentence (titles of
    roles, "said Press Secretary Sarah Sanders", where capitals mark a title, not another word).
    """
    return _matcher_cache(lexicon, categories, whole_names, institutions, any_case)


def empty_evidence() -> pl.DataFrame:
    return pl.DataFrame(schema=EVIDENCE_SCHEMA)
