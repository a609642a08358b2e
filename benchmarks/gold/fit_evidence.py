"""Refit the evidence model (``contrast.claims.evidence``) on the dev golds' pairs, and print its weights.

Every pair of claims of two different sources in a dev gold is one example: positive when
the gold puts both sentences in one event (primary or ``also`` label), negative otherwise.
The features are the ones ``PairScorer.features`` computes (lexical, or with the semantic
backend when ``--semantic`` and it is installed); the model is a logistic regression
(Newton's method, a small L2 penalty on the weights, none on the intercept). The held-out
and bundled golds are never read.

    .venv/bin/python benchmarks/gold/fit_evidence.py [--semantic]

Prints the weights as ``evidence.py`` writes them, the number of pairs, and the dev
log-loss of the fitted model beside that of the weights in use.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH / "gold"))

L2 = 1.0


def dev_pairs(encoder: object = None) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Features and labels of every cross-source pair of claims in the dev golds."""
    import bench_alignment_quality as bench

    from contrast.claims import gold as scoring
    from contrast.claims.align import claim_scorer
    from contrast.claims.candidates import claim_frame

    parts: list[dict[str, np.ndarray]] = []
    labels: list[np.ndarray] = []
    for group in bench.DEV:
        document = json.loads((bench.GOLD_DIR / f"{group}.json").read_text(encoding="utf-8"))
        gold = scoring.load(bench.GOLD_DIR / f"{group}.json")
        analysis = bench.analysed(bench.corpus_report(group, document))
        sentences = analysis.results.sentences
        mapping = scoring.map_sentences(gold, sentences, bench.source_map(analysis.report, document))
        claims = claim_frame(sentences).with_row_index("claim_id")
        scorer = claim_scorer(claims, encoder=encoder)  # type: ignore[arg-type]
        events = [
            frozenset(label for g in mapping.gold_ids((s, i)) for label in gold.labels(g) if label.startswith("E:"))
            for s, i in claims.select("source_id", "sentence_index").iter_rows()
        ]
        sources = claims.get_column("source_id").to_numpy()
        a, b = np.triu_indices(claims.height, k=1)
        keep = sources[a] != sources[b]
        a, b = a[keep], b[keep]
        parts.append(scorer.features(a, b))
        labels.append(np.array([bool(events[i] & events[j]) for i, j in zip(a.tolist(), b.tolist(), strict=True)], dtype=float))
    names = list(parts[0])
    return {name: np.concatenate([p[name] for p in parts]) for name in names}, np.concatenate(labels)


def fit(features: dict[str, np.ndarray], y: np.ndarray) -> tuple[dict[str, float], float]:
    """Logistic regression by Newton's method; weights per feature and the intercept."""
    names = list(features)
    x = np.column_stack([np.ones(y.size)] + [features[n] for n in names])
    w = np.zeros(x.shape[1])
    penalty = np.diag([0.0] + [L2] * len(names))
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        step = np.linalg.solve(x.T @ (x * (p * (1 - p))[:, None]) + penalty, x.T @ (p - y) + penalty @ w)
        w -= step
        if np.max(np.abs(step)) < 1e-9:
            break
    return dict(zip(names, w[1:].tolist(), strict=True)), float(w[0])


def log_loss(p: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def main() -> int:
    from contrast.claims import evidence, semantic

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--semantic", action="store_true", help="fit the semantic backend's weights (needs it installed)")
    options = parser.parse_args()
    encoder = semantic.local_encoder() if options.semantic else None
    features, y = dev_pairs(encoder)
    weights, intercept = fit(features, y)
    fitted = 1.0 / (1.0 + np.exp(-(intercept + sum(w * features[n] for n, w in weights.items()))))
    print(f"{y.size} cross-source pairs in the dev golds, {int(y.sum())} of one event")
    print("WEIGHTS = {" + ", ".join(f'"{n}": {w:.3f}' for n, w in weights.items()) + "}")
    print(f"INTERCEPT = {intercept:.3f}")
    print(f"dev log-loss: fitted {log_loss(fitted, y):.4f}, in use {log_loss(evidence.probability(features), y):.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
