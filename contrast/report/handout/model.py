"""The classroom handout's view model: student pages and the teacher key.

Media-literacy lessons (News Literacy Project, Stanford's Civic Online Reasoning,
AllSides for Schools) give students a few short excerpts, plain vocabulary, guided
questions, an activity and an exit ticket, and give the teacher a key; ``build`` makes
both from an analysis. Two separate models on purpose: ``Handout`` (student pages) holds
nothing that names a source's outlet or origin in blind mode — not even a field the
template could print by mistake — while ``TeacherKey`` reveals them.
"""

from __future__ import annotations

from dataclasses import dataclass

from contrast.report.event_titles import EventTitle
from contrast.report.refs import OriginRef
from contrast.report.said import voice_tag
from contrast.report.svg import Chart


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
    sentence: str = ""
    """The whole sentence ``compound`` scores (redacted as ``text``; ``text`` may be cut): the key lists the words
    behind the score, those cut from the excerpt too (check10h OB key Q1: "advantage", +0.36, was cut and unlisted)."""
    speaker: str = ""
    """Who speaks, for a quoted or reported sentence (``contrast.report.said``): "Speaker: Corker (quoted; …)"."""
    voice: str = ""
    """Under an event, who states its claim, read over the event's excerpts together as the briefing's panel reads its
    sentences (``said.fact_voices``); "" elsewhere."""

    @property
    def voice_tag(self) -> str:
        """The teacher key's Voice column (``said.voice_tag``): the same decision as the briefing's panel."""
        return voice_tag(self.voice, attributed=self.attributed, speaker=self.speaker, key=True)


@dataclass(frozen=True)
class HandoutEvent:
    number: int
    about: EventTitle
    """What happened, in one source's words (``event_titles``): a sentence of ``excerpts`` or one linked to one of them,
    not one of ``excerpts`` itself if another such will do."""
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
    uses: tuple[tuple[str, int], ...] = ()
    """(source id, sentence index) of its first use in each source, as a lens supplies the term;
    emptied with ``sources`` (the key shows the sentence: ``WordInUse``)."""


@dataclass(frozen=True)
class WordInUse:
    """For the teacher key: a corpus word on the handout with the sentence it was found in."""

    term: str
    letter: str
    sentence: str
    """The source's sentence (never rewritten; cut with "…" around the word when long)."""
    note: str = ""
    """The measure that found the word (``VocabTerm.note``)."""
    found: str = ""
    """Every source the handout says uses it (``VocabTerm.found``)."""


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
    elsewhere: tuple[tuple[str, str], ...] = ()
    """For ``event-word``: (source id, loaded words of the felt word's kind that another source uses in its own voice
    elsewhere in its text, not among its words about the event): the same act may be told in a sentence the event
    search did not link (ET-46: HuffPost's "blasted" beside the Times's "lashed out")."""


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
    kinds: str = ""
    """The texts counted by genre: "4 news articles and 1 opinion piece"."""
    read: int = 0
    """Sources the report measured: more than ``sources`` when some are quoted nowhere on the pages, and each event's
    "At least 2 of the 3 sources" counts them all (check10h OB: "2 news articles" beside "of the 3 sources")."""
    left_out: tuple[str, ...] = ()
    """Open mode, a few sources read but quoted nowhere: one sentence each naming it and why (``build.left_out``)."""
    cut: bool = False
    """The pages cut a quotation short, marked "[…]" (``text.CUT``): only then does the note say what the mark means."""
    source_ellipsis: bool = False
    """A quotation on the pages shows an ellipsis its source wrote ("…", "..."): the note says it is the source's, not a
    cut of the handout's (checkR SD-71)."""

    @property
    def one_source(self) -> bool:
        """The pages quote one source: the page speaks of it alone, not of "two sources" or "different kinds of
        sources" (check AD, confusing 2: "Pick two sources" under a page that showed one)."""
        return len(self.sources) == 1


@dataclass(frozen=True)
class Reveal:
    letter: str
    source_id: str
    """The source's id in report.toml and the data files (``events.json``): the key's link from a
    letter to the measurements behind a question."""
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
    words_in_use: tuple[WordInUse, ...] = ()
    """Each of the handout's words from this corpus with its sentence (base terms have none)."""
    redactions: int = 0
    unquoted: int = 0
    """Sources measured (in the briefing) but not quoted on the handout, so not lettered here."""
