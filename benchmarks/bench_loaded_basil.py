"""The loaded-language lens against people: precision and recall on BASIL's lexical-bias spans.

BASIL (Fan et al. 2019, EMNLP, "In Plain Sight: Media Bias Through the Lens of Factual
Reporting"; ``../shared/corpora/basil/``, README there) holds 100 US news events, each
reported by Fox News, The New York Times and HuffPost, with the spans annotators marked
as *lexical bias*: loaded words and phrasing. This benchmark runs the loaded-language
lens on every article (BASIL's own sentences, in its paragraphs, so spans line up) and
scores the cues the lens counts — in the outlet's own words, since that is what its
figures count — by span overlap:

* precision: counted cues that overlap a lexical-bias span / counted cues;
* recall: lexical-bias spans that a counted cue overlaps / lexical-bias spans.

Recall is also given against the spans annotators marked outside quotations (the lens
sets quotations apart on purpose), and F1 of precision and recall. The split is fixed
(``SPLITS``): the lexicon and rules are tuned on the even-numbered events only, less the
events kept unseen (``UNSEEN``: 2, 86, and 60, the birthright-citizenship group held out for
claim overlap; ``--split tune``, 47 events); every other event is the report half (``--split
report``, the default, 53 events), which holds the BASIL groups made for the independent
checks of session 5 (events 2, 11, 45, 77, 86, 99): they are scored with the report half and
never listed cue by cue (``--by-cue`` only on the tuning half). The figures the briefing's
method notes state are ``contrast.metrics.loaded.BASIL_MEASURED``; ``--check`` says whether
they are what this benchmark measures on the report half (``tests/test_loaded_basil.py``).
``--curve`` gives the precision and recall of a floor on category precision: the categories are dropped one by
one in the order of their precision on the tuning half (``floor_order``), and the split is measured at each step,
so on the report half the curve says whether a floor read on the tuning half holds on events not tuned on.
Annotators mark bias towards an article's main entities, not every emotive word, so a
cue outside every span is not necessarily wrong: precision here is a lower bound on
"a person would call this word loaded".

``--failing`` lists the cue words whose tuning-half record rules out the target precision (``failing_cues``), the
rule by which lexicon 3.5.0 dropped words.

Usage: ``python benchmarks/bench_loaded_basil.py [--split report|tune|all] [--by-cue] [--curve] [--failing] [--check] [--basil DIR]``
(``--by-cue`` with ``--split tune`` only)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from contrast.config import Lenses
from contrast.metrics.loaded import BASIL_MEASURED, BasilMeasure, loaded_lexicon, loaded_part

BASIL = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "basil" / "raw"
OUTLETS = ("fox", "nyt", "hpo")
NAMES = {"fox": "Fox News", "nyt": "New York Times", "hpo": "HuffPost"}
CHECK_GROUPS = frozenset({2, 11, 45, 77, 86, 99})
"""The BASIL events made into groups for session 5's independent checks (check/basil-new A: 11, 45, 86;
B, reserved for the final check: 2, 77, 99): in the report half, never tuned on, never listed cue by cue."""
UNSEEN = frozenset({60}) | CHECK_GROUPS
"""Events the lexicon and rules are never tuned on: the check groups, and 60 (the birthright-citizenship
group, held out for claim overlap)."""


def in_tuning_half(event: int) -> bool:
    """The tuning half: the even-numbered events, less the unseen ones."""
    return event % 2 == 0 and event not in UNSEEN


SPLITS = {
    "tune": in_tuning_half,
    "report": lambda e: not in_tuning_half(e),
    "all": lambda e: True,
}


def articles(root: Path):
    """BASIL's 300 articles: sentences in order, where paragraphs start, lexical-bias spans per sentence, and which
    sentences annotators read (``annotated``: every one but a headline in which they marked nothing, see
    ``is_headline``)."""
    paragraphs = _paragraph_starts(root / "emnlp19-media-bias" / "data" / "articles")
    for path in sorted((root / "emnlp19-BASIL" / "data").glob("*.json"), key=lambda p: (int(p.stem.split("_")[0]), p.stem)):
        event = int(path.stem.split("_")[0])
        data = json.loads(path.read_text(encoding="utf-8"))
        sentences = [s["sentence"] for s in data["body"]]
        gold: list[list[tuple[int, int, bool]]] = []
        for s in data["body"]:
            spans = []
            for a in s["annotations"]:
                if a["bias"] != "Lexical":
                    continue
                start, end = a["start"], a["end"]
                if s["sentence"][start:end] != a["text"]:  # 9 spans in BASIL have shifted offsets (README)
                    start = s["sentence"].find(a["text"].strip())
                    end = start + len(a["text"].strip())
                    if start < 0:
                        continue
                spans.append((start, end, a["quote"] == "Yes"))
            gold.append(spans)
        starts = paragraphs.get(data["url"], [False] * len(sentences))
        annotated = [bool(s["annotations"]) or not is_headline(s["sentence"], data["title"]) for s in data["body"]]
        yield (event, data["source"].lower(), sentences, starts if len(starts) == len(sentences) else [False] * len(sentences),
               gold, annotated)


def is_headline(sentence: str, title: str) -> bool:
    """Whether a BASIL sentence is the article's headline, which 12 articles of the tuning half carry as their first
    sentence: annotators marked nothing in any of the 12, no lexical span and no informational one, where they marked
    something in 36 of the tuning half's 141 first sentences (and in 21% of all its sentences). A cue in a headline
    (Fox's "Schumer bashed by the left over shutdown-ending deal") is not scored where nothing in it is marked: the
    annotators seem not to have read headlines for bias."""
    return " ".join(sentence.lower().split()) == " ".join(title.lower().split())


def _paragraph_starts(folder: Path) -> dict[str, list[bool]]:
    found = {}
    for path in sorted(folder.rglob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        starts = [i == 0 for paragraph in data["body-paragraphs"] for i, _ in enumerate(paragraph)]
        if starts:
            starts[0] = False
        found[data["url"]] = starts
    return found


def counted_cues(sentences: list[str], starts: list[bool], *, own: bool = True) -> list[tuple[int, int, int, str, str]]:
    """(sentence, start, end, category, cue) of every cue the lens counts in the outlet's own words (with ``own``
    false: wherever it stands, quoted and reported too)."""
    frame = pl.DataFrame(
        {
            "source_id": ["a"] * len(sentences),
            "sentence_index": pl.Series(range(len(sentences)), dtype=pl.Int32),
            "text": sentences,
            "paragraph_start": starts,
        }
    )
    evidence = loaded_part(frame, Lenses()).evidence
    if own and "context" in evidence.columns:  # before issue 13 every cue counted, wherever it stood
        evidence = evidence.filter(pl.col("context") == "own")
    return [
        (i, s, e, c, cue.lower())
        for i, s, e, c, cue in evidence.select("sentence_index", "start", "end", "category", "cue").iter_rows()
    ]


@dataclass(frozen=True)
class Measured:
    """One split's scores: counts per outlet (and ``all``), per category and per cue (with ``events``: how many events
    the cue was counted in)."""

    totals: dict[str, Counter[str]]
    categories: dict[str, Counter[str]]
    cues: dict[str, Counter[str]]

    def precision(self, key: str = "all") -> float | None:
        t = self.totals[key]
        return t["counted_hit"] / t["counted"] if t["counted"] else None

    def recall(self, key: str = "all") -> float | None:
        t = self.totals[key]
        return t["gold_found"] / t["gold"] if t["gold"] else None


Scored = tuple[int, str, list[list[tuple[int, int, bool]]], list[tuple[int, int, int, str, str]]]
"""One article as the benchmark scores it: event, outlet, lexical-bias spans per sentence, the counted cues it scores."""


def scored_articles(split: str = "report", basil: Path = BASIL) -> list[Scored]:
    """Every article of ``split`` with the cues the lens counts in its own voice, in sentences annotators read."""
    keep = SPLITS[split]
    return [
        (event, outlet, gold, [cue for cue in counted_cues(sentences, starts) if annotated[cue[0]]])
        for event, outlet, sentences, starts, gold, annotated in articles(basil)
        if keep(event)
    ]


def measure(split: str = "report", basil: Path = BASIL, *, scored: list[Scored] | None = None,
            dropped: frozenset[str] = frozenset()) -> Measured:
    """Score the lens's own-voice cues against BASIL's lexical spans on the events of ``split`` (or on ``scored``,
    its ``scored_articles``), leaving out the cues of the ``dropped`` categories."""
    totals: dict[str, Counter[str]] = defaultdict(Counter)
    categories: dict[str, Counter[str]] = defaultdict(Counter)
    cues: dict[str, Counter[str]] = defaultdict(Counter)
    events: dict[str, set[int]] = defaultdict(set)
    for event, outlet, gold, counted in scored_articles(split, basil) if scored is None else scored:
        found = [cue for cue in counted if cue[3] not in dropped]
        hit = [(i, s, e) for i, s, e, *_ in found]
        for key in (outlet, "all"):
            t = totals[key]
            t["articles"] += 1
            t["gold"] += sum(len(g) for g in gold)
            t["gold_unquoted"] += sum(1 for g in gold for *_, quoted in g if not quoted)
            t["counted"] += len(found)
            t["counted_hit"] += sum(_overlap(s, e, gold[i]) for i, s, e, _, _ in found)
            t["gold_found"] += sum(1 for i, g in enumerate(gold) for gs, ge, _ in g if any(j == i and s < ge and gs < e for j, s, e in hit))
            t["gold_unquoted_found"] += sum(
                1 for i, g in enumerate(gold) for gs, ge, q in g if not q and any(j == i and s < ge and gs < e for j, s, e in hit)
            )
        for i, s, e, category, cue in found:
            ok = _overlap(s, e, gold[i])
            categories[category]["counted"] += 1
            categories[category]["hit"] += ok
            cues[cue]["counted"] += 1
            cues[cue]["hit"] += ok
            events[cue].add(event)
    for cue, seen in events.items():
        cues[cue]["events"] = len(seen)
    return Measured(dict(totals), dict(categories), dict(cues))


FLOOR = 0.6
"""Issue 13's target precision, which a cue's record on the tuning half must leave within reach (``failing_cues``)."""
CONFIDENCE = 0.9
MIN_EVENTS = 2


def failing_cues(basil: Path = BASIL) -> list[tuple[str, int, int, int, float]]:
    """The cue words whose record on the tuning half rules out the target: counted in at least ``MIN_EVENTS`` events,
    in any voice (annotators mark loaded words inside quotations too: 36 of the 91 quoted cues there overlap a span),
    and with the one-sided ``CONFIDENCE`` upper bound (Clopper-Pearson) on their precision below ``FLOOR``: at least
    3 uses none of which annotators marked, 2 of 7, 1 of 5. A cue counted twice and never marked is no such record
    (its bound is 0.68): most cue words are counted once or twice (``--by-cue``), so a lower confidence would drop a
    dozen words on one reading each. Each as (cue, counted, overlapping a span, events, upper bound), for the
    lexicon to drop (lexicon 3.5.0, session 20)."""
    from scipy.stats import beta

    counted: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    events: dict[str, set[int]] = defaultdict(set)
    for event, _, sentences, starts, gold, annotated in articles(basil):
        if not in_tuning_half(event):
            continue
        for i, s, e, _, cue in counted_cues(sentences, starts, own=False):
            if annotated[i]:
                counted[cue] += 1
                hits[cue] += _overlap(s, e, gold[i])
                events[cue].add(event)
    found = []
    for cue, n in sorted(counted.items()):
        bound = float(beta.ppf(CONFIDENCE, hits[cue] + 1, n - hits[cue])) if hits[cue] < n else 1.0
        if len(events[cue]) >= MIN_EVENTS and bound < FLOOR:
            found.append((cue, n, hits[cue], len(events[cue]), bound))
    return found


def floor_order(tuning: Measured, categories: Iterable[str]) -> list[str]:
    """The lens's categories in the order a precision floor set on the tuning half drops them: those with no cue
    counted there first (no measured precision passes a floor), then by their tuning-half precision, lowest first."""
    def precision(category: str) -> float:
        c = tuning.categories.get(category, Counter())
        return c["hit"] / c["counted"] if c["counted"] else -1.0

    return sorted(categories, key=lambda c: (precision(c), c))


def curve(split: str = "report", basil: Path = BASIL) -> list[tuple[tuple[str, ...], Measured]]:
    """Precision and recall on ``split`` as a floor on the tuning half's category precision rises: the whole lexicon,
    then with the categories of ``floor_order`` dropped one by one, until one is left. The order is read on the
    tuning half only, so the report half's figures along it are a measurement, not a fit."""
    scored = scored_articles(split, basil)
    tuning = measure(split, basil, scored=scored) if split == "tune" else measure("tune", basil)
    order = floor_order(tuning, (c.id for c in loaded_lexicon(Lenses()).categories))
    return [(tuple(order[:k]), measure(split, basil, scored=scored, dropped=frozenset(order[:k]))) for k in range(len(order))]


def stated_differences(report: Measured, tuning: Measured, stated: BasilMeasure = BASIL_MEASURED) -> list[str]:
    """Where the figures the method notes state (``stated``) differ from those measured on the report and
    tuning halves, at the two decimals they are printed with; empty when they agree."""
    found: dict[str, float | int | None] = {
        "articles": report.totals["all"]["articles"],
        "precision": _round2(report.precision()),
        "recall": _round2(report.recall()),
        **{f"precision {outlet}": _round2(report.precision(outlet)) for outlet in OUTLETS},
        "tuning precision": _round2(tuning.precision()),
        "tuning recall": _round2(tuning.recall()),
    }
    said: dict[str, float | int | None] = {
        "articles": stated.articles,
        "precision": stated.precision,
        "recall": stated.recall,
        **{f"precision {outlet}": value for outlet, value in stated.by_outlet},
        "tuning precision": stated.tuning_precision,
        "tuning recall": stated.tuning_recall,
    }
    return [f"{name}: stated {said.get(name)}, measured {value}" for name, value in found.items() if said.get(name) != value]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=tuple(SPLITS), default="report")
    parser.add_argument("--by-cue", action="store_true", help="precision per cue word (tuning half only: --split tune)")
    parser.add_argument("--curve", action="store_true",
                        help="precision and recall as categories are dropped, lowest tuning-half precision first")
    parser.add_argument("--failing", action="store_true",
                        help="cue words whose tuning-half record rules out precision 0.6 (failing_cues)")
    parser.add_argument("--check", action="store_true", help="exit 1 unless the method notes state the report half's figures")
    parser.add_argument("--basil", type=Path, default=Path(os.environ.get("BASIL", BASIL)))
    args = parser.parse_args()
    if args.by_cue and args.split != "tune":
        parser.error("--by-cue lists cue words of the tuning half only (--split tune): the report half holds the check groups")
    if args.check and args.split != "report":
        parser.error("--check compares the method notes with the report half (--split report)")
    result = measure(args.split, args.basil)
    totals = result.totals
    print(f"Loaded-language lens against BASIL lexical-bias spans, {args.split} half ({totals['all']['articles']} articles)")
    print(f"{'outlet':<16}{'cues counted':>13}{'precision':>11}{'spans':>7}{'recall':>8}{'F1':>7}"
          f"{'spans outside quotes':>22}{'recall':>8}")
    for key in (*OUTLETS, "all"):
        t = totals[key]
        print(
            f"{NAMES.get(key, 'all'):<16}{t['counted']:>13}{_ratio(t['counted_hit'], t['counted']):>11}{t['gold']:>7}"
            f"{_ratio(t['gold_found'], t['gold']):>8}{_f1(t):>7}{t['gold_unquoted']:>22}"
            f"{_ratio(t['gold_unquoted_found'], t['gold_unquoted']):>8}"
        )
    print("\nper category: counted, precision")
    for category, c in sorted(result.categories.items()):
        print(f"  {category:<14}{c['counted']:>6}{_ratio(c['hit'], c['counted']):>8}")
    if args.by_cue:
        print("\nper cue: counted, overlapping a span, events counted in")
        for cue, c in sorted(result.cues.items(), key=lambda kv: (-kv[1]["counted"], kv[0])):
            print(f"  {cue:<28}{c['counted']:>5}{c['hit']:>5}{c['events']:>5}")
        once = sum(1 for c in result.cues.values() if c["events"] == 1)
        print(f"  {once} of {len(result.cues)} cue words counted in one event only")
    if args.curve:
        print("\ncategories dropped (lowest tuning-half precision first): counted, precision, recall; precision per outlet")
        for dropped, m in curve(args.split, args.basil):
            t = m.totals["all"]
            outlets = "  ".join(f"{o} {_ratio(m.totals[o]['counted_hit'], m.totals[o]['counted'])}" for o in OUTLETS)
            print(f"  {', '.join(dropped) or 'none':<44}{t['counted']:>5}{_ratio(t['counted_hit'], t['counted']):>8}"
                  f"{_ratio(t['gold_found'], t['gold']):>8}  {outlets}")
    if args.failing:
        print(f"\ncue words whose tuning-half record (any voice, {MIN_EVENTS}+ events) bounds precision below {FLOOR} "
              f"at {CONFIDENCE:.0%}: counted, on a span, events, upper bound")
        for cue, n, hit, seen, bound in failing_cues(args.basil):
            print(f"  {cue:<28}{n:>5}{hit:>5}{seen:>5}{bound:>8.3f}")
    if args.check:
        differences = stated_differences(result, measure("tune", args.basil))
        print("\nmethod notes: " + ("state these figures" if not differences else "DIFFER: " + "; ".join(differences)))
        sys.exit(1 if differences else 0)


def _overlap(start: int, end: int, spans: list[tuple[int, int, bool]]) -> int:
    return int(any(start < ge and gs < end for gs, ge, _ in spans))


def _f1(t: Counter[str]) -> str:
    """F1 of precision (counted cues on a span) and recall (spans a counted cue overlaps)."""
    if not t["counted"] or not t["gold"] or not t["counted_hit"] or not t["gold_found"]:
        return "n/a"
    precision, recall = t["counted_hit"] / t["counted"], t["gold_found"] / t["gold"]
    return f"{2 * precision * recall / (precision + recall):.3f}"


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "n/a"


def _round2(value: float | None) -> float | None:
    return None if value is None else round(value, 2)





if __name__ == "__main__":
    main()
