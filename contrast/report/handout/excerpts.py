"""The sentence that stands for a source in a handout event or question, trimmed and, in blind
mode, with the handout's outlets named by their role or removed (``text.BlindNames``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import polars as pl

from contrast.report.briefing.events import representative
from contrast.report.handout.model import Excerpt, SourceTag
from contrast.report.said import Speakers
from contrast.report.text import CUT, BlindNames, balanced_quotes, hide_names, mentions, trim_excerpt


class ExcerptPicker:
    """Chooses and prepares the sentence that stands for a source in an event or a question."""

    def __init__(
        self, claims: pl.DataFrame, tags: dict[str, SourceTag], languages: dict[str, str], hidden: BlindNames,
        speakers: Speakers | None = None,
    ) -> None:
        self.claims = claims
        self.speakers = speakers
        self.tags = tags
        self.languages = languages
        self.hidden = hidden
        self.redactions = 0

    def best(self, rows: pl.DataFrame, terms: Sequence[str] = ()) -> Excerpt:
        """The member carrying most of ``terms`` (events_view's rule), preferring in blind
        mode one that names no outlet or origin; names left in it are redacted."""
        return self.excerpt(self.best_row(rows, terms))

    def best_row(self, rows: pl.DataFrame, terms: Sequence[str] = ()) -> dict[str, Any]:
        """The claim row ``best`` makes its excerpt of."""
        if self.hidden:
            clean = rows.filter(~pl.col("text").map_elements(lambda t: mentions(t, self.hidden), return_dtype=pl.Boolean))
            rows = clean if clean.height else rows
        return representative(rows, list(terms))

    def excerpt(self, row: dict[str, object]) -> Excerpt:
        text = str(row["text"])
        source_id = str(row["source_id"])
        redacted = bool(self.hidden) and mentions(text, self.hidden)
        if redacted:
            text = hide_names(text, self.hidden, source_id)
            self.redactions += 1
        trimmed_text, trimmed = trim_excerpt(text, mark=CUT)  # the handout's cut, told apart from the source's "…"
        trimmed_text = balanced_quotes(trimmed_text)  # a sentence cut from a quotation, or cut inside one
        compound = row.get("compound")
        attributed = bool(row.get("attributed"))
        index = row.get("sentence_index")
        said = self.speakers.line(source_id, index, trimmed_text) if self.speakers and attributed and isinstance(index, int) else ""
        return Excerpt(
            source=self.tags[source_id], text=trimmed_text, trimmed=trimmed, redacted=redacted,
            lang=self.languages.get(source_id, "en"), compound=compound if isinstance(compound, float) else None,
            attributed=attributed, sentence=text, speaker=said,
        )
