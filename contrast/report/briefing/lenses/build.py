"""View model of "How they say it": one section per lens, every number linked to an example.

Tables have a row per measure and a column per origin. A cell with cues links to a
numbered example sentence, given as text segments with a flag for the cue words, so the
template highlights them from escaped text (no HTML is built here). Findings are plain
sentences naming the origin that stands out, with its interval and effect size.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cached_property

import polars as pl

from contrast.analysis import Analysis
from contrast.claims.export import event_id
from contrast.metrics.attribution import LENS as ATTRIBUTION
from contrast.metrics.characteristic import Z_SIGNIFICANT
from contrast.metrics.cues import CONTEXT
from contrast.metrics.figures import MAX_REFS
from contrast.metrics.lens import APART
from contrast.metrics.registry import LensSpec, family, lens_spec
from contrast.metrics.sentiment import VOICE, own_voice
from contrast.metrics.uncertainty import sample_warnings
from contrast.metrics.voice import QUOTED, REPORTED
from contrast.report.briefing.events import is_weak
from contrast.report.briefing.lenses.findings import Quote, Samples, clear_difference, count_of, findings, naming_rows
from contrast.report.briefing.lenses.model import NOTHING, Cell, Example, LensSection, LensTable, segments
from contrast.report.event_terms import event_label
from contrast.report.refs import OriginRef
from contrast.report.text import WEAK_IN_TEXT, around, quotation, trim_excerpt
from contrast.resources import lexicon
from contrast.schema import ORIGIN, SENTENCE_INDEX, SOURCE_ID, TEXT
from contrast.stats import MIN_JUDGED

MAX_EXAMPLES = 12
"""Example sentences per lens; every sentence behind every number is in build/lenses/."""
TOP_TERMS = 8
ACROSS = " in any origin"
"""Ends a cell of nothing counted that spans a row where no origin has anything counted."""
NO_OWN_VOICE = "no own-voice sentences"
"""A cell of an own-voice count for an origin none of whose sentences is in its own voice (``_Builder._no_own_voice``)."""
MIN_EXAMPLE_WORDS = 6
"""Headings and fragments make poor examples; a full sentence is preferred when there is one."""


def lens_sections(
    analysis: Analysis, refs: Mapping[str, OriginRef], labels: Mapping[str, str], *, per_source: bool = True
) -> tuple[LensSection, ...]:
    """Sections for every lens that produced figures, in the order of their ``LensSpec.section``.

    A lens with figures but no spec fails here (``lens_spec``) rather than go missing from
    the briefing. ``per_source=False`` (a report too large to table every source) leaves the
    per-source rates to ``build/lenses/<lens>.csv``.
    """
    results = analysis.results
    if results.figures is None:
        return ()
    sentences = results.sentences.select(SOURCE_ID, SENTENCE_INDEX, ORIGIN, TEXT)
    text_of = {(s, i): (o, t) for s, i, o, t in sentences.iter_rows()}
    evidence = results.evidence if results.evidence is not None else pl.DataFrame()
    sentence_counts = _samples(results.sentences)
    sections = []
    specs = sorted(map(lens_spec, results.figures.get_column("lens").unique()), key=lambda s: (s.section, s.id))
    event_labels = EventLabels(analysis)  # read once for every lens, each label only when a table shows it
    for spec in specs:
        lens = spec.id
        every = results.figures.filter(pl.col("lens") == lens)
        figures = every.filter(pl.col("level") == "origin")
        if figures.height == 0:
            continue
        spans = evidence.filter(pl.col("lens") == lens) if evidence.height else evidence
        names = spec.labels(analysis.report.manifest.lenses)
        builder = _Builder(spec, refs, labels, text_of, spans, names, sentence_counts)
        builder.event_labels = event_labels
        weak = _weak_events(analysis)
        tables = builder.tables(figures) + (builder.by_source(every) if per_source and spec.per_source else ())
        quote = _quoter(text_of, labels)
        said = findings(spec, figures, refs, names, sentence_counts, weak_events=weak, quote=quote)
        clear = findings(spec, figures, refs, names, sentence_counts, clear_only=True, quote=quote)
        if spec.nothing_anywhere and tables and all(_counts_nothing(table) for table in tables):
            tables, said, clear = (), (spec.nothing_anywhere,), ()
        sections.append(
            LensSection(
                id=lens,
                title=spec.title,
                question=spec.question,
                method=spec.method,
                provenance=_provenance(spec.lexicon),
                findings=said,
                clear=clear,
                tables=tables,
                examples=tuple(builder.examples),
                chart=None,
                reads=reads(spec, tables),
            )
        )
    return tuple(sections)


def reads(spec: LensSpec, tables: Sequence[LensTable]) -> str:
    """How to read the lens, said once above its findings and tables: ``LensSpec.reads`` and the meaning of each kind
    of cell of nothing counted its tables print (``LensSpec.nothing_means``) that the reads do not already give. The
    legend stood in each table's caption, and the reading note said it again above the findings and a finding once
    more ("0 typed so in the other origins does not show that they have none"): three to four times a page, which
    readers skip and which buries the findings (check AG2 SN)."""
    shown = {c.text.removesuffix(ACROSS) for table in tables for _, cells in table.rows for c in cells if c.kind == NOTHING}
    legends = [means for text, means in spec.nothing_means if text in shown and f"“{text}”" not in spec.reads]
    return " ".join(part for part in (spec.reads, *legends) if part)


def _quoter(text_of: Mapping[tuple[str, int], tuple[str, str]], labels: Mapping[str, str]) -> Quote:
    """A sentence reference ("source_id:sentence_index") → the sentence, quoted and cut as excerpts are, with its source
    and number as the examples print them: what a finding shows of a figure that rests on one sentence. Given the cue
    ``word`` the figure counts, a long sentence is cut so that the word stays in sight (``around``: check14-reO's
    Frames bullet showed "… from “criminalize” in “The new ad follows … around the world and …”", cut before it)."""

    def quote(ref: str, word: str = "") -> str | None:
        source, _, index = ref.rpartition(":")
        found = text_of.get((source, int(index))) if source and index.isdigit() else None
        if found is None or source not in labels:
            return None
        shown = around(found[1], word) if word else trim_excerpt(found[1])[0]
        return f"{quotation(shown)} ({labels[source]}, sentence {int(index) + 1})"

    return quote


def _counts_nothing(table: LensTable) -> bool:
    """Whether not one cell of ``table`` counts anything (every cell reads as ``LensSpec.nothing``)."""
    return all(c.kind == NOTHING for _, cells in table.rows for c in cells)


def _samples(sentences: pl.DataFrame) -> Samples:
    """Each origin's sentences, and its own-voice ones when the sentences carry their voice (sentiment's)."""
    counts = dict(sentences.group_by(ORIGIN).len().iter_rows())
    if VOICE not in sentences.columns:
        return Samples(counts)
    own = dict(sentences.filter(own_voice(sentences.columns)).group_by(ORIGIN).len().iter_rows())
    return Samples(counts, {o: own.get(o, 0) for o in counts})


def lens_cautions(analysis: Analysis, refs: Mapping[str, OriginRef]) -> tuple[str, ...]:
    """The small-sample warnings every contrast in the section carries."""
    sources = dict(analysis.results.sources.group_by(ORIGIN).len().iter_rows())
    sentences = dict(analysis.results.sentences.group_by(ORIGIN).len().iter_rows())
    return sample_warnings(
        {o: sources.get(o, 0) for o in refs}, {o: sentences.get(o, 0) for o in refs}, {o: r.label for o, r in refs.items()}
    )


def _provenance(name: str | None) -> str:
    if name is None:
        return ""
    words = lexicon(name)
    return f"Lexicon “{words.name}” version {words.version} ({words.license}): {words.provenance}"


class _Builder:
    """Builds one lens's tables, numbering example sentences as cells ask for them."""

    def __init__(
        self,
        spec: LensSpec,
        refs: Mapping[str, OriginRef],
        labels: Mapping[str, str],
        text_of: Mapping[tuple[str, int], tuple[str, str]],
        spans: pl.DataFrame,
        names: Mapping[str, str],
        sentences: Samples | None = None,
    ) -> None:
        self.spec, self.lens = spec, spec.id
        self._rows: list[dict] = []
        self.sentences = sentences or Samples()
        self.refs, self.labels, self.text_of, self.names = refs, labels, text_of, names
        self.spans = spans.with_columns(
            pl.col(SOURCE_ID).replace_strict({s: o for (s, _), (o, _) in text_of.items()}, default=None).alias(ORIGIN),
            pl.struct(SOURCE_ID, SENTENCE_INDEX).map_elements(
                lambda k: len(text_of[(k[SOURCE_ID], k[SENTENCE_INDEX])][1].split()) >= MIN_EXAMPLE_WORDS,
                return_dtype=pl.Boolean,
            ).alias("full"),
        ) if spans.height else spans
        self.examples: list[Example] = []
        self.event_labels: Mapping[str, str] = {}
        self._wanted: set[tuple[str, str]] = set()
        self._by_sentence: dict[tuple[object, ...], Example] = {}
        """Examples by sentence and highlighted spans: a sentence shown for two counts with other cues is shown twice."""

    def tables(self, figures: pl.DataFrame) -> tuple[LensTable, ...]:
        rows = {(r["unit"], r["measure"]): r for r in figures.iter_rows(named=True)}
        self._rows = list(rows.values())
        measures = list(dict.fromkeys(figures.get_column("measure").to_list()))
        if self.spec.layout == "terms":
            ranked = self._ranked(figures)
            return (ranked,) if ranked.rows else ()
        if self.spec.layout == "names":
            return (self._naming(measures, rows),)
        groups = [
            (group.caption, [m for m in measures if family(m, group.measures) and (not group.measured_only or _any_value(rows, m))])
            for group in self.spec.groups
        ] or [("", measures)]
        self._plan_examples(rows, [m for _, ms in groups for m in ms])
        tables = (
            (caption, tuple((self.names.get(m, m), self._row(rows, m)) for m in ms)) for caption, ms in groups if ms
        )
        return tuple(LensTable(caption, table) for caption, table in tables)

    def _row(self, rows: Mapping[tuple[str, str], dict], measure: str) -> tuple[Cell, ...]:
        """A measure's cells, one per origin; where no origin has anything counted, one cell across them that says
        so (a row of 0.0 read as "none of it here"), unless an origin had no own voice to count in (``NO_OWN_VOICE``)."""
        cells = tuple(self._cell(rows.get((o, measure)), o, measure) for o in self.refs)
        if self.spec.nothing is None or not all(c.kind == NOTHING and c.text != NO_OWN_VOICE for c in cells):
            return cells
        return (Cell(kind=NOTHING, text=f"{self.spec.nothing(measure)}{ACROSS}", span=len(cells)),)

    def by_source(self, figures: pl.DataFrame) -> tuple[LensTable, ...]:
        """Rates per source: origins with several sources may hide outlets that differ."""
        rows = {(r["unit"], r["measure"]): r for r in figures.filter(pl.col("level") == "source").iter_rows(named=True)}
        measures = [m for m in dict.fromkeys(m for _, m in rows) if m not in APART]
        table = [
            (self.labels[source], tuple(self._source_cell(rows[(source, m)]) for m in measures))
            for source in self.labels
            if (source, measures[0]) in rows
        ] if measures else []
        header = tuple(self.names.get(m, m) for m in measures)
        none = "; 0: nothing counted" if any(c.kind == NOTHING for _, cells in table for c in cells) else ""
        caption = f"Per source, per 1,000 words of its own voice{none}."
        return (LensTable(caption, tuple(table), header=header, per_source=True),) if table else ()

    def _no_own_voice(self, row: Mapping[str, object], origin: str) -> bool:
        """Whether ``row`` counts cues in the outlets' own voice only (no quotation, no reported speech: ``contexts``)
        and ``origin`` has no own-voice sentence: its "0 listed" would count a list's words in nothing but the frames
        of its quotations ("…, Pence said on NBC"), so the cell says there was no own voice (check AF BW, reader item
        4: Newsmax, every sentence a quotation or a report, printed "0 listed" hedges and boosters)."""
        own = self.sentences.own
        contexts = set(_contexts(row))
        return own is not None and own.get(origin) == 0 and bool(contexts) and not contexts & {QUOTED, REPORTED}

    def _source_cell(self, row: dict) -> Cell:
        if self.spec.nothing is not None and _nothing_counted(row):
            return Cell(kind=NOTHING, text="0")
        return Cell(kind="rate", value=row["value"])

    def _plan_examples(self, rows: Mapping[tuple[str, str], dict], measures: Sequence[str]) -> None:
        """Give examples to each origin's strongest measures first, round-robin across origins."""
        ranked = {
            o: sorted((m for m in measures if (rows.get((o, m)) or {}).get("n")), key=lambda m: -(rows[(o, m)]["value"] or 0))
            for o in self.refs
        }
        self._wanted.clear()
        for rank in range(len(measures)):
            for o in self.refs:
                if rank < len(ranked[o]) and len(self._wanted) < MAX_EXAMPLES:
                    self._wanted.add((o, ranked[o][rank]))

    def _cell(self, row: dict | None, origin: str, measure: str) -> Cell:
        if row is None:
            return Cell(kind="text", text="—")
        kind = row["effect_kind"] and {"rate ratio": "rate", "Cohen's h": "share", "Hedges' g": "mean"}[row["effect_kind"]]
        example = (self._example(origin, self._categories(measure), measure, _contexts(row), _counted_sentences(row))
                   if (origin, measure) in self._wanted else None)
        if self.spec.nothing is not None and _nothing_counted(row) and self.spec.nothing(measure):
            if self._no_own_voice(row, origin):
                return Cell(kind=NOTHING, text=NO_OWN_VOICE)
            return Cell(kind=NOTHING, text=self.spec.nothing(measure))
        if row["value"] is None and kind == "mean" and 0 < (row.get("base") or 0) < MIN_JUDGED:
            # LP-29: a mean blanked for resting on too few (the tone of a kind of speaker), not "N/A": how many it has
            called = "statements" if self.lens == ATTRIBUTION else "sentences"
            return Cell(kind="text", text=f"{count_of(row['base'], called)}, fewer than {MIN_JUDGED}")
        if not row["n"]:  # nothing counted: the bootstrap has no spread to show
            return Cell(kind=kind or "text", value=row["value"], example=example)
        strong = clear_difference(self.spec, self._rows, row, self.sentences)  # the findings' rule
        return Cell(kind=kind or "text", value=row["value"], low=row["ci_low"], high=row["ci_high"], strong=strong, example=example)

    def _ranked(self, figures: pl.DataFrame) -> LensTable:
        """Each origin's terms that reach z ≥ 1.96, best first (an origin without one gets an empty column)."""
        significant = figures.filter(pl.col("value") >= Z_SIGNIFICANT)
        by_origin = {o: significant.filter(pl.col("unit") == o).head(TOP_TERMS).iter_rows(named=True) for o in self.refs}
        columns = {o: list(rows) for o, rows in by_origin.items()}
        table = []
        for rank in range(max((len(c) for c in columns.values()), default=0)):
            cells = []
            for o in self.refs:
                if rank >= len(columns[o]):
                    cells.append(Cell(kind="text", text=""))
                    continue
                r = columns[o][rank]
                example = self._example(o, (r["measure"],), r["measure"]) if rank < 3 else None
                cells.append(Cell(kind="z", value=r["value"], text=r["measure"], strong=True, example=example))
            table.append((str(rank + 1), tuple(cells)))
        return LensTable(
            f"Each origin's most distinctive terms that reach z ≥ {Z_SIGNIFICANT}, by z-score (uses in this origin and "
            "elsewhere in the CSV, which also lists weaker terms).",
            tuple(table),
        )

    def _naming(self, measures: Sequence[str], rows: Mapping[tuple[str, str], dict]) -> LensTable:
        actors, events = naming_rows(measures)
        table = []
        for m in actors + events:
            if m.startswith("actor:"):
                label = f"Actor: {commonest_form(rows, m)}"
            else:
                label = f"Event {self.event_labels.get(m, m.split(':', 1)[1])}"
            cells = []
            for o in self.refs:
                row = rows.get((o, m))
                if row is None or not row["cues"]:
                    cells.append(Cell(kind="text", text="—"))
                    continue
                example = self._example(o, (m,), m) if len(self.examples) < MAX_EXAMPLES else None
                cells.append(Cell(kind="text", text=_once_unmarked(row["cues"]), example=example))
            table.append((label, tuple(cells)))
        # the legend explains "×n" only where a cell prints one (check10h BT: every count was 1, printed unmarked)
        counted = any("×" in cell.text for _, cells in table for cell in cells)
        # check W TG-31: both are counted in the outlet's own words (``metrics.naming``); the legend said "all of the
        # origin's sentences", and a reader found the name inside a quotation the lens had rightly left out
        where = ("in the origin's own words, outside quotation marks: a name in all of its sentences, a word in its "
                 "sentences about the event")
        legend = (f"Names and words per origin (×n: times used — {where}; one use is unmarked)" if counted
                  else f"Names and words per origin, each used once ({where})")
        return LensTable(f"{legend}. Event numbers as in events.json.", tuple(table))

    def _categories(self, measure: str) -> tuple[str, ...] | None:
        """The evidence categories behind a measure (None: any cue of the lens): a measure
        ``<kind>:<category>`` is evidenced by that category's cues, any other by its own id."""
        if family(measure, self.spec.any_cue):
            return None
        return (measure.split(":", 1)[1],) if ":" in measure else (measure,)

    def _example(
        self, origin: str, categories: tuple[str, ...] | None, measure: str, contexts: tuple[str, ...] = (),
        behind: frozenset[tuple[str, int]] | None = None,
    ) -> Example | None:
        """The origin's sentence with most cues of ``categories`` (any of this lens's cues when None)
        counted by the figure: a cue in one of ``contexts`` (any when empty), in one of the sentences
        ``behind`` the figure when it lists them (its ``sentences`` column). A cue set apart (a
        definition, a quotation) never stands as the example of the own-voice count, and only the
        counted cues are highlighted. A share of own-voice sentences leaves out a reported sentence whose
        cue stands in the outlet's words ("Some Republicans have accused the White House of … political
        gain"): that sentence is not behind the figure and is never its example (checkQ2 HL-46)."""
        if self.spans.height == 0:
            return None
        counted = self.spans.filter(pl.col(CONTEXT).is_in(list(contexts))) if contexts else self.spans
        mine = counted.filter(pl.col(ORIGIN) == origin)
        if behind is not None:
            keys = zip(mine.get_column(SOURCE_ID).to_list(), mine.get_column(SENTENCE_INDEX).to_list(), strict=True)
            mine = mine.filter(pl.Series([key in behind for key in keys], dtype=pl.Boolean))
        if categories is not None:
            mine = mine.filter(pl.col("category").is_in(list(categories)))
        elif measure.startswith("tone."):
            mine = mine.filter(pl.col("category") == measure.removeprefix("tone."))
        if mine.height == 0:
            return None
        counts = mine.group_by(SOURCE_ID, SENTENCE_INDEX, "full").len().sort(
            ["full", "len", SOURCE_ID, SENTENCE_INDEX], descending=[True, True, False, False]
        )
        sentence = tuple(counts.row(0)[:2])
        highlight = (self.spans if self.spec.highlight_all else counted).filter(
            (pl.col(SOURCE_ID) == sentence[0]) & (pl.col(SENTENCE_INDEX) == sentence[1])
        )
        if not self.spec.highlight_all and categories is not None:
            highlight = highlight.filter(pl.col("category").is_in(list(categories)))
        spans = tuple(sorted(highlight.select("start", "end").rows()))
        key = (*sentence, spans)
        if key in self._by_sentence:
            return self._by_sentence[key]
        number = len(self.examples) + 1
        example = Example(
            number=number,
            anchor=f"ex-{self.lens}-{number}",
            segments=segments(self.text_of[sentence][1], spans),
            origin=self.refs[origin],
            source_label=self.labels[sentence[0]],
            sentence_index=sentence[1],
            note=self.names.get(measure, measure.split(":", 1)[-1]),
        )
        self.examples.append(example)
        self._by_sentence[key] = example
        return example


def _nothing_counted(row: Mapping[str, object]) -> bool:
    """A rate or share of zero cues: 0.0 of what a list catches (0% of sentences with a cue from it), not a measured
    absence."""
    return row.get("effect_kind") in (None, "rate ratio", "Cohen's h") and not row.get("n") and row.get("value") == 0


def _contexts(row: Mapping[str, object]) -> tuple[str, ...]:
    """The cue contexts a figure counts (empty: all), from its ``contexts`` column."""
    contexts = row.get("contexts")
    return tuple(str(contexts).split("; ")) if contexts else ()


def _counted_sentences(row: Mapping[str, object]) -> frozenset[tuple[str, int]] | None:
    """The sentences a figure counts, from its ``sentences`` column ("s1:0; s1:2"); None when it lists none, or when
    the list is cut at ``MAX_REFS`` (any of the cited cues' sentences may then stand)."""
    refs = row.get("sentences")
    if not refs:
        return None
    items = str(refs).split("; ")
    if len(items) >= MAX_REFS:
        return None
    return frozenset((source, int(index)) for source, _, index in (item.rpartition(":") for item in items))


def _once_unmarked(cues: str) -> str:
    """Cue counts as printed: "US ×15; U.S. ×11; USA" — only a count of exactly one is left unmarked."""
    return re.sub(r" ×1(?=;|$)", "", cues)


def commonest_form(rows: Mapping[tuple[str, str], dict], measure: str) -> str:
    """The name an actor goes by most often across origins (cues read "the CCP ×3; Beijing ×2")."""
    counts: dict[str, int] = {}
    for (_, m), row in rows.items():
        if m == measure and row["cues"]:
            for item in row["cues"].split("; "):
                form, _, n = item.rpartition(" ×")
                counts[form] = counts.get(form, 0) + int(n)
    return min(counts, key=lambda f: (-counts[f], f)) if counts else measure.split(":", 1)[1]


class EventLabels(Mapping[str, str]):
    """Each event's row label in the Naming table (``event:e006`` → its label), a weak event marked as its panel's
    heading marks it (check11k CS-14: "e006", two different facts sharing a name and a participle, read as an ordinary
    shared event in the PDF), its terms as its sentences write them (``event_label``: check11k VF's "Republican ·
    donald · nominee").

    A label is made when first read: the Naming table shows a few events (``NAMING_ROWS``) of the thousands a large
    report has, and every lens section asked for all of them again (seven times ~2,000 labels, 15 s of CPU of a
    500-source report's render, issue 16)."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self._made: dict[str, str] = {}

    @cached_property
    def _events(self) -> dict[str, tuple[int, str, list[str]]]:
        rows = self.analysis.events.events.select("event", "label", "terms").iter_rows()
        return {f"event:{event_id(e)}": (e, label, terms) for e, label, terms in rows}

    @cached_property
    def _texts(self) -> dict[int, list[str]]:
        claims = self.analysis.events.claims.filter(pl.col("event").is_not_null())
        return dict(claims.group_by("event").agg(pl.col(TEXT)).iter_rows())

    @cached_property
    def _weak(self) -> frozenset[str]:
        return _weak_events(self.analysis)

    def __getitem__(self, measure: str) -> str:
        made = self._made.get(measure)
        if made is None:
            e, label, terms = self._events[measure]
            marked = f" ({WEAK_IN_TEXT})" if measure in self._weak else ""
            made = self._made[measure] = f"{event_id(e)}{marked}: " + (event_label(terms, self._texts.get(e, [])) or label)
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(self._events)

    def __len__(self) -> int:
        return len(self._events)


def _weak_events(analysis: Analysis) -> frozenset[str]:
    """The Naming lens's measures (``event:e006``) of the weakly linked events (``events.is_weak``)."""
    rows = analysis.events.events.select("event", "strength").iter_rows()
    return frozenset(f"event:{event_id(e)}" for e, strength in rows if is_weak(strength))


def _any_value(rows: Mapping[tuple[str, str], dict], measure: str) -> bool:
    return any(r.get("value") is not None for (_, m), r in rows.items() if m == measure)
