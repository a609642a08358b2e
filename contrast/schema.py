"""Column names and polars schemas of the frames that flow between stages, declared once.

Frames are keyed by ``source_id`` (the manifest id) and, for sentences, by
``sentence_index`` (0-based order within the source's cleaned text).
"""

from __future__ import annotations

from itertools import pairwise

import polars as pl

SOURCE_ID = "source_id"
ORIGIN = "origin"
SENTENCE_INDEX = "sentence_index"
TEXT = "text"
START = "start"
END = "end"

SENTENCES_SCHEMA: dict[str, pl.DataType] = {
    SOURCE_ID: pl.String(),
    ORIGIN: pl.String(),
    SENTENCE_INDEX: pl.Int32(),
    TEXT: pl.String(),
    START: pl.Int32(),
    END: pl.Int32(),
}
"""The sentences frame as segmentation produces it; metrics add columns."""

SOURCE_KEY = [SOURCE_ID]
SENTENCE_KEY = [SOURCE_ID, SENTENCE_INDEX]


def empty_sentences() -> pl.DataFrame:
    return pl.DataFrame(schema=SENTENCES_SCHEMA)


def in_sentence_order(sentences: pl.DataFrame) -> pl.DataFrame:
    """``sentences`` sorted by ``sentence_index``: the frame itself when its indexes already rise (a source's
    slice always does), without the polars query a sort costs — a few per source, much of a thousand-source stage."""
    indexes = sentences.get_column(SENTENCE_INDEX).to_list()
    if all(a < b for a, b in pairwise(indexes)):
        return sentences
    return sentences.sort(SENTENCE_INDEX)


def key_columns(sentences: pl.DataFrame, *columns: pl.Series) -> pl.DataFrame:
    """``sentences.select(*SENTENCE_KEY, *columns)`` built without a query (the columns have its height)."""
    return pl.DataFrame([sentences.get_column(SOURCE_ID), sentences.get_column(SENTENCE_INDEX), *columns])
