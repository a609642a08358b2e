"""check AH/AI on cleaning: CNN's "Story highlights" bullets over the story were counted as its sentences (WI-26: three
of its 16 "million" were in them; they repeat the body's facts). Texts are new ones of the same shapes, with near misses
that stay."""

from __future__ import annotations

import pytest

from contrast.clean import clean_text

BODY = "The county board voted on Tuesday to close two polling places, citing low turnout in the last election."
MORE = "Residents who used those sites will be sent a letter naming their new polling place before November."
BULLETS = ["Board cites turnout of 11% at the two sites in the last election", "Voters will be told of their new site by mail",
           'Clerk: "We heard every objection"']  # fmt: skip


@pytest.mark.parametrize("label", ["Story highlights", "Key points:", "HIGHLIGHTS"])
def test_a_box_of_highlights_over_the_story_goes_with_its_label(label: str) -> None:
    glued = clean_text(f"{label} {BULLETS[0]}\n\n{BULLETS[1]}\n\n{BULLETS[2]}\n\n{BODY}\n\n{MORE}")
    apart = clean_text(f"{label}\n\n" + "\n\n".join(BULLETS) + f"\n\n{BODY}\n\n{MORE}")
    for result in (glued, apart):
        assert result.text == f"{BODY}\n\n{MORE}"
        assert [line for category, line in result.removed_lines if category == "media"][-1] == BULLETS[2]


@pytest.mark.parametrize(
    "text",
    [
        f"Highlights of the plan include a new polling place in every ward.\n\n{BODY}\n\n{MORE}",  # a sentence on highlights
        f"Key points were raised at the meeting by residents of both wards.\n\n{BODY}\n\n{MORE}",
        f"Story highlights\n\n{BODY}\n\n{MORE}",  # a label with no bullet: nothing of the body goes
        f"Highlights of the bill:\n\nA tax credit for parents\n\nA polling place in every ward\n\n{BODY}\n\n{MORE}",  # the body's list
    ],
)
def test_prose_about_highlights_and_a_label_without_bullets_keep_the_body(text: str) -> None:
    result = clean_text(text)
    assert BODY in result.text and MORE in result.text
    assert not [line for category, line in result.removed_lines if category == "media"]
