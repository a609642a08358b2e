"""Metrics-stage throughput against a naive loop, measured side by side in one run.

The corpus is synthetic: N documents assembled (seeded) from the sentences of the
bundled reports' cleaned sources. Both sides get the same document texts.

- naive: for each document, pysbd segmentation, VADER per sentence, and textstat's
  functions called one by one on the whole document;
- contrast: ``segment`` over all documents, then the registered metrics
  (sentiment, readability, characteristic) through ``compute_metrics``.

The script checks that the values agree (readability per document equals textstat's;
each sentence's compound equals VADER's on the same sentence) and reports words per
second and the ratio. Target: contrast ≥ 5× the naive loop at N = 2,000.

    .venv/bin/python benchmarks/bench_metrics.py [--docs 2000] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from pathlib import Path

import polars as pl

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from contrast.clean import clean_text  # noqa: E402
from contrast.config import load_report  # noqa: E402
from contrast.ingest import read_source  # noqa: E402
from contrast.metrics import Corpus, compute_metrics  # noqa: E402
from contrast.metrics.readability import FORMULAS  # noqa: E402
from contrast.nltk_data import ensure_cmudict  # noqa: E402  (textstat must not download)
from contrast.schema import ORIGIN, SOURCE_ID  # noqa: E402
from contrast.segment import segment  # noqa: E402

TARGET_RATIO = 5.0
ORIGINS = ("alpha", "beta", "gamma", "delta")
CORE_METRICS = ("characteristic", "readability", "sentiment")
"""What the naive loop also computes; the framing lenses are outside this comparison."""
LENS_METRICS = ("certainty", "loaded", "attribution", "targets", "frames")


def bundled_sentences() -> list[str]:
    sentences: list[str] = []
    for folder in sorted((REPO / "reports").iterdir()):
        if not (folder / "report.toml").is_file():
            continue
        report = load_report(folder)
        for source in report.manifest.sources:
            text = clean_text(read_source(report.source_paths[source.id]).text, title=source.title).text
            frame = segment({source.id: text}, {source.id: "x"})
            sentences.extend(t for t in frame.get_column("text").to_list() if len(t.split()) >= 4)
    return sentences


def synthetic_corpus(n_docs: int, sentences: list[str], *, seed: int = 2000) -> dict[str, str]:
    rng = random.Random(seed)
    documents: dict[str, str] = {}
    for index in range(n_docs):
        picked = rng.sample(sentences, rng.randint(20, 60))
        paragraphs = [" ".join(picked[i : i + 4]) for i in range(0, len(picked), 4)]
        documents[f"doc-{index:05d}"] = "\n\n".join(paragraphs)
    return documents


def naive(documents: dict[str, str]) -> dict[str, dict[str, object]]:
    import pysbd
    import textstat
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    segmenter = pysbd.Segmenter(language="en", clean=False)
    analyzer = SentimentIntensityAnalyzer()
    results: dict[str, dict[str, object]] = {}
    for doc_id, text in documents.items():
        sentences = segmenter.segment(text)
        compounds = [analyzer.polarity_scores(s)["compound"] for s in sentences]
        results[doc_id] = {
            "sentences": [s.strip() for s in sentences],
            "compound": compounds,
            "flesch_reading_ease": textstat.flesch_reading_ease(text),
            "flesch_kincaid_grade": textstat.flesch_kincaid_grade(text),
            "gunning_fog": textstat.gunning_fog(text),
            "smog_index": textstat.smog_index(text),
            "coleman_liau_index": textstat.coleman_liau_index(text),
            "automated_readability_index": textstat.automated_readability_index(text),
            "dale_chall": textstat.dale_chall_readability_score(text),
            "consensus_grade": textstat.text_standard(text, float_output=True),
            "words": textstat.lexicon_count(text),
            "difficult_words": textstat.difficult_words(text),
        }
    return results


def build_corpus(documents: dict[str, str]) -> Corpus:
    origin_of = {doc_id: ORIGINS[i % len(ORIGINS)] for i, doc_id in enumerate(documents)}
    return Corpus(
        sources=pl.DataFrame({SOURCE_ID: list(documents), ORIGIN: [origin_of[d] for d in documents]}),
        texts=documents,
        sentences=segment(documents, origin_of),
        origins=ORIGINS,
    )


def contrast_metrics(documents: dict[str, str]) -> tuple[pl.DataFrame, pl.DataFrame]:
    results = compute_metrics(build_corpus(documents), CORE_METRICS)
    return results.sentences, results.sources


def check_agreement(naive_results: dict[str, dict[str, object]], sentences: pl.DataFrame, sources: pl.DataFrame) -> dict[str, float]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    mismatches = 0
    keys = (*FORMULAS, "words")
    for row in sources.iter_rows(named=True):
        expected = naive_results[row[SOURCE_ID]]
        for key in keys:
            if not math.isclose(float(row[key]), float(expected[key]), abs_tol=1e-9):  # type: ignore[arg-type]
                mismatches += 1
    if mismatches:
        raise SystemExit(f"readability disagrees with textstat in {mismatches} values")
    # Sentences both segmenters produce identically must get identical compounds.
    by_text: dict[str, float] = {}
    for result in naive_results.values():
        by_text.update(zip(result["sentences"], result["compound"], strict=True))  # type: ignore[arg-type]
    shared = [(t, c) for t, c in sentences.select("text", "compound").iter_rows() if t in by_text]
    if any(by_text[t] != c for t, c in shared):
        raise SystemExit("sentence compounds disagree with VADER")
    analyzer = SentimentIntensityAnalyzer()
    sample = sentences.sample(n=min(2000, sentences.height), seed=1)
    if any(analyzer.polarity_scores(t)["compound"] != c for t, c in sample.select("text", "compound").iter_rows()):
        raise SystemExit("sentence compounds disagree with VADER")
    naive_count = sum(len(r["sentences"]) for r in naive_results.values())  # type: ignore[arg-type]
    return {"segmentation_agreement": len(shared) / max(naive_count, 1), "naive_sentences": naive_count,
            "contrast_sentences": sentences.height}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()

    ensure_cmudict()
    sentences = bundled_sentences()
    documents = synthetic_corpus(args.docs, sentences)
    words = sum(len(text.split()) for text in documents.values())
    # Warm both sides' one-off loads (cmudict, VADER lexicon, pysbd rules) outside the timings.
    naive(dict(list(documents.items())[:2]))
    contrast_metrics(dict(list(documents.items())[:8]))

    start = time.perf_counter()
    naive_results = naive(documents)
    naive_seconds = time.perf_counter() - start
    start = time.perf_counter()
    frame_sentences, frame_sources = contrast_metrics(documents)
    contrast_seconds = time.perf_counter() - start

    # The framing lenses have no naive counterpart: timed alone, for information (no target).
    corpus = build_corpus(documents)
    start = time.perf_counter()
    compute_metrics(corpus, LENS_METRICS)
    lens_seconds = time.perf_counter() - start

    agreement = check_agreement(naive_results, frame_sentences, frame_sources)
    result = {
        "documents": args.docs,
        "words": words,
        "naive_seconds": round(naive_seconds, 3),
        "contrast_seconds": round(contrast_seconds, 3),
        "naive_words_per_second": round(words / naive_seconds),
        "contrast_words_per_second": round(words / contrast_seconds),
        "ratio": round(naive_seconds / contrast_seconds, 2),
        "target_ratio": TARGET_RATIO,
        "lens_seconds": round(lens_seconds, 3),
        "lens_words_per_second": round(words / lens_seconds),
        **{k: round(v, 4) if isinstance(v, float) else v for k, v in agreement.items()},
    }
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0 if result["ratio"] >= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
