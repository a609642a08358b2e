"""Validity rows from check14-new (never-seen AllSides groups): page lines that are not the article.

Each row is a line of the checked captures, written as test data with made-up prose around it:
TG-34 (Reuters' in-text "Related Coverage <headline>", Fox's all-caps promoted headline and
Reuters' all-caps subhead between paragraphs), JR-11/JR-38 (Politico's "Story Continued Below"),
JR-10/JR-38 (Politico's headline repeated at the end of its first paragraph) and JR-8/JR-9/JR-39
(NPR's live-blog time stamps, "Update at 9:04 a.m. ET."). Each was kept by the cleaner and
scored as a sentence of the outlet's own voice; the rows around them are what must stay.
"""

from __future__ import annotations

import pytest

from contrast.clean import clean_text

PROSE = "The committee published its findings on Tuesday, and the minister welcomed most of them."
PROSE_2 = "Critics said the report ignored the cost to rural households and asked for a second review."


def paragraphs(text: str, *, title: str | None = None) -> list[str]:
    return clean_text(text, title=title).text.split("\n\n")


def removed(text: str, *, title: str | None = None) -> list[tuple[str, str]]:
    return list(clean_text(text, title=title).removed_lines)


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("Story Continued Below", "media"),  # JR-11
        ("Related Coverage Army chief had no advance knowledge of Trump's transgender ban", "related"),  # TG-34
        ("TRUMP ANNOUNCES BAN ON TRANSGENDER INDIVIDUALS SERVING IN THE MILITARY", "heading"),  # TG-34
        ("‘BREAKS YOUR SPIRIT’", "heading"),  # TG-34
        ("Update at 9:04 a.m. ET.", "dateline"),  # JR-8
        ("Update at 11:10 a.m. ET.", "dateline"),
        # check14q HL-7 … HL-51: the New York Times' ad and newsletter boxes, eleven prompts scored as its own sentences
        ("Advertisement Continue reading the main story", "media"),
        ("Newsletter Sign Up Continue reading the main story Please verify you're not a robot by clicking the box. Invalid "
         "email address. Please re-enter. You must select a newsletter to subscribe to. Sign Up You will receive emails "
         "containing news content , updates and promotions from The New York Times. You may opt-out at any time. Thank you "
         "for subscribing. An error has occurred. Please try again later. View all New York Times newsletters.", "media"),
        ("Enlarge this image toggle caption Mark Wilson/Getty Images Mark Wilson/Getty Images", "caption"),  # HL-14, NPR
    ],
)
def test_a_page_line_between_paragraphs_is_removed(line: str, category: str) -> None:
    text = f"{PROSE}\n\n{line}\n\n{PROSE_2}"
    assert paragraphs(text) == [PROSE, PROSE_2]
    assert removed(text) == [(category, line)]


@pytest.mark.parametrize(
    "line",
    [
        "THE END OF AN ERA.",  # a shouted sentence ends like one: prose, not a heading
        "NATO",  # one word in capitals: an acronym, maybe a label, not a promoted headline
        "Related coverage of the hearing was thin, the editors admitted on Friday.",
        "The update at 9:04 a.m. ET showed a sharp fall in the futures market.",
        "Story continued to unfold in the capital, where crowds gathered on Friday.",
        "Readers who continue reading the main story will find the minister's full reply on page two.",
        "Toggle switches and caption editors were on sale at the fair, the organisers said.",
    ],
)
def test_a_body_line_of_the_same_words_stays(line: str) -> None:
    text = f"{PROSE}\n\n{line}\n\n{PROSE_2}"
    assert paragraphs(text) == [PROSE, line, PROSE_2]


def test_a_capitalised_title_line_before_the_body_is_not_called_a_heading() -> None:
    text = f"SENATE PASSES THE BUDGET\n\n{PROSE}\n\n{PROSE_2}"
    assert paragraphs(text) == ["SENATE PASSES THE BUDGET", PROSE, PROSE_2]


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        (
            'Update at 11:20 a.m. ET: "Jobs slowdown adds to global fears," The Wall Street Journal says.',
            '"Jobs slowdown adds to global fears," The Wall Street Journal says.',
        ),
        ("Update at 11:10 a.m. ET. Have Hopes Been Dashed?", "Have Hopes Been Dashed?"),
        ("Update at 9:54 a.m. ET. Weak, Lousy, Horrid; Pick Your Word:", "Weak, Lousy, Horrid; Pick Your Word:"),
    ],
)
def test_a_live_blog_time_stamp_goes_and_its_line_stays(line: str, rest: str) -> None:
    text = f"{PROSE}\n\n{line}\n\n{PROSE_2}"
    assert paragraphs(text) == [PROSE, rest, PROSE_2]
    assert removed(text) == [("dateline", line[: len(line) - len(rest)].strip())]


TITLE = "Unemployment up; 69K jobs added"


def test_the_title_repeated_at_the_end_of_the_first_paragraph_is_removed() -> None:
    """JR-10: Politico's dek, then its headline glued on (no stop between them)."""
    text = (
        f"{TITLE}\n\nThe unemployment rate is up at 8.2 percent, reports the Labor Department. {TITLE}\n\n{PROSE}"
    )
    assert paragraphs(text, title=TITLE) == [
        "The unemployment rate is up at 8.2 percent, reports the Labor Department.",
        PROSE,
    ]
    assert removed(text, title=TITLE) == [("title", TITLE), ("title", TITLE)]


def test_the_title_repeated_at_the_start_of_the_first_paragraph_is_removed() -> None:
    text = f"{TITLE} The unemployment rate is up at 8.2 percent, reports the Labor Department.\n\n{PROSE}"
    assert paragraphs(text, title=TITLE)[0] == "The unemployment rate is up at 8.2 percent, reports the Labor Department."


def test_a_first_sentence_that_begins_with_the_titles_words_stays() -> None:
    title = "Jobs report disappoints investors"
    lead = "Jobs report disappoints investors as hiring slows for a third month in a row, economists said."
    assert paragraphs(f"{lead}\n\n{PROSE}", title=title) == [lead, PROSE]
