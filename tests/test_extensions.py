"""Each extension is its own module plus one registration: a lens, an input format, a document.

The toy extensions here are defined in this test module (their "own module") and registered
once; nothing else in the package is edited, and each shows up where a built-in one does.
Each test removes what it registered, so other tests in the same process see the built-ins only.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest

from contrast.config import load_report
from contrast.errors import ManifestError
from contrast.ingest import InputFormat, RawText, register_format, source_suffixes, unregister_format
from contrast.ingest.text import read_text_file
from contrast.metrics import Corpus, LensSpec, MetricFrames, lens_specs, metric, unregister_metric
from contrast.metrics.cues import empty_evidence
from contrast.metrics.figures import Measure, origin_figures
from contrast.pipeline import build
from contrast.report.registry import DocumentInput, document, registered_documents, unregister_document
from contrast.report.render.jobs import Page, Pages
from contrast.schema import ORIGIN, SENTENCE_KEY, TEXT
from tests.reportkit import CRITIC, EASY, PRAISE, make_report

QUESTIONS = LensSpec(
    "questions",
    title="Questions asked",
    question="How often does each origin ask its readers a question?",
    method="Share of sentences ending in a question mark.",
    section=100,
    labels=lambda lenses: {"question": "Questions"},
    chart="Questions asked, by origin",
)


def question_figures(corpus: Corpus, lens: str) -> MetricFrames:
    """Share of each origin's sentences that are questions, with intervals and effect sizes."""
    table = corpus.sentences.select(
        *SENTENCE_KEY,
        ORIGIN,
        pl.col(TEXT).str.strip_chars().str.ends_with("?").cast(pl.Float64).alias("asked"),
        pl.lit(1.0).alias("sentence"),
    )
    measures = [Measure("question", "asked", "sentence", "share")]
    evidence = empty_evidence().with_columns(pl.lit(None, pl.String).alias(ORIGIN))
    return MetricFrames(figures=origin_figures(lens, table, measures, evidence, origins=corpus.origins))


@pytest.fixture
def question_lens() -> Iterator[None]:
    @metric("toy-questions", lens=QUESTIONS)
    def questions(corpus: Corpus) -> MetricFrames:
        return question_figures(corpus, QUESTIONS.id)

    yield
    unregister_metric("toy-questions")


def _report(tmp_path: Path) -> Path:
    asking = "Is this the right plan? Who decided it? " * 3
    return make_report(tmp_path, {"state-a": (PRAISE + EASY) * 3, "critic-b": (CRITIC + asking + EASY) * 3})


def test_a_new_lens_is_a_metric_with_its_spec_and_reaches_the_briefing(tmp_path: Path, question_lens: None) -> None:
    assert QUESTIONS in lens_specs()
    root = _report(tmp_path)
    build(root, format="html")
    briefing = (root / "build" / "briefing.html").read_text(encoding="utf-8")
    assert "Questions asked" in briefing
    assert "How often does each origin ask its readers a question?" in briefing
    assert "Questions asked, by origin" in briefing  # its chart
    figures = pl.read_csv(root / "build" / "lenses" / "questions.csv")
    assert set(figures.get_column("measure")) == {"question"}


def test_a_lens_without_a_spec_fails_loudly_instead_of_going_missing(tmp_path: Path) -> None:
    @metric("toy-unpresented")
    def unpresented(corpus: Corpus) -> MetricFrames:
        return question_figures(corpus, "unpresented")

    try:
        with pytest.raises(LookupError, match="'unpresented' produced figures but has no LensSpec"):
            build(_report(tmp_path), format="html")
    finally:
        unregister_metric("toy-unpresented")


def read_note(path: Path) -> RawText:
    """A toy format: plain text whose lines starting with "%" are comments."""
    raw = read_text_file(path)
    kept = "\n".join(line for line in raw.text.splitlines() if not line.startswith("%"))
    return RawText(path, kept, raw.sha256, raw.n_bytes, raw.encoding, raw.metadata)


def test_a_new_input_format_is_a_reader_and_one_registration(tmp_path: Path) -> None:
    note = InputFormat("field note", (".note",), read_note)
    root = _report(tmp_path)
    manifest = (root / "report.toml").read_text(encoding="utf-8")
    (root / "sources" / "critic-b.note").write_text("% my own comment, not the source's\n" + (CRITIC + EASY) * 3, encoding="utf-8")
    (root / "report.toml").write_text(manifest.replace("sources/critic-b.txt", "sources/critic-b.note"), encoding="utf-8")
    with pytest.raises(ManifestError, match=r"'\.note' files are not supported"):
        load_report(root)
    register_format(note)
    try:
        assert ".note" in source_suffixes()
        build(root, format="html")
    finally:
        unregister_format(note)
    cleaned = (root / "build" / "clean" / "critic-b.txt").read_text(encoding="utf-8")
    assert "Critics warned" in cleaned and "my own comment" not in cleaned


def test_a_new_document_is_a_builder_and_one_registration(tmp_path: Path) -> None:
    @document("summary")
    def summary(source: DocumentInput) -> Pages:
        return Pages({"summary": Page("briefing.html.j2", source.briefing)}, warnings=("summary: a toy document",))

    try:
        assert list(registered_documents())[-1] == "summary"
        result = build(_report(tmp_path), format="html")
    finally:
        unregister_document("summary")
    assert (tmp_path / "build" / "summary.html").read_bytes() == (tmp_path / "build" / "briefing.html").read_bytes()
    assert "summary: a toy document" in result.warnings
