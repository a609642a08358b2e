"""VADER: ``contrast.metrics.vader_exact`` against vaderSentiment, same strings, side by side.

Texts: every sentence (as contrast cleans and segments them) and every paragraph of
the bundled reports, of the same-event groups in ``../shared/corpora`` (folders of
``.txt`` files; the groups kept for a final check that no one looks at before it —
named in ``EXCLUDED`` — are left out), and of the first N articles of the AllSides
corpus (default 2,000). Each string is scored by both; every one of the four values
must be equal, to the sign of a zero (their ``repr``). Then both score all sentences again, timed (CPU and wall, best
of three, one after the other in this process). Target: at least 3x faster.

    .venv/bin/python benchmarks/bench_vader.py [--docs 2000] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.realnews import articles  # noqa: E402
from contrast.clean import clean_text  # noqa: E402
from contrast.metrics.vader_exact import polarity_scores  # noqa: E402
from contrast.segment import segment  # noqa: E402

TARGET_RATIO = 3.0
CORPORA = REPO.parent / "shared" / "corpora"
EXCLUDED = ("china-retaliatory-tariff-list-2018-04-04", "tpp-agreement-2015-10-05", "basil", "allsides")
"""Not read: the first two are kept unseen for a final check (as are BASIL's other groups);
AllSides is read separately, N articles."""


def sentences_and_paragraphs(texts: dict[str, str]) -> tuple[list[str], list[str]]:
    cleaned = {key: clean_text(text, title="").text for key, text in texts.items()}
    frame = segment(cleaned, dict.fromkeys(cleaned, "x"))
    paragraphs = [p for text in cleaned.values() for p in text.split("\n\n") if p.strip()]
    return frame.get_column("text").to_list(), paragraphs


def corpus_texts(n_docs: int) -> dict[str, dict[str, str]]:
    """Group name → {file: raw text}."""
    groups: dict[str, dict[str, str]] = {}
    for folder in [REPO / "reports" / "soft-power" / "sources", REPO / "reports" / "us-china-tariffs-2018-07" / "sources"]:
        groups[f"bundled/{folder.parent.name}"] = {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}
    if CORPORA.is_dir():
        for folder in sorted(p for p in CORPORA.iterdir() if p.is_dir() and p.name not in EXCLUDED):
            files = {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}
            if files:
                groups[f"corpora/{folder.name}"] = files
    groups["allsides"] = {a.source_id: a.text for a in articles(n_docs)}
    return groups


def best_of(runs: int, function, items: list[str]) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """(CPU, wall) seconds, the best of ``runs``."""
    cpu, wall = [], []
    for _ in range(runs):
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        for item in items:
            function(item)
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start_wall)
    return min(cpu), min(wall)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    upstream = SentimentIntensityAnalyzer().polarity_scores
    checked: dict[str, int] = {}
    all_sentences: list[str] = []
    for group, texts in corpus_texts(args.docs).items():
        sentences, paragraphs = sentences_and_paragraphs(texts)
        for text in sentences + paragraphs:
            if [(k, repr(v)) for k, v in polarity_scores(text).items()] != [(k, repr(v)) for k, v in upstream(text).items()]:
                raise SystemExit(f"{group}: vader_exact differs from vaderSentiment on {text[:100]!r}")
        checked[group] = len(sentences) + len(paragraphs)
        all_sentences += sentences
    load_before = [round(v, 2) for v in os.getloadavg()]
    upstream_cpu, upstream_wall = best_of(3, upstream, all_sentences)
    exact_cpu, exact_wall = best_of(3, polarity_scores, all_sentences)
    result = {
        "texts_checked_equal": checked,
        "total_checked": sum(checked.values()),
        "timed_sentences": len(all_sentences),
        "vadersentiment_cpu_seconds": round(upstream_cpu, 3),
        "vader_exact_cpu_seconds": round(exact_cpu, 3),
        "cpu_ratio": round(upstream_cpu / exact_cpu, 2),
        "vadersentiment_wall_seconds": round(upstream_wall, 3),
        "vader_exact_wall_seconds": round(exact_wall, 3),
        "wall_ratio": round(upstream_wall / exact_wall, 2),
        "target_ratio": TARGET_RATIO,
        "load_average_before_after": [load_before, [round(v, 2) for v in os.getloadavg()]],
    }
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0 if result["cpu_ratio"] >= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
