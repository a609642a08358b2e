"""Event quality against the hand-labelled golds, for each alignment backend installed.

Two golds: the tariffs report (used while tuning) and the soft-power report (labelled
blind to the algorithm and never tuned on: the held-out check). Prints recall and purity
(``contrast.claims.quality``) and the number of events, for the lexical default and, when
``pip install 'contrast[semantic]'`` has put a local sentence model in place, for the
semantic backend beside it in the same run.

    .venv/bin/python benchmarks/bench_alignment_quality.py [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

GOLDS = {
    "tariffs (tuned on)": (REPO / "reports" / "us-china-tariffs-2018-07", REPO / "tests" / "data" / "tariffs_gold_events.json"),
    "soft-power (held out)": (REPO / "reports" / "soft-power", REPO / "tests" / "data" / "soft_power_gold_events.json"),
}


def main() -> int:
    from contrast.claims import find_events, semantic
    from contrast.claims.quality import load_gold, predicted_events, purity, recall
    from contrast.config import load_report
    from contrast.pipeline import analyse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    options = parser.parse_args()
    backends = {"lexical": None}
    if semantic.installed():
        backends["semantic"] = semantic.local_encoder()
    else:
        print(f"semantic backend not installed ({semantic.INSTALL_HINT}); measuring lexical only")
    rows = []
    for name, (folder, gold_path) in GOLDS.items():
        analysis = analyse(load_report(folder))
        gold = load_gold(gold_path)
        for backend, encoder in backends.items():
            start = time.perf_counter()
            origins = analysis.results.origins.get_column("origin").to_list()
            events = find_events(analysis.results.sentences, origins=origins, encoder=encoder)
            seconds = time.perf_counter() - start
            predicted = predicted_events(events)
            rows.append(
                {
                    "gold": name,
                    "backend": backend,
                    "recall": round(recall(gold, predicted), 3),
                    "purity": round(purity(gold, predicted), 3),
                    "events": len(predicted),
                    "gold_events": len(gold),
                    "seconds": round(seconds, 2),
                }
            )
    print(f"{'gold':24} {'backend':9} {'recall':>6} {'purity':>6} {'events':>6} {'gold':>5} {'seconds':>7}")
    for r in rows:
        print(f"{r['gold']:24} {r['backend']:9} {r['recall']:6.3f} {r['purity']:6.3f} {r['events']:6d} "
              f"{r['gold_events']:5d} {r['seconds']:7.2f}")
    if options.json:
        options.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
