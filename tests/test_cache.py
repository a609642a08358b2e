"""Incremental builds: what a rebuild recomputes (counted), cache integrity, --force, --dry-run.

Stage functions are wrapped with counters where the pipeline calls them, so each test
states exactly which sources went through which stage. One cold build is shared: each
test works on a copy of its report folder, cache included.
"""

from __future__ import annotations

import json
import logging
import shutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import contrast
import contrast.metrics.registry as metrics_registry
from contrast.cache import CACHE_DIR, CorruptEntry, Entry, Stage, code_fingerprint, decode_entry, encode_entry
from contrast.cli import main
from contrast.pipeline import build
from contrast.plan import DryRun
from tests.reportkit import CRITIC, EASY, PRAISE, make_report

TEXTS = {
    "state-a": (PRAISE + EASY) * 3,
    "critic-b": (CRITIC + EASY) * 3,
    "state-c": (EASY + PRAISE + CRITIC) * 2,
}
NEW_TEXT = (CRITIC + PRAISE) * 3
PER_SOURCE = (
    "ingest", "clean", "segment", "measure-sentiment", "measure-readability", "measure-lenses", "measure-naming", "claims"
)
CROSS_SOURCE = ("metrics", "events", "render")
UPSTREAM_ONLY = "html"
"""The format of a rebuild whose test asserts on the stages before the render only: another format
renders again and recomputes nothing else (tested below), and HTML costs a fifth of the PDF's
layout (a rebuild after adding a source: ~3.5 s CPU against ~17 s)."""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_report(tmp_path_factory.mktemp("cached") / "report", dict(TEXTS))
    build(root)
    return root


def copy_of(built: Path, parent: Path) -> Path:
    """A copy of a built report folder in ``parent``: sources, manifest, outputs and cache."""
    copy = parent / "report"
    shutil.copytree(built, copy)
    return copy


@pytest.fixture
def report(built: Path, tmp_path: Path) -> Path:
    """A copy of the built report."""
    return copy_of(built, tmp_path)


REBUILT_AS = "html"
"""The format of ``html_report``'s last build and of the rebuilds of the tests that count the render
on it: a rebuild in the last build's format renders only when what it renders changed, as a PDF
rebuild does (the render's key is one rule for every format), and lays out no PDF (a 3-source
PDF rebuild: ~10 s of CPU). PDF rebuilds are counted below too (adding a source) and compared
byte for byte with a cold build."""


@pytest.fixture(scope="module")
def built_html(built: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``built`` built again as HTML: every stage from its cache, the HTML rendered and recorded."""
    root = copy_of(built, tmp_path_factory.mktemp("cached-html"))
    build(root, format=REBUILT_AS)  # recomputes nothing but the render (tested below)
    return root


@pytest.fixture
def html_report(built_html: Path, tmp_path: Path) -> Path:
    """A copy of the report last built as HTML (``REBUILT_AS``)."""
    return copy_of(built_html, tmp_path)


class Ran:
    """Counts calls of each stage, per source where the stage works on one source."""

    def __init__(self) -> None:
        self.calls: Counter[tuple[str, str]] = Counter()

    def __call__(self, stage: str) -> set[str]:
        """The sources (or "*" for a cross-source stage) ``stage`` ran for."""
        return {who for (name, who), count in self.calls.items() if name == stage and count}

    def total(self, stage: str) -> int:
        return sum(count for (name, _), count in self.calls.items() if name == stage)

    @property
    def anything(self) -> bool:
        return sum(self.calls.values()) > 0


@pytest.fixture
def ran(monkeypatch: pytest.MonkeyPatch) -> Ran:
    """Wrap every stage function the pipeline calls with a counter."""
    counter = Ran()

    def counting(stage: str, function: Callable[..., Any], who: Callable[..., str]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            counter.calls[(stage, who(*args, **kwargs))] += 1
            return function(*args, **kwargs)

        return wrapper

    import contrast.claims
    import contrast.claims.candidates
    import contrast.pipeline as pipeline
    import contrast.report.documents
    import contrast.stages as stages

    monkeypatch.setattr(stages, "read_source", counting("ingest", stages.read_source, lambda path: path.stem))
    monkeypatch.setattr(
        stages, "clean_and_detect", counting("clean", stages.clean_and_detect, lambda raw, *a: raw.path.stem)
    )
    source_of_text: dict[str, str] = {}
    spans = stages.CachedStages.spans

    def recording_spans(self: stages.CachedStages, source_id: str, text: str) -> list[tuple[int, int]]:
        source_of_text[text] = source_id  # records only: the count is where the work happens
        return spans(self, source_id, text)

    monkeypatch.setattr(stages.CachedStages, "spans", recording_spans)
    monkeypatch.setattr(
        stages, "sentence_spans", counting("segment", stages.sentence_spans, lambda text: source_of_text[text])
    )
    for name, part in metrics_registry.per_source_parts().items():
        monkeypatch.setitem(
            metrics_registry._PER_SOURCE, name, counting(f"measure-{name}", part, lambda piece: piece.source_id)
        )
    monkeypatch.setattr(
        contrast.claims.candidates,
        "claim_candidates",
        counting("claims", contrast.claims.candidates.claim_candidates, lambda frame: frame.get_column("source_id")[0]),
    )
    monkeypatch.setattr(pipeline, "compute_metrics", counting("metrics", pipeline.compute_metrics, lambda *a, **k: "*"))
    monkeypatch.setattr(contrast.claims, "find_events", counting("events", contrast.claims.find_events, lambda *a, **k: "*"))
    monkeypatch.setattr(
        contrast.report.documents,
        "render_documents",
        counting("render", contrast.report.documents.render_documents, lambda *a, **k: "*"),
    )
    return counter


def outputs(root: Path) -> dict[str, bytes]:
    folder = root / "build"
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and CACHE_DIR not in p.relative_to(folder).parts
    }


def snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under build/ (cache included) with its modification time."""
    folder = root / "build"
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}


def add_source(root: Path, source_id: str = "critic-d", text: str = NEW_TEXT) -> None:
    make_report(root, {**TEXTS, source_id: text})


def entry_file(root: Path, stage: str, source_id: str) -> Path:
    """The cache file of ``stage`` for one source (found through its planned key)."""
    from contrast.config import load_report
    from contrast.stages import source_keys

    report = load_report(root)
    source = next(s for s in report.manifest.sources if s.id == source_id)
    keys = source_keys(report, source)
    key = {"ingest": keys.ingest, "clean": keys.clean, "segment": keys.segment, "claims": keys.claims}[stage]
    return root / "build" / CACHE_DIR / stage / key


# --- what a rebuild computes ---------------------------------------------------------------


def test_a_rebuild_without_changes_computes_nothing_and_rewrites_nothing(report: Path, ran: Ran) -> None:
    before = snapshot(report)
    result = build(report)
    assert not ran.anything, ran.calls
    assert result.written == ()
    assert snapshot(report) == before  # no output, no cache entry touched
    assert all(stats.misses == 0 for stats in result.cache.values()), result.cache
    assert {p.name for p in result.outputs} >= {"briefing.pdf", "events.json", "sources.csv"}


def test_adding_a_source_computes_only_it_and_the_cross_source_stages(report: Path, ran: Ran) -> None:
    add_source(report)
    result = build(report)
    for stage in PER_SOURCE:
        assert ran(stage) == {"critic-d"}, (stage, ran.calls)
        assert ran.total(stage) == 1, stage
    for stage in CROSS_SOURCE:
        assert ran.total(stage) == 1, stage
    written = {p.relative_to(report / "build").as_posix() for p in result.written}
    assert {"clean/critic-d.txt", "clean/critic-d.removed.txt", "briefing.pdf", "sentences.parquet"} <= written
    assert not {"clean/state-a.txt", "clean/critic-b.txt", "clean/state-c.txt"} & written


def test_adding_a_source_draws_again_only_the_replicates_of_its_origin(report: Path) -> None:
    stored = report / "build" / CACHE_DIR / "replicates"
    kept = {p.name for p in stored.iterdir()}
    assert kept, "a build keeps the bootstrap replicates it drew"
    build(report)  # nothing changed: no replicate is asked for, none is pruned
    assert {p.name for p in stored.iterdir()} == kept
    add_source(report)  # a critic source: the state origin's values are unchanged
    result = build(report, format=UPSTREAM_ONLY)
    assert result.cache["replicates"].hits > 0, result.cache["replicates"]
    assert result.cache["replicates"].misses > 0, result.cache["replicates"]


def test_adding_a_source_finds_each_lens_cues_in_it_alone(report: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import contrast.metrics.lens as lens

    found: Counter[tuple[str, str]] = Counter()
    for name, part in dict(lens._PARTS).items():

        def counted(sentences: Any, lenses: Any, name: str = name, part: Any = part) -> Any:
            found.update((name, source_id) for source_id in set(sentences.get_column("source_id").to_list()))
            return part(sentences, lenses)

        monkeypatch.setitem(lens._PARTS, name, counted)
    add_source(report)
    build(report, format=UPSTREAM_ONLY)
    assert set(found) == {(name, "critic-d") for name in lens._PARTS}, found
    assert set(found.values()) == {1}


def test_adding_a_source_reads_the_quotation_marks_of_it_alone_for_the_naming_lens(
    report: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import contrast.metrics.naming as naming

    read: Counter[str] = Counter()
    voices = naming.source_voices

    def counted(sentences: Any, text: Any = None) -> Any:
        read.update(set(sentences.get_column("source_id").to_list()))
        return voices(sentences, text)

    monkeypatch.setattr(naming, "source_voices", counted)
    add_source(report)
    build(report, format=UPSTREAM_ONLY)
    assert read == Counter({"critic-d": 1}), read


def test_extending_a_lens_lexicon_finds_cues_again_in_every_source(report: Path, ran: Ran) -> None:
    manifest = report / "report.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8") + '\n[lenses.certainty]\nhedge = ["perhaps"]\n', encoding="utf-8")
    build(report, format=UPSTREAM_ONLY)
    assert ran("measure-lenses") == set(TEXTS)
    assert ran("ingest") == set() and ran("segment") == set() and ran("claims") == set()


def test_changing_one_sources_bytes_recomputes_that_source_only(html_report: Path, ran: Ran) -> None:
    report = html_report
    path = report / "sources" / "critic-b.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\n\nThe critics were proved wrong in the end.\n", encoding="utf-8")
    build(report, format=REBUILT_AS)
    for stage in PER_SOURCE:
        assert ran(stage) == {"critic-b"}, (stage, ran.calls)
    for stage in CROSS_SOURCE:
        assert ran.total(stage) == 1, stage


def test_a_manifest_only_change_recomputes_the_cross_source_stages_alone(html_report: Path, ran: Ran) -> None:
    report = html_report
    manifest = report / "report.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("Test report", "Renamed report"), encoding="utf-8")
    build(report, format=REBUILT_AS)
    for stage in PER_SOURCE:
        assert ran(stage) == set(), stage
    assert ran.total("render") == 1
    assert ran.total("metrics") == 0 and ran.total("events") == 0  # the title shapes the documents only


def test_another_output_format_renders_again_and_recomputes_nothing_else(report: Path, ran: Ran) -> None:
    result = build(report, format="html")
    for stage in (*PER_SOURCE, "metrics", "events"):
        assert ran.total(stage) == 0, stage
    assert ran.total("render") == 1
    assert {"briefing.html", "handout.html", "teacher-key.html"} <= {p.name for p in result.written}
    assert build(report, format="html").written == ()


def test_removing_a_source_recomputes_no_source_and_prunes_its_entries(html_report: Path, ran: Ran) -> None:
    report = html_report
    gone = entry_file(report, "ingest", "state-c")
    assert gone.is_file()
    make_report(report, {k: v for k, v in TEXTS.items() if k != "state-c"})
    build(report, format=REBUILT_AS)
    for stage in PER_SOURCE:
        assert ran(stage) == set(), stage
    assert ran.total("metrics") == 1 and ran.total("events") == 1 and ran.total("render") == 1
    assert not gone.exists()
    assert not (report / "build" / "clean" / "state-c.txt").exists()


def test_a_changed_stage_fingerprint_recomputes_that_stage_and_what_follows(
    report: Path, ran: Ran, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = code_fingerprint

    def edited(*modules: str) -> str:
        return "edited" if modules == ("contrast.segment",) else original(*modules)

    monkeypatch.setattr("contrast.cache.code_fingerprint", edited)
    build(report, format=UPSTREAM_ONLY)
    assert ran("ingest") == set() and ran("clean") == set()
    assert ran("segment") == set(TEXTS) and ran("measure-sentiment") == set(TEXTS) and ran("claims") == set(TEXTS)


# --- integrity -----------------------------------------------------------------------------


def test_a_truncated_or_altered_cache_entry_is_detected_and_recomputed(
    report: Path, ran: Ran, caplog: pytest.LogCaptureFixture
) -> None:
    before = outputs(report)
    truncated = entry_file(report, "ingest", "state-a")
    truncated.write_bytes(truncated.read_bytes()[: truncated.stat().st_size // 2])
    altered = entry_file(report, "clean", "critic-b")
    data = altered.read_bytes()
    assert b"Critics warned" in data
    altered.write_bytes(data.replace(b"Critics warned", b"Critics yelled", 1))  # same size, still valid JSON
    with caplog.at_level(logging.INFO, logger="contrast.cache"):
        result = build(report)
    assert ran("ingest") == {"state-a"} and ran("clean") == {"critic-b"}
    assert result.cache["ingest"].corrupt == 1 and result.cache["clean"].corrupt == 1
    assert str(truncated) in caplog.text and str(altered) in caplog.text  # each named at INFO (--verbose)
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING and r.name == "contrast.cache"]
    assert len(warnings) == 1 and "2 entries were damaged" in warnings[0], warnings  # one line per build
    assert outputs(report) == before
    assert decode_entry(truncated.read_bytes(), "ingest", truncated.name)  # repaired on disk


@pytest.mark.parametrize("cut", [0, 1, 17, 80, -1])
def test_an_entry_cut_anywhere_fails_its_check(cut: int) -> None:
    data = encode_entry("stage", "key", Entry.of(values={"a": [1, 2.5, "x"]}, blobs={"b": b"\x00" * 64}))
    with pytest.raises(CorruptEntry):
        decode_entry(data[:cut], "stage", "key")


def test_an_entry_with_one_character_changed_fails_its_check() -> None:
    data = encode_entry("stage", "key", Entry.of(values={"text": "The cat sat on the mat."}))
    altered = data.replace(b"cat", b"bat")
    assert len(altered) == len(data) and altered != data
    with pytest.raises(CorruptEntry, match="checksum"):
        decode_entry(altered, "stage", "key")


def test_an_entry_is_only_read_under_its_own_stage_and_key() -> None:
    data = encode_entry("clean", "k1", Entry.of(values={"a": 1}))
    assert decode_entry(data, "clean", "k1").value("a") == 1
    with pytest.raises(CorruptEntry):
        decode_entry(data, "clean", "k2")
    with pytest.raises(CorruptEntry):
        decode_entry(data, "ingest", "k1")


def test_frames_round_trip_through_an_entry_exactly() -> None:
    import polars as pl

    frame = pl.DataFrame(
        {"a": [0.1 + 0.2, None, -0.0], "b": [["x"], [], None], "c": [1, 2, 3]},
        schema={"a": pl.Float64, "b": pl.List(pl.String), "c": pl.Int32},
    )
    data = encode_entry("s", "k", Entry.of(frames={"f": frame}))
    back = decode_entry(data, "s", "k").frame("f")
    assert back is not None and back.schema == frame.schema and back.equals(frame, null_equal=True)


def test_a_stage_key_follows_inputs_code_and_library_versions() -> None:
    stage = Stage("segment", ("contrast.segment",))
    assert stage.key("a") == stage.key("a") != stage.key("b")
    assert Stage("segment", ("contrast.segment",), ("polars",)).key("a") != stage.key("a")
    assert code_fingerprint("contrast.segment") != code_fingerprint("contrast.clean")


# --- --force and --dry-run -------------------------------------------------------------------


def test_force_recomputes_every_stage_and_rewrites_every_output(html_report: Path, ran: Ran) -> None:
    result = build(html_report, force=True, format=REBUILT_AS)
    for stage in PER_SOURCE:
        assert ran(stage) == set(TEXTS), stage
    for stage in CROSS_SOURCE:
        assert ran.total(stage) == 1, stage
    assert set(result.written) == set(result.outputs)


def test_dry_run_of_a_new_report_lists_everything_and_writes_nothing(tmp_path: Path) -> None:
    root = make_report(tmp_path / "fresh", dict(TEXTS))
    plan = build(root, dry_run=True)
    assert isinstance(plan, DryRun) and not plan.up_to_date
    for stage in PER_SOURCE:
        assert set(plan.sources[stage]) == set(TEXTS), stage
    assert plan.stages == ("metrics", "events", "event-metrics", "snapshot", "render", "write")
    assert not (root / "build").exists()


def test_dry_run_lists_the_changed_source_and_changes_nothing(report: Path, ran: Ran) -> None:
    add_source(report)
    before = snapshot(report)
    plan = build(report, dry_run=True)
    assert not ran.anything
    assert snapshot(report) == before
    for stage in PER_SOURCE:
        assert plan.sources[stage] == ("critic-d",), stage
    assert plan.stages == ("metrics", "events", "event-metrics", "snapshot", "render", "write")


def test_dry_run_after_a_build_reports_up_to_date(report: Path) -> None:
    assert build(report, dry_run=True).up_to_date


def test_dry_run_notices_an_edited_output(report: Path) -> None:
    (report / "build" / "sources.csv").write_text("edited\n", encoding="utf-8")
    plan = build(report, dry_run=True)
    assert plan.stages == ("write",) and not any(plan.sources.values())


def test_an_edited_output_is_restored_without_recomputing(report: Path, ran: Ran) -> None:
    before = outputs(report)
    (report / "build" / "sources.csv").write_text("edited\n", encoding="utf-8")
    (report / "build" / "briefing.pdf").unlink()
    result = build(report)
    assert not ran.anything
    assert outputs(report) == before
    assert {p.name for p in result.written} == {"sources.csv", "briefing.pdf"}


def test_cli_dry_run_json_lists_stages_and_writes_nothing(report: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_source(report)
    before = snapshot(report)
    assert main(["build", str(report), "--dry-run", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["up_to_date"] is False
    assert summary["sources"]["ingest"] == ["critic-d"]
    assert summary["stages"] == ["metrics", "events", "event-metrics", "snapshot", "render", "write"]
    assert snapshot(report) == before


def test_cli_says_up_to_date_then_reports_cache_hits_and_misses_per_stage(
    html_report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report, format = html_report, ["--format", REBUILT_AS]
    assert main(["build", str(report), "--quiet", *format]) == 0
    assert "Up to date" in capsys.readouterr().out
    add_source(report)
    assert main(["build", str(report), "--json", *format]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["cache"]["ingest"] == {"hits": 3, "misses": 1, "corrupt": 0}
    assert summary["cache"]["events"] == {"hits": 0, "misses": 1, "corrupt": 0}
    assert str(report / "build" / "clean" / "critic-d.txt") in summary["written"]
    assert str(report / "build" / "clean" / "state-a.txt") not in summary["written"]
    assert main(["build", str(report), "--quiet", *format]) == 0
    assert "Up to date" in capsys.readouterr().out


# --- same bytes ------------------------------------------------------------------------------


def test_an_incremental_build_is_byte_identical_to_a_cold_build(report: Path, tmp_path: Path) -> None:
    # The cold build starts from the same previous edition (build/edition.json), without the cache.
    cold_root = tmp_path / "cold"
    shutil.copytree(report, cold_root)
    shutil.rmtree(cold_root / "build" / CACHE_DIR)
    for root in (report, cold_root):
        add_source(root)
    incremental = build(report)
    cold = contrast.build(cold_root)
    assert incremental.cache["ingest"].hits == 3 and cold.cache["ingest"].hits == 0
    assert incremental.edition is not None and incremental.edition.changes is not None  # a changes page in both
    assert outputs(report) == outputs(cold_root)
    assert {"briefing.pdf", "handout.pdf", "teacher-key.pdf", "edition.json"} <= set(outputs(report))


def test_parsers_share_one_worker_per_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from contextlib import contextmanager

    import contrast.pipeline as pipeline
    from tests.conftest import REPO

    sessions: list[Any] = []
    original = pipeline.worker_session

    @contextmanager
    def recording() -> Any:
        with original() as worker:
            sessions.append(worker)
            yield worker

    monkeypatch.setattr(pipeline, "worker_session", recording)
    root = make_report(tmp_path / "pages", {"state-a": (PRAISE + EASY) * 3})
    page = REPO / "tests" / "data" / "html" / "news-article.html"
    for name in ("page-one.html", "page-two.html"):  # different bytes, so both are parsed
        (root / "sources" / name).write_bytes(page.read_bytes() + f"<!-- {name} -->".encode())
    manifest = root / "report.toml"
    extra = "".join(
        f'\n[[sources]]\nid = "{name}"\npath = "sources/{name}.html"\ntitle = "Page"\norigin = "critical"\n'
        for name in ("page-one", "page-two")
    )
    manifest.write_text(manifest.read_text(encoding="utf-8") + extra, encoding="utf-8")
    build(root, format=UPSTREAM_ONLY)  # the parsers' worker, not the PDF's
    assert len(sessions) == 1 and sessions[0].started == 1

