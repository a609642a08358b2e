"""The classroom handout's view model: student pages and the teacher key.

Media-literacy lessons (News Literacy Project, Stanford's Civic Online Reasoning,
AllSides for Schools) give students a few short excerpts, plain vocabulary, guided
questions, an activity and an exit ticket, and give the teacher a key. This module builds
both from an analysis. Two separate models on purpose: ``Handout`` (student pages) holds
nothing that names a source's outlet or origin in blind mode — not even a field the
template could print by mistake — while ``TeacherKey`` reveals them.

Framing lenses (loaded terms, naming) are optional inputs (``loaded_terms``, ``naming``):
the handout works without them and shows them when a caller passes them.
"""

from __future__ import annotations

import hashlib
import re
import string
from collections.abc import Sequence
from dataclasses import dataclass

import polars as pl

from contrast.analysis import Analysis
from contrast.origins import PALETTE  # Okabe & Ito, by origin order; marker, border and label repeat it for print
from contrast.report.event_titles import EventTitle, event_title
from contrast.report.briefing.events import representative
from contrast.report.text import identifying_terms, mentions, redact, trim_excerpt
from contrast.report.briefing.model import MARKERS, Briefing, Chart, OriginRef

EVENTS_SHOWN = 2
"""Events whose excerpts students compare side by side: enough for one lesson."""
BORDERS = ("solid", "dashed", "dotted", "double")
MAX_PASSES = 4
"""Lettering passes: the first letters every source, each next one only those the pages
named; the named set only shrinks, so it settles (in two passes in practice)."""
NAMED = re.compile(r"\bSource ([A-Z]+)\b")


@dataclass(frozen=True)
class SourceTag:
    """A source as students see it: a letter, and in open mode who published it."""

    letter: str
    name: str
    """``Source A``, or in open mode ``Source A · The Guardian``."""
    origin: OriginRef | None
    """None in blind mode."""
    title: str
    """Empty in blind mode."""
    border: str
    """CSS border style of its excerpt cards (by origin in open mode, solid in blind mode)."""


@dataclass(frozen=True)
class Excerpt:
    source: SourceTag
    text: str
    """The sentence, trimmed (never rewritten); in blind mode names are marked as removed."""
    trimmed: bool
    redacted: bool
    lang: str
    compound: float | None
    attributed: bool


@dataclass(frozen=True)
class HandoutEvent:
    number: int
    about: EventTitle
    """What happened, in one source's words (``event_titles``): never one of ``excerpts`` if another will do."""
    reach: str
    excerpts: tuple[Excerpt, ...]


@dataclass(frozen=True)
class VocabTerm:
    term: str
    meaning: str
    found: str = ""
    """Where the sources use it (a loaded term from a lens, or a strong word in an excerpt)."""
    sources: tuple[str, ...] = ()
    """Source ids using it, as a lens supplies the term; the handout turns them into letters
    in ``found`` and empties this (the student model holds no source id)."""
    note: str = ""
    """For the teacher key: the measure that found the term."""


@dataclass(frozen=True)
class NamingDifference:
    """Two sources naming one thing differently; supplied by the naming lens when present."""

    thing: str
    forms: tuple[tuple[str, str], ...]
    """(source id, the name it uses). For ``event-word``: the felt word first, then each other
    source's own words about the event."""
    kind: str = "actor"
    """``actor`` (one thing, two names) or ``event-word`` (a felt word only one source uses about an event)."""
    sentence: tuple[str, int] | None = None
    """(source id, sentence index) of the sentence using the word, shown with the question."""
    measure: str = ""
    """For the teacher key: what the naming lens measured."""


@dataclass(frozen=True)
class Question:
    number: int
    kind: str
    text: str
    excerpt: Excerpt | None
    lines: int = 3


@dataclass(frozen=True)
class Answer:
    """The teacher key's entry for one question."""

    question: Question
    behind: tuple[str, ...]
    """The measurements the question was generated from."""
    answer: str
    notes: tuple[str, ...]


@dataclass(frozen=True)
class Handout:
    """Student pages. In blind mode nothing here names an outlet or an origin."""

    title: str
    language: str
    page_size: str
    edition: str
    blind: bool
    sources: tuple[SourceTag, ...]
    events: tuple[HandoutEvent, ...]
    vocabulary: tuple[VocabTerm, ...]
    questions: tuple[Question, ...]
    version: str


@dataclass(frozen=True)
class Reveal:
    letter: str
    title: str
    outlet: str
    author: str
    date: str
    url: str
    origin: OriginRef
    border: str


@dataclass(frozen=True)
class TeacherKey:
    handout: Handout
    title: str
    language: str
    page_size: str
    version: str
    reveals: tuple[Reveal, ...]
    reveal_of: dict[str, Reveal]
    """Letter → reveal, for the excerpt tables."""
    answers: tuple[Answer, ...]
    caveats: tuple[tuple[str, str], ...]
    """(measure, what it can and cannot tell) in plain words."""
    charts: tuple[Chart, ...]
    max_grade: float
    prose_grade: float | None = None
    """Measured on the rendered student pages (``handout_text.prose_grade``)."""
    redactions: int = 0
    unquoted: int = 0
    """Sources measured (in the briefing) but not quoted on the handout, so not lettered here."""


def build_handout(
    analysis: Analysis,
    briefing: Briefing,
    *,
    blind: bool,
    loaded_terms: Sequence[VocabTerm] = (),
    naming: Sequence[NamingDifference] = (),
) -> tuple[Handout, TeacherKey]:
    """Student pages and teacher key for ``analysis`` (``briefing`` supplies formatted facts)."""
    from contrast.report.handout.charts import tone_chart
    from contrast.report.handout.questions import CAVEATS, questions_and_answers, vocabulary

    manifest = analysis.report.manifest
    origin_refs = {o.ref.id: _handout_ref(o.ref) for o in briefing.origins}
    order = [s.id for s in briefing.sources]
    if blind:
        order.sort(key=lambda source_id: hashlib.sha256(source_id.encode("utf-8")).hexdigest())
    by_id = {s.id: s for s in analysis.sources}
    hidden = identifying_terms([s.outlet for s in analysis.sources], [o.label for o in manifest.origins]) if blind else ()
    languages = {source_id: document.language.code for source_id, document in analysis.documents.items()}
    cast = order
    for _ in range(MAX_PASSES):
        tags = {source_id: _tag(letter(i), by_id[source_id], origin_refs, blind) for i, source_id in enumerate(cast)}
        picker = _ExcerptPicker(analysis.events.claims, tags, languages, hidden)
        events = _events(analysis, picker, len(order))
        questions, answers = questions_and_answers(analysis, events, picker, tags, naming=naming)
        words = vocabulary(events, loaded_terms, tags, hidden)
        quoted = _quoted(cast, tags, events, questions, answers, words)
        if quoted == cast:
            break
        cast = quoted
    handout = Handout(
        title=manifest.title,
        language=manifest.language,
        page_size=manifest.page_size,
        edition=briefing.edition,
        blind=blind,
        sources=tuple(tags[s] for s in cast),
        events=events,
        vocabulary=words,
        questions=questions,
        version=briefing.version,
    )
    reveals = tuple(
        Reveal(
            letter=tags[s].letter, title=by_id[s].title, outlet=by_id[s].outlet, author=by_id[s].author,
            date=by_id[s].date, url=by_id[s].url, origin=origin_refs[by_id[s].origin],
            border=BORDERS[origin_refs[by_id[s].origin].index % len(BORDERS)],
        )
        for s in cast
    )
    key = TeacherKey(
        handout=handout,
        title=manifest.title,
        language=manifest.language,
        page_size=manifest.page_size,
        version=briefing.version,
        reveals=reveals,
        reveal_of={r.letter: r for r in reveals},
        answers=answers,
        caveats=CAVEATS,
        charts=(tone_chart(briefing, tags),),
        max_grade=manifest.audience.max_grade,
        redactions=picker.redactions,
        unquoted=len(order) - len(cast),
    )
    return handout, key


def letter(index: int) -> str:
    """Spreadsheet-style letters, ``0 → A``, ``25 → Z``, ``26 → AA``, ``27 → AB``: short and
    unambiguous however many sources a handout quotes."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = string.ascii_uppercase[rest] + name
    return name


def _quoted(
    cast: list[str], tags: dict[str, SourceTag], events: Sequence[HandoutEvent], questions: Sequence[Question],
    answers: Sequence[Answer], words: Sequence[VocabTerm],
) -> list[str]:
    """The sources of ``cast`` the pages name: quoted in an excerpt, or named as "Source X" in a
    question, an answer or a word's "found in" (the handout's own sentences, never source text)."""
    named = {x.source.letter for e in events for x in e.excerpts}
    named |= {q.excerpt.source.letter for q in questions if q.excerpt is not None}
    written = [q.text for q in questions] + [w.found for w in words]
    written += [text for a in answers for text in (*a.behind, a.answer, *a.notes)]
    named |= {m for text in written for m in NAMED.findall(text)}
    return [s for s in cast if tags[s].letter in named]


def _handout_ref(ref: OriginRef) -> OriginRef:
    """The origin with the colour-blind-safe handout colour (the manifest's colours are free)."""
    return OriginRef(
        id=ref.id, label=ref.label, colour=PALETTE[ref.index % len(PALETTE)], marker=MARKERS[ref.index % len(MARKERS)],
        pattern=BORDERS[ref.index % len(BORDERS)], index=ref.index,
    )


def _tag(letter: str, source: object, refs: dict[str, OriginRef], blind: bool) -> SourceTag:
    if blind:
        return SourceTag(letter=letter, name=f"Source {letter}", origin=None, title="", border="solid")
    ref = refs[source.origin]  # type: ignore[attr-defined]
    outlet = source.outlet or source.title  # type: ignore[attr-defined]
    return SourceTag(
        letter=letter, name=f"Source {letter} · {outlet}", origin=ref, title=source.title,  # type: ignore[attr-defined]
        border=BORDERS[ref.index % len(BORDERS)],
    )


class _ExcerptPicker:
    """Chooses and prepares the sentence that stands for a source in an event or a question."""

    def __init__(
        self, claims: pl.DataFrame, tags: dict[str, SourceTag], languages: dict[str, str], hidden: tuple[str, ...]
    ) -> None:
        self.claims = claims
        self.tags = tags
        self.languages = languages
        self.hidden = hidden
        self.redactions = 0

    def best(self, rows: pl.DataFrame, terms: Sequence[str] = ()) -> Excerpt:
        """The member carrying most of ``terms`` (events_view's rule), preferring in blind
        mode one that names no outlet or origin; names left in it are redacted."""
        if self.hidden:
            clean = rows.filter(~pl.col("text").map_elements(lambda t: mentions(t, self.hidden), return_dtype=pl.Boolean))
            rows = clean if clean.height else rows
        return self.excerpt(representative(rows, list(terms)))

    def excerpt(self, row: dict[str, object]) -> Excerpt:
        text = str(row["text"])
        redacted = bool(self.hidden) and mentions(text, self.hidden)
        if redacted:
            text = redact(text, self.hidden)
            self.redactions += 1
        trimmed_text, trimmed = trim_excerpt(text)
        source_id = str(row["source_id"])
        compound = row.get("compound")
        return Excerpt(
            source=self.tags[source_id], text=trimmed_text, trimmed=trimmed, redacted=redacted,
            lang=self.languages.get(source_id, "en"), compound=compound if isinstance(compound, float) else None,
            attributed=bool(row.get("attributed")),
        )


def _events(analysis: Analysis, picker: _ExcerptPicker, n_sources: int) -> tuple[HandoutEvent, ...]:
    """The most widely shared events, one excerpt per origin (in letter order)."""
    events = analysis.events.events.filter(pl.col("n_origins") >= 2).head(EVENTS_SHOWN)
    claims = analysis.events.claims
    result = []
    for number, row in enumerate(events.iter_rows(named=True), start=1):
        members = claims.filter(pl.col("event") == row["event"]).sort("source_id", "sentence_index")
        excerpts = [picker.best(members.filter(pl.col("origin") == origin), row["terms"]) for origin in
                    members.get_column("origin").unique().sort().to_list()]
        excerpts.sort(key=lambda e: (len(e.source.letter), e.source.letter))
        about = event_title(
            members, row["terms"], used=[e.text for e in excerpts], hidden=picker.hidden, languages=picker.languages
        )
        result.append(
            HandoutEvent(
                number=number,
                about=about,
                reach=f"{row['n_sources']} of the {n_sources} sources write about it.",
                excerpts=tuple(excerpts),
            )
        )
    return tuple(result)
