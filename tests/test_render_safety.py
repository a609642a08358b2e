"""Hostile source text is shown literally and makes the renderer fetch nothing."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pypdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contrast.pipeline import build
from contrast.report.briefing.model import Quote
from contrast.report.render.html import environment, render_html, templates_dir
from contrast.report.render.pdf import AssetsOnlyFetcher, html_to_pdf
from tests.reportkit import CRITIC, EASY, PRAISE, make_report


class _RecordingHandler(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).requests.append(self.path)
        body = b"<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>"
        self.send_response(200)
        self.send_header("Content-Type", "image/svg+xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        return None


@pytest.fixture
def recording_server() -> Iterator[tuple[str, list[str]]]:
    _RecordingHandler.requests = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _RecordingHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", _RecordingHandler.requests
    finally:
        server.shutdown()
        server.server_close()


def _hostile_text(base: str) -> str:
    return (
        f'The report praised the <img src="{base}/pixel.png"> wonderful success of the festival. '
        '<link rel="stylesheet" href="file:///etc/passwd"> Visitors loved the shows and the excellent welcome. '
        "<script>document.title = 'owned'</script> Critics warned it was dishonest propaganda and a failure. "
        f"The template {{{{ 7*7 }}}} and <style>@import url({base}/evil.css);</style> stayed text. "
    )


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)


def test_server_sees_requests_when_asked_directly(recording_server: tuple[str, list[str]]) -> None:
    """The recording server works, so an empty request log below means nothing was fetched."""
    import urllib.request

    base, requests = recording_server
    urllib.request.urlopen(f"{base}/probe").read()
    assert requests == ["/probe"]


def test_hostile_source_fetches_nothing_and_renders_literally(
    tmp_path: Path, recording_server: tuple[str, list[str]]
) -> None:
    base, requests = recording_server
    hostile = _hostile_text(base)
    root = make_report(
        tmp_path,
        {"state-a": (hostile + PRAISE + EASY) * 2, "critic-b": (CRITIC + EASY) * 3},
        source_overrides={"state-a": {"title": f'Hostile <img src="{base}/title.png"> {{{{ 7*7 }}}}'}},
    )
    result = build(root)
    assert requests == []
    text = _pdf_text(next(p for p in result.outputs if p.name == "briefing.pdf"))
    assert "{{ 7*7 }}" in text
    assert "<img src=" in text.replace("\n", " ")


def test_html_escapes_source_markup(tmp_path: Path, recording_server: tuple[str, list[str]]) -> None:
    from contrast.config import load_report
    from contrast.pipeline import analyse
    from contrast.report.briefing.build import build_briefing

    base, _ = recording_server
    root = make_report(
        tmp_path,
        {"state-a": (_hostile_text(base) + PRAISE) * 2, "critic-b": (CRITIC + EASY) * 3},
        source_overrides={"critic-b": {"title": "<script>x()</script> {{ 7*7 }}", "outlet": '<img src="' + base + '/o.png">'}},
    )
    html = render_html("briefing.html.j2", build_briefing(analyse(load_report(root))))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert f'<img src="{base}' not in html
    assert "{{ 7*7 }}" in html and ">49<" not in html


def test_fetcher_refuses_http_and_files_outside_the_assets(recording_server: tuple[str, list[str]]) -> None:
    base, requests = recording_server
    fetcher = AssetsOnlyFetcher(templates_dir())
    for url in (f"{base}/x.png", "file:///etc/passwd", "ftp://example.com/x", "https://example.com/font.woff"):
        with pytest.raises(ValueError, match="not allowed"):
            fetcher.fetch(url)
    assert requests == []
    assert fetcher.refused[0] == f"{base}/x.png"


def test_fetcher_serves_package_assets_and_data_uris() -> None:
    fetcher = AssetsOnlyFetcher(templates_dir())
    css = fetcher.fetch((templates_dir() / "print.css").as_uri())
    assert b"@page" in css.read()
    assert fetcher.fetch("data:text/plain;base64,aGk=").read() == b"hi"
    assert fetcher.refused == []


def test_raw_html_with_remote_resources_renders_without_fetching(recording_server: tuple[str, list[str]]) -> None:
    base, requests = recording_server
    html = f'<html><head><link rel="stylesheet" href="{base}/a.css"></head><body><img src="{base}/b.png"><p>x</p></body></html>'
    assert html_to_pdf(html).startswith(b"%PDF")
    assert requests == []




@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=200))
def test_escaping_never_leaks_markup_from_source_text(text: str) -> None:
    macro = environment().get_template("_partials.html.j2").module.quote  # type: ignore[attr-defined]
    html = str(macro(Quote(text=text, compound=0.1, source_id="s", source_label=text, sentence_index=0), "positive"))
    stripped = html.replace("&lt;", "").replace("&gt;", "").replace("&amp;", "").replace("&#34;", "").replace("&#39;", "")
    body = stripped.split("<p>", 1)[1].split("</p>", 1)[0]
    assert "<" not in body and ">" not in body
