"""A handout that reads above its target grade is a build warning, whether rendered or reused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from contrast.cli import app
from contrast.pipeline import BuildResult, build
from tests.reportkit import make_report


def _over_grade(result: BuildResult) -> list[str]:
    return [w for w in result.warnings if "above the target" in w]


@pytest.fixture(scope="module")
def strict(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildResult]:
    root = make_report(tmp_path_factory.mktemp("strict") / "report", extra={"audience": {"max_grade": 1}})
    return root, build(root)


def test_handout_above_its_target_grade_is_a_build_warning(strict: tuple[Path, BuildResult]) -> None:
    _, first = strict
    [warning] = _over_grade(first)
    assert "max_grade" in warning and "1.0" in warning


def test_a_rebuild_with_every_output_current_repeats_the_warning(strict: tuple[Path, BuildResult]) -> None:
    root, first = strict
    again = build(root)
    assert again.written == ()
    assert _over_grade(again) == _over_grade(first)


def test_a_render_taken_from_the_cache_repeats_the_warning(strict: tuple[Path, BuildResult]) -> None:
    root, first = strict
    (root / "build" / "handout.pdf").unlink()
    again = build(root)
    assert again.cache["render"].hits == 1 and again.cache["render"].misses == 0
    assert _over_grade(again) == _over_grade(first)


def test_build_json_lists_the_warning(strict: tuple[Path, BuildResult]) -> None:
    root, first = strict
    result = CliRunner().invoke(app, ["build", str(root), "--json"])
    assert _over_grade(first)[0] in json.loads(result.stdout)["warnings"]


def test_a_handout_within_its_target_grade_gives_no_warning(tmp_path: Path) -> None:
    assert _over_grade(build(make_report(tmp_path))) == []
