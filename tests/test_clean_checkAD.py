"""check AD on cleaning: a photo gallery flattened into the text (DB-5, DB-14, DB-20, DB-41). CNN's slides, each
"Photos: <gallery title> <caption> Hide Caption k of n", were kept as 11 of its 39 sentences: its "only in" claims,
its distinctive words ("photos", "preparing") and a fifth of its tone. Texts are new ones of the same shapes, with near
misses that stay."""

from __future__ import annotations

import pytest

from contrast.clean import clean_text

BEFORE = "The county's emergency office said on Saturday that the river had crested two feet above its flood stage."
AFTER = "Officials said they expected the water to fall slowly over the next week as the rain moved east."

GALLERY = (
    "Photos: Photos: Flooding along the river Photos: Photos: Flooding along the river Flooding along the river – "
    "Volunteers stack sandbags outside a bakery in Harlow, Iowa, on Friday, June 12. Hide Caption 1 of 3 "
    "Photos: Photos: Flooding along the river Flooding along the river – A pickup truck waits on a closed bridge on "
    "Thursday. Hide Caption 2 of 3 Photos: Photos: Flooding along the river Flooding along the river – A family rows "
    "past the town hall. Hide Caption 3 of 3"
)


def test_a_gallery_on_its_own_line_goes_one_caption_per_slide() -> None:
    result = clean_text(f"{BEFORE}\n\n{GALLERY}\n\n{AFTER}")
    assert result.text == f"{BEFORE}\n\n{AFTER}"
    assert result.removed["caption"] == 3
    assert ("caption", "Photos: Photos: Flooding along the river Flooding along the river – A family rows past the town hall. "
            "Hide Caption 3 of 3") in result.removed_lines  # fmt: skip


def test_a_gallery_glued_inside_a_paragraph_is_cut_and_the_paragraph_kept() -> None:
    first = "Crews worked through the night to shore up the levee north of the town."
    rest = "By morning the mayor said the worst of the danger had passed for now."
    result = clean_text(f"{BEFORE}\n\n{first} {GALLERY} {rest}\n\n{AFTER}")
    assert result.text == f"{BEFORE}\n\n{first} {rest}\n\n{AFTER}"
    assert result.removed["caption"] == 3


def test_a_gallery_the_capture_broke_over_lines_goes_whole() -> None:
    lines = [
        "Photos: Senators on the farm bill Photos: Senators on the farm bill Sen. Ann Roe, a Democrat from Ohio, "
        "speaks to farmers in Lima on Monday. She has pressed for higher crop insurance payments.",
        "-- Reporting by the Washington bureau. Hide Caption 1 of 3 Photos: Senators on the farm bill",
        '"We will not leave the growers behind," Sen. Ray Doe told reporters. Doe, a Republican, chairs the panel. '
        "Hide Caption 2 of 3 Photos: Senators on the farm bill Sen. Lee Poe walks to the floor vote.",
        "Hide Caption 3 of 3",
    ]
    result = clean_text("\n\n".join([BEFORE, *lines, AFTER]))
    assert result.text == f"{BEFORE}\n\n{AFTER}"
    assert result.removed["caption"] == 3


@pytest.mark.parametrize(
    "line",
    [
        # the words in running prose: no slide's end in the button's capitals with its number
        "Photos: the agency said it would release none of the pictures until the inquiry had ended in the spring.",
        "The app lets readers hide captions on photos, and about 1 of 3 of them do so, the company said on Monday.",
        "Editors chose the photos for the front page; the caption of the second one was corrected later that day.",
    ],
)
def test_prose_naming_photos_and_captions_stays(line: str) -> None:
    result = clean_text(f"{BEFORE}\n\n{line}\n\n{AFTER}")
    assert line in result.text
    assert result.removed["caption"] == 0


def test_prose_before_a_gallery_that_opens_on_the_next_line_stays() -> None:
    lead = "Farmers in the valley said the flood came faster than any they remembered from the last forty years."
    result = clean_text(f"{BEFORE}\n\n{lead}\n\n{GALLERY}\n\n{AFTER}")
    assert result.text == f"{BEFORE}\n\n{lead}\n\n{AFTER}"
