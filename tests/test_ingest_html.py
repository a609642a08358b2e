"""Saved web pages: the article's text and metadata, nothing of the page around it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from contrast.cli import main
from contrast.config import load_report
from contrast.errors import IngestError
from contrast.ingest import read_source
from tests.conftest import REPO
from tests.reportkit import make_report

HTML = REPO / "tests" / "data" / "html"


@pytest.fixture(scope="module")
def article():
    return read_source(HTML / "news-article.html")


def test_article_paragraphs_are_kept(article) -> None:
    assert "Beijing opened a week of concerts, film screenings and exhibitions on Monday" in article.text
    assert "Soft power cannot be ordered from above" in article.text
    assert "independent artists whose work touches on censorship" in article.text


@pytest.mark.parametrize(
    "noise", ["Visit my shop", "wake up people", "Markets rally", "All rights reserved", "window.dataLayer", "Business"]
)
def test_navigation_comments_related_scripts_and_footer_are_dropped(article, noise: str) -> None:
    assert noise not in article.text


def test_paragraphs_are_separated_by_blank_lines(article) -> None:
    assert "\n\n" in article.text and "\n\n\n" not in article.text


def test_page_metadata_is_extracted(article) -> None:
    assert article.metadata["title"] == "Beijing stages culture week for foreign visitors"
    assert article.metadata["author"] == "Jane Roe"
    assert article.metadata["date"] == "2025-06-02"
    assert article.metadata["outlet"] == "Harbour Times"


def test_page_without_an_article_fails_clearly() -> None:
    with pytest.raises(IngestError, match="no article text"):
        read_source(HTML / "listing-page.html")


CHINESE_PARAGRAPH = "<p>商务部新闻发言人表示，美方挑起贸易战，中方不得不进行必要反击，以捍卫国家核心利益和人民利益。</p>"


def test_a_chinese_article_page_is_an_article_though_it_has_no_spaces(tmp_path: Path) -> None:
    """Chinese is written without spaces: its words are counted as two characters each, as for claims."""
    page = tmp_path / "gbk.html"
    html = f"<html><head><title>中方被迫反击</title></head><body><article>{CHINESE_PARAGRAPH * 4}</article></body></html>"
    page.write_bytes(html.encode("gbk"))
    raw = read_source(page)
    assert "捍卫国家核心利益" in raw.text and raw.encoding == "gb18030"
    menu = tmp_path / "menu.html"
    nav = "<nav><a href='/'>首页</a> <a href='/world'>国际新闻</a></nav>"
    menu.write_text(f"<html><body>{nav}<p>欢迎访问本站。</p></body></html>", encoding="utf-8")
    with pytest.raises(IngestError, match="no article text"):
        read_source(menu)


def test_binary_file_named_html_fails_clearly(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(200)))
    with pytest.raises(IngestError, match="binary"):
        read_source(path)


def test_add_fills_empty_fields_from_the_page(tmp_path: Path) -> None:
    root = make_report(tmp_path / "report")
    assert main(["add", str(root), str(HTML / "news-article.html"), "--origin", "critical"]) == 0
    source = next(s for s in load_report(root).manifest.sources if s.id == "news-article")
    assert (source.title, source.outlet, source.author, source.date) == (
        "Beijing stages culture week for foreign visitors", "Harbour Times", "Jane Roe", "2025-06-02"
    )


def test_add_keeps_fields_given_on_the_command_line(tmp_path: Path) -> None:
    root = make_report(tmp_path / "report")
    main(["add", str(root), str(HTML / "news-article.html"), "--origin", "critical", "--outlet", "HT"])
    source = next(s for s in load_report(root).manifest.sources if s.id == "news-article")
    assert source.outlet == "HT"


def test_report_with_a_web_page_builds(tmp_path: Path) -> None:
    root = make_report(tmp_path / "report")
    shutil.copy(HTML / "news-article.html", root / "sources" / "page.html")
    main(["add", str(root), str(root / "sources" / "page.html"), "--origin", "critical"])
    assert main(["build", str(root), "--quiet"]) == 0
    clean = next((root / "build" / "clean").glob("page*.txt")).read_text(encoding="utf-8")
    assert "Ne Zha 2" in clean and "Visit my shop" not in clean
