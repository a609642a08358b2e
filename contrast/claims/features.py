"""What the events stage reads of each claim's text alone, computed once per source in the cached ``claims`` stage.

Adding one source to a large report re-runs the events stage over every claim (alignment is global:
``contrast.claims.align``), and it read again, for every old claim, what depends on the claim's text alone: what it
states (``distinctive.stated``), the stems of that (``absence.stated_stems``), its folded words
(``evidence.fold_words``), its words as the absence search's indexes read them (``distinctive.row_words``) and what
tells its fact from another's (``conflicts.conflict_reading``) — ~13 s of the 101 s the events stage took in a cProfile
of adding one source to a 500-source report (issue 16; the NLTK import they started aside). They are computed here with
the source's candidates (``stages.CachedStages.claim_candidates`` and ``engine.work``, which cache them per source) as
columns of the candidates frame, and :func:`known` tells the events stage's memos (``textmemo.TextMemo``) before it
reads. ``candidates.claim_frame`` selects the candidate columns alone, so no output carries them.

``candidates`` cannot compute them itself: ``distinctive`` imports it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

import polars as pl

from contrast.claims import candidates
from contrast.claims.absence import stated_stems
from contrast.claims.conflicts import conflict_reading, decode_reading, encode_reading
from contrast.claims.distinctive import row_words, stated
from contrast.claims.evidence import FOLDED_CHARS, folded_words
from contrast.schema import TEXT

FEATURE_SCHEMA = {
    "stated": pl.String(),
    "stated_stems": pl.List(pl.String()),
    "folded": pl.List(pl.String()),
    "row_words": pl.List(pl.String()),
    "initials": pl.String(),
    "conflicts": pl.String(),
}
"""The columns :func:`with_text_features` adds: ``folded`` is null for a text longer than ``FOLDED_CHARS`` (never
memoised: ``evidence.fold_words`` folds it each time); ``row_words`` (sorted) and ``initials`` are
``distinctive.row_words``, what the absence search's indexes read of a row; ``conflicts`` is
``conflicts.conflict_reading``, what tells two claims' facts apart, as JSON (``conflicts.encode_reading``)."""


def claim_candidates(sentences: pl.DataFrame) -> pl.DataFrame:
    """The per-source ``claims`` stage: ``candidates.claim_candidates`` of ``sentences``, with their text features."""
    return with_text_features(candidates.claim_candidates(sentences))


def with_text_features(found: pl.DataFrame) -> pl.DataFrame:
    """``found`` (candidates) with what the events stage reads of each text alone (``FEATURE_SCHEMA``)."""
    texts = found.get_column(TEXT).to_list()
    rows = [row_words(t) for t in texts]
    return found.with_columns(
        pl.Series("stated", [stated(t) for t in texts], dtype=FEATURE_SCHEMA["stated"]),
        pl.Series("stated_stems", [list(stated_stems(t)) for t in texts], dtype=FEATURE_SCHEMA["stated_stems"]),
        pl.Series("folded", [list(folded_words(t)) if len(t) <= FOLDED_CHARS else None for t in texts], dtype=FEATURE_SCHEMA["folded"]),
        pl.Series("row_words", [sorted(words) for words, _ in rows], dtype=FEATURE_SCHEMA["row_words"]),
        pl.Series("initials", [initials for _, initials in rows], dtype=FEATURE_SCHEMA["initials"]),
        pl.Series("conflicts", [encode_reading(conflict_reading(t)) for t in texts], dtype=FEATURE_SCHEMA["conflicts"]),
    )


@contextmanager
def known(found: pl.DataFrame | None) -> Iterator[None]:
    """While inside, the memos answer for the texts of ``found`` (candidates with their text features) with the features
    computed with them; nothing is told when ``found`` has none (candidates computed without this module)."""
    if found is None or not set(FEATURE_SCHEMA) <= set(found.columns):
        yield
        return
    texts = found.get_column(TEXT).to_list()
    folded = found.get_column("folded").to_list()
    with ExitStack() as stack:
        stack.enter_context(stated.knowing(dict(zip(texts, found.get_column("stated").to_list(), strict=True))))
        stack.enter_context(
            stated_stems.knowing({t: tuple(s) for t, s in zip(texts, found.get_column("stated_stems").to_list(), strict=True)})
        )
        stack.enter_context(folded_words.knowing({t: tuple(f) for t, f in zip(texts, folded, strict=True) if f is not None}))
        read = zip(texts, found.get_column("row_words").to_list(), found.get_column("initials").to_list(), strict=True)
        stack.enter_context(row_words.knowing({t: (frozenset(words), initials) for t, words, initials in read}))
        readings = zip(texts, found.get_column("conflicts").to_list(), strict=True)
        stack.enter_context(conflict_reading.knowing({t: decode_reading(r) for t, r in readings}))
        yield


__all__ = ["FEATURE_SCHEMA", "claim_candidates", "known", "with_text_features"]
