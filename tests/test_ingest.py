"""Decoding source files: BOMs, UTF-8, legacy encodings, and clear failures on non-text."""

from __future__ import annotations

from pathlib import Path

import pytest

from contrast.errors import IngestError
from contrast.ingest import read_source

ARTICLE = "Beijing said on Friday that the “trade war” would backfire. Café owners in Zürich disagreed.\n"


def _write(tmp_path: Path, data: bytes, name: str = "source.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_is_read_as_is(tmp_path: Path) -> None:
    raw = read_source(_write(tmp_path, ARTICLE.encode("utf-8")))
    assert raw.text == ARTICLE and raw.encoding == "utf-8"


def test_utf8_bom_is_removed(tmp_path: Path) -> None:
    raw = read_source(_write(tmp_path, b"\xef\xbb\xbf" + ARTICLE.encode("utf-8")))
    assert raw.text == ARTICLE


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    raw = read_source(_write(tmp_path, ARTICLE.encode("utf-16")))
    assert raw.text == ARTICLE


def test_legacy_encoding_is_detected(tmp_path: Path) -> None:
    text = ("Les exportations ont augmenté en été, a déclaré le ministère à Pékin. " * 8).strip()
    raw = read_source(_write(tmp_path, text.encode("cp1252")))
    assert raw.text == text


def test_markdown_files_are_read(tmp_path: Path) -> None:
    raw = read_source(_write(tmp_path, b"# Heading\n\nBody text.", name="note.md"))
    assert raw.text.startswith("# Heading")


def test_sha256_and_size_describe_the_bytes(tmp_path: Path) -> None:
    data = ARTICLE.encode("utf-8")
    raw = read_source(_write(tmp_path, data))
    import hashlib

    assert raw.sha256 == hashlib.sha256(data).hexdigest() and raw.n_bytes == len(data)


def test_binary_file_with_txt_name_fails_clearly(tmp_path: Path) -> None:
    path = _write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(IngestError) as caught:
        read_source(path)
    assert "binary" in str(caught.value) and str(path) in str(caught.value)


def test_control_characters_mark_a_binary_file(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="binary"):
        read_source(_write(tmp_path, bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 40))


def test_empty_file_fails_clearly(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="empty"):
        read_source(_write(tmp_path, b""))


def test_whitespace_only_file_counts_as_empty(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="empty"):
        read_source(_write(tmp_path, b" \n\t\n"))
