"""Attribution lens: who is quoted or cited, with which reporting verb, and how much is asserted.

A statement (a sentence of five or more words that is not a question) is *attributed*
when it has a reporting verb ("said", "according to", "claimed"…), a colon attribution
("Foreign media: …", the headline form), or a direct quotation of five or more words;
otherwise the outlet *asserts* it in its own voice. The speaker of an attributed
statement is the speaker cue nearest to its reporting verb (or before its colon): an
official, an expert, the media, business, ordinary people, an anonymous or vague source,
or unspecified. The tone of attributed statements per speaker (VADER) shows whose voice
carries praise or blame. Lexicon: ``contrast/resources/lexicons/attribution.toml``.
"""

from __future__ import annotations

import re

import polars as pl

from contrast.config import Lenses
from contrast.metrics import Corpus, MetricFrames, metric
from contrast.metrics.cues import EVIDENCE_SCHEMA, Hit, matcher
from contrast.metrics.figures import Measure
from contrast.metrics.lens import PART, LensPart, english_only, lens_part, lens_result, measure_lenses, measured_part
from contrast.metrics.vader import polarity
from contrast.resources import Lexicon, lexicon
from contrast.schema import SENTENCE_INDEX, SOURCE_ID, TEXT

LENS = "attribution"
MIN_WORDS = 5
UNSPECIFIED = "speaker.unspecified"
_QUOTATION = re.compile(r"[“\"][^”\"]*(?:\s+[^\s”\"]+){4,}[^”\"]*[”\"]")
_COLON_WORDS = 6
"""A colon attribution names its speaker within the first six words ("Foreign media: …")."""


def attribution_lexicon(lenses: Lenses) -> Lexicon:
    return lexicon(LENS).extended(lenses.extra(LENS))


def speaker_kinds(words: Lexicon) -> tuple[str, ...]:
    return tuple(c for c in words.ids if c.startswith("speaker.")) + (UNSPECIFIED,)


def verb_groups(words: Lexicon) -> tuple[str, ...]:
    return tuple(c for c in words.ids if c.startswith("verb."))


def attribute(sentence: str, hits: list[Hit]) -> tuple[bool, str | None, list[Hit]]:
    """(attributed?, speaker kind, the hits that show it) for one sentence."""
    verbs = [h for h in hits if h.category.startswith("verb.")]
    speakers = [h for h in hits if h.category.startswith("speaker.")]
    colon = _colon_attribution(sentence, speakers)
    anchors = verbs or ([colon] if colon else [])
    quoted = bool(_QUOTATION.search(sentence))
    if not anchors:
        if quoted:
            return True, UNSPECIFIED, []
        anonymous = [h for h in speakers if h.category == "speaker.anonymous"]
        return (True, "speaker.anonymous", anonymous[:1]) if anonymous else (False, None, [])
    if colon is not None and not verbs:
        return True, colon.category, [colon]
    if not speakers:
        return True, UNSPECIFIED, verbs
    anchor = verbs[0]
    speaker = min(speakers, key=lambda s: (_gap(s, anchor), s.start))
    return True, speaker.category, sorted([speaker, *verbs], key=lambda h: h.start)


def _gap(a: Hit, b: Hit) -> int:
    return max(0, b.start - a.end, a.start - b.end)


def _colon_attribution(sentence: str, speakers: list[Hit]) -> Hit | None:
    colon = sentence.find(":")
    if colon < 0 or len(sentence[:colon].split()) > _COLON_WORDS:
        return None
    before = [h for h in speakers if h.end <= colon]
    return before[-1] if before else None


def attribution_measures(words: Lexicon) -> list[Measure]:
    kinds, groups = speaker_kinds(words), verb_groups(words)
    measures = [Measure("attributed", "attributed", "statement", "share", categories=groups)]
    measures += [Measure(k, k, "attributed", "share") for k in kinds]
    measures += [Measure(g, g, "attributed", "share") for g in groups]
    return measures + [Measure(f"tone.{k}", f"tone.{k}", k, "mean", categories=(k,)) for k in kinds]


@lens_part(LENS)
def attribution_part(sentences: pl.DataFrame, lenses: Lenses) -> LensPart:
    """One source's statements: attributed or asserted, to which speaker, with which verb, in which tone."""
    words = attribution_lexicon(lenses)
    cue_matcher = matcher(words)
    kinds, groups = speaker_kinds(words), verb_groups(words)
    rows: list[tuple[float, ...]] = []
    evidence: list[tuple[object, ...]] = []
    for source_id, index, text in sentences.select(SOURCE_ID, SENTENCE_INDEX, TEXT).iter_rows():
        statement = len(text.split()) >= MIN_WORDS and not text.rstrip("”\"' )").endswith("?")
        attributed, kind, shown = attribute(text, cue_matcher.find(text)) if statement else (False, None, [])
        evidence.extend((source_id, index, LENS, h.category, h.cue, h.start, h.end) for h in shown)
        # VADER scores attributed statements only; the tone of a kind is the score where the kind spoke
        compound = polarity(text)["compound"] if attributed else 0.0
        speaker = [float(kind == k) for k in kinds]
        rows.append((
            float(statement), float(attributed), *speaker,
            *(float(any(h.category == g for h in shown)) for g in groups),
            *(compound * flag for flag in speaker),
        ))
    names = ("statement", "attributed", *kinds, *groups, *(f"tone.{k}" for k in kinds))
    table = sentences.hstack(
        [pl.Series(name, values, dtype=pl.Float64) for name, values in zip(names, zip(*rows) if rows else [()] * len(names), strict=True)]
    )
    evidence_frame = pl.DataFrame(evidence, schema=EVIDENCE_SCHEMA, orient="row")
    return measured_part(LENS, table, attribution_measures(words), evidence_frame)


@metric(LENS, per_source=measure_lenses, part=PART)
def attribution(corpus: Corpus) -> MetricFrames:
    measures = attribution_measures(attribution_lexicon(corpus.lenses))
    return lens_result(corpus, LENS, measures, english_only(corpus, "Attribution"))
