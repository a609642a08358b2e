"""A source's per-source frames (tone and voice, readability counts) are built without a polars query (issue 16):
each query cost polars a millisecond or more of set-up per source, most of a thousand-source metrics stage's frame
work; the frames are those the queries gave, in sentence order whatever order the rows came in."""

from __future__ import annotations

import polars as pl
import pytest

from contrast.metrics import readability, sentiment
from contrast.metrics.registry import SourceSlice
from contrast.schema import ORIGIN, SENTENCE_INDEX, SENTENCE_KEY, in_sentence_order, key_columns
from contrast.segment import segment

TEXT = (
    "The council approved the budget on Tuesday. “It is a disgrace,” the mayor said.\n\n"
    "Critics called the plan reckless and costly. Supporters praised its modest goals."
)


def _slice() -> SourceSlice:
    sentences = segment({"s1": TEXT}, {"s1": "x"}).drop(ORIGIN)
    return SourceSlice(source_id="s1", text=TEXT, sentences=sentences, language="en")


def _count_queries(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    queries: list[str] = []
    for name in ("collect", "_collect_eager"):
        original = getattr(pl.LazyFrame, name)

        def spy(self: pl.LazyFrame, *args: object, _original=original, _name=name, **kwargs: object) -> pl.DataFrame:  # type: ignore[no-untyped-def]
            queries.append(_name)
            return _original(self, *args, **kwargs)  # type: ignore[no-any-return]

        monkeypatch.setattr(pl.LazyFrame, name, spy)
    return queries


def test_a_source_in_sentence_order_is_scored_without_a_query(monkeypatch: pytest.MonkeyPatch) -> None:
    piece = _slice()
    tone = sentiment.score_source(piece).sentences
    counts = readability.score_source(piece).sentences
    queries = _count_queries(monkeypatch)
    assert sentiment.score_source(piece).sentences.equals(tone)  # type: ignore[union-attr]
    assert readability.score_source(piece).sentences.equals(counts)  # type: ignore[union-attr]
    assert queries == []


def test_the_frames_are_those_the_queries_gave() -> None:
    piece = _slice()
    ordered = piece.sentences
    shuffled = ordered.reverse()
    tone = sentiment.score_sentences(shuffled, text=TEXT)
    assert tone.get_column(SENTENCE_INDEX).to_list() == list(range(ordered.height))  # sorted, as before
    assert tone.equals(sentiment.score_sentences(ordered, text=TEXT))
    assert in_sentence_order(shuffled).equals(ordered)
    assert in_sentence_order(ordered) is ordered
    extra = pl.Series("x", list(range(ordered.height)), dtype=pl.Int32)
    built = key_columns(ordered, extra)
    assert built.equals(ordered.select(*SENTENCE_KEY, extra)) and built.schema == ordered.select(*SENTENCE_KEY, extra).schema
    counts = readability.score_source(piece).sentences
    assert counts is not None and counts.columns == [*SENTENCE_KEY, "rd_words", "rd_syllables", readability.BODY]
