"""The events stage does each piece of work once, and its shortcuts give the values the long way gives.

Speed work on alignment and on events.json (issue 16) must not move a byte: each shortcut here is
checked against the computation it replaces, on the bundled tariffs report's claims.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contrast.claims import aliases, evidence, find_events
from contrast.claims.absence import _best
from contrast.claims.align import claim_scorer
from contrast.claims.distinctive import AnchorIndex
from contrast.claims.evidence import fold_words, shingle_matrix
from contrast.claims.export import _Evidence
from contrast.config import load_report
from contrast.outputs import _batched
from contrast.segment import segment
from tests.conftest import TARIFFS


def test_a_sentence_is_folded_once_however_many_readers_fold_it(
    tariffs_claims: pl.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The evidence's word runs and the absence search's anchor index (built twice per build, and twice
    more by the handout) all fold the same claim texts: each distinct text is folded once."""
    folded: list[str] = []
    unfolded = evidence._fold

    def counting(text: str, intern=str) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
        folded.append(text)
        return unfolded(text, intern)

    monkeypatch.setattr(evidence, "_fold", counting)
    evidence.folded_words.cache_clear()
    texts = tariffs_claims.get_column("text").to_list()
    origins = tariffs_claims.get_column("origin").to_list()
    shingle_matrix(texts)
    for _ in range(2):
        AnchorIndex(texts, origins, [[] for _ in texts], {"tariffs"})
    assert sorted(folded) == sorted(set(texts))


@settings(deadline=None)
@given(st.text(max_size=80))
def test_folded_words_are_the_same_and_a_fresh_list_every_time(text: str) -> None:
    first = fold_words(text)
    assert first == list(evidence._fold(text))
    first.append("changed by a caller")
    assert fold_words(text) == list(evidence._fold(text))


def test_a_long_text_is_folded_as_a_sentence_is() -> None:
    text = "The U.S. “defence” e-mail, OK. " * 200
    assert len(text) > evidence.FOLDED_CHARS
    assert fold_words(text) == list(evidence._fold(text)) == ["the", "us", "defense", "email", "okay"] * 200


def test_figure_and_stem_counts_read_off_the_cosine_product_are_the_separate_counts(tariffs_claims: pl.DataFrame) -> None:
    """Every pair of claims: the features (values and types, so the probability's every bit) with the
    column kinds equal those counted from the figure and stem matrices one by one."""
    scorer = claim_scorer(tariffs_claims)
    assert scorer.kinds is not None
    n = tariffs_claims.height
    a, b = (index.ravel() for index in np.triu_indices(n, k=1))
    separate = dataclasses.replace(scorer, kinds=None)
    fast, slow = scorer.features(a, b), separate.features(a, b)
    assert fast.keys() == slow.keys()
    for name in slow:
        assert fast[name].dtype == slow[name].dtype, name
        assert np.array_equal(fast[name], slow[name]), name
    assert (fast["figures"] > 0).any() and (fast["stems"] > 0).any()  # the check compared something
    assert scorer.score(a, b).tobytes() == separate.score(a, b).tobytes()


def test_the_evidence_of_a_claim_is_found_by_an_id_of_the_index_s_own_type() -> None:
    """Claim ids are UInt32 in the frame; searched with Python ints, a UInt32 index was copied whole per
    claim written (17,000 copies of a million ids for a 500-source report's events.json)."""
    frame = pl.DataFrame(
        {"claim_id": pl.Series([3, 1, 3, 7], dtype=pl.UInt32), "source_id": ["b", "a", "c", "a"],
         "candidate": pl.Series([0, None, 5, 2], dtype=pl.UInt32), "score": [0.2, 0.0, 0.4, 0.1]}
    )  # fmt: skip
    found = _Evidence(frame)
    assert found.claims.dtype == np.int64
    assert np.array_equal(found.claims, np.sort(frame.get_column("claim_id").to_numpy()))
    for claim in (0, 1, 3, 7, 8):
        start, end = np.searchsorted(found.claims, [claim, claim + 1])
        rows = frame.filter(pl.col("claim_id") == claim)
        assert end - start == rows.height
        assert [found.names[c] for c in found.codes[start:end]] == rows.get_column("source_id").to_list()


def _best_by_lexsort(group: np.ndarray, other: np.ndarray, candidate: np.ndarray, score: np.ndarray) -> tuple[np.ndarray, ...]:
    """The rule as first written: sort by (group, other, score descending, candidate), keep each (group, other)'s first row."""
    order = np.lexsort((candidate, -score, other, group))
    group, other = group[order], other[order]
    first = np.ones(order.size, dtype=bool)
    first[1:] = (group[1:] != group[:-1]) | (other[1:] != other[:-1])
    kept = order[first]
    return group[first], other[first], candidate[kept], score[kept]


@settings(deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 6), st.integers(0, 3), st.integers(0, 9), st.sampled_from([0.0, 0.05, 0.3, 0.3000001, 1.0])),
        max_size=60,
    )
)
def test_the_nearest_row_per_claim_and_source_is_the_first_of_the_full_sort(rows: list[tuple[int, int, int, float]]) -> None:
    """Highest score, ties to the lowest candidate, sorted by claim then source: what ``absence.nearest`` returned by
    sorting every pair on four keys (scores tie often: many rows score exactly 0 or the figure floor)."""
    columns = [np.array([row[k] for row in rows], dtype=np.float64 if k == 3 else np.int64) for k in range(4)]
    found, expected = _best(*columns), _best_by_lexsort(*columns)
    for got, want in zip(found, expected, strict=True):
        assert got.dtype == want.dtype
        assert np.array_equal(got, want)


def test_rows_naming_an_anchor_are_counted_once(tariffs_claims: pl.DataFrame, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each event of two origins asks, per origin left out, how many rows name each of its anchors: counted once per anchor."""
    texts = tariffs_claims.get_column("text").to_list()
    index = AnchorIndex(texts, tariffs_claims.get_column("origin").to_list(), [[] for _ in texts], {"trump", "china"})
    expected = {anchor: index.rows_naming(anchor) for anchor in ("Trump", "China", "Donald Trump", "#200")}
    assert expected["Trump"] == sum("trump" in fold_words(t) for t in texts) > 0
    counted: list[str] = []
    unmemoised = AnchorIndex._rows_naming

    def counting(self: AnchorIndex, anchor: str) -> int:
        counted.append(anchor)
        return unmemoised(self, anchor)

    monkeypatch.setattr(AnchorIndex, "_rows_naming", counting)
    fresh = AnchorIndex(texts, tariffs_claims.get_column("origin").to_list(), [[] for _ in texts], {"trump", "china"})
    for _ in range(3):
        assert {anchor: fresh.rows_naming(anchor) for anchor in expected} == expected
    assert sorted(counted) == sorted(expected)


@settings(deadline=None)
@given(st.lists(st.text(max_size=30), max_size=40), st.integers(1, 50))
def test_events_json_batches_are_its_pieces_joined(pieces: list[str], size: int) -> None:
    batches = list(_batched(iter(pieces), size))
    assert b"".join(batches) == "".join(pieces).encode("utf-8")
    assert all(len(batch.decode("utf-8")) >= size for batch in batches[:-1])
    assert len(batches) <= max(1, len(pieces))


def test_a_build_resolves_the_aliases_of_its_claims_once() -> None:
    """Alignment, the naming lens (claims in source order) and the briefing's event panels (claims as aligned) ask
    for the aliases of the same claims: resolved once, each caller given its own copy of the same answer."""
    def asked(claims: pl.DataFrame) -> dict[str, str]:
        return aliases.resolve_aliases(
            (e for row in claims.get_column("entities").to_list() for e in row), texts=claims.get_column("text").to_list()
        )

    report = load_report(TARIFFS)
    texts = {s.id: (TARIFFS / s.path).read_text(encoding="utf-8") for s in report.manifest.sources}
    origins = {s.id: s.origin for s in report.manifest.sources}
    aliases._resolved.cache_clear()
    claims = find_events(segment(texts, origins), origins=sorted(set(origins.values()))).claims
    first = asked(claims)
    by_source = asked(claims.sort("source_id", "sentence_index"))
    assert aliases._resolved.cache_info().misses == 1
    assert first == by_source and first is not by_source
    first["China"] = "changed by a caller"
    assert asked(claims) == by_source
    entities = tuple(e for row in claims.get_column("entities").to_list() for e in row)
    assert by_source == aliases._resolved.__wrapped__(entities, tuple(claims.get_column("text").to_list()))
