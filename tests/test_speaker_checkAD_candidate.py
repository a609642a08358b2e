"""A candidate's courtesy title types no official across the report, check AD (DB-34).

Townhall's "an exceptional evening for Governor Romney", of "the Republican presidential candidate Mitt Romney" (who had
left office in 2007), made NPR's "Romney said …" an official's by the report's pooling of roles (check8 RM-19): a
former office-holder speaks for no government. A title before a bare surname is set aside for a person a source calls
a candidate by name; a title with the full name still types a sitting office-holder who runs. The sentences are new
ones of the same structure.
"""

from __future__ import annotations

from tests.reportkit import EASY
from tests.test_speaker_one_person_one_kind import _figures, _share

COLUMN = (
    "Democratic challenger Ruth Alvarez had the better night against the incumbent. "
    "It was a strong evening for Governor Alvarez, whatever the polls say next week. "
)
CANDIDATE_ONLY = "Democratic challenger Ruth Alvarez had the better night against the incumbent. "
SITTING = (
    "Democratic challenger Ruth Alvarez had the better night against the incumbent. "
    "New Mexico Gov. Ruth Alvarez spoke in Santa Fe on Thursday about the budget. "
)
BARE = "“The plan is a good one for every family in the state,” Alvarez said on Friday. "


def test_a_courtesy_title_of_a_candidate_types_no_official_elsewhere() -> None:
    figures = _figures({"t": ("right", COLUMN + EASY), "n": ("center", BARE + EASY)})
    assert _share(figures, "center", "speaker.official") == 0.0
    assert _share(figures, "center", "speaker.unspecified") == 1.0


def test_a_candidate_named_so_alone_is_no_kind_of_speaker() -> None:
    figures = _figures({"t": ("right", CANDIDATE_ONLY + EASY), "n": ("center", BARE + EASY)})
    assert _share(figures, "center", "speaker.unspecified") == 1.0


def test_a_sitting_office_holder_who_runs_is_still_an_official() -> None:
    figures = _figures({"t": ("right", SITTING + EASY), "n": ("center", BARE + EASY)})
    assert _share(figures, "center", "speaker.official") == 1.0


