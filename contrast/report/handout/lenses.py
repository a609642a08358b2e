"""What the framing lenses give the classroom handout: loaded words to know, naming differences.

The handout (``handout.build_handout``) takes both as optional inputs; this module reads
them from a finished analysis. Two rules keep them honest for a class:

* **Loaded terms** are cue occurrences the loaded-language lens actually counted in the
  sources' own voice (``results.evidence``, context ``own``: not inside a quotation or
  reported speech, not negated, not in a definition), never lexicon entries that merely
  could occur. Mild
  intensifiers ("very", "increasingly") are left out: they are not vocabulary worth a
  lesson. One term per kind first (name-calling, scare quotes, fear words, glowing words),
  so students meet each kind.
* **Naming differences** must be real. An actor named "US" by one source and "United
  States" by another is one name in two forms (``claims.aliases.name_variants``, the naming lens's own rule); "Beijing"
  against "China" is a choice. When no actor qualifies, an event's own words are used when
  one source reaches for a loaded-language cue ("threatened", "bully") that no other source
  uses about the same event. A VADER rating alone is not enough: it rates feeling, not
  framing ("economic strength", "not happy" carry strong ratings and frame nothing).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

import polars as pl

from contrast.analysis import Analysis
from contrast.claims.aliases import name_families
from contrast.claims.export import event_id
from contrast.metrics.loaded import LENS as LOADED
from contrast.metrics.loaded import SCARE_QUOTE
from contrast.metrics.naming import LENS as NAMING
from contrast.metrics.voice import OWN
from contrast.report.handout.model import NamingDifference, VocabTerm
from contrast.resources import lexicon
from contrast.schema import SENTENCE_INDEX, SOURCE_ID

LOADED_KINDS = ("label", "scare_quote", "slant", "emotive", "glitter")
"""Kinds of loaded cue offered as vocabulary, in turn (intensifiers are left out)."""
MEANINGS = {
    "label": "A word of the name-calling kind. Words like it are labels that make you think badly of someone.",
    "slant": "A word of the slanted kind. Words like it tell what someone did or said in a way that makes them look bad.",
    "scare_quote": "Words put in quote marks to show that the writer does not mean them in the usual way, or to doubt them "
    "or make fun of them. These are called scare quotes.",
    "emotive": "A word of the drama and fear kind. Words like it add drama, or are meant to make you afraid or angry.",
    "glitter": "A word of the glowing kind. Words like it praise, but do not say what was done.",
}
"""Plain meanings for the student page (held to the handout's reading grade), of the lens's kind and said as such
("A word of the drama and fear kind"): "firestorm — A word that adds drama, or that is meant to make you afraid or
angry" read as the meaning of "firestorm" (check11j CF-33). A meaning names no
part of speech: a lexicon's kind mixes them ("tirade" is a noun among the slanted verbs). Nor does it
say what the text lacks ("without proof"): a word list cannot know it, and "Assad's regime", in a
sentence on the use of chemical weapons, was taught as name-calling "without proof" (check s5-A MT-55)."""
LOADED_TERMS = 8
"""Candidates offered; the handout shows four, preferring those inside its excerpts."""
NAMING_DIFFERENCES = 3


def loaded_terms(analysis: Analysis, *, limit: int = LOADED_TERMS) -> tuple[VocabTerm, ...]:
    """Loaded terms found in the sources, one kind at a time, each with the sources using it."""
    evidence = analysis.results.evidence
    if evidence is None:
        return ()
    cues = evidence.filter(
        (pl.col("lens") == LOADED) & pl.col("category").is_in(list(LOADED_KINDS)) & (pl.col("context") == OWN)
    )
    if cues.height == 0:
        return ()
    words = lexicon(LOADED).extended(analysis.report.manifest.lenses.extra(LOADED))
    labels = {c.id: c.label for c in words.categories} | {SCARE_QUOTE: "Scare quotes"}
    found: dict[str, dict[str, tuple[str, Counter[str]]]] = defaultdict(dict)
    first: dict[str, dict[str, int]] = defaultdict(dict)  # term → source → sentence of its first use
    ordered = cues.sort(SOURCE_ID, SENTENCE_INDEX, "start").select(SOURCE_ID, SENTENCE_INDEX, "category", "cue")
    for source_id, index, category, cue in ordered.iter_rows():
        term = _plain(cue)
        _, uses = found[category].setdefault(term, (category, Counter()))
        uses[source_id] += 1
        first[term].setdefault(source_id, index)
    ranked = {
        kind: sorted(found[kind].items(), key=lambda kv: (-len(kv[1][1]), -sum(kv[1][1].values()), len(kv[0]), kv[0]))
        for kind in LOADED_KINDS
    }
    terms: list[VocabTerm] = []
    for rank in range(max(len(r) for r in ranked.values())):
        for kind in LOADED_KINDS:
            if rank < len(ranked[kind]) and len(terms) < limit:
                term, (category, uses) = ranked[kind][rank]
                n = sum(uses.values())
                label = labels[category]
                terms.append(VocabTerm(
                    term, MEANINGS[kind], sources=tuple(sorted(uses)), uses=tuple(sorted(first[term].items())),
                    note=f"Loaded-language lens, lexicon “{words.name}” {words.version}, category “{label}”: "
                         f"{n} use{'s' if n != 1 else ''}.",
                ))
    return tuple(terms)


def _plain(cue: str) -> str:
    """A cue as a vocabulary entry: lower case unless a name, quote marks kept typographic."""
    text = " ".join(cue.split())
    if text[:1] in "\"“‘'":
        return "“" + text[1:-1] + "”"
    return text if any(ch.isupper() for ch in text[1:]) else text.lower()


def naming_differences(analysis: Analysis, *, limit: int = NAMING_DIFFERENCES) -> tuple[NamingDifference, ...]:
    """Real naming differences from the naming lens: actors first, then loaded words about an event."""
    figures, evidence = analysis.results.figures, analysis.results.evidence
    if figures is None or evidence is None:
        return ()
    spans = evidence.filter(pl.col("lens") == NAMING).sort(SOURCE_ID, SENTENCE_INDEX, "start")
    found = list(_actor_differences(spans)) + list(_event_words(analysis, spans))
    return tuple(found[:limit])


def _actor_differences(spans: pl.DataFrame) -> Iterable[NamingDifference]:
    actors = spans.filter(pl.col("category").str.starts_with("actor:"))
    for (measure,), group in actors.group_by("category", maintain_order=True):
        preferred: dict[str, str] = {}
        for (source_id,), mine in group.group_by(SOURCE_ID, maintain_order=True):
            counts = Counter(mine.get_column("cue").to_list())
            preferred[str(source_id)] = min(counts, key=lambda form: (-counts[form], form))
        ordered = sorted(preferred.items())
        family = name_families(group.get_column("cue").to_list())
        for i, (a, name_a) in enumerate(ordered):
            other = next(((b, name_b) for b, name_b in ordered[i + 1:] if family[name_a] != family[name_b]), None)
            if other is not None:
                everyone = Counter(group.get_column("cue").to_list())
                thing = min(everyone, key=lambda form: (-everyone[form], form))
                yield NamingDifference(
                    thing, ((a, name_a), other), kind="actor",
                    measure=f"Naming lens, {measure}: each source's commonest name for it.",
                )
                break


def _event_words(analysis: Analysis, spans: pl.DataFrame) -> Iterable[NamingDifference]:
    """Events where one source uses a loaded-language cue no other source uses about it."""
    loaded = analysis.results.evidence.filter((pl.col("lens") == LOADED) & (pl.col("context") == OWN))  # type: ignore[union-attr]
    loaded_at = {(s, i, start): kind for s, i, start, kind in loaded.select(SOURCE_ID, SENTENCE_INDEX, "start", "category").iter_rows()}
    labels = dict(analysis.events.events.select("event", "label").iter_rows())
    claims = analysis.events.claims
    events = spans.filter(pl.col("category").str.starts_with("event:"))
    candidates = []
    for (measure,), group in events.group_by("category", maintain_order=True):
        own: dict[str, list[str]] = defaultdict(list)
        felt: list[tuple[int, str, int, str, str]] = []
        for source_id, index, cue, start in group.select(SOURCE_ID, SENTENCE_INDEX, "cue", "start").iter_rows():
            word = cue.lower()
            if word not in own[source_id]:
                own[source_id].append(word)
            if (source_id, index, start) in loaded_at:  # own voice: not quoted, reported, negated or defined
                felt.append((len(word), source_id, index, word, loaded_at[(source_id, index, start)]))
        if len(own) < 2 or not felt:
            continue
        _, source_id, index, word, kind = max(felt, key=lambda f: (f[0], f[3]))
        others = tuple((s, ", ".join(words)) for s, words in sorted(own.items()) if s != source_id)
        event_number = int(str(measure).removeprefix("event:e"))
        linked = set(claims.filter(pl.col("event") == event_number).select(SOURCE_ID, SENTENCE_INDEX).iter_rows())
        same_kind = loaded.filter((pl.col("category") == kind) & pl.col(SOURCE_ID).is_in([s for s, _ in others]))
        elsewhere: dict[str, list[str]] = defaultdict(list)
        for other, i, cue in same_kind.sort(SOURCE_ID, SENTENCE_INDEX, "start").select(SOURCE_ID, SENTENCE_INDEX, "cue").iter_rows():
            if (other, i) not in linked and cue.lower() not in own[other] + elsewhere[other]:
                elsewhere[other].append(cue.lower())
        candidates.append((str(measure), NamingDifference(
            labels.get(event_number, str(measure)), ((source_id, word), *others), kind="event-word",
            sentence=(source_id, index), elsewhere=tuple((s, ", ".join(words)) for s, words in sorted(elsewhere.items())),
            measure=f"The naming lens, on event {event_id(event_number)} of the briefing: the words each source uses "
                    f"about it that no other source does (its own words here: {', '.join(own[source_id])}).",
        )))
    for _, difference in sorted(candidates, key=lambda c: c[0]):
        yield difference
