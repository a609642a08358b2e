"""Parsers of untrusted HTML and PDF run in a worker: a hang or a failure is one clear error."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from contrast.errors import IngestError
from contrast.ingest import read_source
from contrast.ingest.isolate import run_isolated, worker_session
from tests.conftest import REPO


def test_a_parser_that_hangs_is_stopped_at_the_time_limit(tmp_path: Path) -> None:
    started = time.perf_counter()
    with pytest.raises(IngestError, match="longer than 1 s") as caught:
        run_isolated(time.sleep, 30, path=tmp_path / "slow.pdf", timeout=1)
    assert time.perf_counter() - started < 20
    assert "slow.pdf" in str(caught.value)


def test_an_ingest_error_in_the_worker_keeps_its_message(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7 garbage")
    with pytest.raises(IngestError) as caught:
        read_source(path)
    assert str(caught.value).startswith(str(path)) and str(caught.value).count(str(path)) == 1


def test_isolated_and_in_process_reads_agree() -> None:
    page = REPO / "tests" / "data" / "html" / "news-article.html"
    assert read_source(page) == read_source(page, isolate=False)


def test_one_worker_parses_every_file_of_a_session() -> None:
    page = REPO / "tests" / "data" / "html" / "news-article.html"
    with worker_session() as worker:
        first = read_source(page)
        second = read_source(page)
        third = run_isolated(len, "abc", path=page)
    assert first == second and third == 3
    assert worker.started == 1


def test_a_worker_stopped_at_the_time_limit_is_replaced(tmp_path: Path) -> None:
    page = REPO / "tests" / "data" / "html" / "news-article.html"
    with worker_session() as worker:
        with pytest.raises(IngestError, match="longer than 1 s"):
            run_isolated(time.sleep, 30, path=tmp_path / "slow.pdf", timeout=1)
        assert read_source(page) == read_source(page, isolate=False)
    assert worker.started == 2


def test_a_parser_that_kills_its_process_fails_alone_and_the_next_file_parses(tmp_path: Path) -> None:
    page = REPO / "tests" / "data" / "html" / "news-article.html"
    with worker_session() as worker:
        with pytest.raises(IngestError, match="crashed") as caught:
            run_isolated(os._exit, 3, path=tmp_path / "crash.pdf")
        assert "crash.pdf" in str(caught.value) and "exit code 3" in str(caught.value)
        assert read_source(page) == read_source(page, isolate=False)
    assert worker.started == 2


def test_an_unexpected_parser_exception_is_one_ingest_error(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"the parser failed \(ValueError") as caught:
        run_isolated(int, "not a number", path=tmp_path / "odd.html")
    assert "odd.html" in str(caught.value)


def test_the_session_worker_is_stopped_when_the_session_ends() -> None:
    with worker_session() as worker:
        run_isolated(len, "abc", path=Path("x.html"))
        process = worker._process
        assert process is not None and process.is_alive()
    assert worker._process is None
