"""Uncertainty of a mean over sentences: a seeded percentile bootstrap.

Used to decide whether a per-origin figure moved between two editions more than
resampling its own sentences would move it (``contrast.editions``), and whether two
origins differ by more than that (``compare_groups``: a difference is a finding only when
the interval of the difference excludes zero and each side has ``MIN_JUDGED`` sentences).
The seed comes from
a caller's key (the origin id) or from the values resampled (``rows_seed``), so the interval is the same on every run,
whatever the order origins are processed in, and independent of the hash seed.

Replicates depend only on the values resampled, the seed and the number of resamples: a
build keeps them by that content (``stored_replicates``, the ``replicates`` stage of the
build cache), so when one source is added only its origin's are drawn again. Other
figures of a pooled origin that are costly to count can be kept the same way (``by_content``), and so can any reading
that is a function of content alone, laid out as arrays (a source's statement speakers, ``attribution.kept_statement_speakers``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

RESAMPLES = 1000
LEVEL = 0.95
_DRAWS_PER_CHUNK = 2_000_000
"""Resampled indices held in memory at once (16 MB), so large origins cost time, not memory."""
_COUNTED_COLUMNS = 8
"""From this many whole-number columns on, counting each row's draws once (and one matrix
product) is cheaper than gathering every column's draws (about five gathers' cost)."""


def seed_for(key: str) -> int:
    """A stable 64-bit seed from a text key (Python's ``hash`` changes with PYTHONHASHSEED)."""
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big")


def rows_seed(*arrays: np.ndarray) -> int:
    """A stable 64-bit seed from the values resampled: the same sentences get the same interval wherever it is
    printed (check12l-new: a one-source origin's own-voice tone had one interval on page 1, seeded by the origin, and
    another in Source by source, seeded by the source)."""
    hasher = hashlib.sha256(b"rows")
    for array in arrays:
        _hash_values(hasher, b"\0", array)
    return int.from_bytes(hasher.digest()[:8], "big")


def _hash_values(hasher: Any, prefix: bytes, array: np.ndarray) -> None:
    """Feed ``hasher`` one column after ``prefix``: its length and its values as float64 (what resampling reads of it)."""
    hasher.update(prefix + str(array.shape[0]).encode() + b"\0")
    hasher.update(np.ascontiguousarray(array, dtype=np.float64).tobytes())


def bootstrap_mean_intervals(
    columns: Mapping[str, np.ndarray], *, seed: int, resamples: int = RESAMPLES, level: float = LEVEL
) -> dict[str, tuple[float, float]]:
    """Percentile bootstrap interval of the mean of each column, rows resampled together.

    All columns have one value per sentence; each resample draws ``n`` sentences with
    replacement and takes every column's mean over the same draw (Efron & Tibshirani 1993,
    ch. 13, percentile interval). With one row the interval is that value.
    """
    means = bootstrap_means(columns, seed=seed, resamples=resamples)
    return {name: percentile_interval(m, level=level) for name, m in means.items()}


def percentile_interval(values: np.ndarray, *, level: float = LEVEL) -> tuple[float, float]:
    """The central ``level`` share of bootstrap replicates."""
    tail = (1 - level) / 2
    return float(np.quantile(values, tail)), float(np.quantile(values, 1 - tail))


def percentile_intervals(replicates: np.ndarray, *, level: float = LEVEL) -> tuple[list[float], list[float]]:
    """``percentile_interval`` of each row of ``replicates`` (groups × resamples), in one call: the
    lower and the upper ends, a value per row. The same order statistics and interpolation as
    row by row, without numpy's set-up per call (most of the cost at a thousand replicates)."""
    tail = (1 - level) / 2
    ends = np.quantile(replicates, [tail, 1 - tail], axis=1)
    return ends[0].tolist(), ends[1].tolist()


STORED_MIN_ROWS = 2_000
"""Replicates of fewer rows are drawn, not stored: drawing them takes milliseconds, and an entry
(8 KB per column) would cost more room than time (a small report's cache would double)."""


class ReplicateStore(Protocol):
    """Keeps bootstrap replicates by a digest of what they depend on: ``store(key, compute)`` is
    ``compute()``, or the very arrays it returned for ``key`` before."""

    def __call__(self, key: str, compute: Callable[[], dict[str, np.ndarray]]) -> dict[str, np.ndarray]: ...


_STORE: ContextVar[ReplicateStore | None] = ContextVar("replicate_store", default=None)


@contextmanager
def stored_replicates(store: ReplicateStore | None) -> Iterator[None]:
    """Within the block, ``bootstrap_means`` in this thread asks ``store`` before drawing (a build
    passes its cache; None draws everything, as a worker process does); the replicates are the
    same bytes either way."""
    token = _STORE.set(store)
    try:
        yield
    finally:
        _STORE.reset(token)


def storing_replicates() -> bool:
    """Whether ``bootstrap_means`` in this thread asks a store (within ``stored_replicates`` of one)."""
    return _STORE.get() is not None


def replicates_key(arrays: Mapping[str, np.ndarray], *, seed: int, resamples: int) -> str:
    """SHA-256 of everything the replicates depend on: column names and values (in order), seed, resamples."""
    hasher = hashlib.sha256(f"{seed}:{resamples}:{len(arrays)}".encode())
    for name, array in arrays.items():
        _hash_values(hasher, b"\0" + name.encode("utf-8") + b"\0", array)
    return hasher.hexdigest()


def bootstrap_means(
    columns: Mapping[str, np.ndarray], *, seed: int, resamples: int = RESAMPLES
) -> dict[str, np.ndarray]:
    """Each column's mean in every bootstrap resample (rows resampled together).

    Returned whole so callers can combine columns per resample: the framing lenses take
    the ratio of two means (cues per word) on the same draw. Inside ``stored_replicates``
    they come from the store when the same values were resampled with the same seed before.
    """
    arrays = {name: np.asarray(values, dtype=np.float64) for name, values in columns.items()}
    sizes = {array.shape[0] for array in arrays.values()}
    if len(sizes) != 1:
        raise ValueError(f"columns differ in length: {sorted(sizes)}")
    (n,) = sizes
    if n == 0:
        raise ValueError("no values to resample")
    if _STORE.get() is None or n < STORED_MIN_ROWS:
        return _draw_means(arrays, n, seed=seed, resamples=resamples)
    key = replicates_key(arrays, seed=seed, resamples=resamples)
    return by_content(key, lambda: _draw_means(arrays, n, seed=seed, resamples=resamples))


def by_content(key: str, compute: Callable[[], dict[str, np.ndarray]]) -> dict[str, np.ndarray]:
    """``compute()``, or inside ``stored_replicates`` the arrays the store keeps for ``key``: a digest of
    everything they depend on (the values, and what names the computation), made by the caller. The arrays are
    one-dimensional, of one length, of any fixed-size dtype (``codecs.encode_replicates``); the code that computes them
    must be in the ``replicates`` stage's key (``stages.REPLICATES``: ``contrast.stats``, ``contrast.metrics`` and
    what they import)."""
    store = _STORE.get()
    return compute() if store is None else store(key, compute)


def _draw_means(arrays: Mapping[str, np.ndarray], n: int, *, seed: int, resamples: int) -> dict[str, np.ndarray]:
    rng = np.random.Generator(np.random.PCG64(seed))
    means = {name: np.empty(resamples) for name in arrays}
    # Counting draws pays from _COUNTED_COLUMNS whole-number columns on: with fewer columns none is checked.
    whole = [name for name, array in arrays.items() if _whole_numbers(array)] if len(arrays) >= _COUNTED_COLUMNS else []
    if len(whole) < _COUNTED_COLUMNS:
        whole = []
    stacked = np.column_stack([arrays[name] for name in whole]) if whole else None
    chunk = max(1, _DRAWS_PER_CHUNK // n)
    for start in range(0, resamples, chunk):
        stop = min(resamples, start + chunk)
        draws = rng.integers(0, n, size=(stop - start, n))
        if stacked is not None:
            # Sums of whole numbers are exact in any order, so counting how often each row
            # was drawn and multiplying gives the very means of ``array[draws].mean(axis=1)``.
            rows = np.arange(stop - start)[:, None] * n
            drawn = np.bincount((draws + rows).ravel(), minlength=(stop - start) * n).reshape(stop - start, n)
            sums = drawn.astype(np.float64) @ stacked
            for column, name in enumerate(whole):
                means[name][start:stop] = sums[:, column] / n
        for name, array in arrays.items():
            if name not in whole:
                means[name][start:stop] = array[draws].mean(axis=1)
    return means


def _whole_numbers(array: np.ndarray) -> bool:
    """Whole numbers small enough that any sum of ``len(array)`` of them is exact in float64."""
    if array.size == 0 or not np.all(np.isfinite(array)):
        return False
    return bool(np.all(array == np.round(array))) and float(np.abs(array).max()) * array.size < 2.0**52


MIN_JUDGED = 20
"""Below this many sentences on either side a difference is not judged (the editions page's rule)."""

MIN_INTERVAL = 5
"""Below this many sentences no 95% interval is drawn: from one sentence the bootstrap interval is that sentence's
value, and from a few that agree it is a point ("+0.00 to +0.00", "100%–100%" — check8 RM-4). With n sentences the
bootstrap has C(2n−1, n) distinct resamples: 1, 3, 10 and 35 for one to four, 126 for five. One rule for every
interval printed: tone and its shares (At a glance, the origins and source tables) and the lenses' figures, which
say "too few to draw an interval from"."""

_Z = 1.959963984540054
"""The standard normal quantile of a two-sided 95% interval."""
_POINT = 1e-12
"""An interval narrower than this is a point."""


def wilson_interval(k: float, n: float) -> tuple[float, float]:
    """The 95% Wilson score interval of a share of ``k`` in ``n`` (Wilson 1927; Newcombe 1998, method 3). Used where
    every sentence falls on one side (0 of 5, 5 of 5), where the percentile bootstrap has nothing to resample but that
    side and gives a point ("0% (95% CI 0% to 0%)", check9-recheck SE-P6): 0 of 5 is 0% to 43%."""
    p = k / n
    centre = (p + _Z**2 / (2 * n)) / (1 + _Z**2 / n)
    half = _Z * np.sqrt(p * (1 - p) / n + _Z**2 / (4 * n**2)) / (1 + _Z**2 / n)
    # the share itself is always inside: at 0 of n (or n of n) centre and half are equal in exact arithmetic, and a
    # rounding error left the low end a hair above 0%, a negative error bar (the keep-going builds' charts)
    return min(p, max(0.0, float(centre - half))), max(p, min(1.0, float(centre + half)))


def one_sided(
    low: float | None, high: float | None, values: np.ndarray, *, share: bool
) -> tuple[float | None, float | None]:
    """A percentile interval, unless it is a point (``_POINT``): then, for a ``share`` (``values`` its 0/1 flags), the
    Wilson interval; for a mean (its sentences all score the same) none, there being no interval to draw. Never a
    zero-width "95% CI"."""
    if low is None or high is None or high - low > _POINT or values.size == 0:
        return low, high
    if share and np.isin(values, (0.0, 1.0)).all():
        return wilson_interval(float(values.sum()), float(values.size))
    return None, None


Statistic = Callable[[Mapping[str, np.ndarray]], np.ndarray]
"""A figure as a function of column means (arrays: one value per bootstrap replicate, or one value)."""


@dataclass(frozen=True)
class Estimate:
    """A group's figure with its 95% percentile bootstrap interval, over ``n`` rows."""

    value: float
    low: float
    high: float
    n: int

    @property
    def drawn(self) -> bool:
        """Whether the interval may be printed: it rests on ``MIN_INTERVAL`` rows or more, and is not a point (rows that
        all score the same, ``one_sided``)."""
        return self.n >= MIN_INTERVAL and self.high - self.low > _POINT

    @property
    def alike(self) -> bool:
        """Rows enough for an interval, but all of the same value: no interval to draw."""
        return self.n >= MIN_INTERVAL and not self.drawn


@dataclass(frozen=True)
class Contrast:
    """The highest and the lowest of some groups on one figure, and the interval of their difference.

    ``finding`` holds only when both sides have at least ``MIN_JUDGED`` rows and the
    interval of the difference excludes zero: otherwise the gap may be resampling noise.
    """

    estimates: dict[str, Estimate]
    """Every group's estimate, in the groups' order."""
    high: str
    low: str
    difference: float
    diff_low: float
    diff_high: float

    @property
    def judged(self) -> bool:
        return min(self.estimates[self.high].n, self.estimates[self.low].n) >= MIN_JUDGED

    @property
    def finding(self) -> bool:
        return self.judged and (self.diff_low > 0 or self.diff_high < 0)


def compare_groups(
    groups: Mapping[str, Mapping[str, np.ndarray]],
    statistic: Statistic,
    *,
    points: Mapping[str, float] | None = None,
    share: str | None = None,
) -> Contrast | None:
    """Each group's figure with an interval, and the highest against the lowest with the interval of the gap.

    ``groups``: group → columns (one value per row, e.g. per sentence); the figure is
    ``statistic`` of the columns' means, on the data and on every bootstrap resample of the
    group's rows (seeded by the group's values, :func:`rows_seed`). ``points`` replaces a group's value by an
    exact one computed elsewhere (textstat's grade of the whole text) and shifts its
    replicates by the same amount, so the interval is centred on the value printed.
    Groups without rows are left out; fewer than two groups give None. Ties: first group wins. A group's interval that
    is a point is no interval (``one_sided``): where the figure is the share of ``share`` (a column of 0/1 flags), all on
    one side, it gets Wilson's; a figure of one column gets none.
    """
    replicates: dict[str, np.ndarray] = {}
    estimates: dict[str, Estimate] = {}
    for name, columns in groups.items():
        arrays = {c: np.asarray(v, dtype=np.float64) for c, v in columns.items()}
        n = len(next(iter(arrays.values()))) if arrays else 0
        if n == 0:
            continue
        value = float(statistic({c: np.array([a.mean()]) for c, a in arrays.items()})[0])
        reps = statistic(bootstrap_means(arrays, seed=rows_seed(*arrays.values()))) if n >= 2 else np.full(RESAMPLES, value)
        if points is not None and points.get(name) is not None:
            reps = reps + (points[name] - value)
            value = float(points[name])
        replicates[name] = reps
        lower, upper = percentile_interval(reps[np.isfinite(reps)])
        if (share is not None or len(arrays) == 1) and n >= 2:  # SE-P6: Wilson's for a share all on one side, no point
            flags = arrays[share] if share is not None else next(iter(arrays.values()))
            low, high = one_sided(lower, upper, flags, share=share is not None)
            lower, upper = (value, value) if low is None or high is None else (low, high)
        estimates[name] = Estimate(value, lower, upper, n)
    if len(estimates) < 2:
        return None
    ranked = sorted(estimates, key=lambda g: -estimates[g].value)
    top, bottom = ranked[0], ranked[-1]
    gap = replicates[top] - replicates[bottom]
    diff_low, diff_high = percentile_interval(gap[np.isfinite(gap)])
    return Contrast(estimates, top, bottom, estimates[top].value - estimates[bottom].value, diff_low, diff_high)


def mean_of(column: str) -> Statistic:
    """The mean of one column (a share when the column holds 0/1 flags)."""
    return lambda means: means[column]
