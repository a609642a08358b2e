"""A heading is page structure, not something the outlet says: no own-voice figure counts it (issue 13).

Rows are sentences of check14's never-seen group JR (NPR's live blog of the May 2012 jobs report) and of the
bundled soft-power source 004 (an academic paper's section headings), each as it stands in the cleaned text:
on a line of its own or inside a paragraph. Tone, its shares and the own-voice counts of the lens tables
leave a heading or a one-word item out (``contrast.segment.is_heading``, the ``heading`` column of the
sentiment metric, ``contrast.metrics.sentiment.own_voice``); a colon lead-in in sentence case is prose.
"""

from __future__ import annotations

import polars as pl
import pytest

from contrast.metrics import get_metric
from contrast.metrics.sentiment import HEADING, score_sentences
from contrast.report.briefing.contrasts import TONE, origin_contrasts
from contrast.report.briefing.lenses.build import _samples
from contrast.segment import is_heading, segment
from tests.reportkit import make_corpus

HEADINGS = [
    # JR, NPR: the live blog's headings and its list of words (check14 JR-8)
    ("Horrid.", False),
    ("Lousy.", False),
    ("Weak, Lousy, Horrid; Pick Your Word:", True),
    ("Sharp Downward Revision Of April's Gain:", True),
    ("Income, Consumer Spending Figures Also Weak:", True),
    ('Stock Futures "Plummeting."', True),
    ("A Vicious Cycle?", True),
    ("'Lousy' News: Just 69,000 Jobs Added In May; Jobless Rate At 8.2 Percent", True),
    # soft-power 004: section headings
    ("ABSTRACT", True),
    ("Introduction", True),
    ("Conclusion", True),
    ("Historical Evolution of China's Cultural Diplomacy", True),
    ("Soft Power, Constructivism, and Nation Branding", True),
    ("Cultural exchanges and people-to-people programs", True),
    ("International education and scholarships", True),
    # soft-power 000 and 003: short headings in sentence case or with "with" in lower case (tone +0.34)
    ("Engaging with Global Audiences", True),
    ("Digital surveillance", True),
]

PROSE = [
    # JR, NPR: colon lead-ins in sentence case introduce a quotation: the outlet's own words
    ("Another sobering detail from the report:", True),
    ("Here's how The Wall Street Journal is summing things up:", True),
    ("Among the words they use for the news:", False),
    # JR, NPR: a sentence of the body
    ("BLS initially thought payrolls grew by a net 115,000 jobs in April, but now says just 77,000 positions were added"
     " that month.", True),
    # a title-case headline inside a paragraph is not a line of its own
    ("Sharp Downward Revision Of April's Gain:", False),
    # basil-new O: a one-sentence paragraph whose verb is in lower case
    ("Perry is a Methodist.", True),
    # tests/data/scraped ZTE Daily Mail: a line of prose whose stop was lost in scraping
    ("Acacia Communications Inc, an optical component maker, jumped nearly 9 percent", True),
    # soft-power 004: a sentence of the abstract
    ("This paper examines China's cultural diplomacy as an instrument of soft power.", True),
]


@pytest.mark.parametrize(("sentence", "own_line"), HEADINGS)
def test_a_heading_or_item_is_no_sentence_of_the_outlet(sentence: str, own_line: bool) -> None:
    assert is_heading(sentence, own_line=own_line)


@pytest.mark.parametrize(("sentence", "own_line"), PROSE)
def test_prose_and_colon_lead_ins_stay_the_outlets_words(sentence: str, own_line: bool) -> None:
    assert not is_heading(sentence, own_line=own_line)


BODY = (
    "Those are just three of the words economists are using to describe the news that just 69,000 net jobs were added"
    " to payrolls last month.\n\n"
    "Another sobering detail from the report:\n\n"
    "BLS initially thought payrolls grew by a net 115,000 jobs in April, but now says just 77,000 positions were added"
    " that month.\n\n"
    "The economy has been growing slowly, and hiring has been weak for three months."
)
HEADED = (
    "'Lousy' News: Just 69,000 Jobs Added In May; Jobless Rate At 8.2 Percent\n\n"
    "Horrid. Lousy. Awful.\n\n"
    "Weak, Lousy, Horrid; Pick Your Word:\n\n"
    + BODY.replace("\n\nBLS", "\n\nSharp Downward Revision Of April's Gain:\n\nBLS")
)


def test_the_sentiment_metric_flags_headings_once() -> None:
    sentences = segment({"npr": HEADED}, {"npr": "us-center"})
    scored = score_sentences(sentences, text=HEADED)
    flagged = dict(zip(sentences.get_column("text").to_list(), scored.get_column(HEADING).to_list(), strict=True))
    assert [t for t, heading in flagged.items() if heading] == [
        "'Lousy' News: Just 69,000 Jobs Added In May; Jobless Rate At 8.2 Percent",
        "Horrid.",
        "Lousy.",
        "Awful.",
        "Weak, Lousy, Horrid; Pick Your Word:",
        "Sharp Downward Revision Of April's Gain:",
    ]
    assert not flagged["Another sobering detail from the report:"]


def test_headings_move_no_own_voice_tone_figure() -> None:
    """The headed source's own-voice tone is its body's: the same mean, shares and count (before: 9 own-voice
    sentences, "Weak, Lousy, Horrid; Pick Your Word:" at -0.87 among them)."""
    frames = get_metric("sentiment")(make_corpus({"a1": ("a", HEADED), "b1": ("b", BODY)}))
    headed, body = (frames.sources.filter(pl.col("source_id") == s).row(0, named=True) for s in ("a1", "b1"))
    # the body's four: its first sentence reports no one ("69,000 net jobs were added" is no verb of saying, attr-14)
    assert headed["sentiment_sentences"] == body["sentiment_sentences"] == 4
    for figure in ("sentiment_mean", "share_negative", "share_positive", "most_negative_compound"):
        assert headed[figure] == body[figure]
    assert headed["reported_sentences"] == body["reported_sentences"]


def test_headings_are_not_in_the_tone_contrast_or_the_lens_samples() -> None:
    corpus = make_corpus({"a1": ("a", HEADED), "b1": ("b", BODY)})
    scored = get_metric("sentiment")(corpus).sentences
    sentences = corpus.sentences.join(scored, on=["source_id", "sentence_index"])
    tone = origin_contrasts(sentences, {}, ["a", "b"], pooled=[])[TONE]
    assert tone.estimates["a"].n == tone.estimates["b"].n == 4
    assert tone.estimates["a"].value == tone.estimates["b"].value
    samples = _samples(sentences)
    assert samples.sentences == {"a": 10, "b": 4}
    assert samples.own == {"a": 4, "b": 4}


# --- signposts (issue 13, check-T: Vox's "Here’s what we know:" was scored as the outlet's own neutral sentence) -------

SIGNPOSTS = [
    "Here’s what we found:",
    "Here is why it matters:",
    "What we still don't know:",
    "How the vote unfolded:",
    "Where things stand:",
]
"""Lines of their own that only announce the section after them: a question word, maybe after "Here's", no name."""

NOT_SIGNPOSTS = [
    # a lead-in that names its subject or says something of it is the outlet's sentence
    ("Here's how The Wall Street Journal is summing things up:", True),
    ("Another sobering detail from the report:", True),
    ("What Mayor Lee told the council on Tuesday:", True),
    # longer than a short line: read as prose, as a sentence-case heading of that length is
    ("Here’s what we know about the gunman and his weapons so far:", True),
    # inside a paragraph, no line of its own
    ("Here’s what we found:", False),
]


@pytest.mark.parametrize("sentence", SIGNPOSTS)
def test_a_signpost_line_is_a_heading(sentence: str) -> None:
    assert is_heading(sentence, own_line=True)


@pytest.mark.parametrize(("sentence", "own_line"), NOT_SIGNPOSTS)
def test_a_lead_in_that_names_or_says_something_stays_prose(sentence: str, own_line: bool) -> None:
    assert not is_heading(sentence, own_line=own_line)


SIGNPOSTED = (
    "A gunman opened fire on a softball practice in Ohio on Monday.\n\n"
    "Here’s what we found:\n\n"
    "The team had practised at the park every week since April.\n\n"
    "What we still don't know:\n\n"
    "Police have not said how the gunman reached the field."
)


def test_signposts_stay_in_the_text_and_out_of_the_own_voice_tone() -> None:
    sentences = segment({"v": SIGNPOSTED}, {"v": "left"})
    scored = score_sentences(sentences, text=SIGNPOSTED)
    flagged = dict(zip(sentences.get_column("text").to_list(), scored.get_column(HEADING).to_list(), strict=True))
    assert [t for t, heading in flagged.items() if heading] == ["Here’s what we found:", "What we still don't know:"]
    assert len(flagged) == 5  # kept in the text: the sentences frame still has them


# a section title without a stop opening on a question word (check-T SB: Vox's "What Democrats want added to the
# “interim” spending bill" was scored as its own sentence)
SECTION_TITLES = [
    "What the county wants added to the flood relief bill",
    "Why the “temporary” tariff may last",
    "How the night unfolded",
    "Here’s what the new rules change for renters",
]
NOT_SECTION_TITLES = [
    ("When the levee broke, the town flooded", True),  # a "When" clause with its main clause: a sentence
    ("What the county wants is more money, the mayor said", True),  # a comma: prose that lost its stop
    ("What the county wants added to the flood relief bill", False),  # inside a paragraph
    ("What the county wants added to the flood relief bill and why the state has refused it so far", True),  # long
]


@pytest.mark.parametrize("sentence", SECTION_TITLES)
def test_a_section_title_opening_on_a_question_word_is_a_heading(sentence: str) -> None:
    assert is_heading(sentence, own_line=True)


@pytest.mark.parametrize(("sentence", "own_line"), NOT_SECTION_TITLES)
def test_a_clause_or_a_long_line_opening_on_a_question_word_stays_prose(sentence: str, own_line: bool) -> None:
    assert not is_heading(sentence, own_line=own_line)
