"""'At a glance': plain sentences generated from the numbers, for readers who skim.

Each comparison names the extremes with their 95% intervals and the interval of the gap
between them (``contrasts``). A gap is stated as a finding only when that interval
excludes zero and both sides have enough sentences; otherwise the sentence says there is
no clear difference, and why. Words fit the signs ("least negative" when every origin is
negative). Sentences are returned as plain text; templates escape them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from contrast.genre import confounded, describe_mix, genre_mix
from contrast.report.briefing.contrasts import GRADE, NEGATIVE, SENTENCE_LENGTH, TONE
from contrast.report.briefing.events import unshown
from contrast.report.briefing.model import Briefing, OnlyIn
from contrast.report.text import join_words, quotation, signed, tone_ends, weak_aside
from contrast.stats import MIN_JUDGED, Contrast

OWN_SENTENCES = "own-voice sentences"
DOMINANT_SHARE = 0.5
"""An origin (or source) supplying more than this share of words dominates pooled figures."""


KEY_FINDINGS = 3
"""How many findings page 1 states."""


def key_findings(briefing: Briefing) -> tuple[str, ...]:
    """Page 1's findings: the origin comparisons of "At a glance" that are findings (the interval of
    the difference excludes zero, both sides judged), strongest first — by how far the interval
    lies from zero in units of its own width — at most ``KEY_FINDINGS``, in the same words."""
    if len(briefing.origins) < 2:
        return ()
    passing = [(name, c) for name, c in briefing.contrasts.items() if name in _DESCRIBE and c.finding]
    passing.sort(key=lambda item: (-_strength(item[1]), item[0]))
    found = (_DESCRIBE[name](briefing) for name, _ in passing[:KEY_FINDINGS])
    return tuple(sentence for sentence in found if sentence)


KEY_LENS_FINDINGS = 2
"""How many of the lenses' clear differences page 1 states; the lenses holding the rest are named."""


def key_lens_findings(briefing: Briefing) -> tuple[tuple[str, ...], str]:
    """Page 1's clear differences from "How they say it" (each headed by its lens's title, at most
    ``KEY_LENS_FINDINGS`` and no more than the room At a glance's ``key_findings`` leave of ``KEY_FINDINGS``, in the
    order the briefing prints them) and a sentence saying how many there are and in
    which lenses, or that there are none: page 1 said "0 of the 4 origin comparisons … show a difference" while the
    report's one clear finding, in Whose voice, was printed pages later (check11j). Empty without lenses."""
    if len(briefing.origins) < 2 or not briefing.lenses:
        return (), ""
    clear = [(section.title, finding) for section in briefing.lenses for finding in section.clear]
    if not clear:
        return (), "None of the lenses of How they say it shows a clear difference between origins."
    room = max(0, min(KEY_LENS_FINDINGS, KEY_FINDINGS - len(briefing.key_findings)))  # page 1 holds three in all
    listed = tuple(f"{title} — {finding}" for title, finding in clear[:room])
    count = f"{len(clear)} clear difference{'s' if len(clear) != 1 else ''} between origins"
    where = join_words(list(dict.fromkeys(title for title, _ in clear)))
    first = "the first" if len(listed) == 1 else f"the first {len(listed)}"
    shown = " (listed above)" if len(listed) == len(clear) else f" ({first} listed above)" if listed else ""
    return listed, f"How they say it states {count}{shown}, in {where}."


def compared(briefing: Briefing) -> int:
    """How many origin comparisons "At a glance" states (findings or not)."""
    return sum(1 for name in briefing.contrasts if name in _DESCRIBE) if len(briefing.origins) >= 2 else 0


def _strength(contrast: Contrast) -> float:
    width = contrast.diff_high - contrast.diff_low
    nearest = min(abs(contrast.diff_low), abs(contrast.diff_high))
    return nearest / width if width > 0 else float("inf")


def at_a_glance(briefing: Briefing) -> tuple[str, ...]:
    origins = briefing.origins
    sentences: list[str] = [_scope(briefing)]
    if len(origins) >= 2:
        for describe in (_tone_extremes, _negative_share, _reading_difficulty, _sentence_length):
            sentence = describe(briefing)
            if sentence:
                sentences.append(sentence)
        events = _shared_events(briefing)
        if events:
            sentences.append(events)
    sentences.extend(_sample_cautions(briefing))
    return tuple(sentences)


def _scope(briefing: Briefing) -> str:
    n_sources, n_origins = len(briefing.sources), len(briefing.origins)
    return (
        f"{n_sources} source{'s' if n_sources != 1 else ''} from {n_origins} origin{'s' if n_origins != 1 else ''}: "
        f"{briefing.total_words:,} words in {briefing.total_sentences:,} sentences after cleaning."
    )


def _tone_extremes(briefing: Briefing) -> str | None:
    contrast = briefing.contrasts.get(TONE)
    if contrast is None:
        return None
    top, bottom = tone_ends([e.value for e in contrast.estimates.values()])
    scope = "in the outlets' own voice (quotations and reported speech left out)"
    if contrast.finding:
        return (
            f"Tone {scope}, on VADER's −1 to +1 scale: {_who(briefing, contrast, contrast.high, _signed)} the {top} "
            f"({_at(contrast, contrast.high, _signed)}) and {_who(briefing, contrast, contrast.low, _signed, verb=False)} the {bottom} "
            f"({_at(contrast, contrast.low, _signed)}); the gap of {_gap(contrast, _signed)} (95% CI {_plain(contrast.diff_low)} "
            f"to {_plain(contrast.diff_high)}) is larger than resampling the sentences explains."
        )
    return (
        f"No clear difference in tone {scope}: origins average from "
        f"{_for(briefing, contrast, contrast.low, _signed, called=OWN_SENTENCES)} to "
        f"{_for(briefing, contrast, contrast.high, _signed, called=OWN_SENTENCES)} on VADER's −1 to +1 scale; "
        f"{_why_not(briefing, contrast, _plain, sentences=OWN_SENTENCES)}."
    )


def _negative_share(briefing: Briefing) -> str | None:
    contrast = briefing.contrasts.get(NEGATIVE)
    if contrast is None or contrast.difference == 0:
        return None
    if contrast.finding:
        return (
            "Negative sentences in the outlets' own voice are most frequent in "
            f"{_who(briefing, contrast, contrast.high, _pct, verb=False)} "
            f"({_at(contrast, contrast.high, _pct)} of its sentences) and least frequent in "
            f"{_who(briefing, contrast, contrast.low, _pct, verb=False)} "
            f"({_at(contrast, contrast.low, _pct)}); the difference of {_gap(contrast, _pct)} points between the printed shares (95% CI "
            f"{_points(contrast.diff_low)} to {_points(contrast.diff_high)}) is larger than resampling explains."
        )
    return (
        f"No clear difference in the share of negative sentences in the outlets' own voice: from "
        f"{_for(briefing, contrast, contrast.low, _pct, called=OWN_SENTENCES)} to "
        f"{_for(briefing, contrast, contrast.high, _pct, called=OWN_SENTENCES)}; "
        f"{_why_not(briefing, contrast, _points, sentences=OWN_SENTENCES)}."
    )


def _reading_difficulty(briefing: Briefing) -> str | None:
    contrast = briefing.contrasts.get(GRADE)
    if contrast is None:
        return None
    if contrast.finding:
        return (
            f"By the Flesch–Kincaid grade, {_who(briefing, contrast, contrast.high, _one)} the hardest to read "
            f"({_at(contrast, contrast.high, _one)}) and {_who(briefing, contrast, contrast.low, _one, verb=False)} the easiest "
            f"({_at(contrast, contrast.low, _one)}): {_gap(contrast, _one)} school grades apart (95% CI "
            f"{_one(contrast.diff_low)} to {_one(contrast.diff_high)}).{_wire_copy(briefing, contrast)}"
        )
    return (
        f"No clear difference in reading grade (Flesch–Kincaid): from {_for(briefing, contrast, contrast.low, _one)} to "
        f"{_for(briefing, contrast, contrast.high, _one)}; {_why_not(briefing, contrast, _one)}."
    )


def _sentence_length(briefing: Briefing) -> str | None:
    contrast = briefing.contrasts.get(SENTENCE_LENGTH)
    if contrast is None:
        return None
    if contrast.finding:
        return (
            f"Sentences are longest in {_who(briefing, contrast, contrast.high, _one, verb=False)} "
            f"({_at(contrast, contrast.high, _one, ' words on average')}) "
            f"and shortest in {_who(briefing, contrast, contrast.low, _one, verb=False)} ({_at(contrast, contrast.low, _one, ' words')}); "
            "the difference "
            f"of {_gap(contrast, _one)} words (95% CI {_one(contrast.diff_low)} to {_one(contrast.diff_high)}) is larger than "
            f"resampling explains.{_wire_copy(briefing, contrast)}"
        )
    return (
        f"No clear difference in sentence length: from {_for(briefing, contrast, contrast.low, _one)} words to "
        f"{_for(briefing, contrast, contrast.high, _one)}; {_why_not(briefing, contrast, _one)}."
    )


def _wire_copy(briefing: Briefing, contrast: Contrast) -> str:
    """Where a readability finding names an origin with wire copy among its texts, that the style is partly the
    agency's: Fox's AP story (a "(AP)" dateline) made "US right the easiest to read" (check7 MJ-2)."""
    notes = []
    for origin in dict.fromkeys((contrast.high, contrast.low)):
        view = next(o for o in briefing.origins if o.ref.id == origin)
        wire = [s for s in view.sources if s.genre.id == "wire"]
        if wire:
            codes = join_words([s.code for s in wire])
            whole = len(wire) == len(view.sources)
            notes.append(
                f"{codes} ({'all' if whole else 'part'} of {view.ref.label}'s text) {'is' if len(wire) == 1 else 'are'} "
                f"wire copy ({join_words(sorted({s.genre.cue for s in wire}))}): the style measured is the agency's as "
                f"much as {view.ref.label}'s"
            )
    return " " + "; ".join(notes)[0].upper() + "; ".join(notes)[1:] + "." if notes else ""


def _why_not(briefing: Briefing, contrast: Contrast, fmt: Callable[[float], str], *, sentences: str = "sentences") -> str:
    """Why a difference is not a finding: too few sentences, or an interval of the difference that includes zero. No
    figure of the gap is printed for it: it is no finding, and a gap of rounded figures invites an arithmetic dispute
    one way or the other (check AG2 SN-10: "from 33% … to 67% …; the gap of 34 points is not judged", where 2 of 6
    and 4 of 6 sentences are 33.3 points apart). The interval is of the difference itself, not of printed figures."""
    if not contrast.judged:
        few = [_name(briefing, o) for o in (contrast.high, contrast.low) if contrast.estimates[o].n < MIN_JUDGED]
        return f"the difference is not judged: fewer than {MIN_JUDGED} {sentences} in {join_words(few)}"
    return f"the difference (95% CI {fmt(contrast.diff_low)} to {fmt(contrast.diff_high)}) could come from the sampling of sentences"


def _who(briefing: Briefing, contrast: Contrast, origin: str, fmt: Callable[[float], str], *, verb: bool = True) -> str:
    """The origin at an extreme, with every origin that prints the same figure: at the printed
    precision a tie is said as a tie ("A and B (tied at 10.9 as printed)"); ``verb`` adds is/are."""
    shown = fmt(contrast.estimates[origin].value)
    tied = _tied(contrast, origin, fmt)
    if not tied:
        return _name(briefing, origin) + (" is" if verb else "")
    names = join_words([_name(briefing, o) for o in (origin, *tied)])
    return f"{names} (tied at {shown} as printed){' are' if verb else ''}"


def _tied(contrast: Contrast, origin: str, fmt: Callable[[float], str]) -> list[str]:
    """The other origins whose figure prints the same as ``origin``'s."""
    shown = fmt(contrast.estimates[origin].value)
    return [o for o, e in contrast.estimates.items() if o != origin and fmt(e.value) == shown]


def _name(briefing: Briefing, origin: str) -> str:
    return next(o.ref.label for o in briefing.origins if o.ref.id == origin)


def _at(contrast: Contrast, origin: str, fmt: Callable[[float], str], unit: str = "") -> str:
    """``value[unit], 95% CI low to high``."""
    estimate = contrast.estimates[origin]
    return f"{fmt(estimate.value)}{unit}, 95% CI {fmt(estimate.low)} to {fmt(estimate.high)}"


def _for(
    briefing: Briefing, contrast: Contrast, origin: str, fmt: Callable[[float], str], *, called: str = "sentences"
) -> str:
    """``value for Origin (95% CI low to high)``; from fewer than ``MIN_INTERVAL`` sentences, how many and that they
    are too few to draw an interval from (RM-4: "+0.00 (95% CI +0.00 to +0.00)" from one sentence). Every origin that
    prints the same figure is named with it ("25% for US left and US right (tied as printed; US left: …)"): naming
    one of two tied origins as the lowest read as a choice the figures do not make (check10h BT-7, OB-8)."""
    estimate = contrast.estimates[origin]
    tied = _tied(contrast, origin, fmt)
    name = _name(briefing, origin)
    who = join_words([name, *(_name(briefing, o) for o in tied)]) if tied else name
    tie = f"tied as printed; {name}: " if tied else ""
    if estimate.alike:  # SE-P6: no zero-width "95% CI"
        return f"{fmt(estimate.value)} for {who} ({tie}{estimate.n} {called}, all scoring the same: no interval)"
    if not estimate.drawn:
        many = called.removesuffix("s") if estimate.n == 1 else called
        return f"{fmt(estimate.value)} for {who} ({tie}{estimate.n} {many}, too few to draw an interval from)"
    return f"{fmt(estimate.value)} for {who} ({tie}95% CI {fmt(estimate.low)} to {fmt(estimate.high)})"


def _gap(contrast: Contrast, fmt: Callable[[float], str]) -> str:
    """The gap between the two extremes as a reader computes it from the figures printed with ``fmt``, at their
    precision: "from 14.0 … to 15.4" has a gap of 1.4, though the unrounded figures (13.96, 15.44) differ by 1.48
    (check11j SR-6). Percentages give points ("11%" to "25%": 14), said to be between the printed shares: 4 of 6 and
    2 of 6 print 67% and 33%, 34 points apart as printed and 33.3 as counted (check AG2 SN-10). Printed for findings
    only (``_why_not``)."""
    printed = [fmt(contrast.estimates[o].value) for o in (contrast.high, contrast.low)]
    high, low = (_printed_number(p) for p in printed)
    return signed(float(high - low), max(len(p.partition(".")[2].rstrip("%")) for p in printed), sign=False)


def _printed_number(text: str) -> Decimal:
    """The number a figure prints ("−0.03", "+0.07", "25%", "1,233") exactly, as a reader reads it."""
    return Decimal(text.replace("−", "-").replace("+", "").replace("%", "").replace(",", ""))


def _signed(value: float) -> str:
    return signed(value)


def _plain(value: float) -> str:
    return signed(value, sign=False)


def _pct(value: float) -> str:
    return f"{value:.0%}"


def _points(value: float) -> str:
    return f"{signed(value * 100, 0, sign=False)} points"


def _one(value: float) -> str:
    """One decimal, a negative with the typographic minus the page uses elsewhere ("95% CI −0.3 to 5.9", not "-0.3")."""
    return signed(value, 1, sign=False)


_DESCRIBE: dict[str, Callable[[Briefing], str | None]] = {
    TONE: _tone_extremes, NEGATIVE: _negative_share, GRADE: _reading_difficulty, SENTENCE_LENGTH: _sentence_length,
}
"""Each origin comparison and the sentence that states it."""


def _within_reporting(briefing: Briefing) -> str | None:
    """The tone comparison over news and wire copy alone, offered when origin and genre are confounded:
    in full when it is a finding, else in one short sentence saying why it is not."""
    contrast = briefing.reporting_contrasts.get(TONE)
    if contrast is None:
        return None
    if contrast.finding:
        sentence = _tone_extremes(replace(briefing, contrasts=briefing.reporting_contrasts)) or ""
        return f"Within news and wire copy only: {sentence[:1].lower()}{sentence[1:]}"
    low, high = contrast.estimates[contrast.low], contrast.estimates[contrast.high]
    why = "too few own-voice sentences to judge" if not contrast.judged else "the interval of the gap includes zero"
    return (
        f"Within news and wire copy only, no clear difference in tone: from {_signed(low.value)} "
        f"({_name(briefing, contrast.low)}) to {_signed(high.value)} ({_name(briefing, contrast.high)}); {why}."
    )


def _shared_events(briefing: Briefing) -> str | None:
    if not briefing.panels:
        return None
    top = briefing.panels[0]
    events = "1 event" if briefing.n_events == 1 else f"{briefing.n_events} events"
    matched = f"{len(top.columns)} of {len(briefing.origins)} origins"
    tied = sum(len(p.columns) == len(top.columns) for p in briefing.panels)
    # "matched", not "reported": that the others may tell it in other words is the count's lower bound, said once before
    first = f"; the first listed: {quotation(top.title.text)}"
    if tied > 1 and tied == briefing.n_events:
        widest = f"each was matched in {matched}{first}"
    elif tied > 1:  # no one event is "the most widely shared" (check7-final-recheck MJ-11: a pick among 7 that tie)
        more = " or more" if tied == len(briefing.panels) < briefing.n_events else ""
        widest = f"{tied}{more} events tie as the most widely shared, each matched in {matched}{first}"
    else:
        widest = f"the most widely shared ({quotation(top.title.text)}) was matched in {matched}"
    said = (  # what was found, not what exists: a fact two origins tell in unlike words is not linked
        f"contrast found {events} reported by two or more origins (a lower bound: the same fact told in other "
        f"words can go unlinked){', ' if briefing.n_weak_events else ''}{weak_aside(briefing.n_weak_events)}; {widest}"
    )
    said += "" if said.endswith((".”", "?”", "!”", '."')) else "."  # a title that ends a sentence ends this one
    if not any(o.only for o in briefing.only_in):
        reasons = unshown(**{k: sum(getattr(o, k) for o in briefing.only_in) for k in ("close", "unanchored", "context")})
        why = f": of the claims in no shared event, {'; '.join(reasons)}" if reasons else ""
        return said + f" No claim was shown to be in one origin alone{why}."
    # No ranking: each count is a lower bound whose shortfall differs by origin (a claim with anything close
    # elsewhere is not counted), so "goes most its own way" was false on all three reports checked
    # (check7-final-recheck ET-12, MJ-12, TA-9) — the origin named was not the one the texts show.
    shares = join_words([
        f"{_share(o):.0%} of {o.origin.label}'s ({o.only} of {o.claims})" for o in briefing.only_in if o.claims
    ])
    # One short clause says why they are lower bounds; the rule in full is What they share's, said there once (it
    # stood here, above the claims table, in its caption and in Only in's lede: check AG2 SN).
    return said + (
        f" Claims shown to be in one origin alone (nothing close in any other, and a name or figure none of them has): "
        f"at least {shares} — lower bounds, not a ranking: a claim with anything close elsewhere is not counted."
    )


def _share(only: OnlyIn) -> float:
    """The share of an origin's claims found in it alone."""
    return only.only / only.claims if only.claims else 0.0


def _sample_cautions(briefing: Briefing) -> list[str]:
    cautions: list[str] = []
    single = [o.ref.label for o in briefing.origins if len(o.sources) == 1]
    if single and len(briefing.origins) >= 2:
        names = join_words(single)
        verb = "has" if len(single) == 1 else "have"
        each = "a single source" if len(single) == 1 else "a single source each"
        cautions.append(
            f"Caution: {names} {verb} {each}, so differences involving "
            f"{'it' if len(single) == 1 else 'them'} compare outlets, not origins."
        )
    mix = genre_mix({o.ref.id: [s.genre for s in o.sources] for o in briefing.origins})
    if len(briefing.origins) >= 2 and confounded(mix):
        kinds = "; ".join(f"{o.ref.label} {describe_mix(mix[o.ref.id])}" for o in briefing.origins)
        inferred = (
            " (genres inferred from titles, outlets, addresses, notes on authors, origins and the writer's own voice)"
            if any(s.genre.inferred for s in briefing.sources)
            else ""
        )
        cautions.append(
            f"Caution: origin and genre are confounded — {kinds}{inferred} — so a difference between origins "
            "may be a difference between kinds of text; Source by source shows each source apart."
        )
        within = _within_reporting(briefing)
        if within:
            cautions.append(within)
    if briefing.total_words:
        biggest = max(briefing.sources, key=lambda s: (s.words, -s.origin.index))
        share = biggest.words / briefing.total_words
        if share > DOMINANT_SHARE and len(briefing.sources) > 1:
            cautions.append(
                f"Caution: one source, {biggest.code} ({biggest.outlet or biggest.title}), supplies {share:.0%} of all words; "
                "its origin's pooled figures are essentially that source's."
            )
    return cautions
