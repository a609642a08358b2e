"""``build/events.json``: the events, their members and why they were linked; the unaligned claims.

Schema (fields beyond these may be added, never removed)::

    {"events": [{"id", "label", "terms": [...], "members": [{"source", "origin",
                 "sentence_index", "text", "compound", "attributed"}],
                 "links": [{"a": {"source", "sentence_index"}, "b": {...}, "score", "shared"}]}],
     "unique": [{"source", "origin", "sentence_index", "text"}],
     "overlap": {"sources": [{"a", "b", "share"}], "origins": [...]},
     "origins": [{"origin", "claims", "shared", "only"}], "omissions": [{"origin", "event"}]}

``source`` is the manifest id; ``text`` is the sentence exactly as in ``sentences.parquet``.
"""

from __future__ import annotations

import json
from typing import Any

import polars as pl

from contrast.claims import EventAnalysis


def event_id(number: int) -> str:
    return f"e{number:03d}"


def events_document(analysis: EventAnalysis) -> dict[str, Any]:
    claims = analysis.claims.sort("source_id", "sentence_index")
    keys = {row["claim_id"]: {"source": row["source_id"], "sentence_index": row["sentence_index"]}
            for row in claims.select("claim_id", "source_id", "sentence_index").iter_rows(named=True)}
    event_of = dict(claims.select("claim_id", "event").iter_rows())
    links_by_event: dict[int, list[dict[str, Any]]] = {}
    for a, b, score, shared in analysis.links.select("a", "b", "score", "shared").iter_rows():
        event = event_of.get(a)
        if event is not None and event == event_of.get(b):
            links_by_event.setdefault(event, []).append(
                {"a": keys[a], "b": keys[b], "score": round(float(score), 4), "shared": list(shared)}
            )
    groups = {
        key[0]: frame
        for key, frame in claims.filter(pl.col("event").is_not_null()).group_by("event", maintain_order=True)
    }
    events = []
    for row in analysis.events.iter_rows(named=True):
        members = groups[row["event"]]
        events.append(
            {
                "id": event_id(row["event"]),
                "label": row["label"],
                "terms": row["terms"],
                "n_sources": row["n_sources"],
                "n_origins": row["n_origins"],
                "members": [
                    {
                        "source": m["source_id"],
                        "origin": m["origin"],
                        "sentence_index": m["sentence_index"],
                        "text": m["text"],
                        "compound": m["compound"],
                        "attributed": m["attributed"],
                    }
                    for m in members.iter_rows(named=True)
                ],
                "links": links_by_event.get(row["event"], []),
            }
        )
    unique = [
        {"source": m["source_id"], "origin": m["origin"], "sentence_index": m["sentence_index"], "text": m["text"]}
        for m in claims.filter(pl.col("event").is_null()).iter_rows(named=True)
    ]
    return {
        "backend": analysis.backend,
        "events": events,
        "unique": unique,
        "overlap": {
            "sources": _shares(analysis.source_overlap),
            "origins": _shares(analysis.origin_overlap),
        },
        "origins": [
            {"origin": r["origin"], "claims": r["claims"], "shared": r["shared"], "only": r["only"]}
            for r in analysis.origin_sharing.iter_rows(named=True)
        ],
        "omissions": [{"origin": o, "event": event_id(e)} for o, e in analysis.omissions.iter_rows()],
    }


def _shares(frame: pl.DataFrame) -> list[dict[str, Any]]:
    """Long-form overlap: share of ``a``'s claims that ``b`` also makes (absent pairs share nothing)."""
    return [
        {"a": a, "b": b, "share": None if share is None else round(float(share), 4)}
        for a, b, share in frame.iter_rows()
        if a != b
    ]


def events_json(analysis: EventAnalysis) -> str:
    return json.dumps(events_document(analysis), ensure_ascii=False, indent=1, sort_keys=False) + "\n"
