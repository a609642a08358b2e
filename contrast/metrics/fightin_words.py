"""Weighted log-odds ratios with an informative Dirichlet prior ("Fightin' Words").

Monroe, Colaresi & Quinn (2008), 'Fightin' Words: Lexical Feature Selection and
Evaluation for Identifying the Content of Political Conflict', Political Analysis 16(4),
§3.5, eqs. 16, 18–22. For a term w, group i (one origin) against j (all other origins):

    δ_w = log[(y_wi + α_w) / (n_i + α_0 − y_wi − α_w)] − log[(y_wj + α_w) / (n_j + α_0 − y_wj − α_w)]
    σ²_w ≈ 1 / (y_wi + α_w) + 1 / (y_wj + α_w)
    z_w = δ_w / σ_w

y are term counts, n total term counts. The prior is informative: α_w is proportional to
the term's count in the whole corpus, α_w = PRIOR_SCALE · y_w, so α_0 = PRIOR_SCALE · n
(with scale 1 the prior weighs as much as the corpus itself). Frequent words are shrunk
less than rare ones, and z accounts for the variance, so neither rare words (plain
log-odds) nor frequent ones (plain frequency difference) dominate the list.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from itertools import pairwise

from contrast.resources import word_list

PRIOR_SCALE = 1.0
MIN_COUNT = 2
"""A term used only once by an origin is not a pattern of that origin."""
_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]")


def tokens(sentence: str) -> list[str]:
    """Lower-cased words of a sentence (letters first; curly apostrophes straightened)."""
    return [m.group().lower().replace("’", "'") for m in _WORD.finditer(sentence)]


def is_content(word: str) -> bool:
    return len(word) > 2 and word not in word_list("stopwords_en")


def terms(sentence: str) -> list[str]:
    """Unigrams and bigrams of content words: a stop word ends a bigram ("soft power", not "of soft")."""
    words = tokens(sentence)
    unigrams = [w for w in words if is_content(w)]
    bigrams = [f"{a} {b}" for a, b in pairwise(words) if is_content(a) and is_content(b)]
    return unigrams + bigrams


def weighted_log_odds(
    group: Mapping[str, int], rest: Mapping[str, int], *, prior_scale: float = PRIOR_SCALE
) -> dict[str, tuple[float, float, float]]:
    """term → (δ, σ², z) of ``group`` against ``rest``, for every term ``group`` uses."""
    n_i, n_j = sum(group.values()), sum(rest.values())
    if n_i == 0 or n_j == 0:
        return {}
    alpha_0 = prior_scale * (n_i + n_j)
    result = {}
    for term in sorted(group):
        y_i, y_j = group[term], rest.get(term, 0)
        alpha = prior_scale * (y_i + y_j)
        delta = math.log((y_i + alpha) / (n_i + alpha_0 - y_i - alpha)) - math.log(
            (y_j + alpha) / (n_j + alpha_0 - y_j - alpha)
        )
        variance = 1 / (y_i + alpha) + 1 / (y_j + alpha)
        result[term] = (delta, variance, delta / math.sqrt(variance))
    return result


def one_against_rest(counts: Mapping[str, Counter[str]]) -> dict[str, dict[str, tuple[float, float, float]]]:
    """For each group, its terms' (δ, σ², z) against all other groups pooled."""
    total: Counter[str] = Counter()
    for group_counts in counts.values():
        total.update(group_counts)
    return {
        group: weighted_log_odds(group_counts, {t: total[t] - group_counts.get(t, 0) for t in total})
        for group, group_counts in counts.items()
    }


def count_terms(sentences: Iterable[tuple[str, str]]) -> dict[str, Counter[str]]:
    """(group, sentence) pairs → term counts per group."""
    counts: dict[str, Counter[str]] = {}
    for group, sentence in sentences:
        counts.setdefault(group, Counter()).update(terms(sentence))
    return counts
