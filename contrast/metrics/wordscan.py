"""A word-initial regular expression tried only where its first word stands: the same matches, faster.

The voice lens's reporting patterns open with ``\\b`` and a long alternation of words
("said|says|told|…"). Python's ``re`` tries such an alternation at every character of a
sentence, and over a corpus that was most of the time it takes to tell whose voice a sentence
speaks in. Here a pattern's possible first words are read once off its parse tree
(``first_words``: "said", "says", "point" and "points" of ``point(?:s)?\\s+to``, "emphasised"
and "emphasized" of ``emphasi[sz]ed``), a text's words are listed once (``Words``: ``\\w+``
runs, lowercased), and the pattern is tried (``pattern.match(text, pos)``, which sees the text
before ``pos`` for ``\\b`` and look-behinds exactly as a search does) only at the start of a
word that can begin a match. :func:`finditer` and :func:`search` return what
``pattern.finditer`` and ``pattern.search`` return, match for match.

Why that is exact: a match that starts with ``\\b`` and a word character starts where a ``\\w``
run starts, and that run begins with the match's first word. A pattern whose matches need not
start so, or whose first word cannot be read off (a class, an open repeat before any letter),
gets no first words and runs as it is. A first word that may continue past what the parse
tree tells ("critical" before an open repeat) is kept as a prefix. Case-insensitive patterns
compare lowercased words; a text with a character ``re`` folds to an ASCII letter that
``str.lower`` does not give back (İ, ı, ſ; ``tests/test_wordscan.py`` derives them from
``re``) runs every pattern as it is. The parse tree is the standard library's own
(``re._parser``, private: a Python that changes it only makes every pattern run plainly).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate
from typing import Any

__all__ = ["FOLDS_TO_ASCII", "FirstWords", "Words", "finditer", "first_words", "pattern_first_words", "search", "words_of"]

_sre_parse: Any = importlib.import_module("re._parser")
_sre: Any = importlib.import_module("re._constants")

FOLDS_TO_ASCII = frozenset("İıſ")
"""Characters a case-insensitive pattern matches to an ASCII letter (i, s) that ``str.lower`` does not
turn into it: a text with one of them runs every pattern as it is."""
_WORD = re.compile(r"\w+")
_NOT_WORD = re.compile(r"(\W+)")
_MAX_WORDS = 50_000
"""More possible first words than this: the pattern runs as it is (the parse tree multiplied out too far)."""
_MAX_UNROLL = 3
"""A repeat of at most this many copies is multiplied out ("(?:s|ed)?" → "", "s", "ed")."""


@dataclass(frozen=True)
class FirstWords:
    """The lowercased words a match can begin with: exactly one of ``exact``, or one starting with a ``prefixes`` entry."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]

    def admits(self, word: str) -> bool:
        return word in self.exact or word.startswith(self.prefixes)


_UNKNOWN = object()
"""A parse-tree item standing for "anything may follow"."""


class _Unreadable(Exception):
    """The parse tree does not tell where a match starts."""


@cache
def first_words(pattern: re.Pattern[str]) -> FirstWords | None:
    """The words every match of ``pattern`` starts with (see the module docstring), or None if it cannot be told."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.ASCII:
        return None
    try:
        found = _walk(list(_sre_parse.parse(pattern.pattern, pattern.flags & ~re.UNICODE)), "", bounded=False)
    except (_Unreadable, AttributeError, TypeError, ValueError, IndexError, re.error, RecursionError):
        return None
    return FirstWords(
        exact=frozenset(word for word, closed in found if closed),
        prefixes=tuple(sorted(word for word, closed in found if not closed)),
    )


def _walk(items: list[tuple[Any, Any]], start: str, *, bounded: bool) -> set[tuple[str, bool]]:
    """(word, closed) pairs: every match of ``items`` begins with ``word`` (only word characters), which is
    the whole of its first ``\\w`` run when ``closed``. ``start`` is what the items before consumed;
    ``bounded``: a ``\\b`` stood before the first character."""
    for i, (op, argument) in enumerate(items):
        rest = items[i + 1 :]
        if op is _sre.AT:
            if argument is _sre.AT_BOUNDARY:
                if start:
                    return _closed(start)
                bounded = True
                continue
            return _open(start)
        if op in (_sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero-width: the words of the pattern without it are a superset
        if op is _sre.LITERAL:
            char = chr(argument)
            if not _is_word(char):
                return _closed(start)
            if not char.isascii():
                return _open(start)
            if not start and not bounded:
                raise _Unreadable
            start += char.lower()
            continue
        if op is _sre.IN:
            chars = _literals(argument)
            if chars is not None and all(_is_word(c) and c.isascii() for c in chars):
                if not start and not bounded:
                    raise _Unreadable
                return _union(_walk(rest, start + c.lower(), bounded=bounded) for c in chars)
            if (chars is not None and not any(_is_word(c) for c in chars)) or _only_spaces(argument):
                return _closed(start)
            return _open(start)
        if op is _sre.BRANCH:
            return _union(_walk(list(branch) + rest, start, bounded=bounded) for branch in argument[1])
        if op is _sre.SUBPATTERN:
            return _walk(list(argument[3]) + rest, start, bounded=bounded)
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            low, high, inner = argument
            if high <= _MAX_UNROLL:
                return _union(_walk(list(inner) * count + rest, start, bounded=bounded) for count in range(low, high + 1))
            if low >= 1:  # one copy at least: what it starts with ("\\s+" ends the word), then nothing is known
                return _walk([*inner, (_UNKNOWN, None)], start, bounded=bounded)
            return _open(start)
        return _open(start)
    return _open(start)


def _closed(start: str) -> set[tuple[str, bool]]:
    if not start:
        raise _Unreadable  # a match may start with a character that is not a word's
    return {(start, True)}


def _open(start: str) -> set[tuple[str, bool]]:
    if not start:
        raise _Unreadable
    return {(start, False)}


def _union(parts: Iterator[set[tuple[str, bool]]]) -> set[tuple[str, bool]]:
    found: set[tuple[str, bool]] = set()
    for part in parts:
        found |= part
        if len(found) > _MAX_WORDS:
            raise _Unreadable
    return found


def _is_word(char: str) -> bool:
    return _WORD.fullmatch(char) is not None


def _literals(items: list[tuple[Any, Any]]) -> list[str] | None:
    """The characters of a class made only of literals (``[sz]``), else None."""
    if all(op is _sre.LITERAL for op, _ in items):
        return [chr(argument) for _, argument in items]
    return None


def _only_spaces(items: list[tuple[Any, Any]]) -> bool:
    return all(op is _sre.CATEGORY and argument is _sre.CATEGORY_SPACE for op, argument in items)


class Words:
    """A text's words (``\\w`` runs), lowercased, and where each starts: listed once for every pattern."""

    __slots__ = ("plain", "starts", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        ascii_text = text.isascii()
        self.plain = not ascii_text and not FOLDS_TO_ASCII.isdisjoint(text)
        """Run every pattern as it is (the text has a character that folds to ASCII unseen by ``str.lower``)."""
        if self.plain:
            self.words: list[str] = []
            self.starts: list[int] = []
            return
        # Split at the runs of non-word characters, kept: words (an empty one at either end) at the even
        # places, and each piece's offset is the sum of the lengths before it. Lowercasing ASCII keeps
        # every offset and every word boundary; other text is lowercased word by word.
        pieces = _NOT_WORD.split(text.lower() if ascii_text else text)
        self.starts = list(accumulate(map(len, pieces), initial=0))[0::2]
        self.words = pieces[0::2] if ascii_text else [word.lower() for word in pieces[0::2]]


words_of = lru_cache(maxsize=16)(Words)
"""``Words`` of a text, remembered for the last few texts (one sentence is read by several patterns)."""


_FIRST_BY_ID: dict[int, tuple[re.Pattern[str], FirstWords | None]] = {}
"""id(pattern) → (pattern, ``first_words(pattern)``). Looking a pattern up in ``first_words``' cache hashes it, and
a compiled pattern's hash covers its whole compiled code: 3 µs for the long alternations of the voice lens, asked
seven times a sentence, more than the rest of the scan. The pattern is kept, so its id is not reused while listed."""
_MAX_PATTERNS = 4096


def pattern_first_words(pattern: re.Pattern[str]) -> FirstWords | None:
    """``first_words(pattern)``, found by the pattern's identity (see ``_FIRST_BY_ID``)."""
    found = _FIRST_BY_ID.get(id(pattern))
    if found is None or found[0] is not pattern:
        if len(_FIRST_BY_ID) >= _MAX_PATTERNS:
            _FIRST_BY_ID.clear()
        found = _FIRST_BY_ID[id(pattern)] = (pattern, first_words(pattern))
    return found[1]


def finditer(pattern: re.Pattern[str], words: Words) -> Iterator[re.Match[str]]:
    """``pattern.finditer(words.text)``, trying the pattern only at words that can begin a match."""
    first = pattern_first_words(pattern)
    if first is None or words.plain:
        yield from pattern.finditer(words.text)
        return
    text, exact, prefixes, end = words.text, first.exact, first.prefixes, 0
    if not prefixes and exact.isdisjoint(words.words):
        return
    for position, word in zip(words.starts, words.words, strict=True):
        if position >= end and (word in exact or (prefixes and word.startswith(prefixes))):
            found = pattern.match(text, position)
            if found is not None:
                yield found
                end = found.end()


def search(pattern: re.Pattern[str], words: Words) -> re.Match[str] | None:
    """``pattern.search(words.text)``, trying the pattern only at words that can begin a match."""
    return next(finditer(pattern, words), None)
