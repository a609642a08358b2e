"""Atomic output files: complete or absent, and readable as a plain open() would leave them."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from contrast.io import current_umask, write_bytes_atomic


@pytest.fixture
def umask_027() -> Iterator[int]:
    previous = os.umask(0o027)
    try:
        yield 0o027
    finally:
        os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_an_output_gets_the_permissions_open_would_give_it(tmp_path: Path, umask_027: int) -> None:
    write_bytes_atomic(tmp_path / "briefing.pdf", b"%PDF-")
    (tmp_path / "plain.pdf").write_bytes(b"%PDF-")
    assert _mode(tmp_path / "briefing.pdf") == _mode(tmp_path / "plain.pdf") == 0o640


def test_a_replaced_output_follows_the_umask_too(tmp_path: Path) -> None:
    target = tmp_path / "handout.pdf"
    write_bytes_atomic(target, b"old")
    write_bytes_atomic(target, b"new", durable=False)
    assert target.read_bytes() == b"new"
    assert _mode(target) == 0o666 & ~current_umask()


def test_reading_the_umask_leaves_it_unchanged(umask_027: int) -> None:
    assert current_umask() == umask_027
    assert current_umask() == umask_027


def test_no_temporary_file_is_left_beside_the_output(tmp_path: Path) -> None:
    write_bytes_atomic(tmp_path / "events.json", b"{}")
    assert [p.name for p in tmp_path.iterdir()] == ["events.json"]
