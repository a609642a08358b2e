"""How likely two claims of different sources report the same fact: one score from several kinds of evidence.

No single signal separates "same fact" from "same topic" on a corpus about one story:
word overlap (TF-IDF cosine) is the best alone, but a shared quotation or a shared
specific figure is strong where the words differ, and a sentence model (when installed)
sees paraphrase. So each pair of claims gets the features below and a logistic model
turns them into a probability. The weights were fitted on the pairs of the four dev golds
(``benchmarks/gold/``, protocol 2: 38,387 cross-source pairs, 666 of one event; refit with
``benchmarks/gold/fit_evidence.py``); the held-out golds never saw them.

Features of a pair:

- ``cosine``: TF-IDF cosine of content stems and anchors (``align.features``);
- ``quote``: shared runs of five words (any words, quote marks and apostrophes folded),
  capped at 5 — the same quotation, or copied text;
- ``names``: shared names (alias-resolved), the claims' speakers left out, capped at 3;
- ``figures``: shared normalised quantities ("$34bn", "25%"), capped at 3;
- ``stems``: ``ln(1 + shared content stems)``;
- ``length``: ``ln`` of the product of the two claims' word counts (long sentences share
  many words by chance: its weight is negative);
- ``semantic``: cosine of sentence embeddings (semantic backend only).
"""

from __future__ import annotations

import re
import sys
import unicodedata
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
import scipy.sparse as sp

from contrast.claims.textmemo import text_memo
from contrast.resources import word_rows

QUOTE_WORDS = 5
"""A shared run of this many words is a shared quotation (or copied text)."""

LEXICAL_WEIGHTS = {"cosine": 6.485, "quote": 0.311, "names": -0.062, "figures": 1.395, "stems": 2.447, "length": -0.534}
LEXICAL_INTERCEPT = -3.310
SEMANTIC_WEIGHTS = {"cosine": 5.374, "quote": 0.372, "names": -0.149, "figures": 1.218, "stems": 1.630, "length": -0.304,
                    "semantic": 5.141}  # fmt: skip
SEMANTIC_INTERCEPT = -5.984
"""Logistic-regression weights fitted on the dev golds' pairs (see the module docstring)."""

_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": " "})
_WORD = re.compile(r"[^\W_]+")
_INITIAL_DOT = re.compile(r"(?<=\b[A-Z])\.(?=[A-Z]\b|[A-Z]\.)|(?<=\b[A-Z]\.[A-Z])\.")


def close_initials(text: str) -> str:
    """Dotted initials closed up: "N.C.A.A." → "NCAA", "U.S." → "US". Outlets differ in house style
    (The New York Times dots its acronyms), not in what they name, so every comparison of words —
    content stems, quotations, names, anchors — reads the two spellings as one word."""
    return _INITIAL_DOT.sub("", text) if "." in text else text


@cache
def spellings() -> dict[str, str]:
    """Word → the one spelling every comparison uses (``resources/spelling_variants.txt``: "okay ok",
    "defense defence", "organize organise"), with the inflected forms of each pair: -s, -ed, -ing (and
    -ation, -er for a base in -e: "organisation" → "organization"; "centred" → "centered")."""
    found: dict[str, str] = {}
    for kept, *others in word_rows("spelling_variants"):
        for other in others:
            for a, b in zip(_forms(kept, other), _forms(other, kept), strict=True):
                if a != b:
                    found.setdefault(b, a)
    return found


def _forms(word: str, other: str) -> list[str]:
    """``word``'s inflected forms, in an order that pairs them with ``other``'s (``spellings``)."""
    if word.endswith("e") and other.endswith("e"):
        stem = word[:-1]
        return [word, word + "s", word + "d", stem + "ing", stem + "ation", stem + "ations", word + "r", word + "rs"]
    if (word.endswith("re") and other.endswith("er")) or (word.endswith("er") and other.endswith("re")):
        stem = word[:-2]
        british = word.endswith("re")
        return [word, word + "s", stem + ("red" if british else "ered"), stem + ("ring" if british else "ering")]
    return [word, word + "s", word + "ed", word + "ing"]


def spelling(word: str) -> str:
    """A lower-case word in the spelling every comparison uses ("ok" → "okay", "defence" → "defense")."""
    return spellings().get(word, word)


def fold_words(text: str) -> list[str]:
    """Words with typography folded (curly quotes, apostrophes, dashes, ellipses; dotted initials
    closed up: ``close_initials``; one spelling of each word: ``spelling``), lower case."""
    return list(folded_words(text) if len(text) <= FOLDED_CHARS else _fold(text))


FOLDED_TEXTS = 1 << 17
FOLDED_CHARS = 2000
"""Sentences (texts up to ``FOLDED_CHARS``) whose folded words are kept, the most recent ``FOLDED_TEXTS``: a
build folds each claim's text in several places — the evidence's word runs and lengths, the absence search's
anchor index (twice), the handout's (twice) — so a 500-source report folded 143,000 texts, ~25,000 of them
different (19 s of its events and render steps under load). Words are interned, so an entry costs its tuple
(~60 MB when full); whole source texts (``copies.word_runs``) are folded every time."""


@text_memo(FOLDED_TEXTS)
def folded_words(text: str) -> tuple[str, ...]:
    return _fold(text, intern=sys.intern)


def _fold(text: str, intern: Callable[[str], str] = str) -> tuple[str, ...]:
    folded = unicodedata.normalize("NFKC", close_initials(text)).translate(_FOLD).lower()
    return tuple(intern(spelling(w)) for w in _WORD.findall(close_compounds(folded)))


_HYPHENATED = re.compile(r"\b(e)-(mail)|\b(web)\s+(site)", re.IGNORECASE)
"""A spelling with a hyphen ("e-mail") or a space ("Web site", check12m BN-15: "on its Daily Beast Web site" / "on its
website") that the word pattern would split: closed up before it does."""


def close_compounds(text: str) -> str:
    """``text`` with the compounds ``_HYPHENATED`` finds written as one word ("e-mail" → "email")."""
    return _HYPHENATED.sub(_joined, text)


def _joined(match: re.Match[str]) -> str:
    return "".join(part for part in match.groups() if part)


def shingle_matrix(
    texts: Sequence[str],
    size: int = QUOTE_WORDS,
    *,
    naming: Sequence[frozenset[str]] | None = None,
    naming_everywhere: frozenset[str] = frozenset(),
) -> sp.csr_matrix:
    """Claims × hashed runs of ``size`` words (binary): shared columns are shared word runs.

    ``naming``: per text, the words that only name someone (the words of its names), and
    ``naming_everywhere`` those that do in every text (titles, function words); a run made of them alone
    is left out ("the top Democrat on the Senate Intelligence Committee" is how two sentences introduce
    Sen. Warner, not a quotation they share)."""
    rows: list[int] = []
    cols: list[int] = []
    for row, text in enumerate(texts):
        words = fold_words(text)
        runs = (words[k : k + size] for k in range(len(words) - size + 1))
        if naming is not None:
            own = naming[row]
            runs = (run for run in runs if not all(word in own or word in naming_everywhere for word in run))
        hashed = {zlib.crc32(" ".join(run).encode()) for run in runs}
        rows += [row] * len(hashed)
        cols += sorted(hashed)
    codes, compact = np.unique(np.asarray(cols, dtype=np.int64), return_inverse=True)
    return sp.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, compact)), shape=(len(texts), max(1, codes.size)))


def _pair_counts(binary: sp.csr_matrix, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """How many columns rows ``a[k]`` and ``b[k]`` of a binary matrix share, per pair."""
    if a.size == 0:
        return np.zeros(0)
    return np.asarray(binary[a].multiply(binary[b]).sum(axis=1)).ravel()


FIGURE_COLUMN, STEM_COLUMN = 1, 2
"""Codes of a column's kind in ``PairScorer.kinds`` (0: neither, a name)."""


def _kind_counts(product: sp.csr_matrix, kinds: np.ndarray, kind: int) -> np.ndarray:
    """Per row of ``product``, its entries in the columns of ``kind``: the float32 count ``_pair_counts`` gives."""
    rows = np.repeat(np.arange(product.shape[0]), np.diff(product.indptr))
    return np.bincount(rows[kinds[product.indices] == kind], minlength=product.shape[0]).astype(np.float32)


def pair_features(
    matrix: sp.csr_matrix,
    shingles: sp.csr_matrix,
    names: sp.csr_matrix,
    figures: sp.csr_matrix,
    stems: sp.csr_matrix,
    lengths: np.ndarray,
    a: np.ndarray,
    b: np.ndarray,
    *,
    vectors: np.ndarray | None = None,
    kinds: np.ndarray | None = None,
) -> dict[str, np.ndarray]:
    """The evidence features of the pairs (``a[k]``, ``b[k]``) of claims (row numbers).

    ``kinds``, when given, says per column of ``matrix`` which of ``figures`` (``FIGURE_COLUMN``) and
    ``stems`` (``STEM_COLUMN``) holds it, those two being ``matrix``'s pattern on those columns: their
    counts are then read off the product the cosine sums (its entries are the columns both rows have:
    weights are positive), not from two more products of the pairs' rows. Same values, same types."""
    if a.size and kinds is not None:
        product = matrix[a].multiply(matrix[b]).tocsr()
        cosine = np.asarray(product.sum(axis=1)).ravel()
        figure_counts, stem_counts = (_kind_counts(product, kinds, kind) for kind in (FIGURE_COLUMN, STEM_COLUMN))
    else:
        cosine = np.asarray(matrix[a].multiply(matrix[b]).sum(axis=1)).ravel() if a.size else np.zeros(0)
        figure_counts, stem_counts = _pair_counts(figures, a, b), _pair_counts(stems, a, b)
    found = {
        "cosine": cosine,
        "quote": np.minimum(_pair_counts(shingles, a, b), 5.0),
        "names": np.minimum(_pair_counts(names, a, b), 3.0),
        "figures": np.minimum(figure_counts, 3.0),
        "stems": np.log1p(stem_counts),
        "length": np.log(np.maximum(lengths[a], 1.0) * np.maximum(lengths[b], 1.0)),
    }
    if vectors is not None:
        found["semantic"] = np.einsum("ij,ij->i", vectors[a], vectors[b]) if a.size else np.zeros(0)
    return found


@dataclass(frozen=True)
class PairScorer:
    """Everything the evidence of a pair is read from, built once per corpus; ``score`` any pairs."""

    matrix: sp.csr_matrix
    shingles: sp.csr_matrix
    names: sp.csr_matrix
    figures: sp.csr_matrix
    stems: sp.csr_matrix
    lengths: np.ndarray
    """Words per claim (``fold_words``)."""
    vectors: np.ndarray | None = None
    kinds: np.ndarray | None = None
    """Per column of ``matrix``: ``FIGURE_COLUMN``, ``STEM_COLUMN`` or 0, when ``figures`` and ``stems`` are
    ``matrix``'s pattern on those columns (``pair_features`` then counts them from the cosine's product)."""

    def features(self, a: np.ndarray, b: np.ndarray) -> dict[str, np.ndarray]:
        return pair_features(
            self.matrix, self.shingles, self.names, self.figures, self.stems, self.lengths, a, b, vectors=self.vectors,
            kinds=self.kinds,
        )

    def score(self, a: np.ndarray, b: np.ndarray, *, chunk: int = 200_000) -> np.ndarray:
        """Probability that claims ``a[k]`` and ``b[k]`` report one fact, in chunks (bounded memory)."""
        parts = [probability(self.features(a[k : k + chunk], b[k : k + chunk])) for k in range(0, a.size, chunk)]
        return np.concatenate(parts) if parts else np.zeros(0)

    def closeness(self, a: np.ndarray, b: np.ndarray, *, chunk: int = 200_000) -> np.ndarray:
        """How likely claims ``a[k]`` and ``b[k]`` may report one fact, for the search that must not miss
        one (``contrast.claims.absence``). Lexical: ``score``. With the semantic backend, the larger of
        its probability and the lexical model's: a candidate either model finds close is enough to say
        "possibly reported elsewhere", so turning the sentence model on never prints an "only in" that
        the lexical search would not. (Measured: the semantic probability alone printed 5.3 % false
        omissions on one held-out gold, over the 5 % bound; with the larger of the two, at most 5.0 %.)"""
        if self.vectors is None:
            return self.score(a, b, chunk=chunk)
        parts = []
        for k in range(0, a.size, chunk):
            found = self.features(a[k : k + chunk], b[k : k + chunk])
            lexical = {name: value for name, value in found.items() if name != "semantic"}
            parts.append(np.maximum(probability(found), probability(lexical)))
        return np.concatenate(parts) if parts else np.zeros(0)


def probability(features: dict[str, np.ndarray]) -> np.ndarray:
    """The model's probability that each pair reports one fact (semantic weights when embeddings are given)."""
    weights, intercept = (SEMANTIC_WEIGHTS, SEMANTIC_INTERCEPT) if "semantic" in features else (LEXICAL_WEIGHTS, LEXICAL_INTERCEPT)
    logit = np.full(len(features["cosine"]), intercept, dtype=np.float64)
    for name, weight in weights.items():
        logit += weight * features[name]
    return 1.0 / (1.0 + np.exp(-logit))


__all__ = [
    "FIGURE_COLUMN", "QUOTE_WORDS", "STEM_COLUMN", "PairScorer", "close_initials", "fold_words", "pair_features", "probability",
    "shingle_matrix", "spelling",
]  # fmt: skip
