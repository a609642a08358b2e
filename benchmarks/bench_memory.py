"""Peak memory of a build: the main process, and the main process with its workers.

A report of ``--sources`` real articles (AllSides, ``/work/shared/corpora/allsides``),
each cut or joined to ``--kb`` kilobytes, is built cold in a temporary folder by one
``contrast build --json`` process. While it runs, the resident memory of the process and
of each of its descendants (the PDF worker, the parser worker) is sampled every 50 ms;
the main process's own peak comes from the kernel (``VmHWM``), read just before it exits.

    .venv/bin/python benchmarks/bench_memory.py [--sources 200] [--kb 50] [--format pdf]

The issue that asked for it (17) measured 3.35 GB for 200 sources of 50 KB (10 MB of text).
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.reportkit import make_report  # noqa: E402

CORPUS = Path("/work/shared/corpora/allsides/allsides-10k.jsonl.gz")
ORIGINS = [
    {"id": "left", "label": "Left", "colour": "#1f5fa8", "description": "AllSides: left."},
    {"id": "center", "label": "Center", "colour": "#2e8b57", "description": "AllSides: center."},
    {"id": "right", "label": "Right", "colour": "#c0392b", "description": "AllSides: right."},
]
RUN = """
import sys
from contrast.cli import main
code = main(sys.argv[1:])
peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print("main-peak-kb", peak.split()[1], file=sys.stderr)
sys.exit(code)
"""


def articles(n: int, size: int) -> tuple[dict[str, str], dict[str, str]]:
    """``n`` texts of ``size`` bytes, each from consecutive articles of one AllSides bias, in file order."""
    by_bias: dict[str, list[str]] = {"left": [], "center": [], "right": []}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record.get("allsides") in by_bias and record.get("text"):
                by_bias[record["allsides"]].append(record["text"])
    texts: dict[str, str] = {}
    origin_of: dict[str, str] = {}
    cursor = {bias: 0 for bias in by_bias}
    for index in range(n):
        bias = ORIGINS[index % len(ORIGINS)]["id"]
        parts: list[str] = []
        while sum(len(p.encode()) + 2 for p in parts) < size:
            parts.append(by_bias[bias][cursor[bias] % len(by_bias[bias])])
            cursor[bias] += 1
        text = "\n\n".join(parts).encode()[:size].decode("utf-8", "ignore")
        source_id = f"doc-{index:04d}"
        texts[source_id] = text[: text.rfind(".") + 1] or text
        origin_of[source_id] = bias
    return texts, origin_of


def descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                status = (entry / "status").read_text()
            except OSError:
                continue
            parent = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("PPid:")), 0)
            children.setdefault(parent, []).append(int(entry.name))
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        found.append(current)
        pending.extend(children.get(current, []))
    return found


def rss_kb(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=200)
    parser.add_argument("--kb", type=int, default=50)
    parser.add_argument("--format", default="pdf")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        texts, origin_of = articles(options.sources, options.kb * 1000)
        root = make_report(Path(folder) / "report", texts, origins=ORIGINS, origin_of=origin_of)
        megabytes = sum(len(t.encode()) for t in texts.values()) / 1e6
        started = time.perf_counter()
        build = subprocess.Popen(
            [sys.executable, "-c", RUN, "build", str(root), "--json", "--format", options.format],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        peaks = {"tree": 0}
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                peaks["tree"] = max(peaks["tree"], sum(rss_kb(pid) for pid in descendants(build.pid)))
                time.sleep(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        out, err = build.communicate()
        done.set()
        sampler.join()
        wall = time.perf_counter() - started
        if build.returncode != 0:
            sys.exit(f"build failed ({build.returncode}): {err[-2000:]}")
        main_peak = int(next(line for line in err.splitlines() if line.startswith("main-peak-kb")).split()[1])
        timings = json.loads(out)["timings"]
        print(f"{options.sources} sources of {options.kb} KB ({megabytes:.1f} MB of text), --format {options.format}")
        print(f"  peak memory, main process:           {main_peak / 1024:,.0f} MB")
        print(f"  peak memory, main process + workers: {peaks['tree'] / 1024:,.0f} MB (sampled every 50 ms)")
        print(f"  wall time {wall:.1f} s; stages: " + ", ".join(f"{k} {v:.1f}" for k, v in timings.items()))


if __name__ == "__main__":
    main()
