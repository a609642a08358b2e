"""PDF sources: prose rebuilt from lines, running headers/footers and page numbers dropped."""

from __future__ import annotations

from pathlib import Path

import pytest
import weasyprint

from contrast.errors import IngestError
from contrast.ingest import read_source
from contrast.ingest.pdf import pages_to_text

PARAGRAPH = (
    "The internationalization of broadcasting infrastructure transformed communication strategies "
    "considerably, as state broadcasters opened bureaus across Africa and Latin America. "
)
ARTICLE_HTML = f"""
<html lang="en"><head><style>
@page {{ size: A5; margin: 22mm 18mm;
  @top-center {{ content: "Journal of Media Studies 12(3), 2025"; font-size: 8pt }}
  @bottom-center {{ content: "Page " counter(page); font-size: 8pt }} }}
p {{ hyphens: auto; text-align: justify; font-size: 11pt }}
h2 {{ font-size: 12pt }}
</style></head><body>
<h2>Broadcasting abroad</h2>
<p>{PARAGRAPH * 5}</p>
<p>Critics argued that counterintelligence responsibilities overshadowed journalism in several newsrooms.</p>
<h2>Audiences</h2>
<p>{PARAGRAPH * 6}</p>
<p>The final paragraph closes the article with a short remark.</p>
</body></html>
"""


@pytest.fixture(scope="module")
def article_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "article.pdf"
    path.write_bytes(weasyprint.HTML(string=ARTICLE_HTML).write_pdf())
    return path


@pytest.fixture(scope="module")
def article_text(article_pdf: Path) -> str:
    return read_source(article_pdf).text


def test_running_header_and_page_numbers_are_dropped(article_text: str) -> None:
    assert "Journal of Media Studies" not in article_text
    assert "Page 1" not in article_text and "Page 2" not in article_text


def test_words_hyphenated_across_lines_are_rejoined(article_text: str) -> None:
    words = set(article_text.replace(",", " ").replace(".", " ").split())
    assert {"internationalization", "infrastructure", "communication", "counterintelligence"} <= words
    assert "‐" not in article_text and "infrastruc" not in words


def test_headings_and_paragraphs_become_separate_blocks(article_text: str) -> None:
    blocks = article_text.split("\n\n")
    assert "Broadcasting abroad" in blocks and "Audiences" in blocks
    assert blocks[-1].endswith("The final paragraph closes the article with a short remark.")
    # A paragraph whose last line nearly fills the measure can run into the next one: the
    # text layer has no paragraph marks. Sentences are unaffected (the segmenter splits them).


def test_body_text_is_complete(article_text: str) -> None:
    assert article_text.count("transformed communication strategies") == 11


def test_pages_to_text_joins_a_sentence_split_by_a_page_break() -> None:
    long_line = "a line of ordinary prose that fills most of the measure of the page"
    pages = [[long_line, long_line, "which continues on the next"], ["page without a break, then ends here at last.", "1"]]
    text = pages_to_text([pages[0] + ["Running head"], pages[1] + ["Running head"]])
    assert "continues on the next page without a break" in text and "Running head" not in text


def test_corrupt_pdf_fails_clearly(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer garbage")
    with pytest.raises(IngestError, match=r"broken\.pdf"):
        read_source(path)


def test_file_that_is_not_a_pdf_fails_clearly(tmp_path: Path) -> None:
    path = tmp_path / "notes.pdf"
    path.write_text("just some text, misnamed", encoding="utf-8")
    with pytest.raises(IngestError, match="not a PDF"):
        read_source(path)


def test_pdf_without_a_text_layer_fails_clearly(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    black_square = "<html><body><div style='width:50mm;height:50mm;background:#000'></div></body></html>"
    path.write_bytes(weasyprint.HTML(string=black_square).write_pdf())
    with pytest.raises(IngestError, match="no text layer"):
        read_source(path)
