"""One event per quotation: the sentences of one quoted statement that several sources print are one event.

The linker (``contrast.claims.align``) links sentence to sentence, so a statement of three sentences that two
outlets quote whole ("I can't imagine what this place would be … For the country, it could be four years. For
the court, it could be …") became three events, each counted in "N events reported by two or more origins" and
in the ties for the most widely shared (check9-new TG-4, BV-3; check8-new LP-3, RM-3). ``quotation_events``
joins such events after linking, so an event holds several sentences per source (issue 12, item 4). It never
changes a link or its score.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

QUOTATION_GAP = 2
"""Sentences apart, in a source, that two events' members may stand and still be one quotation running on: the
next sentence, or the one after a line the linker left out ("“And you exemplify it."). The same distance the
briefing's display order reads (``report.briefing.events.one_per_quotation``)."""
RESUMED = True
"""Whether a quotation resumed after its attribution goes on ("“I can't imagine …,” Justice Ginsburg told The Times.
/ “For the country, it could be four years."): one statement to a reader and to the checks (check9-new TG-4: one
remark, not three events). The dev gold splits two such statements into two gold events each (the 50bn group's
"My great friendship with President Xi …," Trump said in a statement. / "Trade between our nations, however, has
been very unfair …"; the ZTE group's Raj Shah "This is part of a very complex relationship …" / "It's an issue of
high concern for China …"), so joining them lowers that gold's purity (``bench_alignment_quality.py
--lexical-only``: dev 0.927 → 0.908; held-out and bundled unchanged). With False only a quotation left open from
sentence to sentence goes on: every gold's purity is kept, but check9-new's Ginsburg remark stays two events and
Blumenthal's two (TG 5 events, BV 8, against 3 and 7 with True)."""
OWN, QUOTED = "own", "quoted"
"""Voices of a sentence (``contrast.metrics.voice``): the outlet's own words, and words inside a quotation."""
_MARK = re.compile(r"[“”\"]")
_PRONOUN = r"(?:he|she|they|we|i|it)"
_PRONOUN_SAID = re.compile(r"^[\s,.!?]*(?:" + _PRONOUN + r"\s+[a-z]+(?:\s+[a-z]+)?)?[\s,.:;!?]*$", re.IGNORECASE)
"""What may stand outside the quotation marks of a sentence that goes on with the quotation before it: nothing,
or a pronoun's "he said", "she added", "He continued:"."""

Key = tuple[str, int]
"""A sentence: its source id and its index in the source."""
Sentence = tuple[str, str | None]
"""A sentence's text and voice (``own``, ``quoted``, ``reported``; None when not read)."""


def quotation_events(
    event_of: Sequence[int | None],
    keys: Sequence[Key],
    sentences: Mapping[Key, Sentence],
    speakers: Sequence[frozenset[str]],
    *,
    gap: int = QUOTATION_GAP,
    resumed: bool = RESUMED,
) -> list[int | None]:
    """``event_of`` (the event of each claim, None when unaligned) with the events that are one quotation joined
    (under the smallest of their ids).

    Two events are one quotation when they share at least two sources and, in every source they share, a member
    of one stands at most ``gap`` sentences before a member of the other and the quotation runs on from the first
    to the second (``_runs_on``: each sentence after the first is still inside its quotation, or opens a new one
    that names no other speaker, "“For the country, it could be four years."), and their ``speakers``
    (``align.quotation_speakers``: the words of a person's name, empty when unknown) share a word or one is
    unknown. The sentences a source prints in one run are then one statement, and the other sources' same run says
    it is one for them too. Kept apart: two quotations of one speaker further apart; a quotation, then another
    speaker's ("…,” he said. / China's Commerce Ministry released a statement … / "This move …,” the statement
    said."); the same words told next to each other in one source only; consecutive sentences of the outlet's
    own narration.

    ``keys``, ``speakers``: per claim, aligned with ``event_of``. ``sentences``: the sentences of the sources that
    quote or report someone (one missing from it is read as the outlet's own voice: it ends the quotation). ``resumed``: whether a
    quotation that closed and opens again with no other speaker named goes on (``RESUMED``).
    """
    at = {key: i for i, key in enumerate(keys)}
    sources: dict[int, set[str]] = defaultdict(set)
    for i, event in enumerate(event_of):
        if event is not None:
            sources[event].add(keys[i][0])
    near: dict[tuple[int, int], set[str]] = defaultdict(set)
    for i, event in enumerate(event_of):
        if event is None:
            continue
        source, index = keys[i]
        for step in range(1, gap + 1):
            j = at.get((source, index + step))
            other = None if j is None else event_of[j]
            if j is None or other is None or other == event or not _runs_on(sentences, source, index, index + step, resumed=resumed):
                continue
            if not speakers[i] or not speakers[j] or not speakers[i].isdisjoint(speakers[j]):
                near[(min(event, other), max(event, other))].add(source)
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for (a, b), running in sorted(near.items()):
        shared = sources[a] & sources[b]
        if len(shared) >= 2 and shared <= running:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return [None if event is None else find(event) for event in event_of]


def _runs_on(sentences: Mapping[Key, Sentence], source: str, first: int, last: int, *, resumed: bool) -> bool:
    """Whether sentence ``last`` of ``source`` is in the quotation sentence ``first`` is in: ``first`` quotes, and
    each sentence after it up to ``last`` continues the quotation open at the end of the one before, or is one
    quotation with no speaker named but a pronoun's ("“And you exemplify it." / "“…,” he said"; only when
    ``resumed``)."""
    text, voice = sentences.get((source, first), ("", OWN))
    if voice == OWN or (voice != QUOTED and not _MARK.search(text)):
        return False
    for index in range(first + 1, last + 1):
        following = sentences.get((source, index))
        if following is None or following[1] == OWN:
            return False
        if not (_open_at_end(text, voice) or (resumed and _one_quotation(following[0]))):
            return False
        text, voice = following
    return True


def _open_at_end(text: str, voice: str | None) -> bool:
    """Whether a quotation is still open after ``text``: its last quotation mark opens one (“, or " before a word),
    or it has none and stands inside a quotation (voice ``quoted``)."""
    marks = list(_MARK.finditer(text))
    if not marks:
        return voice == QUOTED
    last = marks[-1]
    if last.group() != '"':
        return last.group() == "“"
    return (last.start() == 0 or text[last.start() - 1].isspace()) and last.end() < len(text) and not text[last.end()].isspace()


def _one_quotation(text: str) -> bool:
    """Whether ``text`` opens with a quotation mark and holds nothing outside its quotation but a pronoun's
    "he said"."""
    marks = list(_MARK.finditer(text))
    if not marks or not _PRONOUN_SAID.match(text[: marks[0].start()]):
        return False
    outside = text[marks[-1].end() :] if len(marks) % 2 == 0 else ""
    return len(marks) <= 2 and _PRONOUN_SAID.match(outside) is not None


__all__ = ["QUOTATION_GAP", "quotation_events"]
