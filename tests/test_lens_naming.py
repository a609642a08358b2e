"""Naming: the same actor and the same event in each origin's words, from aligned claims."""

from __future__ import annotations

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contrast.claims import find_events
from contrast.metrics import get_metric
from contrast.metrics.naming import term_pattern, term_spans
from tests.reportkit import make_corpus

STATE = (
    "The trade bully Washington slapped tariffs on $34bn of Chinese goods on Friday. "
    "The Chinese Communist Party said Beijing would defend its interests firmly. "
    "Farmers in Iowa will pay the price for this folly, the Chinese Communist Party warned."
)
WEST = (
    "The Trump administration imposed tariffs on $34bn of Chinese goods on Friday. "
    "The CCP said Beijing would retaliate against the tariffs at once. "
    "Farmers in Iowa fear the retaliation, the CCP warned on Friday."
)


@pytest.fixture(scope="module")
def naming() -> pl.DataFrame:
    corpus = make_corpus({"s": ("state", STATE), "w": ("west", WEST)})
    events = find_events(corpus.sentences, origins=corpus.origins)
    assert events.events.filter(pl.col("n_origins") == 2).height >= 1
    return get_metric("naming")(corpus, events)


def _cues(frames, measure: str, origin: str) -> str:
    return frames.figures.filter((pl.col("measure") == measure) & (pl.col("unit") == origin)).item(0, "cues")


def test_event_row_shows_each_origins_own_words_for_it(naming) -> None:
    events = naming.figures.filter(pl.col("measure").str.starts_with("event:") & (pl.col("unit") == "state"))
    [tariffs] = [r["measure"] for r in events.iter_rows(named=True) if "slapped" in r["cues"]]
    state, west = _cues(naming, tariffs, "state"), _cues(naming, tariffs, "west")
    assert "slapped" in state and "bully" in state and "slapped" not in west
    assert "imposed" in west and "administration" in west
    assert "tariffs" not in state and "tariffs" not in west  # shared words are not anyone's own


def test_actor_named_differently_by_two_origins_is_listed(naming) -> None:
    [measure] = [m for m in naming.figures.get_column("measure").unique().to_list() if m.startswith("actor:") and "c" in m and "p" in m]
    assert _cues(naming, measure, "state") == "Chinese Communist Party ×2"
    assert _cues(naming, measure, "west") == "CCP ×2"


def test_actor_named_the_same_way_by_everyone_is_not_listed(naming) -> None:
    assert not [m for m in naming.figures.get_column("measure").to_list() if m.startswith("actor:") and "beijing" in m]


def test_evidence_spans_point_at_the_naming_words(naming) -> None:
    texts = {("s", 0): STATE.split(". ")[0], ("w", 0): WEST.split(". ")[0]}
    hits = naming.evidence.filter(pl.col("sentence_index") == 0)
    assert hits.height >= 2
    for row in hits.iter_rows(named=True):
        assert texts[(row["source_id"], 0)][row["start"] : row["end"]].lower() == row["cue"].lower()


def test_a_names_count_is_its_uses_in_the_origins_texts_not_the_sentences_naming_it() -> None:
    """People's Daily wrote "US" 18 times; the naming table printed "US ×15", the claim sentences
    naming it. A name is counted each time it is used, in every sentence (a question too)."""
    state = (
        "The US raised tariffs on $34bn of Chinese goods, and the US will regret it, China said on Friday. "
        "Why does the US bully its partners? "
        "The US tariffs took effect at 12.01am on Friday US time, officials said."
    )
    west = (
        "The United States raised tariffs on $34bn of Chinese goods on Friday, officials said. "
        "China said the United States would regret the tariffs, officials said."
    )
    corpus = make_corpus({"s": ("state", state), "w": ("west", west)})
    frames = get_metric("naming")(corpus, find_events(corpus.sentences, origins=corpus.origins))
    [measure] = [m for m in frames.figures.get_column("measure").unique().to_list() if m.startswith("actor:") and "u" in m]
    assert _cues(frames, measure, "state") == "US ×5"
    assert _cues(frames, measure, "west") == "United States ×2"
    uses = frames.evidence.filter((pl.col("category") == measure) & (pl.col("source_id") == "s"))
    assert uses.height == 5 and set(uses.get_column("cue").to_list()) == {"US"}


WORDS = ["a", "ab", "Ab", "AB", "a'b", "a’b", "A’B", "s", "ſ", "k", "K", "i", "ı", "I", "A-b", "ab_", "1a", "a.b", "ab'", "é"]
SEPARATORS = [" ", "  ", "\u00a0", "\t", ", ", ".", "-", "'", "’", "", "\n"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=8),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=3),
    st.booleans(),
)
def test_whole_word_search_without_a_pattern_finds_what_the_pattern_finds(
    pieces: list[tuple[str, str]], term_words: list[str], ignore_case: bool
) -> None:
    """Curly and straight apostrophes, Unicode case folding (ſ, K, ı), non-breaking spaces, punctuation inside a word."""
    text, term = "".join(word + separator for word, separator in pieces), " ".join(term_words)
    expected = [match.span() for match in term_pattern(term, ignore_case).finditer(text)]
    assert term_spans(text, term, ignore_case=ignore_case) == expected
