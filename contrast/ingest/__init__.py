"""Ingest: bytes on disk → decoded text, one reader per file format, chosen by suffix."""

from __future__ import annotations

from pathlib import Path

from contrast.errors import IngestError, UnknownNameError
from contrast.ingest.html import read_html_file
from contrast.ingest.pdf import read_pdf_file
from contrast.ingest.text import RawText, read_text_file

READERS = {".txt": read_text_file, ".md": read_text_file, ".html": read_html_file, ".htm": read_html_file, ".pdf": read_pdf_file}
"""Suffix → reader. A new format (HTML, PDF) is a new module and one entry here."""


def read_source(path: Path) -> RawText:
    """Read one source file with the reader for its suffix."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise UnknownNameError("source file type", path.suffix or "(none)", list(READERS))
    return reader(path)


__all__ = ["READERS", "IngestError", "RawText", "read_source"]
