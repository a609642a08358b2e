"""check AD on cleaning: a photo gallery flattened into the text (DB-5, DB-14, DB-20, DB-41). CNN's slides, each
"Photos: <gallery title> <caption> Hide Caption k of n", were kept as 11 of its 39 sentences: its "only in" claims,
its distinctive words ("photos", "preparing") and a fifth of its tone; and a live blog's update markers (DB-16, DB-22).
Texts are new ones of the same shapes, with near misses that stay."""

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
        # "update" as a verb or noun in prose: no marker's dash or colon after it (the live blog's markers, below)
        "Update those files before Friday, the agency told its staff in a memo sent on Monday morning.",
        "Updates to the rule were published on Tuesday, and the agency said more would follow in the spring.",
    ],
)
def test_prose_naming_photos_captions_and_updates_stays(line: str) -> None:
    result = clean_text(f"{BEFORE}\n\n{line}\n\n{AFTER}")
    assert line in result.text
    assert result.removed["caption"] == result.removed["post_note"] == 0


def test_prose_before_a_gallery_that_opens_on_the_next_line_stays() -> None:
    lead = "Farmers in the valley said the flood came faster than any they remembered from the last forty years."
    result = clean_text(f"{BEFORE}\n\n{lead}\n\n{GALLERY}\n\n{AFTER}")
    assert result.text == f"{BEFORE}\n\n{lead}\n\n{AFTER}"


# --- a live blog's update markers (DB-16, DB-22) ------------------------------------------------------------------
# Townhall's "UPDATE II - …" went as a wire dateline (a word in capitals, then a dash, near the top) while "UPDATE VII -
# Hell has frozen over." stayed whole and anchored an "only in" claim on "UPDATE VII" and "Hell". Every marker is page
# furniture, removed alike; what the writer added after it is the writer's.

LEAD = "The senator's speech ran forty minutes and drew a standing ovation from the delegates in the hall."


@pytest.mark.parametrize(
    ("line", "marker", "rest"),
    [
        ("UPDATE II - Pollsters said the race had tightened in three states.", "UPDATE II -",
         "Pollsters said the race had tightened in three states."),
        ("UPDATE IX - Heaven can wait, apparently.", "UPDATE IX -", "Heaven can wait, apparently."),
        ("UPDATE (second of several) - Turnout looks high in the suburbs.", "UPDATE (second of several) -",
         "Turnout looks high in the suburbs."),
        ("UPDATE 4: The governor's office has not replied.", "UPDATE 4:", "The governor's office has not replied."),
        ("Update (Jane Roe): The hearing resumes at noon.", "Update (Jane Roe):", "The hearing resumes at noon."),
        ("Update: 4:12PM EDT: Police have reopened the bridge.", "Update: 4:12PM EDT:", "Police have reopened the bridge."),
    ],
)  # fmt: skip
def test_a_live_blog_update_marker_goes_and_its_text_stays(line: str, marker: str, rest: str) -> None:
    result = clean_text(f"{LEAD}\n\n{line}\n\n{AFTER}")
    assert result.text == f"{LEAD}\n\n{rest}\n\n{AFTER}"
    assert ("post_note", marker) in result.removed_lines


def test_a_numbered_marker_near_the_top_is_no_dateline() -> None:
    line = "UPDATE III - Pollsters said the race had tightened in three states overnight and would tighten again."
    result = clean_text(f"{LEAD}\n\n{line}\n\n{AFTER}")
    assert ("post_note", "UPDATE III -") in result.removed_lines
    assert result.removed["dateline"] == 0


def test_a_marker_alone_on_its_line_goes_whole() -> None:
    result = clean_text(f"{LEAD}\n\nUPDATE (6:30 p.m. PST):\n\n{AFTER}")
    assert result.text == f"{LEAD}\n\n{AFTER}"


def test_a_wire_dateline_near_the_top_is_still_one() -> None:
    result = clean_text(f"DENVER (AP) — {LEAD}\n\n{AFTER}")
    assert result.text.startswith(LEAD)
    assert ("dateline", "DENVER (AP) —") in result.removed_lines
