"""report.toml validation: one clear line naming the file, the source, the field and what is allowed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from contrast.config import load_report
from contrast.errors import ManifestError
from tests.conftest import SOFT_POWER, TARIFFS
from tests.reportkit import make_report


def _error(root: Path) -> str:
    with pytest.raises(ManifestError) as caught:
        load_report(root)
    return str(caught.value)


@pytest.mark.parametrize("folder", [SOFT_POWER, TARIFFS])
def test_bundled_reports_are_valid(folder: Path) -> None:
    report = load_report(folder)
    assert report.manifest.sources and all(path.is_file() for path in report.source_paths.values())


def test_bundled_tariff_sources_have_no_header_lines() -> None:
    for path in load_report(TARIFFS).source_paths.values():
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert not first.startswith(("title:", "origin:", "outlet:", "date:", "url:"))


def test_missing_folder_is_reported(tmp_path: Path) -> None:
    assert "report folder not found" in _error(tmp_path / "nope")


def test_folder_without_manifest_is_reported(tmp_path: Path) -> None:
    assert "no report.toml" in _error(tmp_path)


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "report.toml").write_text("title = \n", encoding="utf-8")
    message = _error(tmp_path)
    assert "report.toml" in message and "not valid TOML" in message


def test_unknown_origin_names_source_field_and_allowed_values(tmp_path: Path) -> None:
    make_report(tmp_path, origin_of={"critic-b": "state-media"})
    message = _error(tmp_path)
    assert "report.toml" in message
    assert "sources[1] (id 'critic-b')" in message
    assert "field 'origin'" in message or "origin" in message
    assert "allowed: state, critical" in message


def test_extra_field_is_forbidden_and_allowed_fields_listed(tmp_path: Path) -> None:
    make_report(tmp_path, source_overrides={"state-a": {"colour": "red"}})
    message = _error(tmp_path)
    assert "sources[0] (id 'state-a'), field 'colour'" in message
    assert "unknown field; allowed:" in message and "outlet" in message


def test_missing_required_field_is_named(tmp_path: Path) -> None:
    make_report(tmp_path)
    text = (tmp_path / "report.toml").read_text(encoding="utf-8").replace('title = "Test report"\n', "")
    (tmp_path / "report.toml").write_text(text, encoding="utf-8")
    assert "field 'title': required field is missing" in _error(tmp_path)


def test_bad_colour_explains_the_format(tmp_path: Path) -> None:
    origins = [{"id": "state", "label": "State", "colour": "red"}, {"id": "critical", "label": "C", "colour": "#000000"}]
    make_report(tmp_path, origins=origins)
    assert "origins[0] (id 'state'), field 'colour': must be a hex colour" in _error(tmp_path)


def test_bad_date_explains_the_format(tmp_path: Path) -> None:
    make_report(tmp_path, source_overrides={"state-a": {"date": "5 May 2025"}})
    assert "must be YYYY, YYYY-MM or YYYY-MM-DD" in _error(tmp_path)


def test_duplicate_source_ids_are_rejected(tmp_path: Path) -> None:
    make_report(tmp_path, source_overrides={"critic-b": {"id": "state-a"}})
    assert "duplicate id 'state-a'" in _error(tmp_path)


def test_parent_directory_in_source_path_is_rejected(tmp_path: Path) -> None:
    root = make_report(tmp_path / "r", source_overrides={"state-a": {"path": "../outside.txt"}})
    (tmp_path / "outside.txt").write_text("secret", encoding="utf-8")
    assert "leaves the report folder" in _error(root)


def test_absolute_source_path_is_rejected(tmp_path: Path) -> None:
    make_report(tmp_path, source_overrides={"state-a": {"path": "/etc/hostname"}})
    assert "is absolute" in _error(tmp_path)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_symlink_out_of_the_report_folder_is_rejected(tmp_path: Path) -> None:
    root = make_report(tmp_path / "r")
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the report", encoding="utf-8")
    link = root / "sources" / "state-a.txt"
    link.unlink()
    link.symlink_to(secret)
    assert "points outside the report folder" in _error(root)


def test_missing_source_file_is_named(tmp_path: Path) -> None:
    root = make_report(tmp_path)
    (root / "sources" / "critic-b.txt").unlink()
    message = _error(root)
    assert "sources[1] (id 'critic-b')" in message and "not found" in message


def test_unsupported_suffix_lists_allowed_types(tmp_path: Path) -> None:
    root = make_report(tmp_path, source_overrides={"state-a": {"path": "sources/state-a.docx"}})
    (root / "sources" / "state-a.docx").write_bytes(b"PK\x03\x04")
    assert "allowed: .txt, .md" in _error(root)


def test_report_toml_path_is_accepted_as_well_as_folder(tmp_path: Path) -> None:
    root = make_report(tmp_path)
    assert load_report(root / "report.toml").root == root.resolve()


def test_lenses_table_accepts_extra_cues_and_targets(tmp_path) -> None:
    root = make_report(tmp_path, extra={"lenses": {"certainty": {"hedge": ["rumoured"]},
                                                   "targets": [{"id": "eu", "label": "The EU", "aliases": ["EU", "Brussels"]}]}})
    lenses = load_report(root).manifest.lenses
    assert lenses.extra("certainty") == {"hedge": ["rumoured"]}
    assert [t.id for t in lenses.targets] == ["eu"]


def test_unknown_lens_category_lists_the_allowed_ones(tmp_path) -> None:
    root = make_report(tmp_path, extra={"lenses": {"loaded": {"slurs": ["x"]}}})
    with pytest.raises(ManifestError, match=r"field 'lenses.loaded.slurs': unknown loaded category; allowed: label, slant, glitter"):
        load_report(root)


def test_unknown_field_in_a_lens_target_lists_the_allowed_ones(tmp_path) -> None:
    root = make_report(tmp_path, extra={"lenses": {"targets": [{"id": "eu", "label": "EU", "aliases": ["EU"], "colour": "x"}]}})
    with pytest.raises(ManifestError, match=r"unknown field; allowed: aliases, id, label"):
        load_report(root)
