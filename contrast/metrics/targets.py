"""Targeted sentiment: VADER over the sentences that mention each target, per source and origin.

Whole-text tone mixes what a source says about everyone; this lens asks how each origin
talks about each actor. A sentence mentions a target when it contains one of the
target's aliases as a whole name ("China" in "China Daily" is another entity; "US
President" still names the state: ``resources/name_continuations.txt``). Targets are
``[[lenses.targets]]`` in report.toml, else the packaged defaults (China, the United
States; ``resources/lexicons/targets.toml``). A sentence naming two targets counts for
both: VADER scores the sentence, not the stance toward one actor, and the briefing says so.
"""

from __future__ import annotations

import polars as pl

from contrast.metrics import Corpus, MetricFrames, metric
from contrast.metrics.cues import find_evidence, matcher
from contrast.metrics.figures import Measure, lens_figures
from contrast.metrics.lens import category_counts, english_sentences, with_origin
from contrast.metrics.sentiment import score_sentences
from contrast.resources import Category, Lexicon, lexicon, word_list
from contrast.schema import SENTENCE_KEY

LENS = "targets"


def target_lexicon(corpus: Corpus) -> Lexicon:
    """The report's targets as a lexicon (one category per target), or the packaged defaults."""
    default = lexicon(LENS)
    if corpus.lenses.targets is None:
        return default
    categories = tuple(Category(t.id, t.label, "", tuple(t.aliases)) for t in corpus.lenses.targets)
    return Lexicon(default.name, "report", "Targets and aliases given in report.toml.", default.license, categories)


@metric(LENS)
def targets(corpus: Corpus) -> MetricFrames:
    words = target_lexicon(corpus)
    sentences, warnings = english_sentences(corpus, "Targeted sentiment", tool="VADER")
    cue_matcher = matcher(words, whole_names=True, institutions=word_list("name_continuations"))
    evidence = find_evidence(sentences, cue_matcher, LENS)
    table = category_counts(sentences, evidence, words.ids).with_columns(pl.lit(1.0).alias("sentence"))
    mentioned = table.filter(pl.any_horizontal(pl.col(f"n:{t}") > 0 for t in words.ids)) if words.ids else table.head(0)
    compound = score_sentences(mentioned).select(*SENTENCE_KEY, "compound") if mentioned.height else None
    if compound is not None:
        table = table.join(compound, on=SENTENCE_KEY, how="left", maintain_order="left")
    else:
        table = table.with_columns(pl.lit(None, pl.Float64).alias("compound"))
    table = table.with_columns(
        c
        for t in words.ids
        for c in (
            (pl.col(f"n:{t}") > 0).cast(pl.Float64).alias(f"mentions:{t}"),
            pl.when(pl.col(f"n:{t}") > 0).then(pl.col("compound")).otherwise(0.0).alias(f"tone:{t}"),
        )
    )
    measures = [Measure(f"tone:{t}", f"tone:{t}", f"mentions:{t}", "mean", categories=(t,)) for t in words.ids]
    measures += [Measure(f"mentions:{t}", f"mentions:{t}", "sentence", "share", categories=(t,)) for t in words.ids]
    figures = lens_figures(LENS, table, measures, with_origin(evidence, sentences), origins=corpus.origins)
    return MetricFrames(figures=figures, evidence=evidence, warnings=warnings)
