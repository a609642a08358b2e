"""``contrast watch``: one build at the start, one per batch of relevant changes, errors survived.

The loop is driven with given change sets and a stand-in build (exact, no waiting); one
test runs the real file watcher and the real build in a thread. No test asserts on time:
the queue timeouts only keep a broken watcher from hanging the suite.
"""

from __future__ import annotations

import queue
import threading
from pathlib import Path

import pytest
from watchfiles import Change

from contrast import watch as watch_module
from contrast.cli import main
from contrast.errors import IngestError
from contrast.options import BuildOptions
from contrast.pipeline import BuildResult
from contrast.watch import Rebuild, watch_report
from tests.reportkit import make_report


class FakeBuild:
    """Records each call; raises the queued exceptions in turn, else returns a marker."""

    def __init__(self, *failures: Exception | None) -> None:
        self.calls: list[dict[str, object]] = []
        self.failures = list(failures)

    def __call__(self, root: Path, options: BuildOptions) -> BuildResult:
        self.calls.append({"root": root, "options": options})
        failure = self.failures.pop(0) if self.failures else None
        if failure is not None:
            raise failure
        return BuildResult(analysis=None, outputs=(root / "build" / "briefing.pdf",))  # type: ignore[arg-type]


def _batches(root: Path, *batches: list[tuple[Change, str]]) -> list[set[tuple[Change, str]]]:
    return [{(change, str(root / name)) for change, name in batch} for batch in batches]


def test_builds_at_start_then_once_per_batch_of_relevant_changes(tmp_path: Path) -> None:
    root = make_report(tmp_path)
    build = FakeBuild()
    batches = _batches(
        root,
        [],  # the watcher's first wake-up: the first build
        [(Change.modified, "sources/state-a.txt")],
        [(Change.modified, "build/briefing.pdf"), (Change.added, "build/clean/state-a.txt")],  # our own outputs
        [(Change.added, "sources/.state-a.txt.x1.tmp"), (Change.added, "sources/state-a.txt.swp")],  # temporaries
        [(Change.added, "sources/state-a.txt~tmp"), (Change.added, "sources/4913"), (Change.deleted, "sources/a.txt~")],
        [(Change.modified, "report.toml"), (Change.added, "sources/new.txt"), (Change.modified, "report.toml")],
    )
    rebuilds = list(watch_report(root, changes=batches, build=build))
    assert [r.changed for r in rebuilds] == [(), ("sources/state-a.txt",), ("report.toml", "sources/new.txt")]
    assert all(r.error is None and r.result is not None for r in rebuilds)
    assert len(build.calls) == 3


def test_an_output_folder_given_with_out_is_ignored_too(tmp_path: Path) -> None:
    root = make_report(tmp_path)
    build = FakeBuild()
    batches = _batches(root, [], [(Change.modified, "published/briefing.pdf")], [(Change.modified, "notes.txt")])
    rebuilds = list(watch_report(root, BuildOptions(out_dir=root / "published"), changes=batches, build=build))
    assert [r.changed for r in rebuilds] == [(), ("notes.txt",)]
    assert build.calls[0]["options"] == BuildOptions(out_dir=root / "published")


def test_a_failing_build_is_an_outcome_and_watching_goes_on(tmp_path: Path) -> None:
    root = make_report(tmp_path)
    broken = IngestError("file is empty (0 bytes)", path=root / "sources" / "state-a.txt")
    bug = RuntimeError("boom")
    build = FakeBuild(None, broken, bug, None)
    batches = _batches(root, [], *([[(Change.modified, "sources/state-a.txt")]] * 3))
    rebuilds = list(watch_report(root, changes=batches, build=build))
    assert [r.error for r in rebuilds] == [None, broken, bug, None]
    assert rebuilds[-1].result is not None


def test_watching_a_missing_folder_is_an_input_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["watch", str(tmp_path / "nope")]) == 2
    assert "no such report folder" in capsys.readouterr().err


def test_the_command_prints_one_line_per_rebuild_and_ctrl_c_exits_0(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path)
    pdf = root / "build" / "briefing.pdf"

    def scripted(path: Path, *options: object, **keywords: object):
        yield Rebuild((), BuildResult(analysis=None, outputs=(pdf,)), None, 1.0)  # type: ignore[arg-type]
        yield Rebuild(("sources/state-a.txt",), None, IngestError("file is empty (0 bytes)", path="sources/state-a.txt"), 0.1)
        yield Rebuild(("report.toml",), None, RuntimeError("boom"), 0.1)
        raise KeyboardInterrupt

    monkeypatch.setattr(watch_module, "watch_report", scripted)
    monkeypatch.setattr(BuildResult, "warnings", property(lambda self: ("one caveat",)))
    assert main(["watch", str(root)]) == 0
    captured = capsys.readouterr()
    (built,) = captured.out.strip().splitlines()
    assert "Built" in built and "briefing.pdf in 1.0 s (1 caveat)" in built
    lines = captured.err.strip().splitlines()
    assert lines[0].startswith("Watching") and lines[-1] == "Stopped watching"
    assert any(
        line.endswith("error: sources/state-a.txt: file is empty (0 bytes) (changed: sources/state-a.txt; still watching)")
        for line in lines
    )
    assert any("RuntimeError: boom" in line for line in lines)
    bug = "bug: the build failed unexpectedly; please report it (changed: report.toml; still watching)"
    assert any(line.endswith(bug) for line in lines)


def test_the_real_watcher_rebuilds_when_a_source_changes(tmp_path: Path) -> None:
    root = make_report(tmp_path)
    stop = threading.Event()
    outcomes: queue.Queue[Rebuild | BaseException] = queue.Queue()

    def run() -> None:
        try:
            for rebuild in watch_report(root, stop_event=stop):
                outcomes.put(rebuild)
        except BaseException as exc:  # surfaced in the test thread
            outcomes.put(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        first = outcomes.get(timeout=300)
        assert isinstance(first, Rebuild) and first.error is None and first.changed == ()
        assert first.result is not None and first.result.edition.changes is None  # type: ignore[union-attr]
        source = root / "sources" / "state-a.txt"
        source.write_text(source.read_text(encoding="utf-8") + "\nA new closing sentence was added today.\n", encoding="utf-8")
        second = outcomes.get(timeout=300)
        assert isinstance(second, Rebuild) and second.error is None, second
        assert second.changed == ("sources/state-a.txt",)
        changes = second.result.edition.changes  # type: ignore[union-attr]
        assert [(c.kind, c.id) for c in changes.sources] == [("changed", "state-a")]
    finally:
        stop.set()
        thread.join(timeout=60)
    assert not thread.is_alive()
