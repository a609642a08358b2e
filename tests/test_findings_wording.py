"""The words of a lens finding fit what it compares (issue 13; the independent check's I-A36)."""

from __future__ import annotations

import polars as pl
import pytest

from contrast.metrics.figures import FIGURES_SCHEMA
from contrast.metrics.targets import SPEC as TARGETS_SPEC
from contrast.report.briefing.lenses.findings import Samples, findings
from contrast.report.refs import OriginRef

RIGHT = OriginRef(id="us-right", label="US right", colour="#c0392b", marker="●", border="solid", index=0)
LEFT = OriginRef(id="us-left", label="US left", colour="#1f5fa8", marker="▲", border="solid", index=1)
LABEL = {"tone:united_states": "Tone naming The United States"}


def _tone(unit: str, value: float | None, *, n: float, rest: float | None) -> dict:
    row = dict.fromkeys(FIGURES_SCHEMA)
    row.update(
        lens="targets", level="origin", unit=unit, measure="tone:united_states", value=value, ci_low=None, ci_high=None,
        diff_low=-0.4, diff_high=0.3, n=n, base=n, rest=rest, effect=None, effect_kind="Hedges' g", cues="washington ×1",
    )
    return row


def _said(*rows: dict) -> str:
    figures = pl.DataFrame(list(rows), schema=FIGURES_SCHEMA, orient="row")
    said = findings(TARGETS_SPEC, figures, {"us-right": RIGHT, "us-left": LEFT}, LABEL, Samples())
    return next(f for f in said if f.startswith("Tone naming The United States"))


def test_an_origin_alone_with_a_figure_gets_no_word_of_rank() -> None:
    # Indiana: US right scored no sentence naming the actor, US left three at a mean of −0.08
    said = _said(_tone("us-right", None, n=0, rest=None), _tone("us-left", -0.08, n=3, rest=0.0))
    assert "least negative" not in said and "most" not in said
    assert said == (
        "Tone naming The United States: only US left has a figure, −0.08 (3 sentences); the other origins have none "
        "to compare it with."
    )


def test_with_two_origins_the_words_fit_the_signs() -> None:
    said = _said(_tone("us-right", -0.30, n=25, rest=-0.08), _tone("us-left", -0.08, n=25, rest=-0.30))
    assert said.startswith(
        "Tone naming The United States: no clear difference between origins — least negative in US left, −0.08 against −0.30"
    )


def test_a_rate_of_zero_is_a_figure_to_compare_with() -> None:
    def rate(unit: str, value: float, n: float) -> dict:
        row = _tone(unit, value, n=n, rest=0.0)
        row.update(measure="tone:united_states", effect_kind="rate ratio", diff_low=0.0, diff_high=12.4, base=700.0)
        return row

    said = _said(rate("us-right", 6.2, 3), rate("us-left", 0.0, 0))
    assert said.startswith("Tone naming The United States: no clear difference between origins — highest in US right, 6.2 per 1,000 words")


def test_a_difference_without_an_interval_says_why_not_that_the_interval_includes_zero() -> None:
    # soft-power: Academic's tone naming the US rests on two own-voice sentences, too few to resample
    few = _tone("us-right", 0.50, n=2, rest=0.25)
    few.update(diff_low=None, diff_high=None)
    said = _said(few, _tone("us-left", 0.25, n=11, rest=0.50))
    assert "interval of the difference includes zero" not in said
    assert said.endswith("but it rests on 2 sentences, too few to draw an interval from.")


def test_one_sentence_is_said_in_the_singular() -> None:
    # aarp: "only US left has a figure, +0.28 (1 sentences)"
    said = _said(_tone("us-right", None, n=0, rest=None), _tone("us-left", 0.28, n=1, rest=0.0))
    assert "(1 sentence);" in said


def test_a_speaker_share_says_it_is_a_lower_bound_beside_untyped_speakers() -> None:
    """PB-35: "Experts and academics: no clear difference — highest in US right, 5% against 0%" stood beside 74% of Fox's
    attributed statements with an untyped speaker, three experts quoted at length among them."""
    from contrast.metrics.attribution import SPEC as ATTRIBUTION_SPEC

    def share(unit: str, measure: str, value: float, rest: float) -> dict:
        row = dict.fromkeys(FIGURES_SCHEMA)
        row.update(lens="attribution", level="origin", unit=unit, measure=measure, value=value, rest=rest, n=value * 19,
                   base=19.0, diff_low=-0.1, diff_high=0.2, effect=0.3, effect_kind="Cohen's h")
        return row

    rows = [share("us-right", "speaker.expert", 0.05, 0.0), share("us-left", "speaker.expert", 0.0, 0.05),
            share("us-right", "speaker.unspecified", 0.74, 0.37), share("us-left", "speaker.unspecified", 0.37, 0.74)]
    figures = pl.DataFrame(rows, schema=FIGURES_SCHEMA, orient="row")
    said = findings(ATTRIBUTION_SPEC, figures, {"us-right": RIGHT, "us-left": LEFT}, {"speaker.expert": "Experts and academics"},
                    Samples())
    expert = next(f for f in said if f.startswith("Experts and academics"))
    assert "lower bound" in expert and "74% of US right’s attributed statements and 37% of the other origins’" in expert


@pytest.mark.parametrize(
    ("right_sum", "left_sum", "sentences"),
    [
        (0.0, -0.06, 3.0),  # three sentences each side, all of US right's scoring 0: the sum behind its mean is 0
        (25.0, 25.0, 25.0),  # a mean of 0.00 over 25 real sentences, its ``n`` standing for the sample
        (0.0, -0.06, 25.0),  # the sum of a mean's scores is not its sample: ``base`` is
    ],
)
def test_an_origin_whose_sentences_all_score_zero_is_ranked_too(right_sum: float, left_sum: float, sentences: float) -> None:
    """PB-39 (check-s5-A): "least negative in US left, −0.02 against +0.00 for the other origins" — US right's
    sentences naming the US all scored 0.00 (the sum of its scores, ``n``, is zero), so it was left out of the
    ranking and the more negative origin was called least negative. The least negative is US right."""
    right = _tone("us-right", 0.0, n=right_sum, rest=-0.02)
    left = _tone("us-left", -0.02, n=left_sum, rest=0.0)
    right["base"] = left["base"] = sentences
    said = _said(right, left)
    assert said.startswith(
        "Tone naming The United States: no clear difference between origins — least negative in US right, +0.00 against −0.02"
    )
    assert "least negative in US right" in said and "in US left" not in said
