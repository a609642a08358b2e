"""Targeted sentiment: VADER over the sentences that mention each target, per source and origin.

Whole-text tone mixes what a source says about everyone; this lens asks how each origin
talks about each actor. A sentence mentions a target when it contains one of the
target's aliases as a whole name ("China" in "China Daily" is another entity; "US
President" still names the state: ``resources/name_continuations.txt``). Targets are
``[[lenses.targets]]`` in report.toml, else the packaged defaults (China, the United
States; ``resources/lexicons/targets.toml``), only where the report names both (``unnamed_targets``).
A sentence naming two targets counts for both: VADER scores the sentence, not the stance toward one actor, and the briefing says so.
The tone is of the outlet's own voice: sentences that quote or report someone are counted
as mentions but not scored (``contrast.metrics.voice``).
"""

from __future__ import annotations

import re
from dataclasses import replace

import polars as pl

from contrast.config import Lenses
from contrast.metrics.cues import CATEGORY, CUE, CueMatcher, matcher
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
    measure_lenses,
    measured_part,
    pooled,
)
from contrast.metrics.places import washington_state
from contrast.metrics.registry import Corpus, LensSpec, MetricFrames, metric
from contrast.metrics.vader import tone
from contrast.metrics.voice import DEFINITION, NEGATED, OWN, own_part, source_voices
from contrast.resources import Category, Lexicon, lexicon, word_list
from contrast.schema import ORIGIN, SENTENCE_INDEX, TEXT

LENS = "targets"


def target_lexicon(lenses: Lenses) -> Lexicon:
    """The report's targets as a lexicon (one category per target), or the packaged defaults."""
    default = lexicon(LENS)
    if lenses.targets is None:
        return default
    categories = tuple(Category(t.id, t.label, "", tuple(t.aliases)) for t in lenses.targets)
    return Lexicon(default.name, "report", "Targets and aliases given in report.toml.", default.license, categories)


OWN_VOICE = (OWN, NEGATED, DEFINITION)
"""Cue contexts of a sentence in the outlet's own voice (a negated or defining sentence is still its own)."""


def other_names(category: Category) -> tuple[str, ...]:
    """The target's aliases a reader would not take for its name: names in their own right (every word capitalised,
    not an abbreviation like "U.S." or "PRC") that share no word of the label ("the", "of" aside), nor its first four letters
    ("Chinese" is a form of "China"): "Washington", "White House" for the United States, "Beijing", "Xi Jinping" for
    China. A figure about "The United States" that counts "White House" says so (check7 SE, lens8c)."""
    stems = {w[:4].lower() for w in re.findall(r"[\w']+", category.label) if w.lower() not in ("the", "of", "and")}
    return tuple(
        alias for alias in category.cues
        if any(c.islower() for c in alias)
        and all(w[0].isupper() for w in alias.split())
        and not {w[:4].lower() for w in re.findall(r"[\w']+", alias)} & stems
    )


def target_label(category: Category) -> str:
    """"The United States (incl. America, Washington, White House)": the label and the other names it counts."""
    other = other_names(category)
    return f"{category.label} (incl. {', '.join(other)})" if other else category.label


def target_labels(lenses: Lenses) -> dict[str, str]:
    """"Tone naming <target>" and "Sentences naming <target>" for each of the report's targets, the target with the
    other names it counts."""
    labels = {}
    for category in target_lexicon(lenses).categories:
        labels[f"tone:{category.id}"] = f"Tone naming {target_label(category)}"
        labels[f"mentions:{category.id}"] = f"Sentences naming {target_label(category)}"
    return labels


SPEC = LensSpec(
    LENS,
    title="How they talk about each actor",
    question="How positive or negative are the sentences each origin writes about each actor?",
    method="VADER compound scores of the sentences in the outlet’s own voice that name the actor (aliases as listed; a "
    "name inside a longer name, like “China Daily”, does not count); sentences quoting or reporting someone count as "
    "mentions but are not scored. A sentence naming two actors counts for both: VADER scores the sentence, not the "
    "stance toward one actor. Unless report.toml lists the story’s own actors ([[lenses.targets]]), they are the "
    "packaged defaults, China and the United States, which apply only where the texts name both, each in two or more "
    "sentences of two or more origins (a story that names one alone, a US Senate race or a court case, or names the "
    "other only in passing, a US budget story with one line on China, is not about the pair, and the section is left "
    "out); “Washington” "
    "the US state is not the United States, nor is a seat or race for the US Senate or House or a US court. " + BOOTSTRAP_METHOD,
    section=50,
    lexicon=LENS,
    labels=target_labels,
    chart="Tone of the sentences naming each actor, by origin",
    headlines=("tone:",),
)


def target_measures(words: Lexicon) -> list[Measure]:
    measures = [Measure(f"tone:{t}", f"tone:{t}", f"own_mentions:{t}", "mean", categories=(t,), contexts=OWN_VOICE) for t in words.ids]
    return measures + [Measure(f"mentions:{t}", f"mentions:{t}", "sentence", "share", categories=(t,)) for t in words.ids]


def not_the_state(sentences: pl.DataFrame, evidence: pl.DataFrame) -> pl.DataFrame:
    """``evidence`` less the mentions of "Washington" that mean the state, not the US government
    (``contrast.metrics.places``: "Wash. Gov. Jay Inslee", "In addition to Connecticut and Washington")."""
    washington = evidence.filter(pl.col(CUE).str.starts_with("Washington"))
    if washington.is_empty():
        return evidence
    ordered = sentences.sort(SENTENCE_INDEX)
    indices, texts = ordered.get_column(SENTENCE_INDEX).to_list(), ordered.get_column(TEXT).to_list()
    state = {(index, start) for index, spans in zip(indices, washington_state(texts), strict=True) for start, _ in spans}
    keep = [
        not (cue.startswith("Washington") and (index, start) in state)
        for index, start, cue in evidence.select(SENTENCE_INDEX, "start", CUE).iter_rows()
    ]
    return evidence.filter(pl.Series(keep, dtype=pl.Boolean))


_ENDS_SENTENCE = re.compile(r"[\s.,;:!?\"'”’)]*$")


def continued_names(sentences: pl.DataFrame, evidence: pl.DataFrame, cue_matcher: CueMatcher) -> pl.DataFrame:
    """``evidence`` less the mentions that end their sentence where the name runs on into the next one: a sentence
    split at a paragraph break inside a phrase ("… he should bring that up with the U.S." ¶ "attorney.\""), whose
    next sentence starts in lower case, is matched again joined to it, and an alias that the longer phrase swallows
    (an office, "U.S. attorney"; a longer name) is not a mention (check7 MJ-31)."""
    if evidence.is_empty():
        return evidence
    ordered = sentences.sort(SENTENCE_INDEX)
    indices, texts = ordered.get_column(SENTENCE_INDEX).to_list(), ordered.get_column(TEXT).to_list()
    following = {index: texts[row + 1] for row, index in enumerate(indices[:-1])}
    text_of = dict(zip(indices, texts, strict=True))
    keep = []
    for index, start, end, category in evidence.select(SENTENCE_INDEX, "start", "end", CATEGORY).iter_rows():
        text, after = text_of[index], following.get(index, "")
        if not (_ENDS_SENTENCE.fullmatch(text, end) and after[:1].islower()):
            keep.append(True)
            continue
        joined = cue_matcher.find(f"{text} {after}")
        keep.append(any(h.start == start and h.category == category for h in joined))
    return evidence.filter(pl.Series(keep, dtype=pl.Boolean))


@lens_part(LENS)
def targets_part(sentences: pl.DataFrame, lenses: Lenses) -> LensPart:
    """One source's mentions of each target, and the tone of the sentences that mention it."""
    words = target_lexicon(lenses)
    cue_matcher = matcher(words, whole_names=True, institutions=word_list("name_continuations"))
    evidence = continued_names(sentences, not_the_state(sentences, find_evidence(sentences, cue_matcher, LENS)), cue_matcher)
    table = category_counts(sentences, evidence, words.ids)
    table = table.hstack([pl.Series("sentence", [1.0] * table.height, dtype=pl.Float64)])
    counts = [table.get_column(f"n:{t}").to_list() for t in words.ids]
    texts = table.get_column(TEXT).to_list()
    voices = dict(zip(sorted(table.get_column(SENTENCE_INDEX).to_list()), source_voices(sentences), strict=True))
    read = [voices[i] for i in table.get_column(SENTENCE_INDEX).to_list()]
    own = [v.kind == OWN for v in read]
    # VADER scores the own-voice sentences that mention a target (on their own words, as the sentiment metric
    # does), once however many they mention
    compound = [tone(own_part(text, read[row]))["compound"] if own[row] and any(n[row] > 0 for n in counts) else None
                for row, text in enumerate(texts)]
    table = table.hstack([
        column
        for t, n in zip(words.ids, counts, strict=True)
        for column in (
            pl.Series(f"mentions:{t}", [float(c > 0) for c in n], dtype=pl.Float64),
            pl.Series(f"own_mentions:{t}", [float(c > 0 and mine) for c, mine in zip(n, own, strict=True)], dtype=pl.Float64),
            pl.Series(
                f"tone:{t}",
                [score if c > 0 and score is not None else 0.0 for c, score in zip(n, compound, strict=True)],
                dtype=pl.Float64,
            ),
        )
    ])
    return measured_part(LENS, table, target_measures(words), evidence)


@metric(LENS, per_source=measure_lenses, part=PART, lens=SPEC)
def targets(corpus: Corpus) -> MetricFrames:
    words = target_lexicon(corpus.lenses)
    part = pooled(corpus, LENS)
    unnamed = set() if corpus.lenses.targets is not None else unnamed_targets(part.table, words.ids)
    measures = [m for m in target_measures(words) if not set(m.categories) & unnamed]
    if not measures:  # no actor named anywhere: per-source figures only, all of them dropped below
        part = replace(part, table=pl.DataFrame())
    result = lens_result(corpus, LENS, measures, english_only(corpus, "Targeted sentiment", tool="VADER"), part)
    if not unnamed or result.figures is None:
        return result
    dropped = {f"{kind}:{t}" for t in unnamed for kind in ("tone", "mentions")}
    return replace(result, figures=result.figures.filter(~pl.col("measure").is_in(sorted(dropped))))


def unnamed_targets(table: pl.DataFrame, ids: tuple[str, ...]) -> set[str]:
    """Default actors left out: all of them unless the report names every one. The defaults are the bundled reports'
    pair (China, the United States); a story about neither (a US state's law) would print a row of N/A and 0% for an
    actor it never mentions, and a story that names only one of them is not about the pair — a US Senate race, a
    justice's remarks, a federal agency's rule — so "Tone naming The United States" would be the tone of sentences
    about a candidate, a court or an agency (check9 BV-28, TG-28; check7/8 ET-33, FL-26, SE-24). A report that wants
    one actor alone names it in [[lenses.targets]]. Named means in enough sentences and origins (``NAMED_IN_SENTENCES``)."""
    if table.is_empty():
        return set(ids)
    origins = min(NAMED_BY_ORIGINS, table.get_column(ORIGIN).n_unique())
    unnamed = {
        t for t in ids
        if f"mentions:{t}" not in table.columns
        or (named := table.filter(pl.col(f"mentions:{t}") > 0)).height < NAMED_IN_SENTENCES
        or named.get_column(ORIGIN).n_unique() < origins
    }
    return set(ids) if unnamed else unnamed


NAMED_IN_SENTENCES = 2
NAMED_BY_ORIGINS = 2
"""A default actor is named in a story about it when at least two of its sentences name it, in at least two origins
(one, in a report of one origin): a US budget story whose one sentence quotes an IMF chief on "any uncertainty in China"
is not about China and the United States, and its "Tone naming China" row and "White House" counted as the United
States there (one party to a domestic negotiation) would puzzle a reader (check10h OB-31). Where the pair is named so,
the story sets the country against China and the White House speaks for it. Measured on the bundled reports (both
actors named in every origin) and BASIL groups E–H (China named only in OB, once)."""
