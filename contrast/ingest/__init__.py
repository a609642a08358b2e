"""Ingest: bytes on disk → decoded text, one reader per file format, chosen by suffix.

Every format is declared once, as an ``InputFormat``: its suffixes, its reader, the
libraries that shape what it reads and whether it is parsed in an isolated worker. The
manifest's list of allowed suffixes, ``contrast add``'s help and the ingest stage's cache
key all derive from the registered formats, so a new format is a new reader module and
one ``register_format`` call.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from contrast.errors import IngestError, UnknownNameError
from contrast.ingest.html import read_html_file
from contrast.ingest.isolate import run_isolated
from contrast.ingest.markdown import read_markdown_file, read_plain_text_file
from contrast.ingest.pdf import read_pdf_file
from contrast.ingest.text import RawText


@dataclass(frozen=True)
class InputFormat:
    """A kind of source file and how it is read."""

    name: str
    suffixes: tuple[str, ...]
    """Lower-case file suffixes, dot included."""
    read: Callable[[Path], RawText]
    libraries: tuple[str, ...] = ()
    """Distributions whose version shapes the text read (part of the ingest stage's cache key)."""
    isolated: bool = False
    """Parsed by large C libraries: read in a worker process with time and memory limits."""


_FORMATS: dict[str, InputFormat] = {}
"""Suffix → format."""


def register_format(format: InputFormat) -> InputFormat:
    """Read files with ``format``'s suffixes with its reader (a suffix belongs to one format)."""
    for suffix in format.suffixes:
        if _FORMATS.get(suffix, format) is not format:
            raise ValueError(f"suffix {suffix!r} is already read as {_FORMATS[suffix].name}")
    for suffix in format.suffixes:
        _FORMATS[suffix] = format
    return format


def unregister_format(format: InputFormat) -> None:
    """Stop reading ``format``'s suffixes (for tests and plug-ins that replace a reader)."""
    for suffix in format.suffixes:
        if _FORMATS.get(suffix) is format:
            del _FORMATS[suffix]


def input_formats() -> tuple[InputFormat, ...]:
    """Every registered format, in registration order."""
    return tuple(dict.fromkeys(_FORMATS.values()))


def source_suffixes() -> tuple[str, ...]:
    """The suffixes a source file may have."""
    return tuple(_FORMATS)


def ingest_libraries() -> tuple[str, ...]:
    """The libraries that shape what any format reads."""
    return tuple(dict.fromkeys(library for format in input_formats() for library in format.libraries))


def read_source(path: Path, *, isolate: bool = True) -> RawText:
    """Read one source file with the reader for its suffix."""
    suffix = path.suffix.lower()
    format = _FORMATS.get(suffix)
    if format is None:
        raise UnknownNameError("source file type", path.suffix or "(none)", list(_FORMATS))
    if isolate and format.isolated:
        return run_isolated(format.read, path, path=path)
    return format.read(path)


register_format(InputFormat("plain text", (".txt",), read_plain_text_file, ("charset-normalizer",)))
register_format(InputFormat("Markdown", (".md",), read_markdown_file, ("charset-normalizer",)))
register_format(
    InputFormat(
        "saved web page",
        (".html", ".htm"),
        read_html_file,
        ("charset-normalizer", "trafilatura", "lxml", "justext", "htmldate", "courlan"),
        isolated=True,
    )
)
register_format(InputFormat("PDF", (".pdf",), read_pdf_file, ("pypdfium2", "pypdf"), isolated=True))

__all__ = [
    "IngestError",
    "InputFormat",
    "RawText",
    "ingest_libraries",
    "input_formats",
    "read_source",
    "register_format",
    "source_suffixes",
    "unregister_format",
]
