"""TF-IDF weights of claim features, as alignment compares them.

Sublinear term frequency (``1 + ln count``), smoothed inverse document frequency
(``1 + ln((n + 1) / (df + 1))``), each row scaled to unit length: scikit-learn's
``TfidfVectorizer(sublinear_tf=True)``, to the last bit (``tests/test_tfidf_parity.py``),
without importing scikit-learn — a second of every build that aligns claims.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp


def tfidf(docs: list[list[str]]) -> tuple[sp.csr_matrix, np.ndarray]:
    """Claims × features matrix and the features (columns in sorted order).

    Each row's squares are summed in the order its features first appear in the corpus,
    as scikit-learn does: another order can change the last bit of a weight, and cosines
    are compared with thresholds.
    """
    vocabulary: dict[str, int] = {}
    indices: list[int] = []
    counts: list[int] = []
    indptr = [0]
    for doc in docs:
        counter: dict[int, int] = {}
        for feature in doc:
            k = vocabulary.setdefault(feature, len(vocabulary))
            counter[k] = counter.get(k, 0) + 1
        order = sorted(counter)
        indices += order
        counts += [counter[k] for k in order]
        indptr.append(len(indices))
    n = len(docs)
    ids = np.asarray(indices, dtype=np.int64)
    starts = np.asarray(indptr, dtype=np.int64)
    df = np.bincount(ids, minlength=len(vocabulary)).astype(np.float64)
    idf = np.log(np.float64(n + 1) / (df + 1.0)) + 1.0
    data = (np.log(np.asarray(counts, dtype=np.float64)) + 1.0) * idf[ids]
    lengths = np.diff(starts)
    rows = np.repeat(np.arange(n), lengths)
    squares = np.zeros((int(lengths.max(initial=0)), n))
    squares[np.arange(ids.size) - starts[rows], rows] = data * data
    norms = np.zeros(n)
    for layer in squares:  # left to right within each row, as a sequential sum
        norms += layer
    data /= np.sqrt(norms)[rows]
    names = sorted(vocabulary)
    column = np.empty(len(names), dtype=np.int64)
    column[[vocabulary[name] for name in names]] = np.arange(len(names))
    matrix = sp.csr_matrix((data, column[ids], starts), shape=(n, len(names)))
    matrix.sort_indices()
    return matrix, np.asarray(names, dtype=object)


def project(docs: list[list[str]], vocabulary: np.ndarray, matrix: sp.csr_matrix) -> sp.csr_matrix:
    """Rows for more documents, weighed as ``tfidf`` weighed ``matrix`` (its idf; features it lacks
    dropped): text searched beside the corpus without changing how the corpus is weighed."""
    n = matrix.shape[0]
    df = np.asarray((matrix > 0).sum(axis=0)).ravel().astype(np.float64)
    idf = np.log(np.float64(n + 1) / (df + 1.0)) + 1.0
    column = {name: k for k, name in enumerate(vocabulary.tolist())}
    rows: list[int] = []
    cols: list[int] = []
    data: list[float] = []
    for row, doc in enumerate(docs):
        counts: dict[int, int] = {}
        for feature in doc:
            if feature in column:
                counts[column[feature]] = counts.get(column[feature], 0) + 1
        weights = {k: (np.log(c) + 1.0) * idf[k] for k, c in sorted(counts.items())}
        norm = float(np.sqrt(sum(w * w for w in weights.values())))
        for k, w in weights.items():
            rows.append(row)
            cols.append(k)
            data.append(float(w / norm))
    return sp.csr_matrix((data, (rows, cols)), shape=(len(docs), matrix.shape[1]))
