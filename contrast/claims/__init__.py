"""Claims and events: which claims sources share, which each origin makes alone.

sentences frame → claims (``candidates``) → aligned events (``align``) → overlap
measures and omissions (here) → ``events.json`` (``export``). Knows nothing of the
report that presents it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import polars as pl

from contrast.claims.absence import ABSENT_P, POSSIBLY_SHARED, SHARED, UNIQUE, set_aside_sentences
from contrast.claims.copies import copied_sources, voices
from contrast.claims.echoes import event_members
from contrast.schema import ORIGIN, SENTENCE_KEY, SOURCE_ID

if TYPE_CHECKING:
    from contrast.claims.semantic import Encoder


@dataclass(frozen=True, eq=False)
class EventAnalysis:
    """The events of a report and who shares what. Compared by identity (its frames have no
    equality), which lets ``export.events_document`` build its document once per analysis."""

    claims: pl.DataFrame
    """Every claim: sentence key, origin, text, features, ``compound`` and ``event`` (null if unaligned)."""
    events: pl.DataFrame
    """One row per event, most widely shared first: ``event``, ``label``, ``terms``, counts."""
    links: pl.DataFrame
    """Why claims were linked: claim ids ``a``, ``b``, ``score``, ``shared`` terms."""
    source_overlap: pl.DataFrame
    """Long form ``a``, ``b``, ``share``: share of a's claims matched to a claim of b (``overlap_matrix``:
    a lower bound of what b also says)."""
    origin_overlap: pl.DataFrame
    """The same between origins."""
    origin_sharing: pl.DataFrame
    """Per origin: ``claims``, ``shared`` (in an event with another origin), ``only`` (the rest)."""
    omissions: pl.DataFrame
    """``origin``, ``event``: events at least two other origins report and this one does not, its
    sources searched and nothing found that may report it (``absences`` below the threshold, and a
    name or figure of the event that the origin's sources never have)."""
    evidence: pl.DataFrame
    """The absence search per claim not shared: ``claim_id``, other ``source_id``, its nearest
    ``candidate`` claim (null: nothing shares a feature) and ``score`` (``contrast.claims.absence``)."""
    absences: pl.DataFrame
    """Per event of two origins and origin without a claim in it: ``candidate``, ``score``."""
    set_aside: pl.DataFrame
    """Claims of the text cleaning set aside that the absence search read (``claim_id`` after the
    claims', ``source_id``, ``sentence_index`` among the set-aside sentences, ``origin``, ``category``,
    ``text``): an evidence ``candidate`` may be one of them."""
    copies: pl.DataFrame
    """Sources that republish the same text (``a``, ``b``, ``containment``; ``contrast.claims.copies``):
    one voice, so events count their ``n_voices`` beside ``n_sources``."""
    backend: str = "lexical"
    """How links were made: ``lexical``, or ``semantic`` (a sentence model's evidence weighed in)."""


def find_events(
    sentences: pl.DataFrame,
    *,
    origins: Sequence[str],
    encoder: Encoder | None = None,
    candidates: pl.DataFrame | None = None,
    set_aside: pl.DataFrame | None = None,
    outlets: Mapping[str, str] | None = None,
    published: Mapping[str, str] | None = None,
) -> EventAnalysis:
    """Align the claims of all sources into events and measure who shares what.

    ``encoder``: the optional semantic backend (``contrast.claims.semantic``); lexical without it.
    ``candidates``: the sentences' ``claim_candidates``, when computed earlier per source (with their text features:
    ``contrast.claims.features``, read instead of reading each text again).
    ``set_aside``: sentences of the text cleaning removed but the page shows (``absence.set_aside_sentences``):
    searched before anything is called absent from a source, never linked.
    ``outlets``: source id → its outlet (from its header): a source's own name is no evidence that a claim is its alone.
    ``published``: source id → its date (YYYY-MM-DD): "next month" is read as the month it means (``with_months``),
    "next year" as the year (``absence.PoolReading``).
    """
    # Imported here, not at the top: they load SciPy and NLTK (~2 s), and a build
    # whose events come from the cache only needs ``EventAnalysis``.
    from contrast.claims.features import known

    with known(candidates):
        return _found_events(
            sentences, origins=origins, encoder=encoder, candidates=candidates, set_aside=set_aside, outlets=outlets,
            published=published,
        )  # fmt: skip


def _found_events(
    sentences: pl.DataFrame,
    *,
    origins: Sequence[str],
    encoder: Encoder | None,
    candidates: pl.DataFrame | None,
    set_aside: pl.DataFrame | None,
    outlets: Mapping[str, str] | None,
    published: Mapping[str, str] | None,
) -> EventAnalysis:
    """``find_events``, its claims' text features known."""
    from contrast.claims.align import align
    from contrast.claims.candidates import candidate_rows, claim_frame

    claims = claim_frame(sentences, candidates)
    if "heading" in sentences.columns:
        # a line the sentiment metric read as page structure (a headline, a promoted link in title case: check AA OP-8,
        # "IN THE NEWS: ‘[WATCH] Getting to Know Brett Kavanaugh’") says nothing of the event: never a claim
        headings = sentences.filter(pl.col("heading").fill_null(False)).select(*SENTENCE_KEY)
        claims = claims.join(headings, on=SENTENCE_KEY, how="anti", maintain_order="left")
    if "compound" in sentences.columns:
        claims = claims.join(sentences.select(*SENTENCE_KEY, "compound"), on=SENTENCE_KEY, how="left", maintain_order="left")
    else:
        claims = claims.with_columns(pl.lit(None, pl.Float64).alias("compound"))
    if "voice" in sentences.columns:
        # the sentiment metric read each sentence with its neighbours (a quotation running over
        # sentences, a reporting verb used as one): that is what "attributed" means in a panel
        voice = claims.select(*SENTENCE_KEY).join(
            sentences.select(*SENTENCE_KEY, "voice"), on=SENTENCE_KEY, how="left", maintain_order="left"
        )
        known = voice.get_column("voice").is_not_null()
        claims = claims.with_columns(
            pl.when(known).then(voice.get_column("voice") != "own").otherwise(pl.col("attributed")).alias("attributed")
        )
    aside_sentences = set_aside if set_aside is not None else set_aside_sentences({}, {})
    aside = claim_frame(aside_sentences, candidate_rows(aside_sentences))
    if set_aside is not None:
        aside = aside.join(set_aside.select(*SENTENCE_KEY, "category"), on=SENTENCE_KEY, how="left", maintain_order="left")
    else:
        aside = aside.with_columns(pl.lit(None, pl.String).alias("category"))
    read = None
    if "voice" in sentences.columns:  # what the events of one quotation are read from (``contrast.claims.quotations``):
        # the sentences that quote or report someone; one missing from it is the outlet's own
        quoting = sentences.filter(pl.col("voice").is_null() | (pl.col("voice") != "own"))
        read = {(s, i): (t, v) for s, i, t, v in quoting.select(SOURCE_ID, "sentence_index", "text", "voice").iter_rows()}
    claims = with_months(claims, published or {})
    if outlets:
        claims = claims.with_columns(pl.col(SOURCE_ID).replace_strict(dict(outlets), default="", return_dtype=pl.String).alias("outlet"))
    if published:  # "next year" is read as the year it means where a year anchors a claim (``absence.PoolReading``)
        claims = claims.with_columns(
            pl.col(SOURCE_ID).replace_strict(dict(published), default="", return_dtype=pl.String).alias("published")
        )
    # what is no claim (a question, a heading) is still text its reader sees: read for the names an origin writes
    unclaimed = pl.concat([
        sentences.join(claims, on=SENTENCE_KEY, how="anti").select(SOURCE_ID, ORIGIN, "text"),
        aside_sentences.join(aside, on=SENTENCE_KEY, how="anti").select(SOURCE_ID, ORIGIN, "text"),
    ])  # fmt: skip
    alignment = align(claims, encoder=encoder, set_aside=aside, sentences=read, unclaimed=unclaimed)
    claims = alignment.claims.drop("outlet", "published", strict=False)
    sources = sentences.select(SOURCE_ID, ORIGIN).unique(maintain_order=True).sort(SOURCE_ID)
    copies = copied_sources(source_texts(sentences))
    return EventAnalysis(
        claims=claims,
        events=with_voices(alignment.events, claims, copies),
        links=alignment.links,
        source_overlap=overlap_matrix(claims, SOURCE_ID, sources.get_column(SOURCE_ID).to_list()),
        origin_overlap=overlap_matrix(claims, ORIGIN, list(origins)),
        origin_sharing=origin_sharing(claims, origins),
        omissions=omissions(claims, alignment.events.filter(pl.col("strength") >= OMISSION_STRENGTH), origins, alignment.absences),
        evidence=alignment.evidence,
        absences=alignment.absences,
        copies=copies,
        set_aside=aside.with_row_index("claim_id", offset=claims.height).select("claim_id", *SENTENCE_KEY, ORIGIN, "category", "text"),
        backend="lexical" if encoder is None else "semantic",
    )


def with_months(claims: pl.DataFrame, published: Mapping[str, str]) -> pl.DataFrame:
    """``claims`` with the stem of the month a relative date means ("next month" in a source of 12 December 2010 is
    January: ``terms.relative_months``) added to its ``stems``, so every comparison of words reads the two as one."""
    from contrast.claims.terms import relative_months, stem

    if not published:
        return claims
    rows = claims.select(SOURCE_ID, "text", "stems").iter_rows()
    stems = [[*found, *(stem(m) for m in relative_months(text, published.get(source, "")))] for source, text, found in rows]
    return claims.with_columns(pl.Series("stems", stems, dtype=claims.schema["stems"]))


def source_texts(sentences: pl.DataFrame) -> dict[str, str]:
    """Each source's sentences joined in order: the text compared for copies."""
    ordered = sentences.sort(SOURCE_ID, "sentence_index").group_by(SOURCE_ID, maintain_order=True).agg(pl.col("text"))
    return {source: " ".join(texts) for source, texts in ordered.iter_rows()}


def with_voices(events: pl.DataFrame, claims: pl.DataFrame, copies: pl.DataFrame) -> pl.DataFrame:
    """``n_voices`` per event: its sources, copies of one another counted once."""
    by_event = event_members(claims).group_by("event").agg(pl.col(SOURCE_ID).unique().sort())
    counted = {event: voices(list(sources), copies) for event, sources in by_event.iter_rows()}
    return events.with_columns(
        pl.col("event").replace_strict(counted, default=0, return_dtype=pl.UInt32).alias("n_voices")
    )


OMISSION_STRENGTH = 0.8
"""Mean link probability an event needs before an origin can be said to leave it out: "two other
origins report this" must itself hold (a weakly linked event may join two different facts)."""

DENSE_OVERLAP_MAX = 200
"""Up to this many sources or origins the overlap frame lists every pair (zeros included);
above it only the pairs that share something, since n² rows would dwarf the corpus."""


def overlap_matrix(claims: pl.DataFrame, by: str, names: Sequence[str]) -> pl.DataFrame:
    """Share of A's claims matched to a claim of B: A's claim reports an event B reports too
    (``event_members``: its members and the claims echoing its quotation, as every "who reports"
    count reads them).

    A lower bound of what B also says: a claim the alignment did not match may still be told in
    B in other words (finalcheck-s5 DH-44: the NYT reports at least 8 of HuffPost's 18 claims, 1
    of them matched), so whatever presents it says "matched", never "B makes". Pairs absent from
    the result (large corpora only) have a share of 0.
    """
    in_event = event_members(claims)
    present = in_event.select("event", pl.col(by).alias("b")).unique()
    totals = claims.group_by(by).len().rename({by: "a", "len": "total"})
    shared = (
        in_event.select(pl.col(by).alias("a"), "event", "source_id", "sentence_index")
        .join(present, on="event")
        .unique(["a", "b", "source_id", "sentence_index"])
        .group_by("a", "b")
        .agg(pl.len().alias("count"))
    )
    if len(names) > DENSE_OVERLAP_MAX:
        return (
            shared.join(totals, on="a", how="left")
            .with_columns((pl.col("count") / pl.col("total")).alias("share"))
            .select("a", "b", "share")
            .sort("a", "b")
        )
    grid = pl.DataFrame({"a": [a for a in names for _ in names], "b": [b for _ in names for b in names]})
    return (
        grid.join(totals, on="a", how="left", maintain_order="left")
        .join(shared, on=["a", "b"], how="left", maintain_order="left")
        .with_columns(
            pl.when(pl.col("total") > 0)
            .then(pl.col("count").fill_null(0) / pl.col("total"))
            .otherwise(None)
            .alias("share")
        )
        .select("a", "b", "share")
    )


def origin_sharing(claims: pl.DataFrame, origins: Sequence[str]) -> pl.DataFrame:
    """Per origin: how many of its claims are shared with another origin, how many may be reported
    elsewhere (``possibly``), and how many are its alone (``only``: the search found nothing)."""
    counts = claims.group_by(ORIGIN).agg(
        pl.len().alias("claims"),
        (pl.col("state") == SHARED).sum().alias("shared"),
        (pl.col("state") == POSSIBLY_SHARED).sum().alias("possibly"),
        (pl.col("state") == UNIQUE).sum().alias("only"),
    )
    return (
        pl.DataFrame({ORIGIN: list(origins)})
        .join(counts, on=ORIGIN, how="left", maintain_order="left")
        .with_columns(pl.col(c).fill_null(0).cast(pl.UInt32) for c in ("claims", "shared", "possibly", "only"))
    )


def omissions(claims: pl.DataFrame, events: pl.DataFrame, origins: Sequence[str], absences: pl.DataFrame) -> pl.DataFrame:
    """Events reported by at least two other origins but not by this one, whose search of this
    origin's claims found nothing that may report them and which state a name or figure this
    origin never has (``absences``: ``score``, ``absent``), in event order."""
    searched = absences.select("event", ORIGIN, "score", "absent").iter_rows()
    close = {(e, o) for e, o, score, absent in searched if score >= ABSENT_P or not absent}
    reported = (
        event_members(claims)
        .group_by("event")
        .agg(pl.col(ORIGIN).unique().alias("by"))
    )
    by_event = {event: set(origins_) for event, origins_ in reported.iter_rows()}
    rows = []
    for event in events.get_column("event").to_list():
        by = by_event.get(event, set())
        for origin in origins:
            if origin not in by and len(by - {origin}) >= 2 and (event, origin) not in close:
                rows.append({ORIGIN: origin, "event": event})
    return pl.DataFrame(rows, schema={ORIGIN: pl.String(), "event": pl.Int32()})


__all__ = ["EventAnalysis", "find_events", "omissions", "origin_sharing", "overlap_matrix", "with_months"]
