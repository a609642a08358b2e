"""Ingest: bytes on disk → decoded text, one reader per file format, chosen by suffix."""

from __future__ import annotations

from pathlib import Path

from contrast.errors import IngestError, UnknownNameError
from contrast.ingest.html import read_html_file
from contrast.ingest.isolate import run_isolated
from contrast.ingest.markdown import read_markdown_file
from contrast.ingest.pdf import read_pdf_file
from contrast.ingest.text import RawText, read_text_file

READERS = {".txt": read_text_file, ".md": read_markdown_file, ".html": read_html_file, ".htm": read_html_file, ".pdf": read_pdf_file}
"""Suffix → reader. A new format (HTML, PDF) is a new module and one entry here."""


ISOLATED = frozenset({".html", ".htm", ".pdf"})
"""Formats parsed by large C libraries: read in a worker process with time and memory limits."""


def read_source(path: Path, *, isolate: bool = True) -> RawText:
    """Read one source file with the reader for its suffix."""
    suffix = path.suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        raise UnknownNameError("source file type", path.suffix or "(none)", list(READERS))
    if isolate and suffix in ISOLATED:
        return run_isolated(reader, path, path=path)
    return reader(path)


__all__ = ["READERS", "IngestError", "RawText", "read_source"]
