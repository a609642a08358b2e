"""The briefing's view model from an analysis: ``build_briefing``, and the sizes that shape it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

import polars as pl

from contrast.analysis import Analysis
from contrast.clean import REMOVAL_CATEGORIES
from contrast.editions import EditionChanges
from contrast.genre import REPORTING, confounded, genre_mix, source_genre
from contrast.metrics.readability import READABILITY_FORMULAS, TEXTSTAT_GRADE
from contrast.metrics.sentiment import VOICE, own_voice
from contrast.metrics.vader import NEGATIVE_THRESHOLD, POSITIVE_THRESHOLD, rated_words
from contrast.metrics.voice import own_part
from contrast.report.briefing.changes import changes_view
from contrast.report.briefing.charts import briefing_charts
from contrast.report.briefing.contrasts import origin_contrasts
from contrast.report.briefing.events import ONLY_IN_SHOWN, event_panels, only_in, weak_shared_events
from contrast.report.briefing.glance import at_a_glance, compared, key_findings, key_lens_findings
from contrast.report.briefing.lenses.build import lens_cautions, lens_sections
from contrast.report.briefing.lenses.charts import with_lens_charts
from contrast.report.briefing.model import (
    Briefing,
    CoverageCell,
    EventCoverage,
    EventPanel,
    OriginView,
    Quote,
    SourceView,
    Tone,
)
from contrast.report.refs import OriginRef, origin_refs
from contrast.report.said import Speakers
from contrast.schema import END, ORIGIN, SENTENCE_INDEX, SOURCE_ID, START, TEXT
from contrast.segment import own_line_flags
from contrast.stats import Contrast
from contrast.version import __version__

READABILITY_LABELS = {formula.id: formula.label for formula in READABILITY_FORMULAS}
"""The formulas the briefing shows, with their labels (``Briefing.readability_labels``)."""
REMOVAL_LABELS = {category: category.replace("_", " ") for category in REMOVAL_CATEGORIES} | {
    "post_note": "note about the post",  # "We've updated the top of this post …" (checkR EP-6)
}

SOURCE_DETAIL_MAX = 30
"""Up to this many sources the briefing shows each one in full: every row of the per-source
tables, a tone row per source in the chart, a provenance card in the appendix. Above it
(a 500-source report) those pages would run to a hundred and be the slowest part of the
build — WeasyPrint's layout time grows with every table row and card — while no reader
scans them: the briefing then lists the sources with the most extreme tone, a one-line
appendix entry per source, and charts per origin; ``sources.csv`` keeps every figure."""
PRINTED_SOURCE_LINES_MAX = 150
"""Up to this many sources the PDF's appendix prints the one-line entries (about five pages);
above, they are detail (``briefing.html``, and ``sources.csv`` with every field), so the PDF's
length, and the time to lay it out, stop growing with the corpus (at 500 sources the lines
were 16 of 32 pages and a third of the briefing's layout time)."""
EXTREME_SOURCES = 10
"""In a large report, how many of the most negative and of the most positive sources the tables list."""
COVER_SOURCES_MAX = 8
"""In a large report, how many sources each origin's cover card names before "and N more"."""
PRINTED_PANELS = 3
PRINTED_ONLY_IN = 1
"""Framing panels the PDF prints (the most widely shared events). The PDF is the briefing read in
ten minutes — at most 12 pages for up to 10 sources (issue 15) — so the detail a reader looks up
(every panel, each lens's method, chart and example sentences, per-source readability, the
charts of tone mix, overlap and tone per source) is in
the HTML and the data files; templates mark it ``detail`` and print.css leaves it out of print."""


def build_briefing(analysis: Analysis, *, changes: EditionChanges | None = None) -> Briefing:
    """Turn an analysis into the briefing's view model (charts and prose included).

    ``changes`` (from ``contrast.editions``) adds the "Changes since the last edition" page.
    """
    manifest = analysis.report.manifest
    used = {s.origin for s in analysis.sources}
    refs = origin_refs(manifest.origins, used)
    sentence_text = _sentence_lookup(analysis.results.sentences)
    source_rows = _rows_by(analysis.results.sources, SOURCE_ID)
    sentence_counts = _sentence_counts(analysis.results.sentences)
    own_sentences = _own_voice_sentences(analysis.results.sentences)
    sources = tuple(
        _source_view(analysis, index, source, refs[source.origin], source_rows[source.id], sentence_counts, own_sentences)
        for index, source in enumerate(sorted(analysis.sources, key=lambda s: refs[s.origin].index))
    )
    labels = {s.id: s.label for s in sources}
    origin_rows = _rows_by(analysis.results.origins, ORIGIN)
    origins = tuple(
        _origin_view(
            refs[origin.id],
            origin.description,
            tuple(s for s in sources if s.origin.id == origin.id),
            origin_rows.get(origin.id, {}),
            sentence_text,
            labels,
        )
        for origin in manifest.origins
        if origin.id in refs
    )
    briefing = Briefing(
        title=manifest.title,
        subtitle=manifest.subtitle,
        edition=_format_date(manifest.edition),
        readers=manifest.audience.readers,
        language=manifest.language,
        origins=origins,
        sources=sources,
        listed_sources=_listed_sources(sources),
        compact=len(sources) > SOURCE_DETAIL_MAX,
        printed_source_lines=len(sources) <= PRINTED_SOURCE_LINES_MAX,
        cover_limit=len(sources) if len(sources) <= SOURCE_DETAIL_MAX else COVER_SOURCES_MAX,
        glance=(),
        charts={},
        readability_labels=READABILITY_LABELS,
        panels=event_panels(analysis.events, refs, labels, Speakers(analysis)),
        only_in=only_in(analysis.events, refs, labels),
        n_events=analysis.events.events.filter(pl.col("n_origins") >= 2).height,
        n_weak_events=weak_shared_events(analysis.events.events),
        n_claims=analysis.events.claims.height,
        alignment_backend=analysis.events.backend,
        skipped=tuple((s.path, s.reason) for s in analysis.skipped),
        warnings=analysis.warnings,
        total_words=sum(s.words for s in sources),
        total_sentences=sum(s.sentences for s in sources),
        version=__version__,
        changes=(
            None
            if changes is None
            else changes_view(changes, refs, labels, previous_edition=_format_date(changes.previous_edition))
        ),
        page_size=manifest.page_size,
        lenses=lens_sections(analysis, refs, labels, per_source=len(sources) <= SOURCE_DETAIL_MAX),
        lens_cautions=lens_cautions(analysis, refs),
        contrasts=origin_contrasts(
            analysis.results.sentences,
            origin_rows,
            list(refs),
            pooled=[s.id for s in analysis.sources if analysis.documents[s.id].language.code == manifest.language],
        ),
        printed_panels=PRINTED_PANELS,
        printed_only_in=PRINTED_ONLY_IN,
        quoted_only_in=ONLY_IN_SHOWN,
    )
    briefing = replace(briefing, reporting_contrasts=_reporting_contrasts(analysis, sources, list(refs)))
    briefing = replace(briefing, key_findings=key_findings(briefing))
    listed, scope = key_lens_findings(briefing)
    return replace(
        briefing,
        glance=at_a_glance(briefing),
        key_lens_findings=listed,
        key_lens_scope=scope,
        n_comparisons=compared(briefing),
        coverage=tuple(_coverage(panel, sources) for panel in briefing.panels[:PRINTED_PANELS]),
        charts=briefing_charts(briefing, analysis.results.sentences, analysis.events.source_overlap),
        lenses=with_lens_charts(briefing),
    )


def _reporting_contrasts(analysis: Analysis, sources: tuple[SourceView, ...], order: list[str]) -> dict[str, Contrast]:
    """When origin and genre are confounded, the tone contrasts over news and wire copy alone (the
    per-sentence readability counts are dropped: the pooled grades are of every genre)."""
    mix = genre_mix({o: [s.genre for s in sources if s.origin.id == o] for o in order})
    reporting = [s.id for s in sources if s.genre.id in REPORTING]
    if not confounded(mix) or len({s.origin.id for s in sources if s.id in reporting}) < 2:
        return {}
    sentences = analysis.results.sentences.filter(pl.col(SOURCE_ID).is_in(reporting))
    sentences = sentences.drop([c for c in sentences.columns if c.startswith("rd_")])
    return origin_contrasts(sentences, {}, order, pooled=[])


def _coverage(panel: EventPanel, sources: tuple[SourceView, ...]) -> EventCoverage:
    """The event's coverage bar: every source, marked where a sentence of it was matched to the event."""
    if len(sources) <= SOURCE_DETAIL_MAX:
        cells = tuple(CoverageCell(code=s.code, origin=s.origin, reported=s.id in panel.source_ids) for s in sources)
    else:  # one cell per origin: hundreds of boxes would not read
        origins = {s.origin.id: s.origin for s in sources}
        counts = {o: (sum(s.id in panel.source_ids for s in sources if s.origin.id == o),
                      sum(s.origin.id == o for s in sources)) for o in origins}
        cells = tuple(
            CoverageCell(code=ref.label, origin=ref, reported=counts[o][0] > 0, note=f"{counts[o][0]:,} of {counts[o][1]:,}")
            for o, ref in origins.items()
        )
    return EventCoverage(
        id=panel.id, title=panel.title, n_sources=panel.n_sources, n_origins=len(panel.columns), cells=cells
    )


def _listed_sources(sources: tuple[SourceView, ...]) -> tuple[SourceView, ...]:
    """All sources, or beyond ``SOURCE_DETAIL_MAX`` the ``EXTREME_SOURCES`` lowest and highest by
    mean tone (unscored sources last; ties by code), shown in briefing order."""
    if len(sources) <= SOURCE_DETAIL_MAX:
        return sources
    scored = sorted((s for s in sources if s.tone.mean is not None), key=lambda s: (s.tone.mean, s.code))
    chosen = {s.id for s in scored[:EXTREME_SOURCES] + scored[-EXTREME_SOURCES:]}
    return tuple(s for s in sources if s.id in chosen)


def _rows_by(frame: pl.DataFrame, key: str) -> dict[str, dict[str, Any]]:
    return {row[key]: row for row in frame.iter_rows(named=True)}


def _sentence_lookup(sentences: pl.DataFrame) -> dict[tuple[str, int], tuple[str, float | None]]:
    compound = sentences.get_column("compound").to_list() if "compound" in sentences.columns else [None] * sentences.height
    return {
        (source_id, index): (text, value)
        for source_id, index, text, value in zip(
            sentences.get_column(SOURCE_ID).to_list(),
            sentences.get_column(SENTENCE_INDEX).to_list(),
            sentences.get_column(TEXT).to_list(),
            compound,
            strict=True,
        )
    }


def _sentence_counts(sentences: pl.DataFrame) -> dict[str, int]:
    counts = sentences.group_by(SOURCE_ID).len()
    return dict(counts.iter_rows())


def _tone(row: dict[str, Any]) -> Tone:
    return Tone(
        mean=row.get("sentiment_mean"),
        median=row.get("sentiment_median"),
        share_positive=row.get("share_positive"),
        share_neutral=row.get("share_neutral"),
        share_negative=row.get("share_negative"),
        sentences=int(row.get("sentiment_sentences") or 0),
        mean_low=row.get("sentiment_mean_low"),
        mean_high=row.get("sentiment_mean_high"),
        reported_mean=row.get("reported_mean"),
        reported_sentences=int(row.get("reported_sentences") or 0),
    )


def _own_voice_sentences(sentences: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """Each source's sentences in its own voice, in order, read in one pass: filtered again for every source, the
    sentences frame was read once per source (2.4 s of CPU of a 500-source report's briefing, growing with the square
    of the sources; issue 16). Empty without the voice column."""
    if VOICE not in sentences.columns:
        return {}
    own = sentences.filter(own_voice(sentences.columns)).sort(SOURCE_ID, SENTENCE_INDEX)
    return {source_id: frame for (source_id,), frame in own.partition_by(SOURCE_ID, as_dict=True, maintain_order=True).items()}


def _own_voice_texts(own: pl.DataFrame | None, text: str) -> tuple[str, ...]:
    """A source's sentences in its own voice (``own``: its frame of ``_own_voice_sentences``), headings left out, and
    no question that is a line of its own (a subhead: "What happens next?"): what the genre's last cue reads."""
    if own is None:
        return ()
    texts = own.get_column(TEXT).to_list()
    if START not in own.columns:
        return tuple(texts)
    lines = own_line_flags(text, list(zip(own.get_column(START).to_list(), own.get_column(END).to_list(), strict=True)))
    return tuple(t for t, line in zip(texts, lines, strict=True) if not (line and t.rstrip(" \"'”’)]").endswith("?")))


def _source_view(
    analysis: Analysis,
    index: int,
    source: Any,
    ref: OriginRef,
    row: dict[str, Any],
    sentence_counts: dict[str, int],
    own_sentences: Mapping[str, pl.DataFrame],
) -> SourceView:
    document = analysis.documents[source.id]
    return SourceView(
        id=source.id,
        code=f"S{index + 1}",
        title=source.title,
        outlet=source.outlet,
        author=source.author,
        date=source.date,
        url=source.url,
        retrieved=source.retrieved,
        path=source.path,
        origin=ref,
        words=int(row.get("words") or len(document.clean.text.split())),
        sentences=sentence_counts.get(source.id, 0),
        tone=_tone(row),
        readability={key: row.get(key) for key in READABILITY_LABELS},
        words_per_sentence=row.get("words_per_sentence"),
        difficult_share=row.get("difficult_share"),
        formula_sentences=None if row.get("formula_sentences") is None else int(row["formula_sentences"]),
        textstat_grade=row.get(TEXTSTAT_GRADE),
        sha256=document.raw.sha256,
        n_bytes=document.raw.n_bytes,
        encoding=document.raw.encoding,
        language=document.language.code,
        citations=document.clean.citations,
        removed=tuple(
            (REMOVAL_LABELS[c], document.clean.removed[c]) for c in REMOVAL_CATEGORIES if document.clean.removed.get(c)
        ),
        genre=source_genre(
            declared=source.genre,
            title=source.title,
            outlet=source.outlet,
            citations=document.clean.citations,
            url=source.url or "",
            author_note="\n".join(line for category, line in document.clean.removed_lines if category == "trailer"),
            origin_label=ref.label,
            origin_description=next((o.description for o in analysis.report.manifest.origins if o.id == ref.id), ""),
            lead="\n".join([*(line for category, line in document.clean.removed_lines if category == "dateline"),
                             document.clean.text]),  # the whole text: a live blog's time stamps run through it
            own_voice=_own_voice_texts(own_sentences.get(source.id), document.clean.text),
        ),
    )


def _origin_view(
    ref: OriginRef,
    description: str,
    sources: tuple[SourceView, ...],
    row: dict[str, Any],
    sentence_text: dict[tuple[str, int], tuple[str, float | None]],
    labels: dict[str, str],
) -> OriginView:
    def quote(source_key: str, index_key: str, *, keep: Callable[[float], bool] = lambda _: True) -> Quote | None:
        source_id, index = row.get(source_key), row.get(index_key)
        if source_id is None or index is None:
            return None
        text, compound = sentence_text[(source_id, index)]
        if compound is not None and not keep(compound):
            return None
        return Quote(
            text=text, compound=compound, source_id=source_id, source_label=labels[source_id], sentence_index=index,
            rated=rated_words(own_part(text)) if compound is not None else (),
        )

    return OriginView(
        ref=ref,
        description=description,
        sources=sources,
        words=sum(s.words for s in sources),
        sentences=sum(s.sentences for s in sources),
        tone=_tone(row),
        readability={key: row.get(key) for key in READABILITY_LABELS},
        words_per_sentence=row.get("words_per_sentence"),
        characteristic=quote("characteristic_source", "characteristic_index"),
        most_positive=quote("most_positive_source", "most_positive_index", keep=lambda c: c >= POSITIVE_THRESHOLD),
        most_negative=quote("most_negative_source", "most_negative_index", keep=lambda c: c <= NEGATIVE_THRESHOLD),
    )


def _format_date(value: dt.date) -> str:
    return f"{value.day} {value:%B %Y}"
