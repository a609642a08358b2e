"""Plain-text and markdown files → decoded text.

Decoding order: a byte-order mark wins; else strict UTF-8; else charset-normalizer's best
guess. Files that are not text (NUL bytes, many control characters, nothing decodes)
fail with one clear message instead of producing mojibake downstream.
"""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import charset_normalizer

from contrast.errors import IngestError
from contrast.io import read_capped as read_input

MAX_BYTES = 20_000_000
"""A .txt or .md source larger than this (a long book is ~2 MB) is not an article; refuse it early."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_MAX_CONTROL_SHARE = 0.01


@dataclass(frozen=True)
class RawText:
    """A source's decoded text with the facts about its bytes the appendix reports."""

    path: Path
    text: str
    sha256: str
    n_bytes: int
    encoding: str
    metadata: dict[str, str] = field(default_factory=dict)
    """What the file says about itself (title, author, date, outlet), for formats that carry it."""


def read_capped(path: Path, *, kind: str, limit: int) -> bytes:
    """The file's bytes, or one IngestError if it is not a regular file, is empty or exceeds ``limit``
    (``contrast.io.read_capped``: a FIFO or device is not waited on, a huge file not loaded)."""
    return read_input(path, kind=kind, limit=limit, error=IngestError)


def read_text_file(path: Path) -> RawText:
    data = read_capped(path, kind="text sources", limit=MAX_BYTES)
    text, encoding = decode_bytes(data, path=path)
    if not text.strip():
        raise IngestError("file is empty (no text after decoding)", path=path)
    return RawText(path=path, text=text, sha256=hashlib.sha256(data).hexdigest(), n_bytes=len(data), encoding=encoding)


def decode_bytes(data: bytes, *, path: Path) -> tuple[str, str]:
    """Decode ``data`` to text, returning the text and the encoding used."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding, errors="strict")
            except UnicodeDecodeError as exc:
                raise IngestError(
                    f"starts with a {encoding.upper().removesuffix('-SIG')} byte-order mark but is not valid "
                    f"{encoding.upper().removesuffix('-SIG')} ({exc.reason} at byte {exc.start}); save it as UTF-8",
                    path=path,
                ) from None
            return _checked(text, encoding, path), encoding
    if b"\x00" in data:
        raise IngestError("looks like a binary file (contains NUL bytes), not text; convert it to .txt first", path=path)
    try:
        return _checked(data.decode("utf-8"), "utf-8", path), "utf-8"
    except UnicodeDecodeError:
        pass
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        raise IngestError("not text in any known encoding; save it as UTF-8", path=path)
    best = _prefer_windows_1252(matches)
    return _checked(str(best), best.encoding, path), best.encoding


def _prefer_windows_1252(matches: list[charset_normalizer.CharsetMatch]) -> charset_normalizer.CharsetMatch:
    """Break ties between equally clean single-byte decodings in favour of windows-1252.

    Short Western European texts decode without errors in several code pages (cp1250 turns
    "è" into "č"); windows-1252 is by far the most common legacy encoding of web text,
    which is why WHATWG maps "latin1" labels to it.
    """
    best = matches[0]
    for match in matches:
        if match.chaos <= best.chaos + 1e-3 and "cp1252" in match.could_be_from_charset:
            return match
    return best


def _checked(text: str, encoding: str, path: Path) -> str:
    if text:
        controls = sum(1 for ch in text if ord(ch) < 32 and ch not in _ALLOWED_CONTROLS)
        if controls / len(text) > _MAX_CONTROL_SHARE:
            raise IngestError(
                f"looks like a binary file ({controls} control characters after decoding as {encoding}), not text",
                path=path,
            )
    return text
