"""The command line: exit codes 0 / 2, one-line errors, `python -m contrast`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from contrast.cli import main
from tests.reportkit import make_report


def test_check_accepts_a_valid_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(make_report(tmp_path))]) == 0
    assert "2 sources, 2 origins" in capsys.readouterr().out


def test_check_rejects_a_bad_manifest_with_exit_code_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_report(tmp_path, origin_of={"state-a": "nowhere"})
    assert main(["check", str(root)]) == 2
    error = capsys.readouterr().err
    assert "report.toml" in error and "state-a" in error and "allowed: state, critical" in error
    assert "Traceback" not in error


def test_check_reads_sources_and_names_a_broken_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_report(tmp_path)
    (root / "sources" / "state-a.txt").write_bytes(b"")
    assert main(["check", str(root)]) == 2
    assert "state-a.txt" in capsys.readouterr().err


def test_build_exits_0_and_writes_the_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_report(tmp_path)
    assert main(["build", str(root), "--quiet"]) == 0
    assert (root / "build" / "briefing.pdf").is_file()
    assert "briefing.pdf" in capsys.readouterr().out


def test_build_of_missing_folder_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(tmp_path / "missing")]) == 2
    assert "not found" in capsys.readouterr().err


def test_sources_lists_each_source_with_its_origin(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sources", str(make_report(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "state-a" in out and "Western critical" in out


def test_unknown_command_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frobnicate"]) == 2


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run([sys.executable, "-m", "contrast", "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "contrast" in result.stdout


def test_build_json_summarises_outputs_sources_and_timings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    root = make_report(tmp_path)
    assert main(["build", str(root), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["exit_code"] == 0
    assert str(root / "build" / "briefing.pdf") in summary["outputs"]
    assert [s["id"] for s in summary["sources"]] == ["state-a", "critic-b"]
    assert {"ingest", "metrics", "events", "render", "write"} <= set(summary["timings"])


def test_build_json_reports_errors_as_json_with_exit_code_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert main(["build", str(tmp_path / "missing"), "--json"]) == 2
    error = json.loads(capsys.readouterr().out)
    assert error["exit_code"] == 2 and "not found" in error["error"]


def test_init_scaffolds_a_manifest_with_the_default_origins(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import tomllib

    from contrast.config import parse_manifest
    from contrast.origins import DEFAULT_PRESET, PRESETS

    root = tmp_path / "my-report"
    assert main(["init", str(root), "--title", "Weekly briefing"]) == 0
    data = tomllib.loads((root / "report.toml").read_text(encoding="utf-8"))
    assert data["title"] == "Weekly briefing" and (root / "sources").is_dir()
    assert [o["id"] for o in data["origins"]] == [o["id"] for o in PRESETS[DEFAULT_PRESET]]
    assert "contrast add REPORT_DIR FILE_OR_URL" in (root / "report.toml").read_text(encoding="utf-8")
    data["sources"] = [{"id": "a", "path": "sources/a.txt", "title": "A", "origin": "western-left"}]
    assert parse_manifest(data, manifest_path=root / "report.toml").sources[0].origin == "western-left"


def test_init_refuses_to_overwrite_a_manifest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_report(tmp_path)
    before = (root / "report.toml").read_bytes()
    assert main(["init", str(root)]) == 2
    assert (root / "report.toml").read_bytes() == before
    assert "already exists" in capsys.readouterr().err


def test_check_of_a_fresh_scaffold_asks_for_sources(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "new"
    main(["init", str(root)])
    assert main(["check", str(root)]) == 2
    err = capsys.readouterr().err
    assert "[[sources]]" in err and "contrast add" in err


def test_build_without_keep_going_stops_on_a_bad_source_and_with_it_builds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    root = make_report(
        tmp_path,
        {"state-a": "The festival was a wonderful success. " * 30, "critic-b": "x", "critic-c": "Critics warned it failed. " * 30},
    )
    (root / "sources" / "critic-b.txt").write_bytes(b"")
    assert main(["build", str(root), "--quiet"]) == 2
    assert not (root / "build").exists()
    capsys.readouterr()
    assert main(["build", str(root), "--json", "--keep-going"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["skipped"][0]["id"] == "critic-b" and "empty" in summary["skipped"][0]["reason"]


def test_build_says_where_the_outputs_are_and_how_to_open_the_briefing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    make_report(tmp_path / "r")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "platform", "linux")
    assert main(["build", "r"]) == 0
    printed = capsys.readouterr().out
    assert "Outputs are in r/build/" in printed and "Open the briefing: xdg-open r/build/briefing.pdf" in printed
    monkeypatch.setattr(sys, "platform", "darwin")
    assert main(["build", "r"]) == 0  # up to date: still says where the briefing is
    assert "Open the briefing: open r/build/briefing.pdf" in capsys.readouterr().out


LONG_ID = "peoples-daily-commentary-on-the-bullying-mindset-of-the-us-trade"


def test_sources_never_cuts_an_id_short(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    texts = {LONG_ID: "The festival was a wonderful success. " * 30, "critic-b": "Critics warned it failed. " * 30}
    assert main(["sources", str(make_report(tmp_path, texts))]) == 0
    printed = capsys.readouterr().out
    assert LONG_ID in printed and "…" not in printed


def test_sources_json_lists_every_field_and_metric(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    texts = {LONG_ID: "The festival was a wonderful success. " * 30, "critic-b": "Critics warned it failed. " * 30}
    assert main(["sources", str(make_report(tmp_path, texts)), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    first = data["sources"][0]
    assert first["id"] == LONG_ID and first["origin"] == "state" and first["path"] == f"sources/{LONG_ID}.txt"
    assert first["words"] == 180 and first["sentiment_mean"] > 0 and data["exit_code"] == 0


def test_the_summary_table_prints_the_briefings_flesch_kincaid_grade_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """check12-reM: the table printed "Grade 13/13/11" (textstat's consensus) beside a briefing whose grade is
    Flesch–Kincaid 11.5/11.4/10.8: one measure, named, in both."""
    import json

    root = make_report(tmp_path)
    assert main(["sources", str(root), "--json"]) == 0
    grades = {s["id"]: s["flesch_kincaid_grade"] for s in json.loads(capsys.readouterr().out)["sources"]}
    assert main(["sources", str(root)]) == 0
    printed = capsys.readouterr().out
    assert "FK grade" in printed and "│ Grade" not in printed
    for source_id, grade in grades.items():
        row = next(line for line in printed.splitlines() if source_id in line)
        assert row.rstrip(" │").endswith(f"{grade:.1f}"), row
