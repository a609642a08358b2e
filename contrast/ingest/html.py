"""Saved web pages → the article's main text and its metadata, with trafilatura.

Settings favour precision (``favor_precision``): a briefing is better missing a
boilerplate-adjacent sentence than quoting a comment or a "related stories" box as
the outlet's words. Reader comments and tables are excluded. Title, author, date and
site name are kept so ``contrast add`` can fill manifest fields left empty.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from contrast.errors import IngestError
from contrast.ingest.text import RawText, decode_bytes, read_capped
from contrast.language import counted_words

MAX_BYTES = 20_000_000
"""Saved pages with inline scripts and styles run to a few MB; past this it is not an article page."""
MIN_ARTICLE_WORDS = 25
"""Below this, what trafilatura found is menu or link text, not an article (Chinese and
Japanese words counted as two characters each)."""
PARSER_MAX_DEPTH = 255
"""libxml2 (under lxml, under trafilatura) stops building the tree at this depth and drops
everything below it, so a page nested deeper loses its text silently; we say why."""


def read_html_file(path: Path) -> RawText:
    import trafilatura  # imported here: only reports with web pages pay for it

    data = read_capped(path, kind="web pages", limit=MAX_BYTES)
    html, encoding = decode_bytes(data, path=path)
    if not html.strip():
        raise IngestError("file is empty", path=path)
    text = trafilatura.extract(html, favor_precision=True, include_comments=False, include_tables=False)
    if not text or counted_words(text) < MIN_ARTICLE_WORDS:
        if _nested_too_deep(html):
            raise IngestError(
                f"elements are nested more than {PARSER_MAX_DEPTH} levels deep, past what the HTML parser reads; "
                "no article text could be found (save the page again from a browser)",
                path=path,
            )
        raise IngestError(
            f"no article text found in this web page (fewer than {MIN_ARTICLE_WORDS} words of body text; "
            "is it a listing, a login page or a script?)",
            path=path,
        )
    # extensive=False: dates only from the page's markup, never guessed from "© 2025" in a footer.
    metadata = trafilatura.extract_metadata(html, extensive=False)
    facts = {
        "title": (metadata.title if metadata else "") or "",
        "author": (metadata.author if metadata else "") or "",
        "date": (metadata.date if metadata else "") or "",
        "outlet": (metadata.sitename if metadata else "") or "",
    }
    # trafilatura puts one paragraph or heading per line; the cleaner expects blank lines between them.
    paragraphs = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    return RawText(
        path=path,
        text=paragraphs,
        sha256=hashlib.sha256(data).hexdigest(),
        n_bytes=len(data),
        encoding=encoding,
        metadata={key: value for key, value in facts.items() if value},
    )


def _nested_too_deep(html: str) -> bool:
    """True when libxml2 gave up on the page for nesting ("Excessive depth in document")."""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser()
    try:
        lxml.html.document_fromstring(html, parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return False
    return any("Excessive depth" in str(entry.message) for entry in parser.error_log)
