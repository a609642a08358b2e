"""The build: every output written, values traceable to the libraries, atomic on failure."""

from __future__ import annotations

import math
from pathlib import Path

import polars as pl
import pytest
import textstat
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from contrast.errors import IngestError, ManifestError, UnknownNameError
from contrast.metrics import available_metrics, get_metric
from contrast.pipeline import build
from tests.reportkit import make_report


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_report(tmp_path_factory.mktemp("report"))
    build(root)
    return root / "build"


def test_build_writes_every_output(built: Path) -> None:
    for name in ("briefing.pdf", "sentences.parquet", "sources.csv", "origins.csv", "clean/state-a.txt", "clean/critic-b.txt"):
        assert (built / name).is_file(), name
    assert (built / "briefing.pdf").read_bytes().startswith(b"%PDF")


def test_no_temporary_files_are_left_behind(built: Path) -> None:
    assert not [p for p in built.rglob("*") if p.name.endswith(".tmp")]


def test_sentence_text_is_the_cleaned_text_slice(built: Path) -> None:
    sentences = pl.read_parquet(built / "sentences.parquet")
    clean = (built / "clean" / "state-a.txt").read_text(encoding="utf-8")
    for row in sentences.filter(pl.col("source_id") == "state-a").iter_rows(named=True):
        assert clean[row["start"] : row["end"]] == row["text"]


def test_sentence_compound_equals_vader_on_the_normalised_sentence(built: Path) -> None:
    """VADER's compound of the normalised sentence — of its own words where the outlet speaks: an own-voice sentence
    with a relative clause that reports someone ("…, who called it propaganda", session 7's who-clause rule) is
    scored without the clause (``sentiment.score_sentences``: ``own_part``)."""
    from contrast.metrics.vader import tone_text

    analyzer = SentimentIntensityAnalyzer()
    sentences = pl.read_parquet(built / "sentences.parquet")
    assert sentences.height > 10
    clauses = 0
    for text, compound, voice in sentences.select("text", "compound", "voice").iter_rows():
        if voice == "own" and ", who called" in text:
            clauses += 1
            text = text.split(", who called")[0]
        assert compound == analyzer.polarity_scores(tone_text(text))["compound"], text
    assert clauses > 0


def test_source_sentiment_aggregates_match_sentences(built: Path) -> None:
    sentences = pl.read_parquet(built / "sentences.parquet")
    sources = pl.read_csv(built / "sources.csv")
    for row in sources.iter_rows(named=True):
        own = sentences.filter((pl.col("source_id") == row["source_id"]) & (pl.col("voice") == "own"))
        values = own.get_column("compound").to_list()
        assert math.isclose(row["sentiment_mean"], sum(values) / len(values), abs_tol=1e-12)
        positive = sum(v >= 0.05 for v in values) / len(values)
        assert math.isclose(row["share_positive"], positive, abs_tol=1e-12)
        assert math.isclose(row["share_positive"] + row["share_neutral"] + row["share_negative"], 1.0, abs_tol=1e-12)


def test_source_readability_equals_textstat_on_the_cleaned_text(built: Path) -> None:
    sources = pl.read_csv(built / "sources.csv")
    for row in sources.iter_rows(named=True):
        text = (built / "clean" / f"{row['source_id']}.txt").read_text(encoding="utf-8").removesuffix("\n")
        assert math.isclose(row["flesch_reading_ease"], textstat.flesch_reading_ease(text), abs_tol=1e-9)
        assert math.isclose(row["gunning_fog"], textstat.gunning_fog(text), abs_tol=1e-9)
        assert row["words"] == textstat.lexicon_count(text)


def test_origins_are_in_taxonomy_order(built: Path) -> None:
    assert pl.read_csv(built / "origins.csv").get_column("origin").to_list() == ["state", "critical"]


@pytest.mark.parametrize(("format", "renderer"), [("pdf", "html_to_pdf"), ("html", "standalone_html")])
def test_failed_render_leaves_previous_outputs_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, format: str, renderer: str
) -> None:
    root = make_report(tmp_path)
    build(root, format="both")
    before = {p: p.read_bytes() for p in (root / "build").rglob("*") if p.is_file()}

    def broken(*args: object, **kwargs: object) -> bytes:
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(f"contrast.report.render.jobs.{renderer}", broken)
    (root / "sources" / "state-a.txt").write_text("Completely different text now. " * 30, encoding="utf-8")
    with pytest.raises(RuntimeError, match="renderer crashed"):
        build(root, format=format)
    after = {p: p.read_bytes() for p in (root / "build").rglob("*") if p.is_file()}
    assert after == before


def test_invalid_manifest_writes_nothing(tmp_path: Path) -> None:
    root = make_report(tmp_path, origin_of={"state-a": "unknown"})
    with pytest.raises(ManifestError):
        build(root)
    assert not (root / "build").exists()


def test_binary_source_stops_the_build_and_writes_nothing(tmp_path: Path) -> None:
    root = make_report(tmp_path)
    (root / "sources" / "critic-b.txt").write_bytes(b"\x00\x01\x02PK" * 100)
    with pytest.raises(IngestError, match=r"critic-b\.txt"):
        build(root)
    assert not (root / "build").exists()


def test_removed_source_drops_its_stale_clean_file(tmp_path: Path) -> None:
    root = make_report(tmp_path)
    build(root, format="html")  # the cleaned texts are written in every format; HTML lays out no PDF
    make_report(tmp_path, {"state-a": (Path(root / "sources" / "state-a.txt").read_text()), "critic-c": "Critics warned. " * 40})
    build(root, format="html")
    assert not (root / "build" / "clean" / "critic-b.txt").exists()
    assert (root / "build" / "clean" / "critic-c.txt").exists()


def test_unknown_metric_lists_the_available_ones() -> None:
    with pytest.raises(UnknownNameError) as caught:
        get_metric("sarcasm")
    for name in available_metrics():
        assert name in str(caught.value)
    assert {"sentiment", "readability"} <= set(available_metrics())


def test_concurrent_builds_of_one_report_are_serialised(tmp_path: Path) -> None:
    import fcntl
    import os
    import threading

    root = make_report(tmp_path)
    holder = os.open(root, os.O_RDONLY)
    fcntl.flock(holder, fcntl.LOCK_EX)  # another build is running
    finished = threading.Event()
    thread = threading.Thread(target=lambda: (build(root), finished.set()))
    thread.start()
    try:
        assert not finished.wait(timeout=8), "build ran while another held the report lock"
        assert not (root / "build" / "briefing.pdf").exists()
    finally:
        os.close(holder)  # releases the lock
    thread.join(timeout=120)
    assert finished.is_set() and (root / "build" / "briefing.pdf").is_file()


def test_keep_going_skips_unreadable_sources_and_lists_them_on_the_cover(tmp_path: Path) -> None:
    import pypdf

    texts = {
        "state-a": "Praise. " * 5 + "The festival was a wonderful success. " * 20,
        "critic-b": "x",
        "critic-c": "Critics warned it failed badly. " * 30,
    }
    root = make_report(tmp_path, texts)
    (root / "sources" / "critic-b.txt").write_bytes(b"\x00\x01binary")
    result = build(root, keep_going=True)
    assert [s.source_id for s in result.analysis.skipped] == ["critic-b"]
    assert [s.id for s in result.analysis.sources] == ["state-a", "critic-c"]
    cover = pypdf.PdfReader(root / "build" / "briefing.pdf").pages[0].extract_text()
    assert "could not be read" in cover and "critic-b.txt" in cover
    assert not (root / "build" / "clean" / "critic-b.txt").exists()


def test_keep_going_still_fails_when_nothing_can_be_read(tmp_path: Path) -> None:
    root = make_report(tmp_path)
    for name in ("state-a.txt", "critic-b.txt"):
        (root / "sources" / name).write_bytes(b"")
    with pytest.raises(IngestError, match="no source could be read"):
        build(root, keep_going=True)
    assert not (root / "build").exists()


def test_build_writes_a_csv_per_lens_with_cues_and_sentences(built: Path) -> None:
    certainty = pl.read_csv(built / "lenses" / "certainty.csv")
    assert set(certainty.get_column("level")) == {"source", "origin"}
    assert {"unit", "measure", "value", "ci_low", "ci_high", "effect", "cues", "sentences"} <= set(certainty.columns)
    cues = pl.read_csv(built / "lenses" / "cues.csv")
    sentences = pl.read_parquet(built / "sentences.parquet")
    text = {(s, i): t for s, i, t in sentences.select("source_id", "sentence_index", "text").iter_rows()}
    assert cues.height > 0
    for row in cues.iter_rows(named=True):
        assert text[(row["source_id"], row["sentence_index"])][row["start"] : row["end"]] == row["cue"]
