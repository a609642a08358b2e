"""'At a glance': plain sentences generated from the numbers, for readers who skim.

Each sentence names the extremes and the size of the gap, so the reader does not have
to find them in the tables. Sentences are returned as plain text; templates escape them.
"""

from __future__ import annotations

from collections.abc import Callable

from contrast.report.briefing.model import Briefing, OriginView
from contrast.report.text import join_words

DOMINANT_SHARE = 0.5
"""An origin (or source) supplying more than this share of words dominates pooled figures."""


def at_a_glance(briefing: Briefing) -> tuple[str, ...]:
    origins = briefing.origins
    sentences: list[str] = [_scope(briefing)]
    if len(origins) >= 2:
        for describe in (_tone_extremes, _negative_share, _reading_difficulty, _sentence_length):
            sentence = describe(origins)
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


def _extremes(
    origins: tuple[OriginView, ...], value: Callable[[OriginView], float | None]
) -> tuple[OriginView, OriginView] | None:
    measured = [o for o in origins if value(o) is not None]
    if len(measured) < 2:
        return None
    ranked = sorted(measured, key=lambda o: (-value(o), o.ref.index))  # type: ignore[operator]
    return ranked[0], ranked[-1]


def _tone_extremes(origins: tuple[OriginView, ...]) -> str | None:
    pair = _extremes(origins, lambda o: o.tone.mean)
    if pair is None:
        return None
    high, low = pair
    gap = high.tone.mean - low.tone.mean  # type: ignore[operator]
    return (
        f"{high.ref.label} has the most positive tone: its sentences average {high.tone.mean:+.2f} on VADER's "
        f"−1 to +1 scale, against {low.tone.mean:+.2f} for {low.ref.label}, the most negative "
        f"(a gap of {gap:.2f})."
    )


def _negative_share(origins: tuple[OriginView, ...]) -> str | None:
    pair = _extremes(origins, lambda o: o.tone.share_negative)
    if pair is None:
        return None
    high, low = pair
    if high.tone.share_negative == low.tone.share_negative:
        return None
    return (
        f"Negative sentences are most frequent in {high.ref.label} ({high.tone.share_negative:.0%} of its sentences) "
        f"and least frequent in {low.ref.label} ({low.tone.share_negative:.0%})."
    )


def _reading_difficulty(origins: tuple[OriginView, ...]) -> str | None:
    pair = _extremes(origins, lambda o: o.readability.get("consensus_grade"))
    if pair is None:
        return None
    hard, easy = pair
    hard_grade, easy_grade = hard.readability["consensus_grade"], easy.readability["consensus_grade"]
    assert hard_grade is not None and easy_grade is not None  # _extremes keeps measured origins only
    ease = hard.readability.get("flesch_reading_ease"), easy.readability.get("flesch_reading_ease")
    ease_note = f"; Flesch reading ease {ease[0]:.0f} against {ease[1]:.0f}" if None not in ease else ""
    if hard_grade == easy_grade:
        return f"All origins read at about the same level (consensus grade {hard_grade:.0f}{ease_note})."
    return (
        f"{hard.ref.label} is the hardest to read (consensus grade {hard_grade:.0f}) and {easy.ref.label} the easiest "
        f"(grade {easy_grade:.0f}), {hard_grade - easy_grade:.0f} school grades apart{ease_note}."
    )


def _sentence_length(origins: tuple[OriginView, ...]) -> str | None:
    pair = _extremes(origins, lambda o: o.words_per_sentence)
    if pair is None:
        return None
    long, short = pair
    return (
        f"Sentences are longest in {long.ref.label} ({long.words_per_sentence:.0f} words on average) "
        f"and shortest in {short.ref.label} ({short.words_per_sentence:.0f})."
    )


def _shared_events(briefing: Briefing) -> str | None:
    if not briefing.panels:
        return None
    top = briefing.panels[0]
    solo = max(briefing.only_in, key=lambda o: (o.only / o.claims if o.claims else 0.0, -o.origin.index))
    share = solo.only / solo.claims if solo.claims else 0.0
    return (
        f"{briefing.n_events} events are reported by two or more origins; the most widely shared "
        f"({top.label}) appears in {len(top.columns)} of {len(briefing.origins)} origins. "
        f"{solo.origin.label} goes most its own way: {share:.0%} of its claims appear in no other origin."
    )


def _sample_cautions(briefing: Briefing) -> list[str]:
    cautions: list[str] = []
    single = [o.ref.label for o in briefing.origins if len(o.sources) == 1]
    if single and len(briefing.origins) >= 2:
        names = join_words(single)
        verb = "has" if len(single) == 1 else "have"
        cautions.append(
            f"Caution: {names} {verb} a single source each, so differences involving "
            f"{'it' if len(single) == 1 else 'them'} compare outlets, not origins."
        )
    if briefing.total_words:
        biggest = max(briefing.sources, key=lambda s: (s.words, -s.origin.index))
        share = biggest.words / briefing.total_words
        if share > DOMINANT_SHARE and len(briefing.sources) > 1:
            cautions.append(
                f"Caution: one source, {biggest.code} ({biggest.outlet or biggest.title}), supplies {share:.0%} of all words; "
                "its origin's pooled figures are essentially that source's."
            )
    return cautions
