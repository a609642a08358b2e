"""Memos of what the events stage reads of one text, which may be told results found earlier.

The events stage reads the same few things of every claim on every build — what it states
(``distinctive.stated``), the stems of that (``absence.stated_stems``), its folded words
(``evidence.fold_words``) — and each is a pure function of the claim's text. Adding one source
to a large report re-aligns every claim, so those readings were redone for every old claim
too (issue 16). The per-source ``claims`` stage computes them with a source's candidates
(``contrast.claims.features``) and the events stage tells each memo those results
(:meth:`TextMemo.knowing`) before it reads: a result is the function's, computed by the same
code (the claims stage's cache key fingerprints the modules that compute it), only earlier.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from typing import Generic, TypeVar

T = TypeVar("T")


class TextMemo(Generic[T]):
    """``function`` of one text, memoised: the most recent ``size`` results, and those it was told (``knowing``)."""

    def __init__(self, function: Callable[[str], T], size: int) -> None:
        self.function = function
        self._recent = lru_cache(maxsize=size)(function)
        self._known: dict[str, T] = {}
        self.__doc__ = function.__doc__
        self.__wrapped__ = function

    def __call__(self, text: str) -> T:
        found = self._known.get(text)
        return self._recent(text) if found is None else found

    @contextmanager
    def knowing(self, results: Mapping[str, T]) -> Iterator[None]:
        """Answer with ``results`` (text → what ``function`` gives for it) while inside, forgetting them after: a
        build's claims are not kept beyond its events stage."""
        self._known.update(results)
        try:
            yield
        finally:
            self._known.clear()

    def cache_clear(self) -> None:
        self._recent.cache_clear()
        self._known.clear()


def text_memo(size: int) -> Callable[[Callable[[str], T]], TextMemo[T]]:
    """``@text_memo(size)``: a ``TextMemo`` of the decorated function."""
    return lambda function: TextMemo(function, size)


__all__ = ["TextMemo", "text_memo"]
