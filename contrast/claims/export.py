"""``build/events.json``: the events, their members and why they were linked; the unaligned claims.

Schema (fields beyond these may be added, never removed)::

    {"events": [{"id", "label", "terms": [...], "n_sources", "n_voices", "members": [{"source", "origin",
                 "sentence_index", "text", "compound", "attributed", "state"}],
                 "links": [{"a": {"source", "sentence_index"}, "b": {...}, "score", "shared"}]}],
     "unique": [{"source", "origin", "sentence_index", "text", "evidence": [NEAREST], "basis", "anchors": [...]}],
     "possibly_shared": [{"source", "origin", "sentence_index", "text", "evidence": [NEAREST], "basis", "context"?,
                          "evidence_by"?}],
     "overlap": {"sources": [{"a", "b", "share"}], "origins": [...]},
     "origins": [{"origin", "claims", "shared", "possibly", "only"}],
     "copies": [{"a", "b", "containment"}],   (sources republishing one text: one voice)
     "omissions": [{"origin", "event", "nearest": NEAREST, "absent": [...]}]}

    NEAREST = {"source", "sentence_index", "text", "score"}   (text null: nothing shares a word;
              a sentence cleaning set aside — a box, a caption — has sentence_index null and "set_aside": its kind)

``source`` is the manifest id; ``text`` is the sentence exactly as in ``sentences.parquet``.
Every claim has a ``state`` (``contrast.claims.absence``): ``shared`` (in an event with
another origin), ``possibly_shared`` (another origin has a claim that may report it: never
"only in") or ``unique`` (the search of every other origin's sources found nothing close, and
it names something no other origin has).
``unique`` and ``possibly_shared`` list the search's nearest claim per other source and its
score (``contrast.claims.evidence``'s probability), so an "only in" can be checked: every other source when there are at
most ``EVIDENCE_SOURCES``, else the closest that many. Above ``PER_SOURCE_MAX_SOURCES`` sources a possibly shared
claim (never printed as an absence) keeps of those listed only the nearest of each other origin and of all,
and says so (``"evidence_by": "origin"``): 19 rows per claim were 92 % of a 500-source report's file. ``basis`` says
why (``contrast.claims.absence``): ``anchor`` (unique: nothing close, and ``anchors`` lists the names
and figures it states that no other origin's text has), ``close`` (a candidate scores at least
``POSSIBLE_P``, or at least ``WEAK_P`` and shares words or a name of what the claim states, or a sentence of
another origin shares ``CONTENT_SHARED`` words of what it states), ``no anchor`` (nothing close, but it states no
name or figure other origins lack, its speaker aside:
the same claim in other words would not have been found), ``context``. An omission's ``absent``
lists the event's names and figures the origin's sources never have. A claim
possibly shared because of its context (beside a sentence of a shared event, or referring back
to a sentence that is not its origin's alone: ``contrast.claims.absence.in_context``) gives
that sentence's index as ``context``.
Layout: one record (member, link, unaligned claim, overlap pair, omission) per line.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any

import numpy as np
import polars as pl

from contrast.claims import EventAnalysis
from contrast.claims.absence import EVIDENCE_SOURCES, POSSIBLY_SHARED, UNIQUE
from contrast.claims.distinctive import display_anchor
from contrast.claims.echoes import event_members


def event_id(number: int) -> str:
    return f"e{number:03d}"


class _Records:
    """A list of records made one at a time: the long lists of ``events.json`` (each claim no
    event holds, with its nearest claim in up to 20 other sources) are encoded and written
    record by record, never all in memory (at 200 sources of 50 KB they were ~2 million
    small dicts, about a gigabyte)."""

    def __init__(self, make: Callable[[], Iterator[dict[str, Any]]]) -> None:
        self.make = make

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return self.make()

    def first(self) -> dict[str, Any] | None:
        return next(self.make(), None)


class _Claims:
    """What the records need of each claim (and set-aside sentence), indexed by claim id: lists
    of the values, not a dict per claim."""

    def __init__(self, analysis: EventAnalysis) -> None:
        claims = analysis.claims
        aside = analysis.set_aside
        size = claims.height + aside.height
        self.source: list[str | None] = [None] * size
        self.index: list[int | None] = [None] * size
        self.text: list[str | None] = [None] * size
        self.event: list[int | None] = [None] * size
        for frame, has_event in ((claims, True), (aside, False)):
            columns = ["claim_id", "source_id", "sentence_index", "text"] + (["event"] if has_event else [])
            for chunk in frame.select(columns).iter_slices(_SLICE):
                for row in chunk.rows():  # a slice at a time: rows() is fast, and a slice's tuples are few
                    claim = row[0]
                    self.source[claim], self.text[claim] = row[1], row[3]
                    if has_event:
                        self.index[claim], self.event[claim] = row[2], row[4]
        self.aside = dict(aside.select("claim_id", "category").iter_rows())
        """Set-aside claim id → its kind (a box, a caption): it has no sentence index."""

    def key(self, claim: int) -> dict[str, Any]:
        return {"source": self.source[claim], "sentence_index": self.index[claim]}

    def nearest(self, source: str, candidate: int | None, score: float) -> dict[str, Any]:
        """One other source's nearest claim in an absence search (text null when nothing shares a word);
        a sentence of its set-aside text (a box, a caption) has no sentence index and says which it was."""
        if candidate is None:
            return {"source": source, "sentence_index": None, "text": None, "score": 0.0}
        text, rounded = self.text[candidate], round(float(score), 4)
        if candidate in self.aside:
            return {"source": source, "sentence_index": None, "set_aside": self.aside[candidate], "text": text, "score": rounded}
        return {"source": source, "sentence_index": self.index[candidate], "text": text, "score": rounded}


_SLICE = 20_000
"""Claims turned into Python values at a time."""
PER_SOURCE_MAX_SOURCES = EVIDENCE_SOURCES + 1
"""Up to this many sources (the search then lists every other source for each claim) a possibly shared claim's
``evidence`` lists each other source's nearest claim; above it, the nearest of each other origin and of all among
the listed sources (``evidence_by``: ``origin``). A unique claim always keeps every source listed."""


class _Evidence:
    """The absence search's nearest claims, by claim id: the frame's columns as arrays, sliced per claim."""

    def __init__(self, evidence: pl.DataFrame, *origins: pl.DataFrame) -> None:
        """``origins``: frames of ``source_id`` and ``origin`` (the claims, the set-aside sentences)."""
        frame = evidence.select("claim_id", "source_id", "candidate", "score").with_row_index("row").sort("claim_id", "row")
        # int64, the type of the ids it is searched with: a UInt32 array would be converted (copied whole)
        # by every ``searchsorted``, once per claim written (12 s of a 500-source report's events.json)
        self.claims = frame.get_column("claim_id").cast(pl.Int64).to_numpy()
        sources = frame.get_column("source_id")
        self.names = sources.unique().sort().to_list()
        codes = sources.replace_strict({name: code for code, name in enumerate(self.names)}, return_dtype=pl.UInt32)
        self.codes = codes.to_numpy().astype(np.int64)  # an empty frame's null column converts to floats
        self.candidates = frame.get_column("candidate").fill_null(-1).cast(pl.Int64).to_numpy()
        self.scores = frame.get_column("score").to_numpy()
        origin_of = dict(pl.concat([claims.select("source_id", "origin") for claims in origins]).unique().iter_rows()) if origins else {}
        self.origins = np.array([origin_of.get(name, "") for name in self.names], dtype=object)[self.codes]
        """Each row's source's origin."""

    def of(self, claim: int, claims: _Claims, *, per_origin: str | None = None) -> list[dict[str, Any]]:
        """The claim's listed rows, in source order; with ``per_origin`` (the claim's own origin), only the nearest
        row of each other origin and the nearest row of all (ties: the first source id), as ``per_origin_rows``."""
        start, end = (int(k) for k in np.searchsorted(self.claims, [claim, claim + 1]))
        rows: Iterable[int] = range(start, end)
        if per_origin is not None:
            rows = per_origin_rows(self.scores[start:end], self.origins[start:end], per_origin) + start
        return [
            claims.nearest(self.names[self.codes[k]], None if self.candidates[k] < 0 else int(self.candidates[k]), float(self.scores[k]))
            for k in rows
        ]


def per_origin_rows(scores: np.ndarray, origins: np.ndarray, own: str) -> np.ndarray:
    """Of one claim's listed rows (in source order, their ``scores`` and sources' ``origins``), the positions of the
    nearest row of each origin but ``own`` and of the nearest row of all, in source order (ties: the first)."""
    if scores.size == 0:
        return np.zeros(0, dtype=np.int64)
    kept = {int(np.argmax(scores))}
    for origin in set(origins.tolist()) - {own}:
        at = np.flatnonzero(origins == origin)
        kept.add(int(at[np.argmax(scores[at])]))
    return np.array(sorted(kept), dtype=np.int64)


@lru_cache(maxsize=1)
def event_records(analysis: EventAnalysis) -> list[dict[str, Any]]:
    """The ``events`` of ``events.json``: each event with its members and why they were linked, built
    once per analysis (the edition snapshot reads them too). Shared, so read them, do not modify them."""
    claims = _Claims(analysis)
    links_by_event: dict[int, list[dict[str, Any]]] = {}
    for a, b, score, shared in analysis.links.select("a", "b", "score", "shared").iter_rows():
        event = claims.event[a]
        if event is not None and event == claims.event[b]:
            links_by_event.setdefault(event, []).append(
                {"a": claims.key(a), "b": claims.key(b), "score": round(float(score), 4), "shared": list(shared)}
            )
    members: dict[int, list[dict[str, Any]]] = {}
    members_frame = event_members(analysis.claims).sort("source_id", "sentence_index")
    for event, source, origin, index, text, compound, attributed, state in members_frame.select(
        "event", "source_id", "origin", "sentence_index", "text", "compound", "attributed", "state"
    ).iter_rows():
        members.setdefault(event, []).append(
            {"source": source, "origin": origin, "sentence_index": index, "text": text,
             "compound": compound, "attributed": attributed, "state": state}
        )  # fmt: skip
    return [
        {
            "id": event_id(row["event"]),
            "label": row["label"],
            "terms": row["terms"],
            "n_sources": row["n_sources"],
            "n_voices": row["n_voices"],
            "n_origins": row["n_origins"],
            "members": members[row["event"]],
            "links": links_by_event.get(row["event"], []),
        }
        for row in analysis.events.iter_rows(named=True)
    ]


def _document(analysis: EventAnalysis) -> dict[str, Any]:
    """``events.json`` as data, its long lists (``unique``, ``possibly_shared``) made as they are read."""
    claims = _Claims(analysis)
    evidence = _Evidence(analysis.evidence, analysis.claims, analysis.set_aside)
    # above this many sources the search lists only the nearest ones; a claim that may be told elsewhere keeps, of them,
    # what shows it may be: the nearest row of each other origin (a row or so per origin for each claim, not 20)
    by_origin = analysis.claims.get_column("source_id").n_unique() > PER_SOURCE_MAX_SOURCES
    ordered = analysis.claims.sort("source_id", "sentence_index").select(
        "claim_id", "source_id", "origin", "sentence_index", "text", "state", "context", "basis", "anchors"
    )

    def alone(wanted: str) -> Iterator[dict[str, Any]]:
        for chunk in ordered.filter(pl.col("state") == wanted).iter_slices(_SLICE):
            for claim, source, origin, index, text, _, context, basis, anchors in chunk.rows():
                reduced = by_origin and wanted == POSSIBLY_SHARED
                found = evidence.of(claim, claims, per_origin=origin if reduced else None)
                record = {"source": source, "origin": origin, "sentence_index": index, "text": text, "evidence": found, "basis": basis}
                if reduced:
                    record["evidence_by"] = "origin"
                if wanted == UNIQUE:
                    record["anchors"] = [display_anchor(a) for a in anchors]
                if context is not None:  # possibly shared because of the sentence beside it
                    record["context"] = claims.index[context]
                yield record

    nearest = {
        (origin, event): None if candidate is None else claims.nearest(str(claims.source[candidate]), candidate, score)
        for event, origin, candidate, score in analysis.absences.select("event", "origin", "candidate", "score").iter_rows()
    }
    unnamed = {
        (o, e): [display_anchor(a) for a in absent] for e, o, absent in analysis.absences.select("event", "origin", "absent").iter_rows()
    }
    return {
        "backend": analysis.backend,
        "events": event_records(analysis),
        "unique": _Records(lambda: alone(UNIQUE)),
        "possibly_shared": _Records(lambda: alone(POSSIBLY_SHARED)),
        "overlap": {
            "sources": _shares(analysis.source_overlap),
            "origins": _shares(analysis.origin_overlap),
        },
        "origins": [
            {"origin": r["origin"], "claims": r["claims"], "shared": r["shared"], "possibly": r["possibly"], "only": r["only"]}
            for r in analysis.origin_sharing.iter_rows(named=True)
        ],
        "copies": [{"a": a, "b": b, "containment": c} for a, b, c in analysis.copies.iter_rows()],
        "omissions": [
            {"origin": o, "event": event_id(e), "nearest": nearest.get((o, e)), "absent": unnamed.get((o, e), [])}
            for o, e in analysis.omissions.iter_rows()
        ],
    }


def events_document(analysis: EventAnalysis) -> dict[str, Any]:
    """``events.json`` as data, all of it in memory (for tests and small reports; a build streams it)."""
    return {key: list(value) if isinstance(value, _Records) else value for key, value in _document(analysis).items()}


def _shares(frame: pl.DataFrame) -> list[dict[str, Any]]:
    """Long-form overlap: share of ``a``'s claims that ``b`` also makes (absent pairs share nothing)."""
    return [
        {"a": a, "b": b, "share": None if share is None else round(float(share), 4)}
        for a, b, share in frame.iter_rows()
        if a != b
    ]


def events_json(analysis: EventAnalysis) -> str:
    """The whole of ``events.json`` as one string (see :func:`events_json_chunks`)."""
    return "".join(events_json_chunks(analysis))


def events_json_chunks(analysis: EventAnalysis) -> Iterator[str]:
    """The document, one record (a member, a link, an unaligned claim, an overlap pair) per line,
    in pieces of a record or so: the build writes them to disk as they come.

    Fully indented, a 500-source report's file took 16 MB and seconds to write (Python's
    indenting encoder is pure Python); one compact line per record is read by the same
    parsers, still greps and diffs record by record, and is written by the C encoder.
    """
    yield from _spread(_document(analysis), "")
    yield "\n"


def _spread(value: Any, indent: str) -> Iterator[str]:
    """``value`` as JSON: objects and lists that hold lists of records spread over lines, records compact."""
    inner = indent + " "
    if isinstance(value, dict) and any(_is_records(v) for v in value.values()):
        yield "{\n"
        for number, (key, item) in enumerate(value.items()):
            yield ("" if number == 0 else ",\n") + inner + _compact(key) + ": "
            yield from _spread(item, inner)
        yield "\n" + indent + "}"
    elif _is_records(value):
        first = value.first() if isinstance(value, _Records) else value[0]
        spreads = first is not None and any(_is_records(v) for v in first.values())  # events spread, their members do not
        yield "[\n"
        for number, item in enumerate(value):
            yield ("" if number == 0 else ",\n") + inner
            if spreads:
                yield from _spread(item, inner)
            else:
                yield _compact(item)
        yield "\n" + indent + "]"
    else:
        yield "[]" if isinstance(value, _Records) else _compact(value)


def _is_records(value: Any) -> bool:
    """A non-empty list of objects (the document's lists are of one kind)."""
    if isinstance(value, _Records):
        return value.first() is not None
    return isinstance(value, list) and bool(value) and isinstance(value[0], dict)


_compact = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
