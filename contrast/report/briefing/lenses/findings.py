"""Findings of "How they say it": plain sentences naming the origin that stands out on a measure.

An origin stands out only when the 95% interval of its difference from the other origins
pooled excludes zero (``diff_low``/``diff_high`` of the lens figures) and its measure rests
on at least ``MIN_JUDGED`` sentences (statements, or scored sentences for a mean);
otherwise the sentence says there is no clear difference. Below both rules, the evidence floor: an
origin is named highest (or lowest) only when its figure rests on ``MIN_CUE_SENTENCES`` distinct
sentences with a cue (scored sentences for a mean); one sentence's figure is said to be too few to
compare, and the sentence is shown; so is a figure against nothing counted in the other origins
(``against_nothing``: a list's zero is no absence from the text). A finding gives the value, its
interval, the value for the other origins, the interval of the difference and an effect size
in words, and quotes the commonest cue words. Words fit the signs of a tone ("least
negative" when all are negative); an origin alone with a figure gets no word of rank. Distinctive terms are listed only when they reach
z ≥ 1.96. Returned as plain text; templates escape it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import polars as pl

from contrast.metrics.attribution import UNSPECIFIED
from contrast.metrics.characteristic import Z_SIGNIFICANT
from contrast.metrics.registry import LensSpec, family
from contrast.metrics.uncertainty import effect_label
from contrast.metrics.voice import OWN
from contrast.report.refs import OriginRef
from contrast.report.text import join_words, signed, tone_ends, weak_aside
from contrast.stats import MIN_JUDGED


class Quote(Protocol):
    """A sentence reference ("source_id:sentence_index") → the sentence as a finding shows it, cut so that ``word``, the
    cue the figure counts, stays in sight; None when its text is not at hand."""

    def __call__(self, ref: str, word: str = "") -> str | None: ...


CUES_QUOTED = 4
OWN_SENTENCES = "own-voice sentences"
OWN_WORDS_SENTENCES = "sentences with words in its own voice"
"""What an own-voice rate rests on: every sentence with words of the outlet's own, its frame of a quotation too."""
LARGEST_EFFECTS = 3
"""Findings of a lens that names no headline measures: its measures with the largest effects."""
MIN_CUE_SENTENCES = 2
"""The evidence floor of a ranking: an origin is named highest or lowest on a measure only when its figure rests on
at least this many distinct sentences with a cue (a mean: sentences scored). Chosen from the independent checks of
sessions 10–12, never-seen pairs (/work/notes/gate13-s13.md): of 35 printed rankings that rested on one sentence, 13 were FALSE and
7 AMBIGUOUS ("Hedges: highest in US center" on one "suggesting", HB-17; "Quality of life: highest in US center" on one
"travel", VF-28); of 45 on two or more, 16 FALSE and 3 AMBIGUOUS. One word is a reading to check, not a ranking."""


@dataclass(frozen=True)
class Samples:
    """Origin → sentences, the samples a rate rests on: all of an origin's sentences, and those in
    its own voice (a rate of own-voice cues rests on these, as At a glance's tone does)."""

    sentences: Mapping[str, int] = field(default_factory=dict)
    own: Mapping[str, int] | None = None

    def of(self, row: Mapping[str, Any]) -> tuple[int | None, str]:
        """The sentences a rate of ``row`` rests on (None: unknown) and what they are called: those its denominator
        counts where the figure says (``rows``), as an own-voice rate counts the outlet's words in a quotation's frame
        too ("Liz Cheney reportedly said", check12l CH-17); else its origin's own-voice sentences."""
        if row.get("contexts") == OWN and row.get("rows") is not None:
            return int(row["rows"]), OWN_WORDS_SENTENCES
        if row.get("contexts") == OWN and self.own is not None:
            return self.own.get(row["unit"], 0), OWN_SENTENCES
        return self.sentences.get(row["unit"]), "sentences"


def findings(
    spec: LensSpec,
    figures: pl.DataFrame,
    refs: Mapping[str, OriginRef],
    names: Mapping[str, str],
    sentences: Samples | None = None,
    *,
    clear_only: bool = False,
    weak_events: frozenset[str] = frozenset(),
    quote: Quote | None = None,
) -> tuple[str, ...]:
    """The lens's findings: its headline measures (``LensSpec.headlines``), or its largest effects.

    ``sentences``: the samples a rate rests on (the small-sample rule, ``MIN_JUDGED``). ``clear_only``: only those
    that state a clear difference between origins (the interval of the difference excludes zero, on ``MIN_JUDGED``
    sentences or more), what page 1 lists beside At a glance's (check11j: the report's one clear finding, in Whose
    voice, was missing from Key findings); distinctive terms and naming are no such comparison. ``weak_events``: the
    measures (``event:e006``) of weakly linked events, which the naming finding says it counts (check11k CS-14).
    """
    rows = [r for r in figures.iter_rows(named=True) if r["unit"] in refs]
    if spec.layout in ("terms", "names") and clear_only:
        return ()
    if spec.layout == "terms":
        return tuple(_distinctive(rows, refs))
    if spec.layout == "names":
        return _naming(rows, weak_events)
    judged = [(text, untyped) for text, untyped, clear in _judged(spec, rows, refs, names, sentences or Samples(), quote)
              if clear or not clear_only]
    first = next((i for i, (_, untyped) in enumerate(judged) if untyped), None)
    return tuple(text + (untyped if i == first else " Lower bounds, see above." if untyped else "")
                 for i, (text, untyped) in enumerate(judged))


def _judged(
    spec: LensSpec,
    rows: list[dict],
    refs: Mapping[str, OriginRef],
    names: Mapping[str, str],
    sentences: Samples,
    quote: Quote | None = None,
) -> list[tuple[str, str, bool]]:
    """Each finding of the lens's measures, what it adds on untyped speakers (``_untyped``), and whether it states a
    clear difference. ``findings`` adds the untyped speakers in full to the first finding it prints that has them and
    points back from the others: the sentence stood under every speaker finding, twice on one page (check AG2 SN)."""
    measures = _headlines(rows, spec.headlines) if spec.headlines else _largest_effects(rows)
    measures = (*measures, *_clear_elsewhere(spec, rows, measures, sentences))
    quote = quote or _unquoted
    out: list[tuple[str, str, bool]] = []
    for measure in measures:
        candidates = [r for r in rows if r["measure"] == measure and r["value"] is not None and _measured(r)]
        if len(candidates) < 1:
            continue
        label = names.get(measure, measure)
        nothing = spec.nothing(measure) if spec.nothing is not None else None
        if sum(r["measure"] == measure and r["value"] is not None for r in rows) < 2:
            out.append((_alone(candidates[0], refs[candidates[0]["unit"]].label, label, sentences), "", False))
            continue
        top = max(candidates, key=lambda r: (r["value"], -refs[r["unit"]].index))
        low = min(candidates, key=lambda r: (r["value"], refs[r["unit"]].index))
        ends = tone_ends([r["value"] for r in candidates]) if top["effect_kind"] == "Hedges' g" else ("highest", "lowest")
        if against_nothing(top, nothing):
            out.append((_on_nothing(top, refs[top["unit"]].label, label, nothing, quote), _untyped(rows, top, refs), False))
            continue
        standing = [(row, _where(row, top, low, ends)) for row in _ranked(candidates, top, low)
                    if clear_difference(spec, rows, row, sentences)]
        if len(candidates) == 2 and len(standing) == 2:  # two origins: the lower's difference is the higher's, mirrored
            standing = standing[:1]
        if not standing and too_few(top):
            out.append((_too_few(top, refs[top["unit"]].label, label, nothing, quote), _untyped(rows, top, refs), False))
        elif not standing and untyped_over_gap(rows, top) is not None:
            why = _untyped_why(rows, top, refs) or ""
            out.append((_unranked(top, refs[top["unit"]].label, label, why, sentences), _untyped(rows, top, refs), False))
        elif not standing:
            tied = _tied(top, candidates, refs)
            said = _no_difference(top, refs[top["unit"]].label, label, ends[0], sentences, nothing, tied, rows=rows)
            out.append((said, _untyped(rows, top, refs), False))
        if not standing and low is not top and not too_few(top) and _lower_on_too_few(low):
            out.append((_too_few(low, refs[low["unit"]].label, label, nothing, quote), _untyped(rows, low, refs), False))
        for row, word in standing:
            tied = _tied(row, candidates, refs)
            said = _sentence(row, refs[row["unit"]].label, label, word, tied, nothing) + (_voice_tone(rows, row) if row is top else "")
            out.append((said, _untyped(rows, row, refs), True))
    return out


def clear_difference(spec: LensSpec, rows: list[dict], row: Mapping[str, Any], sentences: Samples) -> bool:
    """Whether ``row``'s origin differs clearly from the other origins pooled: the one rule of the table's bold cell
    and of the findings and page 1's key findings that state a difference. Its figure ``stands_out`` (the interval of
    the difference excludes zero, on ``MIN_JUDGED`` sentences or more, and a higher side on ``MIN_CUE_SENTENCES``
    sentences with a cue), untyped speakers could not close the gap (``untyped_over_gap``), and the other origins have
    something counted (``against_nothing``). The findings named only the highest origin while the table bolded every
    cell that stood out: check Y AL-6's Frames table printed Right's Political 36% in bold (−55 to −8 points, 28
    sentences), and page 1 said no lens showed a clear difference. The other side of the difference, the other origins
    pooled, is held to the same rules (``_rest_judged``), as At a glance holds both sides of a gap."""
    nothing = spec.nothing(row["measure"]) if spec.nothing is not None else None
    return (_measured(row) and stands_out(row, sentences) and untyped_over_gap(rows, row) is None
            and not against_nothing(row, nothing) and _rest_judged(rows, row, sentences))


def _rest_judged(rows: list[dict], row: Mapping[str, Any], sentences: Samples) -> bool:
    """Whether the other origins' figures on ``row``'s measure rest on ``MIN_JUDGED`` sentences in all and, where they
    are the higher side (``row`` the lower), on ``MIN_CUE_SENTENCES`` sentences with a cue: the lower of two origins
    stood out only against the one sentence of the higher (a difference ``too_few`` would not state from the other side),
    or against its 18 own-voice sentences."""
    others = [r for r in rows if r["measure"] == row["measure"] and r["unit"] != row["unit"] and r["value"] is not None]
    if not others:
        return True
    if sum(_sample(r, sentences)[0] for r in others) < MIN_JUDGED:
        return False
    lower = row.get("diff_high") is not None and row["diff_high"] < 0
    return not lower or sum(len(cue_sentences(r)) for r in others) >= MIN_CUE_SENTENCES


def _clear_elsewhere(spec: LensSpec, rows: list[dict], measures: Sequence[str], sentences: Samples) -> tuple[str, ...]:
    """The measures beyond ``measures`` with an origin that differs clearly (``clear_difference``), in figure order:
    every difference the table marks is a finding, whether or not it is a headline or among the largest effects."""
    said = set(measures)
    return tuple(dict.fromkeys(r["measure"] for r in rows if r["measure"] not in said and r["value"] is not None
                               and clear_difference(spec, rows, r, sentences)))


def _ranked(candidates: list[dict], top: dict, low: dict) -> list[dict]:
    """The highest origin, the lowest, then the others from high to low: the order findings name them in."""
    middle = sorted((r for r in candidates if r is not top and r is not low), key=lambda r: -r["value"])
    return [top, *([low] if low is not top else []), *middle]


def _where(row: Mapping[str, Any], top: Mapping[str, Any], low: Mapping[str, Any], ends: tuple[str, str]) -> str:
    """How a finding places ``row``'s origin: at the top or the bottom (``ends``), or between them above or below the
    other origins pooled."""
    if row is top:
        return ends[0]
    if row is low:
        return ends[1]
    return "above the other origins" if (row.get("diff_low") or 0) > 0 else "below the other origins"


def _untyped(rows: list[dict], row: Mapping[str, Any], refs: Mapping[str, OriginRef]) -> str:
    """For a share of a kind of speaker: how many attributed statements have a speaker the lens could not type,
    which makes every kind's share a lower bound. Fox's "Experts and academics: 5% against 0%" stood beside 74%
    untyped statements, three experts quoted at length among them (PB-35)."""
    if not row["measure"].startswith("speaker.") or row["measure"] == UNSPECIFIED:
        return ""
    untyped = next((r for r in rows if r["unit"] == row["unit"] and r["measure"] == UNSPECIFIED), None)
    if untyped is None or not untyped["value"]:
        return ""
    rest = f" and {untyped['rest']:.0%} of the other origins’" if untyped["rest"] is not None else ""
    return (
        f" Shares of a kind of speaker are lower bounds: the lens could not type the speaker of {untyped['value']:.0%} "
        f"of {refs[row['unit']].label}’s attributed statements{rest}."
    )


def untyped_over_gap(rows: list[dict], row: Mapping[str, Any]) -> float | None:
    """For a share of a kind of speaker: the share of attributed statements with an untyped speaker on the side that
    could close the gap between ``row`` and the other origins, when it is as large as the gap (else None). For the
    higher side, the other origins' untyped statements could all be of that kind; for the lower, its own. Sestak's
    "Officials: highest in US center, 78% against 44%" stood beside 37% of the other origins' statements untyped,
    the White House report's and its quotation's among them (SE-19)."""
    if not row["measure"].startswith("speaker.") or row["measure"] == UNSPECIFIED or row.get("rest") is None:
        return None
    untyped = next((r for r in rows if r["unit"] == row["unit"] and r["measure"] == UNSPECIFIED), None)
    if untyped is None:
        return None
    closing = untyped["rest"] if row["value"] > row["rest"] else untyped["value"]
    return closing if closing is not None and closing >= abs(row["value"] - row["rest"]) else None


def _unranked(row: Mapping[str, Any], origin: str, label: str, why: str, sentences: Samples) -> str:
    """Shares of a kind of speaker that the untyped statements could reverse name no origin as highest: the typed
    shares are lower bounds, and by the texts the order was the other way round twice (check8-recheck ET-W3:
    "Officials: highest in US left, 36% against 29%" where US right quotes officials 8 times in 9; MJ-27)."""
    n, called = _sample(row, sentences)
    if n < MIN_JUDGED:
        why = f"it rests on {count_of(n, called)}, fewer than the {MIN_JUDGED} a difference needs; and {why}"
    return (
        f"{label}: no origin can be ranked — the lens typed {_fmt(row['value'], row['effect_kind'])} of {origin}’s "
        f"attributed statements so, against {_fmt(row['rest'], row['effect_kind'])} of the other origins’, but {why}."
    )


def _untyped_why(rows: list[dict], row: Mapping[str, Any], refs: Mapping[str, OriginRef]) -> str | None:
    """Why a difference of speaker shares is no finding when ``untyped_over_gap`` holds (else None)."""
    closing = untyped_over_gap(rows, row)
    if closing is None:
        return None
    whose = "the other origins’" if row["value"] > row["rest"] else f"{refs[row['unit']].label}’s"
    return (
        f"the lens could not type the speaker of {closing:.0%} of {whose} attributed statements, as many as the gap "
        f"of {abs(row['value'] - row['rest']) * 100:.0f} points: they could close it"
    )


def _measured(row: Mapping[str, Any]) -> bool:
    """Whether a figure rests on something: a mean on scored sentences (its numerator, a sum of tones, may be
    0: "Tone naming The United States +0.00" of sentences that all score 0 is a figure, and ranked without
    it the origin at −0.02 read as the "least negative"), a rate or share on cues counted."""
    return bool(row["base"]) if row["effect_kind"] == "Hedges' g" else bool(row["n"])


def stands_out(row: Mapping[str, Any], sentences: Samples) -> bool:
    """Whether an origin's figure differs from the other origins': the interval of the difference
    excludes zero, the figure rests on ``MIN_JUDGED`` sentences or more and on ``MIN_CUE_SENTENCES`` sentences with a
    cue (``too_few``), the lower side as the higher: "Hedges: lowest in Center, 2.2 per 1,000 words against 11.1" rested
    on one "unclear", beside the page's rule that an origin is named highest or lowest only on two (check AE TB-6)."""
    low, high = row.get("diff_low"), row.get("diff_high")
    if low is None or high is None or not (low > 0 or high < 0) or too_few(row):
        return False
    return _sample(row, sentences)[0] >= MIN_JUDGED


def cue_sentences(row: Mapping[str, Any]) -> list[str]:
    """The sentences a figure's count rests on, as "source_id:sentence_index" where known ("" where not). A rate counts
    cues, and several may stand in one sentence: its distinct cue sentences (its ``sentences`` column, else as many as
    its cues). A share counts sentences or statements (``n``), a mean the sentences it scored (``base``); their
    ``sentences`` column may list others (a frame's cue in a quotation, a speaker's earlier mention), so it names them
    only when it lists exactly that many."""
    named = str(row["sentences"]).split("; ") if row.get("sentences") else []
    if row["effect_kind"] == "rate ratio":
        return named or [""] * round(row["n"] or 0)
    count = round((row["base"] if row["effect_kind"] == "Hedges' g" else row["n"]) or 0)
    return named if len(named) == count else [""] * count


def too_few(row: Mapping[str, Any]) -> bool:
    """Whether a figure rests on fewer than ``MIN_CUE_SENTENCES`` sentences with a cue: too few to rank its origin. One
    word made a ranking the checks found false as often as true ("Hedges: highest in US center, 5.5 per 1,000 words" on
    one "suggesting" that reports what someone suggested, check12m HB-17; "Glittering generalities: highest in US
    center" on one "flourishes", check11k CS-24)."""
    return len(cue_sentences(row)) < MIN_CUE_SENTENCES


def _too_few(row: Mapping[str, Any], origin: str, label: str, nothing: str | None, quote: Quote) -> str:
    """A figure ``too_few`` rests on: no origin named highest, the figure and the sentence behind it shown, so the
    reader can judge the one word."""
    refs = cue_sentences(row)
    mean = row["effect_kind"] == "Hedges' g"
    words = _cue_words(row["cues"]) if not mean else ""
    cue = row["cues"].split("; ")[0].rsplit(" ×", 1)[0] if words else ""
    shown = [text for ref in refs if (text := quote(ref, word=cue))]
    said = (f", from {words}" if words else "") + (f" in {shown[0]}" if words and len(shown) == 1 else "")
    if not words and len(shown) == 1:
        said = f", from {shown[0]}"
    return (
        f"{label}: too few to compare ({_rests(row)}) — {origin}: {_fmt(row['value'], row['effect_kind'])}"
        f"{_against(row, nothing)}{said}."
    )


def _lower_on_too_few(row: Mapping[str, Any]) -> bool:
    """Whether ``row``'s figure is clearly below the other origins' (the interval of the difference below zero) but rests
    on too few sentences to name its origin lowest (``too_few``): the finding says so and shows the sentence, as for a
    highest figure on one sentence, rather than leave the reader to find the lowest in the table (check AE TB-6)."""
    return row.get("diff_high") is not None and row["diff_high"] < 0 and too_few(row)


def _rests(row: Mapping[str, Any]) -> str:
    """What a figure rests on, as a finding says it: "2 sentences", "1 of 101 attributed statements typed so", "3 sentences
    with a cue"."""
    n = len(cue_sentences(row))
    if row["effect_kind"] == "Hedges' g":
        return count_of(n, "sentences")
    if row["measure"].startswith("speaker."):
        # WI-30: "22% (22 statements typed so)" beside 112 sentences that quote or report left the reader no way to the
        # 22%: its base is the origin's attributed statements, which the figure says
        base = row.get("base")
        return f"{n} of {count_of(base, 'attributed statements')} typed so" if base else f"{count_of(n, 'statements')} typed so"
    return f"{count_of(n, 'sentences')} with a cue"


def against_nothing(row: Mapping[str, Any], nothing: str | None) -> bool:
    """Whether ``row``'s origin would be ranked against nothing counted in the other origins, for a lens that says what
    its zero means (``LensSpec.nothing``): a list's zero is no absence from the text, so a ranking on it is no finding.
    Of 16 cells of nothing counted that independent checks read, none was TRUE (/work/notes/gate13-s13.md): "Hedges: US
    right no word from the list" beside Fox's own "appears to" (check12m HB-18), "Boosters: no word from the list in any
    origin" beside "the message was clear" (check12-reL BK-19)."""
    return bool(nothing) and row.get("rest") == 0 and row["effect_kind"] in ("rate ratio", "Cohen's h")


def _on_nothing(row: Mapping[str, Any], origin: str, label: str, nothing: str | None, quote: Quote) -> str:
    """A figure ``against_nothing``: no origin named highest; one that also rests on one sentence is ``_too_few`` (its
    sentence shown), else the figure, what it rests on and its cue words. What ``nothing`` means is said once, above
    the lens's findings (``lenses.build.reads``), not again here."""
    if too_few(row):
        return _too_few(row, origin, label, nothing, quote)
    words = _cue_words(row["cues"])
    return (
        f"{label}: too few to compare ({nothing} in the other origins) — {origin}: {_fmt(row['value'], row['effect_kind'])} "
        f"({_rests(row)}){', from ' + words if words else ''}."
    )


def _unquoted(ref: str, word: str = "") -> str | None:
    """No sentence text at hand (``findings`` without ``quote``)."""
    return None


def _sample(row: Mapping[str, Any], sentences: Samples) -> tuple[float, str]:
    """The sentences a figure rests on and what they are called: a rate's origin (its own-voice
    sentences for an own-voice rate), a share's or mean's denominator."""
    if row["effect_kind"] == "rate ratio":
        n, called = sentences.of(row)
        return (MIN_JUDGED if n is None else n), called
    return (row["base"] or 0), "sentences"


def _tied(row: Mapping[str, Any], candidates: list[dict], refs: Mapping[str, OriginRef]) -> list[str]:
    """Other origins whose figure prints the same as ``row``'s: at the printed precision a tie."""
    shown = _fmt(row["value"], row["effect_kind"])
    return [refs[r["unit"]].label for r in candidates if r is not row and _fmt(r["value"], r["effect_kind"]) == shown]


def _no_difference(
    row: dict, origin: str, label: str, where: str, sentences: Samples, nothing: str | None = None, tied: list[str] | None = None,
    *, rows: Sequence[Mapping[str, Any]] = (),
) -> str:
    """No origin stands out; the top figure is named, with every origin that prints the same one ("highest in US right"
    beside US center's same 13.8 read as wrong: check10h OB-22). ``rows``: every figure of the lens, read for the other
    origins' side of the difference (``_short_side``)."""
    kind = row["effect_kind"]
    if row.get("diff_low") is not None and (row["diff_low"] > 0 or row["diff_high"] < 0):
        why = _short_side(rows, row, sentences)
    elif row.get("diff_low") is None or row.get("diff_high") is None:
        n, called = _sample(row, sentences)
        why = f"it rests on {count_of(n, called)}, too few to draw an interval from"
    else:
        why = "the interval of the difference includes zero"
    if tied:
        return (
            f"{label}: no clear difference between origins — {where} in {join_words([origin, *tied])}, tied at "
            f"{_fmt(row['value'], kind)} as printed; {origin}: {_fmt(row['value'], kind)}{_against(row, nothing)}"
            f"{_difference(row)}, but {why}."
        )
    return (
        f"{label}: no clear difference between origins — {where} in {origin}, {_fmt(row['value'], kind)}"
        f"{_against(row, nothing)}{_difference(row)}, but {why}."
    )


def _short_side(rows: Sequence[Mapping[str, Any]], row: Mapping[str, Any], sentences: Samples) -> str:
    """Why a difference whose interval excludes zero is still no finding: the side that rests on too little, as
    ``stands_out`` and ``_rest_judged`` judge it — the origin's own figure, or the other origins' pooled. Check AA DP-4:
    "Political: … highest in Left, 45% against 6% …, but it rests on 31 sentences, fewer than the 20 a difference needs"
    named Left's 31 sentences where the other origins' 18 (Center's 17 and Right's 1) were too few."""
    n, called = _sample(row, sentences)
    if n < MIN_JUDGED:
        return f"it rests on {count_of(n, called)}, fewer than the {MIN_JUDGED} a difference needs"
    others = [r for r in rows if r["measure"] == row["measure"] and r["unit"] != row["unit"] and r["value"] is not None]
    rest = sum(_sample(r, sentences)[0] for r in others)
    if others and rest < MIN_JUDGED:
        return (f"the other origins’ figures rest on {count_of(rest, _sample(others[0], sentences)[1])} in all, fewer than "
                f"the {MIN_JUDGED} a difference needs")
    cues = sum(len(cue_sentences(r)) for r in others)
    if others and cues < MIN_CUE_SENTENCES:
        return (f"the other origins’ figures rest on {count_of(cues, 'sentences with a cue')}, fewer than the "
                f"{MIN_CUE_SENTENCES} a difference needs")
    return "the figures it compares rest on too few sentences"


def count_of(n: float, called: str) -> str:
    """"1 sentence", "18 own-voice sentences", "1 statement typed so"."""
    return f"{n:.0f} {_PLURAL.sub(_singular, called, count=1) if round(n) == 1 else called}"


_PLURAL = re.compile(r"\b(sentence|statement)s\b")
"""The counted noun of a sample's name, whatever follows it ("sentences with words in its own voice")."""


def _singular(m: re.Match[str]) -> str:
    return m.group(1)


def _alone(row: dict, origin: str, label: str, sentences: Samples) -> str:
    """One origin has a figure, the others none (no sentence to score; a rate of zero cues is a
    figure): no word of rank. "Least negative" of one value against nothing read as the wrong way
    round: "least negative in US left, −0.08 against +0.00"."""
    n, called = sentences.of(row) if row["effect_kind"] == "rate ratio" else (row["base"], "sentences")
    count = f" ({count_of(n, called)})" if n else ""
    return (
        f"{label}: only {origin} has a figure, {_fmt(row['value'], row['effect_kind'])}{count}; the other "
        "origins have none to compare it with."
    )


def _voice_tone(rows: list[dict], top: dict) -> str:
    """For a speaker share: the mean tone of what that origin has this kind of speaker say."""
    if not top["measure"].startswith("speaker."):
        return ""
    tone = next((r for r in rows if r["unit"] == top["unit"] and r["measure"] == f"tone.{top['measure']}"), None)
    if tone is None or tone["value"] is None:
        return ""
    n = int(top["n"])
    return f" What it has them say ({n} statement{'s' if n != 1 else ''}): mean tone {_fmt(tone['value'], None)} on VADER's −1 to +1 scale."


def _headlines(rows: list[dict], headlines: tuple[str, ...]) -> tuple[str, ...]:
    """The headline measures in order, a family (``tone:``) expanded to its measures in figure order."""
    measures = list(dict.fromkeys(r["measure"] for r in rows))
    return tuple(m for h in headlines for m in ([h] if not h.endswith((".", ":")) else [m for m in measures if family(m, (h,))]))


def _largest_effects(rows: list[dict]) -> tuple[str, ...]:
    """The measures with the largest |effect| anywhere (a catch-all ``other`` never heads a finding)."""
    measures = list(dict.fromkeys(r["measure"] for r in rows))
    ranked = sorted(
        (m for m in measures if m != "other"),
        key=lambda m: (-max((abs(r["effect"] or 0) for r in rows if r["measure"] == m and r["n"]), default=0), m),
    )
    return tuple(ranked[:LARGEST_EFFECTS])


def _against(row: Mapping[str, Any], nothing: str | None = None) -> str:
    """" against <the other origins' figure> for the other origins"; where they have nothing counted and the lens says
    what that means (``LensSpec.nothing``), that: "0.0 per 1,000 words" of a list's words read as "none of it there"."""
    rest = row["rest"]
    if rest is None:
        return ""
    if nothing and rest == 0 and row["effect_kind"] in ("rate ratio", "Cohen's h"):
        return f" against {nothing} in the other origins"
    return f" against {_fmt(rest, row['effect_kind'])} for the other origins"


def _sentence(row: dict, origin: str, label: str, where: str, tied: list[str] | None = None, nothing: str | None = None) -> str:
    kind = row["effect_kind"]
    value, low, high = row["value"], row["ci_low"], row["ci_high"]
    interval = ""
    if low is not None and high is not None:
        interval = f" (95% CI {low:.1f} to {high:.1f})" if kind == "rate ratio" else f" (95% CI {_fmt(low, kind)} to {_fmt(high, kind)})"
    against = _against(row, nothing)
    effect = f"; {effect_label(row['effect'], kind)}" if row["effect"] is not None else ""
    cues = _cues(row["cues"])
    shown = f"{value:.1f}{interval} per 1,000 words" if kind == "rate ratio" else f"{_fmt(value, kind)}{interval}"
    if tied:
        return (
            f"{label}: {where} in {join_words([origin, *tied])}, tied at {_fmt(value, kind)} as printed; {origin}: "
            f"{shown}{against}{_difference(row)}{effect}{cues}."
        )
    return f"{label}: {where} in {origin}, {shown}{against}{_difference(row)}{effect}{cues}."


def _difference(row: Mapping[str, Any]) -> str:
    """``(difference 95% CI a to b)`` in the measure's unit (percentage points for a share)."""
    low, high = row.get("diff_low"), row.get("diff_high")
    if low is None or high is None:
        return ""
    kind = row["effect_kind"]
    excludes_zero = low > 0 or high < 0
    if kind == "rate ratio":
        text = f"{_bound(low, 1, excludes_zero)} to {_bound(high, 1, excludes_zero)} per 1,000 words"
    elif kind == "Cohen's h":
        text = f"{_bound(low * 100, 0, excludes_zero)} to {_bound(high * 100, 0, excludes_zero)} percentage points"
    else:
        text = f"{_bound(low, 2, excludes_zero, sign='+')} to {_bound(high, 2, excludes_zero, sign='+')}"
    return f" (difference 95% CI {text})".replace("-", "−")


def _bound(value: float, digits: int, excludes_zero: bool, *, sign: str = "") -> str:
    """One end of a difference's interval, rounded to ``digits`` (plus 0.0, so that −0.4 percentage points prints "0",
    not "−0"); when the interval excludes zero, an end that would round to zero gets up to three more digits, so the
    printed interval excludes zero as the finding says (check BU20 SP-26: "−5.0 to 0.0" beside a clear difference)."""
    places = digits
    while excludes_zero and value != 0 and round(value, places) == 0 and places < digits + 3:
        places += 1
    return f"{round(value, places) + 0.0:{sign}.{places}f}"


def _fmt(value: float | None, kind: str | None) -> str:
    if value is None:
        return "n/a"
    if kind == "rate ratio":
        return f"{value:.1f} per 1,000 words"
    if kind == "Cohen's h":
        return f"{value:.0%}"
    return signed(value)


def _cues(cues: str | None) -> str:
    words = _cue_words(cues)
    return f" — {words}" if words else ""


def _cue_words(cues: str | None) -> str:
    """The commonest cue words of a figure as printed: "“said” ×2, “told”", and how many uses are left unlisted, so
    the words add up to the count beside them (check-U, confusing #9: "5 sentences with a cue … from “of course” ×2,
    “entirely”, “proven”, “show that”" counted six, "surely" unshown). One word left over is printed itself: naming it
    is no longer than saying it is there."""
    if not cues:
        return ""
    every = [c.rsplit(" ×", 1) for c in cues.split("; ")]
    words = every if len(every) <= CUES_QUOTED + 1 else every[:CUES_QUOTED]
    listed = ", ".join(f"“{w}”" + (f" ×{n}" if n != "1" else "") for w, n in words)
    left = sum(int(n) for _, n in every[len(words) :])
    return listed + (f" and {left} more" if left else "")


def _distinctive(rows: list[dict], refs: Mapping[str, OriginRef]) -> list[str]:
    """Each origin's three most distinctive terms that reach z ≥ 1.96, or "no word stands out"."""
    out = []
    for origin, ref in refs.items():
        own = [r for r in rows if r["unit"] == origin and r["value"] >= Z_SIGNIFICANT][:3]
        if own:
            terms = ", ".join(f"“{r['measure']}” (z = {r['value']:.1f}, {int(r['n'])}× here, {int(r['rest'])}× elsewhere)" for r in own)
            out.append(f"{ref.label}: {terms}.")
        else:
            out.append(f"{ref.label}: no word stands out (none reaches z ≥ {Z_SIGNIFICANT}).")
    return out


NAMING_ROWS = 12
"""Rows of the briefing's Naming table: at most half of them actors, the rest events."""


def naming_rows(measures: Sequence[str]) -> tuple[list[str], list[str]]:
    """The actors and the events (measures, in ``measures``' order) the Naming table shows (``NAMING_ROWS``)."""
    actors = [m for m in measures if m.startswith("actor:")][: NAMING_ROWS // 2]
    return actors, [m for m in measures if m.startswith("event:")][: NAMING_ROWS - len(actors)]


def _naming(rows: list[dict], weak_events: frozenset[str] = frozenset()) -> tuple[str, ...]:
    actors = {r["measure"] for r in rows if r["measure"].startswith("actor:")}
    events = {r["measure"] for r in rows if r["measure"].startswith("event:")}
    shown = len(naming_rows(list(dict.fromkeys(r["measure"] for r in rows)))[1])
    # check BU20 TA-46: "14 shared events …" above a table of 12 rows: the reader could not find the other two
    listed = "the table lists each origin's own words" + (
        f" for {shown} of them; all are in build/lenses/naming.csv" if shown < len(events) else "")
    weak = weak_aside(len(events & weak_events))
    if not actors:  # "0 actors named differently" read as "every outlet used the same names" (check7 ET-21)
        named = (
            "No actor named differently by the lens’s rule: of the actors the claims name, no two origins prefer names "
            "that are not forms of one name; "
        )
    else:
        named = f"{len(actors)} actor{'s' if len(actors) != 1 else ''} named differently by different origins; "
    return (
        named +
        # check12-reK: "reported in words only one origin uses" sat above a table listing words of two origins
        f"{len(events)} shared event{'s' if len(events) != 1 else ''} told by some origin in words no other origin "
        f"uses for it ({listed})"
        f"{', ' + weak if weak else ''}.",
    )
