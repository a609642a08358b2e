"""What the framing lenses share: English sentences only, per-sentence cue counts, one per-source part.

The lexicons are English word lists, so a lens measures English sources only and says
so for the others (as VADER does), rather than counting zero cues in a Chinese text.

Finding cues is the costly part of a lens and reads one source's sentences only, so every
lens splits in two. Its ``LensPart`` function runs on one source: it finds the cues, makes
the per-sentence table of numerators and denominators, and the source's own figures. All
lenses' parts run together as the per-source part ``lenses`` (``measure_lenses``), kept
per source in the build cache, so adding a source finds cues in that source alone. The
lens metric then pools the parts (``pooled``) and computes only what compares origins:
their figures, intervals and effect sizes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import polars as pl

from contrast.config import Lenses
from contrast.metrics.cues import CATEGORY, CONTEXT, WORD, CueMatcher, empty_evidence, word_count
from contrast.metrics.evidence import find_evidence
from contrast.metrics.figures import FIGURES_SCHEMA, Measure, origin_figures, source_figures
from contrast.metrics.registry import Corpus, MetricFrames, SourceSlice
from contrast.metrics.voice import (
    DEFINITION,
    NEGATED,
    OWN,
    PARAGRAPH_START,
    QUOTED,
    REPORTED,
    Voice,
    on_the_report,
    own_word_count,
    paragraph_starts,
    reporting_spans,
    reports_speech_at,
    source_voices,
)
from contrast.resources import Lexicon, lexicon
from contrast.schema import ORIGIN, SENTENCE_INDEX, SENTENCE_KEY, SOURCE_ID, TEXT
from contrast.stats import RESAMPLES

WORDS = "words"
OWN_WORDS = "own_words"
"""Words of the sentences in the outlet's own voice: the denominator of an own-voice cue rate."""
PART = "lenses"
"""The name of the lenses' shared per-source part (its cache stage is ``measure-lenses``)."""
_ROW = "row"
"""Marks, per lens, the sentences its table has (a lens may leave sentences out)."""
BOOTSTRAP_METHOD = (
    f"Intervals are 95% percentile bootstrap intervals over the origin's sentences ({RESAMPLES:,} resamples, fixed "
    "seed per lens and origin); sentences of one article are not independent, so with few sources they are too narrow."
)
"""The last sentence of every lens method whose origin figures carry bootstrap intervals."""
OWN_VOICE_METHOD = (
    "Cues inside quotations and reported speech (someone else’s words), after a negation or a word that plays them down "
    "or rejects them (“will not be bullied”, “downplays national humiliation”) or in a definition (“defined as … rather "
    "than coercion”) are counted apart, in the last two rows (quotations and reported speech per 1,000 words of all "
    "sentences). Words in a sense the lexicon does not mean (the noun in "
    "“military might”, a legislature’s “approval”, “favorable tariff rates”) are not counted. "
)
"""The sentence of a cue-rate lens's method that says which cues count (``category_counts(own_voice=True)``)."""
APART_LABELS = {
    "others_words": "All kinds, in quotations and reported speech",
    "negated_or_defined": "All kinds, negated or in a definition",
}
"""Labels of the rows that count a cue lens's cues apart from the outlet's own voice."""


def lexicon_labels(name: str) -> dict[str, str]:
    """category id → label, from the packaged lexicon ``name`` (the briefing's measure labels)."""
    return {c.id: c.label for c in lexicon(name).categories}


@dataclass(frozen=True)
class LensPart:
    """One lens on one source: what its origin figures pool, and the source's own figures."""

    table: pl.DataFrame
    """Sentence key and the numerator and denominator columns of the lens's measures."""
    evidence: pl.DataFrame
    figures: pl.DataFrame


PartFunction = Callable[[pl.DataFrame, Lenses], LensPart]
"""``f(sentences of one English source in sentence order, the report's lexicon extensions)``."""
_PARTS: dict[str, PartFunction] = {}


def lens_part(lens: str) -> Callable[[PartFunction], PartFunction]:
    """Register ``function`` as the per-source part of ``lens`` (run by ``measure_lenses``)."""

    def register(function: PartFunction) -> PartFunction:
        _PARTS[lens] = function
        return function

    return register


def measure_lenses(source: SourceSlice) -> MetricFrames:
    """Every lens's part on one source: its tables side by side (columns ``<lens>|<column>``),
    its evidence and its figures stacked (both carry the lens)."""
    if source.language != "en" or source.sentences.height == 0:
        return MetricFrames()
    sentences = source.sentences.sort(SENTENCE_KEY)
    sentences = sentences.with_columns(pl.Series(PARAGRAPH_START, paragraph_starts(sentences, source.text), dtype=pl.Boolean))
    table = sentences.select(*SENTENCE_KEY)
    evidence: list[pl.DataFrame] = []
    figures: list[pl.DataFrame] = []
    for lens in sorted(_PARTS):
        part = _PARTS[lens](sentences, source.lenses)
        columns = [pl.Series(f"{lens}|{_ROW}", [True] * part.table.height, dtype=pl.Boolean)]
        columns += [c.alias(f"{lens}|{c.name}") for c in part.table.get_columns() if c.name not in SENTENCE_KEY]
        if part.table.get_column(SENTENCE_INDEX).equals(table.get_column(SENTENCE_INDEX)):  # the same rows: no join
            table = table.hstack(columns)
        else:
            table = table.join(part.table.select(*SENTENCE_KEY).hstack(columns), on=SENTENCE_KEY, how="left", maintain_order="left")
        evidence.append(part.evidence)
        figures.append(part.figures)
    return MetricFrames(sentences=table, evidence=pl.concat(evidence), figures=pl.concat(figures))


def pooled(corpus: Corpus, lens: str) -> LensPart:
    """The parts of ``lens`` over every source, in source-id order: the table and the
    evidence with each sentence's origin, and the source figures."""
    stacked = corpus.stacked(PART, measure_lenses)
    prefix = f"{lens}|"
    if stacked.sentences is None or stacked.evidence is None or stacked.figures is None:
        return LensPart(pl.DataFrame(), with_origin(empty_evidence(), corpus.sentences), pl.DataFrame(schema=FIGURES_SCHEMA))
    table = stacked.sentences.filter(pl.col(prefix + _ROW).is_not_null()).select(
        *SENTENCE_KEY,
        *(pl.col(c).alias(c.removeprefix(prefix)) for c in stacked.sentences.columns if c.startswith(prefix) and c != prefix + _ROW),
    )
    mine = pl.col("lens") == lens
    origins = corpus.sentences.select(*SENTENCE_KEY, ORIGIN)
    return LensPart(
        table=table.join(origins, on=SENTENCE_KEY, how="left", maintain_order="left"),
        evidence=with_origin(stacked.evidence.filter(mine), origins),
        figures=stacked.figures.filter(mine),
    )


def lens_result(
    corpus: Corpus, lens: str, measures: Sequence[Measure], warnings: tuple[str, ...], part: LensPart | None = None
) -> MetricFrames:
    """A lens's frames: the pooled parts (``part``, else pooled here), with the origin figures
    computed across sources."""
    part = part if part is not None else pooled(corpus, lens)
    figures = part.figures
    if part.table.height:
        figures = pl.concat([figures, origin_figures(lens, part.table, measures, part.evidence, origins=corpus.origins)])
    return MetricFrames(figures=figures, evidence=part.evidence.drop(ORIGIN, strict=False), warnings=warnings)


def english_sources(corpus: Corpus) -> list[str]:
    return [s for s in corpus.sources.get_column(SOURCE_ID).to_list() if corpus.language_of(s) == "en"]


def english_only(corpus: Corpus, measure: str, *, tool: str = "the lexicon") -> tuple[str, ...]:
    """One N/A warning per source not written in English."""
    return tuple(
        f"{measure} of source {s!r}: N/A — it is written in {corpus.language_of(s)!r} and {tool} is English-only."
        for s in corpus.sources.get_column(SOURCE_ID).to_list()
        if corpus.language_of(s) != "en"
    )


def with_words(sentences: pl.DataFrame) -> pl.DataFrame:
    return sentences.hstack([pl.Series(WORDS, [word_count(t) for t in sentences.get_column(TEXT).to_list()], dtype=pl.Int64)])


def category_counts(
    sentences: pl.DataFrame, evidence: pl.DataFrame, categories: tuple[str, ...], *, own_voice: bool = False
) -> pl.DataFrame:
    """``sentences`` plus one column ``n:<category>`` per category: its cue occurrences in the sentence.

    With ``own_voice``, ``n:<category>`` counts only cues in the outlet's own words, and two
    more columns count the rest of every category: ``n:others_words`` (in quotations and
    reported speech) and ``n:negated_or_defined`` (after a negation, in a definition).
    Counted in Python: a part sees one source, where a polars pivot costs more than the count.
    """
    names = (SOURCE_ID, SENTENCE_INDEX, CATEGORY, CONTEXT)
    found: Counter[tuple[object, ...]] = Counter()
    for source_id, index, category, context in zip(*(evidence.get_column(c).to_list() for c in names), strict=True):
        column = category if not own_voice or context in (None, OWN) else _APART[context]
        found[(source_id, index, column)] += 1
    keys = list(zip(sentences.get_column(SOURCE_ID).to_list(), sentences.get_column(SENTENCE_INDEX).to_list(), strict=True))
    columns = categories + (APART if own_voice else ())
    return sentences.hstack(
        [pl.Series(f"n:{c}", [float(found.get((s, i, c), 0)) for s, i in keys], dtype=pl.Float64) for c in columns]
    )


def with_origin(evidence: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    return evidence.join(sentences.select(*SENTENCE_KEY, ORIGIN), on=SENTENCE_KEY, how="left", maintain_order="left")


def measured_part(
    lens: str, table: pl.DataFrame, measures: Sequence[Measure], evidence: pl.DataFrame
) -> LensPart:
    """A lens's part from its per-sentence table: only the columns its measures read, and the source figures."""
    columns = sorted({c for m in measures for c in (m.numerator, m.denominator)})
    kept = pl.DataFrame([table.get_column(c) for c in (*SENTENCE_KEY, *columns)])
    return LensPart(kept, evidence, source_figures(lens, table, measures, evidence))


OTHERS_WORDS = "others_words"
"""Cues of any category inside quotations or reported speech: someone else's words."""
NEGATED_OR_DEFINED = "negated_or_defined"
"""Cues of any category after a negation or inside a definition: not the writer's label."""
APART = (OTHERS_WORDS, NEGATED_OR_DEFINED)
_APART = {QUOTED: OTHERS_WORDS, REPORTED: OTHERS_WORDS, NEGATED: NEGATED_OR_DEFINED, DEFINITION: NEGATED_OR_DEFINED}


def rate_measures(lexicon: Lexicon) -> list[Measure]:
    """Each category's cues in the outlet's own words per 1,000 words of its own-voice sentences, then
    the cues set apart: negated or defined ones (which stand in own-voice sentences) per 1,000 of the
    same words, those in quotations and reported speech per 1,000 words of all sentences."""
    own = [Measure(c, f"n:{c}", OWN_WORDS, "rate", scale=1000.0, contexts=(OWN,)) for c in lexicon.ids]
    return own + [
        Measure(OTHERS_WORDS, f"n:{OTHERS_WORDS}", WORDS, "rate", scale=1000.0, categories=lexicon.ids, contexts=(QUOTED, REPORTED)),
        Measure(NEGATED_OR_DEFINED, f"n:{NEGATED_OR_DEFINED}", OWN_WORDS, "rate", scale=1000.0, categories=lexicon.ids,
                contexts=(NEGATED, DEFINITION)),
    ]


def with_own_words(sentences: pl.DataFrame) -> pl.DataFrame:
    """``sentences`` (one source's, with ``words``) plus ``own_words``: the words in the outlet's own voice
    (``voice.source_voices``), the denominator of every own-voice cue rate. All of a sentence in its own voice; of a
    sentence with a clause in the other voice, the words of its own clauses (``voice.own_word_count``); of a quotation
    or reported speech, its own clauses and its words of report (``report_words``: "“…,” Liz Cheney reportedly
    said." gives "reportedly said"), where a cue counts as the outlet's (``voice.cue_context``). The numerator and
    the denominator count the same words (check12l CH-17: four "reportedly" of the outlet's were counted over the
    45 words of its own-voice sentences only, none of which held them)."""
    voices = source_voices(sentences) if sentences.height else []
    voice = dict(zip(sorted(sentences.get_column(SENTENCE_INDEX).to_list()), voices, strict=True))
    columns = (sentences.get_column(c).to_list() for c in (SENTENCE_INDEX, WORDS, TEXT))
    own = [_own_words(text, voice[i], w) for i, w, text in zip(*columns, strict=True)]
    return sentences.hstack([pl.Series(OWN_WORDS, own, dtype=pl.Int64)])


def _own_words(text: str, voice: Voice, words: int) -> int:
    if voice.kind == OWN:
        return own_word_count(text, voice, word_count) if voice.clauses else words
    return own_word_count(text, voice, word_count) + report_words(text, voice)


def report_words(text: str, voice: Voice) -> int:
    """Words of a quotation or reported speech that are the outlet's own outside its own clauses: the verb that
    reports it (``voice.reports_speech_at``: the outlet chose it) and an adverb on that verb (``voice.on_the_report``:
    "reportedly", the outlet's hedge on its report). What ``voice.cue_context`` counts as the outlet's there."""
    if voice.kind == OWN:
        return 0
    verbs = reporting_spans(text, voice)
    found = 0
    for m in WORD.finditer(text):
        start, end = m.span()
        if voice.quoted_at(start, end) or voice.kind_at(start) == OWN:
            continue  # someone's quoted words; or an own clause, which ``own_word_count`` counts
        verb = any(a < end and start < b for a, b in verbs) and reports_speech_at(text, voice, start, end)
        if verb or on_the_report(text, voice, start, end):
            found += 1
    return found


def cue_rate_part(
    sentences: pl.DataFrame,
    lens: str,
    lexicon: Lexicon,
    cue_matcher: CueMatcher,
    *,
    quote_categories: frozenset[str] = frozenset(),
    praise_categories: frozenset[str] = frozenset(),
    charge_categories: frozenset[str] = frozenset(),
    verb_categories: frozenset[str] = frozenset(),
) -> LensPart:
    """A lens that counts each category's cues in the outlet's own words per 1,000 words of its own
    voice, and the cues in others' words or negated or defined apart: one source's part."""
    sentences = with_own_words(with_words(sentences))
    evidence = find_evidence(
        sentences, cue_matcher, lens, quote_categories=quote_categories, praise_categories=praise_categories,
        charge_categories=charge_categories, verb_categories=verb_categories,
    )
    table = category_counts(sentences, evidence, lexicon.ids, own_voice=True)
    return measured_part(lens, table, rate_measures(lexicon), evidence)
