"""Parsers of untrusted HTML and PDF run in a worker: a hang or a failure is one clear error."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from contrast.errors import IngestError
from contrast.ingest import read_source
from contrast.ingest.isolate import run_isolated
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
