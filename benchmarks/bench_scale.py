"""Cold builds of real-article reports of 500, 2,000 and 10,000 sources: wall, CPU, memory, stages.

Each report holds the first N articles of the AllSides corpus (``benchmarks/realnews.py``),
written into a temporary folder (never committed). Each build is its own
``contrast build --json`` process into an empty output folder (no cache), the way a
script runs it, in one of these modes:

- ``today``: the code of ``--baseline REV`` (exported with ``git archive`` into the
  temporary folder), run by the same interpreter — the figure to beat, measured in the
  same run;
- ``serial``: this code with ``--jobs 1``;
- ``local``: this code with ``--jobs`` = every core (the default);
- ``cluster``: this code with ``--scheduler`` pointing at a 2-worker ``LocalCluster``
  of processes started by this script (needs the ``dask`` extra).

Printed per build: wall seconds; CPU seconds of the build's process tree (the larger of
``RUSAGE_CHILDREN`` — every process it waited for — and the CPU of every process of its tree
sampled from /proc, which also catches the local pool's workers; for ``cluster`` the workers'
CPU is added from /proc); peak
memory, both of the largest single process (``ru_maxrss``) and of the build's whole
process tree (sampled every 0.2 s from /proc, Linux only); the stage timings the build
reports; and whether its outputs are byte-identical to the first build of this code at
that size. The machine's load average before and after each build is printed too: on a
shared machine wall time depends on it, CPU time much less.

    .venv/bin/python benchmarks/bench_scale.py [--sizes 500,2000,10000]
        [--modes today,serial,local,cluster] [--baseline 7d38bba] [--json out.json]

Targets (issue 16): the cold build of 2,000 articles at least 5x faster than ``today``;
10,000 at most 5.5x the 2,000 time; peak memory at most 4 GB at 10,000; the cluster's
outputs byte-identical to the local build's.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.realnews import articles, write_report  # noqa: E402

SPEEDUP_TARGET = 5.0
LINEAR_TARGET = 5.5
MEMORY_TARGET_MB = 4096
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def tree_pids(root: int) -> list[int]:
    """``root`` and every process under it (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, ()))
    return found


def rss_kb(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
                total += int(statm.read().split()[1]) * PAGE_KB
        except (OSError, IndexError, ValueError):
            continue
    return total


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU of these live processes (and their reaped children)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            total += sum(int(v) for v in fields[11:15])
        except (OSError, IndexError, ValueError):
            continue
    return total / ticks


def own_cpu_ticks(pid: int) -> int | None:
    """User + system CPU ticks of the process itself (not its reaped children), None once it is gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, IndexError, ValueError):
        return None


class TreeSampler:
    """Peak resident memory of a process tree, and the CPU of every process seen in the build's
    tree, sampled in a thread.

    The CPU is needed because ``RUSAGE_CHILDREN`` misses processes nobody waits for: the local
    pool's workers are children of multiprocessing's fork server, which the build process
    leaves to exit on its own, so their CPU never reaches the build's rusage. Each process's
    own ticks are read every 0.2 s and the last reading kept (a process's final 0.2 s is lost).
    """

    def __init__(self, pid: int, extra: list[int] | None = None) -> None:
        self.pid, self.extra, self.peak_kb = pid, extra or [], 0
        self.ticks: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @property
    def cpu_seconds(self) -> float:
        return sum(self.ticks.values()) / os.sysconf("SC_CLK_TCK")

    def _run(self) -> None:
        while not self._stop.is_set():
            own = tree_pids(self.pid)
            for pid in own:
                ticks = own_cpu_ticks(pid)
                if ticks is not None:
                    self.ticks[pid] = max(ticks, self.ticks.get(pid, 0))
            pids = own + [p for e in self.extra for p in tree_pids(e)]
            self.peak_kb = max(self.peak_kb, rss_kb(pids))
            self._stop.wait(0.2)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


LAUNCH = (
    "import runpy, sys\n"
    "sys.path[:] = [p for p in sys.path if p not in ('', '.')]\n"
    "sys.meta_path[:] = [f for f in sys.meta_path if not type(f).__module__.startswith('__editable__')\n"
    "                    and not getattr(f, '__module__', '').startswith('__editable__')]\n"
    "sys.argv[0] = 'contrast'\n"
    "runpy.run_module('contrast', run_name='__main__', alter_sys=True)\n"
)
"""``python -m contrast`` from the code on PYTHONPATH: the editable install's import hook,
which would otherwise win over PYTHONPATH, is removed first."""


def environment(code: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("SOURCE_DATE_EPOCH", "PYTHONPATH")}
    env["PYTHONPATH"] = str(code)
    return env


def check_code(code: Path) -> None:
    """The interpreter must import ``contrast`` from ``code`` (PYTHONPATH before the editable install)."""
    found = subprocess.run(
        [sys.executable, "-c", LAUNCH.split("sys.argv")[0] + "import contrast, pathlib; print(pathlib.Path(contrast.__file__).resolve())"],
        env=environment(code), capture_output=True, text=True, check=True, cwd="/",
    ).stdout.strip()
    if not found.startswith(str(code.resolve())):
        raise SystemExit(f"{code}: the interpreter imports contrast from {found}")


def export_baseline(revision: str, into: Path) -> Path:
    """The tree of ``revision`` in ``into`` (``git archive``: no checkout of this worktree changes)."""
    into.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(REPO), "archive", revision], capture_output=True, check=True).stdout
    tar_path = into / "tree.tar"
    tar_path.write_bytes(archive)
    with tarfile.open(tar_path) as tar:
        tar.extractall(into, filter="data")
    tar_path.unlink()
    return into


def load_average() -> list[float]:
    return [round(v, 2) for v in os.getloadavg()]


def timed_build(
    code: Path, report: Path, out: Path, options: list[str], cluster_pids: list[int], *, keep: bool = False
) -> dict[str, object]:
    """One build as its own process: wall, CPU, memory, the build's own timings; cold (``out``
    emptied first) unless ``keep``."""
    if out.exists() and not keep:
        shutil.rmtree(out)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    cluster_before = cpu_seconds([p for c in cluster_pids for p in tree_pids(c)])
    load_before = load_average()
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", LAUNCH, "build", str(report), "--out", str(out), "--json", *options],
        env=environment(code), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd="/",
    )
    with TreeSampler(process.pid, cluster_pids) as sampler:
        stdout, stderr = process.communicate()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cluster_cpu = cpu_seconds([p for c in cluster_pids for p in tree_pids(c)]) - cluster_before
    if process.returncode != 0:
        raise SystemExit(f"build failed ({process.returncode}): {stderr[-3000:]}")
    summary = json.loads(stdout)
    waited = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    cpu = max(waited, sampler.cpu_seconds) + cluster_cpu
    return {
        "wall_seconds": round(wall, 1),
        "cpu_seconds": round(cpu, 1),
        "cpu_seconds_waited": round(waited, 1),
        "cpu_seconds_sampled": round(sampler.cpu_seconds, 1),
        "cluster_cpu_seconds": round(cluster_cpu, 1) if cluster_pids else None,
        "peak_process_mb": round(after.ru_maxrss / 1024),
        "peak_tree_mb": round(sampler.peak_kb / 1024),
        "build_seconds": summary["seconds"],
        "stages": {stage: round(seconds, 1) for stage, seconds in summary["timings"].items()},
        "load_before": load_before,
        "load_after": load_average(),
    }


def peak_per_thousand_sources(process_mb: int, tree_mb: int, sources: int) -> dict[str, int]:
    """Peak memory scaled to 1,000 sources (issue 17 asks for it), so runs of different sizes read on one scale.

    It is a straight proportion, which is what a build whose memory grows linearly with its sources would give;
    comparing the figure across sizes shows whether it does."""
    return {
        "peak_process_mb_per_1000_sources": round(process_mb * 1000 / sources),
        "peak_tree_mb_per_1000_sources": round(tree_mb * 1000 / sources),
    }


def outputs_of(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".cache" not in p.relative_to(folder).parts
    }


class Cluster:
    """A 2-worker LocalCluster of processes in its own Python process (so its CPU can be read)."""

    SCRIPT = (
        "import sys, time\n"
        "from distributed import LocalCluster\n"
        "cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)\n"
        "print(cluster.scheduler_address, flush=True)\n"
        "sys.stdin.read()\n"
        "cluster.close()\n"
    )

    def __enter__(self) -> Cluster:
        self.process = subprocess.Popen(
            [sys.executable, "-c", self.SCRIPT], env=environment(REPO), stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True,
        )
        assert self.process.stdout is not None
        self.address = self.process.stdout.readline().strip()
        if not self.address.startswith("tcp://"):
            raise SystemExit("the LocalCluster did not start (is the dask extra installed?)")
        return self

    def __exit__(self, *exc: object) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=60)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,2000,10000")
    parser.add_argument("--modes", default="today,serial,local,cluster")
    parser.add_argument("--baseline", default="7d38bba", help="the revision 'today' builds (default: main before issue 16)")
    parser.add_argument("--today-sizes", default="2000", help="sizes the baseline builds (it is slow)")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    modes = args.modes.split(",")
    today_sizes = {int(s) for s in args.today_sizes.split(",")}
    cores = os.cpu_count() or 1

    results: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="contrast-scale-") as tmp:
        root = Path(tmp)
        baseline = export_baseline(args.baseline, root / "baseline") if "today" in modes else None
        for code in (REPO, baseline):
            if code is not None:
                check_code(code)
        corpus = articles(max(sizes))
        for size in sizes:
            report = write_report(root / f"report-{size}", corpus[:size])
            reference: dict[str, bytes] | None = None
            for mode in modes:
                if mode == "today" and (baseline is None or size not in today_sizes):
                    continue
                out = root / f"out-{size}-{mode}"
                options = {"today": [], "serial": ["--jobs", "1"], "local": ["--jobs", str(cores)], "cluster": []}[mode]
                code = baseline if mode == "today" else REPO
                assert code is not None
                if mode == "cluster":
                    with Cluster() as cluster:
                        row = timed_build(code, report, out, ["--scheduler", cluster.address], [cluster.process.pid])
                else:
                    row = timed_build(code, report, out, options, [])
                row = {"sources": size, "mode": mode, "jobs": options[1] if options else None, **row}
                row.update(peak_per_thousand_sources(row["peak_process_mb"], row["peak_tree_mb"], size))
                if mode != "today":
                    outputs = outputs_of(out)
                    if reference is None:
                        reference = outputs
                    row["identical_to_first_build"] = outputs == reference
                shutil.rmtree(out)
                results.append(row)
                print(json.dumps(row), flush=True)
            shutil.rmtree(report)

    summary = summarise(results)
    print(json.dumps(summary, indent=2))
    if args.json:
        args.json.write_text(json.dumps({"builds": results, "summary": summary}, indent=2) + "\n", encoding="utf-8")
    return 0


def summarise(results: list[dict[str, object]]) -> dict[str, object]:
    """The targets' ratios from the builds measured."""

    def wall(size: int, mode: str) -> float | None:
        for row in results:
            if row["sources"] == size and row["mode"] == mode:
                return float(row["wall_seconds"])  # type: ignore[arg-type]
        return None

    summary: dict[str, object] = {}
    today, best = wall(2000, "today"), min(filter(None, (wall(2000, m) for m in ("local", "cluster", "serial"))), default=None)
    if today and best:
        summary["speedup_2000_vs_today"] = round(today / best, 2)
        summary["speedup_target"] = SPEEDUP_TARGET
    for mode in ("serial", "local", "cluster"):
        small, large = wall(2000, mode), wall(10000, mode)
        if small and large:
            summary[f"growth_10000_over_2000_{mode}"] = round(large / small, 2)
    summary["linear_target"] = LINEAR_TARGET
    peaks = [row["peak_tree_mb"] for row in results if row["sources"] == 10000 and row["mode"] != "today"]
    if peaks:
        summary["peak_tree_mb_10000"] = max(peaks)  # type: ignore[type-var]
        summary["memory_target_mb"] = MEMORY_TARGET_MB
    summary["all_identical"] = all(row.get("identical_to_first_build", True) for row in results)
    return summary


if __name__ == "__main__":
    sys.exit(main())
