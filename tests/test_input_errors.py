"""Every input error is one line and exit code 2, with nothing written; the terminal stays inert.

The cases are the ones a hostile-input campaign found ending in a traceback (exit 1): each
is made here, run through the CLI, and must give exactly one line ``error: …`` naming the
file and the problem. Strings from the manifest are printed as written (no rich markup)
and without control characters.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from contrast.cli import main
from tests.reportkit import make_report


def one_error_line(capfd: pytest.CaptureFixture[str]) -> str:
    captured = capfd.readouterr()
    assert "Traceback" not in captured.err
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("error: ")
    return lines[0]


def _manifest(root: Path, old: str, new: str) -> None:
    path = root / "report.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _source(root: Path, data: bytes) -> None:
    (root / "sources" / "state-a.txt").write_bytes(data)


def _bom_then_invalid_byte(root: Path) -> None:
    _source(root, b"\xef\xbb\xbfHello.\xff")


def _utf16_odd_bytes(root: Path) -> None:
    _source(root, b"\xff\xfeH\x00i\x00!")


def _nested_arrays(root: Path) -> None:
    with (root / "report.toml").open("a", encoding="utf-8") as handle:
        handle.write("x = " + "[" * 100_000 + "]" * 100_000 + "\n")


def _nested_inline_tables(root: Path) -> None:
    with (root / "report.toml").open("a", encoding="utf-8") as handle:
        handle.write("x = " + "{a=" * 5_000 + "1" + "}" * 5_000 + "\n")


def _nul_in_path(root: Path) -> None:
    _manifest(root, 'path = "sources/state-a.txt"', 'path = "sources/state\\u0000a.txt"')


def _link_loop(root: Path) -> None:
    (root / "sources" / "loop.txt").symlink_to("loop.txt")
    _manifest(root, 'path = "sources/state-a.txt"', 'path = "sources/loop.txt"')


def _short_wildcard(root: Path) -> None:
    _manifest(root, "[[origins]]", '[lenses.loaded]\nlabel = ["eu*"]\n\n[[origins]]')


def _manifest_links_outside(root: Path) -> None:
    outside = root.parent / "elsewhere.toml"
    (root / "report.toml").rename(outside)
    (root / "report.toml").symlink_to(outside)


def _impossible_date(root: Path) -> None:
    _manifest(root, 'date = "2025-01-01"', 'date = "2025-02-31"')


def _fifo_source(root: Path) -> None:
    (root / "sources" / "state-a.txt").unlink()
    os.mkfifo(root / "sources" / "state-a.txt")


def _folder_source(root: Path) -> None:
    (root / "sources" / "state-a.txt").unlink()
    (root / "sources" / "state-a.txt").mkdir()


def _huge_title(root: Path) -> None:
    _manifest(root, 'title = "Test report"', 'title = "' + "T" * 1_000_000 + '"')


CASES: dict[str, tuple[Callable[[Path], None], str]] = {
    "bom-then-invalid-byte": (_bom_then_invalid_byte, "byte-order mark but is not valid UTF-8"),
    "utf16-odd-byte-count": (_utf16_odd_bytes, "byte-order mark but is not valid UTF-16"),
    "100000-nested-arrays": (_nested_arrays, "nested too deeply"),
    "5000-nested-inline-tables": (_nested_inline_tables, "nested too deeply"),
    "nul-in-a-path": (_nul_in_path, "field 'path': must not contain control characters"),
    "a-source-that-links-to-itself": (_link_loop, "a link that leads to itself"),
    "a-wildcard-cue-too-short": (_short_wildcard, "'eu*': a wildcard needs at least three letters"),
    "report-toml-links-outside": (_manifest_links_outside, "a link to a file outside the report folder"),
    "an-impossible-date": (_impossible_date, "'2025-02-31' is not a date in the calendar"),
    "a-pipe-as-a-source": (_fifo_source, "is not a regular file"),
    "a-folder-as-a-source": (_folder_source, "is a folder, not a file"),
    "a-1-MB-title": (_huge_title, "field 'title': string should have at most 300 characters"),
}


@pytest.mark.parametrize("command", ["check", "build"])
@pytest.mark.parametrize("case", list(CASES))
def test_an_input_error_is_one_line_exit_2_and_nothing_written(
    tmp_path: Path, case: str, command: str, capfd: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path / "report")
    make, expected = CASES[case]
    make(root)
    assert main([command, str(root), *(["--quiet"] if command == "build" else [])]) == 2
    line = one_error_line(capfd)
    assert expected in line, line
    assert not (root / "build").exists()


def test_add_refuses_an_undecodable_file_in_one_line_and_changes_nothing(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path / "report")
    before = (root / "report.toml").read_bytes()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xef\xbb\xbfHello.\xff")
    assert main(["add", str(root), str(bad), "--origin", "state"]) == 2
    assert "not valid UTF-8" in one_error_line(capfd)
    assert (root / "report.toml").read_bytes() == before and not (root / "sources" / "bad.txt").exists()


def test_keep_going_skips_a_source_whatever_makes_it_unreadable(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    root = make_report(tmp_path / "report", {"state-a": "x", "critic-b": "The plan failed badly. " * 20, "state-c": "y"})
    (root / "sources" / "state-a.txt").write_bytes(b"\xef\xbb\xbfHello.\xff")
    (root / "sources" / "state-c.txt").write_bytes(b"\xff\xfeH\x00i\x00!")
    assert main(["build", str(root), "--quiet", "--format", "html", "--keep-going"]) == 0
    assert "Traceback" not in capfd.readouterr().err
    assert (root / "build" / "briefing.html").is_file()


# --- a folder that cannot be written ------------------------------------------------------


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[Callable[[Path], None]]:
    """Bind-mount a folder over itself read-only (root only: permissions do not stop root)."""
    if os.geteuid() != 0:
        pytest.skip("a read-only mount needs root")
    mounted: list[Path] = []

    def mount(folder: Path) -> None:
        for args in (["--bind", str(folder), str(folder)], ["-o", "remount,bind,ro", str(folder)]):
            if subprocess.run(["mount", *args], capture_output=True).returncode:
                pytest.skip("cannot make a read-only mount here")
        mounted.append(folder)

    yield mount
    for folder in reversed(mounted):
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.mark.parametrize("where", ["output folder", "report folder"])
def test_a_read_only_folder_is_one_line_before_any_work(
    tmp_path: Path, where: str, read_only: Callable[[Path], None], capfd: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path / "report")
    out = tmp_path / "out"
    out.mkdir()
    read_only(out if where == "output folder" else root)
    assert main(["build", str(root), "--quiet", *(["--out", str(out)] if where == "output folder" else [])]) == 2
    line = one_error_line(capfd)
    assert "read-only file system" in line


# --- inert terminal output ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "shown"),
    [("Report [/x]", "Report [/x]"), ("Report [draft]", "Report [draft]"), ("x \\u001b[31mRED\\u0007", "x [31mRED")],
)
def test_sources_prints_manifest_strings_as_written_without_control_characters(
    tmp_path: Path, title: str, shown: str, capfd: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path / "report")
    _manifest(root, 'title = "Test report"', f'title = "{title}"')
    _manifest(root, 'label = "State media"', f'label = "State {title}"')
    assert main(["sources", str(root)]) == 0
    out, err = capfd.readouterr()
    assert shown in out and f"State {shown}" in out
    assert "\x1b" not in out + err and "\x07" not in out + err


def test_an_error_naming_a_file_prints_no_control_characters(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    root = make_report(tmp_path / "report\x1b]0;pwned\x07\nsecond line")
    _impossible_date(root)
    assert main(["check", str(root)]) == 2
    line = one_error_line(capfd)
    assert "\x1b" not in line and "\x07" not in line and "]0;pwned second line" in line
