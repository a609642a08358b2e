"""Errors meant for people.

A ``ContrastError`` is the user's input being wrong (exit code 2): its message is one
line saying what is wrong, where (file, source id, field), what is allowed and what to
do. A missing system library (``MissingSystemLibraryError``) is the machine's, not the
input's: exit code 3. Any other exception is a bug and keeps its traceback (exit code 1).
"""

from __future__ import annotations

import re
from pathlib import Path


class ContrastError(Exception):
    """Base class of errors caused by the user's input; the CLI exits with code 2."""

    exit_code = 2

    def __init__(self, message: str, *, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else None
        # One line, whatever a library's exception text (quoted in the message) spans.
        self.message = re.sub(r"\s*[\r\n]+\s*", " ", message).strip()
        super().__init__(f"{self.path}: {self.message}" if self.path is not None else self.message)


class ManifestError(ContrastError):
    """report.toml is missing, not TOML, or does not match the schema."""


class IngestError(ContrastError):
    """A source file cannot be read as text (binary, empty, undecodable)."""


class OutputError(ContrastError):
    """The output folder cannot be written: not ours (a non-empty folder contrast did not
    make), a symbolic link inside it, no permission, or a full disk. Nothing was changed."""


class RenderError(ContrastError):
    """The report could not be rendered from valid inputs (e.g. a template is missing)."""


class MissingSystemLibraryError(ContrastError):
    """A C library a dependency loads at run time (Pango for WeasyPrint) is not installed (exit code 3)."""

    exit_code = 3


class UnknownNameError(ContrastError, KeyError):
    """A name (metric, origin…) that is not registered; the message lists the valid ones."""

    def __init__(self, kind: str, name: str, available: list[str]) -> None:
        choices = ", ".join(sorted(available)) or "(none)"
        super().__init__(f"unknown {kind} {name!r}; available: {choices}")

    def __str__(self) -> str:  # KeyError would otherwise quote the message
        return self.message


class FetchError(ContrastError):
    """A web page could not be fetched (``contrast add URL``): a URL that may not be fetched,
    the network, or an answer refused (status, content type, size, time)."""

    def __init__(self, url: str, message: str) -> None:
        self.url = url
        super().__init__(f"{url}: {message}")
