"""Alignment: link claims of different sources that report the same event, then group links.

Plain sentence similarity fails on a corpus about one theme: a loose threshold links
everything to everything, a strict one links nothing. So:

1. each claim becomes a TF-IDF vector over its content stems *and* its anchors —
   alias-resolved entities (``E:``) and normalised quantities (``Q:``), weighted double;
2. candidate pairs come from a sparse product over the rarer features only (document
   frequency capped), so the work grows with the corpus, not with its square;
3. a pair is a link only if it is the *mutual best match* between the two sources,
   scores at least ``LINK_MIN`` cosine, and shares an anchor or two informative stems;
4. links are merged greedily, strongest first, and two groups join only while their
   mean pairwise cosine stays at least ``MERGE_MIN`` — so chains cannot grow into one
   blob.

Every link keeps its score and shared terms, so the report can say why two sentences
were put together. Ties are broken by source id and sentence index: same input, same
events.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import polars as pl
import scipy.sparse as sp

from contrast.claims.aliases import resolve_aliases
from contrast.claims.labels import empty_events, empty_links, event_strength, explain_links, number_events, surface_forms
from contrast.claims.semantic import Encoder, confirm
from contrast.claims.terms import dictionary_words, stem
from contrast.claims.tfidf import tfidf

LINK_MIN = 0.22
"""Cosine below which two claims are never linked (tuned on the hand-labelled tariffs gold)."""
RARE_ANCHOR_LINK_MIN = 0.12
"""Cosine enough for two claims that share a rare named entity ("Xiaohongshu", "Ne Zha"): long
sentences about the same thing in different words score low, and the rare name is the evidence."""
RARE_ANCHOR_MAX_SHARE = 0.03
LINK_MIN_WITHOUT_ANCHOR = 0.25
"""Cosine a link needs when the two claims share no salient anchor, only content words."""
SALIENT_STEM_MAX_SHARE = 0.04
"""Content words are weaker evidence than names or figures: salient only when rarer."""
MIN_SHARED_STEMS = 3
"""Rare content words two claims must share to be linked without a shared name or figure."""
SALIENT_MAX_SHARE = 0.1
"""A feature in more than this share of claims (a corpus's main actors, its topic words) is
not salient: it is what the whole corpus is about, not what singles out an event."""
MERGE_MIN = 0.2
"""Mean pairwise cosine two groups must keep to be merged into one event."""
ANCHOR_WEIGHT = 2
CANDIDATE_MAX_DF = 150
"""Features in more claims than this do not generate candidate pairs (they still score)."""
CANDIDATE_FEATURES = 6
"""How many of its rarest features a claim uses to look up candidates."""
CHUNK_ROWS = 2048
PAIR_CHUNK = 200_000
"""Candidate pairs scored at a time, bounding the memory of the row-wise products."""


@dataclass(frozen=True)
class Alignment:
    claims: pl.DataFrame
    """The claims with ``claim_id`` (row number) and ``event`` (null when unaligned)."""
    links: pl.DataFrame
    """Accepted links: ``a``, ``b`` (claim ids), ``score``, ``shared`` (top shared terms)."""
    events: pl.DataFrame
    """One row per event: ``event``, ``label``, ``terms`` (display forms), ``n_sources``, ``n_origins``."""


def features(claims: pl.DataFrame, aliases: dict[str, str]) -> list[list[str]]:
    rows = []
    for stems, entities, quantities in claims.select("stems", "entities", "quantities").iter_rows():
        anchors = [f"E:{aliases[e]}" for e in entities if e in aliases] + [f"Q:{q}" for q in quantities]
        rows.append(list(stems) + anchors * ANCHOR_WEIGHT)
    return rows


def align(claims: pl.DataFrame, *, encoder: Encoder | None = None) -> Alignment:
    """Link claims of different sources and group the links into events.

    With ``encoder`` (the optional semantic backend), links whose sentences are not close in
    meaning are dropped before grouping (``contrast.claims.semantic``).
    """
    claims = claims.with_row_index("claim_id")
    n = claims.height
    if n == 0:
        return Alignment(claims.with_columns(pl.lit(None, pl.Int32).alias("event")), empty_links(), empty_events())
    aliases = resolve_aliases(
        (e for row in claims.get_column("entities").to_list() for e in row), texts=claims.get_column("text").to_list()
    )
    matrix, vocabulary = tfidf(features(claims, aliases))
    sources = claims.get_column("source_id").to_numpy()
    pairs = _candidate_pairs(matrix, sources)
    salient = _salient_features(matrix, vocabulary, n_sources=len(set(sources.tolist())))
    speakers = [
        [f"E:{aliases[e]}" for e in row if e in aliases] + [stem(w.lower()) for e in row for w in e.split()]
        for row in claims.get_column("speakers").to_list()
    ]
    links = _mutual_best_links(matrix, pairs, sources, vocabulary, salient=salient, speakers=speakers)
    if encoder is not None:
        links = confirm(links, claims.get_column("text").to_list(), encoder).drop("semantic")
    event_of = _merge(matrix, links, n, sources)
    claims = claims.with_columns(pl.Series("event", event_of, dtype=pl.Int32))
    surfaces = surface_forms(claims, aliases)
    events, claims = number_events(claims, matrix, vocabulary, aliases, surfaces, event_strength(links, event_of))
    return Alignment(claims=claims, links=explain_links(links, event_of, matrix, vocabulary, surfaces), events=events)


def _candidate_pairs(matrix: sp.csr_matrix, sources: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j, different sources) that share one of i's or j's rarest features.

    Each claim looks others up through at most ``CANDIDATE_FEATURES`` of its features —
    the rarest ones seen at least twice and at most ``CANDIDATE_MAX_DF`` times — so a
    claim has at most ``CANDIDATE_FEATURES × CANDIDATE_MAX_DF`` candidates however large
    the corpus: the work grows linearly with it.
    """
    binary = (matrix > 0).astype(np.float32).tocsr()
    df = np.asarray(binary.sum(axis=0)).ravel()
    usable = (df >= 2) & (df <= CANDIDATE_MAX_DF)
    postings = (binary @ sp.diags(usable.astype(np.float32))).tocsr()
    postings.eliminate_zeros()
    entry_rows = np.repeat(np.arange(postings.shape[0]), np.diff(postings.indptr))
    entry_cols = postings.indices
    order = np.lexsort((entry_cols, df[entry_cols], entry_rows))
    rows, cols = entry_rows[order], entry_cols[order]
    rank = np.arange(rows.size) - postings.indptr[rows]
    rows, cols = rows[rank < CANDIDATE_FEATURES], cols[rank < CANDIDATE_FEATURES]
    query = sp.csr_matrix((np.ones(rows.size, dtype=np.float32), (rows, cols)), shape=postings.shape)
    transposed = postings.T.tocsr()
    source_codes = _codes(sources)
    n = matrix.shape[0]
    keys: list[np.ndarray] = []
    for start in range(0, n, CHUNK_ROWS):
        block = (query[start : start + CHUNK_ROWS] @ transposed).tocoo()
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


def _codes(values: np.ndarray) -> np.ndarray:
    """Integer codes for string labels (fast, order-independent equality)."""
    return pl.Series(values.tolist(), dtype=pl.String()).cast(pl.Categorical).to_physical().to_numpy().astype(np.int64)


@dataclass(frozen=True)
class Salient:
    """Features rare enough to single out an event: names and figures, and content words."""

    anchors: list[str]
    words: list[str]


def _salient_features(matrix: sp.csr_matrix, vocabulary: np.ndarray, *, n_sources: int) -> Salient:
    """Split the rare features into anchors (names, figures) and words.

    Common means in more than ``SALIENT_MAX_SHARE`` of claims *and* more than twice per
    source on average: in a small corpus every shared fact is frequent, yet still salient.
    Content words must be rarer still (``SALIENT_STEM_MAX_SHARE``), and a one-word name
    that is an ordinary dictionary word ("American") counts as a word, not an anchor.
    """
    df = np.asarray((matrix > 0).sum(axis=0)).ravel()
    anchor_limit = max(2.0, SALIENT_MAX_SHARE * matrix.shape[0], 2.0 * n_sources)
    stem_limit = max(3.0, SALIENT_STEM_MAX_SHARE * matrix.shape[0])
    names = vocabulary.astype(str)
    common = dictionary_words()
    ordinary = np.array([n.startswith("E:") and _is_dictionary_word(n[2:], common) for n in names], dtype=bool)
    is_anchor = (np.char.startswith(names, "E:") | np.char.startswith(names, "Q:")) & ~ordinary
    return Salient(
        anchors=sorted(names[is_anchor & (df <= anchor_limit)].tolist()),
        words=sorted(names[~is_anchor & (df <= stem_limit)].tolist()),
    )


def _is_dictionary_word(key: str, common: frozenset[str]) -> bool:
    """A one-word name that is also an ordinary English word ("American", "Pakistan", "Friday")."""
    return " " not in key and key in common


def _rare_entity_matrix(matrix: sp.csr_matrix, vocabulary: np.ndarray) -> sp.csr_matrix:
    """Binary claim × feature matrix restricted to names found in few claims.

    One-word names that are ordinary dictionary words (demonyms, countries) are left out:
    sharing "American" says little, sharing "Xiaohongshu" or "Ne Zha" says a lot.
    """
    df = np.asarray((matrix > 0).sum(axis=0)).ravel()
    limit = max(3.0, RARE_ANCHOR_MAX_SHARE * matrix.shape[0])
    common = dictionary_words()
    columns = [
        k
        for k in np.flatnonzero((df >= 2) & (df <= limit))
        if str(vocabulary[k]).startswith("E:") and not _is_dictionary_word(str(vocabulary[k])[2:], common)
    ]
    return (matrix[:, columns] > 0).astype(np.float32).tocsr()


def _mutual_best_links(
    matrix: sp.csr_matrix,
    pairs: tuple[np.ndarray, np.ndarray],
    sources: np.ndarray,
    vocabulary: np.ndarray,
    *,
    salient: Salient,
    speakers: list[list[str]],
) -> pl.DataFrame:
    left, right = pairs
    if left.size == 0:
        return empty_links()
    rare = _rare_entity_matrix(matrix, vocabulary)
    kept_left, kept_right, kept_scores = [], [], []
    for start in range(0, left.size, PAIR_CHUNK):
        i, j = left[start : start + PAIR_CHUNK], right[start : start + PAIR_CHUNK]
        scores = np.asarray(matrix[i].multiply(matrix[j]).sum(axis=1)).ravel()
        share_rare = np.asarray(rare[i].multiply(rare[j]).sum(axis=1)).ravel() > 0
        keep = (scores >= LINK_MIN) | (share_rare & (scores >= RARE_ANCHOR_LINK_MIN))
        kept_left.append(i[keep])
        kept_right.append(j[keep])
        kept_scores.append(scores[keep])
    left, right, scores = np.concatenate(kept_left), np.concatenate(kept_right), np.concatenate(kept_scores)
    if left.size == 0:
        return empty_links()
    both = pl.DataFrame(
        {
            "a": np.concatenate([left, right]),
            "b": np.concatenate([right, left]),
            "score": np.concatenate([scores, scores]),
        }
    ).with_columns(pl.Series("b_source", sources[np.concatenate([right, left])]))
    best = (
        both.sort(["a", "b_source", "score", "b"], descending=[False, False, True, False])
        .group_by(["a", "b_source"], maintain_order=True)
        .first()
        .select("a", "b", "score")
    )
    mutual = best.join(best.select(pl.col("b").alias("a"), pl.col("a").alias("b")), on=["a", "b"], how="semi")
    mutual = mutual.filter(pl.col("a") < pl.col("b")).sort(["score", "a", "b"], descending=[True, False, False])
    a_ids = mutual.get_column("a").to_numpy()
    b_ids = mutual.get_column("b").to_numpy()
    column = {name: k for k, name in enumerate(vocabulary.tolist())}
    salient_anchor = _without_speakers(_column_mask(matrix, [column[n] for n in salient.anchors]), column, speakers)
    salient_stem = _without_speakers(_column_mask(matrix, [column[n] for n in salient.words]), column, speakers)
    anchored = np.asarray(salient_anchor[a_ids].multiply(salient_anchor[b_ids]).sum(axis=1)).ravel() > 0
    stems = np.asarray(salient_stem[a_ids].multiply(salient_stem[b_ids]).sum(axis=1)).ravel()
    worded = (mutual.get_column("score").to_numpy() >= LINK_MIN_WITHOUT_ANCHOR) & (stems >= MIN_SHARED_STEMS)
    return mutual.filter(pl.Series(anchored | worded))


def _without_speakers(mask: sp.csr_matrix, column: dict[str, int], speakers: list[list[str]]) -> sp.csr_matrix:
    """Drop each claim's speakers (their name and its words) from its evidence: a shared speaker
    is who talks, not what is said. ``column``: feature → its column."""
    rows = [i for i, names in enumerate(speakers) for name in names if name in column]
    cols = [column[name] for names in speakers for name in names if name in column]
    if not rows:
        return mask
    spoken = sp.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=mask.shape)
    spoken.sum_duplicates()
    spoken.data[:] = 1.0  # one surface form or several, a speaker is removed once
    return (mask - mask.multiply(spoken)).tocsr()


def _column_mask(matrix: sp.csr_matrix, columns: list[int]) -> sp.csr_matrix:
    """Binary claim × feature matrix keeping only ``columns``."""
    keep = np.zeros(matrix.shape[1], dtype=np.float32)
    keep[columns] = 1.0
    return ((matrix > 0).astype(np.float32) @ sp.diags(keep)).tocsr()


def _merge(matrix: sp.csr_matrix, links: pl.DataFrame, n: int, sources: np.ndarray) -> list[int | None]:
    """Greedy average-linkage merge over links, strongest first.

    A group keeps the sum of its members' unit vectors, so the mean pairwise cosine of two
    groups is one sparse dot product divided by the product of their sizes.
    """
    parent = list(range(n))
    members: dict[int, list[int]] = {}
    sums: dict[int, dict[int, float]] = {}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def row(i: int) -> dict[int, float]:
        start, end = matrix.indptr[i], matrix.indptr[i + 1]
        return dict(zip(matrix.indices[start:end].tolist(), matrix.data[start:end].tolist(), strict=True))

    for a, b in links.select("a", "b").iter_rows():
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        group_a, group_b = members.get(ra, [ra]), members.get(rb, [rb])
        sum_a = sums[ra] if ra in sums else row(ra)
        sum_b = sums[rb] if rb in sums else row(rb)
        small, large = (sum_a, sum_b) if len(sum_a) <= len(sum_b) else (sum_b, sum_a)
        mean_cosine = sum(v * large.get(k, 0.0) for k, v in small.items()) / (len(group_a) * len(group_b))
        if mean_cosine < MERGE_MIN:
            continue
        root, other = min(ra, rb), max(ra, rb)
        parent[other] = root
        members[root] = sorted(group_a + group_b)
        merged = dict(large)
        for k, v in small.items():
            merged[k] = merged.get(k, 0.0) + v
        sums[root] = merged
        members.pop(other, None)
        sums.pop(other, None)
    event: list[int | None] = [None] * n
    for root, group in members.items():
        if len({sources[i] for i in group}) >= 2:
            for i in group:
                event[i] = root
    return event
