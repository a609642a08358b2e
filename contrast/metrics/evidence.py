"""Cue evidence: every cue a matcher finds in one source's sentences, with the voice it is in
(the outlet's own, a quotation, a reported statement…), as rows of ``EVIDENCE_SCHEMA``.

Apart from ``cues`` (matching) because it reads the sentences' voices (``voice``), which
itself matches speaker nouns with a ``CueMatcher``.
"""

from __future__ import annotations

import polars as pl

from contrast.metrics.cues import EVIDENCE_SCHEMA, CueMatcher, Hit
from contrast.metrics.senses import set_aside
from contrast.metrics.voice import cue_context, source_voices
from contrast.schema import SENTENCE_INDEX, SOURCE_ID, TEXT


def find_evidence(
    sentences: pl.DataFrame,
    cue_matcher: CueMatcher,
    lens: str,
    *,
    quote_categories: frozenset[str] = frozenset(),
    praise_categories: frozenset[str] = frozenset(),
    charge_categories: frozenset[str] = frozenset(),
    verb_categories: frozenset[str] = frozenset(),
) -> pl.DataFrame:
    """Every cue occurrence in ``sentences`` (one source's, in order) as rows of ``EVIDENCE_SCHEMA``,
    each with its context.

    ``quote_categories`` are categories whose hits are quotations themselves (scare quotes):
    such a hit is the outlet's own when the sentence is in its own voice, not a quotation.
    ``praise_categories`` are categories of praise: a word of praise in what someone promotes
    ("publicizing a more harmonious way of living") is the promoter's, not the outlet's.
    ``charge_categories``: categories whose word in a critic's charge ("attacked Mr. Trump for caving") is the
    critic's, not the outlet's.
    ``verb_categories``: categories of verbs that cast how someone spoke ("blasted", "lashed out"): as the verb that
    reports the speech, outside quotation marks, such a word is the outlet's choice, not the speaker's.
    """
    voices = source_voices(sentences) if sentences.height else []
    columns = (sentences.get_column(c).to_list() for c in (SOURCE_ID, SENTENCE_INDEX, TEXT))
    rows = [
        (source_id, index, lens, hit.category, hit.cue, hit.start, hit.end,
         cue_context(voice, text, hit.start, hit.end, quotation=hit.category in quote_categories,
                     praise=hit.category in praise_categories, charge=hit.category in charge_categories,
                     verb=hit.category in verb_categories))
        for (source_id, index, text), voice in zip(zip(*columns, strict=True), _in_index_order(sentences, voices), strict=True)
        for hit in _in_their_sense(text, cue_matcher.find(text))
    ]
    return pl.DataFrame(rows, schema=EVIDENCE_SCHEMA, orient="row")


def _in_their_sense(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` less those on a word in a sense no lexicon means (``senses.set_aside``: "military might")."""
    aside = set_aside(text) if hits else []
    return [h for h in hits if not any(a < h.end and h.start < b for a, b in aside)] if aside else hits


def _in_index_order(sentences: pl.DataFrame, voices: list) -> list:
    """``voices`` (in sentence-index order) rearranged to the row order of ``sentences``."""
    indices = sentences.get_column(SENTENCE_INDEX).to_list()
    by_index = dict(zip(sorted(indices), voices, strict=True))
    return [by_index[i] for i in indices]
