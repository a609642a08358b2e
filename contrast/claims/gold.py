"""Score events against a sentence-level gold (``benchmarks/gold/*.json``, protocol 2).

The gold was cut by another segmenter (pysbd) from the raw article body; contrast cleans
the text first and cuts it its own way. So gold sentences are mapped onto contrast's by
the words they share: both texts become streams of normalised words (case, quotes,
apostrophes and dashes folded), the streams are aligned (``difflib``), and each contrast
sentence takes the gold sentence that holds most of its words (at least half). A cleaned-
away caption maps to nothing; two gold sentences merged into one contrast sentence give
it the label of the larger.

Measures (issue 12), per gold:

- **event recall**: a gold event counts when one engine event holds its sentences from at
  least two of its sources;
- **purity**: of the members of engine events, the share whose gold event (primary or
  ``also``) is the event's most common one;
- **link precision**: of all pairs of members of one engine event from different sources,
  the share the gold puts in one event (or a blind adjudicator accepts); a pair touching
  an unlabelled sentence is wrong unless accepted;
- **false-omission rate**: of the gold sentences of events reported in two origins or
  more, the share the engine prints as "only in" its origin;
- **unique recall**: of the gold's single-source claims, the share in the engine's
  "only in" list;
- **near-unique printed** (``near_only``): of the gold's single-source claims for which the
  labeller noted a related sentence in another article (``near``: "only related", by the
  protocol), the share the engine prints as "only in". The independent checks found the false
  "only in" claims among these: the same proposition by another speaker in other words. A
  figure to keep low, beside unique recall over the rest (``clean_unique_recall``).
- **where the single-source claims go** (``unique_causes``): each gold single-source claim counted once, by
  the first of ``UNIQUE_CAUSES`` that holds: no contrast sentence maps to it (cleaned away), none of those
  is a claim (filtered), one is printed "only in", one is in an event of two origins (a link the gold
  does not make), else why the absence search withheld it (the claim's ``basis``: something close in
  another origin, no name or figure the other origins lack, a shared sentence beside it);
- **omissions printed** (``omitted``, ``false_omitted``): the events the engine prints an origin
  as leaving out ("Events shown left out"), and of them those the gold says the origin reports:
  a sentence of its sources carries the gold event most of the engine event's members carry.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from contrast.claims.echoes import event_members

_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "..."})
_WORD = re.compile(r"[^\W_]+")
MIN_SHARE = 0.5
"""A contrast sentence maps to a gold sentence holding at least this share of its words."""


def words(text: str) -> list[str]:
    """Normalised words: NFKC, typography folded, lower case, letters and digits only."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).translate(_FOLD).lower())


@dataclass(frozen=True)
class Gold:
    group: str
    sources: dict[str, dict[str, str]]
    """Gold source code (``S1``) → file, title, origin, outlet…"""
    sentences: list[dict[str, Any]]
    """Every gold sentence: id, source, text, label (``E:…``, ``U:…`` or ``N``), also."""
    near: frozenset[str] = frozenset()
    """Single-source sentences the labeller noted a related sentence for (``unique[].near``)."""

    @property
    def events(self) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for s in self.sentences:
            if s["label"].startswith("E:"):
                found.setdefault(s["label"], set()).add(s["id"])
        return found

    def labels(self, sentence_id: str) -> frozenset[str]:
        """The events a gold sentence reports: its primary label and its ``also`` labels."""
        row = self.by_id[sentence_id]
        return frozenset([row["label"], *row["also"]]) - {"N"}

    @property
    def by_id(self) -> dict[str, dict[str, Any]]:
        return {s["id"]: s for s in self.sentences}


def load(path: Path) -> Gold:
    document = json.loads(path.read_text(encoding="utf-8"))
    near = frozenset(u["sentence"] for u in document.get("unique", []) if u.get("near"))
    return Gold(group=document["group"], sources=document["sources"], sentences=document["sentences"], near=near)


Claim = tuple[str, int]
"""A contrast sentence: (source id, sentence index)."""


@dataclass(frozen=True)
class SentenceMap:
    main: dict[Claim, str]
    """Contrast sentence → the gold sentence holding most of its words (at least ``MIN_SHARE``)."""
    parts: dict[Claim, set[str]]
    """Contrast sentence → every gold sentence it holds at least ``MIN_SHARE`` of (a contrast sentence
    that merges two gold sentences reports what both report)."""

    def gold_ids(self, claim: Claim) -> set[str]:
        found = set(self.parts.get(claim, ()))
        if claim in self.main:
            found.add(self.main[claim])
        return found


def map_sentences(gold: Gold, contrast: pl.DataFrame, source_of: Mapping[str, str]) -> SentenceMap:
    """Map contrast's sentences onto the gold's by the normalised words they share.

    ``contrast``: ``source_id``, ``sentence_index``, ``text``; ``source_of``: gold code → contrast source id.
    """
    mapped: dict[Claim, str] = {}
    parts: dict[Claim, set[str]] = {}
    for code, source_id in source_of.items():
        gold_tokens: list[str] = []
        gold_owner: list[str] = []
        for s in gold.sentences:
            if s["source"] == code:
                tokens = words(s["text"])
                gold_tokens += tokens
                gold_owner += [s["id"]] * len(tokens)
        rows = contrast.filter(pl.col("source_id") == source_id).sort("sentence_index")
        ours: list[str] = []
        owner: list[int] = []
        for index, text in rows.select("sentence_index", "text").iter_rows():
            tokens = words(text)
            ours += tokens
            owner += [index] * len(tokens)
        overlap: dict[int, Counter[str]] = {}
        matcher = difflib.SequenceMatcher(None, gold_tokens, ours, autojunk=False)
        for block in matcher.get_matching_blocks():
            for k in range(block.size):
                overlap.setdefault(owner[block.b + k], Counter())[gold_owner[block.a + k]] += 1
        length = Counter(owner)
        gold_length = Counter(gold_owner)
        for index, counts in overlap.items():
            best, shared = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
            if shared >= MIN_SHARE * length[index]:
                mapped[(source_id, index)] = best
            held = {g for g, n in counts.items() if n >= MIN_SHARE * gold_length[g]}
            if held:
                parts[(source_id, index)] = held
    return SentenceMap(mapped, parts)


@dataclass(frozen=True)
class EngineView:
    """What the engine says about each claim: its event (multi-source) and whether it prints it as "only in"."""

    events: list[list[tuple[str, int]]]
    only_in: set[tuple[str, int]]
    origin_of: dict[str, str]
    """contrast source id → origin."""
    omitted: list[tuple[str, list[tuple[str, int]]]] = field(default_factory=list)
    """Printed omissions: (origin, the members of the event it is said to leave out)."""
    basis: dict[tuple[str, int], str] = field(default_factory=dict)
    """Every claim → ``shared`` (in an event of two origins), or why it is or is not printed "only in" (the
    absence search's ``basis``: ``close``, ``no anchor``, ``context``, ``anchor``); empty when not known."""


UNIQUE_CAUSES = ("not mapped", "not a claim", "printed", "linked", "close", "no anchor", "context")
"""Where a gold single-source claim goes (``Score.unique_causes``), in the order they are tested."""


def engine_view(analysis: Any) -> EngineView:
    """From an ``EventAnalysis``: multi-source events, and the claims printed as "only in".

    An engine with evidence-backed states prints only ``state == "unique"``; an older one
    printed every claim outside an event of two origins.
    """
    claims = analysis.claims
    groups: dict[int, list[tuple[str, int]]] = {}
    for source, index, event in event_members(claims).select("source_id", "sentence_index", "event").iter_rows():
        groups.setdefault(event, []).append((source, index))
    events = [sorted(m) for _, m in sorted(groups.items()) if len({s for s, _ in m}) >= 2]
    if "state" in claims.columns:
        only = claims.filter(pl.col("state") == "unique")
    else:
        multi = analysis.events.filter(pl.col("n_origins") >= 2).get_column("event").to_list()
        only = claims.filter(pl.col("event").is_null() | ~pl.col("event").is_in(multi))
    origin_of = dict(claims.select("source_id", "origin").unique().iter_rows())
    omitted = []
    if hasattr(analysis, "omissions"):
        for origin, event in analysis.omissions.select("origin", "event").iter_rows():
            omitted.append((origin, sorted(groups.get(event, []))))
    basis: dict[tuple[str, int], str] = {}
    if "basis" in claims.columns:
        for source, index, state, why in claims.select("source_id", "sentence_index", "state", "basis").iter_rows():
            basis[(source, index)] = "shared" if state == "shared" else why or state
    return EngineView(events, set(only.select("source_id", "sentence_index").iter_rows()), origin_of, omitted, basis)


@dataclass
class Score:
    recall: float
    purity: float
    link_precision: float
    false_omission: float
    unique_recall: float
    near_only: float = 0.0
    clean_unique_recall: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)
    unique_causes: dict[str, int] = field(default_factory=dict)
    """Gold single-source claims per ``UNIQUE_CAUSES`` (empty when the engine's ``basis`` is not known)."""
    unjudged: list[tuple[str, str]] = field(default_factory=list)
    """Linked pairs (texts) the gold does not put together and no adjudicator has answered."""
    errors: dict[str, list[str]] = field(default_factory=dict)
    """Per measure, the sentences behind its misses (print for tuning golds only)."""


def pair_key(a: str, b: str) -> tuple[str, str]:
    """An adjudicated pair by its two texts' normalised words, order-free."""
    x, y = " ".join(words(a)), " ".join(words(b))
    return (x, y) if x <= y else (y, x)


def score(
    gold: Gold,
    view: EngineView,
    mapping: SentenceMap,
    texts: Mapping[tuple[str, int], str],
    *,
    source_of: Mapping[str, str],
    adjudicated: Mapping[tuple[str, str], bool] | None = None,
) -> Score:
    adjudicated = adjudicated or {}
    by_id = gold.by_id
    code_of = {v: k for k, v in source_of.items()}
    gold_origin = {code: view.origin_of.get(source_id, code) for code, source_id in source_of.items()}
    errors: dict[str, list[str]] = {"recall": [], "purity": [], "links": [], "false_omission": [], "unique": []}

    def labels(claim: Claim) -> frozenset[str]:
        return frozenset(label for g in mapping.gold_ids(claim) for label in gold.labels(g) if label.startswith("E:"))

    # recall
    events = gold.events
    found = 0
    for name in sorted(events):
        if any(len({code_of[s] for s, i in event if name in labels((s, i))}) >= 2 for event in view.events):
            found += 1
        else:
            errors["recall"].append(name)
    # purity and links
    total = agreeing = 0
    pairs = correct = 0
    unjudged: list[tuple[str, str]] = []
    for event in view.events:
        counts = Counter(label for c in event for label in labels(c))
        major = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0] if counts else None
        for claim in event:
            total += 1
            if major is not None and major in labels(claim):
                agreeing += 1
            else:
                errors["purity"].append(texts.get(claim, ""))
        for k, a in enumerate(event):
            for b in event[k + 1 :]:
                if a[0] == b[0]:
                    continue
                pairs += 1
                if labels(a) & labels(b):
                    correct += 1
                    continue
                key = pair_key(texts.get(a, ""), texts.get(b, ""))
                if adjudicated.get(key):
                    correct += 1
                elif key not in adjudicated:
                    unjudged.append((texts.get(a, ""), texts.get(b, "")))
                    errors["links"].append(f"{texts.get(a, '')}  <->  {texts.get(b, '')}")
                else:
                    errors["links"].append(f"(rejected) {texts.get(a, '')}  <->  {texts.get(b, '')}")
    # omissions: which gold sentences the engine prints as "only in"
    printed = {g for c in view.only_in for g in mapping.gold_ids(c)}
    shared_sentences = []
    for members in events.values():
        origins = {gold_origin[by_id[m]["source"]] for m in members}
        if len(origins) >= 2:
            shared_sentences += sorted(members)
    false = [s for s in shared_sentences if s in printed]
    errors["false_omission"] = [by_id[s]["text"] for s in false]
    uniques = [s["id"] for s in gold.sentences if s["label"].startswith("U:")]
    unique_found = [s for s in uniques if s in printed]
    near = [s for s in uniques if s in gold.near]
    clean = [s for s in uniques if s not in gold.near]
    errors["unique"] = [by_id[s]["text"] for s in uniques if s not in printed]
    causes = Counter(_unique_cause(s, view, mapping, printed) for s in uniques) if view.basis else Counter()
    # printed omissions: does the origin report the event's (majority) gold event after all?
    reported_by: dict[str, set[str]] = {}
    for claim in mapping.main:
        for label in labels(claim):
            reported_by.setdefault(label, set()).add(view.origin_of.get(claim[0], claim[0]))
    def major_label(members: list[Claim]) -> str | None:
        counts = Counter(label for c in members for label in labels(c))
        return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0] if counts else None

    false_omitted = 0
    for origin, omitted_event in view.omitted:
        major = major_label(omitted_event)
        if major is not None and origin in reported_by.get(major, set()):
            false_omitted += 1
            errors.setdefault("omitted", []).append(f"{origin} reports {major}")
    # omissions that could be printed: an engine event of two origins or more, a gold event, an origin the gold says leaves it out
    all_origins = set(view.origin_of.values())
    could = 0
    for engine_event in view.events:
        by = {view.origin_of.get(s, s) for s, _ in engine_event}
        major = major_label(engine_event)
        if major is not None and len(by) >= 2:
            could += len(all_origins - by - reported_by.get(major, set()))
    return Score(
        recall=found / len(events) if events else 1.0,
        purity=agreeing / total if total else 1.0,
        link_precision=correct / pairs if pairs else 1.0,
        false_omission=len(false) / len(shared_sentences) if shared_sentences else 0.0,
        unique_recall=len(unique_found) / len(uniques) if uniques else 1.0,
        near_only=sum(s in printed for s in near) / len(near) if near else 0.0,
        clean_unique_recall=sum(s in printed for s in clean) / len(clean) if clean else 1.0,
        counts={
            "gold_events": len(events),
            "events": len(view.events),
            "pairs": pairs,
            "unjudged_pairs": len(unjudged),
            "shared_sentences": len(shared_sentences),
            "false_omissions": len(false),
            "gold_unique": len(uniques),
            "gold_near_unique": len(near),
            "near_printed": sum(s in printed for s in near),
            "only_in_printed": len(view.only_in),
            "omitted": len(view.omitted),
            "false_omitted": false_omitted,
            "true_omissions": could,
        },
        unique_causes={cause: causes[cause] for cause in (*UNIQUE_CAUSES, *sorted(set(causes) - set(UNIQUE_CAUSES)))}
        if view.basis
        else {},
        unjudged=unjudged,
        errors=errors,
    )


def _unique_cause(sentence: str, view: EngineView, mapping: SentenceMap, printed: set[str]) -> str:
    """Where the gold sentence ``sentence`` goes in the engine (``UNIQUE_CAUSES``)."""
    ours = sorted(c for c in set(mapping.main) | set(mapping.parts) if sentence in mapping.gold_ids(c))
    claims = [c for c in ours if c in view.basis]
    if not ours:
        return "not mapped"
    if not claims:
        return "not a claim"
    if sentence in printed:
        return "printed"
    if any(view.basis[c] == "shared" for c in claims):
        return "linked"
    return view.basis[claims[0]]


def load_adjudicated(paths: Iterable[Path]) -> dict[tuple[str, str], bool]:
    """Answers of the blind adjudicator: files of ``{"pairs": [{"a", "b", "same": bool}]}``."""
    answers: dict[tuple[str, str], bool] = {}
    for path in paths:
        for pair in json.loads(path.read_text(encoding="utf-8")).get("pairs", []):
            if isinstance(pair.get("same"), bool):
                answers[pair_key(pair["a"], pair["b"])] = pair["same"]
    return answers


__all__ = [
    "UNIQUE_CAUSES", "EngineView", "Gold", "Score", "SentenceMap", "engine_view", "load", "load_adjudicated", "map_sentences",
    "pair_key", "score", "words",
]  # fmt: skip
