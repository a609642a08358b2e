"""Frame senses, check AG (SN-40, EC-35), from new sentences of the same structure.

"the world of" a person ("the world of Benedict Arnold") is that person's era, no country's standing abroad; a
conflict of interest and a rule that "conflicts with" a law are no armed conflict.
"""

from __future__ import annotations

import pytest

from tests.test_frames_checkAE_senses import _cues


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The word belongs more to the world of Aaron Burr and duelling pistols than to ours.", ("external", "world")),
        ("Such oaths fit the world of Thomas Jefferson better than today's.", ("external", "world")),
        ("Voters want the board to root out conflicts of interest among its members.", ("security", "conflicts")),
        ("The mayor denied any conflict of interest in the land sale.", ("security", "conflict")),
        ("The county may not pass any rule that conflicts with the state charter.", ("security", "conflicts")),
    ],
)
def test_a_cue_in_another_sense_shows_no_frame(sentence: str, cue: tuple[str, str]) -> None:
    assert cue not in _cues(sentence)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The armed conflict with the rebels has displaced thousands.", ("security", "conflict")),
        ("Leaders from around the world met in Geneva.", ("external", "world")),
    ],
)
def test_the_cue_in_its_own_sense_still_counts(sentence: str, cue: tuple[str, str]) -> None:
    assert cue in _cues(sentence)
