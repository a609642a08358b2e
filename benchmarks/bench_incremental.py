"""Incremental builds: cold build, no-change rebuild and adding one source, on one 500-source report.

The report is synthetic and built in a temporary folder: documents of 30 sentences from
``bench_alignment.synthetic_sentences`` — events reported by about a dozen documents in
different wordings, mixed with filler sentences of the bundled reports' words drawn by
their real frequency. (``bench_metrics``' recipe, whole bundled sentences sampled into
every document, would copy each sentence into ~30 sources: one giant event per
sentence and a 160 MB events.json, nothing like a real report.)

Three builds run in sequence, each as its own ``contrast build --json`` process, the way
a script runs them:

1. cold: empty build folder, no cache;
2. no change: the same report again;
3. add one: ``contrast add`` copies one more document in (not timed), then build.

Each build's wall time includes starting Python and importing the libraries; the time
the build itself reports (``seconds`` in its JSON) is shown beside it. Targets (issue 4):
no-change ≤ 5 % and add-one ≤ 10 % of the cold build, wall time.

    .venv/bin/python benchmarks/bench_incremental.py [--sources 500] [--json out.json] [--verify]

``--verify`` also cold-builds the final report into a second folder (seeded with the same
previous ``edition.json``, so both have the same changes page) and checks that the
incremental build's outputs are byte-identical to it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.bench_alignment import ORIGINS, synthetic_sentences  # noqa: E402
from contrast.publish import MARKER  # noqa: E402
from tests.reportkit import make_report  # noqa: E402

NO_CHANGE_TARGET = 0.05
ADD_ONE_TARGET = 0.10
SENTENCES_PER_DOC = 30
COLOURS = ("#c0392b", "#1f5fa8", "#2e8b57", "#b8860b")


def write_report(root: Path, n_sources: int) -> Path:
    """The report with ``n_sources`` documents, and one more document kept aside for "add one"."""
    texts, origin_of = synthetic_sentences(n_sources + 1, sentences_per_doc=SENTENCES_PER_DOC)
    extra_id = sorted(texts)[-1]
    extra = root.parent / f"{extra_id}.txt"
    extra.write_text(texts.pop(extra_id), encoding="utf-8")
    origins = [
        {"id": origin, "label": origin.replace("-", " ").title(), "colour": colour, "description": f"Synthetic {origin}."}
        for origin, colour in zip(ORIGINS, COLOURS, strict=True)
    ]
    make_report(root, texts, origins=origins, origin_of=origin_of)
    return extra


def contrast(*arguments: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "contrast", *arguments], env=env, capture_output=True, text=True, check=True
    )


def timed_build(root: Path, *extra: str) -> dict[str, object]:
    start = time.perf_counter()
    completed = contrast("build", str(root), "--json", *extra)
    wall = time.perf_counter() - start
    summary = json.loads(completed.stdout)
    return {
        "wall_seconds": round(wall, 2),
        "build_seconds": summary["seconds"],
        "timings": summary["timings"],
        "cache": summary["cache"],
        "written": len(summary["written"]),
    }


def outputs_of(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".cache" not in p.relative_to(folder).parts
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=500)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--verify", action="store_true", help="check the result against a cold build of the final report")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="contrast-bench-") as tmp:
        root = Path(tmp) / "report"
        extra = write_report(root, args.sources)
        cold = timed_build(root)
        print(json.dumps({"cold": cold}), flush=True)
        unchanged = timed_build(root)
        print(json.dumps({"no_change": unchanged}), flush=True)
        cold_final = Path(tmp) / "cold-final"
        if args.verify:  # the cold build compares with the same previous edition (its changes page)
            cold_final.mkdir()
            shutil.copy(root / "build" / "edition.json", cold_final / "edition.json")
            shutil.copy(root / "build" / MARKER, cold_final / MARKER)  # a folder contrast made: --out may write it
        contrast("add", str(root), str(extra), "--origin", ORIGINS[0])
        added = timed_build(root)
        print(json.dumps({"add_one": added}), flush=True)
        identical = None
        if args.verify:
            contrast("build", str(root), "--out", str(cold_final), "--quiet")
            identical = outputs_of(root / "build") == outputs_of(cold_final)

    result = {
        "sources": args.sources,
        "sentences_per_source": SENTENCES_PER_DOC,
        "cold": cold,
        "no_change": unchanged,
        "add_one": added,
        "no_change_ratio": round(float(unchanged["wall_seconds"]) / float(cold["wall_seconds"]), 4),  # type: ignore[arg-type]
        "add_one_ratio": round(float(added["wall_seconds"]) / float(cold["wall_seconds"]), 4),  # type: ignore[arg-type]
        "no_change_ratio_in_build": round(float(unchanged["build_seconds"]) / float(cold["build_seconds"]), 4),  # type: ignore[arg-type]
        "add_one_ratio_in_build": round(float(added["build_seconds"]) / float(cold["build_seconds"]), 4),  # type: ignore[arg-type]
        "targets": {"no_change": NO_CHANGE_TARGET, "add_one": ADD_ONE_TARGET},
        "identical_to_cold_build": identical,
    }
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    ok = result["no_change_ratio"] <= NO_CHANGE_TARGET and result["add_one_ratio"] <= ADD_ONE_TARGET
    return 0 if ok and identical is not False else 1


if __name__ == "__main__":
    sys.exit(main())
