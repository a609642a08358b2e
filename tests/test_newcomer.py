"""The README's "First report in three commands", run as written against a local web server.

The commands come from the README itself; only the articles' hosts are replaced by a
local server that serves saved copies of the three pages (``tests/data/html/articles``)
under the paths of their real URLs. ``init`` and ``add`` run in this process (``add`` is
the one command allowed online); ``build`` runs in a child interpreter whose every
process — the parser and render workers too — has its network calls made to fail and
recorded, so the test shows both that a first report comes out and that building it
never opened a socket.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path
from urllib.parse import urlsplit

import pypdfium2
import pytest

from contrast.cli import main
from contrast.fetch import is_url
from tests.conftest import REPO
from tests.network import trapped_environment
from tests.webserver import Page, serve

pytestmark = pytest.mark.usefixtures("no_proxy")
ARTICLES = REPO / "tests" / "data" / "html" / "articles"
SECTION = "## First report in three commands"


def readme_commands() -> list[list[str]]:
    """The command lines of the README section's first ``sh`` block."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index(SECTION):]
    block = re.search(r"```sh\n(.*?)```", section, re.DOTALL)
    assert block is not None
    return [shlex.split(line) for line in block.group(1).splitlines() if line.strip()]


def saved_copy(url: str) -> bytes:
    """The saved page of ``url``: the file named after its last path segment."""
    last = Path(urlsplit(url).path).stem
    (match,) = [p for p in ARTICLES.glob("*.html") if p.stem.endswith(last)]
    return match.read_bytes()


def test_the_readme_uses_only_init_add_and_build_of_web_pages() -> None:
    commands = readme_commands()
    assert [c[:2] for c in commands] == [["contrast", "init"]] + [["contrast", "add"]] * 3 + [["contrast", "build"]]
    urls = [arg for c in commands for arg in c if is_url(arg)]
    assert len(urls) == 3 and all(saved_copy(url) for url in urls)


def test_three_urls_give_a_briefing_with_the_readme_commands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    commands = readme_commands()
    urls = [arg for c in commands for arg in c if is_url(arg)]
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    routes = {urlsplit(url).path: Page(saved_copy(url)) for url in urls}
    with serve(routes) as server:
        local = {url: server.url(urlsplit(url).path) for url in urls}
        for command in commands[:-1]:
            assert main([local.get(arg, arg) for arg in command[1:]]) == 0, capsys.readouterr().err
        assert len(server.requests) == 3
    printed = capsys.readouterr().out
    assert "Next:" in printed and "contrast add trade-war" in printed and "contrast build trade-war" in printed

    report = work / "trade-war"
    manifest = tomllib.loads((report / "report.toml").read_text(encoding="utf-8"))
    sources = manifest["sources"]
    assert [s["origin"] for s in sources] == ["chinese-state-media", "western-left", "western-center"]
    assert [s["url"] for s in sources] == list(local.values())
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", s["retrieved"]) for s in sources)
    assert [s["title"] for s in sources] == [
        "China levies its own tariffs in self-defense",
        "China retaliates with tariffs after US begins trade war",
        "China hits back after US imposes tariffs worth $34bn",
    ]
    assert all((report / s["path"]).read_bytes() == saved_copy(url) for s, url in zip(sources, urls, strict=True))

    marker = tmp_path / "network-attempts.txt"
    env = trapped_environment(tmp_path, marker=marker, repo=REPO)
    build = subprocess.run(
        [sys.executable, "-m", "contrast", *commands[-1][1:]],
        cwd=work, env=env, capture_output=True, text=True, timeout=600, check=False,
    )
    assert not marker.exists(), f"the build tried the network: {marker.read_text()}"
    assert build.returncode == 0, build.stderr
    assert "Outputs are in trade-war/build/" in build.stdout
    assert "Open the briefing: xdg-open trade-war/build/briefing.pdf" in build.stdout or sys.platform != "linux"
    assert "warning:" not in build.stderr

    pdf = pypdfium2.PdfDocument(report / "build" / "briefing.pdf")
    text = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert all(title in text for title in ("China levies its own tariffs", "China retaliates with tariffs", "China hits back after US"))
    assert "Retrieved" in text
