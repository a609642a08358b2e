"""`contrast add URL`: a fetched page saved under sources/ with its URL and retrieval date,
read like a saved page; a refused page is one line, exit 2, and nothing written."""

from __future__ import annotations

import datetime as dt
import gzip
from pathlib import Path

import pytest

from contrast.cli import main
from contrast.config import load_report
from contrast.fetch import FetchLimits
from contrast.sources import SourceFields, add_sources
from tests.conftest import REPO
from tests.webserver import Page, redirect, serve

HTML = REPO / "tests" / "data" / "html"
ARTICLE = (HTML / "news-article.html").read_bytes()
LISTING = (HTML / "listing-page.html").read_bytes()

pytestmark = pytest.mark.usefixtures("no_proxy")


@pytest.fixture
def report(tmp_path: Path) -> Path:
    root = tmp_path / "report"
    assert main(["init", str(root), "--origins", "state,west"]) == 0
    return root


def _snapshot(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_a_url_is_saved_with_its_metadata_url_and_retrieval_date(report: Path) -> None:
    with serve({"/2025/06/beijing-culture-week": Page(ARTICLE)}) as server:
        url = server.url("/2025/06/beijing-culture-week")
        added = add_sources(report, [url], SourceFields(origin="west"), today=dt.date(2025, 6, 3))
    assert [a.id for a in added] == ["beijing-culture-week"]
    raw = (report / "sources" / "beijing-culture-week.html").read_bytes()
    assert raw == ARTICLE
    (source,) = load_report(report).manifest.sources
    assert (source.path, source.url, source.retrieved) == ("sources/beijing-culture-week.html", url, "2025-06-03")
    assert (source.title, source.outlet, source.author, source.date) == (
        "Beijing stages culture week for foreign visitors", "Harbour Times", "Jane Roe", "2025-06-02"
    )


def test_the_url_after_redirects_is_recorded(report: Path) -> None:
    with serve({"/short": redirect("/articles/culture-week.html", 301), "/articles/culture-week.html": Page(ARTICLE)}) as server:
        assert main(["add", str(report), server.url("/short"), "--origin", "west"]) == 0
    (source,) = load_report(report).manifest.sources
    assert source.url == server.url("/articles/culture-week.html") and source.path == "sources/culture-week.html"


def test_several_urls_in_one_add(report: Path) -> None:
    second = ARTICLE.replace(b"Beijing stages culture week", b"Shanghai stages film week")
    with serve({"/a/one": Page(ARTICLE), "/b/two": Page(second)}) as server:
        assert main(["add", str(report), server.url("/a/one"), server.url("/b/two"), "--origin", "state"]) == 0
    assert [s.id for s in load_report(report).manifest.sources] == ["one", "two"]


def test_cli_names_the_source_it_added_and_the_next_step(report: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with serve({"/culture-week": Page(ARTICLE)}) as server:
        main(["add", str(report), server.url("/culture-week"), "--origin", "west", "--id", "harbour-culture"])
    captured = capsys.readouterr()
    assert "Fetching " + server.url("/culture-week") in captured.err
    assert "Added harbour-culture (west): Beijing stages culture week for foreign visitors" in captured.out
    assert "contrast build" in captured.out


def _refused(report: Path, routes: dict[str, Page], path: str, capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    before = _snapshot(report)
    with serve(routes) as server:
        url = server.url(path)
        assert main(["add", str(report), url, "--origin", "west", *extra]) == 2
    err = capsys.readouterr().err
    assert url in err and len(err.strip().splitlines()) == 2  # "Fetching …", then the one error line
    assert _snapshot(report) == before
    return err


def test_a_page_with_no_article_text_is_refused_at_add_time(report: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = _refused(report, {"/world": Page(LISTING)}, "/world", capsys)
    assert "no article text" in err and "save it from there (Save Page As…) and add the file" in err


def test_binary_bytes_under_a_text_type_are_refused(report: Path, capsys: pytest.CaptureFixture[str]) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20
    assert "binary" in _refused(report, {"/photo": Page(png)}, "/photo", capsys)


@pytest.mark.parametrize(("route", "problem"), [
    (Page(b"gone", "text/html", 404), "answered 404"),
    (redirect("file:///etc/passwd"), "only http:// and https://"),
    (redirect("ftp://example.com/a.html"), "only http:// and https://"),
    (Page(ARTICLE, "image/jpeg"), "'image/jpeg'"),
    (Page(gzip.compress(b"\0" * 30_000_000), "text/html", headers={"Content-Encoding": "gzip"}), "over 20,000,000 bytes"),
])
def test_refused_fetches_change_nothing(report: Path, capsys: pytest.CaptureFixture[str], route: Page, problem: str) -> None:
    assert problem in _refused(report, {"/x": route}, "/x", capsys)


def test_one_bad_url_means_nothing_is_added(report: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _snapshot(report)
    with serve({"/good": Page(ARTICLE), "/bad": Page(b"", "text/html", 500)}) as server:
        assert main(["add", str(report), server.url("/good"), server.url("/bad"), "--origin", "west"]) == 2
    assert "answered 500" in capsys.readouterr().err
    assert _snapshot(report) == before


def test_a_url_already_in_the_report_is_refused_before_fetching(report: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with serve({"/culture-week": Page(ARTICLE)}) as server:
        url = server.url("/culture-week")
        assert main(["add", str(report), url, "--origin", "west"]) == 0
        assert main(["add", str(report), url, "--origin", "state"]) == 2
        assert len(server.requests) == 1
        assert "already in the report as source 'culture-week'" in capsys.readouterr().err
        assert main(["add", str(report), url, "--origin", "state", "--allow-duplicate"]) == 0
    assert [s.id for s in load_report(report).manifest.sources] == ["culture-week", "culture-week-2"]


def test_the_same_page_under_another_url_is_refused(report: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with serve({"/a/culture-week": Page(ARTICLE), "/mirror/culture": Page(ARTICLE)}) as server:
        main(["add", str(report), server.url("/a/culture-week"), "--origin", "west"])
        assert main(["add", str(report), server.url("/mirror/culture"), "--origin", "state"]) == 2
    assert "same content as source 'culture-week'" in capsys.readouterr().err


def test_a_slow_server_is_a_clear_error_within_the_limits(report: Path) -> None:
    import time

    from contrast.errors import FetchError

    def stall(handler: object) -> None:
        time.sleep(2)

    before = _snapshot(report)
    with serve({"/slow": stall}) as server, pytest.raises(FetchError, match=r"no answer within 0\.3 s"):  # type: ignore[dict-item]
        add_sources(report, [server.url("/slow")], SourceFields(origin="west"), limits=FetchLimits(timeout=0.3))
    assert _snapshot(report) == before


def test_control_characters_in_a_page_title_reach_neither_the_manifest_nor_the_terminal(
    report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = "The city opened a week of concerts and exhibitions on Monday, officials said. " * 20
    hostile = f"---\ntitle: Culture week \x1b]0;owned\x07\x1b[2J\n---\n{body}\n".encode()
    with serve({"/week": Page(hostile, "text/markdown")}) as server:
        assert main(["add", str(report), server.url("/week"), "--origin", "west"]) == 0
    (source,) = load_report(report).manifest.sources
    assert source.path == "sources/week.md"
    assert "\x1b" not in source.title and "\x07" not in source.title and source.title.startswith("Culture week")
    assert "\x1b" not in capsys.readouterr().out


def test_a_pdf_and_a_plain_text_page_are_saved_and_read_by_their_readers(report: Path) -> None:
    import weasyprint

    paragraph = "<p>The city opened a week of concerts and exhibitions on Monday, officials said.</p>" * 10
    pdf = weasyprint.HTML(string=f"<html><head><title>Culture week report</title></head><body>{paragraph}</body></html>").write_pdf()
    text = "Film week opens in Shanghai\n\n" + "The festival screens forty films from twelve countries this week. " * 10
    with serve({"/reports/culture-week.pdf": Page(pdf, "application/pdf"),
                "/wire/film-week": Page(text.encode(), "text/plain; charset=utf-8")}) as server:
        assert main(["add", str(report), server.url("/reports/culture-week.pdf"), server.url("/wire/film-week"), "--origin", "west"]) == 0
    sources = {s.id: s for s in load_report(report).manifest.sources}
    assert sources["culture-week"].path == "sources/culture-week.pdf"
    assert (report / "sources" / "culture-week.pdf").read_bytes() == pdf
    assert sources["film-week"].path == "sources/film-week.txt" and sources["film-week"].title == "Film week opens in Shanghai"
    assert main(["check", str(report)]) == 0


def test_a_page_that_does_not_name_its_site_gets_its_address_as_outlet(report: Path) -> None:
    """No ``og:site_name`` or ``--outlet``: the host, not an empty outlet in the briefing's labels."""
    unnamed = ARTICLE.replace(b'<meta property="og:site_name" content="Harbour Times">', b"").replace(b" | Harbour Times", b"")
    assert unnamed != ARTICLE
    with serve({"/a/one": Page(unnamed), "/b/two": Page(ARTICLE.replace(b"Beijing stages", b"Shanghai stages"))}) as server:
        add_sources(report, [server.url("/a/one")], SourceFields(origin="west"))
        add_sources(report, [server.url("/b/two")], SourceFields(origin="west", outlet="Wire"))
    assert [s.outlet for s in load_report(report).manifest.sources] == ["127.0.0.1", "Wire"]
