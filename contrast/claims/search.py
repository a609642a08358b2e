"""Candidate pairs of claims: who could report the same fact, found without comparing every pair.

Each claim looks others up through a few of its rarest features (names, figures, words),
so the work grows with the corpus, not with its square.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np
import polars as pl
import scipy.sparse as sp

CANDIDATE_MAX_DF = 150
"""Features in more claims than this do not generate candidate pairs (they still score)."""
CANDIDATE_FEATURES = 6
"""How many of its rarest features a claim uses to look up candidates (and every figure it gives: ``always``)."""
CHUNK_ROWS = 2048
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def candidate_pairs(
    matrix: sp.csr_matrix,
    sources: np.ndarray,
    *,
    max_df: int = CANDIDATE_MAX_DF,
    per_claim: int = CANDIDATE_FEATURES,
    query: np.ndarray | None = None,
    always: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j, different sources) that share one of i's or j's rarest features.

    With ``query`` (row numbers): pairs (q, j), q in ``query``, j of another source, through
    q's rarest features only (the absence search).

    Each claim looks others up through at most ``per_claim`` of its features —
    the rarest ones seen at least twice and at most ``max_df`` times — so a
    claim has at most ``per_claim × max_df`` candidates however large
    the corpus: the work grows linearly with it. ``always`` (a mask over the
    features): those a claim looks up through whatever their rank, within the
    same ``max_df`` (each adds at most ``max_df`` candidates: still linear).
    """
    lookup, postings = _lookup(matrix, max_df, per_claim, always)
    if query is not None:
        return _query_pairs(lookup[query], query, postings.T.tocsr(), sources)
    transposed = postings.T.tocsr()
    source_codes = _codes(sources)
    n = matrix.shape[0]
    keys: list[np.ndarray] = []
    for start in range(0, n, CHUNK_ROWS):
        block = (lookup[start : start + CHUNK_ROWS] @ transposed).tocoo()
        i = block.row.astype(np.int64) + start
        j = block.col.astype(np.int64)
        mask = (i != j) & (source_codes[i] != source_codes[j])
        low, high = np.minimum(i[mask], j[mask]), np.maximum(i[mask], j[mask])
        keys.append(low * n + high)
    if not keys:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    merged = np.sort(np.concatenate(keys))
    unique = merged[np.concatenate(([True], merged[1:] != merged[:-1]))] if merged.size else merged
    return unique // n, unique % n


def figures(vocabulary: np.ndarray) -> np.ndarray:
    """A mask over the features (``contrast.claims.align.features``): the figures, which linking looks candidates up
    through whatever their rank (``candidate_pairs``' ``always``). A figure two sources share may start a link alone,
    but a long sentence has more than ``CANDIDATE_FEATURES`` rarer words, and which come first turns on a claim more
    or less elsewhere in the report. Held-out gold g20: Reuters' "The two leaders agreed to hold off on imposing
    more tariffs for 90 days …" found People's Daily's "… intensify their efforts at negotiation within the next 90
    days …" (0.88, the 90-day event's only link) through "90", its sixth feature; once cleaning set an embedded tweet
    with "start" aside, "start" (five claims) came before "90" (six) and the pair was never scored."""
    return np.char.startswith(vocabulary.astype(str), "Q:") & ~years(vocabulary)


def years(vocabulary: np.ndarray) -> np.ndarray:
    """A mask over the features: the years a claim names (``contrast.claims.align.features``: "by 2030", "2005
    levels"), figures that weigh in a link's probability but start none and look nothing up: a year dates many facts."""
    names = vocabulary.astype(str)
    return np.char.startswith(names, "Q:") & np.array([_YEAR.fullmatch(name[2:]) is not None for name in names.tolist()], dtype=bool)


def _lookup(
    matrix: sp.csr_matrix, max_df: int, per_claim: int, always: np.ndarray | None = None
) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """Rows × features: each row's lookup features (its ``per_claim`` rarest of those seen 2 to ``max_df`` times,
    and all of those ``always`` marks), and every row's usable features (``postings``), as binary matrices."""
    binary = (matrix > 0).astype(np.float32).tocsr()
    df = np.asarray(binary.sum(axis=0)).ravel()
    usable = (df >= 2) & (df <= max_df)
    postings = (binary @ sp.diags(usable.astype(np.float32))).tocsr()
    postings.eliminate_zeros()
    entry_rows = np.repeat(np.arange(postings.shape[0]), np.diff(postings.indptr))
    entry_cols = postings.indices
    order = np.lexsort((entry_cols, df[entry_cols], entry_rows))
    rows, cols = entry_rows[order], entry_cols[order]
    rank = np.arange(rows.size) - postings.indptr[rows]
    chosen = rank < per_claim if always is None else (rank < per_claim) | always[cols]
    rows, cols = rows[chosen], cols[chosen]
    return sp.csr_matrix((np.ones(rows.size, dtype=np.float32), (rows, cols)), shape=postings.shape), postings


def query_pair_blocks(
    matrix: sp.csr_matrix, sources: np.ndarray, query: np.ndarray, *, max_df: int = CANDIDATE_MAX_DF,
    per_claim: int = CANDIDATE_FEATURES, rows: int = CHUNK_ROWS,
) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """``candidate_pairs(..., query=query)`` a block of ``rows`` query rows at a time: (the block's query rows, q, j),
    each block's pairs sorted by (q, j), one block for every ``rows`` of ``query`` (none for an empty one). For a
    sorted ``query`` the blocks' pairs, one after the other, are ``candidate_pairs``'; a caller that reduces each
    block as it comes holds one block's pairs, not the search's (issue 16: 9.7 million pairs at 2,000 sources)."""
    lookup, postings = _lookup(matrix, max_df, per_claim)
    transposed = postings.T.tocsr()
    source_codes = _codes(sources)
    for start in range(0, query.size, rows):
        block = query[start : start + rows]
        q, j = _block_pairs(lookup[block], block, transposed, source_codes)
        order = np.lexsort((j, q))
        yield block, q[order], j[order]


def _codes(values: np.ndarray) -> np.ndarray:
    """Integer codes for string labels (fast, order-independent equality)."""
    return pl.Series(values.tolist(), dtype=pl.String()).cast(pl.Categorical).to_physical().to_numpy().astype(np.int64)


def _query_pairs(
    lookup: sp.csr_matrix, query: np.ndarray, transposed: sp.csr_matrix, sources: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(q, j) for the query rows: j of another source sharing one of q's lookup features, each pair once."""
    source_codes = _codes(sources)
    found = [
        _block_pairs(lookup[start : start + CHUNK_ROWS], query[start : start + CHUNK_ROWS], transposed, source_codes)
        for start in range(0, query.size, CHUNK_ROWS)
    ]
    if not found:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    q, j = np.concatenate([q for q, _ in found]), np.concatenate([j for _, j in found])
    order = np.lexsort((j, q))
    return q[order], j[order]


def _block_pairs(
    lookup: sp.csr_matrix, block: np.ndarray, transposed: sp.csr_matrix, source_codes: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(q, j) for the query rows ``block`` (``lookup``: their lookup rows): j of another source sharing a lookup feature."""
    found = (lookup @ transposed).tocoo()
    q = block[found.row].astype(np.int64)
    j = found.col.astype(np.int64)
    mask = source_codes[q] != source_codes[j]
    return q[mask], j[mask]
