"""HTML output (``--format html``): self-contained pages that load nothing and keep source text inert."""

from __future__ import annotations

import base64
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest
from typer.testing import CliRunner

from contrast import build as api_build
from contrast.cli import app
from contrast.errors import ContrastError
from tests.reportkit import CRITIC, EASY, PRAISE, make_report
from tests.test_render_safety import _hostile_text

EVIL = "http://evil.example"
PAGES = ("briefing.html", "handout.html", "teacher-key.html")
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]*)", re.IGNORECASE)


class _References(HTMLParser):
    """Every URL a browser could load from a page: src/href/srcset/data/action/poster, CSS url(), @import."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []
        self.tags: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self._in_style = tag == "style"
        for name, value in attrs:
            if value is None:
                continue
            if name in ("src", "href", "xlink:href", "srcset", "data", "action", "poster", "background"):
                self.urls.append(value.strip())
            if name == "style":
                self.urls += CSS_URL.findall(value)

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.urls += CSS_URL.findall(data)
            self.urls += re.findall(r"@import\s+['\"]([^'\"]+)", data)


def references(html: str) -> list[str]:
    """URLs of ``html``, and of every SVG inlined as a data: URI inside it (charts)."""
    parser = _References()
    parser.feed(html)
    found = list(parser.urls)
    for url in parser.urls:
        if url.startswith("data:image/svg+xml"):
            header, _, payload = url.partition(",")
            svg = base64.b64decode(payload).decode("utf-8") if header.endswith(";base64") else unquote(payload)
            found += [u for u in references(svg) if u]
    return found


def _local(url: str) -> bool:
    return url.startswith("#") or url.startswith("data:")


@pytest.fixture(scope="module")
def hostile_html(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = make_report(
        tmp_path_factory.mktemp("html") / "report",
        {"state-a": (_hostile_text(EVIL) + PRAISE + EASY) * 2, "critic-b": (CRITIC + EASY) * 3},
        source_overrides={
            "state-a": {"title": f'Hostile <img src="{EVIL}/title.png"> {{{{ 7*7 }}}}', "url": f"{EVIL}/article"},
            "critic-b": {"outlet": f'<a href="{EVIL}/o">Outlet</a>'},
        },
    )
    result = api_build(root, format="html")
    written = {p.name for p in result.outputs}
    assert set(PAGES) <= written and not any(name.endswith(".pdf") for name in written)
    assert not list((root / "build").glob("*.pdf"))
    return {name: (root / "build" / name).read_text(encoding="utf-8") for name in PAGES}


@pytest.mark.parametrize("page", PAGES)
def test_html_page_loads_nothing_from_outside(hostile_html: dict[str, str], page: str) -> None:
    urls = references(hostile_html[page])
    assert [u for u in urls if not _local(u)] == []
    assert any(u.startswith("data:image/svg+xml") for u in urls) or page == "handout.html"
    assert "<link" not in hostile_html[page] and "<style>" in hostile_html[page]


@pytest.mark.parametrize("page", PAGES)
def test_source_markup_in_html_output_stays_escaped(hostile_html: dict[str, str], page: str) -> None:
    html = hostile_html[page]
    tags = _References()
    tags.feed(html)
    assert "script" not in tags.tags
    assert f'src="{EVIL}' not in html and f'href="{EVIL}' not in html


def test_hostile_source_text_prints_literally_in_html(hostile_html: dict[str, str]) -> None:
    briefing = hostile_html["briefing.html"]
    assert "&lt;script&gt;" in briefing and "&lt;img src=" in briefing
    assert "{{ 7*7 }}" in briefing and ">49<" not in briefing
    assert f"{EVIL}/article" in hostile_html["teacher-key.html"]  # shown as text for the teacher, never a link


def test_html_is_the_same_document_as_the_pdf(hostile_html: dict[str, str]) -> None:
    """Same templates: the HTML pages carry the PDF's sections."""
    assert "Words to know" in hostile_html["handout.html"] and "Exit ticket" in hostile_html["handout.html"]
    assert "Questions: answers and notes" in hostile_html["teacher-key.html"]
    assert "At a glance" in hostile_html["briefing.html"]


def test_both_writes_pdf_and_html(tmp_path: Path) -> None:
    root = make_report(tmp_path / "both")
    result = CliRunner().invoke(app, ["build", str(root), "--quiet", "--format", "both"])
    assert result.exit_code == 0, result.output
    names = {p.name for p in (root / "build").iterdir()}
    assert {"briefing.pdf", "handout.pdf", "teacher-key.pdf", *PAGES} <= names
    assert "briefing.html" in result.output


def test_unknown_format_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    root = make_report(tmp_path / "bad")
    with pytest.raises(ContrastError, match="pdf, html, both"):
        api_build(root, format="docx")
    result = CliRunner().invoke(app, ["build", str(root), "--format", "docx"])
    assert result.exit_code == 2
    assert not (root / "build").exists()


def test_blind_html_handout_hides_outlets_the_key_reveals(tmp_path: Path) -> None:
    root = make_report(tmp_path / "blind")
    api_build(root, format="html", blind=True)
    student = (root / "build" / "handout.html").read_text(encoding="utf-8")
    key = (root / "build" / "teacher-key.html").read_text(encoding="utf-8")
    assert "Outlet 1" not in student and "State media" not in student and "Source B" in student
    assert "Outlet 1" in key
