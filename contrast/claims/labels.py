"""Events from links: label each by its key terms, rank them, explain every link.

Alignment (``align``) decides which claims belong together; this module turns those
groups into what a reader sees: numbered events ordered by how widely they are shared
and how clearly their members agree, labels in the words the sources use ("$34bn",
"Xi Jinping"), and for every link the terms its two claims share.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import numpy as np
import polars as pl
import scipy.sparse as sp

from contrast.claims.terms import display_quantity, entity_key


def explain_links(
    links: pl.DataFrame,
    event_of: list[int | None],
    matrix: sp.csr_matrix,
    vocabulary: np.ndarray,
    surfaces: dict[str, str],
) -> pl.DataFrame:
    """The links that hold events together, each with the terms its two claims share (as written)."""
    inside = [event_of[a] is not None and event_of[a] == event_of[b] for a, b in links.select("a", "b").iter_rows()]
    kept = links.filter(pl.Series(inside, dtype=pl.Boolean)) if links.height else links
    shared = [
        [surfaces.get(t) or display_quantity(t.split(":", 1)[-1]) for t in shared_terms(matrix, a, b, vocabulary)]
        for a, b in kept.select("a", "b").iter_rows()
    ]
    return kept.with_columns(pl.Series("shared", shared, dtype=pl.List(pl.String())))


def shared_terms(matrix: sp.csr_matrix, a: int, b: int, vocabulary: np.ndarray, limit: int = 6) -> list[str]:
    """The features two claims share, strongest first: the explanation of their link."""
    start_a, end_a = matrix.indptr[a], matrix.indptr[a + 1]
    start_b, end_b = matrix.indptr[b], matrix.indptr[b + 1]
    common, in_a, in_b = np.intersect1d(
        matrix.indices[start_a:end_a], matrix.indices[start_b:end_b], assume_unique=True, return_indices=True
    )
    weight = matrix.data[start_a:end_a][in_a] * matrix.data[start_b:end_b][in_b]
    order = sorted(range(common.size), key=lambda k: (-weight[k], vocabulary[common[k]]))
    return [str(vocabulary[common[k]]) for k in order[:limit]]


def event_strength(links: pl.DataFrame, event_of: list[int | None]) -> pl.DataFrame:
    """Per event root: the mean score of the links inside it (how clearly its members agree)."""
    events = np.array([-1 if e is None else e for e in event_of], dtype=np.int64)
    a, b = links.get_column("a").to_numpy(), links.get_column("b").to_numpy()
    inside = (events[a] >= 0) & (events[a] == events[b]) if a.size else np.zeros(0, dtype=bool)
    return (
        pl.DataFrame({"event": events[a][inside], "score": links.get_column("score").to_numpy()[inside]})
        .group_by("event")
        .agg(pl.col("score").mean().alias("strength"))
        .with_columns(pl.col("event").cast(pl.Int32))
    )


def number_events(
    claims: pl.DataFrame,
    matrix: sp.csr_matrix,
    vocabulary: np.ndarray,
    aliases: dict[str, str],
    surfaces: dict[str, str],
    strength: pl.DataFrame,
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Order events (most widely shared first, then most clearly linked), number them, and label each."""
    grouped = (
        claims.filter(pl.col("event").is_not_null())
        .group_by("event")
        .agg(
            pl.col("origin").n_unique().alias("n_origins"),
            pl.col("source_id").n_unique().alias("n_sources"),
            pl.len().alias("n_members"),
            pl.col("claim_id").min().alias("first"),
            pl.col("claim_id"),
        )
        .join(strength, on="event", how="left")
        .with_columns(pl.col("strength").fill_null(0.0).round(6))
        .sort(["n_origins", "n_sources", "strength", "first"], descending=[True, True, True, False])
    )
    entity_words = {entity_key(surface) for surface in aliases} | set(aliases.values())
    renumber: dict[int, int] = {}
    labels, terms = [], []
    for position, (root, ids) in enumerate(grouped.select("event", "claim_id").iter_rows(), start=1):
        renumber[root] = position
        shown: list[str] = []
        for term in key_terms(matrix, ids, vocabulary, limit=10):
            surface = surfaces.get(term) or display_quantity(term.split(":", 1)[-1])
            if ":" not in term and surface in entity_words:
                continue  # the name itself is shown through its entity feature
            if not any(surface.lower() in s.lower() or s.lower() in surface.lower() for s in shown):
                shown.append(surface)
        shown = shown[:6]
        terms.append(shown)
        labels.append(" · ".join(shown[:3]))
    events = grouped.select(
        pl.Series("event", [renumber[r] for r in grouped.get_column("event").to_list()], dtype=pl.Int32),
        pl.Series("label", labels, dtype=pl.String()),
        pl.Series("terms", terms, dtype=pl.List(pl.String())),
        "n_sources",
        "n_origins",
        "n_members",
        "strength",
    )
    claims = claims.with_columns(pl.col("event").replace_strict(renumber, default=None, return_dtype=pl.Int32))
    return events, claims


def key_terms(matrix: sp.csr_matrix, ids: list[int], vocabulary: np.ndarray, limit: int = 6) -> list[str]:
    """Features present in at least two members, by summed weight; anchors before stems on ties."""
    block = matrix[ids]
    presence = np.asarray((block > 0).sum(axis=0)).ravel()
    weight = np.asarray(block.sum(axis=0)).ravel()
    candidates = np.flatnonzero(presence >= 2)
    order = sorted(candidates, key=lambda k: (-presence[k], -weight[k], vocabulary[k]))
    return [str(vocabulary[k]) for k in order[:limit]]


def surface_forms(claims: pl.DataFrame, aliases: dict[str, str]) -> dict[str, str]:
    """Feature → how sources write it: the most frequent surface per stem and per entity."""
    stem_forms: dict[str, Counter[str]] = defaultdict(Counter)
    for row in claims.get_column("surfaces").to_list():
        for pair in row:
            stemmed, surface = pair.split("\t", 1)
            stem_forms[stemmed][surface] += 1
    entity_forms: dict[str, Counter[str]] = defaultdict(Counter)
    for row in claims.get_column("entities").to_list():
        for surface in row:
            if surface in aliases:
                shown = surface.removesuffix("'s").removesuffix("’s").removesuffix("'").removesuffix("’")
                entity_forms[aliases[surface]][shown] += 1
    forms = {s: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for s, c in stem_forms.items()}
    forms.update({f"E:{e}": min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for e, c in entity_forms.items()})
    return forms


def empty_links() -> pl.DataFrame:
    return pl.DataFrame(schema={"a": pl.Int64(), "b": pl.Int64(), "score": pl.Float64(), "shared": pl.List(pl.String())})


def empty_events() -> pl.DataFrame:
    return pl.DataFrame(
        schema={"event": pl.Int32(), "label": pl.String(), "terms": pl.List(pl.String()), "n_sources": pl.UInt32(),
                "n_origins": pl.UInt32(), "n_members": pl.UInt32(), "strength": pl.Float64()}
    )
