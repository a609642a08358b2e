"""Events from links: label each by its key terms, rank them, explain every link.

Alignment (``align``) decides which claims belong together; this module turns those
groups into what a reader sees: numbered events ordered by how widely they are shared
and how clearly their members agree, labels in the words the sources use ("$34bn",
"Xi Jinping"), and for every link the terms its two claims share.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

import numpy as np
import polars as pl
import scipy.sparse as sp

from contrast.claims.aliases import entity_key
from contrast.claims.echoes import event_members
from contrast.claims.terms import display_quantity


def explain_links(
    links: pl.DataFrame,
    event_of: list[int | None],
    matrix: sp.csr_matrix,
    vocabulary: np.ndarray,
    spellings: Spellings,
) -> pl.DataFrame:
    """The links that hold events together, each with the terms its two claims share (as the two write them)."""
    events = np.array([-1 if e is None else e for e in event_of], dtype=np.int64)
    a, b = links.get_column("a").to_numpy(), links.get_column("b").to_numpy()
    inside = (events[a] >= 0) & (events[a] == events[b]) if a.size else np.zeros(0, dtype=bool)
    kept = links.filter(pl.Series(inside, dtype=pl.Boolean)) if links.height else links
    rows, columns = shared_terms(matrix, a[inside], b[inside])
    pairs = np.stack((a[inside], b[inside]), axis=1)
    shown = [spellings.show(str(vocabulary[k]), pairs[row].tolist()) for row, k in zip(rows.tolist(), columns.tolist(), strict=True)]
    return kept.with_columns(flat_string_lists("shared", kept.height, rows, shown))


def shared_terms(matrix: sp.csr_matrix, a: np.ndarray, b: np.ndarray, limit: int = 6) -> tuple[np.ndarray, np.ndarray]:
    """The features each pair of claims ``a[i]``, ``b[i]`` shares, strongest first (the explanation
    of their link): pair numbers and feature columns, at most ``limit`` per pair.

    Strength is the product of the two weights; ties go to the feature that sorts first.
    """
    common = matrix[a].multiply(matrix[b]).tocoo()
    order = np.lexsort((common.col, -common.data, common.row))
    rows, columns = common.row[order], common.col[order]
    starts = np.searchsorted(rows, rows, side="left")
    keep = np.arange(rows.size) - starts < limit
    return rows[keep].astype(np.int64), columns[keep].astype(np.int64)


def string_lists(name: str, lists: list[list[str]]) -> pl.Series:
    """``pl.Series(name, lists, dtype=pl.List(pl.String()))``, built from flat columns.

    Polars converts nested Python lists one element at a time; from flat columns it is a
    group-by, several times faster for the tens of thousands of lists a large report has.
    """
    lengths = np.fromiter(map(len, lists), dtype=np.int64, count=len(lists))
    rows = np.repeat(np.arange(len(lists), dtype=np.int64), lengths)
    return flat_string_lists(name, len(lists), rows, [value for values in lists for value in values])


def flat_string_lists(name: str, height: int, rows: np.ndarray, values: list[str]) -> pl.Series:
    """A list-of-strings column of ``height`` rows from (row, value) pairs, rows ascending."""
    flat = pl.DataFrame({"row": rows.astype(np.int64), name: pl.Series(values, dtype=pl.String())})
    grouped = flat.group_by("row", maintain_order=True).agg(pl.col(name))
    return (
        pl.DataFrame({"row": np.arange(height, dtype=np.int64)})
        .join(grouped, on="row", how="left", maintain_order="left")
        .get_column(name)
        .fill_null([])
        .cast(pl.List(pl.String()))
    )


def folded(term: str) -> str:
    """A shown term, compared with another: case and apostrophe aside ("I’ve" is "i've": check8 RM-14)."""
    return term.lower().replace("’", "'")


class Spellings:
    """How features are shown for the claims they are shown for: a word as those claims write it, so a shown term is
    in the sentences it is shown for (check8 RM-14: the stem of "reports" was shown as "reporters", the corpus's
    commonest spelling, which neither linked sentence wrote); a name or a figure as ``_display`` shows it, as is a
    word none of the claims writes."""

    def __init__(self, claims: pl.DataFrame, corpus: dict[str, str], aliases: dict[str, str] | None = None) -> None:
        self._rows: list[list[str]] = claims.get_column("surfaces").to_list()
        self._names: list[list[str]] = claims.get_column("entities").to_list() if aliases else []
        self._aliases = aliases or {}
        self._corpus = corpus
        self._of: dict[int, dict[str, str]] = {}

    def _claim(self, row: int) -> dict[str, str]:
        if (found := self._of.get(row)) is None:
            found = self._of[row] = dict(pair.split("\t", 1) for pair in self._rows[row])
        return found

    def show(self, term: str, rows: Iterable[int]) -> str:
        """``term`` shown for the claims at ``rows``: their commonest spelling of it (then the first by sort); a name
        as the part of it every one of them writes (check12m BN-5: "Republican" taken as "Minnesota Republican")."""
        rows = list(rows)
        if term.startswith("E:") and self._names and (common := self._common_name(term[2:], rows)):
            return common
        forms = Counter(form for row in rows if (form := self._claim(row).get(term))) if ":" not in term else None
        return min(forms.items(), key=lambda kv: (-kv[1], kv[0]))[0] if forms else _display(term, self._corpus)

    def _common_name(self, entity: str, rows: list[int]) -> str | None:
        """The longest way of writing ``entity`` found, whole words, in a spelling of it in each claim at ``rows``."""
        written = [[_bare(s) for s in self._names[row] if self._aliases.get(s) == entity] for row in rows]
        if not all(written):
            return None
        inside = [c for c in {s for forms in written for s in forms}
                  if all(any(_has_words(f, c) for f in forms) for forms in written)]
        return min(inside, key=lambda c: (-len(c), c)) if inside else None


def _bare(surface: str) -> str:
    """A name without its possessive ending."""
    return surface.removesuffix("'s").removesuffix("’s").removesuffix("'").removesuffix("’")


def _has_words(text: str, part: str) -> bool:
    """Whether ``part`` is in ``text`` as whole words, case aside."""
    return re.search(rf"(?<!\w){re.escape(folded(part))}(?!\w)", folded(text)) is not None


def _display(term: str, surfaces: dict[str, str]) -> str:
    """How a feature is shown: the sources' own spelling of a word or name, a readable figure."""
    return surfaces.get(term) or display_quantity(term.split(":", 1)[-1])


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
    spellings: Spellings,
    strength: pl.DataFrame,
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Order events (most widely shared first, then most clearly linked), number them, and label each."""
    reach = event_members(claims).group_by("event").agg(
        pl.col("origin").n_unique().alias("n_origins"), pl.col("source_id").n_unique().alias("n_sources")
    )  # with the claims that echo an event (``contrast.claims.echoes``): they report it too
    grouped = (
        claims.filter(pl.col("event").is_not_null())
        .group_by("event")
        .agg(
            pl.len().alias("n_members"),
            pl.col("claim_id").min().alias("first"),
            pl.col("claim_id"),
        )
        .join(reach, on="event", how="left")
        .join(strength, on="event", how="left")
        .with_columns(pl.col("strength").fill_null(0.0).round(6))
        .sort(["n_origins", "n_sources", "strength", "first"], descending=[True, True, True, False])
    )
    entity_words = {entity_key(surface) for surface in aliases} | set(aliases.values())
    renumber: dict[int, int] = {}
    labels, terms = [], []
    roots = grouped.get_column("event").to_list()
    members = grouped.get_column("claim_id").to_list()
    terms_of = key_terms(matrix, members, vocabulary, limit=10)
    for position, (root, keys, ids) in enumerate(zip(roots, terms_of, members, strict=True), start=1):
        renumber[root] = position
        shown: list[str] = []
        for term in keys:
            surface = spellings.show(term, ids)
            if ":" not in term and surface in entity_words:
                continue  # the name itself is shown through its entity feature
            if not any(folded(surface) in folded(s) or folded(s) in folded(surface) for s in shown):
                shown.append(surface)
        shown = shown[:6]
        terms.append(shown)
        labels.append(" · ".join(shown[:3]))
    events = grouped.select(
        pl.Series("event", [renumber[r] for r in grouped.get_column("event").to_list()], dtype=pl.Int32),
        pl.Series("label", labels, dtype=pl.String()),
        string_lists("terms", terms),
        "n_sources",
        "n_origins",
        "n_members",
        "strength",
    )
    claims = claims.with_columns(pl.col("event").replace_strict(renumber, default=None, return_dtype=pl.Int32))
    if "also" in claims.columns:
        claims = claims.with_columns(
            pl.col("also").list.eval(pl.element().replace_strict(renumber, return_dtype=pl.Int32).sort()).cast(pl.List(pl.Int32))
        )
    return events, claims


def key_terms(matrix: sp.csr_matrix, groups: list[list[int]], vocabulary: np.ndarray, limit: int = 6) -> list[list[str]]:
    """Per group of claims: features present in at least two members, by summed weight; on ties
    the feature that sorts first (``E:`` and ``Q:`` anchors before words)."""
    lengths = [len(ids) for ids in groups]
    membership = sp.csr_matrix(
        (np.ones(sum(lengths)), np.concatenate([np.asarray(ids, dtype=np.int64) for ids in groups]) if groups else [],
         np.concatenate(([0], np.cumsum(lengths)))),
        shape=(len(groups), matrix.shape[0]),
    )  # fmt: skip
    presence = (membership @ (matrix > 0).astype(np.float64)).tocsr()
    weight = (membership @ matrix).tocsr()  # each column summed over the members in order
    presence.sort_indices()
    weight.sort_indices()
    counts = presence.tocoo()
    summed = weight.tocoo()
    shared = counts.data >= 2
    rows, columns, present, weights = counts.row[shared], counts.col[shared], counts.data[shared], summed.data[shared]
    order = np.lexsort((columns, -weights, -present, rows))
    rows, columns = rows[order], columns[order]
    starts = np.searchsorted(rows, rows, side="left")
    keep = np.arange(rows.size) - starts < limit
    found: list[list[str]] = [[] for _ in groups]
    for row, column in zip(rows[keep].tolist(), columns[keep].tolist(), strict=True):
        found[row].append(str(vocabulary[column]))
    return found


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
                entity_forms[aliases[surface]][_bare(surface)] += 1
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
