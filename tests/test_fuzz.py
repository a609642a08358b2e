"""Property: whatever report.toml and the sources hold, the CLI exits 0 or 2 — never a traceback.

Hypothesis writes report folders a careless or hostile user could hand over: manifests with
a field replaced by any TOML value (strings with control characters, markup, long unbroken
runs; numbers, lists, tables), with bytes inserted or cut, nested thousands deep; sources of
arbitrary bytes, byte-order marks followed by anything, text in odd encodings. ``check``
(manifest and every source read) runs on each; ``sources`` (the whole analysis, no
rendering) on fewer; one full build renders the worst strings. An exit of 2 must come with
exactly one line, ``error: …``. Examples are derandomised so ``make test`` is repeatable
and bounded; ``CONTRAST_FUZZ_EXAMPLES=2000`` explores more.
"""

from __future__ import annotations

import codecs
import copy
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
import tomlkit
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contrast.cli import main
from tests.reportkit import CRITIC, EASY, ORIGINS, PRAISE

EXAMPLES = int(os.environ.get("CONTRAST_FUZZ_EXAMPLES", "0"))
FUZZ = settings(
    max_examples=EXAMPLES or 60,
    deadline=None,
    derandomize=EXAMPLES == 0,
    database=None,
    suppress_health_check=list(HealthCheck),
)

BASE: dict[str, Any] = {
    "title": "Fuzzed report",
    "subtitle": "Whatever a user may write",
    "edition": "2025-01-31",
    "language": "en",
    "audience": {"readers": "Analysts", "blind": False, "max_grade": 9},
    "lenses": {"loaded": {"label": ["rogue state"]}},
    "origins": ORIGINS,
    "sources": [
        {"id": "state-a", "path": "sources/state-a.txt", "title": "Praise", "outlet": "A", "date": "2025-01-01", "origin": "state"},
        {"id": "critic-b", "path": "sources/critic-b.txt", "title": "Critic", "outlet": "B", "date": "2025-01-02", "origin": "critical"},
    ],
}
TEXTS = {"sources/state-a.txt": ((PRAISE + EASY) * 3).encode(), "sources/critic-b.txt": ((CRITIC + EASY) * 3).encode()}

HOSTILE_STRINGS = [
    "Report [/x]", "[draft] [bold red]x[/]", "x \x1b[31mRED\x1b]0;title\x07", "a\u202eb", "\x00", "line\nbreak",
    "x" * 3000, "{{ 7*7 }}", "<img src=x onerror=alert(1)>", "", " ", "eu*", "*", "../../etc/passwd", "/abs",
    "sources/../report.toml", "sources/state-a.txt\x00.pdf", "2025-02-31", "2025-13-01", "0000", "é" * 400, "中文" * 200,
]
scalars = st.one_of(
    st.sampled_from(HOSTILE_STRINGS),
    st.text(max_size=60),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True),
    st.booleans(),
    st.dates(),
)
values = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=8
)


def _paths(document: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key path of the manifest, tables and array entries included."""
    found = [prefix] if prefix else []
    if isinstance(document, dict):
        for key, value in document.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            found += _paths(value, (*prefix, index))
    return found


PATHS = _paths(BASE)


def _replaced(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    document = copy.deepcopy(BASE)
    target: Any = document
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return document


def _dumps(document: dict[str, Any]) -> str:
    return tomlkit.dumps(document).replace('edition = "2025-01-31"', "edition = 2025-01-31")


@st.composite
def manifests(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["replace", "add", "splice", "nest"]))
    if kind in ("replace", "add"):
        path = draw(st.sampled_from(PATHS))
        if kind == "add":
            path = (*path[:-1], draw(st.text(min_size=1, max_size=10)))
        try:
            return _dumps(_replaced(path, draw(values))).encode("utf-8", "surrogatepass")
        except (TypeError, ValueError, KeyError, IndexError):
            return _dumps(BASE).encode()
    text = _dumps(BASE).encode()
    if kind == "splice":
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 40)))
        return text[:start] + draw(st.binary(max_size=40)) + text[end:]
    depth = draw(st.sampled_from([50, 5_000, 100_000]))
    opener, closer = draw(st.sampled_from([("[", "]"), ("{a=", "}")]))
    return text + b"\nx = " + opener.encode() * depth + b"1" + closer.encode() * depth + b"\n"


ENCODINGS = ["utf-8", "utf-16", "utf-16-le", "utf-32", "cp1252", "gb18030", "shift_jis", "koi8-r"]


@st.composite
def source_bytes(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["binary", "text", "bom", "good"]))
    if kind == "binary":
        return draw(st.binary(max_size=400))
    if kind == "bom":
        bom = draw(st.sampled_from([codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE]))
        return bom + draw(st.binary(max_size=200))
    if kind == "text":
        text = draw(st.text(min_size=0, max_size=300))
        return text.encode(draw(st.sampled_from(ENCODINGS)), errors="ignore")
    base = TEXTS["sources/state-a.txt"]
    at = draw(st.integers(0, len(base)))
    return base[:at] + draw(st.sampled_from([s.encode("utf-8", "surrogatepass") for s in HOSTILE_STRINGS])) + base[at:]


@st.composite
def readable_texts(draw: st.DrawFn) -> bytes:
    """A real article with hostile strings or any Unicode text spliced in, as UTF-8: it reads, and the analysis runs."""
    base = (TEXTS["sources/state-a.txt"] * 2).decode()
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(base)))
        base = base[:at] + draw(st.sampled_from(HOSTILE_STRINGS) | st.text(min_size=1, max_size=200)) + base[at:]
    return base.encode("utf-8", "surrogatepass")


def _write(root: Path, manifest: bytes, sources: dict[str, bytes]) -> None:
    (root / "sources").mkdir(parents=True)
    (root / "report.toml").write_bytes(manifest)
    for relative, data in sources.items():
        (root / relative).write_bytes(data)


def _assert_clean_exit(code: int, captured: pytest.CaptureFixture[str]) -> None:
    out, err = captured.readouterr()
    assert code in (0, 2), (code, err[-3000:])
    assert "Traceback" not in out + err, err[-3000:]
    if code == 2:
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), err


@FUZZ
@given(manifest=manifests(), first=source_bytes())
def test_check_never_fails_with_a_traceback(manifest: bytes, first: bytes, capfd: pytest.CaptureFixture[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "report"
        _write(root, manifest, {**TEXTS, "sources/state-a.txt": first})
        _assert_clean_exit(main(["check", str(root)]), capfd)
        assert sorted(p.name for p in root.iterdir()) == ["report.toml", "sources"]  # nothing written


TEXT_FIELDS = [
    path for path in PATHS
    if isinstance(path[-1], str) and path[-1] in ("title", "subtitle", "outlet", "readers", "label", "description")
]


@st.composite
def readable_manifests(draw: st.DrawFn) -> bytes:
    """Mostly valid manifests, a text field holding a hostile string: the analysis runs on them."""
    if draw(st.integers(0, 4)) == 0:
        return draw(manifests())
    value = draw(st.sampled_from(HOSTILE_STRINGS) | st.text(min_size=1, max_size=60))
    return _dumps(_replaced(draw(st.sampled_from(TEXT_FIELDS)), value)).encode("utf-8", "surrogatepass")


@settings(FUZZ, max_examples=max(EXAMPLES // 10, 12))
@given(manifest=readable_manifests(), first=source_bytes() | readable_texts() | readable_texts())
def test_the_whole_analysis_never_fails_with_a_traceback(
    manifest: bytes, first: bytes, capfd: pytest.CaptureFixture[str]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "report"
        _write(root, manifest, {**TEXTS, "sources/state-a.txt": first})
        _assert_clean_exit(main(["sources", str(root)]), capfd)


def test_a_build_of_the_worst_strings_exits_0_with_them_printed_inertly(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    hostile = {
        "title": "Report [/x] \x1b[31mRED " + "y" * 270,
        "subtitle": "[draft] " + "z" * 480,
        "sources": [
            {**BASE["sources"][0], "title": "x \x1b]0;pwned\x07 [bold]" + "w" * 250, "outlet": "[/]" + "o" * 190},
            {**BASE["sources"][1], "author": "\u202eevil", "url": "https://example.com/" + "u" * 1900},
        ],
    }
    root = tmp_path / "report"
    word = "x" * 30_000
    text = f" Everyone was happy and calm {word}. Critics warned that the {word} was a cynical and dishonest attempt."
    _write(root, _dumps({**BASE, **hostile}).encode(), {**TEXTS, "sources/state-a.txt": TEXTS["sources/state-a.txt"] + text.encode()})
    code = main(["build", str(root), "--format", "html", "--keep-going"])
    out, err = capfd.readouterr()
    assert code == 0, err
    assert "Report [/x]" in out and "[draft]" not in err
    assert "\x1b" not in out + err and "\u202e" not in out + err and "\x07" not in out + err
    html = (root / "build" / "briefing.html").read_text(encoding="utf-8")
    assert word in html  # HTML for screens shows it as written (the PDF's breaks: test_bounded)
