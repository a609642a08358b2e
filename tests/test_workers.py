"""The PDF worker process: same bytes as rendering here, and no worker without a second core."""

from __future__ import annotations

import pytest

from contrast.report.render import workers
from contrast.report.render.pdf import html_to_pdf
from contrast.report.render.workers import pdf_worker

HTML = "<html lang='en'><body><h1>Worker</h1><p>Same bytes whichever process renders this.</p></body></html>"


def test_a_pdf_rendered_in_the_worker_is_byte_identical_to_one_rendered_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "cores", lambda: 2)
    with pdf_worker() as worker:
        assert worker is not None
        jobs = [worker.submit(HTML, epoch=1_500_000_000, variant=variant) for variant in (None, "pdf/ua-1")]
        pdfs = [job() for job in jobs]
    assert pdfs == [html_to_pdf(HTML, epoch=1_500_000_000, variant=variant) for variant in (None, "pdf/ua-1")]


def test_no_worker_process_with_one_core(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "cores", lambda: 1)
    with pdf_worker() as worker:
        assert worker is None
