"""The handout and its teacher key from an analysis and the briefing's formatted facts.

Framing lenses (loaded terms, naming) are optional inputs (``loaded_terms``, ``naming``):
the handout works without them and shows them when a caller passes them.
"""

from __future__ import annotations

import hashlib
import re
import string
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

import polars as pl

from contrast.analysis import Analysis
from contrast.claims.echoes import event_members
from contrast.config import Source
from contrast.genre import count_kinds
from contrast.report.briefing.events import is_weak, one_per_quotation, unspaced, wording
from contrast.report.briefing.model import Briefing
from contrast.report.event_titles import event_title
from contrast.report.handout.charts import tone_chart
from contrast.report.handout.excerpts import ExcerptPicker
from contrast.report.handout.model import (
    Answer,
    Handout,
    HandoutEvent,
    NamingDifference,
    Question,
    Reveal,
    SourceTag,
    TeacherKey,
    VocabTerm,
)
from contrast.report.handout.questions import CAVEATS, questions_and_answers, topic_words, vocabulary, words_in_use
from contrast.report.refs import OriginRef
from contrast.report.said import Speakers, fact_voices
from contrast.report.text import CUT, SOURCE_ELLIPSIS, BlindNames, blind_names, join_words

EVENTS_SHOWN = 2
"""Events whose excerpts students compare side by side: enough for one lesson."""
MAX_PASSES = 4
"""Lettering passes: the first letters every source, each next one only those the pages
named; the named set only shrinks, so it settles (in two passes in practice)."""
NAMED = re.compile(r"\bSource ([A-Z]+)\b")


def build_handout(
    analysis: Analysis,
    briefing: Briefing,
    *,
    blind: bool,
    loaded_terms: Sequence[VocabTerm] = (),
    naming: Sequence[NamingDifference] = (),
) -> tuple[Handout, TeacherKey]:
    """Student pages and teacher key for ``analysis`` (``briefing`` supplies formatted facts)."""
    manifest = analysis.report.manifest
    origin_refs = {o.ref.id: o.ref for o in briefing.origins}  # one look: the briefing's colour, shape and border
    order = [s.id for s in briefing.sources]
    if blind:
        order.sort(key=lambda source_id: hashlib.sha256(source_id.encode("utf-8")).hexdigest())
    by_id = {s.id: s for s in analysis.sources}
    genres = {s.id: s.genre for s in briefing.sources}
    labels = {o.id: o.label for o in manifest.origins}
    hidden = blind_names((s.id, s.outlet, labels[s.origin]) for s in analysis.sources) if blind else BlindNames()
    languages = {source_id: document.language.code for source_id, document in analysis.documents.items()}
    cast = order
    topic = topic_words(analysis.results.sentences)
    speakers = Speakers(analysis, hidden)
    for _ in range(MAX_PASSES):
        tags = {source_id: _tag(letter(i), by_id[source_id], origin_refs, blind) for i, source_id in enumerate(cast)}
        picker = ExcerptPicker(analysis.events.claims, tags, languages, hidden, speakers)
        events = _events(analysis, picker, len(order))
        questions, answers = questions_and_answers(analysis, events, picker, tags, naming=naming)
        seen = [text for q in questions for text in (q.text, q.excerpt.text if q.excerpt else "")]
        words = vocabulary(events, loaded_terms, tags, hidden, topic, seen=seen)
        quoted = _quoted(cast, tags, events, questions, answers, words)
        if quoted == cast:
            break
        cast = quoted
    handout = Handout(
        title=manifest.title,
        language=manifest.language,
        page_size=manifest.page_size,
        edition=briefing.edition,
        blind=blind,
        sources=tuple(tags[s] for s in cast),
        events=events,
        vocabulary=words,
        questions=questions,
        version=briefing.version,
        kinds=count_kinds([genres[s] for s in cast]),
        read=len(order),
        **_ellipses(events, questions),
        left_out=() if blind else left_out(
            [by_id[s] for s in order if s not in cast], _sharing(analysis), labels, {by_id[s].origin for s in cast},
        ),
    )
    reveals = tuple(
        Reveal(
            letter=tags[s].letter, source_id=s, title=by_id[s].title, outlet=by_id[s].outlet, author=by_id[s].author,
            date=by_id[s].date, url=by_id[s].url, origin=origin_refs[by_id[s].origin],
            border=origin_refs[by_id[s].origin].border,
        )
        for s in cast
    )
    key = TeacherKey(
        handout=handout,
        title=manifest.title,
        language=manifest.language,
        page_size=manifest.page_size,
        version=briefing.version,
        reveals=reveals,
        reveal_of={r.letter: r for r in reveals},
        answers=answers,
        caveats=CAVEATS,
        charts=(tone_chart(briefing, tags),),
        words_in_use=words_in_use(words, loaded_terms, events, tags, analysis.results.sentences),
        max_grade=manifest.audience.max_grade,
        redactions=picker.redactions,
        unquoted=len(order) - len(cast),
    )
    return handout, key


MAX_LEFT_OUT = 3
"""Sources quoted nowhere that the handout names one by one; with more, it gives their number only."""


def left_out(
    sources: Sequence[Source], sharing: set[str], labels: Mapping[str, str], quoted: set[str],
) -> tuple[str, ...]:
    """One short sentence per reason the pages quote a source nowhere, naming the sources it holds for (check12-reM HB:
    the New York Times was on no page and the page did not say so): another source of its origin is quoted
    (``quoted``: origin ids on the page; an event shows one excerpt per origin), or it shares an event with another
    origin (``sharing``: source ids) but none shown — it would have its origin's excerpt there — or the computer matched
    none of its sentences to another origin's. Sources left out for the same reason share one sentence (check AD,
    confusing 2: "Not quoted here: CNN (Left). The computer found no event it shares with another origin." twice, once
    per source). The sentence says what the computer did, not what the story is: "found no event it shares" read as
    "The Hill shares nothing" beside the intelligence briefing it tells as Fox does (check AG2 EC-27). With more than
    ``MAX_LEFT_OUT`` such sources the page gives their number only."""
    if len(sources) > MAX_LEFT_OUT:
        return ()
    reasons: dict[str, list[Source]] = {}
    for s in sources:
        reasons.setdefault("another" if s.origin in quoted else "shown" if s.id in sharing else "none", []).append(s)
    lines = []
    for reason, group in reasons.items():
        if reason == "another":
            lines += [f"Not quoted here: {s.outlet or s.title}, another {labels[s.origin]} source." for s in group]
            continue
        names = join_words([f"{s.outlet or s.title} ({labels[s.origin]})" for s in group])
        one = len(group) == 1
        why = (f"The events shown are not ones the computer matched {'it' if one else 'them'} to." if reason == "shown" else
               f"The computer linked none of {'its' if one else 'their'} sentences to another origin's.")
        lines.append(f"Not quoted here: {names}. {why}")
    return tuple(lines)


def _sharing(analysis: Analysis) -> set[str]:
    """Sources with a sentence in an event two or more origins tell."""
    shared = analysis.events.events.filter(pl.col("n_origins") >= 2).get_column("event").implode()
    members = event_members(analysis.events.claims).filter(pl.col("event").is_in(shared))
    return set(members.get_column("source_id").to_list())


def letter(index: int) -> str:
    """Spreadsheet-style letters, ``0 → A``, ``25 → Z``, ``26 → AA``, ``27 → AB``: short and
    unambiguous however many sources a handout quotes."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = string.ascii_uppercase[rest] + name
    return name


def _quoted(
    cast: list[str], tags: dict[str, SourceTag], events: Sequence[HandoutEvent], questions: Sequence[Question],
    answers: Sequence[Answer], words: Sequence[VocabTerm],
) -> list[str]:
    """The sources of ``cast`` the pages name: quoted in an excerpt, or named as "Source X" in a
    question, an answer or a word's "found in" (the handout's own sentences, never source text)."""
    named = {x.source.letter for e in events for x in e.excerpts}
    named |= {q.excerpt.source.letter for q in questions if q.excerpt is not None}
    written = [q.text for q in questions] + [w.found for w in words]
    written += [text for a in answers for text in (*a.behind, a.answer, *a.notes)]
    named |= {m for text in written for m in NAMED.findall(text)}
    return [s for s in cast if tags[s].letter in named]


def _tag(letter: str, source: Source, refs: dict[str, OriginRef], blind: bool) -> SourceTag:
    if blind:
        return SourceTag(letter=letter, name=f"Source {letter}", origin=None, title="", border="solid")
    ref = refs[source.origin]
    outlet = source.outlet or source.title
    return SourceTag(
        letter=letter, name=f"Source {letter} · {outlet}", origin=ref, title=source.title,
        border=ref.border,
    )


def reach(matched: int, n_sources: int) -> str:
    """How many sources tell an event, as the handout says it: "at least", since a source whose sentences were
    not matched to the event may still tell it in other words (the US tariffs taking effect is one event in
    three sources' sentences and another event, with the start of the trade war, in two more). An event matched in
    every source is told by all of them: "All 3 sources", not "At least 3 of the 3 sources" (check10i CE page note)."""
    if matched >= n_sources:
        return "Both sources write about it." if n_sources == 2 else f"All {n_sources} sources write about it."
    return f"At least {matched} of the {n_sources} sources write about it."


def shown_events(events: pl.DataFrame, origins_of: Mapping[Any, set[str]], *, shown: int = EVENTS_SHOWN) -> pl.DataFrame:
    """``shown`` rows of ``events`` (listed most widely shared first): the first, then each next the first listed
    that quotes an origin none shown yet quotes (``origins_of``: an event's origins), if its link is not weak, else
    the next listed. Every origin a shared event quotes gets on the page when the events shown can hold it (check12-reM
    HB: the two top events were Fox's and HuffPost's, and the New York Times, which shares the third, was on no page)."""
    rows = events.get_column("event").to_list()
    strength = dict(zip(rows, events.get_column("strength").to_list(), strict=True))
    chosen = rows[:1]
    covered = set().union(*(origins_of.get(e, set()) for e in chosen))
    while len(chosen) < min(shown, len(rows)):
        left = [e for e in rows if e not in chosen]
        new = next((e for e in left if origins_of.get(e, set()) - covered and not is_weak(strength[e])), left[0])
        chosen.append(new)
        covered |= origins_of.get(new, set())
    return events.filter(pl.col("event").is_in(chosen))  # in their listed order


def same_words_last(events: pl.DataFrame, members: pl.DataFrame) -> pl.DataFrame:
    """``events`` (in their order) with each event whose member sentences (``members``: event, text) all say the very
    same words (``wording``) listed after all the others. Such an event is a line every source quotes word for word ("It can make
    her strong again." from a campaign ad): it is shared, but students comparing how each source puts it find nothing
    to compare (check14-reO: both handout events were the same ad's lines). The briefing still lists it; only the
    handout's choice moves, and it falls back on such events when there are no others."""
    said: dict[Any, set[str]] = defaultdict(set)
    for event, text in members.select("event", "text").iter_rows():
        said[event].add(unspaced(wording(text)))  # a compound hyphenated or spaced is one wording
    rows = events.get_column("event").to_list()
    verbatim = [e for e in rows if len(said.get(e, ())) == 1]
    if not verbatim:
        return events
    order = {e: i for i, e in enumerate([e for e in rows if e not in verbatim] + verbatim)}
    return events.sort(pl.col("event").replace_strict(order, return_dtype=pl.Int64))


def _ellipses(events: Sequence[HandoutEvent], questions: Sequence[Question]) -> dict[str, bool]:
    """Whether the pages cut a quotation short (their ``text.CUT``) and whether one shows an ellipsis its source wrote:
    what the note under the events may say of each (checkR SD-71: "A “…” means we cut the quote short" stood under two
    ellipses the Guardian and Reuters wrote, and no cut of the handout's)."""
    texts = [e.about.text for e in events] + [x.text for e in events for x in e.excerpts]
    texts += [q.excerpt.text for q in questions if q.excerpt is not None]
    mark = CUT.strip()
    return {
        "cut": any(mark in t for t in texts),
        "source_ellipsis": any(SOURCE_ELLIPSIS.search(t.replace(mark, "")) for t in texts),
    }


def _events(analysis: Analysis, picker: ExcerptPicker, n_sources: int) -> tuple[HandoutEvent, ...]:
    """The most widely shared events, quoting as many origins as they can (``shown_events``), one excerpt per origin
    (in letter order)."""
    shared = analysis.events.events.filter(pl.col("n_origins") >= 2)
    ordered = one_per_quotation(shared, analysis.events.claims)  # not two sentences of one quotation
    reporting = event_members(analysis.events.claims)  # with the claims that quote an event they are not grouped in
    origins_of: dict[Any, set[str]] = defaultdict(set)
    for event, origin in reporting.select("event", "origin").iter_rows():
        origins_of[event].add(origin)
    events = shown_events(same_words_last(ordered, reporting), origins_of)
    result = []
    for number, row in enumerate(events.iter_rows(named=True), start=1):
        members = reporting.filter(pl.col("event") == row["event"]).sort("source_id", "sentence_index")
        chosen = [picker.best_row(members.filter(pl.col("origin") == origin), row["terms"]) for origin in
                  members.get_column("origin").unique().sort().to_list()]
        voices = fact_voices([str(r["text"]) for r in chosen], [bool(r.get("attributed")) for r in chosen])
        excerpts = sorted(  # the briefing panel's reading of who states the claim (check Z IR-4: the key contradicted it)
            (replace(picker.excerpt(r), voice=v) for r, v in zip(chosen, voices, strict=True)),
            key=lambda e: (len(e.source.letter), e.source.letter),
        )
        grouped = analysis.events.claims.filter(pl.col("event") == row["event"])  # an echo may tell another event first
        about = event_title(  # what the excerpts under it show (check11k VF Event 2)
            grouped, row["terms"], used=[e.text for e in excerpts], hidden=picker.hidden, languages=picker.languages,
            links=analysis.events.links, beside=[r["claim_id"] for r in chosen if r.get("claim_id") is not None], mark=CUT,
        )
        result.append(
            HandoutEvent(
                number=number,
                about=about,
                reach=reach(row["n_sources"], n_sources),
                excerpts=tuple(excerpts),
            )
        )
    return tuple(result)
