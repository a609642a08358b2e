"""Readability reads sentences of the body: a live blog's headings and one-word list items are not.

Validity rows from check14-new (JR-8, JR-9): NPR's live blog on the May 2012 jobs report carried
headlines on lines of their own that end with a stop or a question mark ("A Vicious Cycle?",
"Have Hopes Been Dashed?", 'Stock Futures "Plummeting."') and one-word items ("Horrid. Lousy.
Awful.", '-- "Weak."'). Counted as sentences they made NPR "the easiest to read" by 6.0 grades
(FK 7.6; 10.0 without them). They stay in the text and in the sentence count, as headings
without a stop already do ("fragments"), but not in words per sentence or the formulas.
"""

from __future__ import annotations

import polars as pl
import pytest

from contrast.metrics import get_metric
from contrast.segment import reads_as_sentence
from tests.reportkit import make_corpus

BODY = (
    "The nation's unemployment rate rose to 8.2 percent in May as just 69,000 jobs were added, the bureau said.\n\n"
    "Economists had expected the jobless rate to stay at 8.1 percent and payrolls to grow by 150,000 jobs."
)
BLOG = (
    "Horrid. Lousy. Awful.\n\n"
    "The nation's unemployment rate rose to 8.2 percent in May as just 69,000 jobs were added, the bureau said.\n\n"
    "A Vicious Cycle?\n\n"
    '-- "Weak."\n\n'
    'Stock Futures "Plummeting."\n\n'
    "Economists had expected the jobless rate to stay at 8.1 percent and payrolls to grow by 150,000 jobs."
)


@pytest.mark.parametrize(
    "line",
    [
        "Horrid.",
        '-- "Weak."',
        "OK?",
        "A Vicious Cycle?",
        "Have Hopes Been Dashed?",
        'Stock Futures "Plummeting."',
        'Romney Calls Report "Devastating News," Blames Obama\'s "Failed" Policies.',
        '"Marginally Attached" Workers Also On The Rise.',
        "Digital surveillance",  # no stop: a heading, as before
    ],
)
def test_a_heading_or_one_word_item_on_its_own_line_does_not_read_as_a_sentence(line: str) -> None:
    assert not reads_as_sentence(line, own_line=True)


@pytest.mark.parametrize(
    ("sentence", "own_line"),
    [
        ("Perry is a Methodist.", True),  # a short sentence: its verb is in lower case
        ("Both numbers are disappointments.", True),
        ("He refused.", True),
        ("A Vicious Cycle?", False),  # inside a paragraph a title-case question may be a sentence of it
        ("The Secretary of State Met The Press.", False),
    ],
)
def test_a_sentence_reads_as_one(sentence: str, own_line: bool) -> None:
    assert reads_as_sentence(sentence, own_line=own_line)


def test_the_blogs_headings_and_list_items_leave_words_per_sentence_and_the_grade_alone() -> None:
    frames = get_metric("readability")(make_corpus({"blog": ("a", BLOG), "body": ("b", BODY)}))
    blog, body = (frames.sources.filter(pl.col("source_id") == s).row(0, named=True) for s in ("blog", "body"))
    assert (blog["sentences"], blog["fragments"]) == (8, 6)
    assert blog["words_per_sentence"] == body["words_per_sentence"]
    assert blog["flesch_kincaid_grade"] == body["flesch_kincaid_grade"]
