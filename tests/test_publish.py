"""An edition is published whole: a full disk or a kill -9 at any write never leaves a mix.

Edition A is in the output folder; publishing edition B (files changed, one added, one
removed, one the same) fails at every point it can — each write running out of space,
the process killed before or in the middle of each step. Afterwards (and after the next
build's recovery, for a kill) the folder holds exactly A or exactly B, with no temporary
file or journal left.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from contrast import publish as publishing
from contrast.errors import OutputError
from contrast.publish import JOURNAL, MARKER, claim, publish, recover
from tests.conftest import REPO

A = {
    "clean/a.txt": b"first edition of a\n",
    "clean/gone.txt": b"a source removed in the second edition\n",
    "lenses/cues.csv": b"lens,cue\nloaded,rogue\n",
    "briefing.pdf": b"%PDF-A " + b"a" * 5000,
    "sources.csv": b"id\na\ngone\n",
    "same.json": b"{}\n",
    "edition.json": b'{"edition": "A"}\n',
}
B = {
    "clean/a.txt": b"second edition of a\n",
    "clean/new.txt": b"a source added in the second edition\n",
    "lenses/cues.csv": b"lens,cue\nloaded,rogue\nloaded,thug\n",
    "briefing.pdf": b"%PDF-B " + b"b" * 7000,
    "sources.csv": b"id\na\nnew\n",
    "same.json": b"{}\n",
    "edition.json": b'{"edition": "B"}\n',
}


def contents(folder: Path) -> dict[str, bytes]:
    """Every file in the folder but the marker (which is checked separately)."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != MARKER
    }


def assert_whole(folder: Path) -> str:
    """The folder holds edition A or edition B exactly, its marker lists that edition, nothing else is there."""
    found = contents(folder)
    edition = "A" if found == A else "B" if found == B else None
    assert edition is not None, sorted(found)
    marker = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    assert set(marker["files"]) == set(A if edition == "A" else B)
    assert not (folder / JOURNAL).exists()
    return edition


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    publish(claim(folder), A)
    assert assert_whole(folder) == "A"
    return folder


def test_publishing_replaces_the_edition_and_removes_what_it_no_longer_holds(out: Path) -> None:
    written = publish(recover(claim(out)), B)
    assert assert_whole(out) == "B"
    assert sorted(p.relative_to(out).as_posix() for p in written) == sorted(k for k in B if A.get(k) != B[k])


# --- a full disk ------------------------------------------------------------------------


def _full_disk_at(monkeypatch: pytest.MonkeyPatch, function: str, call: int) -> None:
    """Make the ``call``-th call of ``contrast.publish.<function>`` fail as a full disk does."""
    real = getattr(publishing, function)
    calls = iter(range(1, 1000))

    def failing(*args: object, **kwargs: object) -> object:
        if next(calls) == call:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(args[0]))
        return real(*args, **kwargs)

    monkeypatch.setattr(publishing, function, failing)


@pytest.mark.parametrize(("function", "call"), [("write_temporary", n) for n in range(1, 8)] + [("write_bytes_atomic", 1)])
def test_a_full_disk_at_any_write_leaves_the_previous_edition_whole(
    out: Path, monkeypatch: pytest.MonkeyPatch, function: str, call: int
) -> None:
    _full_disk_at(monkeypatch, function, call)
    with pytest.raises(OutputError) as caught:
        publish(recover(claim(out)), B)
    message = str(caught.value)
    assert "No space left on device" in message and "the previous edition is intact" in message and "\n" not in message
    assert assert_whole(out) == "A"


def _small_tmpfs(path: Path, size: str) -> Iterator[Path]:
    path.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    yield from _small_tmpfs(tmp_path / "small", "512k")


def test_a_really_full_disk_leaves_the_previous_edition_whole(tmpfs: Path) -> None:
    out = tmpfs / "out"
    publish(claim(out), A)
    free = os.statvfs(tmpfs).f_bavail * os.statvfs(tmpfs).f_frsize
    (tmpfs / "filler").write_bytes(b"\0" * max(free - 8192, 0))  # room for a little, not for edition B
    with pytest.raises(OutputError, match="No space left on device"):
        publish(recover(claim(out)), B)
    assert assert_whole(out) == "A"
    (tmpfs / "filler").unlink()
    publish(recover(claim(out)), B)
    assert assert_whole(out) == "B"


# --- kill -9 at every step ---------------------------------------------------------------

KILLER = """
import os, pathlib, signal, sys
import contrast.publish as publishing
from contrast.publish import claim, publish, recover

B = {B!r}
target, stop = pathlib.Path(sys.argv[1]), int(sys.argv[2])
steps = 0

def step(name):
    global steps
    steps += 1
    if steps == stop:
        os.kill(os.getpid(), signal.SIGKILL)

def wrap(owner, name, torn=False):
    real = getattr(owner, name)
    def wrapped(*args, **kwargs):
        step(name)
        if torn:  # killed in the middle of writing a file: half of it is on disk
            path, data = args[0], args[1]
            global steps
            steps += 1
            if steps == stop:
                real(path, data[: len(data) // 2], **kwargs)
                os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)
    setattr(owner, name, wrapped)

wrap(publishing, "write_temporary", torn=True)
wrap(publishing, "write_bytes_atomic", torn=True)
wrap(publishing, "fsync_directory")
wrap(os, "replace")
wrap(pathlib.Path, "unlink")
publish(recover(claim(target)), B)
print("finished after", steps, "steps")
"""


def test_a_kill_at_every_step_of_publishing_leaves_one_edition_after_the_next_recovery(out: Path, tmp_path: Path) -> None:
    pristine = tmp_path / "pristine"
    os.rename(out, pristine)
    script = KILLER.format(B=B)
    seen = {"A": 0, "B": 0}
    for stop in range(1, 200):
        subprocess.run(["cp", "-a", str(pristine), str(out)], check=True)
        child = subprocess.run([sys.executable, "-c", script, str(out), str(stop)], capture_output=True, text=True, cwd=REPO)
        if child.returncode == 0:
            assert "finished" in child.stdout
            assert assert_whole(out) == "B"
            break
        assert child.returncode == -9, child.stderr
        recover(claim(out))  # what the next build does first
        seen[assert_whole(out)] += 1
        subprocess.run(["rm", "-rf", str(out)], check=True)
    else:
        pytest.fail("publishing never finished")
    assert seen["A"] >= 8 and seen["B"] >= 8, seen  # killed both before and after the point of no return
