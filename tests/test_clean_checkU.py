"""Validity rows from check U (groups U-PR and U-CO): page furniture cleaning kept, scored as the outlet's own text.

CO-34/CO-52 (an embedded tweet of three lines, only its last line, with the byline, removed), CO-7/CO-41 (USA Today's
related link "<Label>:<headline>", the label the story's subject), CO-13 (Vox's "Update: Story updated with comment
from …"), and the reader's confusing #2 (USA Today's byline with no "By" and its "USA TODAY" line counted as sentences;
its trailer "– <Name> contributed from <Place>" kept). Each row is a new text of the same shape with made-up names and
words; the rows that must stay are the same shapes' near misses.
"""

from __future__ import annotations

import pytest

from contrast.clean import clean_text
from tests.test_clean_check15 import PROSE, PROSE_2, cleaned_between

# --- an embedded post of several lines (CO-34, CO-52) ------------------------------------------------------------------

POST_LINES = (
    "My hands shake now, but I can still type, and I have a question for @SenJaneRoe:",
    "Will you stand with the families of this state or with the insurers? Vote NO on the bill #SaveOurClinics",
)
POST_END = "Give $5 and pass it on: https://t.co/AbCdEf12 pic.twitter.com/XyZ98765 — Maria Lopez (@MariaLopezMD) May 3, 2019"


def test_the_lines_of_a_post_before_its_byline_go_with_it() -> None:
    # a post's own line breaks come through as two blank lines or more; the outlet's paragraphs are one blank line apart
    text = f"{PROSE}\n\n" + "\n\n\n\n".join([*POST_LINES, POST_END]) + f"\n\n{PROSE_2}"
    result = clean_text(text)
    assert result.text.split("\n\n") == [PROSE, PROSE_2]
    assert [line for _, line in result.removed_lines] == [*POST_LINES, POST_END]


def test_a_bare_byline_takes_the_post_lines_before_its_last_one() -> None:
    lines = ["Pharmacies in three counties ran out of the vaccine this week.", "Where is the state's plan? —"]
    text = f"{PROSE}\n\n" + "\n\n\n".join(lines) + "\n\nMaria Lopez (@MariaLopezMD) May 3, 2019" + f"\n\n{PROSE_2}"
    assert clean_text(text).text.split("\n\n") == [PROSE, PROSE_2]


@pytest.mark.parametrize(
    "lead_in",
    [
        # the outlet's lead-in, even set apart like a line of the post: it names the post, or it marks nothing as a post's
        "The governor answered the protesters with this tweet:",
        "Highlights of the governor's reply:",
        "She wrote to @SenJaneRoe on Tuesday:",
    ],
)
def test_the_outlets_lead_in_stays_before_a_post(lead_in: str) -> None:
    text = f"{PROSE}\n\n{lead_in}\n\n\n\n{POST_LINES[1]}\n\n\n\n{POST_END}\n\n{PROSE_2}"
    assert clean_text(text).text.split("\n\n") == [PROSE, lead_in, PROSE_2]


def test_a_paragraph_one_blank_line_before_a_post_stays() -> None:
    paragraph = "Lopez, a physician, has campaigned against the bill since spring."
    text = f"{PROSE}\n\n{paragraph}\n\n{POST_LINES[1]}\n\n\n\n{POST_END}\n\n{PROSE_2}"
    assert clean_text(text).text.split("\n\n") == [PROSE, paragraph, PROSE_2]


def test_lines_longer_than_a_post_stay() -> None:
    # set apart like a post's lines, but together longer than any post: the outlet's paragraphs after a removed box
    paragraph = ("A spokesman for the insurers said the companies had not been consulted about the bill, and that the "
                 "cost of the new rules would fall on patients in rural counties, who already pay the most for cover.")
    text = f"{PROSE}\n\n{paragraph}\n\n\n\n{POST_LINES[1]}\n\n\n\n{POST_END}\n\n{PROSE_2}"
    assert clean_text(text).text.split("\n\n") == [PROSE, paragraph, PROSE_2]


# --- a related link glued to its label (CO-7, CO-41) --------------------------------------------------------------------


@pytest.mark.parametrize(
    "link",
    [
        "Gov. Ruiz:State budget deal restores funding for rural hospitals",
        "Rep. Jane Roe:Farm bill vote 'a betrayal of growers', says the congresswoman",
        "Fact check:Mayor's claim about crime rates leaves out two years",
        "Also:Senate panel delays vote on water rights",
    ],
)
def test_a_label_glued_to_a_headline_goes(link: str) -> None:
    assert cleaned_between(link) == ([PROSE, PROSE_2], [("related", link)])


@pytest.mark.parametrize(
    "line",
    [
        # a quotation introduced by its speaker, a verse, a ticker, a label with a space after its colon
        "The mayor told reporters:“We will not close a single school this year, whatever the council decides.”",
        "Psalms 46:1 was read aloud at the memorial on Sunday, the pastor said.",
        "Oil prices US:CLQ19 rose for a second day to $58.20 a barrel, traders said.",
        "The plan has two parts: Schools stay open, and the council pays for more buses.",
    ],
)
def test_lines_with_a_colon_that_are_no_glued_link_stay(line: str) -> None:
    assert cleaned_between(line)[0] == [PROSE, line, PROSE_2]


# --- a note about the post said the headline's way (CO-13) --------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Update: Story updated with comment from the mayor's office.",
        "Correction: Article corrected to fix the spelling of the mayor's name.",
        "Post updated at 4 p.m.",
    ],
)
def test_a_note_that_the_post_was_updated_goes(note: str) -> None:
    assert cleaned_between(note) == ([PROSE, PROSE_2], [("post_note", note)])


def test_a_sentence_about_a_story_revising_something_stays() -> None:
    line = "The story revised earlier estimates of the flood damage upward by a third, the agency said."
    assert cleaned_between(line)[0] == [PROSE, line, PROSE_2]


# --- a byline with no "By", the outlet's name, a contributor's line (confusing #2) --------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        ["Maria Lopez and Tom J. Baker", "THE LEDGER"],
        ["Ana Ruiz, Peter McCall and Jane Roe"],
        ["Ana Ruiz", "LEDGER"],
    ],
)
def test_a_byline_with_no_by_and_the_outlets_name_go(head: list[str]) -> None:
    result = clean_text("\n\n".join([*head, PROSE, PROSE_2]))
    assert result.text.split("\n\n") == [PROSE, PROSE_2]
    assert list(result.removed_lines) == [("dateline", line) for line in head]


def test_names_and_capitals_after_the_first_paragraph_stay() -> None:
    # a list of names inside the article is the article's, and a heading in capitals with no byline above it
    text = "\n\n".join([PROSE, "Maria Lopez and Tom Baker", PROSE_2])
    assert clean_text(text).text.split("\n\n")[:2] == [PROSE, "Maria Lopez and Tom Baker"]


@pytest.mark.parametrize(
    "credit",
    ["– Ana Ruiz contributed from Mexico City", "Peter McCall contributed reporting from Lagos.", "— Jane Roe contributed"],
)
def test_a_contributors_line_ending_the_text_goes(credit: str) -> None:
    result = clean_text(f"{PROSE}\n\n{PROSE_2}\n\n{credit}")
    assert result.text.split("\n\n") == [PROSE, PROSE_2]
    assert list(result.removed_lines) == [("trailer", credit)]


def test_a_heading_in_capitals_with_no_byline_above_it_stays() -> None:
    assert clean_text("\n\n".join(["SUMMARY", PROSE, PROSE_2])).text.split("\n\n") == ["SUMMARY", PROSE, PROSE_2]
