"""The build's memory stays bounded: the largest output is never held whole.

``events.json`` lists, for every claim no event holds, its nearest claim in up to 20 other
sources: some 25 times the size of the text (220 MB at 200 sources of 50 KB). Built as one
document and one string, it was the build's peak (3.4 GB there; ``benchmarks/bench_memory.py``).
It is now made a record at a time and written to disk as it is made. These tests measure the
Python heap (tracemalloc) while a large file streams through, against the file's own size:
a change that collects the records or the bytes again fails them by a wide margin.
"""

from __future__ import annotations

import gc
import hashlib
import json
import subprocess
import sys
import tracemalloc
import weakref
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import polars as pl
import pytest
import scipy.sparse as sp

from contrast.claims import EventAnalysis
from contrast.claims.absence import EVIDENCE_SOURCES, POSSIBLY_SHARED, UNIQUE, Nearest, _listed, empty_absences, nearest
from contrast.claims.align import NAMING_WORDS, _other_voices, _quotations
from contrast.claims.evidence import fold_words, shingle_matrix
from contrast.claims.export import PER_SOURCE_MAX_SOURCES, events_document, events_json, events_json_chunks
from contrast.claims.terms import stopwords
from contrast.publish import MARKER, claim, publish, publish_edition
from tests.conftest import REPO

MB = 1_000_000


def _pieces(count: int, size: int) -> Iterator[bytes]:
    for number in range(count):
        yield bytes([65 + number % 26]) * size


def test_a_streamed_file_is_written_without_holding_it(tmp_path: Path) -> None:
    expected = hashlib.sha256(b"".join(_pieces(64, MB))).hexdigest()
    folder = claim(tmp_path / "out")
    tracemalloc.start()
    try:
        written, record = publish_edition(folder, {"events.json": lambda: _pieces(64, MB), "edition.json": b"{}\n"})
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * MB, f"publishing a 64 MB stream held {peak / MB:.0f} MB"
    assert record["events.json"] == expected
    assert hashlib.sha256((tmp_path / "out" / "events.json").read_bytes()).hexdigest() == expected
    assert written == (tmp_path / "out" / "events.json", tmp_path / "out" / "edition.json")


def test_a_streamed_file_that_did_not_change_is_not_rewritten_and_leaves_nothing_behind(tmp_path: Path) -> None:
    files = {"events.json": lambda: _pieces(3, 1000), "edition.json": b"{}\n"}
    publish(claim(tmp_path / "out"), files)
    assert publish(claim(tmp_path / "out"), files) == ()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(["events.json", "edition.json", MARKER])


def _analysis(sources: int, claims_per_source: int) -> EventAnalysis:
    """Claims in no event, each with its nearest claim in 20 other sources: events.json's bulk."""
    text = "The ministry said the new tariff list would take effect on Friday after a public hearing. "
    rows = [(s * claims_per_source + k, f"s{s:03d}", f"o{s % 3}", k) for s in range(sources) for k in range(claims_per_source)]
    n = len(rows)
    claims = pl.DataFrame(
        {
            "claim_id": pl.Series([r[0] for r in rows], dtype=pl.UInt32),
            "event": pl.Series([None] * n, dtype=pl.Int32),
            "source_id": [r[1] for r in rows],
            "origin": [r[2] for r in rows],
            "sentence_index": pl.Series([r[3] for r in rows], dtype=pl.UInt32),
            "text": [f"{text}({r[0]})" for r in rows],
            "compound": [0.1] * n,
            "attributed": [False] * n,
            "state": [UNIQUE if r[0] % 2 else POSSIBLY_SHARED for r in rows],
            "context": pl.Series([None] * n, dtype=pl.UInt32),
            "basis": ["anchor" if r[0] % 2 else "close" for r in rows],
            "anchors": pl.Series([["Friday", "#2"] if r[0] % 2 else [] for r in rows], dtype=pl.List(pl.String)),
        }
    )
    others = [(r[0], (r[0] // claims_per_source + step) % sources) for r in rows for step in range(1, 21)]  # 20 other sources each
    evidence = pl.DataFrame(
        {
            "claim_id": pl.Series([c for c, _ in others], dtype=pl.UInt32),
            "source_id": [f"s{o:03d}" for _, o in others],
            "candidate": pl.Series([o * claims_per_source for _, o in others], dtype=pl.UInt32),
            "score": [0.01] * len(others),
        }
    )
    return EventAnalysis(
        claims=claims,
        events=pl.DataFrame(schema={"event": pl.Int32, "label": pl.String, "terms": pl.List(pl.String), "n_sources": pl.UInt32,
                                    "n_voices": pl.UInt32, "n_origins": pl.UInt32}),
        links=pl.DataFrame(schema={"a": pl.UInt32, "b": pl.UInt32, "score": pl.Float64, "shared": pl.List(pl.String)}),
        source_overlap=pl.DataFrame(schema={"a": pl.String, "b": pl.String, "share": pl.Float64}),
        origin_overlap=pl.DataFrame(schema={"a": pl.String, "b": pl.String, "share": pl.Float64}),
        origin_sharing=pl.DataFrame(schema={"origin": pl.String, "claims": pl.UInt32, "shared": pl.UInt32, "possibly": pl.UInt32,
                                            "only": pl.UInt32}),
        omissions=pl.DataFrame(schema={"origin": pl.String, "event": pl.Int32}),
        evidence=evidence,
        absences=empty_absences(),
        set_aside=pl.DataFrame(schema={"claim_id": pl.UInt32, "source_id": pl.String, "sentence_index": pl.UInt32, "origin": pl.String,
                                       "category": pl.String, "text": pl.String}),
        copies=pl.DataFrame(schema={"a": pl.String, "b": pl.String, "containment": pl.Float64}),
    )


def test_events_json_is_made_a_record_at_a_time() -> None:
    analysis = _analysis(sources=40, claims_per_source=70)  # 2,800 claims, 28,000 + 4,200 nearest claims listed: 5.9 MB
    tracemalloc.start()
    try:
        size = sum(len(piece.encode("utf-8")) for piece in events_json_chunks(analysis))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert size > 5 * MB
    # measured: 0.2 times the file's size (the claims' texts, the evidence as arrays); built whole, 3.7 times
    assert peak < size / 2, f"streaming {size / MB:.1f} MB of events.json held {peak / MB:.1f} MB"


def test_the_streamed_events_json_is_the_document() -> None:
    analysis = _analysis(sources=25, claims_per_source=4)
    document = json.loads(events_json(analysis))
    assert document == json.loads(json.dumps(events_document(analysis)))
    assert len(document["unique"]) == 50 and len(document["possibly_shared"]) == 50
    assert all(len(record["evidence"]) == 20 for record in document["unique"])
    assert document["unique"][0]["basis"] == "anchor" and document["unique"][0]["anchors"] == ["Friday", "2"]
    assert document["possibly_shared"][0]["basis"] == "close" and "anchors" not in document["possibly_shared"][0]


def test_a_possibly_shared_claim_of_a_large_report_keeps_the_nearest_of_each_other_origin_an_unique_one_every_source() -> None:
    """Above PER_SOURCE_MAX_SOURCES sources, 19 nearest rows per possibly shared claim were 92 % of events.json (72 of
    79 MB at 500 AllSides sources): such a claim is never printed as an absence, what shows it may be told elsewhere is
    the nearest of each other origin (and the nearest of all, its own origin's if closest)."""
    analysis = _analysis(sources=25, claims_per_source=4)
    scores = [round(0.01 + 0.001 * ((7 * k) % 23), 4) for k in range(analysis.evidence.height)]  # ties too
    listing = analysis.evidence.with_columns(pl.Series("score", scores)).sort("claim_id", "source_id")  # as ``_listed`` lists
    analysis = replace(analysis, evidence=listing)
    listed = {claim: rows for (claim,), rows in analysis.evidence.group_by("claim_id")}
    origin_of = dict(analysis.claims.select("source_id", "origin").unique().iter_rows())
    own_of = dict(analysis.claims.select("source_id", "origin").iter_rows())
    document = events_document(analysis)
    by_claim = {(r["source"], r["sentence_index"]): r for r in document["unique"] + document["possibly_shared"]}
    for claim_id, source, index, state in analysis.claims.select("claim_id", "source_id", "sentence_index", "state").iter_rows():
        record, rows = by_claim[(source, index)], listed[claim_id].sort("source_id")
        if state == UNIQUE:
            assert len(record["evidence"]) == EVIDENCE_SOURCES and "evidence_by" not in record
            continue
        expected = {rows.sort("score", "source_id", descending=[True, False]).row(0)[1]}  # the nearest of all
        for origin in {origin_of[s] for s in rows.get_column("source_id")} - {own_of[source]}:
            of_origin = rows.filter(pl.col("source_id").replace_strict(origin_of) == origin)
            expected.add(of_origin.sort("score", "source_id", descending=[True, False]).row(0)[1])
        assert record["evidence_by"] == "origin"
        assert [e["source"] for e in record["evidence"]] == sorted(expected)
        assert all(e["score"] == rows.filter(pl.col("source_id") == e["source"]).get_column("score").item() for e in record["evidence"])
    small = events_document(_analysis(sources=PER_SOURCE_MAX_SOURCES, claims_per_source=4))
    assert all(len(r["evidence"]) == EVIDENCE_SOURCES and "evidence_by" not in r for r in small["possibly_shared"])


# --- the absence search ----------------------------------------------------------------------

ABSENCE_SEARCH = """
import sys
import numpy as np
import polars as pl
import contrast.claims.absence as absence
from contrast.claims.terms import sentence_stems

def status(field):
    with open("/proc/self/status") as lines:
        return next(int(line.split()[1]) * 1024 for line in lines if line.startswith(field))

n_sources, per_source, per_claim = 400, int(sys.argv[1]), int(sys.argv[2])
n = n_sources * per_source
empty = pl.Series([[] for _ in range(n)], dtype=pl.List(pl.String))
claims = pl.DataFrame({
    "claim_id": pl.Series(range(n), dtype=pl.UInt32),
    "source_id": [f"source-{k // per_source:04d}" for k in range(n)],
    "origin": [f"origin-{(k // per_source) % 3}" for k in range(n)],
    "sentence_index": pl.Series([k % per_source for k in range(n)], dtype=pl.Int32),
    "text": [f"Claim number {k} says something." for k in range(n)],
    "entities": empty, "speakers": empty, "quantities": empty, "stems": empty,
    "event": pl.Series([None] * n, dtype=pl.Int32),
})

def pairs(block):  # per_claim rows of other sources per claim, in claim order, made as the search asks for them
    q = np.repeat(block, per_claim)
    return q, (q + per_source * (1 + np.tile(np.arange(per_claim) * 7, block.size))) % n

def blocks(scorer, pool, query, figures):
    for start in range(0, query.size, absence.SEARCH_BLOCK):
        block = query[start : start + absence.SEARCH_BLOCK]
        yield (block, *pairs(block))

class Scorer:
    def closeness(self, a, b):
        return ((a * 7919 + b) % 1000) / 10000.0  # 0 to 0.1: below POSSIBLE_P, many in the weak band

absence._search_blocks = blocks
sentence_stems("stemmed")  # the stemmer's import (nltk), which a build has made before the search
before = status("VmRSS:")
with open("/proc/self/clear_refs", "w") as clear:
    clear.write("5")  # the peak (VmHWM) starts again from here
states, evidence = absence.absence_states(claims, Scorer())
print(status("VmHWM:") - before, n * per_claim, evidence.height)
"""


def test_the_absence_search_holds_a_block_of_claims_pairs_not_every_pair() -> None:
    """Every claim outside an event is searched for in every other source: at 2,000 AllSides sources, 9.7 million
    (claim, candidate) pairs, ~130 bytes each held at once (+1.27 GB; issue 16: ~6.5 GB at 10,000). History of this
    measure: sorting the pairs as a table with the other source's name per pair was the build's peak (182 bytes per
    pair); reduced as arrays, 61; with the weak band (``absence._told_in_words``) and the rules merged with it up to
    101; the shared figures as a mask, scores raised in place and the nearest as scored reduced first, 73. Now the
    search gives the pairs a block of ``SEARCH_BLOCK`` claims at a time (``_search_blocks``) and each block is reduced
    to what is kept (the evidence listed, the claims stirred or close) before the next: the memory is a block's pairs
    and what is kept per claim, not the search's pairs. Measured in fresh processes (the resident peak from the call,
    the stemmer imported before), 20,000 claims of 400 sources with 50 then 200 pairs each (1 then 4 million): the peak
    grew by 107 bytes per added pair with every pair at once (07eef96), by ~7 in blocks."""
    per_pair, listed = _peak_per_added_pair(ABSENCE_SEARCH)
    assert listed == [20_000 * EVIDENCE_SOURCES] * 2  # every claim lists its 20 nearest other sources
    assert per_pair < 25, f"the absence search held {per_pair:.0f} more bytes per added pair"


def _peak_per_added_pair(script: str) -> tuple[float, list[int]]:
    """Run ``script`` (``ABSENCE_SEARCH`` or the like) with 50 then 200 pairs per claim, each in a fresh process: how
    much its resident peak grew per added pair, and the rows it found each time."""
    if not Path("/proc/self/clear_refs").exists():
        pytest.skip("needs Linux's /proc/self/clear_refs to reset the peak")
    peaks, listed = [], []
    for per_claim in (50, 200):
        found = subprocess.run(
            [sys.executable, "-c", script, "50", str(per_claim)], capture_output=True, text=True, check=True, cwd=REPO
        ).stdout.split()
        peak, pairs, rows = (int(value) for value in found)
        peaks.append((peak, pairs))
        listed.append(rows)
    (small, fewer), (large, more) = peaks
    return (large - small) / (more - fewer), listed


EVENT_SEARCH = ABSENCE_SEARCH.replace(
    '"event": pl.Series([None] * n, dtype=pl.Int32),',
    '"event": pl.Series([k % (n // 2) for k in range(n)], dtype=pl.Int32),',  # two members each, of two origins
).replace(
    'states, evidence = absence.absence_states(claims, Scorer())\nprint(status("VmHWM:") - before, n * per_claim, evidence.height)',
    'found = absence.event_absences(claims, Scorer())\nprint(status("VmHWM:") - before, n * per_claim, found.height)',
)


def test_the_event_omission_search_holds_a_block_of_members_pairs_not_every_pair() -> None:
    """``event_absences`` searched every member of an event in every other source at once: its pairs were the events
    stage's peak at 2,000 AllSides sources (+129 MB; issue 16). Now it takes them a block of ``SEARCH_BLOCK`` members
    at a time (``_search_blocks``), each reduced to its nearest row per event and origin (``_event_nearest``) before
    the next. Measured as the absence search's test does, 20,000 members of 10,000 events with 50 then 200 pairs each:
    the peak grew by 49 bytes per added pair with every pair at once (e7062f8), by ~4 in blocks."""
    per_pair, listed = _peak_per_added_pair(EVENT_SEARCH)
    assert listed == [10_000] * 2  # each event: the third origin
    assert per_pair < 20, f"the event omission search held {per_pair:.0f} more bytes per added pair"


def _reference_nearest(group: np.ndarray, other: np.ndarray, candidate: np.ndarray, score: np.ndarray) -> pl.DataFrame:
    """What the absence search did before ``nearest``: sort every pair, keep each group's first."""
    return (
        pl.DataFrame({"group": group, "other": other, "candidate": candidate, "score": score})
        .sort(["group", "other", "score", "candidate"], descending=[False, False, True, False])
        .group_by(["group", "other"], maintain_order=True)
        .first()
    )


@pytest.mark.parametrize("in_order", [False, True])
@pytest.mark.parametrize("chunk", [1, 7, 1 << 20])
def test_nearest_keeps_each_groups_best_pair_as_sorting_every_pair_did(chunk: int, in_order: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("contrast.claims.absence.NEAREST_CHUNK", chunk)
    rng = np.random.default_rng(3)
    size = 5_000
    group = rng.integers(0, 300, size)  # unsorted, as the figure pairs come after the others
    if in_order:  # as the search's pairs come, in claim order: reduced without sorting them
        group = np.sort(group)
    other = rng.integers(0, 12, size)
    candidate = rng.integers(0, 4_000, size)
    score = rng.integers(0, 5, size) / 4.0  # many ties: broken by the lower candidate
    found = nearest(group, other, candidate, score)
    expected = _reference_nearest(group, other, candidate, score)
    assert [array.tolist() for array in found] == [expected.get_column(c).to_list() for c in expected.columns]


def test_the_evidence_listed_is_the_closest_sources_as_sorting_every_pair_did() -> None:
    rng = np.random.default_rng(5)
    sources = [f"s{k:03d}" for k in range(60)]  # more than EVIDENCE_SOURCES: the closest are listed
    claims = pl.DataFrame({"claim_id": pl.Series(range(600), dtype=pl.UInt32), "source_id": [sources[k // 10] for k in range(600)]})
    size = 20_000
    claim, source = rng.integers(0, 600, size), rng.integers(0, 60, size)
    found = Nearest(np.asarray(sources, dtype=object), *nearest(claim, source, rng.integers(0, 600, size), rng.integers(0, 9, size) / 8.0))
    frame = found.frame()
    expected = (
        frame.sort(["claim_id", "score", "source_id"], descending=[False, True, False])
        .group_by("claim_id", maintain_order=True)
        .head(EVIDENCE_SOURCES)
        .select("claim_id", "source_id", "candidate", "score")
        .sort("claim_id", "source_id")
    )
    listed = _listed(found, claims, np.arange(600))
    assert listed.height < frame.height and listed.equals(expected)


def _quoting_claims(count: int) -> tuple[list[str], list[list[str]]]:
    said = "of the Senate Finance Committee said the tariff list takes effect on Friday"
    texts = [f"Senator Anna Berg{k % 50} {said} ({k})." for k in range(count)]
    return texts, [[f"Anna Berg{k % 50}", "Senate Finance Committee"] if k % 3 else [] for k in range(count)]


def test_the_runs_that_may_be_quoted_are_read_without_a_set_of_naming_words_per_claim() -> None:
    """The words that only name someone in a claim are its names' words, titles and function words; the last two
    are the same ~300 words in every claim. A set of all of them per claim (16 KB) was 600 MB held at once at 1,000
    AllSides sources, ~6 GB at 10,000 (the 10,000-source build stood at 11.4 GB)."""
    texts, entities = _quoting_claims(20_000)
    tracemalloc.start()
    try:
        quotations = _quotations(texts, entities)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert quotations.shape[0] == 20_000
    assert peak < 20_000 * 3000, f"the runs of 20,000 claims held {peak / MB:.0f} MB"


def test_the_runs_that_may_be_quoted_leave_out_those_made_only_of_naming_words() -> None:
    texts, entities = _quoting_claims(300)
    expected = shingle_matrix(texts, naming=[NAMING_WORDS | stopwords() | {w for e in row for w in fold_words(e)} for row in entities])
    found = _quotations(texts, entities)
    assert (found != expected).nnz == 0
    # "senator anna berg1 of the" is the name's words and function words, no quotation; without a name it may be one
    assert found[1].nnz < shingle_matrix(texts[1:2]).nnz
    assert found[0].nnz == shingle_matrix(texts[0:1]).nnz


def test_speakers_are_compared_for_the_pairs_of_two_quoting_claims_only() -> None:
    """Most candidate pairs have a claim that quotes nobody: every pair as Python ints was ~90 bytes a pair (177 MB here)."""
    rng = np.random.default_rng(7)
    claims, pairs = 100_000, 2_000_000
    left, right = rng.integers(0, claims, pairs), rng.integers(0, claims, pairs)
    voices = [frozenset({f"Speaker {k % 7}"}) if k % 20 == 0 else frozenset() for k in range(claims)]
    scorer = SimpleNamespace(**{name: sp.csr_matrix((claims, 4), dtype=np.float32) for name in ("shingles", "names", "figures")})
    expected = np.array([bool(voices[a]) and bool(voices[b]) and voices[a].isdisjoint(voices[b]) for a, b in zip(left, right, strict=True)])
    tracemalloc.start()
    try:
        apart = _other_voices(voices, scorer, left, right)  # type: ignore[arg-type]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert apart.any() and np.array_equal(apart, expected)
    assert peak < pairs * 20, f"comparing the speakers of {pairs:,} pairs held {peak / MB:.0f} MB"


def test_align_lets_go_of_the_candidate_pairs_and_what_starts_a_link_before_the_absence_searches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The events stage peaks in the absence searches (issue 16: 2,439 MB at 2,000 AllSides sources). The candidate
    pairs (6.9 million at 2,000: 110 MB of ids), what may start a link (``Starts``: its quotation runs, figure
    subjects), the merge's probabilities and the pairs' conflicts are read by ``_links`` and ``_merge`` only; ``align``
    held them to its end, through both searches. It now lets go of them first; nothing is computed differently."""
    from contrast.claims import align as aligning
    from contrast.claims import find_events
    from contrast.claims.absence import absence_states, event_absences
    from contrast.config import load_report
    from contrast.segment import segment
    from tests.conftest import TARIFFS

    alive: list[weakref.ref[object]] = []
    checked: list[str] = []

    def kept(function: Callable[..., Any], pick: Callable[[Any], list[object]]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            out = function(*args, **kwargs)
            alive.extend(weakref.ref(x) for x in pick(out))
            return out

        return wrapper

    def searched(function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            gc.collect()
            checked.append(function.__name__)
            assert all(ref() is None for ref in alive), f"{function.__name__} ran with the candidate pairs or link starts held"
            return function(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(aligning, "candidate_pairs", kept(aligning.candidate_pairs, list))
    monkeypatch.setattr(aligning, "_starts", kept(aligning._starts, lambda starts: [starts, starts.quotations, starts.subjects]))
    monkeypatch.setattr(aligning, "_links", kept(aligning._links, lambda out: [out[1]]))
    monkeypatch.setattr(aligning, "Conflicts", kept(aligning.Conflicts, lambda conflicts: [conflicts]))
    monkeypatch.setattr(aligning, "absence_states", searched(absence_states))
    monkeypatch.setattr(aligning, "event_absences", searched(event_absences))
    report = load_report(TARIFFS)
    texts = {s.id: (TARIFFS / s.path).read_text(encoding="utf-8") for s in report.manifest.sources}
    sentences = segment(texts, {s.id: s.origin for s in report.manifest.sources})
    claims = find_events(sentences, origins=sorted({s.origin for s in report.manifest.sources})).claims
    assert claims.get_column("event").drop_nulls().n_unique() > 5
    assert len(alive) == 7 and checked == ["absence_states", "event_absences"]


def test_a_large_corpus_is_measured_in_a_child_process_that_takes_what_measuring_leaves_with_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Measuring 2,000 real articles left the build process ~1.1 GB larger (~0.6 GB of it freed memory the allocators
    kept; scale11, session 11), and the events stage and the render started from there. A large corpus is now measured
    in a child process, which gives it all back when it exits; the build reads the metrics from the entry the child
    stored, as a warm build does: the same bytes, the same work counted, and nothing left to compute the next time."""
    import contrast.engine as engine
    import contrast.engine.corpus as measuring
    import contrast.pipeline as pipeline
    from tests.reportkit import CRITIC, EASY, PRAISE, make_report

    texts = {f"source-{i}": (PRAISE if i % 2 else CRITIC) * (1 + i % 3) + EASY + f"Source {i} adds a word. " for i in range(6)}
    monkeypatch.setattr(engine, "POOL_THRESHOLD", 1)  # six sources: the workers' pool all the same
    monkeypatch.setattr(measuring, "APART_MIN_SOURCES", len(texts))  # six sources make a large corpus here
    report = make_report(tmp_path / "report", texts)
    # HTML: where the corpus is measured changes what the data files and the HTML hold, compared below; a PDF is laid
    # out from the same view models in the build process either way (the reasoning of test_engine.FORMAT)
    here = pipeline.build(report, out_dir=tmp_path / "here", jobs=1, format="html")  # one job: this process only, as before

    def not_here(*args: object, **kwargs: object) -> object:
        raise AssertionError("the corpus was measured in the build process")

    monkeypatch.setattr(pipeline, "compute_metrics", not_here)  # this process's; the child has its own
    apart = pipeline.build(report, out_dir=tmp_path / "apart", jobs=2, format="html")

    def outputs(folder: Path) -> dict[str, bytes]:
        files = sorted(p for p in folder.rglob("*") if p.is_file() and ".cache" not in p.parts)
        return {p.relative_to(folder).as_posix(): p.read_bytes() for p in files}

    def counts(result: pipeline.BuildResult) -> dict[str, tuple[int, int]]:
        return {stage: (s.hits, s.misses) for stage, s in result.cache.items()}

    assert outputs(tmp_path / "apart") == outputs(tmp_path / "here")
    assert counts(apart) == counts(here)
    again = pipeline.build(report, out_dir=tmp_path / "apart", jobs=2, format="html")
    assert again.written == () and all(s.misses == 0 for s in again.cache.values())
    assert not list((tmp_path / "apart").rglob(".*.tmp*"))  # the child's entries were moved in, none left waiting
