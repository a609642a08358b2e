"""``build/events.json``: the events, their members and why they were linked; the unaligned claims.

Schema (fields beyond these may be added, never removed)::

    {"events": [{"id", "label", "terms": [...], "n_sources", "n_voices", "members": [{"source", "origin",
                 "sentence_index", "text", "compound", "attributed", "state"}],
                 "links": [{"a": {"source", "sentence_index"}, "b": {...}, "score", "shared"}]}],
     "unique": [{"source", "origin", "sentence_index", "text", "evidence": [NEAREST], "basis", "anchors": [...]}],
     "possibly_shared": [{"source", "origin", "sentence_index", "text", "evidence": [NEAREST], "basis", "context"?}],
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
score (``contrast.claims.evidence``'s probability), so an "only in" can be checked. ``basis`` says
why (``contrast.claims.absence``): ``anchor`` (unique: nothing close, and ``anchors`` lists the names
and figures it states that no other origin's text has), ``close`` (a candidate scores at least
``POSSIBLE_P``), ``no anchor`` (nothing close, but it states no name or figure other origins lack:
the same claim in other words would not have been found), ``context``. An omission's ``absent``
lists the event's names and figures the origin's sources never have. A claim
possibly shared because of its context (beside a sentence of a shared event, or referring back
to a sentence that is not its origin's alone: ``contrast.claims.absence.in_context``) gives
that sentence's index as ``context``.
Layout: one record (member, link, unaligned claim, overlap pair, omission) per line.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import polars as pl

from contrast.claims import EventAnalysis
from contrast.claims.absence import POSSIBLY_SHARED, UNIQUE
from contrast.claims.distinctive import display_anchor


def event_id(number: int) -> str:
    return f"e{number:03d}"


@lru_cache(maxsize=1)
def events_document(analysis: EventAnalysis) -> dict[str, Any]:
    """``events.json`` as data, built once per analysis (an ``EventAnalysis`` hashes by identity):
    the file and the edition snapshot both read it. Shared, so read it, do not modify it."""
    claims = analysis.claims.sort("source_id", "sentence_index")
    rows = claims.select(
        "claim_id", "event", "source_id", "origin", "sentence_index", "text", "compound", "attributed", "state", "context"
    ).rows()  # one pass over the claims: per-row access of a frame costs more than the rest together
    keys = {row[0]: {"source": row[2], "sentence_index": row[4]} for row in rows}
    basis_of = dict(claims.select("claim_id", "basis").iter_rows())
    anchors_of = dict(claims.select("claim_id", "anchors").iter_rows())
    texts = {row[0]: row[5] for row in rows}
    aside = {claim: category for claim, category in analysis.set_aside.select("claim_id", "category").iter_rows()}
    texts.update(analysis.set_aside.select("claim_id", "text").iter_rows())
    evidence: dict[int, list[dict[str, Any]]] = {}
    for claim, source, candidate, score in analysis.evidence.select("claim_id", "source_id", "candidate", "score").iter_rows():
        evidence.setdefault(claim, []).append(_nearest(source, candidate, score, keys, texts, aside))
    event_of = {row[0]: row[1] for row in rows}
    links_by_event: dict[int, list[dict[str, Any]]] = {}
    for a, b, score, shared in analysis.links.select("a", "b", "score", "shared").iter_rows():
        event = event_of.get(a)
        if event is not None and event == event_of.get(b):
            links_by_event.setdefault(event, []).append(
                {"a": keys[a], "b": keys[b], "score": round(float(score), 4), "shared": list(shared)}
            )
    members: dict[int, list[dict[str, Any]]] = {}
    alone: dict[str, list[dict[str, Any]]] = {UNIQUE: [], POSSIBLY_SHARED: []}
    for claim, event, source, origin, index, text, compound, attributed, state, context in rows:
        if event is not None:
            members.setdefault(event, []).append(
                {"source": source, "origin": origin, "sentence_index": index, "text": text,
                 "compound": compound, "attributed": attributed, "state": state}
            )  # fmt: skip
        if state in alone:
            record = {"source": source, "origin": origin, "sentence_index": index, "text": text, "evidence": evidence.get(claim, []),
                      "basis": basis_of[claim]}  # fmt: skip
            if state == UNIQUE:
                record["anchors"] = [display_anchor(a) for a in anchors_of[claim]]
            if context is not None:  # possibly shared because of the sentence beside it
                record["context"] = keys[context]["sentence_index"]
            alone[state].append(record)
    source_of = {row[0]: row[2] for row in rows}
    source_of.update(analysis.set_aside.select("claim_id", "source_id").iter_rows())
    nearest = {
        (origin, event): None if candidate is None else _nearest(source_of[candidate], candidate, score, keys, texts, aside)
        for event, origin, candidate, score in analysis.absences.select("event", "origin", "candidate", "score").iter_rows()
    }
    unnamed = {
        (o, e): [display_anchor(a) for a in absent] for e, o, absent in analysis.absences.select("event", "origin", "absent").iter_rows()
    }
    events = [
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
    return {
        "backend": analysis.backend,
        "events": events,
        "unique": alone[UNIQUE],
        "possibly_shared": alone[POSSIBLY_SHARED],
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


def _nearest(source: str, candidate: int | None, score: float, keys: dict, texts: dict, aside: dict) -> dict[str, Any]:
    """One other source's nearest claim in an absence search (text null when nothing shares a word);
    a sentence of its set-aside text (a box, a caption) has no sentence index and says which it was."""
    if candidate is None:
        return {"source": source, "sentence_index": None, "text": None, "score": 0.0}
    if candidate in aside:
        kind = aside[candidate]
        return {"source": source, "sentence_index": None, "set_aside": kind, "text": texts[candidate], "score": round(float(score), 4)}
    index = keys[candidate]["sentence_index"]
    return {"source": source, "sentence_index": index, "text": texts[candidate], "score": round(float(score), 4)}


def _shares(frame: pl.DataFrame) -> list[dict[str, Any]]:
    """Long-form overlap: share of ``a``'s claims that ``b`` also makes (absent pairs share nothing)."""
    return [
        {"a": a, "b": b, "share": None if share is None else round(float(share), 4)}
        for a, b, share in frame.iter_rows()
        if a != b
    ]


def events_json(analysis: EventAnalysis) -> str:
    """The document, one record (a member, a link, an unaligned claim, an overlap pair) per line.

    Fully indented, a 500-source report's file took 16 MB and seconds to write (Python's
    indenting encoder is pure Python); one compact line per record is read by the same
    parsers, still greps and diffs record by record, and is written by the C encoder.
    """
    return _spread(events_document(analysis), "") + "\n"


def _spread(value: Any, indent: str) -> str:
    """``value`` as JSON: objects and lists that hold lists of records spread over lines, records compact."""
    inner = indent + " "
    if isinstance(value, dict) and any(_is_records(v) for v in value.values()):
        fields = (inner + _compact(key) + ": " + _spread(item, inner) for key, item in value.items())
        return "{\n" + ",\n".join(fields) + "\n" + indent + "}"
    if _is_records(value):
        spreads = any(_is_records(v) for v in value[0].values())  # events spread, their members do not
        items = (_spread(item, inner) if spreads else _compact(item) for item in value)
        return "[\n" + ",\n".join(inner + item for item in items) + "\n" + indent + "]"
    return _compact(value)


def _is_records(value: Any) -> bool:
    """A non-empty list of objects (the document's lists are of one kind)."""
    return isinstance(value, list) and bool(value) and isinstance(value[0], dict)


_compact = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
