"""check AE: page structure counted as the outlet's own sentences, live-blog stamps left in, a column read as news.

BA-5: Breitbart's run-in section headings ("The “White Police” Myth.", "The “Evil Mayor” Myth.", … each opening its
section's paragraph) and CNN's "Full story:" (a label before a link) were own-voice sentences scored 0.00. Reader
item: CNN's "11:55 p.m. ET: Baltimore police have made …" kept its stamp though the Methods say stamps are removed.
BA-2: Breitbart's signed column, with its trailer "Ben Shapiro is Senior Editor-At-Large of Breitbart News and author
of the new book, …", was "news (inferred)". Texts are new ones of the same structure, with near misses."""

from __future__ import annotations

import pytest

from contrast.clean import clean_text
from contrast.genre import source_genre
from contrast.segment import heading_flags, is_heading, own_line_flags, paragraph_opening_flags, sentence_spans

BODY = "Officials said the plan would cost far more than the city had budgeted for the coming year."


def _flags(text: str) -> dict[str, bool]:
    spans = sentence_spans(text)
    texts = [text[a:b] for a, b in spans]
    flags = heading_flags(texts, own_line_flags(text, spans), opens=paragraph_opening_flags(text, spans))
    return dict(zip(texts, flags, strict=True))


RUN_IN = "\n\n".join([
    "The argument over the stadium has rested on three stories, and each of them is wrong.",
    f"The “Jobs Boom” Story. {BODY}",
    f"The “Tax Windfall” Story. {BODY}",
    f"The “Civic Pride” Story. {BODY}",
])


def test_a_series_of_run_in_headings_are_headings() -> None:
    flags = _flags(RUN_IN)
    assert flags["The “Jobs Boom” Story."] and flags["The “Civic Pride” Story."]
    assert not flags[BODY]


def test_one_or_two_short_title_case_sentences_opening_paragraphs_stay_prose() -> None:
    text = "\n\n".join(RUN_IN.split("\n\n")[:3])  # two of the shape: no series
    assert not _flags(text)["The “Jobs Boom” Story."]


def test_a_transcripts_short_turns_are_no_run_in_headings() -> None:
    turns = ["HOLT: Right.", "Vance: Exactly.", "From Studio B, I’m Lena Park."]
    text = "\n\n".join(f"{turn} {BODY}" for turn in turns)
    assert not any(_flags(text).values())


def test_without_paragraphs_known_nothing_is_read_as_run_in() -> None:
    spans = sentence_spans(RUN_IN)
    texts = [RUN_IN[a:b] for a, b in spans]
    assert not any(heading_flags(texts, own_line_flags(RUN_IN, spans)))


@pytest.mark.parametrize("line", ["Full story:", "Related coverage:", "Key dates:"])
def test_a_short_label_before_a_link_or_list_is_a_heading(line: str) -> None:
    assert is_heading(line, own_line=True)


@pytest.mark.parametrize(
    "line", ["He added:", "The statement read:", "Trump tweeted:", "She told reporters:", "The Post reported:"]
)
def test_a_lead_in_to_someones_words_is_not_a_label(line: str) -> None:
    assert not is_heading(line, own_line=True)


def test_a_stamp_set_off_by_a_colon_opening_an_entry_is_removed() -> None:
    text = "\n\n".join([
        "9:42 p.m. ET: Firefighters contained the blaze on the east side of the river, the chief said.",
        "9:15 p.m. CT — Two bridges were closed to traffic in both directions.",
        "8:30 a.m. is when the first shift starts at the plant, and workers were sent home.",
    ])
    cleaned = clean_text(text, title="Fire live")
    assert "9:42" not in cleaned.text and "9:15" not in cleaned.text
    assert "Firefighters contained the blaze" in cleaned.text and "Two bridges were closed" in cleaned.text
    assert "8:30 a.m. is when the first shift starts" in cleaned.text  # a time in prose, no colon or dash after it


def _genre(note: str):
    return source_genre(declared=None, title="Three Myths the Riots Exploded", outlet="Daily Ledger", author_note=note)


@pytest.mark.parametrize(
    "note",
    [
        "Dana Cole is Executive Editor of The Daily Ledger and author of the new book, The Case Against Everyone.",
        "Pat Quinn is the author of “Small Town, Big Money.” Follow him on Twitter @pquinn.",
    ],
)
def test_a_column_writers_bio_with_a_book_is_opinion(note: str) -> None:
    genre = _genre(note)
    assert genre.id == "opinion" and "author of" in genre.cue


@pytest.mark.parametrize(
    "note",
    [
        "Dana Cole is a reporter for The Daily Ledger. Follow her on Twitter @dcole.",
        "Dana Cole is a reporter who interviewed the author of the study.",
        "Reporting by Dana Cole; editing by Pat Quinn.",
    ],
)
def test_a_reporters_trailer_is_no_column(note: str) -> None:
    assert _genre(note).id == "news"
