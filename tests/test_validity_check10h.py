"""The validity suite, continued: false findings of check10h-new (Fox, the New York Times and HuffPost on the 2010 tax
compromise and the 2012 Obama–Boehner deficit talks), each as a table of sentences of the same shape as the one misread
and near misses, which must keep their reading.

- BT-31: "failure to pass a package like the tax deal" — "like" meaning "similar to" after "a" + noun was scored as
  fondness (+1.5 in VADER): the sentence's tone −0.30 instead of −0.57, and the key listed "like" as a feeling word.
- BT-45: "a fairly dire assessment" — the degree adverb "fairly" ("rather") was HuffPost's only fairness cue.
- OB-34: "in large measure", "is effectively caught" ("in effect") and "his policy director" were policy cues.
- OB-22: "Republicans are suggesting the party should …" — "suggest" as a verb of speech (proposing) counted as Fox's
  own hedge; and "highest in US right, 13.8" was printed where US center also showed 13.8.
- Confusing on the page: "from 25% for US left" where US right also shows 25%; "95% CI -0.3 to 5.9" with a hyphen;
  "+0.00 for US center" for a mean of −0.0015.
"""

from __future__ import annotations

from types import SimpleNamespace

import polars as pl
import pytest

from contrast.config import Lenses
from contrast.metrics.certainty import SPEC as CERTAINTY_SPEC
from contrast.metrics.certainty import certainty_lexicon, certainty_matcher
from contrast.metrics.figures import FIGURES_SCHEMA
from contrast.metrics.frames import frames_lexicon, frames_matcher
from contrast.metrics.vader import tone
from contrast.metrics.vader_exact import polarity_scores
from contrast.report.briefing import glance
from contrast.report.briefing.contrasts import GRADE, NEGATIVE
from contrast.report.briefing.lenses import charts as lens_charts
from contrast.report.briefing.lenses.findings import Samples, findings
from contrast.report.briefing.lenses.model import Cell
from contrast.report.refs import OriginRef
from contrast.report.text import signed
from contrast.stats import Contrast, Estimate

RIGHT = OriginRef(id="us-right", label="US right", colour="#c0392b", marker="●", border="solid", index=0)
CENTER = OriginRef(id="us-center", label="US center", colour="#7f7f7f", marker="▲", border="solid", index=1)
LEFT = OriginRef(id="us-left", label="US left", colour="#1f5fa8", marker="■", border="solid", index=2)


# --- BT-31: "like" comparing a singular noun with a noun phrase ----------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "without_like"),
    [
        ("Summers told reporters that failure to pass a package like the tax deal would increase the risk of recession.",
         "Summers told reporters that failure to pass a package the tax deal would increase the risk of recession."),
        ("He wants a leader like his father to take over the failing firm.",
         "He wants a leader his father to take over the failing firm."),
        ("Another crisis like this one would hurt the weak recovery.", "Another crisis this one would hurt the weak recovery."),
        ("Every senator like these two opposed the bad bill.", "Every senator these two opposed the bad bill."),
    ],
)
def test_like_comparing_a_singular_noun_carries_no_tone(sentence: str, without_like: str) -> None:
    # the score is VADER's own on the sentence without the word: parity kept, only the word set aside
    assert tone(sentence)["compound"] == polarity_scores(without_like)["compound"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A few voters like the plan.",  # a plural quantity: the verb
        "A man who would like the job applied.",
        "A majority of voters like the deal.",
        "Voters like the plan.",
        "We like this plan and hope it works.",
    ],
)
def test_like_as_a_verb_still_counts(sentence: str) -> None:
    assert tone(sentence)["compound"] > 0.3


# --- BT-45, OB-34: frame cues in a sense no frame means ---------------------------------------------------------------

def _frames(sentence: str, category: str) -> list[str]:
    return [h.cue.lower() for h in frames_matcher(frames_lexicon(Lenses())).find(sentence) if h.category == category]


@pytest.mark.parametrize(
    ("sentence", "category", "cues"),
    [
        ("Larry Summers offered a fairly dire assessment of the stakes in the tax cut debate.", "fairness", []),
        ("The firm replied fairly quickly to the request.", "fairness", []),
        ("The rules were fairly new at the time.", "fairness", []),
        # near misses: treatment that is fair
        ("Workers must be treated fairly.", "fairness", ["fairly"]),
        ("The vote was held freely and fairly.", "fairness", ["fairly"]),
        ("The money was shared fairly among the states.", "fairness", ["fairly"]),
        ("He was fairly elected by the voters.", "fairness", ["fairly"]),
        # OB-34
        ("But the ups and downs of the talks have been in large measure for public consumption.", "policy", []),
        ("The delay was due in some measure to the holiday.", "policy", []),
        ("The speaker is effectively caught between two competing wings of his party.", "policy", []),
        ("The ruling effectively ended the talks.", "policy", []),
        ("His chief of staff and his policy director, Brett Loper, were also in attendance.", "policy", []),
        ("She is the director of policy at the group.", "policy", []),
        # near misses: a measure taken, a judgement of how well something works, a policy
        ("The measure passed the Senate on Friday.", "policy", ["measure"]),
        ("The new rules worked effectively.", "policy", ["effectively"]),
        ("Schools could spend the money more effectively.", "policy", ["effectively"]),
        ("The grants came with support to effectively cultivate goodwill.", "policy", ["effectively"]),
        ("Police could effectively combat the gangs.", "policy", ["effectively"]),
        ("The new policy will raise taxes on the rich.", "policy", ["policy"]),
    ],
)
def test_frame_cues_count_in_their_frames_sense_only(sentence: str, category: str, cues: list[str]) -> None:
    assert _frames(sentence, category) == cues


# --- OB-22: "suggest" with a person for subject reports a proposal --------------------------------------------------

def _hedges(sentence: str) -> list[str]:
    return [h.cue.lower() for h in certainty_matcher(certainty_lexicon(Lenses())).find(sentence) if h.category == "hedge"]


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        ("However, a growing number of Republicans are suggesting the party should give Obama what he wants.", []),
        ("Corker suggested that Republicans instead focus on entitlement cuts.", []),
        ("Rep. Kevin McCarthy, R-Calif., the No. 3 Republican in the House, suggested Sunday that talks had stalled.", []),
        ("A top Republican senator suggested that his party should perhaps accede.", ["perhaps"]),
        ("Boehner, who has long suggested a deal, said nothing.", []),
        ("Officials are suggesting a compromise on rates.", []),
        # near misses: evidence or a fact suggests — the writer's hedge
        ("The data suggest that the economy is slowing.", ["suggest"]),
        ("Prices rose again, suggesting that demand is strong.", ["suggesting"]),
        ("This suggests the plan may fail.", ["suggests", "may"]),
        ("Polls suggest a close race.", ["suggest"]),
        ("It was suggested that the talks may resume.", ["suggested", "may"]),
        ("Negotiations are suggested, but China will take countermeasures.", ["suggested"]),
    ],
)
def test_suggest_with_a_person_for_subject_is_no_hedge(sentence: str, cues: list[str]) -> None:
    assert _hedges(sentence) == cues


# --- OB-22: a tie at the top is said as a tie --------------------------------------------------------------------------

def _rate(unit: str, value: float, rest: float) -> dict:
    row = dict.fromkeys(FIGURES_SCHEMA)
    row.update(
        lens="certainty", level="origin", unit=unit, measure="hedge", value=value, ci_low=value / 2, ci_high=value * 2,
        diff_low=-10.4, diff_high=24.6, n=9.0, base=655.0, rest=rest, effect=value / max(rest, 0.1),
        effect_kind="rate ratio", cues="could ×1", sentences="s:1; s:2; s:3; s:4", contexts="own",
    )
    return row


def test_no_clear_difference_names_every_origin_tied_at_the_top() -> None:
    rows = [_rate("us-right", 13.81, 8.1), _rate("us-center", 13.79, 8.2), _rate("us-left", 0.0, 13.8)]
    figures = pl.DataFrame(rows, schema=FIGURES_SCHEMA, orient="row")
    refs = {"us-right": RIGHT, "us-center": CENTER, "us-left": LEFT}
    said = findings(CERTAINTY_SPEC, figures, refs, {"hedge": "Hedges"}, Samples({u: 30 for u in refs}, {u: 30 for u in refs}))
    hedges = next(f for f in said if f.startswith("Hedges"))
    assert hedges.startswith("Hedges: no clear difference between origins — highest in US right and US center, tied at "
                             "13.8 per 1,000 words as printed; US right: 13.8 per 1,000 words against 8.1")
    assert "highest in US right," not in hedges


# --- at a glance: ties at the low end, minus signs ---------------------------------------------------------------------

def _briefing(contrast: Contrast, name: str) -> SimpleNamespace:
    origins = [SimpleNamespace(ref=r, sources=()) for r in (RIGHT, CENTER, LEFT)]
    return SimpleNamespace(origins=origins, contrasts={name: contrast})


def test_at_a_glance_names_every_origin_tied_at_the_low_end() -> None:
    estimates = {"us-right": Estimate(0.25, 0.05, 0.5, 12), "us-center": Estimate(0.29, 0.07, 0.5, 14),
                 "us-left": Estimate(0.2502, 0.0, 0.5, 12)}
    contrast = Contrast(estimates, high="us-center", low="us-left", difference=0.04, diff_low=-0.3, diff_high=0.4)
    said = glance._negative_share(_briefing(contrast, NEGATIVE))
    assert said is not None
    assert "from 25% for US left and US right (tied as printed; US left: 95% CI 0% to 50%) to 29% for US center" in said


def test_at_a_glance_prints_a_negative_interval_with_the_minus_sign() -> None:
    estimates = {"us-right": Estimate(12.0, 10.0, 14.0, 40), "us-center": Estimate(13.5, 11.4, 15.5, 40),
                 "us-left": Estimate(10.7, 8.4, 12.7, 40)}
    contrast = Contrast(estimates, high="us-center", low="us-left", difference=2.8, diff_low=-0.3, diff_high=5.9)
    said = glance._reading_difficulty(_briefing(contrast, GRADE))
    assert said is not None
    assert "(95% CI −0.3 to 5.9)" in said and "-0.3" not in said


# --- a figure that rounds to zero carries no sign --------------------------------------------------------------------

@pytest.mark.parametrize("value", [-0.0015, -0.0, 0.0, 0.004])
def test_a_mean_that_rounds_to_zero_prints_without_a_sign(value: float) -> None:
    # check10h: "+0.00 for US center" where its own-voice mean was −0.0015
    assert signed(value) == "0.00"
    assert lens_charts._value(Cell(kind="mean", value=value)) == "0.00"
