"""The classroom handout and teacher key: outputs, blind mode, reading level, accessibility, page size."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from typer.testing import CliRunner

from contrast.cli import app
from contrast.config import load_report
from contrast.pipeline import build
from contrast.report.handout.build import build_handout
from contrast.report.handout.lenses import loaded_terms, naming_differences
from contrast.report.handout.model import NamingDifference
from contrast.report.render.html import render_html
from contrast.report.text import CUT, ELLIPSIS, REDACTED, identifying_terms, prose_grade, prose_text, redact, signed, trim_excerpt
from tests.conftest import SOFT_POWER, TARIFFS, documents_alone
from tests.reportkit import make_report

A4 = (595, 842)
LETTER = (612, 792)


def _text(path: Path) -> str:
    """All text of a PDF, whitespace folded (extraction breaks lines anywhere)."""
    text = "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)
    return " ".join(text.split())


def _outlets(root: Path) -> list[str]:
    """Every name of the report's outlets that blind mode hides."""
    manifest = load_report(root).manifest
    names = [s.outlet for s in manifest.sources if s.outlet]
    names += list(identifying_terms([s.outlet for s in manifest.sources], []))
    return sorted(set(names))


@pytest.fixture(scope="module")
def tariffs_blind(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("tariffs") / "report"
    shutil.copytree(TARIFFS, root, ignore=shutil.ignore_patterns("build"))
    with documents_alone("handout"):  # the handout and the teacher key: no test here reads the briefing
        build(root, blind=True, format="both")
    return root / "build"


@pytest.fixture(scope="module")
def analyses(soft_power_analysis: object, tariffs_analysis: object) -> dict[str, object]:
    return {SOFT_POWER.name: soft_power_analysis, TARIFFS.name: tariffs_analysis}


@pytest.fixture(scope="module")
def briefings(soft_power_briefing: object, tariffs_briefing: object) -> dict[str, object]:
    """``build_briefing`` of each of ``analyses``, shared (conftest): each took ~2 s in every test that made it."""
    return {SOFT_POWER.name: soft_power_briefing, TARIFFS.name: tariffs_briefing}


def test_build_writes_handout_and_teacher_key(tariffs_blind: Path) -> None:
    for name in ("handout.pdf", "teacher-key.pdf"):
        assert (tariffs_blind / name).read_bytes().startswith(b"%PDF")
    pages = len(pypdf.PdfReader(tariffs_blind / "handout.pdf").pages)
    assert 2 <= pages <= 4


def test_blind_mode_hides_every_outlet_from_student_pages_and_never_labels_a_source_with_its_origin(tariffs_blind: Path) -> None:
    student = _text(tariffs_blind / "handout.pdf").lower()
    outlets = _outlets(TARIFFS)
    assert "People's Daily" in outlets and "The Guardian" in outlets and "China Daily" in outlets
    assert [name for name in outlets if name.lower() in student] == []
    assert "source a" in student and "source e" in student
    assert "article in the china daily" not in student and "article in [a chinese state media outlet]" in student
    # an origin's label may be in the sources' own words (a role, "[a Chinese state media outlet]"), never the handout's
    prose = prose_text((tariffs_blind / "handout.html").read_text(encoding="utf-8")).lower()
    labels = [o.label for o in load_report(TARIFFS).manifest.origins]
    assert [label for label in labels if label.lower() in prose] == []


def test_teacher_key_reveals_origins_and_outlets_of_the_quoted_sources(tariffs_blind: Path) -> None:
    key = _text(tariffs_blind / "teacher-key.pdf")
    manifest = load_report(TARIFFS).manifest
    for origin in manifest.origins:
        assert origin.label in key
    named = [source for source in manifest.sources if source.outlet.split(" (")[0] in key]
    assert len(named) >= 5  # the sources the handout quotes or names: five of the six since Event 1 holds one fact
    unquoted = len(manifest.sources) - len(named)
    assert (f"The handout quotes {len(named)} of the {len(manifest.sources)} sources" in key) == (unquoted > 0)


def test_the_key_says_what_the_absence_search_did_not_find(tariffs_blind: Path) -> None:
    """An omission or "only Source X" question rests on a search that found nothing close and on names the
    other sources never use: the key lists them, so a teacher can check before class."""
    key = _text(tariffs_blind / "teacher-key.pdf")
    assert "found nothing close (events.json lists the nearest), and none of them names “Canada”" in key
    only_questions = re.findall(r"Only Source [A-Z] makes this claim\..*?none of them names (.*?)\. (?:Of the|It has)", key)
    assert only_questions, "the key explains no 'Only Source X' question"
    sources = [path.read_text(encoding="utf-8").replace("’", "'") for path in sorted((TARIFFS / "sources").glob("*.txt"))]
    for names in only_questions:
        for name in re.findall(r"“(.+?)”", names):
            makers = [text for text in sources if name.replace("’", "'").lower() in text.lower()]
            assert len(makers) == 1, f"the key says no other source names {name!r}, but {len(makers)} sources do"


def test_open_mode_names_outlets_on_student_pages(analyses: dict[str, object], briefings: dict[str, object]) -> None:
    analysis = analyses[TARIFFS.name]
    handout, _ = build_handout(analysis, briefings[TARIFFS.name], blind=False)  # type: ignore[arg-type]
    html = render_html("handout.html.j2", handout)
    assert "The Guardian" in html and "Western left" in html


@pytest.mark.parametrize("report", [SOFT_POWER.name, TARIFFS.name])
@pytest.mark.parametrize("blind", [True, False])
def test_handout_prose_reads_at_or_below_grade_9(
    analyses: dict[str, object], briefings: dict[str, object], report: str, blind: bool
) -> None:
    analysis = analyses[report]
    handout, key = build_handout(  # with the lenses' words and naming question, as a build makes it
        analysis, briefings[report], blind=blind,  # type: ignore[arg-type]
        loaded_terms=loaded_terms(analysis), naming=naming_differences(analysis),  # type: ignore[arg-type]
    )
    # only words the students can see are taught (check11j CF-33): soft-power's excerpts show none of its loaded words
    assert any(v.note for v in handout.vocabulary) or report == "soft-power"
    html = render_html("handout.html.j2", handout)
    prose = prose_text(html)
    assert len(prose.split()) >= 150, "too little prose to measure"
    assert key.max_grade == 9
    assert prose_grade(html) <= 9


def test_the_prose_grade_counts_sentences_as_the_sources_grades_do() -> None:
    """One sentence count (issue 13): the key's grade of the handout's prose is measured as the sources'
    grades are, so "U.S." or "Mr." in the prose is no sentence end."""
    body = "<p>Read what the {} papers say about the new tariffs on steel and on cars. Then say which one you trust.</p>"
    assert prose_grade(body.format("U.S.") * 8) == pytest.approx(prose_grade(body.format("US") * 8))


def test_prose_measure_leaves_out_quoted_excerpts() -> None:
    html = '<p>Read this.</p><blockquote class="excerpt">Notwithstanding multilateral considerations.</blockquote><p>Then answer.</p>'
    assert prose_text(html) == "Read this. Then answer."


def test_long_excerpt_is_trimmed_with_an_ellipsis_never_rewritten() -> None:
    sentence = " ".join(f"word{i}," for i in range(60))
    trimmed, was_trimmed = trim_excerpt(sentence, max_words=10)
    assert was_trimmed and trimmed.endswith(ELLIPSIS)
    kept = trimmed.removesuffix(ELLIPSIS)
    assert sentence.startswith(kept) and len(kept.split()) == 10
    assert trim_excerpt("Short and sweet.", max_words=10) == ("Short and sweet.", False)


def test_handout_excerpts_are_prefixes_of_source_sentences(analyses: dict[str, object], briefings: dict[str, object]) -> None:
    analysis = analyses[TARIFFS.name]
    handout, _ = build_handout(analysis, briefings[TARIFFS.name], blind=False)  # type: ignore[arg-type]
    sentences = analysis.events.claims.get_column("text").to_list()  # type: ignore[attr-defined]
    excerpts = [x for event in handout.events for x in event.excerpts] + [q.excerpt for q in handout.questions if q.excerpt]
    assert excerpts
    for excerpt in excerpts:
        kept = excerpt.text.removesuffix(CUT)  # the handout's own cut mark (checkR SD-71)
        assert any(s.startswith(kept) for s in sentences), excerpt.text
        assert len(kept.split()) <= 40


def test_redaction_replaces_whole_names_only() -> None:
    terms = identifying_terms(["People's Daily Online (republished China Daily report)", "CCTV.com"], ["State media"])
    assert "People's Daily" in terms and "CCTV" in terms
    assert redact("The People's Daily said; CCTVX did not.", terms) == f"The {REDACTED} said; CCTVX did not."


def test_handout_pdfs_are_tagged_pdf_ua_with_language(tariffs_blind: Path) -> None:
    for name in ("handout.pdf", "teacher-key.pdf"):
        reader = pypdf.PdfReader(tariffs_blind / name)
        root = reader.trailer["/Root"]
        assert bool(root["/MarkInfo"]["/Marked"])
        assert "/StructTreeRoot" in root
        assert root["/Lang"] == "en"
        assert b"pdfuaid:part" in root["/Metadata"].get_object().get_data()


def _alt_texts(node: object) -> list[str]:
    node = node.get_object() if hasattr(node, "get_object") else node
    found: list[str] = []
    if isinstance(node, dict):
        if node.get("/S") == "/Figure":
            found.append(str(node.get("/Alt", "")))
        kids = node.get("/K")
        for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
            found += _alt_texts(kid)
    elif isinstance(node, list):
        for item in node:
            found += _alt_texts(item)
    return found


def test_every_chart_has_alt_text_in_html_and_pdf(
    tariffs_blind: Path, analyses: dict[str, object], briefings: dict[str, object]
) -> None:
    analysis = analyses[TARIFFS.name]
    handout, key = build_handout(analysis, briefings[TARIFFS.name], blind=True)  # type: ignore[arg-type]
    for html in (render_html("handout.html.j2", handout), render_html("teacher_key.html.j2", key)):
        for tag in re.findall(r"<img\b[^>]*>", html):
            assert re.search(r'alt="[^"]{20,}"', tag), tag
    figures = _alt_texts(pypdf.PdfReader(tariffs_blind / "teacher-key.pdf").trailer["/Root"]["/StructTreeRoot"])
    assert figures and all("Source A" in alt for alt in figures)


def test_page_size_follows_report_toml(tmp_path: Path, tariffs_blind: Path) -> None:
    box = pypdf.PdfReader(tariffs_blind / "handout.pdf").pages[0].mediabox
    assert (round(box.width), round(box.height)) == A4
    root = make_report(tmp_path / "letter", extra={"page_size": "letter"})
    build(root)
    for name in ("briefing.pdf", "handout.pdf", "teacher-key.pdf"):
        box = pypdf.PdfReader(root / "build" / name).pages[0].mediabox
        assert (round(box.width), round(box.height)) == LETTER, name


@pytest.fixture
def handout_builds() -> Iterator[None]:
    """The test's builds render the handout and the teacher key alone (``documents_alone``): it reads no briefing."""
    with documents_alone("handout"):
        yield


@pytest.mark.usefixtures("handout_builds")
def test_blind_flag_and_toml_setting_hide_outlets(tmp_path: Path) -> None:
    root = make_report(tmp_path / "cli")
    result = CliRunner().invoke(app, ["build", str(root), "--quiet", "--blind"])
    assert result.exit_code == 0, result.output
    assert "handout.pdf" in result.output and "teacher-key.pdf" in result.output
    student = _text(root / "build" / "handout.pdf")
    assert "Outlet 1" not in student and "State media" not in student and "Source B" in student
    assert "Outlet 1" in _text(root / "build" / "teacher-key.pdf")
    make_report(tmp_path / "cli", extra={"audience": {"blind": True}})
    build(root)
    assert "Outlet 2" not in _text(root / "build" / "handout.pdf")
    CliRunner().invoke(app, ["build", str(root), "--quiet", "--no-blind"])
    assert "Outlet 2" in _text(root / "build" / "handout.pdf")


def test_naming_differences_from_a_lens_become_a_question(analyses: dict[str, object], briefings: dict[str, object]) -> None:
    analysis = analyses[TARIFFS.name]
    naming = [NamingDifference("China", (("guardian", "Beijing"), ("peoples-daily-news", "China")))]
    handout, key = build_handout(analysis, briefings[TARIFFS.name], blind=True, naming=naming)  # type: ignore[arg-type]
    asked = [q for q in handout.questions if q.kind == "naming"]
    assert len(asked) == 1 and "“Beijing”" in asked[0].text and "“China”" in asked[0].text
    assert any(a.question.kind == "naming" for a in key.answers)


def test_blind_student_model_itself_holds_no_source_identity(analyses: dict[str, object], briefings: dict[str, object]) -> None:
    analysis = analyses[TARIFFS.name]
    handout, key = build_handout(analysis, briefings[TARIFFS.name], blind=True)  # type: ignore[arg-type]
    dumped = repr(handout).lower()
    manifest = load_report(TARIFFS).manifest
    identities = _outlets(TARIFFS) + [s.id for s in manifest.sources] + [s.title for s in manifest.sources]
    assert [name for name in identities if name.lower() in dumped] == []
    assert all(tag.origin is None and tag.title == "" for tag in handout.sources)
    titles = {s.title for s in manifest.sources}
    assert len(key.reveals) == len(handout.sources) >= 2 and {r.title for r in key.reveals} <= titles


def test_the_keys_tone_chart_says_it_shows_the_own_voice_and_on_how_many_sentences(
    analyses: dict[str, object], briefings: dict[str, object]
) -> None:
    """T-A51, S-A56: "Mean tone of each source" captioned "the source's sentences" showed own-voice means — Fox's over
    2 of its 22 sentences — and a teacher read "NYT far more negative than Fox" from it."""
    analysis = analyses[TARIFFS.name]
    briefing = briefings[TARIFFS.name]
    _, key = build_handout(analysis, briefing, blind=True)  # type: ignore[arg-type]
    [chart] = key.charts
    assert "own voice" in chart.title and "own voice" in chart.caption
    shown = re.findall(r"([+−]?\d\.\d\d) over (\d+) sentences?", chart.alt)  # the page's minus, and no sign on zero
    own_voice = {(signed(s.tone.mean), s.tone.sentences) for s in briefing.sources if s.tone.mean is not None}
    assert shown and all((mean, int(n)) in own_voice for mean, n in shown)
