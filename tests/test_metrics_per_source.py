"""The per-source parts of the metrics run source by source, so a source's voices are read once.

Tone (``sentiment``) and the framing lenses both need each sentence's voice (own words,
quotation, reported speech); ``voice.source_voices`` memoises a few sources' voices. Run part
by part over more sources than that, every source's voices were computed again by the lenses.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from contrast.metrics import compute_metrics, voice
from contrast.metrics.lens import PART
from contrast.metrics.registry import MetricFrames, SourceSlice
from tests.reportkit import make_corpus

SENTENCES = (
    "The ministry said on Tuesday that the new tariffs would take effect next month.",
    "Officials in Beijing described the measures as unfair and vowed to respond firmly.",
    "\u201cWe will not be bullied by anyone in this dispute,\u201d a spokesman told reporters in the capital.",
    "Markets fell sharply after the announcement as investors weighed the cost of a long trade war.",
)


def corpus(n: int):  # type: ignore[no-untyped-def]
    """``n`` sources (more than the voices memo holds), every sentence long enough for every lens."""
    def text(i: int) -> str:
        return " ".join(SENTENCES[i % 4 :] + SENTENCES[: i % 4]) + f" It was day {i} of the talks between the two sides."

    return make_corpus({f"s{i:03d}": (("a", "b")[i % 2], text(i)) for i in range(n)})


def test_each_sources_voices_are_computed_once_for_tone_and_every_lens(monkeypatch: pytest.MonkeyPatch) -> None:
    memo = lru_cache(maxsize=2)(voice._voices.__wrapped__)  # a small memo: the same, with a few sources
    monkeypatch.setattr(voice, "_voices", memo)
    computed: list[tuple[str, ...]] = []
    original = voice.sentence_voices

    def counted(texts, *, breaks=None):  # type: ignore[no-untyped-def]
        computed.append(tuple(texts))
        return original(texts, breaks=breaks)

    monkeypatch.setattr(voice, "sentence_voices", counted)
    n = 2 + 3
    compute_metrics(corpus(n), ["sentiment", "attribution", "certainty", "frames", "loaded", "targets"])
    assert len(computed) == n == len(set(computed))


def test_parts_run_source_by_source_through_the_mapper() -> None:
    calls: list[tuple[str, tuple[str, ...]]] = []

    def mapper(name, function, slices: dict[str, SourceSlice]) -> dict[str, MetricFrames]:  # type: ignore[no-untyped-def]
        calls.append((name, tuple(slices)))
        return {source_id: function(piece) for source_id, piece in slices.items()}

    results = compute_metrics(corpus(3), ["sentiment", "attribution"], mapper=mapper)
    assert calls == [(part, (source,)) for source in ("s000", "s001", "s002") for part in ("sentiment", PART)]
    assert results.sources.get_column("source_id").to_list() == ["s000", "s001", "s002"]
