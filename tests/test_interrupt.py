"""Ctrl-C stops a build or a watch quietly: one line, no traceback from us or from a worker process.

The workers are the parser worker (a spawned interpreter), the PDF worker (its own process
group) and the local pool (a fork server and the workers it forks). A terminal's Ctrl-C
reaches the whole process group; each test sends SIGINT to the group just as a worker
starts, the moment a worker was most likely to print a KeyboardInterrupt traceback.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from contrast.engine import POOL_THRESHOLD, default_jobs
from contrast.interrupts import hold_interrupts
from contrast.report.render import workers
from tests.conftest import REPO
from tests.reportkit import CRITIC, EASY, PRAISE, make_report


def _sigint_as_from_a_terminal() -> None:
    """Child-side: Ctrl-C's default action, whatever this test run inherited. A shell starts a
    background job (``make test &``, a CI runner) with SIGINT ignored, and an ignored signal stays
    ignored across exec: the build under test would never see the Ctrl-C these tests send."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.fixture
def sigint_raises() -> Iterator[None]:
    """In this process, SIGINT raises KeyboardInterrupt as in an interactive run, even when the test
    run was started with SIGINT ignored; the previous handler comes back afterwards."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _children_running(pid: int, module: str) -> bool:
    """True once a descendant of ``pid`` runs ``python -m <module>``."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes().split(b"\0")
            status = (entry / "status").read_text()
        except OSError:
            continue
        parent = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("PPid:")), 0)
        if parent == pid and module.encode() in b" ".join(command):
            return True
    return False


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="finds the worker process through /proc")
@pytest.mark.parametrize("worker", ["parser", "pdf"])
def test_ctrl_c_while_a_watch_works_in_a_worker_stops_it_without_any_traceback(tmp_path: Path, worker: str) -> None:
    """The parser worker (a saved web page) or the PDF worker has just started when Ctrl-C comes."""
    root = make_report(tmp_path / "report")
    paragraphs = "".join(f"<p>{PRAISE} {EASY} Paragraph {n}.</p>" for n in range(3_000))  # a second or more to parse
    page = f"<html><body><article>{paragraphs}</article></body></html>"
    (root / "sources" / "state-a.html").write_text(page, encoding="utf-8")
    manifest = root / "report.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("sources/state-a.txt", "sources/state-a.html"), encoding="utf-8")
    module = workers.__name__ if worker == "pdf" else "multiprocessing.spawn"
    watch = subprocess.Popen(
        [sys.executable, "-m", "contrast", "watch", str(root)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        preexec_fn=_sigint_as_from_a_terminal,
    )
    try:
        deadline = time.monotonic() + 600
        while not _children_running(watch.pid, module):  # the worker has started
            assert watch.poll() is None and time.monotonic() < deadline, watch.communicate()
            time.sleep(0.05)
        os.killpg(watch.pid, signal.SIGINT)  # what a terminal's Ctrl-C does: the whole process group
        _, err = watch.communicate(timeout=120)
    finally:
        if watch.poll() is None:
            os.killpg(watch.pid, signal.SIGKILL)
    assert watch.returncode == 0, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert "Stopped watching" in err


def _interrupt_when_started(command: list[str], module: str) -> tuple[int, str]:
    """Run ``command`` in a session of its own, SIGINT its group once a child runs ``module``; exit code and stderr."""
    process = subprocess.Popen(
        command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        preexec_fn=_sigint_as_from_a_terminal,
    )
    try:
        deadline = time.monotonic() + 600
        while not _children_running(process.pid, module):
            assert process.poll() is None and time.monotonic() < deadline, process.communicate()
            time.sleep(0.02)
        os.killpg(process.pid, signal.SIGINT)
        _, err = process.communicate(timeout=180)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    return process.returncode, err


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="finds the worker process through /proc")
@pytest.mark.skipif(default_jobs() < 2, reason="the local pool needs two cores")
def test_ctrl_c_while_the_local_pool_starts_stops_the_build_with_one_line_and_exit_130(tmp_path: Path) -> None:
    """Enough sources for the pool; Ctrl-C as its fork server starts (it imports the stages, then forks the workers)."""
    texts = {f"s{n:02d}": ((PRAISE if n % 2 else CRITIC) + EASY + f" Item {n}.") * 20 for n in range(POOL_THRESHOLD + 6)}
    root = make_report(tmp_path / "report", texts)
    code, err = _interrupt_when_started([sys.executable, "-m", "contrast", "build", str(root)], "multiprocessing.forkserver")
    assert code == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err and "Error" not in err, err
    assert err.splitlines()[-1] == "interrupted", err
    assert not (root / "build" / "briefing.pdf").exists()


_SPAWNED_MASK = """
import multiprocessing, signal, sys
from contrast.interrupts import hold_interrupts

def blocked(queue):
    queue.put(signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, []))

if __name__ == "__main__":
    context = multiprocessing.get_context("spawn")
    queue = context.SimpleQueue()
    with hold_interrupts():  # the first child of this process: multiprocessing starts its resource tracker here
        child = context.Process(target=blocked, args=(queue,))
        child.start()
    print(queue.get())
    child.join()
"""


def test_a_worker_started_while_interrupts_are_held_has_sigint_blocked_from_its_first_instruction(tmp_path: Path) -> None:
    """Even the first spawned child, whose start makes multiprocessing start (and unblock SIGINT after) its resource tracker."""
    script = tmp_path / "spawned_mask.py"  # a file: the spawned child imports it to find its target
    script.write_text(_SPAWNED_MASK, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"


@pytest.mark.usefixtures("sigint_raises")
def test_an_interrupt_while_held_is_raised_when_the_block_ends() -> None:
    reached_end_of_block = False
    with pytest.raises(KeyboardInterrupt), hold_interrupts():
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.2)  # the signal is pending (blocked here) or noted by the handler: no exception yet
        reached_end_of_block = True
    assert reached_end_of_block
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])
