"""`contrast add`: files copied in, report.toml extended with its comments kept, nothing changed on refusal."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from contrast.cli import main
from contrast.config import load_report
from tests.conftest import SOFT_POWER

ARTICLE = "# Beijing hosts culture week\n\nThe city opened a week of concerts and exhibitions on Monday, officials said.\n"


@pytest.fixture
def report(tmp_path: Path) -> Path:
    root = tmp_path / "soft-power"
    shutil.copytree(SOFT_POWER, root, ignore=shutil.ignore_patterns("build"))
    return root


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "Culture Week.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _snapshot(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_add_copies_the_file_and_lists_it(report: Path, article: Path) -> None:
    assert main(["add", str(report), str(article), "--origin", "chinese-state-media", "--outlet", "Xinhua", "--date", "2025-06-01"]) == 0
    source = next(s for s in load_report(report).manifest.sources if s.id == "culture-week")
    assert source.path == "sources/Culture Week.md" and (report / source.path).read_text(encoding="utf-8") == ARTICLE
    assert (source.title, source.outlet, source.date, source.origin) == (
        "Beijing hosts culture week", "Xinhua", "2025-06-01", "chinese-state-media"
    )


def test_add_keeps_the_manifest_comments_and_existing_entries(report: Path, article: Path) -> None:
    before = (report / "report.toml").read_text(encoding="utf-8")
    main(["add", str(report), str(article), "--origin", "commentary"])
    after = (report / "report.toml").read_text(encoding="utf-8")
    assert after.startswith(before.rstrip("\n"))
    assert "# contrast report manifest. Paths are relative to this folder." in after


def test_adding_the_same_name_twice_gets_new_id_and_path(report: Path, article: Path) -> None:
    main(["add", str(report), str(article), "--origin", "commentary"])
    main(["add", str(report), str(article), "--origin", "academic", "--allow-duplicate"])
    ids = [s.id for s in load_report(report).manifest.sources]
    assert "culture-week" in ids and "culture-week-2" in ids
    assert (report / "sources" / "Culture Week-2.md").is_file()


def test_unknown_origin_changes_nothing(report: Path, article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _snapshot(report)
    assert main(["add", str(report), str(article), "--origin", "state"]) == 2
    assert "allowed: chinese-state-media" in capsys.readouterr().err
    assert _snapshot(report) == before


def test_an_undefined_origin_names_the_command_that_defines_it(report: Path, article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["add", str(report), str(article), "--origin", "western-right"]) == 2
    assert f"contrast origin add {report} western-right --label" in capsys.readouterr().err


def test_a_web_address_without_https_is_not_taken_for_a_missing_file(
    report: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """As a browser's address bar shows it: the error gives the whole URL to use instead."""
    monkeypatch.chdir(report.parent)
    before = _snapshot(report)
    assert main(["add", str(report), "www.bbc.com/news/business-44707253", "--origin", "commentary"]) == 2
    assert "give its whole URL: https://www.bbc.com/news/business-44707253" in capsys.readouterr().err
    assert main(["add", str(report), "missing.md", "--origin", "commentary"]) == 2
    err = capsys.readouterr().err
    assert "file not found" in err and "https://" not in err
    assert _snapshot(report) == before


def test_check_warns_about_two_sources_that_are_the_same_file(
    report: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``add --allow-duplicate`` or a hand-written manifest can list one text twice; every figure would count it twice."""
    assert main(["check", str(report)]) == 0
    assert "same file" not in capsys.readouterr().err
    copy = tmp_path / "cctv-again.txt"
    copy.write_bytes((report / "sources" / "002_2fb14b76db9c6233.txt").read_bytes())
    assert main(["add", str(report), str(copy), "--origin", "academic", "--allow-duplicate"]) == 0
    capsys.readouterr()
    assert main(["check", str(report)]) == 0
    assert "sources 'cctv-soft-power-index' and 'cctv-again' are the same file, byte for byte" in capsys.readouterr().err


def test_binary_file_changes_nothing(report: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\x01\x02" * 50)
    before = _snapshot(report)
    assert main(["add", str(report), str(binary), "--origin", "academic"]) == 2
    assert "scan.txt" in capsys.readouterr().err
    assert _snapshot(report) == before


def test_invalid_date_is_refused_before_anything_is_written(report: Path, article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _snapshot(report)
    assert main(["add", str(report), str(article), "--origin", "academic", "--date", "June 2025"]) == 2
    assert "YYYY" in capsys.readouterr().err
    assert _snapshot(report) == before


def test_added_sources_build(report: Path, article: Path) -> None:
    main(["add", str(report), str(article), "--origin", "chinese-state-media"])
    assert main(["build", str(report), "--quiet"]) == 0


def test_add_to_a_fresh_scaffold_makes_it_valid(tmp_path: Path, article: Path) -> None:
    root = tmp_path / "new"
    main(["init", str(root)])
    assert main(["add", str(root), str(article), "--origin", "western-left"]) == 0
    assert main(["check", str(root)]) == 0


# -- ids, duplicates, metadata the file carries ------------------------------------------


def test_id_option_names_the_source(report: Path, article: Path) -> None:
    assert main(["add", str(report), str(article), "--origin", "academic", "--id", "xinhua-culture"]) == 0
    source = next(s for s in load_report(report).manifest.sources if s.id == "xinhua-culture")
    assert source.path == "sources/Culture Week.md"


@pytest.mark.parametrize(("source_id", "problem"), [("cctv-soft-power-index", "already in the report"), ("Not A Slug", "lowercase slug")])
def test_a_taken_or_malformed_id_is_refused(
    report: Path, article: Path, capsys: pytest.CaptureFixture[str], source_id: str, problem: str
) -> None:
    before = _snapshot(report)
    assert main(["add", str(report), str(article), "--origin", "academic", "--id", source_id]) == 2
    assert problem in capsys.readouterr().err
    assert _snapshot(report) == before


def test_id_option_takes_one_source(report: Path, article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Another article about the week of concerts in the capital.\n", encoding="utf-8")
    assert main(["add", str(report), str(article), str(other), "--origin", "academic", "--id", "x"]) == 2
    assert "--id names one source" in capsys.readouterr().err


def test_a_file_already_in_the_report_is_refused_naming_the_source(
    report: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "cctv-again.txt"
    copy.write_bytes((report / "sources" / "002_2fb14b76db9c6233.txt").read_bytes())
    before = _snapshot(report)
    assert main(["add", str(report), str(copy), "--origin", "academic"]) == 2
    message = capsys.readouterr().err
    assert "cctv-again.txt" in message and "'cctv-soft-power-index'" in message and "--allow-duplicate" in message
    assert _snapshot(report) == before
    assert main(["add", str(report), str(copy), "--origin", "academic", "--allow-duplicate"]) == 0
    assert "cctv-again" in [s.id for s in load_report(report).manifest.sources]


def test_the_same_file_twice_in_one_add_is_refused(report: Path, article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    twin = tmp_path / "twin.md"
    twin.write_bytes(article.read_bytes())
    before = _snapshot(report)
    assert main(["add", str(report), str(article), str(twin), "--origin", "academic"]) == 2
    assert "same content as" in capsys.readouterr().err
    assert _snapshot(report) == before


FRONT_MATTER = """---
title: "Beijing stages culture week: concerts, films and games"
author: [Jane Roe, Li Wei]
date: 2025-06-02T08:30:00+08:00
url: https://example.com/culture-week
tags:
  - culture
---

# Beijing stages culture week

The city opened a week of concerts and exhibitions on Monday, officials said.
"""


def test_markdown_front_matter_fills_the_fields_and_is_not_measured(report: Path, tmp_path: Path) -> None:
    from contrast.ingest import read_source

    page = tmp_path / "clipped.md"
    page.write_text(FRONT_MATTER, encoding="utf-8")
    assert main(["add", str(report), str(page), "--origin", "academic"]) == 0
    source = next(s for s in load_report(report).manifest.sources if s.id == "clipped")
    assert (source.title, source.author, source.date, source.url) == (
        "Beijing stages culture week: concerts, films and games", "Jane Roe, Li Wei", "2025-06-02", "https://example.com/culture-week"
    )
    text = read_source(report / source.path).text
    assert text.startswith("# Beijing stages culture week") and "title:" not in text and "tags" not in text


def test_command_line_fields_win_over_front_matter(report: Path, tmp_path: Path) -> None:
    page = tmp_path / "clipped.md"
    page.write_text(FRONT_MATTER, encoding="utf-8")
    main(["add", str(report), str(page), "--origin", "academic", "--title", "My title", "--date", "2025-06"])
    source = next(s for s in load_report(report).manifest.sources if s.id == "clipped")
    assert (source.title, source.date) == ("My title", "2025-06")


def test_a_front_matter_date_that_is_not_iso_is_refused_with_a_hint(
    report: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "clipped.md"
    page.write_text("---\ntitle: Culture week\ndate: June 2, 2025\n---\nThe city opened a week of concerts.\n", encoding="utf-8")
    before = _snapshot(report)
    assert main(["add", str(report), str(page), "--origin", "academic"]) == 2
    message = capsys.readouterr().err
    assert "clipped.md" in message and "'June 2, 2025'" in message and "--date" in message
    assert _snapshot(report) == before


def test_a_title_label_on_the_first_line_is_not_part_of_the_title(report: Path, tmp_path: Path) -> None:
    capture = tmp_path / "guardian.txt"
    capture.write_text(
        "title: China retaliates with tariffs after US begins trade war\norigin: Western (UK)\noutlet: The Guardian\n"
        "date: 2018-07-06\nurl: https://www.theguardian.com/world/2018/jul/06/x\n\nA long-threatened trade war has begun.\n",
        encoding="utf-8",
    )
    assert main(["add", str(report), str(capture), "--origin", "commentary"]) == 0
    source = next(s for s in load_report(report).manifest.sources if s.id == "guardian")
    expected = ("China retaliates with tariffs after US begins trade war", "The Guardian", "2018-07-06")
    assert (source.title, source.outlet, source.date) == expected
    assert source.url == "https://www.theguardian.com/world/2018/jul/06/x"


def test_a_lone_title_line_is_stripped_of_its_label(report: Path, tmp_path: Path) -> None:
    capture = tmp_path / "note.txt"
    capture.write_text("Title: Concerts open the culture week\nThe city opened a week of concerts on Monday.\n", encoding="utf-8")
    main(["add", str(report), str(capture), "--origin", "commentary"])
    assert next(s for s in load_report(report).manifest.sources if s.id == "note").title == "Concerts open the culture week"


def test_add_help_lists_every_format_the_readers_read(capsys: pytest.CaptureFixture[str]) -> None:
    from contrast.ingest import source_suffixes

    main(["add", "--help"])
    shown = capsys.readouterr().out
    assert all(suffix in shown for suffix in source_suffixes()) and "http" in shown
