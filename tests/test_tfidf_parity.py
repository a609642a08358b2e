"""``contrast.claims.tfidf`` gives exactly scikit-learn's ``TfidfVectorizer(sublinear_tf=True)`` matrix, only
without importing scikit-learn: same vocabulary order, same sparsity, the same floats bit for bit
(cosines are compared against thresholds, so "close" would not be enough)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contrast.claims.aliases import resolve_aliases
from contrast.claims.align import features
from contrast.claims.candidates import claim_frame
from contrast.claims.tfidf import tfidf

sklearn_text = pytest.importorskip("sklearn.feature_extraction.text")


def _tokens(tokens: list[str]) -> list[str]:
    return tokens


def _assert_same_as_sklearn(docs: list[list[str]]) -> None:
    vectorizer = sklearn_text.TfidfVectorizer(analyzer=_tokens, sublinear_tf=True, norm="l2", dtype=np.float64)
    expected = vectorizer.fit_transform(docs).tocsr()
    expected.sort_indices()
    matrix, vocabulary = tfidf(docs)
    assert vocabulary.tolist() == vectorizer.get_feature_names_out().tolist()
    assert np.array_equal(matrix.indptr, expected.indptr) and np.array_equal(matrix.indices, expected.indices)
    assert np.array_equal(matrix.data, expected.data)


def test_claims_of_a_bundled_report_weigh_exactly_as_with_scikit_learn(tariffs_analysis) -> None:
    sentences = tariffs_analysis.results.sentences
    claims = claim_frame(sentences)
    aliases = resolve_aliases(
        (e for row in claims.get_column("entities").to_list() for e in row), texts=claims.get_column("text").to_list()
    )
    _assert_same_as_sklearn(features(claims, aliases))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from([f"w{i}" for i in range(50)] + ["E:china", "Q:$34bn", "zeta", "alpha"]), min_size=1, max_size=60),
        min_size=1,
        max_size=30,
    )
)
def test_any_corpus_weighs_exactly_as_with_scikit_learn(docs: list[list[str]]) -> None:
    _assert_same_as_sklearn(docs)
