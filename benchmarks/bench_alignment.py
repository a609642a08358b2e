"""Claim alignment at scale: time and peak memory on synthetic corpora of 1k, 5k and 10k documents.

Each corpus is generated (seeded) from a pool of synthetic events — a named actor, a
place, an amount, a kind of project — each reported by about a dozen documents in
different wordings, mixed with filler sentences of real words drawn by their frequency in the bundled
reports (so term statistics are realistic and no filler sentence repeats). Every
size runs in a fresh process so peak memory (max RSS) is that size's own.

Targets (claim-overlap issue): alignment time grows at most 2.3× per doubling of the
corpus, and peak memory stays under 4 GB at 10k documents. Growth is judged on the
process's CPU time (all its threads), which other work on a shared machine does not
inflate; wall time and its growth are printed beside it.

    .venv/bin/python benchmarks/bench_alignment.py [--sizes 1000 5000 10000] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import subprocess
import sys
import time
from collections import Counter
from itertools import pairwise
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

GROWTH_LIMIT = 2.3
MEMORY_LIMIT_GB = 4.0
SENTENCES_PER_DOC = 12
ORIGINS = ("state-media", "western-left", "western-center", "western-right")
_SYLLABLES = ("ka", "ro", "mi", "tel", "va", "son", "dra", "lin", "po", "zer", "an", "qu", "is", "mor", "ten", "bal")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_OBJECTS = ("port facilities", "rail links", "solar farms", "water plants", "fibre networks", "grain silos")
_TEMPLATES = (
    "{actor} announced {amount} for new {obj} in {place} on {day}.",
    "Officials in {place} said {actor} had committed {amount} to {obj}.",
    "{place} will receive {amount} of investment in {obj} from {actor}, according to officials.",
    "The {amount} deal between {actor} and {place} covers {obj}, the ministry said on {day}.",
    "Critics warned that the {amount} {obj} project with {actor} would leave {place} in debt.",
)


def _name(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(syllables)).capitalize()


def synthetic_sentences(
    n_docs: int, *, seed: int = 7, sentences_per_doc: int = SENTENCES_PER_DOC
) -> tuple[dict[str, str], dict[str, str]]:
    from benchmarks.bench_metrics import bundled_sentences

    rng = random.Random(seed)
    vocabulary = Counter(w for sentence in bundled_sentences() for w in sentence.rstrip(".").split())
    words, weights = zip(*sorted(vocabulary.items()), strict=True)

    def filler() -> str:
        """A sentence of real words drawn by their real frequency: realistic term statistics, no repeats."""
        drawn = rng.choices(words, weights=weights, k=rng.randint(10, 28))
        return " ".join(drawn).capitalize() + "."

    events = [
        {
            "actor": f"{_name(rng, 2)} {_name(rng, 3)} {rng.choice(('Group', 'Holdings', 'Fund', 'Bank'))}",
            "place": _name(rng, 3),
            "amount": f"${rng.randint(2, 900)}{rng.choice(('bn', ' million'))}",
            "obj": rng.choice(_OBJECTS),
            "day": rng.choice(_WEEKDAYS),
        }
        for _ in range(max(10, n_docs // 4))
    ]
    texts: dict[str, str] = {}
    origins: dict[str, str] = {}
    for index in range(n_docs):
        doc = f"doc-{index:05d}"
        chosen = rng.sample(events, 3)
        sentences = [rng.choice(_TEMPLATES).format(**event) for event in chosen for _ in range(2)]
        sentences += [filler() for _ in range(sentences_per_doc - len(sentences))]
        rng.shuffle(sentences)
        texts[doc] = "\n\n".join(" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3))
        origins[doc] = ORIGINS[index % len(ORIGINS)]
    return texts, origins


def measure(n_docs: int) -> dict[str, float]:
    """Run in a child process: build the corpus, then time ``find_events`` alone."""
    from contrast.claims import find_events
    from contrast.segment import segment

    texts, origins = synthetic_sentences(n_docs)
    sentences = segment(texts, origins)
    start, cpu_start = time.perf_counter(), time.process_time()
    analysis = find_events(sentences, origins=ORIGINS)
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "documents": n_docs,
        "sentences": sentences.height,
        "claims": analysis.claims.height,
        "events": analysis.events.height,
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu_seconds, 2),
        "peak_rss_gb": round(peak_kb / 1024**2, 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10000])
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(measure(args.child)))
        return 0
    rows = []
    for size in args.sizes:
        completed = subprocess.run(
            [sys.executable, __file__, "--child", str(size)], capture_output=True, text=True, check=True, cwd=REPO
        )
        rows.append(json.loads(completed.stdout.strip().splitlines()[-1]))
        print(json.dumps(rows[-1]), flush=True)
    def per_doubling(key: str) -> list[float]:
        return [
            (b[key] / a[key]) ** (1 / math.log2(b["documents"] / a["documents"])) for a, b in pairwise(rows)
        ]

    # CPU time is the measure: on a shared machine wall time also counts other processes' work.
    growth = per_doubling("cpu_seconds")
    summary = {
        "runs": rows,
        "growth_per_doubling": [round(g, 2) for g in growth],
        "wall_growth_per_doubling": [round(g, 2) for g in per_doubling("seconds")],
        "growth_limit": GROWTH_LIMIT,
        "peak_rss_gb_at_largest": rows[-1]["peak_rss_gb"],
        "memory_limit_gb": MEMORY_LIMIT_GB,
    }
    print(json.dumps(summary, indent=2))
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    ok = all(g <= GROWTH_LIMIT for g in growth) and rows[-1]["peak_rss_gb"] < MEMORY_LIMIT_GB
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
