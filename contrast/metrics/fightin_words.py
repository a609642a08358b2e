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


_MAX_MEMO = 400_000
"""Entries in the word memo before it is cleared (bounds memory on unbounded vocabularies)."""
_CONTENT: dict[str, str | None] = {}
"""A matched word → its token if it is a content word, else None: vocabularies follow
Zipf's law, so nearly every word of a corpus is looked up, not recomputed."""


def tokens(sentence: str) -> list[str]:
    """Lower-cased words of a sentence (letters first; curly apostrophes straightened)."""
    return [m.lower().replace("’", "'") for m in _WORD.findall(sentence)]


def is_content(word: str) -> bool:
    return len(word) > 2 and word not in word_list("stopwords_en")


def _learn(matches: list[str]) -> None:
    if len(_CONTENT) >= _MAX_MEMO:
        _CONTENT.clear()
    for match in matches:
        if match not in _CONTENT:
            token = match.lower().replace("’", "'")
            _CONTENT[match] = token if is_content(token) else None


def unigrams_and_bigrams(sentence: str) -> tuple[list[str], list[str]]:
    """:func:`terms` in two lists: the content words, then the bigrams of adjacent content words."""
    matches = _WORD.findall(sentence)
    try:
        words = list(map(_CONTENT.__getitem__, matches))
    except KeyError:
        _learn(matches)
        words = list(map(_CONTENT.__getitem__, matches))
    unigrams = list(filter(None, words))  # a content word has three letters or more: never ""
    if len(unigrams) < 2:
        return unigrams, []
    return unigrams, [f"{a} {b}" for a, b in pairwise(words) if a and b]


def terms(sentence: str) -> list[str]:
    """Unigrams and bigrams of content words: a stop word ends a bigram ("soft power", not "of soft")."""
    unigrams, bigrams = unigrams_and_bigrams(sentence)
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
        if n_i + alpha_0 - y_i - alpha <= 0 or n_j + alpha_0 - y_j - alpha <= 0:
            continue  # the term is every word both sides use: its odds are undefined, and it cannot set them apart
        delta = math.log((y_i + alpha) / (n_i + alpha_0 - y_i - alpha)) - math.log(
            (y_j + alpha) / (n_j + alpha_0 - y_j - alpha)
        )
        variance = 1 / (y_i + alpha) + 1 / (y_j + alpha)
        result[term] = (delta, variance, delta / math.sqrt(variance))
    return result


def one_against_rest(
    counts: Mapping[str, Counter[str]], *, min_bigram_count: int = 1
) -> dict[str, dict[str, tuple[float, float, float]]]:
    """For each group, its terms' (δ, σ², z) against all other groups pooled.

    The same values as ``weighted_log_odds(group, rest)`` with ``rest`` every other group's
    counts summed, without building ``rest``: its counts are the totals less the group's
    (integers, so exactly). Bigrams (terms with a space) the group uses fewer than
    ``min_bigram_count`` times are left out (their counts still weigh in the totals).
    Terms are in no particular order.
    """
    total: Counter[str] = Counter()
    for group_counts in counts.values():
        total.update(group_counts)
    n_total = sum(total.values())
    return {
        group: _against_total(group_counts, total, n_total, min_bigram_count=min_bigram_count)
        for group, group_counts in counts.items()
    }


def _against_total(
    group: Mapping[str, int],
    total: Mapping[str, int],
    n_total: int,
    *,
    min_bigram_count: int = 1,
    prior_scale: float = PRIOR_SCALE,
) -> dict[str, tuple[float, float, float]]:
    """``weighted_log_odds(group, total - group)``, term for term."""
    n_i = sum(group.values())
    n_j = n_total - n_i
    if n_i == 0 or n_j == 0:
        return {}
    alpha_0 = prior_scale * (n_i + n_j)
    log, sqrt = math.log, math.sqrt
    result = {}
    for term, y_i in group.items():
        if y_i < min_bigram_count and " " in term:
            continue
        y_j = total[term] - y_i
        alpha = prior_scale * (y_i + y_j)
        if n_i + alpha_0 - y_i - alpha <= 0 or n_j + alpha_0 - y_j - alpha <= 0:
            continue  # as in weighted_log_odds: a term that is the whole vocabulary has no odds
        delta = log((y_i + alpha) / (n_i + alpha_0 - y_i - alpha)) - log((y_j + alpha) / (n_j + alpha_0 - y_j - alpha))
        variance = 1 / (y_i + alpha) + 1 / (y_j + alpha)
        result[term] = (delta, variance, delta / sqrt(variance))
    return result


def count_terms(sentences: Iterable[tuple[str, str]]) -> dict[str, Counter[str]]:
    """(group, sentence) pairs → term counts per group."""
    counts: dict[str, Counter[str]] = {}
    for group, sentence in sentences:
        counts.setdefault(group, Counter()).update(terms(sentence))
    return counts
