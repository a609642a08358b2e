"""An event's key terms as a reader finds them in its sentences: written as they are, a name whole.

The linker keeps its terms folded ("reince", "mike") and cut at hyphens ("Chick" of "Chick-fil-A"): check11j printed
"Key terms: Ann Wagner, Gentry Collins, Saul Anuzis, reince" and "… call, mike, Chick". A reader searching the
sentences for a term must find it, and a piece of a name says less than the name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from contrast.claims.aliases import is_title
from contrast.claims.distinctive import distinct_anchors

_TOKEN = re.compile(r"[^\W_][\w’']*(?:[-‐][^\W_][\w’']*)*")
"""A word, a hyphenated compound ("Chick-fil-A", "fast-food") kept whole."""
_WORDS = re.compile(r"[^\W\d_][\w’'‐ -]*")
"""A term of words, not a figure."""


def as_printed(terms: Iterable[str], texts: Sequence[str]) -> tuple[str, ...]:
    """``terms`` as ``texts`` write them, in order, each once: a term that is part of a name (a run of capitalised
    words joined by single spaces, or a capitalised compound) is shown as the shortest such name the texts write
    it in, the form most of them use ("reince" → "Reince Preibus", "Chick" → "Chick-fil-A"); a term the texts do not
    write is left out. A term inside another shown one is shown once, in the longer ("Huckabee" in "Mike Huckabee")."""
    tokenised = [[_bare(m.start(), m.group()) for m in _TOKEN.finditer(text)] for text in texts]
    keyed = [[_keys(token) for _, _, token in tokens] for tokens in tokenised]
    shown: list[str] = []
    for term in terms:
        # a figure ("$34bn", "25%") is shown as the linker wrote it: its forms differ across sources by design
        found = _written(term, texts, tokenised, keyed) if _WORDS.fullmatch(term) else term
        if found and found.casefold() not in {s.casefold() for s in shown}:
            shown.append(found)
    return tuple(distinct_anchors(shown))


def _written(
    term: str, texts: Sequence[str], tokenised: list[list[tuple[int, int, str]]], keyed: list[list[frozenset[str]]]
) -> str | None:
    words = [_bare(0, w)[2].casefold() for w in _TOKEN.findall(term)]
    if not words:
        return None
    forms: Counter[str] = Counter()
    size: dict[str, int] = {}
    for text, tokens, keys in zip(texts, tokenised, keyed, strict=True):
        for i in range(len(tokens) - len(words) + 1):
            if not all(word in key for word, key in zip(words, keys[i : i + len(words)], strict=True)):
                continue
            window = tokens[i : i + len(words)]
            first, last = i, i + len(words) - 1
            if all(token[:1].isupper() for _, _, token in window):
                while first > 0 and _joined(text, tokens[first - 1], tokens[first]) and _named(tokens[first - 1][2]):
                    first -= 1
                while last + 1 < len(tokens) and _joined(text, tokens[last], tokens[last + 1]) and _named(tokens[last + 1][2]):
                    last += 1
            form = text[tokens[first][0] : tokens[last][1]]
            forms[form] += 1
            size[form] = last - first + 1
    if not forms:
        return None
    order = list(forms)
    return min(order, key=lambda f: (size[f], -forms[f], order.index(f)))


def _keys(token: str) -> frozenset[str]:
    """The words a token is (``_written`` finds a word in it): the token, folded, and each piece of a compound it is
    ("chick-fil-a": itself, "chick", "fil", "a"). Read once per token of an event's sentences, then asked per term: the
    tokens were split again for every term of every event, 8.7 s of CPU in a 500-source report's render (issue 16)."""
    folded = token.casefold()
    return frozenset((folded, *_PIECES.split(folded)))


_PIECES = re.compile(r"[-‐]")


def _joined(text: str, left: tuple[int, int, str], right: tuple[int, int, str]) -> bool:
    """Two tokens one space apart: a name goes on (a comma, a full stop or a dash ends it)."""
    return text[left[1] : right[0]] == " "


def _named(token: str) -> bool:
    """A capitalised word that may go on a name, not a title before it ("Chairman Reince Preibus")."""
    return token[:1].isupper() and not is_title(token)


def _bare(start: int, token: str) -> tuple[int, int, str]:
    """A token's span and text without a possessive ending ("Beijing's" is the name "Beijing")."""
    if token[-2:] in ("'s", "’s") and len(token) > 2:
        token = token[:-2]
    return start, start + len(token), token


LABEL_TERMS = 3
"""Key terms in an event's label (``claims.labels.number_events`` labels events with their first three)."""


def event_label(terms: Iterable[str], texts: Sequence[str]) -> str:
    """An event's label as a reader finds its terms in its sentences: its first ``LABEL_TERMS`` terms ``as_printed``
    ("Republican · donald · nominee" → "Republican · Donald Trump · nominee", check11k VF Naming table)."""
    return " · ".join(as_printed(terms, texts)[:LABEL_TERMS])
