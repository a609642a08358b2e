"""The claim-overlap sections of the briefing: framing panels per event and "Only in …" lists.

Everything a reader should notice is computed here and stated as plain sentences: who
attributes a claim and who asserts it, and how each origin names the actors. Tone is shown
per sentence but not compared between origins within an event: one to three sentences per
origin cannot support a difference (the briefing's rule: the interval of a difference must
exclude zero, with 20 sentences or more on each side). Templates only lay it out.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import polars as pl

from contrast.claims import EventAnalysis
from contrast.claims.absence import CLOSE, CONTEXT, POSSIBLY_SHARED, UNANCHORED, UNIQUE, one_edit
from contrast.claims.aliases import entity_key, name_families, reordered, resolve_aliases
from contrast.claims.distinctive import display_anchor, distinct_anchors
from contrast.claims.echoes import event_members
from contrast.claims.export import event_id
from contrast.claims.labels import folded
from contrast.claims.quotations import QUOTATION_GAP
from contrast.metrics.voice import QUOTED, reporting_spans, sentence_voices
from contrast.report.briefing.model import EventColumn, EventPanel, EventQuote, OnlyIn
from contrast.report.event_terms import as_printed
from contrast.report.event_titles import event_title
from contrast.report.refs import OriginRef
from contrast.report.said import ATTRIBUTES, BESIDE, STATES, WITHIN, Speakers, fact_voices
from contrast.report.text import join_words, quotation

MAX_PANELS = 12
"""Panels shown in the briefing; the rest are in events.json."""
ONLY_IN_SHOWN = 5
OMITTED_SHOWN = 15
"""Omitted events named per origin, most widely shared first; a large corpus leaves out
hundreds, which would fill pages no one reads (events.json lists them all)."""
WEAK_EVENT = 0.5
STRONG_EVENT = 0.8
"""Mean link probability below which a panel's links read "weak", at or above which "strong"."""


def one_per_quotation(events: pl.DataFrame, claims: pl.DataFrame) -> pl.DataFrame:
    """``events`` (in their order) with each event that goes on with an earlier-listed event's quotation moved after
    all the others, so that the top of the list (the briefing's top events and first panels, the handout's events)
    shows one event per quotation. An event goes on with an earlier one when it is told in the same sources, every
    member of both quotes or reports someone, and each of its member sentences stands at most ``QUOTATION_GAP``
    sentences from one of the earlier event's (or of an event already moved after it) in its source: the next
    sentences of one radio interview, which two outlets print in the same order (check8-new: the LePage and Romney
    briefings' three top events were consecutive sentences of one answer). It moves only among events as widely
    shared (same ``n_origins`` and ``n_sources``), so "the most widely shared" stays true of those shown first. Kept,
    not merged: each still is an event two outlets tell, and the count of events stays what the linker found; only
    the order shown changes."""
    grouped = claims.filter(pl.col("event").is_in(events.get_column("event").implode()))
    members: dict[Any, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    quoting: dict[Any, bool] = defaultdict(lambda: True)
    for event, source_id, index, attributed in grouped.select("event", "source_id", "sentence_index", "attributed").iter_rows():
        members[event][source_id].add(index)
        quoting[event] = quoting[event] and bool(attributed)
    quotations: list[dict[str, set[int]]] = []
    later: list[Any] = []
    for event in events.get_column("event").to_list():
        own = members.get(event, {})
        near = (
            next(
                (
                    q
                    for q in quotations
                    if own
                    and set(q) == set(own)
                    and all(any(abs(i - j) <= QUOTATION_GAP for j in q[s]) for s, found in own.items() for i in found)
                ),
                None,
            )
            if quoting[event]
            else None
        )
        if near is None:
            if quoting[event] and own:
                quotations.append({s: set(found) for s, found in own.items()})
        else:
            later.append(event)
            for s, found in own.items():
                near[s] |= found
    breadth = [c for c in ("n_origins", "n_sources") if c in events.columns]
    return (
        events.with_columns(_moved=pl.col("event").is_in(later))
        .sort([*breadth, "_moved"], descending=[*([True] * len(breadth)), False], maintain_order=True)
        .drop("_moved")
    )


def event_panels(
    events: EventAnalysis, refs: Mapping[str, OriginRef], labels: Mapping[str, str], speakers: Speakers | None = None
) -> tuple[EventPanel, ...]:
    claims = events.claims
    aliases = resolve_aliases(
        (e for row in claims.get_column("entities").to_list() for e in row), texts=claims.get_column("text").to_list()
    )
    panels: list[EventPanel] = []
    reporting = event_members(claims)  # with the claims that quote an event they are not grouped in
    shared = one_per_quotation(events.events.filter(pl.col("n_origins") >= 2), claims)
    for row in shared.head(MAX_PANELS).iter_rows(named=True):
        members = reporting.filter(pl.col("event") == row["event"]).sort("source_id", "sentence_index")
        # the sentences a note says two sources print alike are the ones shown, so the note names what the panel shows
        # (check AB2: the note named CBN and Reuters, the Center column showed NPR's version of the quotation)
        alike = {
            (s, i) for same in same_wordings(members, events.copies)
            for r, (s, i) in enumerate(members.select("source_id", "sentence_index").iter_rows()) if r in same.rows
        }
        columns = []
        shown: set[str] = set()
        for origin_id, ref in refs.items():
            own = members.filter(pl.col("origin") == origin_id)
            if own.height == 0:
                continue
            best = representative(own, row["terms"], prefer=alike)
            shown.add(best["source_id"])
            compounds = [c for c in own.get_column("compound").to_list() if c is not None]
            columns.append(
                EventColumn(
                    origin=ref,
                    quote=_quote(best, labels, speakers),
                    n_members=own.height,
                    mean_compound=sum(compounds) / len(compounds) if compounds else None,
                )
            )
        panels.append(
            EventPanel(
                id=event_id(row["event"]),
                label=row["label"],
                title=event_title(  # from the claims grouped in it: an echo's sentence may tell another event first
                    claims.filter(pl.col("event") == row["event"]),
                    row["terms"],
                    used=[c.quote.text for c in columns],
                    links=events.links,
                ),
                terms=as_printed(row["terms"], members.get_column("text").to_list()),
                columns=tuple(columns := with_fact_voices(columns)),
                notes=_notes(columns, members, refs, aliases) + _copy_notes(members, events.copies, labels, shown=shown)
                or (nothing_noticed(columns),),
                n_sources=row["n_sources"],
                why=_why(events.links, members, row["strength"], define=not panels),
                weak=is_weak(row["strength"]),
                source_ids=tuple(members.get_column("source_id").unique().sort().to_list()),
            )
        )
    return tuple(panels)


def only_in(events: EventAnalysis, refs: Mapping[str, OriginRef], labels: Mapping[str, str]) -> tuple[OnlyIn, ...]:
    sharing = {r["origin"]: r for r in events.origin_sharing.iter_rows(named=True)}
    event_terms = dict(events.events.select("event", "terms").iter_rows())
    named: dict[Any, str] = {}
    result = []
    for origin_id, ref in refs.items():
        own = events.claims.filter((pl.col("origin") == origin_id) & (pl.col("state") == UNIQUE))
        ranked = own.sort(["checkworthiness", "source_id", "sentence_index"], descending=[True, False, False])
        ranked = ranked.filter(~pl.col("text").map_elements(unfinished, return_dtype=pl.Boolean))  # counted, not quoted
        left_out = events.omissions.filter(pl.col("origin") == origin_id).get_column("event").to_list()
        for e in left_out[:OMITTED_SHOWN]:
            if e not in named:
                grouped = events.claims.filter(pl.col("event") == e)
                named[e] = told_by(grouped, event_terms[e], labels, event_id(e), links=events.links)
        omitted = [named[e] for e in left_out[:OMITTED_SHOWN]]
        counts = sharing.get(origin_id, {"claims": 0, "shared": 0, "possibly": 0, "only": 0})
        reasons = possibly_by_basis(events.claims, origin_id)
        result.append(
            OnlyIn(
                origin=ref,
                claims=counts["claims"],
                shared=counts["shared"],
                possibly=counts["possibly"],
                only=counts["only"],
                quotes=tuple(_alone(r, labels) for r in ranked.head(ONLY_IN_SHOWN).iter_rows(named=True)),
                omitted=tuple(omitted),
                n_omitted=len(left_out),
                **reasons,
                why_none="" if counts["only"] else _why_none(counts["claims"], counts["shared"], **reasons),
            )
        )
    return tuple(result)


UNFINISHED = re.compile(r"(…|\.\.\.|--|[—–])\W*$")
"""The end of a sentence broken off: an ellipsis or a dash before its closing marks."""


def unfinished(text: str) -> bool:
    """Whether ``text`` breaks off unfinished (``UNFINISHED``): a paragraph of a quotation that goes on in the next
    one, with no predicate and its speaker named there ("… what they are saying of a woman who is a serious contender
    for president of the United States of America…", check12-reM BN-10). Printed alone it asserts nothing a reader
    can check, so an "Only in" list counts it but quotes only whole sentences."""
    return UNFINISHED.search(text) is not None


def told_by(members: pl.DataFrame, terms: list[str], labels: Mapping[str, str], ident: str, *, links: pl.DataFrame | None = None) -> str:
    """An event named as the panels head it: a short excerpt of the member sentence that tells it, in quotation
    marks, with the source it is from and the event's id — “With all due respect, I completely disagree with
    Fredette’s position …” (S3 · HuffPost, e008). Its three key terms ("completely · disagree · respect",
    check8-new) did not say what the event was."""
    title = event_title(members, terms, links=links)
    core = title.text.removeprefix("… ").removesuffix("…").strip(' “”"')[:40]
    rows = members.sort("source_id", "sentence_index").iter_rows(named=True)
    source = next((str(r["source_id"]) for r in rows if core in r["text"]), "")
    return quotation(title.text) + (f" ({labels[source]}, {ident})" if source in labels else f" ({ident})")


def possibly_by_basis(claims: pl.DataFrame, origin: str) -> dict[str, int]:
    """How many claims of ``origin`` are possibly reported elsewhere for each reason (``basis``)."""
    rows = claims.filter((pl.col("state") == POSSIBLY_SHARED) & (pl.col("origin") == origin))
    found = Counter(rows.get_column("basis").to_list())
    return {"close": found[CLOSE], "unanchored": found[UNANCHORED], "context": found[CONTEXT]}


def unshown(*, close: int, unanchored: int, context: int) -> list[str]:
    """Why claims were not shown to be in one origin alone, one counted reason each (the claims' ``basis``).
    check9-recheck LP-15: "for none could the search rule out that another origin reports it in other words" was
    said of a claim whose nearest sentences elsewhere scored 0.01 and 0.02: the search found nothing; the claim was
    not shown alone because it named no one the others lack but its own speaker (of reported speech)."""
    one = {n: n == 1 for n in (close, unanchored, context)}
    reasons = []
    if close:
        # check10h BT-22: "a sentence … that may report them" was read as "reports them", of a named analyst no other
        # origin names; what holds is what the search found: words or names in common, too many to rule it out
        # check ZAA2 IR-6: the Times' "Even though the threat … appeared to recede for now, Speaker Nancy Pelosi
        # announced that the House would vote …" names Pelosi and the vote, which no other origin has, and was counted
        # here through its opening clause; read as "nothing unique", the count hid what the search compares
        reasons.append(
            f"{close} {'has' if one[close] else 'have'} a sentence in another origin sharing enough words or names "
            f"with {'it' if one[close] else 'them'} that the search could not rule out that "
            f"origin reporting {'it' if one[close] else 'them'} (the search compares whole sentences: one that names "
            "someone or something no other origin has is counted here when the rest of it shares enough with a "
            "sentence there)"
        )
    if unanchored:
        reasons.append(
            # what the search could show, not what the texts hold: a name it merged with another origin's (check9
            # recheck BV-R13, "West Hartford" read as "Hartford") is not one "no other origin" has; nor what it does not
            # look for (check13n TD-16: "Trump … cited Republican National Committee Chairman Reince Priebus' concerns",
            # who is cited; "He said later on Fox News that …", the source's own outlet: ``distinctive.anchor_terms``)
            f"{unanchored} name{'s' if one[unanchored] else ''} nothing the search could show the other origins lack "
            # a day or year alone only where no row of another origin scores WEAK_P (check13-reN TD-16: "as late as
            # Monday night", beside Fox's and the Times' Trump/debate sentences at 0.07 and 0.06, shares nothing else)
            "(it looks for people, organisations, places, figures and dates, a day or year alone only where no sentence "
            "of another origin is even loosely similar; not who is speaking or is cited, nor the "
            "outlet itself or one it cites), so finding nothing "
            f"close elsewhere cannot show {'it is' if one[unanchored] else 'they are'} absent there"
        )
    if context:
        reasons.append(
            f"{context} stand{'s' if one[context] else ''} next to a sentence another origin also reports, or "
            f"refer{'s' if one[context] else ''} back to one that may be reported elsewhere"
        )
    return reasons


def _why_none(claims: int, shared: int, *, close: int, unanchored: int, context: int) -> str:
    """The Only-in section's sentence for an origin none of whose claims was shown to be its alone."""
    if not claims:
        return "This origin has no claim to search for."
    # a count of links found, a lower bound like the table's (check11j CF-3)
    reasons = ([f"at least {shared} {'is' if shared == 1 else 'are'} shared with another origin"] if shared else []) + unshown(
        close=close, unanchored=unanchored, context=context
    )
    return f"No claim of this origin was shown to be in it alone. Of its {claims} claims: {'; '.join(reasons)}."


def _copy_notes(
    members: pl.DataFrame, copies: pl.DataFrame, labels: Mapping[str, str], *, shown: set[str] | None = None
) -> tuple[str, ...]:
    """Sources of the event that republish one text: they agree because they carry the same copy. And sources whose
    sentences of the event are one sentence word for word, attribution included (check11-bundled TA-53: USA TODAY and the
    Washington Times print one wire sentence, "… resolve," the newspaper said): the panel says so, and never that no two
    of its sources carry the same text. A quotation one source prints with its attribution ("“…,” Gingrich tweeted.")
    and another bare, or attributed in other words, is the same quoted sentence (``quoted_wordings``; check Z PU-21:
    CNN's "… must be corrected -- immediately,” Gingrich tweeted." beside USA TODAY's "“… must be
    corrected—-immediately.”"), and the note says the quotation is what they share.

    A sentence printed word for word that is quoted speech in every source printing it (``_quoted_rows``) is said to be a
    quotation too: when
    every shared sentence is one, the note says they are quotations of the same words, and offers no "shared wire
    story" (check ZAA2 PU-11: two sentences of one Trump tweet, one printed bare by both, one tagged by one).

    ``shown``: the sources whose sentences the panel prints; a note naming another (a second source of an origin whose
    column shows the first) says its sentence is not shown, so a reader does not look for it in the panel (check AB2)."""
    present = set(members.get_column("source_id").to_list())
    pairs = [(a, b) for a, b in copies.select("a", "b").iter_rows() if a in present and b in present]

    def named(source: str) -> str:
        return labels[source] if shown is None or source in shown else f"{labels[source]} (its sentence not shown here)"

    notes = [
        f"{named(a)} and {named(b)} carry the same text (republished copy): one voice, not independent agreement." for a, b in pairs
    ]
    index = _wording_index(members)
    alikes = same_wordings(members, copies, index=index)
    copied = {frozenset(pair) for pair in pairs}
    rows_text, _, quoting = index
    parts = quoted_in_part(rows_text, quoting, copied)
    for alike in alikes:
        partial = sorted(parts.get(alike.sources, set()) - set(alike.sources))
        part = (f"; {join_words([named(s) for s in partial])} {'quotes' if len(partial) == 1 else 'quote'} part of "
                f"{'it' if alike.alike == alike.count == 1 else 'one of them'}") if partial else ""
        notes.append(f"{join_words([named(s) for s in alike.sources])} print {_same_words(alike).removesuffix('.')}{part}.")
    shared = {alike.sources for alike in alikes}
    for whole, quoting_part in parts.items():
        if whole not in shared and (partial := sorted(quoting_part - set(whole))):
            notes.append(
                f"{join_words([named(s) for s in partial])} {'quotes' if len(partial) == 1 else 'quote'} part of a sentence "
                f"{join_words([named(s) for s in whole])} {'quotes' if len(whole) == 1 else 'quote'} whole: one speaker's "
                "words, not independent agreement."
            )
    return tuple(notes)


def _wording_index(
    members: pl.DataFrame,
) -> tuple[list[tuple[str, str]], dict[str, dict[str, int]], dict[str, dict[str, int]]]:
    """``members``' (source, sentence) rows, and the sentences' wordings (``SAME_SENTENCE_WORDS`` words or more) and
    quoted words (``quoted_wordings``), each run together (``unspaced``) → the sources printing them → the row that does."""
    rows_text = members.select("source_id", "text").rows()
    printing: dict[str, dict[str, int]] = {}
    quoting: dict[str, dict[str, int]] = {}
    long_quoted: set[str] = set()  # quoted wordings long enough that one misprinted letter is a typo (``_misprinted``)
    for row, (source, text) in enumerate(rows_text):
        words = wording(text)
        if len(words) >= SAME_SENTENCE_WORDS:
            printing.setdefault(unspaced(words), {}).setdefault(source, row)
        for quoted in quoted_wordings(text):
            quoting.setdefault(unspaced(quoted), {}).setdefault(source, row)
            if len(quoted) >= MISPRINT_WORDS:
                long_quoted.add(unspaced(quoted))
    for key, misprint in _misprinted(sorted(long_quoted), quoting):
        for source, row in quoting[misprint].items():
            quoting[key].setdefault(source, row)
    return rows_text, printing, quoting


MISPRINT_WORDS = 10
"""Words a quotation needs before two printings of it one letter apart are one quotation with a typo (``_misprinted``),
as many as a part of a quotation needs (``PART_WORDS``): a clause or more, where one letter does not make another
statement."""


def _misprinted(keys: Sequence[str], quoting: Mapping[str, Mapping[str, int]]) -> list[tuple[str, str]]:
    """Pairs of quoted wordings (``unspaced``, ``MISPRINT_WORDS`` words or more) that different sources print one letter
    apart, the first of each pair in ``keys``' order taken as the quotation: one source's typo (check AK MX-13: the
    Washington Times' "If Mexico is unwilling to pay fo the badly needed wall, …" is the tweet Bloomberg quotes with
    "pay for the", and the panel said no two of its sources print the same quotation)."""
    pairs = []
    for k, key in enumerate(keys):
        for other in keys[k + 1:]:
            if not set(quoting[key]) & set(quoting[other]) and one_edit(key, other):
                pairs.append((key, other))
    return pairs


@dataclass(frozen=True)
class SameWording:
    """Sentences two or more sources of an event print alike (``unspaced`` wordings): the sources, the member rows
    printing them, how many of those sentences are quoted speech and how many are alike only in their quoted words,
    and how many are printed word for word, the others' difference named (check AE2 BA-19: "they're" against "they
    are" is the same quotation, but not word for word)."""

    sources: tuple[str, ...]
    rows: frozenset[int]
    count: int
    quoted: int
    alike: int
    verbatim: int = 0
    """How many of them every source prints identically but for typography (``as_typeset``): "word for word"."""
    differing: str = ""
    """What the others differ in, the widest of ``DIFFERENCES`` found among them ("" when every one is verbatim)."""


def same_wordings(
    members: pl.DataFrame,
    copies: pl.DataFrame,
    *,
    index: tuple[list[tuple[str, str]], dict[str, dict[str, int]], dict[str, dict[str, int]]] | None = None,
) -> tuple[SameWording, ...]:
    """Per set of sources (one entry each, check14 JR-4: the same note twice in a row), the sentences of ``members``
    they print word for word, outside republished copies (``copies`` pairs, noted as such): a whole sentence's wording
    (``wording``, ``SAME_SENTENCE_WORDS`` words or more), else the words it quotes (``quoted_wordings``). ``index``:
    ``_wording_index(members)``, when the caller has read it already (``_copy_notes`` reads it for its notes too)."""
    present = set(members.get_column("source_id").to_list())
    copied = {frozenset((a, b)) for a, b in copies.select("a", "b").iter_rows() if a in present and b in present}
    quoted_rows = _quoted_rows(members)
    rows_text, printing, quoting = index if index is not None else _wording_index(members)
    texts = [text for _, text in rows_text]  # wordings run together: a compound hyphenated or spaced is one
    same: Counter[tuple[str, ...]] = Counter()  # sources → how many sentences they print word for word
    quoted_alike: Counter[tuple[str, ...]] = Counter()  # sources → how many of those only their quoted words make alike
    speech: Counter[tuple[str, ...]] = Counter()  # sources → how many of those are quoted speech
    rows_of: dict[tuple[str, ...], set[int]] = defaultdict(set)
    printed: set[int] = set()  # rows already counted as printing a sentence another source prints
    verbatim: Counter[tuple[str, ...]] = Counter()  # sources → how many of those they print identically
    differing: dict[tuple[str, ...], int] = defaultdict(int)  # sources → the widest difference (``DIFFERENCES``) of the others

    def compare(named: tuple[str, ...], printed_as: Sequence[str]) -> None:
        found = printed_difference(printed_as)
        verbatim[named] += found == 0
        differing[named] = max(differing[named], found)

    for rows in printing.values():
        named = _not_copied(rows, copied)
        if len(named) >= 2:
            same[named] += 1
            compare(named, [texts[rows[s]] for s in named])
            # quoted speech, and printed bare: a sentence printed whole with its attribution ("“…,” the newspaper said
            # on Friday.") is one wording, a shared wire story as likely as one quotation (check11-bundled TA-53)
            speech[named] += all(rows[s] in quoted_rows for s in named) and not _attributed_in_itself(texts[rows[named[0]]])
            rows_of[named].update(rows[s] for s in named)
            printed.update(rows[s] for s in named)
    for key, quoted_by in quoting.items():
        # a source printing the quoted words as a whole sentence of its own, no marks (a quotation running on from the
        # sentence before: check AK MX-14, the Washington Times' "It has been a one-sided deal … lost." inside a tweet it
        # quotes over three sentences, Bloomberg's "“It has been a one-sided deal …,” Trump said") prints them too
        rows = {**printing.get(key, {}), **quoted_by}
        named = _not_copied(rows, copied)
        if len(named) >= 2 and not all(rows[s] in printed for s in named):
            same[named] += 1
            compare(named, [_printed_quotation(texts[rows[s]], key) for s in named])
            quoted_alike[named] += 1
            speech[named] += 1
            rows_of[named].update(rows[s] for s in named)
            printed.update(rows[s] for s in named)
    return tuple(
        SameWording(
            named, frozenset(rows_of[named]), count, speech[named], quoted_alike[named], verbatim[named],
            DIFFERENCES[differing[named]] if verbatim[named] < count else "",
        )
        for named, count in same.items()
    )


def _printed_quotation(text: str, key: str) -> str:
    """The quoted passage of ``text`` whose wording run together (``unspaced``) is ``key``, as printed: one passage, or
    all of them together, as ``quoted_wordings`` reads them (marks are dropped by ``as_typeset``); the whole sentence
    when it has no marks (it prints the quoted words bare)."""
    spans = quoted_spans(text)
    return next((span for span in spans if unspaced(wording(span)) == key), " ".join(spans)) if spans else text


DIFFERENCES = ("", "punctuation", "capitals or punctuation", "spelling or punctuation")
"""What the printings of one sentence differ in, narrowest first (``printed_difference``): nothing but typography;
punctuation alone (the same words, capitals and all); capitals too; or spelling, which takes in what the wordings
fold: a contraction written out ("they're" / "they are"), a compound closed or spaced ("seawall" / "sea wall"), a
hashtag ("#OurCity" / "our city")."""


def printed_difference(printed_as: Sequence[str]) -> int:
    """How far apart the printings of one sentence (or one quotation) are, as an index of ``DIFFERENCES``: 0 when they
    are one text but for typography (``as_typeset``), then the narrowest kind that covers every difference. The panel
    says "word for word" only at 0 (check AE2 BA-19, BA-20: CNN's "… a building, they're committing arson." beside
    USA TODAY's "… a building they are committing arson.", and "ruin #OurCity." beside "ruin our city," were said to be
    printed word for word; the quotation is the same, the words as printed are not)."""
    typeset = [as_typeset(text) for text in printed_as]
    words = [tuple(_PRINTED_WORD.findall(text)) for text in typeset]
    forms: tuple[list[str] | list[tuple[str, ...]], ...] = (typeset, words, [tuple(w.lower() for w in found) for found in words])
    return next((level for level, form in enumerate(forms) if len(set(form)) == 1), len(DIFFERENCES) - 1)


_PRINTED_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
"""A word as printed, capitals kept, with an apostrophe inside it ("they're") but cut at a hyphen: "cost-of-living"
and "cost of living" differ in punctuation only, "long-standing" and "longstanding" in spelling."""
_QUOTE_MARK = re.compile(r"[“”„\"]|(?<![^\W_])['‘’]|['‘’](?![^\W_])")
"""Quotation marks, double anywhere, single where they are no apostrophe inside a word."""
_DASH = re.compile(r"\s*(?:[‐‑‒–—―-]{2,}|[‒–—―])\s*|\s+-\s+")
"""A dash however it is set: em, en, a double hyphen, a spaced hyphen, with or without spaces."""
_ELLIPSIS_MARK = re.compile(r"\s*(?:…|\.\s?\.\s?\.)\s*")
_OUTER = re.compile(r"^[\W_]+|[\W_]+$")


def as_typeset(text: str) -> str:
    """A printed sentence or quotation with its typography set one way: its quotation marks dropped, apostrophes,
    dashes, ellipses and spaces written alike, the punctuation around it dropped (the comma a tag puts before a closing
    mark, "…,” she said." beside "….”") and its first letter, and each quoted passage's, in lower case ("the mayor said
    “we will …”" beside "“We will …”"). Two printings alike here are printed word for word."""
    pieces = []
    for piece in _QUOTE_MARK.split(text.replace("’", "'")):
        piece = _ELLIPSIS_MARK.sub(" … ", _DASH.sub(" — ", piece)).strip()
        pieces.append(piece[:1].lower() + piece[1:])
    joined = re.sub(r"\s+([,.;:!?])", r"\1", " ".join(p for p in pieces if p))
    return _OUTER.sub("", re.sub(r"\s+", " ", joined))


def _attributed_in_itself(text: str) -> bool:
    """Whether a sentence carries its own attribution: a reporting verb or phrase outside its quotation marks
    (``voice.reporting_spans``)."""
    return bool(reporting_spans(text, sentence_voices([text])[0]))


def _same_words(alike: SameWording) -> str:
    """What a note says the sources print alike and what it means: quotations of the same words when every shared
    sentence is quoted speech; otherwise one wording, which may be a wire story or release. "Word for word" only of
    sentences printed so (``SameWording.verbatim``); the others are said to differ only in what they differ in."""
    count, quoted, tagged = alike.count, alike.quoted, alike.alike
    verbatim = " word for word" if alike.verbatim == count else ""
    how = [] if verbatim else [_how_printed(alike)]
    if quoted == count:
        what = "the same quoted sentence" if count == 1 else f"{count} of the same quoted sentences"
        if tagged == count:
            said = "attributed in different words or not at all: one speaker's words, not independent agreement."
            return f"{what}{verbatim}{_aside(how)}, {said}"
        apart = [f"{tagged} of them attributed in different words or not at all"] if tagged and count > 1 else []
        return f"{what}{verbatim}{_aside(how + apart)}: quotations of the same words, not independent agreement."
    what = "the same sentence" if count == 1 else f"{count} of the same sentences"
    if quoted == tagged:
        kinds = [f"{tagged} of them a quotation attributed in different words or not at all"] if tagged else []
    else:
        kinds = [f"{quoted} of them {'a quotation' if quoted == 1 else 'quotations'}" + (
            f", {tagged} attributed in different words or not at all" if tagged else ""
        )]
    return (
        f"{what}{verbatim}{_aside(how + kinds)}: one wording (a shared wire story or release, or one quotation with its "
        "attribution), not independent agreement."
    )


def _how_printed(alike: SameWording) -> str:
    """How sentences not all printed word for word are printed: "differing only in punctuation", or with a count of
    each ("1 word for word, 1 differing only in spelling or punctuation")."""
    differ = f"differing only in {alike.differing}"
    if not alike.verbatim:
        return differ if alike.count == 1 else f"each {differ}"
    return f"{alike.verbatim} word for word, {alike.count - alike.verbatim} {differ}"


def _aside(parts: Sequence[str]) -> str:
    """Parts said in passing, in one bracket."""
    return f" ({'; '.join(parts)})" if parts else ""


def _quoted_rows(members: pl.DataFrame) -> set[int]:
    """The rows of ``members`` that are quoted speech (``voice.sentence_voices``: half their words or more inside
    quotation marks), each source's member sentences read in order, so that a quotation opened in one sentence and
    closed in a later one covers the sentences between; a paragraph break is assumed where a sentence is skipped. A
    quotation opened before the first member of a run and closed in a later one (its closing mark comes before any
    opening mark) covers the members before it that carry no mark: they are inside it (check ZAA2 PU-14, Fox's
    "NATO was weak, but now it is strong again (bad for Russia)." between two sentences of one quoted tweet)."""
    indexed = "sentence_index" in members.columns
    by_source: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for row, record in enumerate(members.iter_rows(named=True)):
        by_source[record["source_id"]].append((record["sentence_index"] if indexed else row, row, record["text"]))
    found: set[int] = set()
    for sentences in by_source.values():
        sentences.sort()
        breaks = [i == 0 or not indexed or sentences[i - 1][0] + 1 != index for i, (index, _, _) in enumerate(sentences)]
        voices = sentence_voices([text for _, _, text in sentences], breaks=breaks)
        found.update(row for (_, row, _), voice in zip(sentences, voices, strict=True) if voice.kind == QUOTED)
        for i, (_, _, text) in enumerate(sentences):
            closing, opening = _FIRST_CLOSING.search(text), _FIRST_OPENING.search(text)
            if closing is None or (opening is not None and opening.start() < closing.start()):
                continue
            k = i  # back over the run's unmarked members to its start: the quotation runs through them
            while k > 0 and not breaks[k] and not _MARKS.search(sentences[k - 1][2]):
                k -= 1
                found.add(sentences[k][1])
    return found


_MARKS = re.compile(r"[“”\"]")
_FIRST_CLOSING = re.compile(r"”|(?<=[\w.,!?…])\"")
_FIRST_OPENING = re.compile(r"“|\"(?=\w)")


def quoted_in_part(
    rows: Sequence[tuple[str, str]], whole: Mapping[str, Mapping[str, int]], copied: set[frozenset[str]]
) -> dict[tuple[str, ...], set[str]]:
    """The sources of ``rows`` (source, sentence) that quote part of a quotation other sources print whole, keyed by
    those sources (``whole``: ``unspaced`` quoted words → the sources quoting them → the row that does): a quoted
    passage of ``PART_WORDS`` words or more whose pieces, cut at its ellipses, stand in that order in the whole
    quotation (check AC BR-16: The Hill's “evidence developed … is not sufficient to establish that the President
    committed an obstruction-of-justice offense.” is part of the sentence of Barr's letter that Vox and the Washington
    Times print whole). A part is one speaker's words as the whole is: the panel never says that no two of its sources
    print the same quotation. Fewer words may be one phrase two writers both pick out. A source republishing a holder's
    text is left to the note on copies."""
    found: dict[tuple[str, ...], set[str]] = {}
    for source, text in rows:
        for span in quoted_spans(text):
            pieces = [words for piece in _ELLIPSIS.split(span) if (words := wording(piece))]
            if sum(map(len, pieces)) < PART_WORDS:
                continue
            joined = [unspaced(words) for words in pieces]
            alike = set(whole.get("".join(joined), ()))  # the sources printing this very passage: noted with it already
            for key, quoting in whole.items():
                holders = tuple(h for h in _not_copied(quoting, copied) if frozenset((source, h)) not in copied)
                if holders and source not in quoting and not alike & set(holders) and _in_order(joined, key):
                    found.setdefault(holders, set()).add(source)
    # a part of a quotation several sources print whole is noted with them, not again beside each one
    kept = {holders: {s for s in sources if not any(set(holders) < set(more) and s in found[more] for more in found)}
            for holders, sources in found.items()}
    return {holders: sources for holders, sources in kept.items() if sources}


def _in_order(pieces: Sequence[str], whole: str) -> bool:
    """Whether each of ``pieces`` stands in ``whole`` after the one before it."""
    at = 0
    for piece in pieces:
        at = whole.find(piece, at)
        if at < 0:
            return False
        at += len(piece)
    return True


PART_WORDS = 10
"""Words a quoted passage needs before it is read as part of a longer quotation another source prints (``quoted_in_part``):
a clause of a sentence, not a phrase such as “a total disgrace for all” that two writers may both pick out."""
_ELLIPSIS = re.compile(r"…|\.\s?\.\s?\.|\[\s*…\s*\]")
"""Where a quotation leaves words out: its pieces are read apart."""


def unspaced(words: Sequence[str]) -> str:
    """``wording``'s words run together, contractions written out (``uncontracted``): the same sentence whether a
    compound is hyphenated, spaced or closed ("obstruction-of-justice offense" / "obstruction of justice offense",
    "long-standing" / "longstanding") and whether a transcript contracts ("they're" / "they are", "can't" / "cannot").
    Check AC BR-16: folding only the hyphen inside a word read Vox's "obstruction-of-justice" as one word and the
    Washington Times' "obstruction of justice" as three, so one sentence of Barr's letter, printed by both, was two.
    Check AE BA-13: CNN's "“When they burn down a building, they're committing arson." and USA Today's "When they burn
    down a building they are committing arson." print one sentence of Obama's, transcribed two ways."""
    return "".join(uncontracted(words))


_NOT_CONTRACTED = {"can't": ("can", "not"), "won't": ("will", "not"), "shan't": ("shall", "not")}
"""Negative contractions whose verb is not the word before "n't"."""
_ENDINGS = {"'re": "are", "'ve": "have", "'ll": "will", "'m": "am"}
_IS_CONTRACTED = frozenset({"it", "he", "she", "that", "there", "here", "what", "who", "where", "how", "when", "why"})
"""Words whose "'s" is "is" or "has" ("it's", "that's"), not a possessive ("today's")."""
_HAS_BEFORE = frozenset({"been", "got", "gotten", "had"})
"""Words after "'s" or "'d" that make it "has" or "had" ("it's been", "they'd better" aside: "would")."""


def uncontracted(words: Sequence[str]) -> list[str]:
    """``wording``'s words with their contractions written out: "they're" → "they are", "don't" → "do not", "can't" →
    "can not", "it's" → "it is" ("it has" before "been"), "let's" → "let us", "we'd" → "we would" ("we had" before
    "been"). Speakers contract and transcripts differ in whether they keep it: one quotation, not two wordings. A
    possessive "'s" ("the city's") is no contraction, and stays."""
    found: list[str] = []
    for k, word in enumerate(words):
        following = words[k + 1] if k + 1 < len(words) else ""
        head, mark, ending = word.rpartition("'")
        if word in _NOT_CONTRACTED:
            found += _NOT_CONTRACTED[word]
        elif word.endswith("n't") and len(word) > 3:
            found += [word[:-3], "not"]
        elif head and f"{mark}{ending}" in _ENDINGS:
            found += [head, _ENDINGS[mark + ending]]
        elif word == "let's":
            found += ["let", "us"]
        elif word.endswith("'s") and word[:-2] in _IS_CONTRACTED:
            found += [word[:-2], "has" if following in _HAS_BEFORE else "is"]
        elif word.endswith("'d") and len(word) > 2 and word[:-2].isalpha():
            found += [word[:-2], "had" if following in _HAS_BEFORE else "would"]
        else:
            found.append(word)
    return found


def _not_copied(rows: Mapping[str, int], copied: set[frozenset[str]]) -> tuple[str, ...]:
    """The sources of ``rows`` (sorted) that no republished copy joins to another of them: a copy is noted as such."""
    return tuple(s for s in sorted(rows) if not any(frozenset((s, t)) in copied for t in rows if t != s))


def quoted_wordings(text: str) -> set[tuple[str, ...]]:
    """The words a sentence quotes (its quotations as the voice reading finds them, ``voice.sentence_voices``: double or
    single marks, and a quotation running on from the sentence before, which it quotes from its start), as each passage
    and as all its passages together ("“We will not back down,” she said, “not ever.”" quotes one sentence), of
    ``SAME_SENTENCE_WORDS`` words or more, with marks, dashes, ellipses and case folded (``wording``): what two sources
    print alike when one prints a quotation bare and another with its attribution.

    A shorter quotation counts too, from ``QUOTED_UTTERANCE_WORDS`` words, when it is a whole utterance (``_UTTERANCE``:
    it opens with a capital and closes on its own stop or comma inside the marks): "“We’ll see what happens.”" and
    "We'll see what happens," Trump said." quote one thing said, not a phrase two writers may both pick out (check AB
    CR-23)."""
    spans = quoted_spans(text)
    passages = [wording(span) for span in spans]
    whole = tuple(word for words in passages for word in words)
    utterances = {
        words for span, words in zip(spans, passages, strict=True) if len(words) >= QUOTED_UTTERANCE_WORDS and _UTTERANCE.match(span)
    }
    return {words for words in {*passages, whole} if len(words) >= SAME_SENTENCE_WORDS} | utterances


def quoted_spans(text: str) -> list[str]:
    """The quoted passages of a sentence as the voice reading finds them (``voice.sentence_voices``)."""
    return [text[a:b] for a, b in sentence_voices([text])[0].quotes]


QUOTED_UTTERANCE_WORDS = 4
"""Words a whole quoted utterance needs before two sources quoting it word for word is worth a note ("We'll see what
happens"), not a two-word cry ("No way!")."""
_UTTERANCE = re.compile(r"^[“”\"‘’'\s]*[A-Z].*[.!?,…][”\"’'\s]*$", re.DOTALL)
"""A quoted passage that is a whole utterance: a capital after its opening mark, a stop or comma before its closing one."""


_INNER_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")
"""A hyphen inside a word ("long-standing", "re-elect"): spelling, not wording; folded so "longstanding" is the same
word (check AB ME-19)."""
_WORDS = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")
"""A word, with an apostrophe inside it ("today's") but not one that closes a quotation (‘… families.’)."""


def wording(text: str) -> tuple[str, ...]:
    """A sentence's words alone, lower case, without its quotation marks and punctuation: two sentences with the same
    wording print the same words, whatever marks or case they are printed with."""
    return tuple(_WORDS.findall(_INNER_HYPHEN.sub("", text.lower().replace("’", "'"))))
SAME_SENTENCE_WORDS = 6
"""Words a sentence needs before two sources printing it word for word is worth a note (not "He declined to comment.")."""


def _why(links: pl.DataFrame, members: pl.DataFrame, strength: float | None, *, define: bool = True) -> str:
    """Why the members were linked and how strongly: the terms the links share most, and the links'
    probability of reporting one fact (``contrast.claims.evidence``), weakest to strongest. The links are
    counted with the member sentences they join ("1 link between 2 of its 4 sentences"), so a count is not
    read as one of sources (check9g-new OJ-2: "1 link" on an event three sources report). ``define``: say what the
    strength is, as the first panel does; the others do not repeat it (it stood under every panel, check AG2 SN)."""
    ids = members.get_column("claim_id").to_list()
    inside = links.filter(pl.col("a").is_in(ids) & pl.col("b").is_in(ids))
    counts = Counter(t for shared in inside.get_column("shared").to_list() for t in shared)
    terms: list[str] = []
    for term, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        if not any(folded(term) in folded(shown) for shown in terms):
            terms.append(term)
    if "text" in members.columns:  # as the linked sentences write them, a name whole (check11j: "mike", "reince")
        terms = list(as_printed(terms, members.filter(pl.col("claim_id").is_in(ids)).get_column("text").to_list()))
    terms = terms[:5]
    scores = inside.get_column("score").to_list()
    if not scores:
        return ""
    low, high = min(scores), max(scores)
    spread = f"{high:.2f}" if round(low, 2) == round(high, 2) else f"{low:.2f}–{high:.2f}"
    mean = "" if strength is None else f" (mean {strength:.2f})"
    joined = len(set(inside.get_column("a").to_list()) | set(inside.get_column("b").to_list()))
    among = f"its {len(ids)}" if joined == len(ids) else f"{joined} of its {len(ids)}"
    counted = f"{len(scores)} link{'s' if len(scores) != 1 else ''} between {among} sentences, strength {spread}{mean}"
    label = _strength_label(strength)
    shared = f"; shared terms: {', '.join(terms)}" if terms else ""
    meaning = " — the estimated chance that linked sentences report the same fact" if define else ""
    return f"Link evidence {label}: {counted}{meaning}{shared}."


def is_weak(strength: float | None) -> bool:
    """An event whose links' mean probability is below even odds: its sentences more likely report different facts."""
    return _strength_label(strength) == "weak"


def weak_shared_events(events: pl.DataFrame) -> int:
    """How many of the events reported by two or more origins are weak (``is_weak``): page 1 says so beside its count
    of shared events (check11k CS-6: a weak link joining two different facts was counted as one shared event)."""
    shared = events.filter(pl.col("n_origins") >= 2)
    return sum(is_weak(s) for s in shared.get_column("strength").to_list())


def _strength_label(strength: float | None) -> str:
    """How strong an event's links are, by their mean probability: "weak" below even odds, then "moderate", "strong"."""
    mean = strength or 0.0
    return "weak" if mean < WEAK_EVENT else "strong" if mean >= STRONG_EVENT else "moderate"


def representative(own: pl.DataFrame, terms: list[str], *, prefer: Collection[tuple[str, int]] = ()) -> dict[str, Any]:
    """The member that carries most of the event's key terms (then the most check-worthy, then the first), among the
    members ``prefer`` names (``(source_id, sentence_index)``: those a panel's note speaks of) when any is in ``own``."""
    lowered = [t.lower() for t in terms]

    def score(row: dict[str, Any]) -> tuple[bool, int, int, str, int]:
        text = row["text"].lower()
        preferred = (row["source_id"], row["sentence_index"]) in prefer
        return (not preferred, -sum(t in text for t in lowered), -row["checkworthiness"], row["source_id"], row["sentence_index"])

    return min(own.iter_rows(named=True), key=score)


def _quote(row: Mapping[str, Any], labels: Mapping[str, str], speakers: Speakers | None = None) -> EventQuote:
    attributed = bool(row["attributed"])
    return EventQuote(
        text=row["text"],
        compound=row["compound"],
        source_label=labels[row["source_id"]],
        sentence_index=row["sentence_index"],
        attributed=attributed,
        speaker=speakers.line(row["source_id"], row["sentence_index"], row["text"]) if speakers is not None and attributed else "",
    )


def _alone(row: Mapping[str, Any], labels: Mapping[str, str]) -> EventQuote:
    """A claim printed "only in" its origin, with the names and figures it states that no other origin's text has:
    what the search that found nothing close could look for, so a reader can check it."""
    shown = distinct_anchors(display_anchor(a, [row["text"]]) for a in row.get("anchors") or [])
    named = [f"“{a}”" for a in shown][:NAMED_ALONE_SHOWN]
    return replace(_quote(row, labels), named_alone=join_words(named, conjunction="or") if named else "")


NAMED_ALONE_SHOWN = 4
"""Names and figures shown per "only in" claim (events.json lists them all)."""


def _notes(columns: list[EventColumn], members: pl.DataFrame, refs: Mapping[str, OriginRef], aliases: Mapping[str, str]) -> tuple[str, ...]:
    note = voice_note(columns)
    return (*([note] if note else []), *_naming(members, refs, aliases))


def _voices(columns: Sequence[EventColumn]) -> tuple[list[str], list[str], list[str]]:
    """(origins stating the claim in their own voice, origins attributing the fact, origins quoting or reporting
    someone only within their own telling of it): the one reading (``said.fact_voices``) that ``voice_note``,
    ``nothing_noticed`` and each column's tag (``EventQuote.voice``) share."""
    voices = _fact_voices(columns)
    return (
        [c.origin.label for c, v in zip(columns, voices, strict=True) if v == STATES],
        [c.origin.label for c, v in zip(columns, voices, strict=True) if v == ATTRIBUTES],
        [c.origin.label for c, v in zip(columns, voices, strict=True) if v == WITHIN],
    )


def _fact_voices(columns: Sequence[EventColumn]) -> list[str]:
    """Each column's ``EventQuote.voice``, read here for columns made without it (``said.fact_voices``)."""
    if all(c.quote.voice for c in columns):
        return [c.quote.voice for c in columns]
    return fact_voices([c.quote.text for c in columns], [c.quote.attributed for c in columns])


def with_fact_voices(columns: Sequence[EventColumn]) -> list[EventColumn]:
    """``columns`` with each quote's ``voice``: who states the event's claim, read once over the columns together
    (``said.fact_voices``), so that the bullet and the tag under each sentence say one thing (check Z IR-4: the bullet
    said Left states the claim in its own voice, the tag under its sentence "quotes or reports someone")."""
    voices = _fact_voices(columns)
    return [replace(c, quote=replace(c.quote, voice=v)) for c, v in zip(columns, voices, strict=True)]


def voice_note(columns: Sequence[EventColumn]) -> str:
    """Which origins attribute the event's claim and which state it in their own voice, or "" when none differ.

    "States it in its own voice" only of a sentence that names no speaker at all, or whose words in common with the
    event's other sentences stand in its own clause (``said.fact_voices``): one whose main clause is the outlet's but which
    reports someone in a joined clause ("…, but Ms. Pelosi said it would not be held …") may carry the event's claim
    in either clause, so it is said to be neither unless the shared words show which. "Attributes the claim" only of a sentence whose
    words in common with those stating it stand in what it attributes (``said.attributes_fact``): a short phrase
    quoted inside the outlet's own telling of the fact (check10-recheckI KG-12, "admitted Tuesday she “went too far”
    on her latest photo shoot … in which she is holding a bloodied mask of President Trump") or a report joined to
    it (check10-recheckH BT e004, "Biden traveled to the Capitol …, saying …") is no difference of voice."""
    asserting, attributing, _ = _voices(columns)
    if not (attributing and asserting):
        return ""
    return (
        f"{join_words(attributing)} {'attributes' if len(attributing) == 1 else 'attribute'} the claim to a speaker or source; "
        f"{join_words(asserting)} {'states' if len(asserting) == 1 else 'state'} it in "
        f"{'its' if len(asserting) == 1 else 'their'} own voice."
    )


def nothing_noticed(columns: list[EventColumn]) -> str:
    """The panel's note when its checks (who attributes the claim and who states it in its own voice, names, copies)
    find nothing: what they found instead, so the section's promise of "what a reader should notice" is kept or
    said to be empty, never silently broken (check11j: nothing was printed under either report's event)."""
    every = "both origins" if len(columns) == 2 else f"all {len(columns)} origins"
    asserting, attributing, within = _voices(columns)
    if len(asserting) == len(columns):
        voice = f"{every} state it in their own voice"
    elif len(attributing) == len(columns):
        voice = f"{every} attribute it to a speaker or source"
    else:
        beside = [c.origin.label for c, v in zip(columns, _fact_voices(columns), strict=True) if v == BESIDE]
        parts = []
        if within:
            parts.append(
                f"{join_words(within)} {'quotes or reports' if len(within) == 1 else 'quote or report'} someone only "
                "within its own telling of the fact"
            )
        if beside:
            parts.append(f"{join_words(beside)} {'reports' if len(beside) == 1 else 'report'} someone in a clause beside the claim")
        voice = (
            f"{'; '.join(parts)}, so who states it in its own voice is not compared"
            if parts
            else "who states it in its own voice is not compared"
        )
    return (
        f"Nothing to point out between origins: {voice}; they call its actors by the same names (or forms of one "
        "name), and no two of its sources print the same sentence or quotation or republish one text."
    )


def _naming(members: pl.DataFrame, refs: Mapping[str, OriginRef], aliases: Mapping[str, str]) -> list[str]:
    """Where origins call the same entity by different names ("the CCP" / "Chinese Communist Party")."""
    forms: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for origin, entities in members.select("origin", "entities").iter_rows():
        for surface in entities:
            if surface in aliases:
                forms[aliases[surface]][origin][surface] += 1
    texts: dict[str, str] = defaultdict(str)
    if "text" in members.columns:
        for origin, text in members.select("origin", "text").iter_rows():
            texts[origin] += f" {text}"
    notes = []
    for canonical in sorted(forms):
        by_origin = forms[canonical]
        chosen = {o: c.most_common(1)[0][0] for o, c in by_origin.items()}
        keys = sorted({entity_key(s) for s in chosen.values()})
        # forms of one name by the naming lens's own rule (``aliases.name_families``), so this note never names a
        # difference its Naming table says there is none of (check10h BT-26: "Outgoing White House" / "Senior White
        # House" here, "No actor named differently" there); an acronym beside its words is still shown, as such
        one_name = len(set(name_families(chosen.values()).values())) == 1
        if one_name and not any(_acronym(form) for form in chosen.values()):
            continue
        if texts and all(_writes(texts[o], form) for o in chosen for form in chosen.values()):
            continue  # each origin writes every form, case aside (check12m HB-4: "Evangelical Christian" kept at a
            # sentence's start, "evangelical Christians" cut to "Christians" in lower case: the same words)
        if len(chosen) >= 2 and _different_names(keys):
            parts = [f"{refs[o].label} “{chosen[o]}”" for o in refs if o in chosen]
            notes.append(("Naming (forms of one name): " if one_name else "Naming: ") + "; ".join(parts) + ".")
    return notes[:2]


def _writes(text: str, form: str) -> bool:
    """Whether ``text`` writes the name ``form`` as whole words, case and a plural or possessive ending aside."""
    words = [re.escape(w.lower().removesuffix("'s").removesuffix("’s").removesuffix("s")) for w in form.split()]
    return re.search(r"(?<!\w)" + r"\s+".join(f"{w}(?:s|es|'s|’s)?" for w in words) + r"(?!\w)", text.lower()) is not None


def _acronym(form: str) -> bool:
    """A name in capitals of one word ("BRI", "the U.S."): one name with its spelled-out form, but a reader's choice."""
    word = re.sub(r"^(?:the|a|an)\s+", "", form.strip(), flags=re.IGNORECASE).replace(".", "")
    return " " not in word and len(word) >= 2 and word.rstrip("s").isupper()


def _different_names(keys: list[str]) -> bool:
    """At least two forms, and not merely one inside the other ("Shanghai Composite [Index]") nor the same words in
    another order ("secretary of the interior ryan zinke" / "interior secretary ryan zinke": check7 ET-21, a naming
    difference the naming lens, counting "0 actors named differently", did not see)."""
    return any(a not in b and b not in a and not reordered(a, b) for i, a in enumerate(keys) for b in keys[i + 1 :])
