"""Origins from the command line: init's taxonomy, `contrast origin add/list/remove` with
report.toml's comments kept, and the warnings for shared colours and empty origins."""

from __future__ import annotations

import json
import re
import shutil
import tomllib
from pathlib import Path

import pytest

from contrast.cli import main
from contrast.origins import DEFAULT_PRESET, PALETTE, PRESETS
from tests.conftest import REPO, SOFT_POWER
from tests.reportkit import CRITIC, EASY, PRAISE, make_report


def _snapshot(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _origins(root: Path) -> list[dict[str, str]]:
    return tomllib.loads((root / "report.toml").read_text(encoding="utf-8"))["origins"]


@pytest.fixture
def fresh(tmp_path: Path) -> Path:
    root = tmp_path / "new"
    assert main(["init", str(root)]) == 0
    return root


# -- init -------------------------------------------------------------------------------


def test_init_origins_option_sets_ids_labels_and_distinct_colours(tmp_path: Path) -> None:
    root = tmp_path / "r"
    assert main(["init", str(root), "--origins", "state-media, independent=Independent press ,bloggers"]) == 0
    origins = _origins(root)
    assert [(o["id"], o["label"]) for o in origins] == [
        ("state-media", "State media"), ("independent", "Independent press"), ("bloggers", "Bloggers")
    ]
    assert [o["colour"] for o in origins] == [c.lower() for c in PALETTE[:3]]


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_init_preset_writes_that_taxonomy(tmp_path: Path, name: str) -> None:
    assert main(["init", str(tmp_path / name), "--preset", name]) == 0
    assert [o["id"] for o in _origins(tmp_path / name)] == [o["id"] for o in PRESETS[name]]


def test_init_lists_the_presets_for_an_unknown_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", str(tmp_path / "r"), "--preset", "nope"]) == 2
    err = capsys.readouterr().err
    assert all(name in err for name in PRESETS)
    assert not (tmp_path / "r").exists()


@pytest.mark.parametrize(("args", "problem"), [
    (["--origins", "a,b", "--preset", "us-spectrum"], "not both"),
    (["--origins", "Bad Id,b"], "lowercase slug"),
    (["--origins", "a,a"], "duplicate id 'a'"),
    (["--origins", " , "], "names no origin"),
    (["--edition", "5 May"], "YYYY-MM-DD"),
])
def test_init_refuses_bad_options_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], problem: str
) -> None:
    assert main(["init", str(tmp_path / "r"), *args]) == 2
    assert problem in capsys.readouterr().err
    assert not (tmp_path / "r" / "report.toml").exists()


def test_init_help_names_every_preset(capsys: pytest.CaptureFixture[str]) -> None:
    main(["init", "--help"])
    shown = capsys.readouterr().out
    assert all(name in shown for name in PRESETS)


def test_init_sets_subtitle_and_edition(tmp_path: Path) -> None:
    main(["init", str(tmp_path / "r"), "--subtitle", "Week 12", "--edition", "2025-03-17"])
    data = tomllib.loads((tmp_path / "r" / "report.toml").read_text(encoding="utf-8"))
    assert (data["subtitle"], str(data["edition"])) == ("Week 12", "2025-03-17")


def test_init_prints_the_next_steps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    main(["init", "my report", "--origins", "state,west"])
    printed = capsys.readouterr().out
    assert "contrast add 'my report' URL_OR_FILE... --origin state" in printed
    assert "contrast build 'my report'" in printed and "my report/build/briefing.pdf" in printed
    assert "contrast origin add 'my report'" in printed


def test_readme_example_init_defaults_and_error_example_agree() -> None:
    """The README's manifest example, its error message example and init's default taxonomy name the same origins."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    defaults = [o["id"] for o in PRESETS[DEFAULT_PRESET]]
    allowed = re.search(r"is not one of the report's origins; allowed: ([a-z, -]+)", readme)
    assert allowed is not None and allowed.group(1).split(", ") == defaults
    example = readme[readme.index("`report.toml`:\n\n```toml"):]
    example = example[: example.index("```\n", 20)]
    origin_ids = re.findall(r'^id = "([a-z-]+)"\s+# lowercase slug', example, re.MULTILINE)
    assert origin_ids and set(origin_ids) <= set(defaults)
    assert set(re.findall(r'^origin = "([a-z-]+)"', example, re.MULTILINE)) <= set(defaults)
    assert f"`{DEFAULT_PRESET}`, the default" in readme and all(f"`{name}`" in readme for name in PRESETS)


# -- origin add / list / remove ----------------------------------------------------------


def test_origin_add_appends_with_defaults_and_keeps_comments(fresh: Path) -> None:
    before = (fresh / "report.toml").read_text(encoding="utf-8")
    assert main(["origin", "add", str(fresh), "independent-press"]) == 0
    after = (fresh / "report.toml").read_text(encoding="utf-8")
    added = _origins(fresh)[-1]
    assert added == {"id": "independent-press", "label": "Independent press", "colour": PALETTE[0].lower(), "description": ""}
    comments = [line for line in before.splitlines() if line.startswith("#")]
    assert [line for line in after.splitlines() if line.startswith("#")] == comments
    # the example [[sources]] comment stays after the origins, not between them
    assert after.index('id = "independent-press"') < after.index("# Sources: `contrast add")


def test_origin_add_with_label_colour_and_description(fresh: Path) -> None:
    main(["origin", "add", str(fresh), "gov", "--label", "Government", "--colour", "#123456", "--description", "Ministries."])
    assert _origins(fresh)[-1] == {"id": "gov", "label": "Government", "colour": "#123456", "description": "Ministries."}


@pytest.mark.parametrize(("args", "problem"), [
    (["western-left"], "already exists"),
    (["Not A Slug"], "lowercase slug"),
    (["gov", "--colour", "red"], "hex colour"),
    (["gov", "--label", "x" * 61], "at most 60"),
])
def test_origin_add_refuses_and_changes_nothing(fresh: Path, capsys: pytest.CaptureFixture[str], args: list[str], problem: str) -> None:
    before = _snapshot(fresh)
    assert main(["origin", "add", str(fresh), *args]) == 2
    err = capsys.readouterr().err
    assert problem in err and len(err.strip().splitlines()) == 1
    assert _snapshot(fresh) == before


def test_origin_add_warns_about_a_colour_already_taken(fresh: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["origin", "add", str(fresh), "gov", "--colour", "#C0392B"]) == 0
    assert "'chinese-state-media' and 'gov' have the same colour #c0392b" in capsys.readouterr().err


def test_origin_remove_drops_an_unused_origin_and_keeps_comments(fresh: Path) -> None:
    comments = [line for line in (fresh / "report.toml").read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert main(["origin", "remove", str(fresh), "western-right"]) == 0  # the last one, holding the trailing comments
    assert main(["origin", "remove", str(fresh), "western-left"]) == 0
    text = (fresh / "report.toml").read_text(encoding="utf-8")
    assert [o["id"] for o in _origins(fresh)] == ["chinese-state-media", "western-center"]
    assert [line for line in text.splitlines() if line.startswith("#")] == comments


def test_origin_remove_refuses_a_used_origin_naming_its_sources(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "soft-power"
    shutil.copytree(SOFT_POWER, root, ignore=shutil.ignore_patterns("build"))
    before = _snapshot(root)
    assert main(["origin", "remove", str(root), "western-critical"]) == 2
    err = capsys.readouterr().err
    assert "used by 2 sources" in err and "move or remove them first" in err
    assert _snapshot(root) == before


def test_origin_remove_refuses_unknown_and_last_origins(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "r"
    main(["init", str(root), "--origins", "only"])
    assert main(["origin", "remove", str(root), "nope"]) == 2
    assert "available: only" in capsys.readouterr().err
    assert main(["origin", "remove", str(root), "only"]) == 2
    assert "only origin" in capsys.readouterr().err


def test_origin_list_shows_each_origin_and_its_sources(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_report(tmp_path / "r")
    assert main(["origin", "list", str(root)]) == 0
    printed = capsys.readouterr().out
    assert "state" in printed and "Western critical" in printed and "#1f5fa8" in printed
    assert main(["origin", "list", str(root), "--json"]) == 0
    records = json.loads(capsys.readouterr().out)["origins"]
    assert [(o["id"], o["sources"]) for o in records] == [("state", ["state-a"]), ("critical", ["critic-b"])]


# -- warnings ----------------------------------------------------------------------------


def test_check_warns_about_shared_colours_and_empty_origins(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    origins = [
        {"id": "state", "label": "State", "colour": "#c0392b"},
        {"id": "critical", "label": "Critical", "colour": "#C0392B"},
        {"id": "academic", "label": "Academic", "colour": "#2e8b57"},
    ]
    root = make_report(tmp_path / "r", origins=origins, origin_of={"state-a": "state", "critic-b": "critical"})
    assert main(["check", str(root)]) == 0
    err = capsys.readouterr().err
    assert "origins 'state' and 'critical' have the same colour #c0392b" in err
    assert "origin 'academic' has no source" in err and "contrast origin remove" in err


def test_a_report_without_such_problems_gets_no_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(make_report(tmp_path / "r"))]) == 0
    assert "warning" not in capsys.readouterr().err


def test_build_json_lists_the_taxonomy_and_same_file_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    origins = [*PRESETS["us-spectrum"]]
    texts = {"state-a": (PRAISE + EASY) * 3, "critic-b": (CRITIC + EASY) * 3, "critic-b-again": (CRITIC + EASY) * 3}
    origin_of = {"state-a": "left", "critic-b": "right", "critic-b-again": "right"}
    root = make_report(tmp_path / "r", texts, origins=[dict(o) for o in origins], origin_of=origin_of)
    assert main(["build", str(root), "--json"]) == 0
    warnings = json.loads(capsys.readouterr().out)["warnings"]
    assert any("origin 'center' has no source" in w for w in warnings)
    assert any("sources 'critic-b' and 'critic-b-again' are the same file" in w for w in warnings)
