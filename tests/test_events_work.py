"""The events stage does each piece of work once, and its shortcuts give the values the long way gives.

Speed work on alignment and on events.json (issue 16) must not move a byte: each shortcut here is
checked against the computation it replaces, on the bundled tariffs report's claims.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from contrast.claims import evidence
from contrast.claims.align import claim_scorer
from contrast.claims.distinctive import AnchorIndex
from contrast.claims.evidence import fold_words, shingle_matrix
from contrast.claims.export import _Evidence


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
    evidence._folded.cache_clear()
    texts = tariffs_claims.get_column("text").to_list()
    origins = tariffs_claims.get_column("origin").to_list()
    shingle_matrix(texts)
    for _ in range(2):
        AnchorIndex(texts, origins, [[] for _ in texts], {"tariffs"})
    assert sorted(folded) == sorted(set(texts))


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
