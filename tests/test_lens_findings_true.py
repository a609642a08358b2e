"""Every lens finding printed must be true (issue 13, the fact-checker's lens defects).

An example shown for a count is a sentence whose cue is in that count, with that cue
highlighted; a lens finding obeys the report's own small-sample rule (``MIN_JUDGED``
own-voice sentences, as At a glance does) and says why not; a tie at the printed
precision is said as a tie.
"""

from __future__ import annotations

from types import SimpleNamespace

import polars as pl
import pytest

from contrast.config import load_report
from contrast.metrics.figures import FIGURES_SCHEMA
from contrast.metrics.loaded import SPEC as LOADED_SPEC
from contrast.pipeline import analyse
from contrast.report.briefing import glance
from contrast.report.briefing.build import build_briefing
from contrast.report.briefing.contrasts import GRADE
from contrast.report.briefing.lenses.findings import Samples, findings
from contrast.report.refs import OriginRef
from contrast.stats import MIN_JUDGED, Contrast, Estimate
from tests.reportkit import CRITIC, EASY, PRAISE, make_report

DEFINED = "Soft power is defined as attraction rather than coercion, manipulation and propaganda. "
OWN_LABEL = "The regime keeps a firm grip on the press and on the courts of the country. "
REPORTED_QUOTES = "Kudlow said China should take Trump “seriously” and that he was a “free-trader” at heart. "
OWN_QUOTE = "The so-called “globalist” camp lost the argument inside the White House in the end. "


@pytest.fixture(scope="module")
def loaded_section(tmp_path_factory: pytest.TempPathFactory):
    texts = {
        "state-a": (DEFINED + PRAISE + EASY) * 2 + OWN_LABEL + REPORTED_QUOTES * 2 + OWN_QUOTE,
        "critic-b": (CRITIC + EASY) * 3,
    }
    briefing = build_briefing(analyse(load_report(make_report(tmp_path_factory.mktemp("lens-true"), texts))))
    return next(s for s in briefing.lenses if s.id == "loaded")


def _example(section, row_label: str, column: int = 0):
    for table in section.tables:
        for label, cells in table.rows:
            if label == row_label:
                return cells[column].example
    raise AssertionError(f"no row {row_label!r}")


def test_an_own_voice_count_is_not_exemplified_by_a_definition(loaded_section) -> None:
    example = _example(loaded_section, "Name-calling")
    assert example is not None
    text = "".join(s.text for s in example.segments)
    assert text.strip() == OWN_LABEL.strip(), "the definition's 'coercion' is counted apart, not in the own-voice count"
    assert [s.text for s in example.segments if s.cue] == ["regime"]


def test_a_scare_quote_example_is_the_counted_quote_not_reported_speech(loaded_section) -> None:
    example = _example(loaded_section, "Scare quotes")
    assert example is not None
    assert "".join(s.text for s in example.segments).strip() == OWN_QUOTE.strip()
    assert [s.text for s in example.segments if s.cue] == ["“globalist”"]


REF_A = OriginRef(id="a", label="Chinese state media", colour="#c0392b", marker="●", pattern="solid", index=0)
REF_B = OriginRef(id="b", label="Western left", colour="#1f5fa8", marker="■", pattern="solid", index=1)
REF_C = OriginRef(id="c", label="Western right", colour="#2a9d3a", marker="▲", pattern="solid", index=2)


def _row(unit: str, value: float, *, diff: tuple[float, float] = (0.8, 8.5), cues: str = "alarmist ×1") -> dict:
    row = dict.fromkeys(FIGURES_SCHEMA)
    row.update(
        lens="loaded", level="origin", unit=unit, measure="label", value=value, ci_low=value / 2, ci_high=value * 2,
        diff_low=diff[0], diff_high=diff[1], n=3.0, base=700.0, rest=0.5, effect=value / 0.5, effect_kind="rate ratio",
        cues=cues, sentences="s:1", contexts="own",
    )
    return row


def test_a_lens_finding_needs_the_same_own_voice_sentences_as_at_a_glance() -> None:
    figures = pl.DataFrame([_row("a", 4.1), _row("b", 0.4, diff=(-3.0, -0.1))], schema=FIGURES_SCHEMA, orient="row")
    refs = {"a": REF_A, "b": REF_B}
    # 42 sentences, but only 18 in its own voice: the own-voice rate rests on 18
    few = findings(LOADED_SPEC, figures, refs, {"label": "Name-calling"}, Samples({"a": 42, "b": 60}, {"a": 18, "b": 40}))
    label = next(f for f in few if f.startswith("Name-calling"))
    assert label.startswith("Name-calling: no clear difference between origins")
    assert f"18 own-voice sentences, fewer than the {MIN_JUDGED}" in label
    enough = findings(LOADED_SPEC, figures, refs, {"label": "Name-calling"}, Samples({"a": 42, "b": 60}, {"a": 30, "b": 40}))
    assert next(f for f in enough if f.startswith("Name-calling")).startswith("Name-calling: highest in Chinese state media, 4.1")


def test_a_lens_tie_at_the_printed_precision_is_said_as_a_tie() -> None:
    figures = pl.DataFrame(
        [_row("a", 4.12), _row("b", 4.08), _row("c", 0.2, diff=(-3.0, -0.1))], schema=FIGURES_SCHEMA, orient="row"
    )
    said = findings(LOADED_SPEC, figures, {"a": REF_A, "b": REF_B, "c": REF_C}, {"label": "Name-calling"},
                    Samples({"a": 60, "b": 60, "c": 60}, {"a": 40, "b": 40, "c": 40}))
    label = next(f for f in said if f.startswith("Name-calling"))
    assert label.startswith("Name-calling: highest in Chinese state media and Western left, tied at 4.1 per 1,000 words")


def test_at_a_glance_says_a_tie_at_the_printed_precision_as_a_tie() -> None:
    estimates = {"a": Estimate(14.2, 13.0, 15.4, 40), "b": Estimate(10.94, 10.0, 12.0, 40), "c": Estimate(10.91, 10.1, 11.9, 40)}
    contrast = Contrast(estimates, high="a", low="c", difference=3.3, diff_low=1.5, diff_high=5.0)
    origins = [SimpleNamespace(ref=r) for r in (REF_A, REF_B, REF_C)]
    said = glance._reading_difficulty(SimpleNamespace(origins=origins, contrasts={GRADE: contrast}))
    assert said is not None
    assert "Western right and Western left (tied at 10.9 as printed) the easiest" in said
    assert "Western right the easiest" not in said
