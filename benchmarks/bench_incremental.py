"""Incremental builds: cold build, no-change rebuild and adding one source, on one 500-source report.

The report is built in a temporary folder (never committed). By default (``--corpus
allsides``) it holds the first N real articles of the AllSides corpus
(``benchmarks/realnews.py``) and article N+1 is the one added. ``--corpus synthetic``:
documents of 30 sentences from ``bench_alignment.synthetic_sentences`` — events reported
by about a dozen documents in different wordings, mixed with filler sentences of the
bundled reports' words drawn by their real frequency. (``bench_metrics``' recipe, whole
bundled sentences sampled into every document, would copy each sentence into ~30
sources: one giant event per sentence and a 160 MB events.json, nothing like a real report.)

Three builds run in sequence, each as its own ``contrast build --json`` process, the way
a script runs them:

1. cold: empty build folder, no cache;
2. no change: the same report again;
3. add one: ``contrast add`` copies one more document in (not timed), then build.

Each build's wall time includes starting Python and importing the libraries; the time
the build itself reports (``seconds`` in its JSON) is shown beside it, and the CPU time of
its whole process tree (``bench_scale.TreeSampler``: worker processes included), steadier
than wall time on a shared machine. Targets (issues 4 and 16): no-change ≤ 5 % and add-one
≤ 10 % of the cold build.

    .venv/bin/python benchmarks/bench_incremental.py [--corpus allsides|synthetic] [--sources 500]
        [--jobs N] [--json out.json] [--verify]

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

from benchmarks import realnews  # noqa: E402
from benchmarks.bench_alignment import ORIGINS, synthetic_sentences  # noqa: E402
from benchmarks.bench_scale import TreeSampler  # noqa: E402
from contrast.publish import MARKER  # noqa: E402
from tests.reportkit import make_report  # noqa: E402

NO_CHANGE_TARGET = 0.05
ADD_ONE_TARGET = 0.10
SENTENCES_PER_DOC = 30
COLOURS = ("#c0392b", "#1f5fa8", "#2e8b57", "#b8860b")


def write_real_report(root: Path, n_sources: int) -> tuple[Path, list[str]]:
    """The report of the first ``n_sources`` AllSides articles, and the next one kept aside for
    "add one" (its file, and the ``contrast add`` options that give it its manifest entry)."""
    chosen = realnews.articles(n_sources + 1)
    realnews.write_report(root, chosen[:-1], title="Incremental builds")
    extra = chosen[-1]
    path = root.parent / f"{extra.source_id}.txt"
    path.write_text(extra.text, encoding="utf-8")
    entry = realnews.source_entry(extra)
    options = ["--origin", extra.origin, "--id", extra.source_id]
    options += [f"--{field}={entry[field]}" for field in ("title", "outlet", "date", "url") if field in entry]
    return path, options


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


def contrast(*arguments: str, sampler: list[TreeSampler] | None = None) -> subprocess.CompletedProcess[str]:
    """``contrast ARGUMENTS`` as its own process; with ``sampler``, its process tree's CPU and
    memory are sampled (the sampler is appended to the list)."""
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    command = [sys.executable, "-m", "contrast", *arguments]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with TreeSampler(process.pid) as tree:
        stdout, stderr = process.communicate()
    if sampler is not None:
        sampler.append(tree)
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, command, stdout, stderr)
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def timed_build(root: Path, *extra: str) -> dict[str, object]:
    start = time.perf_counter()
    load = [round(v, 2) for v in os.getloadavg()]
    trees: list[TreeSampler] = []
    completed = contrast("build", str(root), "--json", *extra, sampler=trees)
    wall = time.perf_counter() - start
    summary = json.loads(completed.stdout)
    return {
        "wall_seconds": round(wall, 2),
        "cpu_seconds": round(trees[0].cpu_seconds, 1),
        "peak_tree_mb": round(trees[0].peak_kb / 1024),
        "load_before": load,
        "load_after": [round(v, 2) for v in os.getloadavg()],
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
    parser.add_argument("--corpus", choices=("allsides", "synthetic"), default="allsides")
    parser.add_argument("--sources", type=int, default=500)
    parser.add_argument("--jobs", type=int, default=None, help="contrast build --jobs (default: every core)")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--verify", action="store_true", help="check the result against a cold build of the final report")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="contrast-bench-") as tmp:
        root = Path(tmp) / "report"
        if args.corpus == "allsides":
            extra, add_options = write_real_report(root, args.sources)
        else:
            extra, add_options = write_report(root, args.sources), ["--origin", ORIGINS[0]]
        jobs = ["--jobs", str(args.jobs)] if args.jobs is not None else []
        cold = timed_build(root, *jobs)
        print(json.dumps({"cold": cold}), flush=True)
        unchanged = timed_build(root, *jobs)
        print(json.dumps({"no_change": unchanged}), flush=True)
        cold_final = Path(tmp) / "cold-final"
        if args.verify:  # the cold build compares with the same previous edition (its changes page)
            cold_final.mkdir()
            shutil.copy(root / "build" / "edition.json", cold_final / "edition.json")
            shutil.copy(root / "build" / MARKER, cold_final / MARKER)  # a folder contrast made: --out may write it
        contrast("add", str(root), str(extra), *add_options)
        added = timed_build(root, *jobs)
        print(json.dumps({"add_one": added}), flush=True)
        identical = None
        if args.verify:
            contrast("build", str(root), "--out", str(cold_final), "--quiet", *jobs)
            identical = outputs_of(root / "build") == outputs_of(cold_final)

    result = {
        "corpus": args.corpus,
        "sources": args.sources,
        "sentences_per_source": SENTENCES_PER_DOC if args.corpus == "synthetic" else None,
        "cold": cold,
        "no_change": unchanged,
        "add_one": added,
        "no_change_ratio": round(float(unchanged["wall_seconds"]) / float(cold["wall_seconds"]), 4),  # type: ignore[arg-type]
        "add_one_ratio": round(float(added["wall_seconds"]) / float(cold["wall_seconds"]), 4),  # type: ignore[arg-type]
        "no_change_cpu_ratio": round(float(unchanged["cpu_seconds"]) / float(cold["cpu_seconds"]), 4),  # type: ignore[arg-type]
        "add_one_cpu_ratio": round(float(added["cpu_seconds"]) / float(cold["cpu_seconds"]), 4),  # type: ignore[arg-type]
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
