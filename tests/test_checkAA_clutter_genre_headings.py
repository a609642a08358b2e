"""Check AA (OP-1, OP-2, OP-5, OP-8, OP-10, OP-15): page clutter is no sentence of the outlet's, a headline about an
op-ed does not make a news report opinion, and a line read as a heading is never a claim.

Written from new lines of the shapes the check found, not the lines themselves."""

from __future__ import annotations

import polars as pl
import pytest

from contrast.claims import find_events
from contrast.clean import clean_text
from contrast.genre import source_genre
from contrast.segment import segment

BEFORE = "The governor signed the budget on Friday after weeks of negotiations with the state legislature."
AFTER = "Lawmakers from both parties said the compromise left schools with less money than they had asked for."


def _removed(line: str) -> tuple[str, str] | None:
    cleaned = clean_text(f"{BEFORE}\n\n{line}\n\n{AFTER}")
    assert BEFORE in cleaned.text and AFTER in cleaned.text
    found = [(category, text) for category, text in cleaned.removed_lines if text == line]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("This article is more than 3 years old", "post_note"),
        ("This story is more than 8 months old.", "post_note"),
        ("Play Video 2:14 'We will not back down': governor vows to fight court ruling – video", "media"),
        ("Play Video 0:52 Floodwaters rise across the Midwest", "media"),
        ("Protesters clash with police outside the state parliament - video report", "media"),
        ("How does the budget process work? – video explainer", "media"),
        ("IN THE NEWS: ‘Senate Confirms New Budget Director’", "related"),
        ("[WATCH] Senator Grills Nominee Over Missing Emails", "related"),
        ("(VIDEO) Governor Signs Budget After Long Standoff", "related"),
    ],
)
def test_page_clutter_around_an_article_is_removed(line: str, category: str) -> None:
    assert _removed(line) == (category, line)


@pytest.mark.parametrize(
    "line",
    [
        "This article is more than a summary of the hearing: it sets out what each side wants from the deal.",
        "Play video games for an hour a day, the study's authors told parents, and the children slept better.",
        "The senator's office released a video on Tuesday showing the nominee at a rally in the state capital.",
        "In the news conference that followed, the governor said the budget would be balanced by next year.",
    ],
)
def test_body_sentences_of_the_same_words_stay(line: str) -> None:
    assert _removed(line) is None


@pytest.mark.parametrize(
    ("title", "outlet", "expected"),
    [
        ("Cabinet members deny writing scathing op-ed about the governor", "Daily Planet", "news"),
        ("Unnamed Aide in Post Op-Ed: ‘We Are Holding the Line’", "Daily Planet", "news"),
        ("Senior aide describes revolt inside the agency: Washington Post Op-Ed", "Reuters", "wire"),
        ("Public opinion turns against the new tariffs", "Daily Planet", "news"),
        ("Times editorial board backs the mayor for a second term", "Daily Planet", "news"),
        ("Opinion | The budget deal is a mistake", "Daily Planet", "opinion"),
        ("The budget deal is a mistake - Opinion", "Daily Planet", "opinion"),
        ("Why the budget deal fails: Column", "Daily Planet", "opinion"),
        ("Editorial: The governor owes us answers", "Daily Planet", "opinion"),
        ("Op-ed by Senator Roe: We must fund our schools", "Daily Planet", "opinion"),
    ],
)
def test_only_an_opinion_label_in_the_title_makes_opinion(title: str, outlet: str, expected: str) -> None:
    """A section's label ("Opinion:", "…: Column") marks an op-ed; a headline that names an op-ed as its subject is
    news about it (check AA OP-1: three reports on the anonymous New York Times op-ed were "opinion (inferred)")."""
    assert source_genre(declared=None, title=title, outlet=outlet).id == expected


def test_a_line_read_as_a_heading_is_never_a_claim() -> None:
    """A promoted link in title case ending with a closing quote looks like a closed sentence to the claim filter; the
    sentiment metric reads it as a heading, and a heading says nothing of the event (check AA OP-8)."""
    promo = "Also Read: ‘Governor Signs The State Budget After A Long Standoff With Lawmakers’"
    texts = {
        "a": f"The governor signed the state budget on Friday after a long standoff with lawmakers.\n\n{promo}",
        "b": "The governor signed the state budget on Friday, ending a long standoff with lawmakers.",
    }
    sentences = segment(texts, {"a": "x", "b": "y"})
    sentences = sentences.with_columns((pl.col("text") == promo).alias("heading"))
    claims = find_events(sentences, origins=["x", "y"]).claims
    assert promo in sentences.get_column("text").to_list()
    assert promo not in claims.get_column("text").to_list()
    assert claims.height == 2
