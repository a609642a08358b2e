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
    main(["add", str(report), str(article), "--origin", "academic"])
    ids = [s.id for s in load_report(report).manifest.sources]
    assert "culture-week" in ids and "culture-week-2" in ids
    assert (report / "sources" / "Culture Week-2.md").is_file()


def test_unknown_origin_changes_nothing(report: Path, article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _snapshot(report)
    assert main(["add", str(report), str(article), "--origin", "state"]) == 2
    assert "allowed: chinese-state-media" in capsys.readouterr().err
    assert _snapshot(report) == before


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
    assert main(["add", str(root), str(article), "--origin", "academic"]) == 0
    assert main(["check", str(root)]) == 0
