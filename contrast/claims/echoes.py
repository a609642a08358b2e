"""One sentence, two events: a claim that quotes the words of an event it was not grouped into also reports it.

Alignment puts each claim in one event. A sentence often carries two quotations of one speaker:
"Mr. Trump urged social media companies to “let everybody participate, good & bad,” saying that
while networks like CNN and MSNBC might be “fake news,” he does not “ask that their sick behavior be
removed.”" joins the event of the second tweet, and the event of the first ("Let everybody
participate, good & bad, and we will all just have to figure it out!", in two other sources) would
count two sources where three quote it. A quotation of ``ECHO_WORDS`` words or more that another
source's quotation contains word for word (quote marks, case, "&"/"and" folded) is the same quote:
the claim *echoes* the other's event, which then counts its source and shows its sentence.

``also``: per claim, the events (beside its own) it echoes. ``event_members`` is what every reader of
"who reports this event" uses: each claim with its event, and again with each event it echoes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import polars as pl

from contrast.claims.evidence import fold_words
from contrast.claims.terms import stopwords

ECHO_WORDS = 4
"""Words of a quotation that, contained word for word in another source's quotation, make it the same quote."""

_OPENING = "“"
_CLOSING = "”"
_MARKS = re.compile(r"[“”\"]")


def quotations(text: str) -> list[list[str]]:
    """The quoted passages of a sentence as folded words (``fold_words``, "&" read as "and"). A sentence that
    opens inside a quotation ("… figure it out!” he said") or ends inside one quotes from its start or to its end."""
    marks = [(m.start(), m.group()) for m in _MARKS.finditer(text)]
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for position, mark in marks:
        if start is None:
            if mark == _CLOSING and not spans:
                spans.append((0, position))
            elif mark != _CLOSING:
                start = position + 1
        elif mark != _OPENING:
            spans.append((start, position))
            start = None
        else:
            start = position + 1
    if start is not None:
        spans.append((start, len(text)))
    return [words for a, b in spans if (words := fold_words(text[a:b].replace("&", " and ")))]


def echoes(texts: Sequence[str], sources: Sequence[str], events: Sequence[int | None]) -> list[list[int]]:
    """Per claim, the events of two sources or more it echoes (sorted): a member quotes words that one of the
    claim's quotations contains, or contains one of its quotations (``ECHO_WORDS`` words or more); the quotation
    is what the event is about (``ECHO_SHARED`` of the member's quoted words are in a member of another source:
    "After Mr. Trump said he wants to help ZTE “get back into business, fast,” Commerce Secretary Wilbur Ross
    said he would explore quickly “alternative remedies”" is in the event of Ross's remedies, not of the tweet);
    the claim is not in that event and no claim of its source is."""
    quoted = [quotations(t) for t in texts]
    runs: dict[tuple[str, ...], set[int]] = {}
    for claim, passages in enumerate(quoted):
        for words in passages:
            for k in range(len(words) - ECHO_WORDS + 1):
                runs.setdefault(tuple(words[k : k + ECHO_WORDS]), set()).add(claim)
    same: dict[tuple[int, int], set[str]] = {}
    for claim, passages in enumerate(quoted):
        for words in passages:
            if len(words) < ECHO_WORDS:
                continue
            phrase = f" {' '.join(words)} "
            for other in runs.get(tuple(words[:ECHO_WORDS]), ()):
                for longer in quoted[other]:
                    if sources[other] != sources[claim] and phrase in f" {' '.join(longer)} ":
                        same.setdefault((claim, other), set()).update(_content(longer))
                        same.setdefault((other, claim), set()).update(_content(words))
    members: dict[int, list[int]] = {}
    for claim, event in enumerate(events):
        if event is not None:
            members.setdefault(event, []).append(claim)
    words_of: dict[int, frozenset[str]] = {}
    found: list[set[int]] = [set() for _ in texts]
    for (claim, other), said in sorted(same.items()):
        event = events[other]
        if event is None or event == events[claim] or sources[claim] in {sources[m] for m in members[event]}:
            continue
        elsewhere = [m for m in members[event] if sources[m] != sources[other]]
        if any(len(said & words_of.setdefault(m, frozenset(fold_words(texts[m])))) >= ECHO_SHARED for m in elsewhere):
            found[claim].add(event)
    return [sorted(events_) for events_ in found]


def told_and_quoted(
    events: Sequence[int | None],
    sources: Sequence[str],
    positions: Sequence[int],
    also: Sequence[Sequence[int]],
    reported: Sequence[bool],
    texts: Sequence[str],
    *,
    gap: int,
) -> list[int | None]:
    """``events`` with each event whose sources tell in their words the statement another event's members quote joined
    to that event (under the smaller id). Event Y is so told when a member of event X that is mostly quotation
    (``_mostly_quoted``) quotes what a member of Y quotes (``echoes``: Y is in its ``also``), every member of Y reports
    someone (``reported``: the claim's ``attributed``) mostly in the outlet's own words, every source of Y has a member
    in X, and in each such source Y's member stands at most ``gap`` sentences (``positions``: each claim's sentence
    index) from one of X's: the source reports the statement, and quotes it in the next sentences. Check ZAA2 DP (two
    events, one fact): Reuters' "Trump said on Sunday that people who enter the United States illegally should be sent
    back immediately …" and Townhall's "… called for illegal immigrants who “invade” the U.S. to be sent “back from where
    they came” …" were one event, the tweet both then quote ("When somebody comes in, we must immediately, with no Judges
    or Court Cases, bring them back from where they came.", CNN's too) another, and CNN's quoted sentence stood for Left
    in both panels. Without the conditions on quotation, the steel-tariffs dev gold's rates ("The president reiterated
    that he would levy tariffs of 25 percent … but would “have a right to go up or down …”") took in the quotation's own
    event ("I'll have a right to go up or down …"): purity 0.982 → 0.944."""
    members: dict[int, list[int]] = {}
    for claim, event in enumerate(events):
        if event is not None:
            members.setdefault(event, []).append(claim)
    joined = {event: event for event in members}

    def root(event: int) -> int:
        while joined[event] != event:
            event = joined[event]
        return event

    for claim, echoed in enumerate(also):
        quoting = events[claim]
        for told in echoed:
            if quoting is None or told not in members or root(told) == root(quoting):
                continue
            telling = _mostly_quoted(texts[claim]) and all(reported[t] and not _mostly_quoted(texts[t]) for t in members[told])
            near = telling and all(
                any(sources[m] == sources[t] and abs(positions[m] - positions[t]) <= gap for m in members[quoting])
                for t in members[told]
            )
            if near:
                low, high = sorted((root(told), root(quoting)))
                joined[high] = low
    return [None if event is None else root(event) for event in events]


def _mostly_quoted(text: str) -> bool:
    """Whether half the words of ``text`` or more stand in its quotations (``quotations``)."""
    return 2 * sum(len(words) for words in quotations(text)) >= len(fold_words(text))


ECHO_SHARED = 2
"""Content words of the member's quotation that a member of another source must have for the quotation to be what
the event is about."""


def _content(words: list[str]) -> set[str]:
    """The words of a quotation that say something (three letters or more, not a function word)."""
    stop = stopwords()
    return {w for w in words if len(w) >= 3 and w not in stop}


def event_members(claims: pl.DataFrame) -> pl.DataFrame:
    """Who reports each event: every claim in an event, and again, with that event, every claim that echoes one
    (``also``); sorted by event, source and sentence."""
    own = claims.filter(pl.col("event").is_not_null())
    if "also" not in claims.columns:
        return own
    echoed = claims.filter(pl.col("also").list.len() > 0).drop("event").explode("also").rename({"also": "event"})
    return pl.concat([own.drop("also"), echoed.select(own.drop("also").columns)]).sort("event", "source_id", "sentence_index")


__all__ = ["ECHO_WORDS", "echoes", "event_members", "quotations", "told_and_quoted"]
