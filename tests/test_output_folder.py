"""A build touches only its own files: never through a link, never in a folder it did not make.

Each test puts a *victim* folder where a careless or hostile report folder would point a
build at it (a link ``build/clean → ~/notes``, a link inside ``build/.cache``, ``--out ~``)
and checks every one of its files survives, byte for byte, and nothing is added to it.
One small build (HTML documents: the write phase is the same, the render is quicker) is
shared; each test works on a copy of it.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from contrast.cache import CACHE_DIR
from contrast.cli import main
from contrast.errors import OutputError
from contrast.publish import JOURNAL, MARKER, OutputFolder, claim, publish, recover
from tests.conftest import REPO
from tests.reportkit import make_report


def tree(folder: Path) -> dict[str, bytes | str]:
    """Every entry under ``folder`` (links not followed): file bytes, or where a link points."""
    found: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if path.is_symlink():
            found[relative] = f"-> {os.readlink(path)}"
        elif path.is_file():
            found[relative] = path.read_bytes()
        else:
            found[relative] = "folder"
    return found


def make_victim(folder: Path) -> dict[str, bytes | str]:
    """A person's folder, shaped like what a build writes (a clean/ and a .cache/ with files)."""
    for relative in ("notes.txt", "clean/draft.txt", "clean/old.removed.txt", ".cache/pip/wheel", ".cache/ingest/x", "a/b.csv"):
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_text(f"{relative}: a person's file\n", encoding="utf-8")
    return tree(folder)


def one_error_line(capfd: pytest.CaptureFixture[str]) -> str:
    captured = capfd.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("error: ")
    return lines[0]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_report(tmp_path_factory.mktemp("owned") / "report")
    assert main(["build", str(root), "--quiet", "--format", "html"]) == 0
    return root


@pytest.fixture
def report(built: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "report"
    shutil.copytree(built, copy, symlinks=True)
    return copy


# --- (a) a link where a folder of ours should be ---------------------------------------------


@pytest.fixture
def fresh(tmp_path: Path) -> tuple[Path, Path, dict[str, bytes | str]]:
    """A report never built, a person's folder beside it, and that folder's contents."""
    victim = tmp_path / "victim"
    return make_report(tmp_path / "report"), victim, make_victim(victim)


@pytest.mark.parametrize("name", ["clean", "lenses", CACHE_DIR])
def test_a_link_in_place_of_an_output_folder_stops_the_build_and_its_target_is_untouched(
    fresh: tuple[Path, Path, dict[str, bytes | str]], name: str, capfd: pytest.CaptureFixture[str]
) -> None:
    root, victim, before = fresh
    (root / "build").mkdir()
    (root / "build" / name).symlink_to(victim, target_is_directory=True)
    assert main(["build", str(root), "--quiet"]) == 2
    line = one_error_line(capfd)
    assert f"build/{name}" in line and "symbolic link" in line
    assert tree(victim) == before


def test_a_link_in_place_of_an_output_file_is_refused_not_replaced(report: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("a person's file\n", encoding="utf-8")
    briefing = report / "build" / "briefing.html"
    briefing.unlink()
    briefing.symlink_to(victim)
    folder = claim(report / "build", report_build=True)
    with pytest.raises(OutputError, match=r"briefing\.html: a symbolic link inside the output folder"):
        publish(folder, {"briefing.html": b"<html>new</html>"})
    assert briefing.is_symlink() and victim.read_text(encoding="utf-8") == "a person's file\n"


# --- (b) links inside the cache -------------------------------------------------------------


def test_links_inside_the_cache_are_never_followed_read_or_deleted(
    report: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    victims = {name: tmp_path / name for name in ("dir-link", "stage-link", "entry-link")}
    before = {name: make_victim(folder) for name, folder in victims.items()}
    cache = report / "build" / CACHE_DIR
    (cache / "zz").symlink_to(victims["dir-link"], target_is_directory=True)  # a stray folder link
    shutil.rmtree(cache / "segment")
    (cache / "segment").symlink_to(victims["stage-link"], target_is_directory=True)  # a stage's folder
    (cache / "ingest" / ("a" * 64)).symlink_to(victims["entry-link"] / "notes.txt")  # named like an entry
    assert main(["build", str(report), "--quiet", "--format", "html"]) == 0  # outputs current: prune runs anyway
    source = report / "sources" / "state-a.txt"
    source.write_text(source.read_text(encoding="utf-8") + " One more sentence here.", encoding="utf-8")
    assert main(["build", str(report), "--quiet", "--format", "html"]) == 0  # new entries, old ones pruned
    capfd.readouterr()
    assert {name: tree(folder) for name, folder in victims.items()} == before
    assert (cache / "zz").is_symlink() and (cache / "segment").is_symlink()


def test_a_cache_entry_replaced_by_a_link_to_an_endless_device_is_not_read(report: Path) -> None:
    entry = next((report / "build" / CACHE_DIR / "ingest").iterdir())
    entry.unlink()
    entry.symlink_to("/dev/zero")
    assert main(["build", str(report), "--quiet", "--format", "html"]) == 0


def test_a_cache_of_links_is_reported_in_one_line_and_left_in_place(
    report: Path, capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    cache = report / "build" / CACHE_DIR
    entries = sorted(p for p in cache.rglob("*") if p.is_file() and len(p.name) == 64)
    assert len(entries) > 5
    for entry in entries:
        entry.unlink()
        entry.symlink_to("/dev/zero")
    with caplog.at_level(logging.WARNING):
        assert main(["build", str(report), "--quiet", "--format", "html"]) == 0
    assert capfd.readouterr().err.strip() == ""
    lines = [record.getMessage() for record in caplog.records if record.levelno >= logging.WARNING]
    assert len(lines) == 1, lines  # once per build, not once (or twice) per entry
    assert f"{len(entries)} entries were not ours" in lines[0] and str(cache) in lines[0] and "left in place" in lines[0]
    assert all(entry.is_symlink() for entry in entries)


# --- (c) --out on a folder that is not ours ------------------------------------------------


@pytest.mark.parametrize("dry_run", [False, True])
def test_out_on_a_folder_contrast_did_not_make_is_refused_before_any_work(
    fresh: tuple[Path, Path, dict[str, bytes | str]], dry_run: bool, capfd: pytest.CaptureFixture[str]
) -> None:
    root, home, before = fresh
    assert main(["build", str(root), "--quiet", "--out", str(home), *(["--dry-run"] if dry_run else [])]) == 2
    line = one_error_line(capfd)
    assert str(home) in line and "not made by contrast" in line
    assert tree(home) == before


def test_a_report_build_folder_that_links_to_a_folder_of_files_is_refused(
    fresh: tuple[Path, Path, dict[str, bytes | str]], capfd: pytest.CaptureFixture[str]
) -> None:
    root, victim, before = fresh
    (root / "build").symlink_to(victim, target_is_directory=True)
    assert main(["build", str(root), "--quiet"]) == 2
    assert "not made by contrast" in one_error_line(capfd)
    assert tree(victim) == before


def test_a_new_output_folder_is_marked_as_ours_with_the_files_of_its_edition(built: Path, tmp_path: Path) -> None:
    marker = json.loads((built / "build" / MARKER).read_text(encoding="utf-8"))
    outputs = {p.relative_to(built / "build").as_posix() for p in (built / "build").rglob("*") if p.is_file()}
    assert set(marker["files"]) == {o for o in outputs if not o.startswith((".", CACHE_DIR))}
    assert "briefing.html" in marker["files"] and "clean/state-a.txt" in marker["files"]
    assert claim(built / "build").record == marker["files"]  # --out on it later: accepted
    assert claim(tmp_path / "empty").record == {}


# --- removing only what is ours -----------------------------------------------------------


def test_a_new_edition_removes_only_the_files_of_the_last_one_that_it_wrote_unchanged(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = {"clean/a.txt": b"a\n", "clean/b.txt": b"b\n", "clean/c.txt": b"c\n", "edition.json": b"{}\n"}
    publish(claim(out), first)
    (out / "clean" / "c.txt").write_bytes(b"edited by a person\n")  # no longer the file we wrote
    (out / "clean" / "notes.txt").write_bytes(b"a person's notes\n")  # never ours
    written = publish(recover(claim(out)), {"clean/a.txt": b"a\n", "edition.json": b"{}\n"})
    assert written == ()
    assert sorted(p.name for p in (out / "clean").iterdir()) == ["a.txt", "c.txt", "notes.txt"]
    assert json.loads((out / MARKER).read_text(encoding="utf-8"))["files"].keys() == {"clean/a.txt", "edition.json"}


def test_a_marker_naming_files_outside_the_folder_removes_nothing(tmp_path: Path) -> None:
    out, victim = tmp_path / "out", tmp_path / "victim.txt"
    victim.write_bytes(b"x")
    out.mkdir()
    digest = "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881"  # sha256(b"x")
    (out / MARKER).write_text(json.dumps({"files": {"../victim.txt": digest, "/tmp/x": digest}}), encoding="utf-8")
    publish(recover(claim(out)), {"edition.json": b"{}\n"})
    assert victim.read_bytes() == b"x"


def test_nothing_is_left_behind_but_the_edition_and_the_marker(tmp_path: Path) -> None:
    out = tmp_path / "out"
    publish(claim(out), {"briefing.pdf": b"%PDF-1", "clean/a.txt": b"a\n"})
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == [MARKER, "briefing.pdf", "clean", "clean/a.txt"]
    assert not (out / JOURNAL).exists()
    assert isinstance(claim(out), OutputFolder)


# --- a build that fails or dies while writing --------------------------------------------


def _edited(report: Path) -> None:
    source = report / "sources" / "critic-b.txt"
    source.write_text(source.read_text(encoding="utf-8") + " The officials denied every claim in the report.", encoding="utf-8")


@pytest.fixture(scope="module")
def second_edition(built: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The cache of the report's next edition (one source edited), so a test's build only writes."""
    copy = tmp_path_factory.mktemp("second") / "report"
    shutil.copytree(built, copy, symlinks=True)
    _edited(copy)
    assert main(["build", str(copy), "--quiet", "--format", "html"]) == 0
    return copy / "build" / CACHE_DIR


@pytest.fixture
def next_edition(report: Path, second_edition: Path) -> Path:
    """The report with its first edition built, one source edited, and the second edition's results cached."""
    shutil.copytree(second_edition, report / "build" / CACHE_DIR, dirs_exist_ok=True)
    _edited(report)
    return report


def outputs_of(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.relative_to(folder).as_posix().startswith((CACHE_DIR, "."))
    }


def test_a_full_disk_while_writing_is_one_line_and_leaves_the_previous_edition(
    next_edition: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    report = next_edition
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    small = tmp_path / "small"
    small.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(small)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        out = small / "out"
        shutil.copytree(report / "build", out, symlinks=True)
        before = outputs_of(out)
        free = os.statvfs(small).f_bavail * os.statvfs(small).f_frsize
        (small / "filler").write_bytes(b"\0" * max(free - 16384, 0))
        assert main(["build", str(report), "--quiet", "--format", "html", "--out", str(out)]) == 2
        line = one_error_line(capfd)
        assert "No space left on device" in line and "previous edition is intact" in line
        assert outputs_of(out) == before
        assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    finally:
        subprocess.run(["umount", "-l", str(small)], check=False)


KILL_WHILE_WRITING = """
import os, signal, sys
from contrast.cli import main
report, out, how, stop = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
calls = [0]

def ours(path):
    return path.startswith(out) and "/.cache/" not in path

def counted():
    calls[0] += 1
    return calls[0] == stop

real_fdopen, real_replace = os.fdopen, os.replace

class Torn:  # a file whose writing is cut by kill -9 halfway
    def __init__(self, handle):
        self.handle = handle
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
    def write(self, data):
        self.handle.write(data[: len(data) // 2])
        self.handle.flush()
        os.kill(os.getpid(), signal.SIGKILL)
    def __getattr__(self, name):
        return getattr(self.handle, name)

def fdopen(fd, *args, **kwargs):
    handle = real_fdopen(fd, *args, **kwargs)
    writing = "w" in (args[0] if args else kwargs.get("mode", "r"))
    if how == "write" and writing and ours(os.readlink(f"/proc/self/fd/{fd}")) and counted():
        return Torn(handle)
    return handle

def replace(source, target, **kwargs):
    if how == "rename" and ours(str(target)) and counted():
        os.kill(os.getpid(), signal.SIGKILL)
    return real_replace(source, target, **kwargs)

os.fdopen, os.replace = fdopen, replace
sys.exit(main(["build", report, "--quiet", "--format", "html"]))
"""


@pytest.mark.parametrize(("how", "stop"), [("write", 2), ("write", 9), ("rename", 3)])
def test_a_build_killed_while_writing_is_completed_or_undone_by_the_next_one(next_edition: Path, how: str, stop: int) -> None:
    report = next_edition
    before = outputs_of(report / "build")
    killed = subprocess.run(
        [sys.executable, "-c", KILL_WHILE_WRITING, str(report), str(report / "build"), how, str(stop)],
        capture_output=True, text=True, cwd=REPO,
    )
    assert killed.returncode == -9, killed.stderr
    assert main(["build", str(report), "--quiet", "--format", "html"]) == 0
    after = outputs_of(report / "build")
    assert after != before and after["edition.json"] != before["edition.json"]
    assert not [p for p in (report / "build").rglob("*") if p.name.endswith(".tmp")]
    assert not (report / "build" / JOURNAL).exists()
    record = json.loads((report / "build" / MARKER).read_text(encoding="utf-8"))["files"]
    assert set(record) == set(after)
