"""Python source that, run first in a child interpreter, makes every network path fail.

Each attempt is recorded in the file named by ``$NETWORK_MARKER`` and raises, so a test
can assert both that the work succeeded and that nothing tried to go online.
"""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

NETWORK_TRAPS = textwrap.dedent(
    """
    import json, os, socket, sys, urllib.request

    MARKER = os.environ["NETWORK_MARKER"]

    def trap(name):
        def blocked(*args, **kwargs):
            with open(MARKER, "a", encoding="utf-8") as marker:
                marker.write(name + "\\n")
            raise RuntimeError("NETWORK ATTEMPT: " + name)
        return blocked

    socket.socket.connect = trap("socket.socket.connect")
    socket.socket.connect_ex = trap("socket.socket.connect_ex")
    socket.getaddrinfo = trap("socket.getaddrinfo")
    socket.create_connection = trap("socket.create_connection")
    urllib.request.urlopen = trap("urllib.request.urlopen")
    import nltk
    nltk.download = trap("nltk.download")
    """
)


def trapped_environment(folder: Path, *, marker: Path, repo: Path) -> dict[str, str]:
    """An environment in which every Python process starts with the traps installed.

    The traps go into a ``sitecustomize`` module on ``PYTHONPATH``, which each interpreter
    imports at start-up: the parser worker (``multiprocessing`` spawn) and the render worker
    (``python -m contrast.report.workers``) are trapped as well as the process a test starts.
    ``HOME``, the cache and ``NLTK_DATA`` are fresh and empty, as on a new machine.
    """
    site = folder / "trapped-site"
    site.mkdir(parents=True, exist_ok=True)
    (site / "sitecustomize.py").write_text(NETWORK_TRAPS, encoding="utf-8")
    (folder / "home").mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k not in {"NLTK_DATA", "XDG_CACHE_HOME", "CONTRAST_CACHE_DIR"}}
    env.update(
        HOME=str(folder / "home"),
        CONTRAST_CACHE_DIR=str(folder / "cache"),
        NLTK_DATA=str(folder / "no-nltk-data"),
        NETWORK_MARKER=str(marker),
        PYTHONPATH=os.pathsep.join(filter(None, [str(site), str(repo), env.get("PYTHONPATH")])),
    )
    return env
