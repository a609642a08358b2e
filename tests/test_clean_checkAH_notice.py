"""An opinion page's notice that the piece is its writer's is page furniture wherever it stands at an edge (AH brief
item 6, /work/notes/fixAHa-s20.md: CNN's "The opinions expressed are his own." was read as reported speech): after an
"Editor's note:" bio, in the forms "… are hers.", "… belong to the author.", and glued to the outlet's own sentence of
introduction, where the notice goes and the outlet's sentence stays. New texts of the same shapes; near misses stay."""

from __future__ import annotations

import pytest

from contrast.clean import clean_text
from tests.test_clean_checkAG import BODY, MORE


@pytest.mark.parametrize(
    "bio",
    [
        "Editor's note: Gov. Ann Mercer, a Democrat from Vermont, is a member of the National Governors Association. "
        "The opinions expressed in this commentary are hers.",
        "Editor's Note: Tom Reyes is a labor economist at the Brookings Institution. The views expressed in this "
        "commentary belong to the author.",
        "Lena Ford is a columnist and radio host. The opinions expressed in this commentary are theirs.",
    ],
)
def test_an_editors_note_bio_with_its_notice_goes_whole(bio: str) -> None:
    assert clean_text(f"{bio}\n\n{BODY}\n\n{MORE}").text == f"{BODY}\n\n{MORE}"


def test_a_notice_after_the_outlets_own_introduction_goes_alone() -> None:
    intro = "Our columnists look back on the year in state politics."
    notice = "The opinions expressed in these commentaries are solely those of the authors."
    assert clean_text(f"{intro} {notice}\n\n{BODY}\n\n{MORE}").text == f"{intro}\n\n{BODY}\n\n{MORE}"


@pytest.mark.parametrize(
    "line",
    [
        "The comments may have complicated that task, given the often opposed opinions expressed at the hearings.",
        "Opinions expressed at the hearing were sharply divided, and the board said it would vote in May.",
    ],
)
def test_opinions_someone_expressed_stay(line: str) -> None:
    text = f"{line}\n\n{BODY}\n\n{MORE}"
    assert clean_text(text).text == text
