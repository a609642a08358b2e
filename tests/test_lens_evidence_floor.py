"""The evidence floor of a lens ranking (issue 13, session 13): an origin is named highest only when its figure rests
on ``MIN_CUE_SENTENCES`` distinct sentences with a cue; one sentence's figure is "too few to compare", and the
sentence is shown so that the reader can judge the one word.

Measured on the checks of never-seen pairs, sessions 10–12 (/work/notes/gate13-s13.md): of 35 printed rankings that rested
on one sentence, 13 were FALSE and 7 AMBIGUOUS ("Hedges: highest in US center, 5.4 per 1,000 words" on one
"suggesting" that reports what Huckabee suggested, check12m HB-17; "Quality of life: highest in US center" on one
"travel", check11k VF-28; "Glittering generalities: highest in US center" on one "flourishes", check11k CS-24).
"""

from __future__ import annotations

import polars as pl
import pytest

from contrast.config import load_report
from contrast.metrics.attribution import SPEC as ATTRIBUTION_SPEC
from contrast.metrics.certainty import SPEC as CERTAINTY_SPEC
from contrast.metrics.figures import FIGURES_SCHEMA
from contrast.metrics.targets import SPEC as TARGETS_SPEC
from contrast.pipeline import analyse
from contrast.report.briefing.build import build_briefing
from contrast.report.briefing.lenses.findings import Samples, findings
from contrast.report.refs import OriginRef
from tests.reportkit import EASY, make_report

RIGHT = OriginRef(id="us-right", label="US right", colour="#c0392b", marker="●", border="solid", index=0)
CENTER = OriginRef(id="us-center", label="US center", colour="#777777", marker="■", border="solid", index=1)
REFS = {"us-right": RIGHT, "us-center": CENTER}
HB17 = (
    "Mr. Huckabee opposes same-sex marriage, suggesting as recently as February that homosexuality is a lifestyle "
    "choice akin to drinking or swearing."
)


def _rate(unit: str, value: float, refs: list[str], *, rest: float, diff: tuple[float, float] = (0.0, 16.1)) -> dict:
    row = dict.fromkeys(FIGURES_SCHEMA)
    row.update(
        lens="certainty", level="origin", unit=unit, measure="hedge", value=value, diff_low=diff[0], diff_high=diff[1],
        n=float(len(refs)), base=1000.0 * len(refs) / value if value else 600.0, rest=rest, effect=None,
        effect_kind="rate ratio", cues="; ".join(f"suggesting ×{len(refs)}" for _ in refs[:1]) or None,
        sentences="; ".join(refs) or None, contexts="own",
    )
    return row


def _hedges(
    center_refs: list[str], *, diff: tuple[float, float] = (0.0, 16.1), own: int = 12, quote=None, right: float = 0.0
) -> str:
    """``right``: US right's rate, one sentence's (a ranking against 0 counted is none: test_lens_absence_wording.py)."""
    figures = pl.DataFrame(
        [_rate("us-right", right, ["fox:2"] if right else [], rest=5.4),
         _rate("us-center", 5.4 * len(center_refs), center_refs, rest=right, diff=diff)],
        schema=FIGURES_SCHEMA, orient="row",
    )
    said = findings(CERTAINTY_SPEC, figures, REFS, {"hedge": "Hedges"}, Samples({"us-right": 30, "us-center": 30},
                    {"us-right": own, "us-center": own}), quote=quote)
    return next(f for f in said if f.startswith("Hedges"))


def test_a_ranking_on_one_sentence_is_too_few_to_compare_and_shows_the_sentence() -> None:
    said = _hedges(["nyt:13"], quote=lambda ref, word="": f"“{HB17}” (S2 · The New York Times, sentence 14)" if ref == "nyt:13" else None)
    assert "highest" not in said and "no clear difference" not in said
    assert said == (
        "Hedges: too few to compare (1 sentence with a cue) — US center: 5.4 per 1,000 words against 0 listed "
        f"in the other origins, from “suggesting” in “{HB17}” (S2 · The New York Times, sentence 14)."
    )


def test_a_ranking_on_two_sentences_still_names_the_highest() -> None:
    said = _hedges(["nyt:3", "nyt:13"], right=1.2)
    assert said.startswith("Hedges: no clear difference between origins — highest in US center, 10.8 per 1,000 words")
    from contrast.report.briefing.lenses import findings as module

    assert module.MIN_CUE_SENTENCES == 2


def test_two_cues_in_one_sentence_are_one_sentence() -> None:
    # check12m BN-21's two hedges stood in two sentences; two in one sentence are still one reading
    said = _hedges(["nyt:3", "nyt:3"][:1])
    assert said.startswith("Hedges: too few to compare (1 sentence with a cue)")


def test_a_clear_difference_needs_the_floor_too() -> None:
    """Page 1 (At a glance's key findings) lists a lens's clear differences: none from one sentence."""

    def clear(refs: list[str]) -> tuple[str, ...]:
        figures = pl.DataFrame(
            [_rate("us-right", 1.2, ["fox:2"], rest=5.4, diff=(-9.0, -0.5)), _rate("us-center", 5.4, refs, rest=1.2, diff=(0.5, 9.0))],
            schema=FIGURES_SCHEMA, orient="row",
        )
        return findings(CERTAINTY_SPEC, figures, REFS, {"hedge": "Hedges"}, Samples({"us-right": 40, "us-center": 40},
                        {"us-right": 30, "us-center": 30}), clear_only=True)

    assert clear(["nyt:13"]) == ()
    assert clear(["nyt:3", "nyt:13"])[0].startswith("Hedges: highest in US center")


def test_a_speaker_share_on_one_statement_is_too_few_to_compare() -> None:
    """check11k CS-26: "Experts and academics: 3% of US left's attributed statements", one hospital spokeswoman."""

    def share(unit: str, value: float, rest: float, refs: list[str]) -> dict:
        row = dict.fromkeys(FIGURES_SCHEMA)
        row.update(lens="attribution", level="origin", unit=unit, measure="speaker.expert", value=value, rest=rest,
                   n=float(len(refs)), base=30.0, diff_low=-0.02, diff_high=0.1, effect=0.3, effect_kind="Cohen's h",
                   cues="university ×1" if refs else None, sentences="; ".join(refs) or None)
        return row

    figures = pl.DataFrame([share("us-right", 0.0, 0.03, []), share("us-center", 0.03, 0.0, ["huff:40"])],
                           schema=FIGURES_SCHEMA, orient="row")
    said = findings(ATTRIBUTION_SPEC, figures, REFS, {"speaker.expert": "Experts and academics"}, Samples())
    expert = next(f for f in said if f.startswith("Experts and academics"))
    assert expert.startswith("Experts and academics: too few to compare (1 of 30 attributed statements typed so) — US center: 3%")
    assert "highest" not in expert


def test_a_mean_on_one_sentence_names_no_least_negative() -> None:
    def tone(unit: str, value: float, base: float, rest: float) -> dict:
        row = dict.fromkeys(FIGURES_SCHEMA)
        row.update(lens="targets", level="origin", unit=unit, measure="tone:united_states", value=value, n=value * base,
                   base=base, rest=rest, effect=None, effect_kind="Hedges' g", cues="washington ×1")
        return row

    figures = pl.DataFrame([tone("us-right", -0.07, 1, -0.66), tone("us-center", -0.66, 1, -0.07)], schema=FIGURES_SCHEMA,
                           orient="row")
    said = findings(TARGETS_SPEC, figures, REFS, {"tone:united_states": "Tone naming The United States"}, Samples())
    tone_line = next(f for f in said if f.startswith("Tone naming"))
    assert tone_line.startswith("Tone naming The United States: too few to compare (1 sentence) — US right: −0.07")
    assert "least negative" not in tone_line


@pytest.fixture(scope="module")
def certainty_section(tmp_path_factory: pytest.TempPathFactory):
    one_hedge = "The senator will probably run for the seat again next year. "
    texts = {"paper-a": one_hedge + EASY * 4, "paper-b": EASY * 4 + "The vote was held on Monday in the capital. "}
    briefing = build_briefing(analyse(load_report(make_report(tmp_path_factory.mktemp("floor"), texts))))
    return next(s for s in briefing.lenses if s.id == "certainty")


def test_the_briefing_shows_the_one_sentence_a_figure_rests_on(certainty_section) -> None:
    hedges = next(f for f in certainty_section.findings if f.startswith("Hedges"))
    assert hedges.startswith("Hedges: too few to compare (1 sentence with a cue) — State media:")
    assert "“probably” in “The senator will probably run for the seat again next year.” (" in hedges
    assert ", sentence 1)." in hedges
    assert certainty_section.clear == ()


def test_the_briefing_method_states_the_floor() -> None:
    from pathlib import Path

    from contrast.report.briefing.lenses import findings as module

    template = (Path(__file__).parents[1] / "templates" / "briefing.html.j2").read_text(encoding="utf-8")
    words = {2: "two", 3: "three"}
    assert f"rests on at least {words[module.MIN_CUE_SENTENCES]} sentences with a cue" in template


def test_a_share_rests_on_its_count_not_on_the_sentences_its_cues_stand_in() -> None:
    """A frame's share counts own-voice sentences with a cue (``n``); its ``sentences`` column also lists cues in
    quotations (tariffs: Western center's External frame, 1 own-voice sentence, 3 listed). A speaker share counts
    statements, some typed from an earlier mention that lists no sentence of its own (12 statements, 8 listed)."""
    from contrast.metrics.frames import SPEC as FRAMES_SPEC

    def share(unit: str, measure: str, value: float, n: float, listed: int) -> dict:
        row = dict.fromkeys(FIGURES_SCHEMA)
        row.update(lens="frames", level="origin", unit=unit, measure=measure, value=value, rest=0.05, n=n, base=n / value,
                   diff_low=-0.05, diff_high=0.2, effect=0.3, effect_kind="Cohen's h", cues="abroad ×3",
                   sentences="; ".join(f"nyt:{i}" for i in range(listed)))
        return row

    one = pl.DataFrame([share("us-right", "external", 0.0001, 0.0, 0), share("us-center", "external", 0.1, 1.0, 3)],
                       schema=FIGURES_SCHEMA, orient="row")
    said = findings(FRAMES_SPEC, one, REFS, {"external": "External regulation"}, Samples(), quote=lambda ref, word="": f"“{ref}”")
    line = next(f for f in said if f.startswith("External regulation"))
    assert line.startswith("External regulation: too few to compare (1 sentence with a cue) — US center: 10%")
    assert "nyt:" not in line  # which of the three listed is the counted one is not known: none is shown
    twelve = pl.DataFrame([share("us-right", "external", 0.0001, 0.0, 0), share("us-center", "external", 0.4, 12.0, 8)],
                          schema=FIGURES_SCHEMA, orient="row")
    said = findings(FRAMES_SPEC, twelve, REFS, {"external": "External regulation"}, Samples())
    assert next(f for f in said if f.startswith("External regulation")).startswith(
        "External regulation: no clear difference between origins — highest in US center, 40%"
    )
