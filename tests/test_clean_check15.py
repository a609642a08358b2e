"""Validity rows from check R (AllSides groups R-SD and R-EP): page lines cleaning kept that became false findings.

SD-71 (the Guardian's embedded tweet, its share-bar video caption and a pull-quote survived cleaning), SD-27/SD-67 (the
pull-quote "Our case just got exponentially better. … cover-up Michael Avenatti", Avenatti's words, printed as the
Guardian's own voice), EP-4/EP-39/EP-63 (NPR's blog notes, "Our original post continues:", counted as its own
sentences) and EP-23 (CNN's dateline "(CNN)" taken for a name only CNN's text has). Each row is a new line of the same
shape, with made-up words and prose around it; the rows that must stay are the same shapes' near misses.
"""

from __future__ import annotations

import pytest

from contrast.clean import Step, clean_text, drop_embedded_posts, drop_post_notes, drop_pull_quotes

PROSE = "The committee published its findings on Tuesday, and the minister welcomed most of them."
PROSE_2 = "Critics said the report ignored the cost to rural households and asked for a second review."
LONG = f"{PROSE} {PROSE_2} " * 4


def paragraphs(text: str) -> list[str]:
    return clean_text(text).text.split("\n\n")


def removed(text: str) -> list[tuple[str, str]]:
    return list(clean_text(text).removed_lines)


def cleaned_between(line: str, *, before: str = PROSE) -> tuple[list[str], list[tuple[str, str]]]:
    """The paragraphs and the removals of ``line`` cleaned between two paragraphs of prose."""
    result = clean_text(f"{before}\n\n{line}\n\n{PROSE_2}")
    return result.text.split("\n\n"), list(result.removed_lines)


def kept(lines: list[str], step: Step) -> list[str]:
    return [line for line in step(lines).lines if line]


# --- embedded posts (SD-71) -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "post",
    [
        "Big meeting with farmers today, great people! pic.twitter.com/aB3dE — Jane Q. Public (@janeqpublic) June 4, 2019",
        "Jane Q. Public (@janeqpublic) The port deal is DONE. Great for our workers, great for the country!",  # the Guardian's
        "Sunset over the harbour #nofilter A photo posted by Jo Roe (@jo.roe) on Dec 31, 2016 at 8:13am PST",
    ],
)
def test_an_embedded_post_goes_whole(post: str) -> None:
    assert cleaned_between(post) == ([PROSE, PROSE_2], [("media", post)])


@pytest.mark.parametrize(
    ("post", "byline"),
    [
        ("The port deal is done. Great for our workers! —", "Jane Q. Public (@janeqpublic) June 4, 2019"),
        ("The port deal is done. Great for our workers!", "— Jane Q. Public (@janeqpublic) June 4, 2019"),
    ],
)
def test_a_byline_alone_takes_the_post_above_it(post: str, byline: str) -> None:
    assert kept([PROSE, post, byline, PROSE_2], drop_embedded_posts) == [PROSE, PROSE_2]


def test_a_byline_alone_leaves_a_lead_in_ending_with_a_colon() -> None:
    lead_in = "The minister answered her critics on Twitter:"
    assert kept([lead_in, "— Jane Q. Public (@janeqpublic) June 4, 2019", PROSE], drop_embedded_posts) == [lead_in, PROSE]


def test_a_tweet_byline_ending_a_long_paragraph_goes_alone() -> None:
    line = f"{LONG}Great day for our workers! — Jane Q. Public (@janeqpublic) June 4, 2019"
    assert kept([line], drop_embedded_posts) == [f"{LONG}Great day for our workers!"]


@pytest.mark.parametrize(
    "line",
    [
        "Jane Q. Public (@janeqpublic), a reporter at the port, said the deal was done.",
        "Follow the minister, @janeroe, for updates.",
        PROSE,
    ],
)
def test_a_sentence_naming_a_handle_stays(line: str) -> None:
    assert kept([line, PROSE_2], drop_embedded_posts) == [line, PROSE_2]


# --- pull-quotes (SD-27, SD-67) ----------------------------------------------------------------------------------------

BODY_QUOTE = "Ms Roe's lawyer called the ruling “a turning point” and said: “This is not about money … this is about the truth.”"


@pytest.mark.parametrize(
    "pull",
    [
        "We have the evidence now. This is not about money … this is about the truth Jane Roe",  # the Guardian's
        "We have the evidence now. This is not about money … this is about the truth Jane Roe, Example Lawyers",
        "“This is not about money … this is about the truth.” — Jane Roe, a lawyer for the plaintiffs",
        "“This is not about money … this is about the truth”",
    ],
)
def test_a_pull_quote_repeating_the_article_goes(pull: str) -> None:
    assert cleaned_between(pull, before=f"{PROSE}\n\n{BODY_QUOTE}") == ([PROSE, BODY_QUOTE, PROSE_2], [("media", pull)])


@pytest.mark.parametrize(
    "line",
    [
        "We have the evidence now. This is a turning point for the families Jane Roe",  # repeats nothing
        "“We have the evidence now, and the families deserve to know what happened.”",  # a quotation, said once
        # a paragraph missing its stop, ending on a name after "the": a sentence, not a credit
        "The list runs from 1850 to 2012. This is not about money … this is about the World Resources Institute",
    ],
)
def test_a_line_shaped_like_a_pull_quote_that_repeats_nothing_stays(line: str) -> None:
    assert kept([BODY_QUOTE, line, PROSE], drop_pull_quotes) == [BODY_QUOTE, line, PROSE]


@pytest.mark.parametrize("mark", ["“”", "‘’"])
def test_a_paragraph_quoting_around_its_attribution_stays_though_its_pull_quote_is_longer(mark: str) -> None:
    # the AllSides sample: Fox's paragraph "“…,” Mayor Muriel Bowser told the Post. “…”" went with its pull-quote
    paragraph = (
        f"{mark[0]}We expect a lot of people at the fair. Over the years the kinks have been worked out,{mark[1]} Mayor Jo"
        f" Roe told the Post. {mark[0]}We do not want to throw off what already works.{mark[1]}"
    )
    pull = (
        "“We expect a lot of people at the fair. Over the years the kinks have been worked out. We do not want to throw"
        " off what already works.” — Jo Roe, mayor of Example City, on the summer fair"
    )
    assert kept([paragraph, PROSE, pull], drop_pull_quotes) == [paragraph, PROSE]


def test_of_two_lines_repeating_each_other_the_longer_stays() -> None:
    short = "“This is not about money … this is about the truth.”"
    longer = "“This is not about money … this is about the truth. We appeal.”"
    assert kept([longer, short], drop_pull_quotes) == kept([short, longer], drop_pull_quotes) == [longer]


# --- notes about the post (EP-4, EP-39, EP-63) -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Our original post continues:",
        "Here's our original post:",
        "Jo filed this report for our radio newscast:",
        "This story has been updated with reaction from the mayor.",
        "A previous version of this article misstated the date of the vote.",
        "(We rewrote the top of this post at 4:10 p.m. ET.)",
        "Take me back to the top of this post.",
    ],
)
def test_a_note_about_the_post_goes(note: str) -> None:
    assert cleaned_between(note) == ([PROSE, PROSE_2], [("post_note", note)])


def test_a_note_about_the_post_inside_a_paragraph_goes_alone() -> None:
    line = f'The agency called it "a plan for cleaner ports." We\'ve updated the top of this post to reflect the news. {PROSE}'
    result = drop_post_notes([line])
    assert result.lines == [f'The agency called it "a plan for cleaner ports." {PROSE}']
    assert [(r.category, r.text) for r in result.removed] == [("post_note", "We've updated the top of this post to reflect the news.")]


@pytest.mark.parametrize(
    "line",
    [
        "The report was revised in 2019 to include the cost of the new port.",
        "Our story begins in a small town on the coast, where the port opened in 1901.",
        "The minister said the report has been updated twice since the inquiry began.",
        "Officials filed this report with the port authority in March, the documents show.",
        PROSE,
    ],
)
def test_a_sentence_about_a_report_in_the_news_stays(line: str) -> None:
    assert kept([line], drop_post_notes) == [line]


# --- outlet datelines (EP-23) and the share bar's captions (SD-71) -------------------------------------------------------


@pytest.mark.parametrize(("dateline", "dash"), [("(XYZ)", " "), ("(XYZ)", " -- "), ("(XYZNews.com)", " - "), ("(Example)", " — ")])
def test_an_outlet_dateline_without_a_place_goes(dateline: str, dash: str) -> None:
    text = f"{dateline}{dash}{PROSE}\n\n{PROSE_2}"
    assert paragraphs(text) == [PROSE, PROSE_2]
    assert removed(text) == [("dateline", f"{dateline}{dash}".strip())]


@pytest.mark.parametrize("line", [f"(1) {PROSE}", f"(Example) {PROSE}", f"(Updated at 5 pm) {PROSE}"])
def test_a_bracket_opening_a_line_that_names_no_outlet_stays(line: str) -> None:
    assert paragraphs(f"{line}\n\n{PROSE_2}") == [line, PROSE_2]


def test_a_caption_after_the_image_share_buttons_goes() -> None:
    caption = "Facebook Twitter Pinterest ‘We will not back down’: the mayor on the port strike - video"
    assert cleaned_between(caption) == ([PROSE, PROSE_2], [("caption", caption)])


def test_a_row_of_share_buttons_alone_is_a_prompt_not_a_caption() -> None:
    assert cleaned_between("Share Tweet Post Email Print")[1] == [("prompt", "Share Tweet Post Email Print")]


def test_a_sentence_naming_social_networks_stays() -> None:
    line = "Facebook, Twitter and YouTube scrambled to take down the video, which stayed online for hours."
    assert paragraphs(f"{line}\n\n{PROSE}") == [line, PROSE]


def test_a_time_stamp_and_notes_about_the_post_are_counted_apart() -> None:
    """checkR EP-6: NPR's appendix read "dateline: 4" for one time stamp and three notes about the post."""
    text = (f"{PROSE}\n\nUpdate at 3:15 p.m. ET:\n\nWe have revised the top of this post with the vote count.\n\n"
            f"{PROSE_2}\n\nHere is our earlier post:\n\nSam filed this report for our radio newscast:\n\n{PROSE}")
    result = clean_text(text)
    assert result.removed["dateline"] == 1
    assert result.removed["post_note"] == 3
    assert [c for c, _ in result.removed_lines].count("post_note") == 3
