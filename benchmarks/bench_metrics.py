"""Metrics-stage throughput against a naive loop, measured side by side in one run.

By default the corpus is real: the first 2,000 articles of the AllSides corpus
(``benchmarks/realnews.py``; 1.9 M words of US and UK news with their scraping noise),
each cleaned by contrast's cleaner first (not timed, the same text for both sides).
``--corpus synthetic`` uses documents assembled (seeded) from the sentences of the bundled
reports' cleaned sources instead — shorter and cleaner than real news.

- naive: for each document, pysbd segmentation, VADER per sentence, and textstat's
  functions called one by one on the whole document;
- contrast: ``segment`` over all documents, then the registered metrics
  (sentiment, readability, characteristic) through ``compute_metrics``, in this process.

Both sides run in one process with one polars thread (``--threads`` changes it), so
the comparison is one core against one core; wall and CPU time are both reported (on
a shared machine CPU time is the steadier figure). The script checks that the values
agree: readability's parity figures per document (textstat's own Flesch–Kincaid grade,
sentence count and word count, kept beside the printed grades, which use the segmenter's
sentences) equal textstat's; every sentence's four VADER scores
equal vaderSentiment's on the string contrast scores (``vader.tone_text``: the sentence,
typography normalised), and the sentences both segmenters cut alike, where that string is
the sentence itself, get the same compound on both sides. Target: contrast ≥ 10× the naive loop.

    .venv/bin/python benchmarks/bench_metrics.py [--corpus allsides|synthetic] [--docs 2000] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
import time
from pathlib import Path

if __name__ == "__main__":  # before polars is imported: one thread unless asked otherwise
    os.environ.setdefault("POLARS_MAX_THREADS", "1")

import polars as pl

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.realnews import articles  # noqa: E402
from contrast.clean import clean_text  # noqa: E402
from contrast.config import load_report  # noqa: E402
from contrast.ingest import read_source  # noqa: E402
from contrast.metrics import Corpus, compute_metrics  # noqa: E402
from contrast.metrics.readability import TEXTSTAT_GRADE  # noqa: E402
from contrast.nltk_data import ensure_cmudict  # noqa: E402  (textstat must not download)
from contrast.schema import ORIGIN, SENTENCE_INDEX, SOURCE_ID  # noqa: E402
from contrast.segment import segment  # noqa: E402

TARGET_RATIO = 10.0
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
            "sentences_textstat": textstat.sentence_count(text),
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


def scored_strings(sentences: pl.DataFrame, documents: dict[str, str]) -> list[str]:
    """The string contrast gives VADER for each row of ``sentences``: ``vader.tone_text`` of the sentence, an
    own-voice sentence less the clauses in which it reports someone (``voice.own_part``, read in its source)."""
    from contrast.metrics.vader import tone_text
    from contrast.metrics.voice import own_part, source_voices

    scored: dict[tuple[str, int], str] = {}
    for (source_id,), rows in sentences.partition_by(SOURCE_ID, as_dict=True, maintain_order=True).items():
        ordered = rows.sort(SENTENCE_INDEX)
        voices = source_voices(ordered, documents[str(source_id)])
        for index, text, voice in zip(ordered.get_column(SENTENCE_INDEX), ordered.get_column("text"), voices, strict=True):
            scored[(str(source_id), index)] = tone_text(own_part(text, voice))
    return [scored[key] for key in sentences.select(SOURCE_ID, SENTENCE_INDEX).iter_rows()]


def check_agreement(
    naive_results: dict[str, dict[str, object]], sentences: pl.DataFrame, sources: pl.DataFrame, documents: dict[str, str]
) -> dict[str, float]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    mismatches = 0
    # Ours → textstat's: the printed formulas use the segmenter's sentences; the parity
    # figures kept beside them are textstat's own (tests/test_readability_parity.py checks
    # every formula of textstat_exact against textstat).
    keys = {TEXTSTAT_GRADE: "flesch_kincaid_grade", "formula_sentences": "sentences_textstat", "words": "words"}
    for row in sources.iter_rows(named=True):
        expected = naive_results[row[SOURCE_ID]]
        for ours, theirs in keys.items():
            if row[ours] is None:  # too short for a grade: N/A, not textstat's value
                continue
            if not math.isclose(float(row[ours]), float(expected[theirs]), abs_tol=1e-9):  # type: ignore[arg-type]
                mismatches += 1
    if mismatches:
        raise SystemExit(f"readability disagrees with textstat in {mismatches} values")
    # Sentences both segmenters produce identically must get identical compounds.
    by_text: dict[str, float] = {}
    for result in naive_results.values():
        by_text.update(zip(result["sentences"], result["compound"], strict=True))  # type: ignore[arg-type]
    # contrast scores each sentence's tone_text (typography normalised, feeling-less senses
    # set aside), an own-voice sentence without the clauses it reports: compare with the naive
    # loop where that string is the sentence itself.
    strings = scored_strings(sentences, documents)
    texts = sentences.get_column("text").to_list()
    shared = [(t, c) for t, s, c in zip(texts, strings, sentences.get_column("compound"), strict=True) if t in by_text and s == t]
    if any(by_text[t] != c for t, c in shared):
        raise SystemExit("sentence compounds disagree with VADER")
    # Every sentence contrast scored: all four scores equal vaderSentiment's.
    analyzer = SentimentIntensityAnalyzer()
    columns = ("neg", "neu", "pos", "compound")
    for text, string, *values in zip(texts, strings, *(sentences.get_column(c) for c in columns), strict=True):
        expected = analyzer.polarity_scores(string)
        if [repr(expected[c]) for c in columns] != [repr(v) for v in values]:
            raise SystemExit(f"VADER scores disagree on {text[:80]!r}")
    naive_count = sum(len(r["sentences"]) for r in naive_results.values())  # type: ignore[arg-type]
    return {"segmentation_agreement": len(shared) / max(naive_count, 1), "naive_sentences": naive_count,
            "contrast_sentences": sentences.height, "vader_sentences_checked": sentences.height}


def real_corpus(n_docs: int) -> dict[str, str]:
    """The first ``n_docs`` AllSides articles, cleaned as a build cleans them."""
    return {a.source_id: clean_text(a.text, title=a.title).text for a in articles(n_docs)}


def timed(function, *arguments):  # type: ignore[no-untyped-def]
    """(result, wall seconds, CPU seconds of this process)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = function(*arguments)
    return result, time.perf_counter() - wall, time.process_time() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=("allsides", "synthetic"), default="allsides")
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()

    ensure_cmudict()
    documents = real_corpus(args.docs) if args.corpus == "allsides" else synthetic_corpus(args.docs, bundled_sentences())
    words = sum(len(text.split()) for text in documents.values())
    # Warm both sides' one-off loads (cmudict, VADER lexicon, pysbd rules) outside the timings.
    naive(dict(list(documents.items())[:2]))
    contrast_metrics(dict(list(documents.items())[:8]))

    load_before = [round(v, 2) for v in os.getloadavg()]
    naive_results, naive_wall, naive_cpu = timed(naive, documents)
    (frame_sentences, frame_sources), contrast_wall, contrast_cpu = timed(contrast_metrics, documents)
    load_after = [round(v, 2) for v in os.getloadavg()]

    # The framing lenses have no naive counterpart: timed alone, for information (no target).
    _, lens_wall, lens_cpu = timed(compute_metrics, build_corpus(documents), LENS_METRICS)

    agreement = check_agreement(naive_results, frame_sentences, frame_sources, documents)
    result = {
        "corpus": args.corpus,
        "documents": args.docs,
        "words": words,
        "polars_threads": pl.thread_pool_size(),
        "naive_seconds": round(naive_wall, 3),
        "contrast_seconds": round(contrast_wall, 3),
        "naive_cpu_seconds": round(naive_cpu, 3),
        "contrast_cpu_seconds": round(contrast_cpu, 3),
        "naive_words_per_second": round(words / naive_wall),
        "contrast_words_per_second": round(words / contrast_wall),
        "ratio": round(naive_wall / contrast_wall, 2),
        "cpu_ratio": round(naive_cpu / contrast_cpu, 2),
        "target_ratio": TARGET_RATIO,
        "lens_seconds": round(lens_wall, 3),
        "lens_cpu_seconds": round(lens_cpu, 3),
        "load_average_before_after": [load_before, load_after],
        **{k: round(v, 4) if isinstance(v, float) else v for k, v in agreement.items()},
    }
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0 if min(result["ratio"], result["cpu_ratio"]) >= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
