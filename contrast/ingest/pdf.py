"""PDF sources → text: pypdfium2 first, pypdf as the fallback, then page furniture removed.

A PDF stores positioned lines, not paragraphs. This reader rebuilds prose from them:
words hyphenated across lines are rejoined, running headers and footers (a short line
repeated on most pages, page numbers aside) and bare page numbers are dropped, and
paragraphs are closed where a line ends a sentence well short of the usual line width
(the last line of a paragraph) or where a short line without closing punctuation
stands alone (a heading). Without layout (the text layer has no paragraph marks), a
paragraph whose last line nearly fills the measure runs into the next; sentences are
unaffected. Caps: ``MAX_BYTES`` before parsing, ``MAX_PAGES`` before extracting; the
time limit and memory cap come from the worker process ``contrast.ingest`` runs this in.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections import Counter
from pathlib import Path
from statistics import median

from contrast.errors import IngestError
from contrast.ingest.text import RawText, read_capped

MAX_PAGES = 500
MAX_BYTES = 100_000_000
"""Scanned-in figures make real PDFs large; 100 MB is past any article or report we can read."""
RUNNING_MIN_SHARE = 0.5
"""A short line on at least this share of pages (digits ignored) is a running header or footer."""
RUNNING_MAX_WORDS = 12
EDGE_LINES = 3
"""Running headers and footers sit in the first or last lines a page's text layer yields."""
HEADING_LINE = 0.5
"""A capitalised line under this share of the median length, without closing punctuation, after a
sentence end, is a heading even when the paragraph before it filled its last line."""
SHORT_LINE = 0.7
"""A line shorter than this share of the median line length may end a paragraph."""
_HYPHENS = "-\u2010\u00ad\x02"
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$", re.IGNORECASE)
_ENDS_SENTENCE = re.compile(r"[.!?…:][\"'”’)\]]*$")


def read_pdf_file(path: Path) -> RawText:
    data = read_capped(path, kind="PDFs", limit=MAX_BYTES)
    if not data.lstrip().startswith(b"%PDF"):
        raise IngestError("not a PDF (no %PDF header); check the file type", path=path)
    pages = _pages_pdfium(data, path) or _pages_pypdf(data, path)
    text = pages_to_text(pages)
    if len(text.split()) < 5:
        raise IngestError("no text layer in this PDF (is it a scan? run OCR first)", path=path)
    return RawText(path=path, text=text, sha256=hashlib.sha256(data).hexdigest(), n_bytes=len(data), encoding="pdf")


def _pages_pdfium(data: bytes, path: Path) -> list[list[str]] | None:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return None
    try:
        _check_page_count(len(document), path)
        return [_lines(document[i].get_textpage().get_text_range()) for i in range(len(document))]
    except pdfium.PdfiumError:
        return None
    finally:
        document.close()


def _pages_pypdf(data: bytes, path: Path) -> list[list[str]]:
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise IngestError("the PDF is encrypted; save an unprotected copy", path=path)
        _check_page_count(len(reader.pages), path)
        return [_lines(page.extract_text() or "") for page in reader.pages]
    except IngestError:
        raise
    except Exception as exc:  # pypdf raises many types on broken files
        raise IngestError(f"cannot read this PDF: it is truncated or corrupt ({type(exc).__name__}: {exc})", path=path) from None


def _check_page_count(count: int, path: Path) -> None:
    if count > MAX_PAGES:
        raise IngestError(f"PDF has {count} pages; the limit is {MAX_PAGES}", path=path)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]


def pages_to_text(pages: list[list[str]]) -> str:
    """Lines per page → paragraphs separated by blank lines, furniture removed."""
    running = _running_lines(pages)
    kept = [[line for line in page if not _PAGE_NUMBER.match(line) and _shape(line) not in running] for page in pages]
    lengths = [len(line) for page in kept for line in page]
    if not lengths:
        return ""
    usual = median(lengths)
    paragraphs: list[str] = []
    current = ""
    for line in (line for page in kept for line in page):
        if current and _ENDS_SENTENCE.search(current) and _looks_like_heading(line, usual):
            paragraphs.append(current)  # a full last line still ends its paragraph before a heading
            current = ""
        starts_block = not current
        if current and current[-1] in _HYPHENS and line[:1].islower():
            current = current[:-1] + line
        else:
            current = f"{current} {line}".strip()
        short = len(line) < SHORT_LINE * usual
        heading = starts_block and len(line.split()) <= RUNNING_MAX_WORDS and not _ENDS_SENTENCE.search(line)
        if short and (_ENDS_SENTENCE.search(line) or heading):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


def _looks_like_heading(line: str, usual: float) -> bool:
    return (
        len(line) < HEADING_LINE * usual
        and line[:1].isupper()
        and len(line.split()) <= RUNNING_MAX_WORDS
        and not _ENDS_SENTENCE.search(line)
    )


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line.lower())


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Short lines near the top or bottom of a page that recur on most pages."""
    if len(pages) < 2:
        return set()
    edges = [page[:EDGE_LINES] + page[-EDGE_LINES:] for page in pages]
    counts = Counter(shape for page in edges for shape in {_shape(line) for line in page if len(line.split()) <= RUNNING_MAX_WORDS})
    return {shape for shape, count in counts.items() if count >= max(2, RUNNING_MIN_SHARE * len(pages))}
