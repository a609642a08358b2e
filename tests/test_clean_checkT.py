"""Validity rows from check T (groups T-SB and T-SC): page furniture cleaning kept, scored as the outlet's own voice.

SB-66/SB-67 (Vox's "Related <headline>" link and its donation appeal under "Support Vox's explanatory journalism"),
SB-69 (a wire photo's caption, its credit cut off, known by the place and full date it ends with), SB-70 (CNBC's "Also
see: <headline>"), SC-43 (the Hill's person link with a space before its pasted headlines), SC-36/SC-72 (CBN's "Follow
their Twitter accounts …" closing a paragraph), SC-71 (Vox's last section heading, "What we don't know:", with nothing
after it), and the op-ed tail the SC-36 rule let slip (an author's bio with its "Follow her on Twitter" and the opinion
page's "You can read diverse opinions …" notice after it). Each row is a new text of the same shape with made-up names
and words; the rows that must stay are the same shapes' near misses.
"""

from __future__ import annotations

import pytest

from contrast.clean import clean_text, drop_hover_titles
from tests.test_clean_check15 import PROSE, PROSE_2, cleaned_between

# --- a donation appeal under its heading (SB-66, SB-67) ------------------------------------------------------------------

APPEAL = (
    "Each week at the Ledger, we set out to answer the questions you send us and to give you, and readers across the "
    "state, reporting you can act on. That work takes time and money. Your gift keeps every story free to read. "
    "Please think about making a contribution to the Ledger this month."
)


def test_a_donation_appeal_under_its_heading_goes() -> None:
    result = clean_text(f"{PROSE}\n\n{PROSE_2}\n\nSupport the Ledger's independent journalism\n\n{APPEAL}")
    assert result.text.split("\n\n") == [PROSE, PROSE_2]
    assert [category for category, _ in result.removed_lines] == ["prompt", "prompt"]


def test_a_donation_appeal_glued_to_its_heading_goes() -> None:
    line = "Support Civic Journalism The Courier is funded by readers: Chip in $5 to keep our coverage of the council free."
    assert cleaned_between(line) == ([PROSE, PROSE_2], [("prompt", line)])


@pytest.mark.parametrize(
    "paragraph",
    [
        # sentences about supporting journalism, and a paragraph about donations with no appeal heading before it
        "Support for local journalism has fallen by half since 2008, a study by the state university found this week.",
        "Donors who contribute to the fund can choose which of your town's newsrooms gets the money, the foundation said.",
    ],
)
def test_sentences_about_supporting_journalism_stay(paragraph: str) -> None:
    assert cleaned_between(paragraph) == ([PROSE, paragraph, PROSE_2], [])


def test_an_appeal_heading_ends_where_the_appeal_does() -> None:
    body = "The council will vote on the measure again in March, after the public hearing that you can attend in person."
    result = clean_text(f"{PROSE}\n\nSupport local journalism\n\n{APPEAL}\n\n{body}")
    assert result.text.split("\n\n") == [PROSE, body]


# --- a wire photo's caption known by its place and date (SB-69) ----------------------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "Protesters hold signs outside the statehouse during a rally against the budget cuts in Springfield, Illinois, Oct. 4, 2019.",
        "Governor Ana Ruiz (D-NM) waves to supporters after the day's campaign events to promote the water bill at the "
        "fairgrounds in Albuquerque, New Mexico, U.S., September 9, 2021.",
        "The foreign minister arrives for talks at the Foreign Office in London, Tuesday, May 3, 2022.",
    ],
)
def test_a_caption_ending_with_its_place_and_date_goes(caption: str) -> None:
    assert cleaned_between(caption) == ([PROSE, PROSE_2], [("caption", caption)])


@pytest.mark.parametrize(
    "sentence",
    [
        # the date is not the line's end, or another sentence comes first
        "The two leaders met for the first time in Geneva, Switzerland, on Oct. 4, 2019, and agreed to meet again soon.",
        "The deal collapsed in the spring. Talks resumed at the ministry in Geneva, Switzerland, Oct. 4, 2019.",
        "The treaty, which was signed on Oct. 4, 2019, took effect a year later after every member had ratified it.",
    ],
)
def test_prose_with_a_place_and_a_date_stays(sentence: str) -> None:
    assert cleaned_between(sentence) == ([PROSE, sentence, PROSE_2], [])


# --- related links: "Also see:", "Related <headline>" (SB-70, SB-66) ----------------------------------------------------


@pytest.mark.parametrize(
    "line", ["Also see: Markets slide as the dollar climbs for a third day", "Related What renters can do about rising costs"]
)
def test_an_also_see_or_related_link_goes(line: str) -> None:
    assert cleaned_between(line) == ([PROSE, PROSE_2], [("related", line)])


def test_a_sentence_opening_with_related_stays() -> None:
    sentence = "Related charges were filed against two other men on Friday, the county prosecutor told reporters."
    assert cleaned_between(sentence) == ([PROSE, sentence, PROSE_2], [])


# --- a person link's hover text after a space (SC-43) --------------------------------------------------------------------


def test_a_hover_text_after_a_space_goes_and_the_name_stays() -> None:
    line = (
        "Rep. Dana Kim (D-Ore.) said she asked Speaker Maria Lopez Maria Elena Lopez Senate passes farm bill Voters sour "
        "on tariffs MORE (R-Ariz.) to speed up the vote."
    )
    result = drop_hover_titles([line])
    assert result.lines == ["Rep. Dana Kim (D-Ore.) said she asked Speaker Maria Lopez (R-Ariz.) to speed up the vote."]
    assert [r.text for r in result.removed] == ["Maria Elena Lopez Senate passes farm bill Voters sour on tariffs MORE"]


def test_a_name_said_twice_without_a_hover_text_stays() -> None:
    line = "Maria Lopez thanked Maria Elena Lopez Diaz, her aunt, and said MORE help would come from the Senate next year."
    assert drop_hover_titles([line]).lines == [line]


# --- a prompt to follow accounts closing a paragraph (SC-36, SC-72) -----------------------------------------------------


@pytest.mark.parametrize(
    "prompt",
    [
        "Follow their Instagram accounts and our Courier Facebook page for live updates from the courthouse.",
        "Follow Jane Roe and Sam Poe on Twitter for updates.",
    ],
)
def test_a_follow_prompt_inside_a_paragraph_goes(prompt: str) -> None:
    lead = "Our team of three reporters has been at the courthouse since dawn, waiting for the jury."
    assert cleaned_between(f"{lead} {prompt}") == ([PROSE, lead, PROSE_2], [("prompt", prompt)])


def test_a_sentence_opening_with_follow_stays() -> None:
    paragraph = (
        "Investigators spent a year on the case. Follow the money, they said, and it leads to a Twitter account run from a rented flat."
    )
    assert cleaned_between(paragraph) == ([PROSE, paragraph, PROSE_2], [])


# --- a lead-in left last, what it introduced cut off (SC-71) -------------------------------------------------------------


def test_a_lead_in_ending_the_text_goes() -> None:
    result = clean_text(f"{PROSE}\n\n{PROSE_2}\n\nWhat remains unclear:")
    assert result.text.split("\n\n") == [PROSE, PROSE_2]
    assert list(result.removed_lines) == [("heading", "What remains unclear:")]


def test_a_lead_in_with_its_text_after_it_stays() -> None:
    text = f"{PROSE}\n\nThe agency released the following statement:\n\n{PROSE_2}"
    assert clean_text(text).text.split("\n\n") == [PROSE, "The agency released the following statement:", PROSE_2]


# --- an op-ed's author bio with its follow line, then the opinion page's notice (the SC-36 rule's regression) -----------

OPINION_NOTICE = (
    "You can read diverse opinions from our Board of Contributors and guest writers on the Opinion page, on Twitter "
    "@CourierViews and in our weekly Opinion newsletter. To send a letter or column, see our submission guidelines."
)


@pytest.mark.parametrize(
    "bio",
    [
        "Jane Roe is a professor of public finance at Halden College. Her latest book is The Quiet Ledger. Follow her on Twitter: @janeroe",
        "Jane Roe is a professor of public finance at Halden College. Follow her on Twitter: @janeroe.",
    ],
)
def test_an_op_eds_bio_and_the_opinion_pages_notice_after_it_go(bio: str) -> None:
    result = clean_text(f"{PROSE}\n\n{PROSE_2}\n\n{bio}\n\n{OPINION_NOTICE}")
    assert result.text.split("\n\n") == [PROSE, PROSE_2]
    assert [category for category, _ in result.removed_lines] == ["trailer", "trailer"]


def test_a_sentence_about_reading_opinions_that_ends_the_body_stays() -> None:
    line = "Readers can find diverse opinions on the council's budget in our letters column, and many wrote in this week."
    assert clean_text(f"{PROSE}\n\n{PROSE_2}\n\n{line}").text.split("\n\n") == [PROSE, PROSE_2, line]
