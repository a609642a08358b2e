"""A plain wheel (not an editable install) carries the templates and word lists."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import REPO


def test_wheel_contains_templates_and_resources(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet", "-w", str(tmp_path), str(REPO)],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    wheel = next(tmp_path.glob("contrast-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for template in (REPO / "templates").iterdir():
        assert f"contrast/templates/{template.name}" in names
    assert "contrast/resources/stopwords_en.txt" in names
    for lexicon in (REPO / "contrast" / "resources" / "lexicons").glob("*.toml"):
        assert f"contrast/resources/lexicons/{lexicon.name}" in names
    packages = sorted(p.parent.relative_to(REPO).as_posix() for p in (REPO / "contrast").rglob("__init__.py"))
    assert "contrast/report/briefing" in packages  # sub-packages too: pyproject lists each one
    for package in packages:
        local = sorted(p.name for p in (REPO / package).glob("*.py"))
        assert all(f"{package}/{name}" in names for name in local), package
