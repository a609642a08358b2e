"""Claim-overlap quality against the blind sentence-level golds, for each alignment backend installed.

Golds (``benchmarks/gold/<group>.json``, made by ``to_gold.py`` from labels written under
``PROTOCOL.md`` without seeing the engine): the dev half (tuned on), the held-out half
(reported only: never tuned on; only its aggregate figures are printed) and the two
bundled reports. Per gold and backend: event recall, purity, link precision,
false-omission rate and unique recall (definitions in ``contrast.claims.gold``), the
number of engine events and gold events, and how many linked pairs still wait for a
blind adjudicator (counted wrong meanwhile).

    .venv/bin/python benchmarks/bench_alignment_quality.py [--json out.json] [--errors] [--adjudicate DIR]

``--errors`` prints the sentences behind the misses, for the dev golds only. ``--causes`` prints, per half,
where the gold single-source claims go (``contrast.claims.gold.UNIQUE_CAUSES``): what unique recall misses, by cause. ``--adjudicate
DIR`` writes, per gold, the linked pairs the gold does not put together (texts only,
shuffled, no scores) for a blind labeller; answers (the same file with ``"same": true|false``
per pair) go in ``benchmarks/gold/adjudicated/<group>.json``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GOLD_DIR = REPO / "benchmarks" / "gold"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(GOLD_DIR))

DEV = ("us-china-50bn-tariff-lists-2018-06-15", "trump-zte-reversal-2018-05-13", "us-steel-aluminium-tariffs-2018-03-08",
       "benghazi-talking-points-emails-2013-05-15")  # fmt: skip
HELD_OUT = ("us-200bn-tariffs-china-retaliation-2018-09-18", "g20-trade-truce-2018-12-01", "us-farm-aid-2018-07-24",
            "birthright-citizenship-order-2018-10-30")  # fmt: skip
BUNDLED = {"us-china-tariffs-2018-07": REPO / "reports" / "us-china-tariffs-2018-07", "soft-power": REPO / "reports" / "soft-power"}
CORPORA = Path("/work/shared/corpora")
SCRATCH = Path(tempfile.gettempdir()) / "contrast-bench-quality"


MEASURES = ("recall", "purity", "link_precision", "false_omission", "unique_recall", "near_only", "clean_unique_recall")


def half(group: str) -> str:
    return "dev" if group in DEV else "held-out" if group in HELD_OUT else "bundled"


def corpus_report(group: str, gold: dict) -> Path:
    """A report folder for a corpus group: each article's body a source, each article its own origin
    (the gold's "only in this article" is then the engine's "only in this origin")."""
    from make_sheets import read_article

    folder = SCRATCH / group
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    corpus = CORPORA / gold["corpus"]
    lines = [f'title = "{group}"', "edition = 2018-12-31", 'language = "en"', ""]
    for _code, source in sorted(gold["sources"].items(), key=lambda kv: int(kv[0][1:])):
        header, body = read_article(corpus / source["file"])
        ident = _slug(Path(source["file"]).stem)
        path = folder / "sources" / f"{ident}.txt"
        if not path.exists() or path.read_text(encoding="utf-8") != body + "\n":
            path.write_text(body + "\n", encoding="utf-8")
        lines += ["[[origins]]", f'id = "{ident}"', f"label = {json.dumps((header.get('outlet') or ident)[:60])}", 'colour = "#1f5fa8"', ""]
        lines += ["[[sources]]", f'id = "{ident}"', f'path = "sources/{ident}.txt"', f"title = {json.dumps(header.get('title', ident))}",
                  f'origin = "{ident}"', ""]  # fmt: skip
    text = "\n".join(lines)
    manifest = folder / "report.toml"
    if not manifest.exists() or manifest.read_text(encoding="utf-8") != text:
        manifest.write_text(text, encoding="utf-8")
    return folder


def _slug(stem: str) -> str:
    return re.sub(r"[^a-z0-9-]+", "-", stem.lower()).strip("-")


def analysed(folder: Path):
    """The report's analysis, its stages cached in the scratch folder between runs."""
    from contrast.cache import BuildCache
    from contrast.config import load_report
    from contrast.pipeline import analyse

    (SCRATCH / ".cache").mkdir(parents=True, exist_ok=True)  # the cache makes only its own folder
    cache = BuildCache(SCRATCH / ".cache" / folder.name)
    analysis = analyse(load_report(folder), cache=cache)
    cache.flush()
    return analysis


def source_map(report, gold: dict) -> dict[str, str]:
    """Gold code → contrast source id, by file name."""
    by_file = {Path(s.path).name: s.id for s in report.manifest.sources}
    by_stem = {_slug(Path(s.path).stem): s.id for s in report.manifest.sources}
    return {code: by_file.get(s["file"]) or by_stem[_slug(Path(s["file"]).stem)] for code, s in gold["sources"].items()}


def main() -> int:
    from contrast.claims import find_events, semantic
    from contrast.claims import gold as scoring
    from contrast.claims.absence import set_aside_sentences

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--errors", action="store_true", help="print the sentences behind the misses (dev golds only)")
    parser.add_argument("--adjudicate", type=Path, help="write unjudged linked pairs per gold to this folder")
    parser.add_argument("--causes", action="store_true", help="print where the gold single-source claims go, per half")
    parser.add_argument("--only", nargs="*", help="these groups only")
    parser.add_argument("--lexical-only", action="store_true")
    options = parser.parse_args()
    backends = {"lexical": None}
    if options.lexical_only:
        pass
    elif semantic.installed():
        backends["semantic"] = semantic.local_encoder()
    else:
        print(f"semantic backend not installed ({semantic.INSTALL_HINT}); measuring lexical only")
    adjudicated = scoring.load_adjudicated(sorted((GOLD_DIR / "adjudicated").glob("*.json")))
    groups = [g for g in (*DEV, *HELD_OUT, *BUNDLED) if (GOLD_DIR / f"{g}.json").exists()]
    if options.only:
        groups = [g for g in groups if g in options.only]
    missing = [g for g in (*DEV, *HELD_OUT, *BUNDLED) if g not in groups and not options.only]
    rows = []
    for group in groups:
        document = json.loads((GOLD_DIR / f"{group}.json").read_text(encoding="utf-8"))
        gold = scoring.load(GOLD_DIR / f"{group}.json")
        folder = BUNDLED.get(group) or corpus_report(group, document)
        analysis = analysed(folder)
        source_of = source_map(analysis.report, document)
        sentences = analysis.results.sentences
        mapping = scoring.map_sentences(gold, sentences, source_of)
        texts = {(s, i): t for s, i, t in sentences.select("source_id", "sentence_index", "text").iter_rows()}
        origins = analysis.results.origins.get_column("origin").to_list()
        set_aside = set_aside_sentences(
            {s: d.clean.removed_lines for s, d in analysis.documents.items()}, {s.id: s.origin for s in analysis.report.manifest.sources}
        )
        for backend, encoder in backends.items():
            start = time.perf_counter()
            events = find_events(sentences, origins=origins, encoder=encoder, set_aside=set_aside)
            seconds = time.perf_counter() - start
            result = scoring.score(gold, scoring.engine_view(events), mapping, texts, source_of=source_of, adjudicated=adjudicated)
            rows.append({"gold": group, "half": half(group), "backend": backend,
                         "recall": round(result.recall, 3), "purity": round(result.purity, 3),
                         "link_precision": round(result.link_precision, 3),
                         "false_omission": round(result.false_omission, 3), "unique_recall": round(result.unique_recall, 3),
                         "near_only": round(result.near_only, 3), "clean_unique_recall": round(result.clean_unique_recall, 3),
                         **result.counts, "unique_causes": result.unique_causes, "seconds": round(seconds, 2)})  # fmt: skip
            if options.errors and half(group) == "dev":
                print(f"\n## {group} ({backend})")
                for measure, items in result.errors.items():
                    for item in items:
                        print(f"  {measure}: {item}")
            if options.adjudicate and result.unjudged:
                options.adjudicate.mkdir(parents=True, exist_ok=True)
                path = options.adjudicate / f"{group}.json"
                known = json.loads(path.read_text(encoding="utf-8"))["pairs"] if path.exists() else []
                seen = {scoring.pair_key(p["a"], p["b"]) for p in known}
                fresh = []
                for a, b in result.unjudged:
                    if scoring.pair_key(a, b) not in seen:
                        seen.add(scoring.pair_key(a, b))
                        fresh.append({"a": a, "b": b} if random.Random(a + b).random() < 0.5 else {"a": b, "b": a})
                pairs = known + fresh
                random.Random(group).shuffle(pairs)
                question = "Do these two sentences report the same specific fact or statement?"
                path.write_text(json.dumps({"group": group, "question": question, "pairs": pairs}, indent=1, ensure_ascii=False) + "\n",
                                encoding="utf-8")  # fmt: skip
    header = (f"{'gold':46} {'half':8} {'backend':8} {'recall':>6} {'purity':>6} {'linkP':>6} {'falseO':>6} {'uniqR':>6} "
              f"{'nearO':>6} {'cleanR':>6} {'events':>6} {'gold':>4} {'unjud':>5} {'s':>5} {'omit':>4} {'falseOm':>7} {'couldOm':>7}")
    print(header)
    for r in rows:
        print(f"{r['gold']:46} {r['half']:8} {r['backend']:8} {r['recall']:6.3f} {r['purity']:6.3f} {r['link_precision']:6.3f} "
              f"{r['false_omission']:6.3f} {r['unique_recall']:6.3f} {r['near_only']:6.3f} {r['clean_unique_recall']:6.3f} "
              f"{r['events']:6d} {r['gold_events']:4d} {r['unjudged_pairs']:5d} "
              f"{r['seconds']:5.1f} {r['omitted']:4d} {r['false_omitted']:7d} {r['true_omissions']:7d}")  # fmt: skip
    for backend in backends:
        for part in ("dev", "held-out", "bundled"):
            chosen = [r for r in rows if r["backend"] == backend and r["half"] == part]
            if chosen:
                mean = {k: sum(r[k] for r in chosen) / len(chosen) for k in MEASURES}
                print(f"{'mean of ' + str(len(chosen)) + ' ' + part:46} {part:8} {backend:8} {mean['recall']:6.3f} {mean['purity']:6.3f} "
                      f"{mean['link_precision']:6.3f} {mean['false_omission']:6.3f} {mean['unique_recall']:6.3f} "
                      f"{mean['near_only']:6.3f} {mean['clean_unique_recall']:6.3f}")  # fmt: skip
    if options.causes:
        print_causes(rows)
    if missing:
        print("no gold yet for: " + ", ".join(missing))
    if options.json:
        options.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


def print_causes(rows: list[dict]) -> None:
    """Per backend and half: the gold single-source claims per cause (``Score.unique_causes``), count and share."""
    for backend in dict.fromkeys(r["backend"] for r in rows):
        for part in ("dev", "held-out", "bundled"):
            chosen = [r["unique_causes"] for r in rows if r["backend"] == backend and r["half"] == part]
            total = {cause: sum(c.get(cause, 0) for c in chosen) for cause in dict.fromkeys(k for c in chosen for k in c)}
            if all_claims := sum(total.values()):
                print(f"gold single-source claims, {part} ({backend}, {all_claims}): "
                      + ", ".join(f"{cause} {n} ({n / all_claims:.1%})" for cause, n in total.items()))  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main())
