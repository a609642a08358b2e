"""Incremental builds of a real-article report: no change, and one source added, against a cold build.

The report holds the first N articles of the AllSides corpus (``benchmarks/realnews.py``,
default 500), written into a temporary folder (never committed). Each build is its own
``contrast build --json`` process (``bench_scale.timed_build``), in this order, into one
output folder:

1. cold: an empty output folder, no cache;
2. no change: the same report again (every output is current: nothing is rendered or written);
3. one source added: article N+1 appended to the report (its file and its manifest entry);
4. a cold build of those N+1 sources into a second, empty folder, whose outputs the
   incremental build's must equal byte for byte.

Printed per build: wall and CPU seconds (the whole process tree: see ``bench_scale.TreeSampler``), peak
memory and the stages the build timed, and the load average before and after. The ratios
compare CPU seconds (steadier than wall time on a shared machine) and wall seconds, each
against the cold build of the same run.

    .venv/bin/python benchmarks/bench_incremental.py [--sources 500] [--jobs N] [--json out.json]

Targets (issue 16): adding one source to a 500-source report costs at most 10 % of a cold
build; a rebuild with nothing changed at most 5 %.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.bench_scale import check_code, outputs_of, timed_build  # noqa: E402
from benchmarks.realnews import articles, write_report  # noqa: E402

ADD_ONE_TARGET = 0.10
NO_CHANGE_TARGET = 0.05


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=500)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    check_code(REPO)
    corpus = articles(args.sources + 1)
    options = ["--jobs", str(args.jobs)]
    rows: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory(prefix="contrast-incremental-") as tmp:
        root = Path(tmp)
        report, out = root / "report", root / "out"
        write_report(report, corpus[: args.sources], title="Incremental builds")
        for name in ("cold", "no_change"):
            rows[name] = timed_build(REPO, report, out, options, [], keep=name != "cold")
            print(json.dumps({"build": name, **rows[name]}), flush=True)
        write_report(report, corpus, title="Incremental builds")
        rows["add_one"] = timed_build(REPO, report, out, options, [], keep=True)
        print(json.dumps({"build": "add_one", **rows["add_one"]}), flush=True)
        fresh = root / "fresh"
        rows["cold_plus_one"] = timed_build(REPO, report, fresh, options, [])
        print(json.dumps({"build": "cold_plus_one", **rows["cold_plus_one"]}), flush=True)
        identical = outputs_of(out) == outputs_of(fresh)

    def ratio(name: str, measure: str) -> float:
        return round(float(rows[name][measure]) / float(rows["cold"][measure]), 3)  # type: ignore[arg-type]

    summary = {
        "sources": args.sources,
        "jobs": args.jobs,
        "add_one_cpu_ratio": ratio("add_one", "cpu_seconds"),
        "add_one_wall_ratio": ratio("add_one", "wall_seconds"),
        "add_one_target": ADD_ONE_TARGET,
        "no_change_cpu_ratio": ratio("no_change", "cpu_seconds"),
        "no_change_wall_ratio": ratio("no_change", "wall_seconds"),
        "no_change_target": NO_CHANGE_TARGET,
        "add_one_identical_to_cold": identical,
    }
    print(json.dumps(summary, indent=2))
    if args.json:
        args.json.write_text(json.dumps({"builds": rows, "summary": summary}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
