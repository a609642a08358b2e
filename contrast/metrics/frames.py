"""Frame categories: the 15 policy frames of Boydstun et al.'s codebook, through a cue lexicon.

A sentence shows a frame when it contains one of the frame's cue words
(``resources/lexicons/frames.toml``, extended by ``[lenses.frames]``); it can show
several. 'Other' collects sentences of five or more words with no cue of any frame.
An origin's frame profile is the share of its sentences showing each frame. This is a
transparent approximation of the codebook (Boydstun et al. 2014; Card et al. 2015), not
a coder's judgement: every assignment can be checked against the highlighted cue.

A policy named by its field is that field's frame, not a prescription (:class:`FramesMatcher`):
"China's foreign policy" is about external relations, "monetary policy" and "trade policy" about
the economy, "a national security strategy" about security; the policy frame's nouns ("policy",
"strategy", "plan", "initiative", "programme") count for it only where they are not so named.
The soft-power report's "Policy prescription: highest in Academic — “policy” ×39" was the
topic noun of "Cultural Diplomacy in China's Foreign Policy".
"""

from __future__ import annotations

import re
from functools import cache

import polars as pl

from contrast.config import Lenses
from contrast.metrics.cues import CueMatcher, Hit
from contrast.metrics.evidence import find_evidence
from contrast.metrics.figures import Measure
from contrast.metrics.lens import (
    BOOTSTRAP_METHOD,
    PART,
    LensPart,
    category_counts,
    english_only,
    lens_part,
    lens_result,
    lexicon_labels,
    measure_lenses,
    measured_part,
    pooled,
)
from contrast.metrics.registry import Corpus, LensSpec, MetricFrames, metric
from contrast.resources import Lexicon, lexicon
from contrast.schema import SENTENCE_INDEX, SENTENCE_KEY, SOURCE_ID, TEXT

LENS = "frames"
OTHER = "other"
MIN_WORDS = 5
"""Headings and fragments shorter than this are not framed sentences."""
FRAME = "frame"
SPEC = LensSpec(
    LENS,
    title="Frames",
    question="Which of the 15 policy frames of Boydstun et al. (2014) does each origin reach for?",
    method="Share of sentences (five or more words) showing each frame, through a cue lexicon written from the Policy "
    "Frames Codebook’s definitions; a sentence can show several frames, and “Other” collects sentences with no "
    "cue. A policy named by its field is that field’s frame (“foreign policy” is external relations, “monetary "
    "policy” the economy), not a prescription. This approximates a coder: every assignment can be checked against "
    "its highlighted cue. " + BOOTSTRAP_METHOD,
    section=60,
    lexicon=LENS,
    labels=lambda lenses: {OTHER: "Other / no cue", **lexicon_labels(LENS)},
    chart="Frame profile: share of sentences showing each frame",
)


POLICY = "policy"
_POLICY_NOUN = re.compile(r"(?i)^(?:polic(?:y|ies)|strateg(?:y|ies)|plans?|initiatives?|program(?:me)?s?)$")
"""The policy frame's nouns that a field can name ("foreign policy", "security strategy")."""
_FIELD_BEFORE = re.compile(
    r"(?i)\b(?:monetary|fiscal|domestic|industrial|agricultural|energy|environmental|immigration|education|educational|"
    r"tax|climate|social|science|housing|labou?r|interest-rate|exchange-rate|currency|competition|antitrust|"
    r"development|developmental|sports?|media|internet|digital|space|nuclear|defen[cs]e|maritime|population)[\s-]+$"
)
"""Fields of policy without a cue of their own in the lexicon ("monetary policy", "tax plan")."""


_VERB_PLAN = re.compile(r"(?i)^plans?$")
_INFINITIVE_AFTER = re.compile(r"(?i)^\s+to\s+(?!(?:the|a|an|this|that|these|those|its|their|his|her|our)\b)[a-z]")
"""After "plan(s)": "to" and a verb ("the NRA also plans to launch an ad campaign") makes it the verb."""


class FramesMatcher(CueMatcher):
    """The frame lexicon's cues; a policy noun named by its field is left to that field's frame, and
    "plans to" + a verb is the verb, not a policy."""

    def find(self, sentence: str) -> list[Hit]:
        hits = super().find(sentence)
        return [h for i, h in enumerate(hits) if not (h.category == POLICY and _not_a_policy(sentence, hits[:i], h))]


def _not_a_policy(sentence: str, before: list[Hit], hit: Hit) -> bool:
    return _named_by_field(sentence, before, hit) or bool(
        _VERB_PLAN.match(hit.cue) and _INFINITIVE_AFTER.match(sentence[hit.end :])
    )


def _named_by_field(sentence: str, before: list[Hit], hit: Hit) -> bool:
    """A policy noun right after its field: another frame's cue ("foreign policy", "trade policy") or a
    field without a cue ("monetary policy"), only spaces or a hyphen between."""
    if not _POLICY_NOUN.match(hit.cue):
        return False
    head = sentence[: hit.start]
    named = bool(before) and before[-1].category != POLICY and not head[before[-1].end :].strip(" -‐‑")
    return named or bool(_FIELD_BEFORE.search(head))


def frames_lexicon(lenses: Lenses) -> Lexicon:
    return lexicon(LENS).extended(lenses.extra(LENS))


@cache
def frames_matcher(words: Lexicon) -> FramesMatcher:
    return FramesMatcher(words)


def frame_measures(words: Lexicon) -> list[Measure]:
    return [Measure(f, f"shows:{f}", "sentence", "share") for f in (*words.ids, OTHER)]


@lens_part(LENS)
def frames_part(sentences: pl.DataFrame, lenses: Lenses) -> LensPart:
    """One source's framed sentences: the frames each shows, and its dominant frame."""
    words = frames_lexicon(lenses)
    framed = [row for row, text in enumerate(sentences.get_column(TEXT).to_list()) if len(text.split(" ")) >= MIN_WORDS]
    sentences = sentences[framed] if framed else sentences.clear()
    evidence = find_evidence(sentences, frames_matcher(words), LENS)
    table = category_counts(sentences, evidence, words.ids)
    counts = [table.get_column(f"n:{f}").to_list() for f in words.ids]
    per_row = list(zip(*counts, strict=True)) if counts else [()] * table.height
    dominant = [OTHER if sum(n) == 0 else words.ids[max(range(len(n)), key=n.__getitem__)] for n in per_row]
    table = table.hstack([
        pl.Series("sentence", [1.0] * table.height, dtype=pl.Float64),
        *(pl.Series(f"shows:{f}", [float(c > 0) for c in n], dtype=pl.Float64) for f, n in zip(words.ids, counts, strict=True)),
        pl.Series(f"shows:{OTHER}", [float(sum(n) == 0) for n in per_row], dtype=pl.Float64),
        pl.Series(FRAME, dominant, dtype=pl.String),
    ])
    part = measured_part(LENS, table, frame_measures(words), evidence)
    return LensPart(part.table.hstack([table.get_column(FRAME)]), part.evidence, part.figures)


@metric(LENS, per_source=measure_lenses, part=PART, lens=SPEC)
def frames(corpus: Corpus) -> MetricFrames:
    part = pooled(corpus, LENS)
    result = lens_result(corpus, LENS, frame_measures(frames_lexicon(corpus.lenses)), english_only(corpus, "Frames"), part)
    dominant = (
        part.table.select(*SENTENCE_KEY, FRAME)
        if part.table.height
        else pl.DataFrame(schema={SOURCE_ID: pl.String(), SENTENCE_INDEX: pl.Int32(), FRAME: pl.String()})
    )
    return MetricFrames(sentences=dominant, figures=result.figures, evidence=result.evidence, warnings=result.warnings)
