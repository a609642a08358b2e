"""A whole build runs with every network path made to fail: no downloads at run time."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import REPO
from tests.network import NETWORK_TRAPS
from tests.reportkit import make_report

CHILD = NETWORK_TRAPS + textwrap.dedent(
    """
    from contrast.cli import main
    sys.exit(main(["build", sys.argv[1], "--quiet"]))
    """
)


def test_build_succeeds_with_all_network_access_failing(tmp_path: Path) -> None:
    root = make_report(tmp_path / "report")
    marker = tmp_path / "network-attempts.txt"
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in {"NLTK_DATA", "XDG_CACHE_HOME", "CONTRAST_CACHE_DIR"}}
    env.update(
        HOME=str(home),
        CONTRAST_CACHE_DIR=str(tmp_path / "cache"),
        NLTK_DATA=str(tmp_path / "no-nltk-data"),
        NETWORK_MARKER=str(marker),
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")])),
    )
    completed = subprocess.run(
        [sys.executable, "-c", CHILD, str(root)], env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert not marker.exists(), marker.read_text()
    assert completed.returncode == 0, completed.stderr
    assert (root / "build" / "briefing.pdf").read_bytes().startswith(b"%PDF")
