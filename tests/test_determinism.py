"""Same inputs, same bytes — data files and the PDF — whatever the hash seed or the clock."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO, SOFT_POWER

OUTPUTS = (
    "briefing.pdf", "handout.pdf", "teacher-key.pdf", "briefing.html", "handout.html", "teacher-key.html",
    "sentences.parquet", "sources.csv", "origins.csv", "events.json",
    "edition.json", "clean/cctv-soft-power-index.txt",
    "lenses/distinctive.csv", "lenses/attribution.csv", "lenses/naming.csv", "lenses/cues.csv",
)


def _build(root: Path, out: Path, seed: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    env["PYTHONHASHSEED"] = seed
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    subprocess.run(
        [sys.executable, "-m", "contrast", "build", str(root), "--out", str(out), "--quiet", "--format", "both"],
        env=env, check=True, capture_output=True, timeout=300,
    )


def test_outputs_are_byte_identical_across_hash_seeds(tmp_path: Path, bundled_builds) -> None:
    """A build in a fresh process with hash seed 1 (2 if this worker runs with seed 1) and the worker's own
    build of the same report (``conftest.bundled_builds``: another hash seed, and the clock of this
    environment) write the same bytes."""
    root = tmp_path / "report"
    shutil.copytree(SOFT_POWER, root, ignore=shutil.ignore_patterns("build"))
    _build(root, tmp_path / "one", "1" if os.environ.get("PYTHONHASHSEED") != "1" else "2")
    here = bundled_builds["soft-power"].analysis.report.root / "build"
    for name in OUTPUTS:
        assert (tmp_path / "one" / name).read_bytes() == (here / name).read_bytes(), name
