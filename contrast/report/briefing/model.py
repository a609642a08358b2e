"""The briefing's view model: plain frozen dataclasses, every one the template can show.

Templates only present what is here; every number they show and every sentence of
prose is computed by the builders (``build`` for the whole, ``glance``, ``events``,
``changes``, ``lenses``, ``charts`` for their sections). Values that could not be
measured are ``None`` and the templates print "N/A".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from contrast.genre import Genre
from contrast.report.briefing.lenses.model import LensSection
from contrast.report.event_titles import EventTitle
from contrast.report.refs import OriginRef
from contrast.report.said import voice_tag
from contrast.report.svg import Chart
from contrast.snapshot import Interval
from contrast.stats import Contrast


@dataclass(frozen=True)
class Quote:
    """A sentence quoted in the report, with where it came from."""

    text: str
    compound: float | None
    source_id: str
    source_label: str
    sentence_index: int
    rated: tuple[tuple[str, float], ...] = ()
    """The words VADER's lexicon rates in it, with their ratings (``vader.rated_words``): what its tone is of."""


@dataclass(frozen=True)
class Tone:
    """Tone of the outlet's own voice (quotations and reported speech apart), and of the speech it reports."""

    mean: float | None
    median: float | None
    share_positive: float | None
    share_neutral: float | None
    share_negative: float | None
    sentences: int = 0
    """Own-voice sentences scored."""
    mean_low: float | None = None
    mean_high: float | None = None
    reported_mean: float | None = None
    """Mean tone of the quotations and reported speech."""
    reported_sentences: int = 0


@dataclass(frozen=True)
class SourceView:
    id: str
    code: str
    """Short label used in tables and charts, e.g. "S3"."""
    title: str
    outlet: str
    author: str
    date: str
    url: str
    retrieved: str
    """When ``contrast add`` fetched the page from ``url``; empty for files added from disk."""
    path: str
    origin: OriginRef
    words: int
    sentences: int
    tone: Tone
    readability: dict[str, float | None]
    words_per_sentence: float | None
    difficult_share: float | None
    formula_sentences: int | None
    """textstat's own sentence count of the whole text; ``sentences`` is the segmenter's, which the formulas use."""
    textstat_grade: float | None
    """textstat's own Flesch–Kincaid grade (its sentence count), kept for the method note; the printed one uses ours."""
    sha256: str
    n_bytes: int
    encoding: str
    language: str
    citations: int
    removed: tuple[tuple[str, int], ...]
    """(what, how many) for each kind of noise cleaning removed, non-zero only."""
    genre: Genre
    """What kind of text it is (declared in report.toml, or inferred and marked so)."""

    @property
    def label(self) -> str:
        return f"{self.code} · {self.outlet or self.title}"

    @property
    def differs(self) -> bool:
        """textstat's own functions count a different number of sentences than the briefing prints."""
        return self.formula_sentences is not None and self.formula_sentences != self.sentences


@dataclass(frozen=True)
class OriginView:
    ref: OriginRef
    description: str
    sources: tuple[SourceView, ...]
    words: int
    sentences: int
    tone: Tone
    readability: dict[str, float | None]
    words_per_sentence: float | None
    characteristic: Quote | None
    most_positive: Quote | None
    """None when no sentence reaches VADER's positive threshold."""
    most_negative: Quote | None
    """None when no sentence reaches VADER's negative threshold."""


@dataclass(frozen=True)
class Briefing:
    """Everything the briefing template shows."""

    title: str
    subtitle: str
    edition: str
    readers: str
    language: str
    origins: tuple[OriginView, ...]
    sources: tuple[SourceView, ...]
    listed_sources: tuple[SourceView, ...]
    """The per-source tables' rows: every source, or in a large report the most extreme by tone."""
    compact: bool
    """More than ``SOURCE_DETAIL_MAX`` sources: one-line appendix entries, capped cover lists."""
    printed_source_lines: bool
    """The PDF prints the appendix's one-line entries (at most ``PRINTED_SOURCE_LINES_MAX`` sources)."""
    cover_limit: int
    """How many sources each origin's cover card names."""
    glance: tuple[str, ...]
    charts: dict[str, Chart]
    readability_labels: dict[str, str]
    panels: tuple[EventPanel, ...]
    only_in: tuple[OnlyIn, ...]
    n_events: int
    n_claims: int
    alignment_backend: str
    """``lexical`` or ``semantic``: how claims were linked, stated in the methods."""
    skipped: tuple[tuple[str, str], ...]
    """(file, reason) of sources left out by --keep-going, shown on the cover."""
    warnings: tuple[str, ...]
    total_words: int
    total_sentences: int
    version: str
    changes: ChangesView | None = None
    """The "Changes since the last edition" page; None for a first edition."""
    page_size: str = "A4"
    """``A4`` or ``letter`` (report.toml's ``page_size``)."""
    lenses: tuple[LensSection, ...] = ()
    """"How they say it": one section per framing lens."""
    lens_cautions: tuple[str, ...] = ()
    """Small-sample warnings that apply to every contrast between origins."""
    contrasts: Mapping[str, Contrast] = field(default_factory=dict)
    """Origin comparisons with intervals (``contrasts.origin_contrasts``): tone, negative and positive
    shares, words per sentence, reading grade."""
    fit: int = 0
    """How far the PDF leaves detail to the HTML to keep within its page budget: 0 (nothing more),
    1 to ``FIT_TIERS`` (``briefing.document``; print.css's ``fit-N`` classes say what each leaves out)."""
    printed_panels: int = 3
    """How many framing panels the PDF prints; the HTML shows them all (``PRINTED_PANELS``)."""
    printed_only_in: int = 1
    """How many "only in" claims per origin the PDF quotes; the HTML quotes up to ``quoted_only_in``."""
    quoted_only_in: int = 5
    """How many "only in" claims per origin the HTML quotes (``events.ONLY_IN_SHOWN``)."""
    coverage: tuple[EventCoverage, ...] = ()
    """Page 1: a coverage bar for each of the top events (those with a framing panel in the PDF)."""
    key_findings: tuple[str, ...] = ()
    """Page 1: the strongest origin differences that pass the validity rules (``glance.key_findings``)."""
    n_comparisons: int = 0
    n_weak_events: int = 0
    """How many of the ``n_events`` are weakly linked (``events.weak_shared_events``): counted, and said to be, together."""
    """How many origin comparisons "At a glance" judges (the key findings are those that pass)."""
    key_lens_findings: tuple[str, ...] = ()
    """Page 1: the clear differences "How they say it" states, each with its lens's title (``glance.key_lens_findings``)."""
    key_lens_scope: str = ""
    """Page 1: how many clear differences the lenses state and which lenses, or that they state none."""
    reporting_contrasts: Mapping[str, Contrast] = field(default_factory=dict)
    """Tone contrasts over news and wire copy only (``genre.REPORTING``): the comparison "At a
    glance" offers when origin and genre are confounded; empty otherwise."""


# --- claim overlap: framing panels per event, "Only in …" (``events``) ---------------------------


@dataclass(frozen=True)
class EventQuote:
    text: str
    compound: float | None
    source_label: str
    sentence_index: int
    attributed: bool
    named_alone: str = ""
    """Under "Only in": what the claim names that no other origin's text has ("“Navarro” or “Death By China”"),
    the checkable half of the claim (``contrast.claims.distinctive``); empty elsewhere."""
    speaker: str = ""
    """Who speaks, for a quoted or reported sentence (``contrast.report.said``): "Speaker: Corker (quoted; …)"."""
    voice: str = ""
    """In an event panel, who states the event's claim (``said.fact_voices``: ``said.STATES``, ``ATTRIBUTES``, ``WITHIN``
    or ``BESIDE``), the reading its bullet gives too; "" elsewhere."""

    @property
    def voice_tag(self) -> str:
        """What the panel prints under the sentence about its voice (``said.voice_tag``)."""
        return voice_tag(self.voice, attributed=self.attributed, speaker=self.speaker)


@dataclass(frozen=True)
class EventColumn:
    origin: OriginRef
    quote: EventQuote
    n_members: int
    mean_compound: float | None


@dataclass(frozen=True)
class EventPanel:
    id: str
    label: str
    title: EventTitle
    """What happened, in one member sentence (``event_titles``), for the heading."""
    terms: tuple[str, ...]
    columns: tuple[EventColumn, ...]
    notes: tuple[str, ...]
    n_sources: int
    why: str
    """Why the members were linked: the terms their links share most, and the mean link score."""
    source_ids: tuple[str, ...] = ()
    """The sources with a sentence matched to the event."""
    weak: bool = False
    """Its links' mean probability is below even odds (``events.WEAK_EVENT``): by contrast's own estimate the sentences
    more likely report different facts, so the heading says "possibly one event" (check10-bundled SP-27)."""


@dataclass(frozen=True)
class CoverageCell:
    """One source in an event's coverage bar."""

    code: str
    origin: OriginRef
    reported: bool
    """A sentence of this source was matched to the event. False says only that none was
    matched: the source may still mention it in words the matching does not link."""
    note: str = ""
    """In a large report one cell stands for an origin: "12 of 40" of its sources report it."""


@dataclass(frozen=True)
class EventCoverage:
    """Which sources, and so which origins, report one of the top events (page 1's coverage bars)."""

    id: str
    title: EventTitle
    n_sources: int
    n_origins: int
    cells: tuple[CoverageCell, ...]
    """Every source of the report, in briefing order (grouped by origin)."""


@dataclass(frozen=True)
class OnlyIn:
    origin: OriginRef
    claims: int
    shared: int
    possibly: int
    """Claims another origin may report in other words: never printed as "only in"."""
    only: int
    """Claims the search of every other origin found nothing close to and that name something no
    other origin has (state ``unique``)."""
    quotes: tuple[EventQuote, ...]
    omitted: tuple[str, ...]
    """Labels of events at least two other origins report and this one does not (the first ``OMITTED_SHOWN``)."""
    n_omitted: int
    """How many such events there are in all."""
    close: int = 0
    unanchored: int = 0
    context: int = 0
    """Of ``possibly``, how many for each reason (the claims' ``basis``): a sentence of another origin may report
    it; it names nothing the search could show the other origins lack; it stands beside or refers back to a sentence told elsewhere."""
    why_none: str = ""
    """Why none of its claims was shown to be its alone, counted by reason (``events.unshown``); empty when some was."""


# --- changes since the last edition (``changes``) ------------------------------------------------


@dataclass(frozen=True)
class SourceLine:
    kind: str
    label: str
    origin: OriginRef
    detail: str


@dataclass(frozen=True)
class EventLine:
    id: str
    """This edition's event id; empty for an event no longer found."""
    label: str
    origins: tuple[OriginRef, ...]
    n_sources: int
    detail: str


@dataclass(frozen=True)
class MetricLine:
    origin: OriginRef
    metric: str
    share: bool
    """Shown as a percentage (a share of sentences) rather than a signed score."""
    before: Interval
    after: Interval
    verdict: str
    moved: bool


@dataclass(frozen=True)
class ChangesView:
    previous_edition: str
    summary: tuple[str, ...]
    sources: tuple[SourceLine, ...]
    new_events: tuple[EventLine, ...]
    grown_events: tuple[EventLine, ...]
    gone_events: tuple[EventLine, ...]
    unlisted_events: int
    metrics: tuple[MetricLine, ...]
    resamples: int
    level: float
    min_sentences: int
