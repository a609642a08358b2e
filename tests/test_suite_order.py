"""The order the test workers take the files in: the slowest first, so that both end together."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from tests.conftest import HEAVIEST_FIRST, REPO, heaviest_first


def test_the_ci_command_hands_the_files_out_in_collection_order() -> None:
    """xdist's default reorder (most tests first) would undo the conftest's order."""
    command = (REPO / ".ci" / "pytest").read_text(encoding="utf-8")
    assert "--dist loadfile --no-loadscope-reorder" in command


def test_every_file_named_to_go_first_exists_once() -> None:
    assert len(set(HEAVIEST_FIRST)) == len(HEAVIEST_FIRST)
    assert [name for name in HEAVIEST_FIRST if not (REPO / "tests" / name).is_file()] == []


def test_the_slowest_files_go_first_and_the_others_by_their_number_of_tests() -> None:
    def items(name: str, count: int) -> list[SimpleNamespace]:
        return [SimpleNamespace(path=Path("tests") / name, index=index) for index in range(count)]

    few, many, slow, slower = items("test_few.py", 2), items("test_many.py", 9), items(HEAVIEST_FIRST[1], 1), items(HEAVIEST_FIRST[0], 3)
    ordered = heaviest_first([*few, *many, *slow, *slower])
    assert ordered == [*slower, *slow, *many, *few]  # each file's tests together, in their own order
