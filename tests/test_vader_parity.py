"""vader_exact gives exactly vaderSentiment 3.3.2's scores, only faster.

Every test compares the whole result — ``neg``, ``neu``, ``pos`` and ``compound`` — with
``SentimentIntensityAnalyzer().polarity_scores`` on the same string, with ``==`` (no
tolerance). Named texts exercise one rule each; the bundled reports' sentences and
paragraphs are compared one by one; hypothesis builds sentences from the words every
rule looks for. (The corpora and 2,000 real articles are compared by
``benchmarks/bench_vader.py``.)
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE, SPECIAL_CASES, SentimentIntensityAnalyzer

from contrast.clean import clean_text
from contrast.config import load_report
from contrast.ingest import read_source
from contrast.metrics.vader import polarity
from contrast.metrics.vader_exact import polarity_scores
from contrast.segment import segment

REPO = Path(__file__).resolve().parent.parent
BUNDLED = [REPO / "reports" / "soft-power", REPO / "reports" / "us-china-tariffs-2018-07"]

NAMED_TEXTS = {
    "EMPTY": "",
    "WHITESPACE": " \n\t\u00a0 ",
    "ONE_WORD": "good",
    "NO_LEXICON_WORD": "The committee met on Tuesday in Geneva.",
    "EMOTICONS": "Make sure you :) or :D today!",
    "EMOJI": "Catch utf-8 emoji such as 💘 and 💋 and 😁",
    "EMOJI_GLUED": "great💘news©2018 ™ and a flag 🇨🇳 here",
    "ALL_CAPS": "VADER is VERY SMART, handsome, and FUNNY.",
    "ALL_WORDS_CAPS": "THIS IS GOOD NEWS",
    "BOOSTERS": "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
    "DAMPENERS": "The plot was only kind of good, sort of fine and just enough fun, marginally nice.",
    "KIND_OF": "It was kind of a kind gesture, kind of.",
    "NEGATIONS": "VADER is not smart, handsome, nor funny. It isn't bad; it wasn't horrible; it ain't great.",
    "NO_BEFORE_LEXICON_WORD": "There is no good answer, no problem or danger, no hope nor love, and no.",
    "NEVER_SO_THIS": "Sentiment analysis has never been this good! Never so happy. This is so this great.",
    "WITHOUT_DOUBT": "Without a doubt, excellent idea. Without doubt good. Without any doubt, a great plan.",
    "LEAST": "At least it isn't a horrible book. The least good idea. Very least bad. Least happy.",
    "AT_LEAST": "at least good",
    "VERY_LEAST": "the very least bad",
    "BUT": "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "BUT_EQUAL_SCORES": "good good fine but good good fine bad but bad",
    "BUT_TWICE": "Nice but bad but nice.",
    "IDIOMS": "With VADER, sentiment analysis is the shit! The bomb, bad ass, kiss of death, to die for, yeah right.",
    "IDIOM_AFTER": "It is the bomb to die for, a beating heart and a bus stop.",
    "IDIOM_THREE_BEFORE": "the bomb and good",
    "IDIOM_STARTS_AT_WORD": "He is a bad ass guy",
    "DAMPENER_THREE_BEFORE": "sort of a good time",
    "LADEN_IDIOMS": "Cut the mustard, in the black, in the red, under the weather.",
    "EXCLAMATIONS": "Good!!!!!! Bad!",
    "QUESTIONS": "Good?? Bad??? Great???? Fine?",
    "CURLY_QUOTES": "\u201cThere is no doubting the strength\u201d, he said \u2014 \u2018a good deal\u2019.",
    "PUNCTUATION_TOKENS": '"No" -- "ok" ... (good) [bad] U.S. e.g. !! ?? :-(',
    "UNICODE_CASE": "İstanbul GOOD İYİ ǅ good Straße SCHÖN ΣΣ great",
    "LONG": " ".join(["The very good and not bad but kind of great idea"] * 40),
}


@cache
def upstream() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


def exactly(scores: dict[str, float]) -> list[tuple[str, str]]:
    """The scores as written out: keys in order, each float's repr (so -0.0 is not 0.0)."""
    return [(key, repr(value)) for key, value in scores.items()]


def assert_parity(text: str) -> None:
    ours = exactly(polarity_scores(text))
    theirs = exactly(upstream().polarity_scores(text))
    assert ours == theirs, f"differs from vaderSentiment on {text[:80]!r}: {ours} != {theirs}"


def bundled_texts() -> tuple[list[str], list[str]]:
    """Every cleaned sentence and every paragraph of the bundled reports' sources."""
    sentences: list[str] = []
    paragraphs: list[str] = []
    for folder in BUNDLED:
        report = load_report(folder)
        for source in report.manifest.sources:
            text = clean_text(read_source(report.source_paths[source.id]).text, title=source.title).text
            sentences.extend(segment({source.id: text}, {source.id: "x"}).get_column("text").to_list())
            paragraphs.extend(p for p in text.split("\n\n") if p.strip())
    return sentences, paragraphs


@pytest.mark.parametrize("name", sorted(NAMED_TEXTS))
def test_scores_equal_vader_on_named_text(name: str) -> None:
    assert_parity(NAMED_TEXTS[name])


def test_scores_equal_vader_on_every_bundled_sentence_and_paragraph() -> None:
    sentences, paragraphs = bundled_texts()
    assert len(sentences) > 500
    mismatches = [t for t in sentences + paragraphs if exactly(polarity_scores(t)) != exactly(upstream().polarity_scores(t))]
    assert not mismatches, f"{len(mismatches)} texts differ, first: {mismatches[0][:80]!r}"


def test_the_wrapper_scores_with_the_exact_port() -> None:
    text = NAMED_TEXTS["BOOSTERS"]
    assert polarity(text) == polarity_scores(text) == upstream().polarity_scores(text)


def test_results_are_fresh_dicts() -> None:
    first = polarity_scores("good")
    first["compound"] = 9.0
    assert polarity_scores("good")["compound"] == upstream().polarity_scores("good")["compound"]


RULE_WORDS = sorted(
    {
        *BOOSTER_DICT,
        *NEGATE,
        *(word for key in SPECIAL_CASES for word in key.split()),
        "no", "or", "nor", "never", "so", "this", "without", "doubt", "least", "at", "very", "but",
        "kind", "of", "the", "good", "bad", "great", "happy", "horrible", "love", "hate", "fine", "nice",
        "problem", "danger", "hope", ":)", ":(", ":D", "lol", "sux",
    }
)
PUNCTUATION = ["", "", "", ".", ",", "!", "?", "!!", "??", '"', "\u201d", "'", "(", ")", "...", ":"]


@st.composite
def vader_sentences(draw: st.DrawFn) -> str:
    words = draw(
        st.lists(
            st.one_of(
                st.sampled_from(RULE_WORDS),
                st.sampled_from(sorted(upstream().lexicon)),
                st.text(min_size=1, max_size=6),
                st.sampled_from(["💘", "😁", "©", "🇨🇳", "\u2014"]),
            ),
            max_size=30,
        )
    )
    pieces = []
    for word in words:
        case = draw(st.sampled_from(["same", "same", "upper", "title"]))
        word = word.upper() if case == "upper" else word.title() if case == "title" else word
        pieces.append(draw(st.sampled_from(PUNCTUATION)) + word + draw(st.sampled_from(PUNCTUATION)))
    return draw(st.sampled_from([" ", "  ", "\n", "\t"])).join(pieces)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vader_sentences())
def test_scores_equal_vader_on_generated_sentences(text: str) -> None:
    assert_parity(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_scores_equal_vader_on_any_text(text: str) -> None:
    assert_parity(text)
