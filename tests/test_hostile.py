"""Hostile and broken source files fail alone: one line naming the file and the reason.

Each file is made here (nothing big is committed): deeply nested HTML, a PDF over the
page cap, a binary file named .txt, an empty file, a truncated PDF, a web page with no
article. Without ``--keep-going`` any one of them stops the build with exit code 2 and
nothing written; with it, the report builds from the rest and the cover lists them all.
"""

from __future__ import annotations

import io
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest
import weasyprint

from contrast.cli import main
from contrast.errors import IngestError
from contrast.ingest import html as html_reader
from contrast.ingest import pdf as pdf_reader
from contrast.ingest import read_source
from contrast.ingest import text as text_reader
from tests.conftest import REPO
from tests.reportkit import CRITIC, EASY, PRAISE, make_report

ARTICLE = "The culture week opened with concerts and exhibitions for foreign visitors in the capital. " * 8


def _nested_html(path: Path) -> None:
    """100,000 nested divs around a real article: the parser gives up at depth 255."""
    depth = 100_000
    path.write_text(f"<html><body>{'<div>' * depth}<p>{ARTICLE}</p>{'</div>' * depth}</body></html>", encoding="utf-8")


def _huge_pdf(path: Path) -> None:
    writer = pypdf.PdfWriter()
    for _ in range(pdf_reader.MAX_PAGES + 1):
        writer.add_blank_page(width=200, height=200)
    buffer = io.BytesIO()
    writer.write(buffer)
    path.write_bytes(buffer.getvalue())


def _binary_txt(path: Path) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _truncated_pdf(path: Path) -> None:
    whole = weasyprint.HTML(string=f"<p>{ARTICLE}</p>").write_pdf()
    path.write_bytes(whole[: len(whole) // 2])


def _no_article_html(path: Path) -> None:
    shutil.copyfile(REPO / "tests" / "data" / "html" / "listing-page.html", path)


HOSTILE: dict[str, tuple[str, Callable[[Path], None], str]] = {
    "deep-html": ("deep.html", _nested_html, "nested more than 255 levels deep"),
    "huge-pdf": ("huge.pdf", _huge_pdf, f"{pdf_reader.MAX_PAGES + 1} pages; the limit is {pdf_reader.MAX_PAGES}"),
    "binary-txt": ("binary.txt", _binary_txt, "binary file"),
    "empty-txt": ("empty.txt", _empty, "file is empty"),
    "truncated-pdf": ("truncated.pdf", _truncated_pdf, "truncated or corrupt"),
    "no-article-html": ("listing.html", _no_article_html, "no article text"),
}
"""source id → (file name, how to make it, what the error must say)."""

GOOD = {"state-a": (PRAISE + EASY) * 3, "critic-b": (CRITIC + EASY) * 3}


@pytest.fixture(scope="module")
def hostile_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    files = {}
    for source_id, (name, make, _) in HOSTILE.items():
        files[source_id] = folder / name
        make(files[source_id])
    return files


def _report_with(root: Path, hostile_files: dict[str, Path], ids: list[str]) -> Path:
    texts = dict(GOOD) | {source_id: "placeholder" for source_id in ids}
    overrides = {source_id: {"path": f"sources/{HOSTILE[source_id][0]}"} for source_id in ids}
    make_report(root, texts, source_overrides=overrides)
    for source_id in ids:
        (root / "sources" / f"{source_id}.txt").unlink()
        shutil.copyfile(hostile_files[source_id], root / "sources" / HOSTILE[source_id][0])
    return root


@pytest.mark.parametrize("source_id", list(HOSTILE))
def test_hostile_file_is_refused_with_its_reason(hostile_files: dict[str, Path], source_id: str) -> None:
    with pytest.raises(IngestError) as caught:
        read_source(hostile_files[source_id])
    message = str(caught.value)
    assert message.startswith(str(hostile_files[source_id]) + ": ")
    assert HOSTILE[source_id][2] in message and "\n" not in message


@pytest.mark.parametrize("source_id", list(HOSTILE))
def test_hostile_file_stops_the_build_with_one_line_exit_2_and_nothing_written(
    tmp_path: Path, hostile_files: dict[str, Path], source_id: str, capfd: pytest.CaptureFixture[str]
) -> None:
    root = _report_with(tmp_path / "report", hostile_files, [source_id])
    assert main(["build", str(root), "--quiet"]) == 2
    captured = capfd.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("error: ") and HOSTILE[source_id][0] in lines[0] and HOSTILE[source_id][2] in lines[0]
    assert captured.out == ""
    assert not (root / "build").exists()


def test_keep_going_builds_from_the_rest_and_lists_every_hostile_file_on_the_cover(
    tmp_path: Path, hostile_files: dict[str, Path], capfd: pytest.CaptureFixture[str]
) -> None:
    root = _report_with(tmp_path / "report", hostile_files, list(HOSTILE))
    assert main(["build", str(root), "--json", "--keep-going"]) == 0
    summary = json.loads(capfd.readouterr().out)
    assert [s["id"] for s in summary["sources"]] == list(GOOD)
    skipped = {s["id"]: s for s in summary["skipped"]}
    assert list(skipped) == list(HOSTILE)
    for source_id, (name, _, reason) in HOSTILE.items():
        assert skipped[source_id]["path"] == f"sources/{name}" and reason in skipped[source_id]["reason"]
    reader = pypdf.PdfReader(root / "build" / "briefing.pdf")
    front = " ".join(" ".join(page.extract_text().split()) for page in reader.pages[:2])
    assert "6 sources could not be read" in front
    for name, _, reason in HOSTILE.values():
        assert f"sources/{name}" in front and reason in front


@pytest.mark.parametrize(
    ("name", "module"), [("big.txt", text_reader), ("big.md", text_reader), ("big.html", html_reader), ("big.pdf", pdf_reader)]
)
def test_each_format_refuses_files_over_its_byte_cap_without_reading_them(tmp_path: Path, name: str, module: object) -> None:
    limit: int = module.MAX_BYTES  # type: ignore[attr-defined]
    path = tmp_path / name
    with path.open("wb") as handle:
        handle.truncate(limit + 1)  # sparse: no disk, and it must not be read into memory either
    with pytest.raises(IngestError, match=f"{limit + 1:,} bytes; the limit for .* is {limit:,}") as caught:
        read_source(path)
    assert str(caught.value).startswith(str(path))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX named pipes")
def test_a_named_pipe_under_a_source_name_is_refused_not_waited_on(tmp_path: Path) -> None:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    with pytest.raises(IngestError, match="not a regular file"):
        read_source(path)
