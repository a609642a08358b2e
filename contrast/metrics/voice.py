"""Whose voice a sentence speaks in: the outlet's own, a quotation, or someone's reported speech.

A tone score or a loaded word means something about an outlet only in the outlet's own
words. "The Trump administration is behaving like a gang of hoodlums," said the China
Daily — quoted by the Guardian — is the China Daily's tone, not the Guardian's. So every
sentence of a source is read once, in order, and given a :class:`Voice`:

* ``quoted`` — half or more of its words are inside quotation marks, including a quotation
  that opened in an earlier sentence and closes in this one (news style runs a quotation
  over several sentences and reopens it at each paragraph; a paragraph that no mark reopens is
  still inside it when a later paragraph closes it, ``_closes_ahead``, within six sentences, or within six paragraphs
  in a speaker's register: "I'm a comic. ¶ I crossed the line. …");
* ``reported`` — it reports what someone said without being mostly quotation: a
  reporting verb ("said", "told", "according to", "accused … of", "criticized … for", "vowed to", "added
  that", "applauded the action", "notified the committee that", "disputed any suggestion", "…, he continued, …";
  not telling tales as an activity, "known for telling jokes"), a colon after a speaker ("Foreign media: …", which
  labels the rest of a paragraph it opens), a work cited by
  author and year ("(Lin, 2023)", "Winter (2021) introduces …"), or a quotation of five words or more;
* ``own`` — everything else: the outlet states it.

Reporting verbs count only outside quotation marks and only as verbs of saying: "the
index added 0.5 percent" adds, it does not speak, and "if accused of violating" is a
condition, not an accusation. Lexicon words in a sentence are read in context too
(:func:`cue_context`): inside quotation marks, in reported speech, in a definition ("soft
power is defined as … rather than coercion") or after a negation ("will not be bullied") or
a word of rejection ("downplays national humiliation")
they are not the outlet's own label, and the lenses count them apart; so is praise in what someone
promotes or depicts ("documentaries highlighting … harmonious development stories").

Speech acts beyond saying report too: appealing to and calling on someone, expressing concern or
disbelief, decrying, questioning someone's motives, being critical of, going on to argue; and a
sentence that spells out, with "These …", what the sentence before reported ("The administration
contends China has deployed predatory tactics. These tactics include cyber-theft …") continues it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

import polars as pl

from contrast.days import DAY, WEEKDAY_NAMES
from contrast.metrics.cues import SPLIT_WORD, CueMatcher
from contrast.metrics.places import COUNTRY_NAMES, STATE_NAMES
from contrast.metrics.wordscan import finditer, search, words_of
from contrast.resources import lexicon
from contrast.schema import END, START, TEXT, in_sentence_order
from contrast.segment import TITLE_BEFORE_NAME

__all__ = [
    "CONTEXTS",
    "DEFINITION",
    "KINDS",
    "NEGATED",
    "OWN",
    "PARAGRAPH_START",
    "QUOTED",
    "REPORTED",
    "Voice",
    "citation_span",
    "cue_context",
    "introducing_spans",
    "names_no_speaker",
    "negated",
    "own_part",
    "own_word_count",
    "owned_speech",
    "paragraph_starts",
    "promoted",
    "quoted_title",
    "reporting_spans",
    "reports_speech_at",
    "sentence_voices",
    "source_voices",
]

OWN, QUOTED, REPORTED = "own", "quoted", "reported"
KINDS = (OWN, QUOTED, REPORTED)
NEGATED, DEFINITION = "negated", "definition"
CONTEXTS = (OWN, QUOTED, REPORTED, NEGATED, DEFINITION)
"""Where a word of a sentence stands: the outlet's own words, or set apart from them."""

QUOTED_SHARE = 0.5
"""A sentence is a quotation when at least this share of its words is inside quotation marks."""
QUOTE_WORDS = 5
"""A quotation this long is someone's statement (shorter ones may be scare quotes or names)."""
MAX_CARRY = 6
"""A quotation left open is carried into at most this many following sentences of the same
paragraph unless it closes later in that paragraph; one still unclosed after them was a stray
mark, and the carry is undone. Six: a spokesman's answer of five sentences ("Kudlow told
reporters: “Potentially. … Both sides benefit by positive solutions that lower barriers.”") ran
past three, and its middle read as the Guardian's own voice."""
MAX_QUOTED_RUN = 20
"""How far ahead, within its paragraph, a quotation carried past ``MAX_CARRY`` sentences is looked
for its close. A quotation that closes in its own paragraph is one, however long: Schiff's
monologue in the New York Times ("He continued: “You might think … And yes, I think it's
corrupt.”") runs nine sentences, and its middle ("You might say that's just what you need to do
to win.") read as the Times's own hedges."""
NEGATION_WINDOW = 3
"""Words before a word that a negation reaches ("will not be bullied")."""
COLON_WORDS = 6
"""A colon attribution names its speaker within the first six words ("Foreign media: …")."""


@dataclass(frozen=True)
class Voice:
    kind: str
    """``own``, ``quoted`` or ``reported``."""
    quotes: tuple[tuple[int, int], ...] = ()
    """Character spans inside quotation marks (the marks included)."""
    attribution: tuple[int, int] | None = None
    """The span of the reporting verb, phrase or colon speaker that makes the sentence reported speech."""
    definition: bool = False
    """The sentence defines or glosses a term ("is defined as", "the concept of", "refers to")."""
    clauses: tuple[tuple[int, int, str], ...] = ()
    """Character spans of the sentence whose voice is not ``kind``, with their voice: in a sentence in the
    outlet's own voice, a clause that reports someone (a leading "While Obama promised to …," or a joined
    "…, while Democrats vowed to block …"); in reported speech, the outlet's own adjunct on the report
    ("Trump announced Sunday that …, just days after Mattis' bombshell resignation letter …")."""
    block: bool = False
    """The sentence is set out in a block after another sentence's attributing colon (``_colon_blocks``): all of it is
    that speaker's, its own reporting verbs too ("-His opponent's campaign admits …" in a campaign's list of points:
    the campaign's words, not the outlet's choice of verb, check9 BV-27); or it continues, in the outlet's words, the
    report that opens a section headed by a speaker label ("Foreign media: …", check13-bundled SP-43)."""

    def quoted_at(self, start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in self.quotes)

    def kind_at(self, start: int) -> str:
        """The voice of the word starting at ``start``: its clause's, else the sentence's."""
        return next((kind for a, b, kind in self.clauses if a <= start < b), self.kind)


# --- quotation marks ------------------------------------------------------------------

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘"
_MARKS = frozenset(_DOUBLE_OPEN + _DOUBLE_CLOSE + _SINGLE_OPEN + "\"'’")
"""Every character ``_scan`` reads as a quotation mark."""
_MARK_RE = re.compile("[" + re.escape("".join(sorted(_MARKS))) + "]")


def _open_context(text: str, i: int) -> bool:
    """A mark at ``i`` that can open a quotation: at the start or after a space or bracket, before text."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/") and not after.isspace()


def _close_context(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not (before.isalnum() and after.isalnum())


def _reversed_open(text: str, i: int) -> bool:
    """A closing double mark at ``i`` set where a quotation opens, with nothing open: at the start or after a space or
    bracket and right before a word (”We have mechanisms in place …,” Mr. Obama said. ”In some cases, it’s criminal. …
    And we will conduct thorough investigations.”; has ”zero tolerance” for such leaks). Typesetting that turned every
    double mark into a closing one opens the quotation with it; read as a close, it left the sentences the quotation
    runs over in the outlet's own voice (check15 Q-HL HL-18/HL-38: the Washington Times's "These are criminal acts
    when they release information like this." was its own). A mark before a space or a comma still closes."""
    after = text[i + 1] if i + 1 < len(text) else " "
    return _open_context(text, i) and (after.isalnum() or after in "[‘'…")


def _scan(text: str, carried: str | None) -> tuple[list[tuple[int, int]], str | None, bool]:
    """Quotation spans of one sentence, given the quotation carried in from the last one.

    Returns (spans, the quotation still open at the end or None, whether the carried one closed here).
    """
    if _MARKS.isdisjoint(text):  # no quotation mark (most sentences): what the loop below gives for one
        return ([(0, len(text))] if carried else []), carried or None, False
    spans: list[tuple[int, int]] = []
    stack: list[str] = [carried] if carried else []
    start = 0
    closed_carry = False
    seen_mark = False
    opened_at = -2
    for found in _MARK_RE.finditer(text):  # only quotation marks open or close anything
        i, ch = found.start(), found.group()
        kind = None
        if ch in _DOUBLE_OPEN:
            kind = "open-d"
        elif ch in _DOUBLE_CLOSE:
            kind = "open-d" if not stack and _reversed_open(text, i) else "close-d"
        elif ch == '"':
            if opened_at == i - 1 and not text[i + 1 : i + 2].isspace():
                kind = "open-d"  # doubled: an excerpt that itself opens with a quotation (""We have learned …," he said)
            elif "d" in stack:
                kind = "close-d"
            elif _open_context(text, i):
                kind = "open-d"
            elif _close_context(text, i):
                kind = "close-d"
        elif ch == _SINGLE_OPEN or (ch == "'" and _open_context(text, i) and i + 1 < len(text) and text[i + 1].isalpha()):
            kind = "open-s"
        elif ch in "’'" and "s" in stack and _close_context(text, i):
            after = text[i + 1] if i + 1 < len(text) else " "
            if not after.isalpha():
                kind = "close-s"
        if kind is None:
            continue
        mark = kind[-1]
        if kind.startswith("open"):
            if not stack:
                start = i
            stack.append(mark)
            opened_at = i
        elif mark in stack:
            while stack and stack.pop() != mark:
                pass
            if not stack:
                spans.append((start, i + 1))
                if carried and start == 0 and not closed_carry:
                    closed_carry = True
        elif not stack and not seen_mark and mark == "d":
            # a closing mark with nothing open: the quotation began before this sentence
            spans.append((0, i + 1))
            closed_carry = True
        seen_mark = True
    still_open = stack[0] if stack else None
    if stack:
        spans.append((start, len(text)))
    return spans, still_open, closed_carry


def _opens_at_start(text: str) -> bool:
    stripped = text.lstrip()
    return bool(stripped) and (stripped[0] in _DOUBLE_OPEN + _SINGLE_OPEN or stripped[0] == '"')


def _quotation_spans(texts: Sequence[str], breaks: Sequence[bool]) -> list[list[tuple[int, int]]]:
    result, carried_in = _paragraph_quotations(texts, breaks)
    for index, text in enumerate(texts):
        if (index == 0 or breaks[index]) and _DOUBLED_OPEN.match(text):
            close = _excerpt_close(texts, carried_in, index)
            for inside in range(index + 1, close or index):
                result[inside] = [(0, len(texts[inside]))]
    return result


_NO_SPEAKER_RULE = (
    r"(?:(?:the|a|an|certain|these|those|its|their|our|his|her|such|set|established|strict)\s+){0,2}(?:[a-z][\w-]*\s+)?"
    r"(?:procedures?|rules?|laws?|plans?|schedules?|guidelines?|protocols?|regulations?|instructions?|customs?|"
    r"traditions?|designs?|formulas?|timetables?)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|that|which|of|in|on|at|to|as|with|all|every|each|for|before|after)\b)"
)
"""After "according to", a rule or a plan, which says nothing ("to conduct the election according to certain
procedures", check AG EC-8): a manner, no source; the noun ends its phrase ("according to the rules committee's
chairman" still reports)."""

_DOUBLED_OPEN = re.compile(r"\s*[“„«\"][‘'“\"]")
"""A paragraph that opens with two quotation marks: an excerpt that itself opens with a quotation."""


def _excerpt_close(texts: Sequence[str], carried_in: Sequence[str | None], index: int) -> int | None:
    """The sentence that closes the excerpt opened by doubled marks at sentence ``index`` (within ``MAX_QUOTED_RUN``
    sentences): the first later one, not inside a quotation carried in, that closes a quotation it never opened. The
    inner quotations of the excerpt open and close on their own ("Here's an excerpt from the Times report: ¶ ""We
    have learned …," Mr. Blumenthal said … ¶ "And you exemplify it. ¶ … unconditional support." ¶ There was one
    problem: … never served in Vietnam. ¶ He obtained … according to records.""); every sentence before the close is
    the excerpt's. None (a stray mark) if no sentence closes it or another excerpt opens first."""
    for ahead in range(index + 1, min(len(texts), index + MAX_QUOTED_RUN)):
        if _DOUBLED_OPEN.match(texts[ahead]):
            return None
        if carried_in[ahead] is None and _scan(texts[ahead], None)[2]:
            return ahead
    return None


def _paragraph_quotations(texts: Sequence[str], breaks: Sequence[bool]) -> tuple[list[list[tuple[int, int]]], list[str | None]]:
    """Quotation spans of each sentence, news style (a quotation runs on within its paragraph and into the next
    ones that ``_closes_ahead`` finds), with the quotation carried into each sentence."""
    result: list[list[tuple[int, int]]] = []
    carried_in: list[str | None] = []
    carried: str | None = None
    carried_into: list[int] = []
    """Sentences the open quotation was carried into (undone if it never closes)."""
    for index, text in enumerate(texts):
        opened = carried_into[0] - 1 if carried_into else None
        too_long = len(carried_into) >= MAX_CARRY and not _closes_in_paragraph(texts, breaks, index, carried, opened)
        across = carried is not None and breaks[index] and not _opens_at_start(text)
        if across and carried is not None:
            across = _closes_ahead(texts, breaks, index, carried, run=[texts[i] for i in carried_into])
        if carried == "d" and breaks[index] and _closes_at_start(texts, breaks, index):
            across = True  # checked by ``_closes_ahead`` from the first paragraph the quotation was carried into
        if carried is not None and not across and (breaks[index] or _opens_at_start(text) or too_long):
            if not breaks[index] and not _opens_at_start(text):
                for undo in carried_into:  # a stray mark: these sentences were never inside it
                    result[undo] = _scan(texts[undo], None)[0]
            carried, carried_into = None, []
        spans, still_open, closed = _scan(text, carried)
        carried_in.append(carried)
        if carried is not None:
            carried_into = [] if closed else [*carried_into, index]
        elif still_open is not None:
            carried_into = []
        carried = still_open
        result.append(spans)
    return result, carried_in


def _closes_ahead(texts: Sequence[str], breaks: Sequence[bool], index: int, carried: str, *, run: Sequence[str] = ()) -> bool:
    """Whether a quotation left open at the end of a paragraph runs on into the paragraph that starts at sentence
    ``index`` though no mark reopens it: a later sentence closes a quotation it never opened, and every sentence
    before that one has no quotation mark of its own ("“I'm very frustrated. ¶ I take an oath of office, as does
    every other police officer in this country. ¶ I don't just get to pick and choose which laws I enforce.”"), or
    only a single-quoted phrase that opens and closes in it, nested in a double quotation (Obama's "“You've been
    debating a commemorative coin for baseball. ¶ You've had legislation reaffirming that 'In God We Trust' is our
    motto. ¶ … ¶ … back to work.”", Forbes's "… in there. ¶ In fact, they inscribed … was 'E pluribus unum.'”":
    check9g OJ-3/15). A sentence that opens a quotation first ends the search: the open mark was a stray (unless
    it reopens the quotation, below).

    How far: the close must come within ``MAX_CARRY`` sentences, or, further on, within ``MAX_CARRY`` paragraphs
    (each paragraph that no mark reopens is one mark presumed lost; ``MAX_QUOTED_RUN`` sentences at most) when
    half or more of the sentences it runs over are in a speaker's register (a first- or second-person word, an
    exclamation). Kathy Griffin's apology in the New York Times ("“I'm just now seeing the reaction of these
    images. ¶ I'm a comic. ¶ I crossed the line. I move the line, I cross it. I went way too far. ¶ The image is too
    disturbing. ¶ I understand how it offends people. ¶ It wasn't funny. I get it.”") closes eight sentences on,
    in its sixth paragraph, and its middle read as the Times's own voice (check10i KG-3); the outlet's narration
    after a stray open mark ("The court met on day 1. ¶ …") is no one's register, and stays its own.

    A later paragraph that opens with a double mark reopens the same quotation, as news style does at each
    paragraph, when the paragraphs in between lost their marks and half or more of their sentences, with the ones
    the quotation was carried into before (``run``), are in the speaker's register: Akin's ad in Fox News ("“As the
    father of two daughters, I want tough justice for predators. ¶ I have a compassionate heart for the victims of
    sexual assault. And I pray for them. ¶ The fact is, rape can lead to pregnancy. ¶ The truth is, rape has many
    victims. ¶ “The mistake I made was in the words I said … ¶ I ask for your forgiveness,” he said.") had its four
    middle lines in Fox's own voice (check13n RA-5/6/21/24/36/40). The outlet's narration between a stray mark and a
    new quotation is no one's register and stays its own, even when the stray quotation spoke in the first person
    (two articles of BASIL's tuning half: a quoted line left unclosed, then a paragraph about the speaker in the
    third person, then the speaker's next quotation)."""
    paragraphs = 0
    for ahead in range(index, min(len(texts), index + MAX_QUOTED_RUN)):
        text = texts[ahead]
        paragraphs += ahead == index or breaks[ahead]
        if paragraphs > MAX_CARRY:
            return False
        if ahead > index and carried == "d" and breaks[ahead] and _closes_at_start(texts, breaks, ahead):
            return ahead - index < MAX_CARRY or _speakers_run(texts[index:ahead])
        if _opens_at_start(text):
            reopens = ahead > index and breaks[ahead] and carried == "d" and text.lstrip()[0] in _DOUBLE_OPEN + '"'
            return reopens and _speakers_run([*run, *texts[index:ahead]])
        if _MARKS.isdisjoint(text):
            continue
        spans, still_open, closed = _scan(text, None)
        closes = closed
        if not closes and carried == "d" and still_open is None and all(text[a] in "'‘" for a, _ in spans):
            if not _scan(text, carried)[2]:
                continue
            closes = True
        if closes:
            return ahead - index < MAX_CARRY or _speakers_run(texts[index:ahead])
        if spans or still_open is not None:
            return False
    return False


def _closes_at_start(texts: Sequence[str], breaks: Sequence[bool], index: int) -> bool:
    """Whether the paragraph that sentence ``index`` opens starts with a closing mark misplaced after the line it
    closes: a straight or closing double mark that, read as closing a quotation left open, pairs every other double
    mark of the sentence (``_scan`` closes the carried one and leaves none open), while read as opening it leaves an odd
    one, and the quotation it would open runs on nowhere (no later sentence of its paragraph has a mark, and the next
    paragraph neither reopens nor closes it). Perry's emailed statement in Fox News ("Perry stated, "just when you
    thought … based on gay rights. ¶ This administration's war … must stop. ¶ … ¶ … is wrong. ¶ "Perry is referring to
    a presidential memorandum …, in which … aid programs "promote and protect" the rights of gays and lesbians.") had
    its three middle paragraphs in Fox's own voice and Fox's explanation as quotation (check13o PA-12/39/50/54/65).
    A lone mark that opens a quotation reopened in the next paragraph, or closed in its own, opens it."""
    text = texts[index].lstrip()
    if not text or text[0] not in '"' + _DOUBLE_CLOSE or _DOUBLED_OPEN.match(text):
        return False
    doubles = sum(ch in '"' + _DOUBLE_OPEN + _DOUBLE_CLOSE for ch in text)
    spans, still_open, closed = _scan(text, "d")
    if doubles % 2 == 0 or not closed or still_open is not None or len(spans) != 1 + doubles // 2:
        return False
    ahead = index + 1
    while ahead < len(texts) and not breaks[ahead]:
        if not _MARKS.isdisjoint(texts[ahead]):
            return False
        ahead += 1
    return ahead >= len(texts) or not (_opens_at_start(texts[ahead]) or _closes_ahead(texts, breaks, ahead, "d"))


def _speakers_run(texts: Sequence[str]) -> bool:
    """Whether half or more of ``texts`` are in a speaker's register (``_SPEAKERS_REGISTER``)."""
    return 2 * sum(bool(_SPEAKERS_REGISTER.search(text)) for text in texts) >= len(texts)


def _closes_in_paragraph(
    texts: Sequence[str], breaks: Sequence[bool], index: int, carried: str | None, opened: int | None = None
) -> bool:
    """Whether the quotation ``carried`` into sentence ``index`` closes in that sentence or a later one of
    the same paragraph (within ``MAX_QUOTED_RUN`` sentences), before a sentence that opens a new quotation; or,
    when the sentence that ``opened`` it is known, is taken up again by a double mark (``_reopened``)."""
    if carried is None:
        return False
    for ahead in range(index, min(len(texts), index + MAX_QUOTED_RUN)):
        if ahead > index and (breaks[ahead] or _opens_at_start(texts[ahead])):
            return opened is not None and carried == "d" and _reopened(texts, breaks, opened, ahead)
        if _scan(texts[ahead], carried)[2]:
            return True
    return False


def _reopened(texts: Sequence[str], breaks: Sequence[bool], opened: int, ahead: int) -> bool:
    """Whether sentence ``ahead``, which starts a paragraph or opens with a quotation mark, takes up again, news
    style, the double quotation that sentence ``opened`` left open: it opens with a single double mark (not the doubled
    marks of an excerpt), and the quotation is a speaker's, not a stray mark's: it opened its paragraph with the mark,
    or half or more of the sentences it runs over are in a speaker's register (``_speakers_run``). Trump's speech in NPR
    ("Trump issued his much-quoted summary of immigrants: ¶ "When Mexico sends its people, they're not sending their
    best. They're not sending you. … They're rapists. And some, I assume, are good people. "It's coming from more than
    Mexico. …"", check X HC-3/HC-4) runs eight sentences before its next paragraph's mark, set in the same paragraph by
    the scrape; read as a stray mark past ``MAX_CARRY`` sentences, its middle (its "I assume" too) was NPR's own."""
    text = texts[ahead].lstrip()
    if not text or text[0] not in _DOUBLE_OPEN + '"' or _DOUBLED_OPEN.match(text):
        return False
    at_start = (opened == 0 or breaks[opened]) and texts[opened].lstrip()[:1] in tuple(_DOUBLE_OPEN + '"')
    return at_start or _speakers_run(texts[opened:ahead])


# --- reported speech ------------------------------------------------------------------

_AT_CRITICS = (
    r"\s+at\s+(?:(?:the|his|her|their|its|those|these|some|such|all|many|[a-z][\w'’-]*['’]s)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:critics?|detractors?|naysayers?|accusers?|doubters?|skeptics?|sceptics?|claims?|accusations?|allegations?|"
    r"criticism|charges?|comments?|remarks?|suggestions?|reports?|reporting|characteri[sz]ations?)\b"
)
"""After "shot/fired/hit/pushed back", at whom or what it was aimed when those are people who criticised or what they
said ("Trump hit back at critics", "fired back at his detractors on Twitter", "pushed back at claims that …"): a
retort with nothing quoted, as "responded to critics" is; "The soldiers fired back at the gunmen" stays gunfire."""
_SAYING = (
    r"said|says|say|saying|told|tells|telling|stated|wrote|writes|remarked|explained|explains|observes|argued|argues|arguing|"
    r"claimed|claims|claiming|insisted|insists|asserted|asserts|contended|contends|declared|declares|stressed|"
    r"(?<!\bso\s)(?<!\btoo\s)(?<!\bas\s)(?<!ly\s)charged(?=\s+that\b)|"
    r"stresses|emphasi[sz]ed|acknowledged|acknowledges|admitted|admits|conceded|concedes|complained|complains|"
    r"(?:insisting|contending|asserting|maintaining|noting|adding|stating|declaring|explaining|suggesting)(?=\s+"
    r"(?:(?:on|in)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:(?!(?:of|that)\b)[\w'’-]+\s+){1,2}|"
    r"(?:on\s+)?(?:" + DAY + r")\s+|"
    r"as\s+(?:recently|early|late)\s+as\s+(?:(?!that\b)[\w'’-]+\s+){1,3}?|(?:last|this|earlier\s+this)\s+(?:week|month|year)\s+)?"
    r"that\b)|"
    r"predicted|predicts|warned|warns|warning|cautioned|noted|notes|observed|quipped|retorted|recalled|reiterated|"
    r"reiterates|reiterating|expressed|expresses|expressing|voiced|decrying|decried|decries|recommended|recommends|"
    r"admit|argue|insist|concede|acknowledge|contend|note|warn|predict|theori[sz]e[sd]?|"
    r"tell(?=\s+(?:(?:me|us|him|her|them|you|reporters|journalists)\b|(?:the\s+)?(?-i:[A-Z])))|"
    r"(?:is|are|was|were|been|being|as)\s+(?:(?:\w+ly|first)\s+)?reported\s+by|"
    r"(?<!\d\s)(?<!percentage\s)(?<!basis\s)(?<!percent\s)point(?:s|ed|ing)?\s+to|point(?:s|ed|ing)?\s+out(?!\s+(?:of|over|across|the\s+(?:window|door))\b)|"
    r"cite[sd]?(?!\s+for\b)|citing|lamented|laments|"
    r"(?:lay|lays|laid|laying|set|sets|setting|spell|spells|spelled|spelt|spelling)\s+out\s+(?:his|her|their|its|our|my|the|a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:beliefs?|views?|position|case|vision|arguments?|reasoning|rationale|stance|thinking|objections?)\b|"
    r"call(?:ed|ing)\s+(?:(?:on\s+)?(?:" + DAY + r")\s+)?for|"
    r"demand(?:ed|ing)(?=\s+(?:(?:\w+ly|also|again|then|now|(?:on\s+)?(?:" + DAY + r"))\s+)?that\b)|"
    r"(?:urg|implor|beg|beseech)(?:e|es|ed|ing|ged|ging)?\s+(?:[\w'’.&-]+\s+){1,8}?"
    r"(?:not\s+)?to\s+(?!(?:the|a|an|this|that|his|her|their|its|our)\b)[a-z]+|"
    r"(?:press|pressur)(?:e|es|ed|ing)?\s+(?:him|her|them|us|me|you|"
    r"(?:the\s+)?(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,4}|(?:his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}?(?:colleagues|"
    r"members|leaders|lawmakers|allies|supporters|administration|government|president|senators|party|voters|"
    r"friends|followers|fans|readers|viewers|listeners|constituents))"
    r"\s+(?:not\s+)?to\s+(?!(?:the|a|an|this|that|his|her|their|its|our)\b)[a-z]+|"
    r"(?:offered|issued|gave|delivered|offers|issues|gives|delivers)\s+(?:[\w'’.-]+\s+){0,3}?an?\s+ultimatum|"
    r"asked\s+(?:(?:him|her|them|reporters|\w+)\s+)?(?:whether|if|why|how)\b|"
    r"asked(?=\s*(?:(?:on\s+)?(?:" + DAY + r")\s*)?"
    r"(?:[.!?,:\"”’']|$))|"
    r"(?:has|have|had|was|were|is|are|been|being)\s+(?:\w+ly\s+)?critical\s+of|"
    r"(?:notif(?:y|ies|ied|ying)|inform(?:s|ed|ing)?|remind(?:s|ed|ing)?)\s+(?!(?:of|about|on)\b)(?:[\w'’.-]+\s+){1,5}?that\b|"
    r"disput(?:e|es|ed|ing)\s+(?:that\b|(?:(?:any|the|a|an|this|these|those|such|his|her|their|its|our)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:suggestions?|claims?|allegations?|reports?|accounts?|characteri[sz]ations?|notion|idea|"
    r"assertions?|findings?|charges?|contention|story|version|premise|accuracy)\b)|"
    r"(?:seen|viewed|regarded|perceived)\s+by\s+(?:[\w'’.-]+\s+){1,4}?as|"
    r"attribut(?:e|es|ed|ing)\s+(?!to\b|by\b)(?:[\w'’.“”\"-]+\s+){1,8}?to\b|"
    r"(?:shot|shoots|fired|fires|hit|hits|pushed|pushes)\s+back(?=" + _AT_CRITICS + r")|"
    r"according to(?!\s+" + _NO_SPEAKER_RULE + r")|quoted as saying|in a statement|in an interview|in an editorial|in a commentary|"
    r"appeal(?:s|ed|ing)?\s+(?:to|for)|call(?:s|ed|ing)?\s+(?:on|upon)|"
    r"(?:went|goes|go|going|gone|continued|continues|proceeded)\s+on\s+to\s+(?:say|argue|claim|insist|note|add|warn|"
    r"suggest|predict|accuse|blame|criticize|criticise|praise|question|describe|call|urge|deny|stress|explain)|"
    r"questioned\s+(?=whether\b|if\b|why\b|how\b|\w+['’]s\b|the\s+(?:wisdom|need|legality|logic|motives?|value|"
    r"decision|validity|claim|idea|allegiance|loyalty|commitment|credibility|sincerity)\b)"
)
"""Verbs and phrases that report speech wherever they stand: saying, noting ("They note that …"), lamenting, calling
for something ("both called Tuesday for a postponement"), urging or pressing someone to do something ("…, D-N.Y., urged
Trump to call off the meeting", "pressured President Trump to consider cancelling", "urged the GOP to embark on …", "urged
her own Facebook friends to share the message", check12l BK-27, CH-23), an ultimatum ("offered Trump an
ultimatum …: make …"); urging, imploring, begging anyone at all to act ("Several family members urged the audience and
Mr. Trump to support …", check AK IM-34: the object of a call may be any noun phrase; pressing keeps the narrower list,
a button is pressed too), attributing something to a cause ("Mr. Krueger attributed the slowdown to “headwinds” …": his
explanation, check15 JR-12; not the participle of "quotes attributed to him"), asking whether (check-s6-C PM-16, PM-18, PM-20, GF-16,
GF-27), pointing
to something in support ("the governor pointed to its origins in federal legislation"; not the points of a measure, "rising
1.43 percentage points to 7.53 percent", "fell 350 points to", check AK MX-45) or pointing it out ("She
pointed out instances such as staffers working without clearances": what she remarked on, check-S OM-23; not "pointed
out the window"), citing it ("White House
officials cited only two times that …", with or without a quotation; not "cited for contempt"), expressing ("expressed similar
concerns"), appealing and calling on someone ("appealed to both sides to", "called on them to"),
decrying, arguing on ("went on to argue that"), questioning ("questioned Trump's allegiance"), theorizing ("…, Mr.
Abramowitz and Mr. Webster theorize, …"), a passive report by its reporter ("were first reported by The Atlantic"), and a
participle of saying before its clause ("The source challenged one major aspect of the story line, insisting that the
White House never offered Sestak the job": the insisting reports the clause, check8-recheck SE-P6; also with where or
when it was said between, "noting on Twitter that …", "adding in a statement that …", "noting Tuesday that …", check11k
VF-16; "suggesting as recently as February that …", "suggesting last week that …", check12-reM HB-17, when the
participle's understood subject is a person, ``participle_of_a_person``; not "adding to fears that …"), demanding
that something be done ("They demanded that Mr. Mueller's full report be made public.", the Washington Times, check AC
BR-8: as "called for", the demand is the speakers' words; "demanded an apology" is left to the speech acts), reminding or
informing someone that something is so ("reminding Mr. Trump that he invited him …", check11k VF-16), and laying out,
setting out or spelling out one's belief, view, position or case ("Mr. Romney laid out his belief that marriage … should be
restricted to heterosexual couples": Romney's stated position, check8-new RM-21; not "laid out the chairs"). An
accusation made in words, "charged that" ("Putin charged that the U.S. has abandoned a key treaty", "Republicans also have
charged that …": on the AllSides sample 25 "charged that", half of them read as the outlet's own voice before, check AI
OM-35), not a mood ("so charged that no one spoke"); "charges that" is left out, as often the noun ("the eight charges
that Cohen pleaded guilty to")."""
_CLAUSE_VERBS = (
    r"added|adds|announced|announces|reported|reports|confirmed|confirms|denied|denies|alleged|alleges|"
    r"suggested|suggests|pledged|pledges|vowed|vows|promised|promises|threatened|threatens|urged|urges|"
    r"hinted|signalled|signaled|believes|believed|estimated|estimates|flagged|flags|maintained|maintains|indicated|"
    r"swore|swears|agreed|agrees|elaborated|elaborates|tweeted|tweets|posted|continued(?=\s*:)|suggest|"
    r"(?:is|are|was|were|has\s+been|have\s+been)\s+reporting|"
    r"indicates|stressing|relayed|relays|relaying|suggesting|pointed\s+out|(?:made|makes|making)\s+(?:it\s+)?(?:[\w-]+\s+){0,3}?clear|"
    r"countered|retorts|(?:shot|shoots|fired|fires|hit|hits|pushed|pushes)\s+back|"
    r"revealed|reveals|disclosed|discloses|stipulated|stipulates|testified|testifies|(?<=\bdid\s)confirm|(?<=\bdoes\s)confirm"
)
"""Verbs that report speech only before a clause ("added that", "vowed to"), a quotation, or after one; a newspaper's
report in the progressive too ("…, The New York Times is reporting.", check12l CH-9), not "is reporting losses". An
author's stipulation ("The author stipulates that he does not belong to …": what the author grants, check AA OP-7). A
retort too ("Nonsense, Obama shot back, noting how similar warnings always greeted …", CNN, checkR EP-41; "fired
back", "hit back", "pushed back", "countered"), as "retorted" is; not a delay or gunfire (``_NOT_RETORTED``). A disclosure by
someone ("Rudy Giuliani, the former mayor …, revealed on Wednesday night that Trump reimbursed …", the Guardian, checkR
SD-29; "disclosed that"), as "acknowledged" and "admitted" report: what the person made known; not what evidence or an
event reveals ("The documents revealed that …", ``_REVEALING``), which is the outlet's reading of it, as "Emails …
suggest" is, nor the passive ("The plan was revealed on Monday.")."""
_SPEECH_ACTS = (
    r"call|calls|called|calling|dub|dubs|dubbed|label|labels|labell?ed|labell?ing|brand|brands|branded|term|terms|termed|"
    r"describe|describes|described|describing|characteri[sz]e[sd]?|characteri[sz]ing|refer|refers|referred|referring|"
    r"insisting|noting|adding|stating|declaring|vow|vowed|vowing|pledge|pledged|pledging|promise|promised|promising|"
    r"threaten|threatened|threatening|warn|warned|urge|urged|urging|offer|offered|offering|tout|touts|touted|touting|"
    r"praise|praised|praising|hail|hailed|criticized|criticised|criticizing|criticising|condemn|condemned|"
    r"deride|derided|deriding|mock|mocked|mocking|dismiss|dismissed|dismissing|blast|blasted|slam|slammed|rip|ripped|"
    r"ripping|accuse|accused|accusing|charge|charged|demand|demanded|ask|asks|asked|asking|thank|thanked|congratulate[sd]?|"
    r"welcome[sd]?|decr(?:y|ied|ies)|lament(?:s|ed)?|boast(?:s|ed)?|brag(?:s|ged)?|joke[sd]?|tweet(?:s|ed)?|wrote|write|writes|"
    r"mention(?:s|ed|ing)?|clarif(?:y|ies|ied)|respond(?:s|ed)?|repl(?:y|ies|ied)|question(?:s|ed)|propos(?:e|es|ed|ing)|express(?:es|ed)|"
    r"deem(?:s|ed)|outline[sd]?|recommend(?:s|ed|ing)?|cite[sd]?|citing|quote[sd]?|quoting|echo(?:es|ed)|repeat(?:s|ed)|"
    r"insist|assert(?:s|ed)?|suggest(?:s|ed|ing)?|announc(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|appeal(?:s|ed)?"
)
"""Acts of speech whose object or complement may be a quotation: in a sentence with a quotation, the quotation
is the speaker's words ("he called it “the easy route”", "vowed a “robust” start"), not the writer's scare quote;
so is a question the speaker "asks" after it, in the present of a transcript as in the past ("'What happened?' Trump
asks Manigault Newman, who …", check-S OM-37)."""
_PHONED = r"(?:office|offices|phone|cellphone|cell|mobile|home|house|residence|number|line|hotline|desk|bluff|attention)\b"
"""What is telephoned or caught out, not characterised, after "called Smith's": "called Smith's office on Monday",
"called Trump's bluff"."""
_WHEN_CALLED = (
    r"again|twice|back|repeatedly|directly|personally|late|early|earlier|later|yesterday|today|tonight|last|this|every|"
    r"each|immediately|recently|afterwards?|shortly|briefly|instead|too|also|then"
)
_NO_COMPLEMENT = r"about|to|for|on|at|with|in|into|from|by|of|and|or|but|after|before|where|when|which|who|that"
"""Words that begin no complement after "called Smith's office" ("… about the delay", "… and asked …")."""
_NO_NOUN = _NO_COMPLEMENT + r"|the|a|an|his|her|their|its|our|my|your"
"""Words that are no noun after "called Smith's": the name is a shop's or a club's ("someone called Domino's from their
house", "a club called Lucky's where …")."""
_SPAN_OF_TIME = r"(?:day|night|week|month|year|hour|minute|moment|second|few|couple|number|bit|lot|while|time)s?\b"
"""After "called Smith a": when the call was made ("called Smith a day later"), not what Smith was called."""
"""Adverbs and times after what was called: a call made ("called Smith's lawyer twice"), no complement that says what
it was called."""
_CHARACTERISING_RE = re.compile(
    r"(?i)(?<![-‐])\b(?:(?:call|calls|called|calling|label|labels|labell?ed|labell?ing|brand|brands|branded|branding|dub|dubs|"
    r"dubbed|dubbing|term|terms|termed)\s+(?:him|her|it|them|us|me|you|this|that|these|those|such|the|a|an|his|their|its|"
    r"our|my|your)\b"
    r"(?!\s+(?:quits|a\s+day|a\s+night|a\s+career)\b)|"
    r"(?<=,\s)calling\s+(?-i:[A-Z][\w.-]*)['’]s\s+[a-z][\w-]*\s+(?!(?:about|to|for|on|at|with|in)\b)[a-z][\w-]*\b"
    r"(?!\s+(?:quits|a\s+day|a\s+night|a\s+career)\b)|"
    r"(?:call|calls|called|label|labels|labell?ed|brand|brands|branded|dub|dubs|dubbed|term|terms|termed)\s+"
    r"(?-i:[A-Z][\w.-]*)(?:\s+(?-i:[A-Z][\w.-]*)){0,3}['’]s\s+(?!" + _PHONED + r"|(?:" + _NO_NOUN + r")\b)(?-i:[a-z])[\w-]*\s+"
    r"(?!(?:" + _NO_COMPLEMENT + r"|" + _WHEN_CALLED + r")\b)(?:a\s+|an\s+)?(?-i:[a-z])[\w-]*\b|"
    r"(?:call|calls|called|label|labels|labell?ed|brand|brands|branded|dub|dubs|dubbed|term|terms|termed)\s+"
    r"(?-i:[A-Z][\w.-]*)(?:\s+(?-i:[A-Z][\w.-]*)){0,3}\s+(?:a|an)\s+(?!" + _SPAN_OF_TIME + r")(?-i:[a-z])[\w-]*\b|"
    r"(?:castigat|condemn|pann|describ|characteri[sz]|denounc|decr(?:y|ie)|portray|paint|dismiss|depict|cast|slam|blast|identifi|"
    r"criticiz|criticis|attack|assail|rip)(?:e|es|ed|d|s|ing|ting|ping|ming|ped|med)?\b"
    r"(?!\s+(?:himself|herself|itself|themselves|ourselves|myself|yourself)\b)(?=(?:\s+[\w'’.,-]+){1,8}?\s+as\b)|"
    r"identified(?=\s+(?-i:[A-Z])[\w'’.,-]*(?:\s+[\w'’.,-]+){1,15}?\s+as\s+(?:the\s+|an?\s+)?(?:other\s+|two\s+|three\s+)?"
    r"(?:victims?|dead|deceased|wounded|injured|suspects?|gunman|shooter|attacker|driver)\b))"
)
"""Characterising someone's act in someone else's words without quotation marks ("Republicans called the
bill a power grab", "Mr. Obama called such accusations wrong", check15 Q-HL HL-49, "condemned the approach as
destructive"): the characterisation is reported. Only the
verb ("portrayal" is a noun), and not a self-presentation ("to cast himself as a defender", "portray
itself as a force for good"): what someone makes of themselves by acting is the writer's observation. Not an idiom
that names no one ("Steele will call it quits", check11j SR-15). A participle after the main clause naming what a
named country's or person's thing is ("…, calling Cuba's government tyrannical", check12m HB-21) reports the subject's
label; not a call made about something ("calling Roe's office about the permit"). Naming the people a report is about
("Ryan identified Special Agent David Bailey and Special Agent Crystal Griner, both of Capitol Police, as other
victims") may list them at length: so long as they are named and called victims, suspects or the like, it reports
(check-T SC-63)."""
_CONDITION = r"(?:if|unless|whether|once|when|lest)\s+"
_SAYING_RE = re.compile(rf"(?i)\b(?:{_SAYING})\b")
_DETERMINERS = (
    r"the|a|an|this|that|these|those|its|their|his|her|our|your|my|some|many|such|any|all|both|each|every|recent|"
    r"false|new|earlier|previous|further|several|no"
)
"""Before a noun: "to our understanding" is a preposition's object, not an infinitive; "some claims that" a noun."""
_FINITE = r"is|are|was|were|will|would|has|have|had|could|should|can|may|might|must|did|does"
"""Finite verbs that open a clause with its subject already named."""
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
"""A month named as the time of a report ("vowed in February that …", check11k VF-24)."""
_VENUE = (
    r"(?:on|in|via)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:twitter|facebook|instagram|television|tv|radio|air|"
    r"camera|social\s+media|(?-i:[A-Z])[\w'’.&-]*(?:\s+(?:(?:&|of|the)\s+){0,2}(?-i:[A-Z])[\w'’.&-]*){0,4})\s+"
)
"""Where a report was made, between a clause verb and its clause: a medium or a named programme or outlet ("announced on
Twitter that …", "revealed Wednesday night on Fox News' “Hannity” that …", Fox, checkR SD-48; the programme's name
is blanked with the other quotations; "on CNN's State of the Union"). Not a common noun ("agreed on a plan that would …"
names what was agreed)."""
_CLAUSE_RE = re.compile(
    rf"(?i)\b(?:{_CLAUSE_VERBS})\b(?=\s*(?:(?:\w+ly\s+|(?:on\s+)?(?:" + DAY + rf")"
    r"(?:\s+(?:night|morning|afternoon|evening))?\s+|"
    rf"for\s+(?:days|weeks|months|years)\s+|(?:earlier|later)\s+(?:this|last)\s+(?:week|month|year)\s+|"
    rf"(?:earlier|last)\s+(?:week|month|year|night)\s+|earlier\s+|in\s+{_MONTH}(?:\s+\d{{4}})?\s+|in\s+\d{{4}}\s+|{_VENUE}){{0,2}}(?:that\b|it\s+(?:{_FINITE})\b|it['’](?:s|d|ll)\b|he\b|she\b|they\b|we\b)|,|:|[\"“”‘']|to\s+(?!(?:{_DETERMINERS})\b)[a-z]|i\b|there\b|"
    r"[.!?]?\s*$|(?:the|his|her|its|their|such|these|those|this)\s+(?:[\w-]+\s+){1,4}?(?:would|will|had|has|was|were|is|are|"
    r"could|should|might|must|may|can)\b|"
    r"to\s+the\s+(?:(?-i:[A-Z][\w'’.-]*)\s+){1,5}that\b|"
    r"(?:(?:late|early|on)\s+)?(?:" + DAY + r")\s*"
    r"(?:[.!?][\"”’']?\s*$|,)))"
)
"""A clause verb reports before its clause, a quotation or the end of the sentence — also with the day of the
report between ("…, prosecutors announced Tuesday.": the sentence is the prosecutors' announcement; "revealed on
Wednesday night that …"). Also with the time of
the report between ("And the Washington Post reported earlier this week that Trump asked …"), and before a clause whose
subject opens with a demonstrative ("Republicans have suggested such actions may constitute a crime"), and with whom it was
told, named, between ("Gattine denied to the Portland Press Herald that he ever called the governor a racist"; not "added to
the Federal Reserve's worries that")."""
_PARENTHETICAL_RE = re.compile(
    rf"(?:^|,)\s+(?:he|she|they|we|I|{TITLE_BEFORE_NAME}\.\s+[A-Z][\w'’-]+)\s+(continued|continues|went\s+on|goes\s+on)\s*,"
)
"""A reporting clause set between commas in mid-sentence ("Practically speaking, he continued, impeachment is only
possible if …"): continuing or going on, which report only there (the group is the verb's span). Not "…, the talks
continued, …" nor "Meanwhile, Fighting continued, officials said": the subject is a pronoun or a titled name."""
_POLL_CITED_RE = re.compile(
    r"(?i)\b(?:poll|survey)\b(?:\s+(?!(?:that|which|who|and|but)\b)[^\s,;:.]+){0,8}?\s+(shows|showed|finds|found|"
    r"indicates|indicated)\b(?!\s+(?:that\s+)?(?:no|little|nothing)\b)"
    r"|\b(in\s+(?:the|that|this)\s+(?:same\s+|latest\s+|new\s+)?(?:poll|survey))\b(?!\s+(?:of|is|was|has|had|will)\b)"
)
"""A poll or survey cited for what it found: "A new NBC/Wall Street Journal poll of GOP primary voters shows 23 percent
picked …", or a sentence giving its figures "in the poll" named before ("Bush is followed in the poll by Walker at 15
percent"): the figures are the poll's, a cited source, as "According to HuffPost Pollster, …" is (check12-reM HB-7,
HB-24). The group is the span: the verb, or the phrase, which attributes the whole sentence (``_sentence_wide``)."""
_IN_THE_POLL = re.compile(r"in\s+(?:the|that|this)\s+(?:same\s+|latest\s+|new\s+)?(?:poll|survey)")
"""The phrase of ``_POLL_CITED_RE`` that attributes a whole sentence to a poll named before ("… in the poll …")."""
_AS_REPORTS_RE = re.compile(
    r"(?i)^\s*(?:(?:and|but|so)\s+)?as\s+(?:[\w'’.-]+\s+){1,7}?(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)"
    r"(report|reports|reported|note|notes|noted|write|writes|wrote|explain|explains|explained|put\s+it|puts\s+it)\b"
    r"(?=[^,;:]*,)|"
    r"^\s*(?:(?:and|but|so)\s+)?as\s+(?:(?:was|were|has\s+been|had\s+been|is|are|widely)\s+)*"
    r"(reported)\b(?!\s+(?:by|here|earlier|above|previously|before)\b)(?=[^,;:]*,)"
)
"""A leading "As …" clause that names who reports what the main clause says ("As my colleagues Kim Severson and Robbie
Brown report from Atlanta, the president … made comments …": the colleagues' report, check11j CF-18; "As the newspaper
reported on Sunday, …"), or that names no one ("As reported in 2023, various initiatives … have been met with mixed
reactions": a report by someone unnamed, check13-bundled SP-38; not the outlet's own "As previously reported", "As
noted"). Not "as" of time ("As prices rose, …") nor a noun ("As
the report from Atlanta makes plain")."""
_WRITTEN_IN = (
    r"book|memoir|autobiography|novel|letter|memo|memorandum|report|statement|interview|op-ed|column|essay|article|"
    r"speech|post|tweet|e-?mail|filing|complaint|lawsuit|testimony|affidavit|editorial|message|excerpts?|passage|"
    r"chapter|remarks|comments|podcast"
)
_IN_A_WORK_RE = re.compile(
    r"^\s*(?:(?i:and|but|yet|so)\s+)?(?i:in)\s+(?:(?i:the|a|an|this|that|his|her|their|its|one)\s+|[A-Z][\w'’.-]*['’]s?\s+)?"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?i:{_WRITTEN_IN})(?:\s+(?i:on|to|with|from|by|for|in|at|of|about|last|this|published|"
    r"released|obtained|sent|written|titled|entitled)\b[^,;:]{0,80}?)?(?:,|\s{3,})\s*"
    rf"(?:he|she|they|we|I|(?i:the\s+authors?|the\s+writer)|(?:{TITLE_BEFORE_NAME}\.\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:(?:also|even|further|then|again|once|[a-z]+ly)\s+)?"
    r"((?!(?:is|was|has|does|this|thus|news|always|perhaps)\b)[a-z]{2,}ed|"
    r"(?!(?:is|was|has|does|this|thus|news|always|perhaps)\b)[a-z]{2,}s(?!\s+(?:[a-z]+ed|said|say|told|wrote|have|had|are|were|"
    r"will|would)\b)|wrote|said|told|made|took|gave|saw|spoke|"
    r"thought|felt|became|went|came|knew|kept|held|met|ran|found|brought|sought|got|hit|quit)\b"
)
"""A leading "In the book, …" (a memoir, a letter, an interview, a report, a statement: a text someone wrote or gave)
before a named subject or a pronoun and its verb: "In the book, Bannon slammed the president’s eldest son …" (Fox,
check15 Q-BN BN-17/56/57) tells what Bannon says in the book, as "Bannon writes in the book" would: the verb reports
(the group is its span, so its subject is the speaker). Not a subject that names no one ("In the report, the jobless
rate rose …"), nor an auxiliary ("In the book, Bannon is quoted as …", which "quoted as" reports), nor a plural noun of the
subject before its verb ("In a statement, Koch officials said …": "said" reports), nor a noun the work's
noun qualifies ("In the book tour, he visited 12 cities": after the noun, only a title or a phrase with a preposition or
a participle, "In a letter to the board, …", "In the memo obtained by …")."""
_EMBEDDED = re.compile(rf"(?i)^\s+(?:{_FINITE})\b")
"""After a verb of saying, a finite verb with no subject between: the saying is inside a relative clause on a
noun of the sentence ("a project Democratic lawmakers say is a firm deal-breaker", "what they say is
discrimination"), which reports that clause, not the sentence."""
_AFTER_QUOTE_RE = re.compile(rf"(?i)[,!?][\"”’']?\s+(?:\w+\s+){{0,4}}?(?:{_CLAUSE_VERBS})\b")
_QUOTE_CHARS = frozenset("\"”’'")
"""A mark one of which must stand before a clause verb that ``_AFTER_QUOTE_RE`` finds for it to report."""
_CLAUSE_VERB_RE = re.compile(rf"(?i)\b(?:{_CLAUSE_VERBS})\b")
"""A clause verb anywhere (compiled once: a pattern built from an f-string is hashed into ``re``'s cache at each call)."""
_FAULTING = (
    r"critici[sz](?:e|es|ed|ing)|fault(?:s|ed|ing)|prais(?:e|es|ed|ing)|thank(?:s|ed|ing)|condemn(?:s|ed|ing)|"
    r"rebuk(?:e|es|ed|ing)|scold(?:s|ed|ing)|chid(?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|lambast(?:s|ed|ing)|"
    r"slam(?:s|med|ming)|blast(?:s|ed|ing)"
)
"""Verbs of judging someone aloud, which report that judgment when its ground follows with "for" ("They also
criticized Colorado for not tracking marijuana once it is sold": the fault is the critics' charge)."""
_FAULTING_RE = re.compile(rf"(?i){_FAULTING}")
_TIME_SPAN = r"(?:years|months|weeks|days|decades|hours|a\s+(?:long\s+)?(?:time|while)|some\s+time|the\s+\w+\s+time)\b"
_ACCUSED_RE = re.compile(
    r"(?i)\b(?:(?:accused|accuses|accusing|blamed|blames|blaming)\b(?=\s+(?:[\w'’.-]+\s+){0,6}?(?:of|for)\b)|"
    r"(?:blamed|blames|blaming|blame)\b(?=\s+(?!on\b)(?:[\w'’.-]+\s+){1,6}?on\b)|"
    rf"(?:{_FAULTING})\b(?=\s+(?:[\w'’.-]+\s+){{0,6}}?for\s+(?!{_TIME_SPAN})))"
)
"""A charge or a judgment with its ground: "accused … of", "blamed … for", "criticized … for" (not "for years"); a blame
laid on a cause, "blamed the dismal numbers on challenges posed by Europe" (check15 JR-28; not the passive "was blamed
on", which names no one who blames)."""
_JUDGED_RE = re.compile(
    r"(?i)(?<![-‐])\b(?:applaud(?:s|ed)|prais(?:es|ed)|laud(?:s|ed)|commend(?:s|ed)|hail(?:s|ed)|condemn(?:s|ed)|"
    r"denounc(?:es|ed)|deplor(?:es|ed)|critici[sz](?:es|ed)|castigat(?:es|ed)|lambast(?:s|ed)|rebuk(?:es|ed)|"
    r"(?P<blast>blast(?:s|ed)?))\b"
    r"(?=\s+(?:(?:the|a|an|this|that|these|those|his|her|their|its|our|him|them|it|us|me|you)\b|(?-i:[A-Z])))"
    r"(?(blast)(?!(?:\s+[\w'’.-]+){0,4}?\s+(?:open|off|out|away|through|into|apart|loose)\b)"
    r"(?!\s+(?:(?:the|his|her|their|its|our)\s+)?(?:[\w'’-]+\s+)?(?:music|doors?|rocks?|walls?|holes?|radio|horns?|air|"
    r"water|songs?|speakers?|stereo|tunnels?|rockets?|engines?|balls?|heat|fire|sand|hoses?|jets?)\b))"
)
"""Verbs of judging someone's act aloud, before what they judge ("Kevin Sabet … applauded the action by Nebraska and
Oklahoma", "Rights groups denounced his arrest"): the sentence reports that public judgment, as "praised … for" does
(``_FAULTING``), with or without a quotation. Not a participle on a noun ("The plan, praised by many, …", "the
much-criticized plan"), nor "hails from". A name is judged as any other object ("Top Senate leaders … have condemned
Akin's comments": the capital of a name needs no word boundary after it, check13n RA-30). Blasting someone too, with
the same objects ("has taken to Facebook to blast her older sibling", check12-reL CH-23; "Cruz blasted Obama"), but not
a blast, nor blasting in its literal senses ("blasted off", "blasted out an email", "blasted the door open", "blasted
the rock face", "blasted Beethoven's music"). A participle of saying after the judgment ("Trump blasted Democrats on
Friday, saying …") carries the report, and the judging clause is the outlet's own account of it (``_reporting_clause``)."""
_SPEECH_ACT_RE = re.compile(rf"(?i)(?<![-‐])\b(?:{_SPEECH_ACTS})\b")
_REFERS_TO_A_THING = re.compile(
    r"(?i)\s+to\s+(?:a|an|the|this|that|his|her|their|its)\s+(?:(?!as\b)[\w'’.-]+\s+){0,8}?(?!as\b)[\w'’.-]+\s*(?:[,;]|\.?$)"
)
"""After "refer": what someone had in mind, a thing named up to the clause's end with no "as" ("Perry is referring to a
presidential memorandum released by the White House, in which … "promote and protect" …": Fox explains what Perry
meant, check13o PA-39), not a speech act naming it ("referred to him as "a thug"", "referring to "the virus"")."""
_CONDITIONAL_RE = re.compile(rf"(?i)\b{_CONDITION}$")
_NOT_REPORTED_SAY = re.compile(
    r"(?i)\b(?:to|will|would|can|could|should|must|may|might|shall|do|does|did|let|make|makes|made)\s+$|"
    r"\bto\s+do\s+(?:is|was)\b"
)
"""Before a bare "say" that reports no one: an infinitive, a modal, or the "what X is trying to do is …"
of a writer's claim ("What the government is trying to do is … forcibly say “be like us”" says what
the writer thinks someone does, not what was said)."""
_ADVISED = re.compile(r"(?i)\b(?:can|could|should|must|might|may|will|would|shall|ought\s+to)\s+do\s+(?:now\s+)?(?:is|was)\s+$")
"""Before a bare verb of saying: the "what X can do is …" of advice or a hypothesis ("The best you can do is admit you
were too slow", "All he could do was concede the race"): what someone might or should say, so nobody is reported, with
a "that" clause or without (check-U PR-51). "What the White House did was argue that …" still reports."""
_IMPERATIVE_LEAD = re.compile(r"(?i)^[\s“\"‘']*(?:(?:just|so|now|please|and|but|first|then|simply)\s*,?\s+)*$")
"""Before a bare verb of saying that opens its sentence: nothing but an adverb or a joiner ("Note that the figures
exclude Puerto Rico.", "Just admit it: …"): the writer's imperative to the reader, no report (as "Call it …" and "tell
us" are, check12m BN-26, CH-21)."""
_BARE_SAYING = frozenset(
    {"say", "note", "warn", "predict", "admit", "argue", "insist", "concede", "acknowledge", "contend", "theorize", "theorise",
     "tell"}
)
"""Bare verbs of saying that report only with a subject of their own ("Administration officials warn that …", "Lawyers
argue that …", "insiders tell Fox News they expect …", check11j SR-14; not "plans to warn voters", "The plan is to
argue the case", "may contend with higher costs", "Time will tell", "hard to tell"). A bare "tell" reports only
before whom it is told to ("tell Fox News", "tell reporters", "tell him"), not "tell a different story"."""
_ARGUING = frozenset({"admit", "argue", "insist", "concede", "acknowledge", "contend", "theorize", "theorise"})
"""Bare verbs of arguing that still report after an infinitive or a modal when a "that" clause follows: what is
argued is said ("has been to argue that the mandate be delayed", "found himself having to argue that it was still
necessary"), the argument itself is not ("The plan is to argue the case", "to admit African Americans")."""
_THAT = re.compile(r"(?i)\s+that\b")
_NEGATED_NO_REPORT = frozenset({"warn", "predict"})
"""Bare verbs that report nothing when negated ("The storm warnings did not predict the flooding"); so do the verbs of
arguing (``_ARGUING``) with no "that" clause after them ("He will not admit defeat", "She would never concede the race":
a concession not made, as the attribution lens reads it; "He will not admit that he lied" still reports)."""
_NEGATED_BARE = re.compile(r"(?i)\b(?:to|do|does|did|will|would|can|could|should|must|may|might)\s+(?:not|never)\s+$|n['’]t\s+$")
_ANONYMOUS_RE = re.compile(
    r"(?i)\b(?:declined to be (?:named|identified)|requested anonymity|on (?:the )?condition of anonymity|"
    r"asked not to be (?:named|identified)|(?:people|persons?|sources?|officials?) (?:familiar|briefed) with|"
    r"it is (?:said|understood|reported|believed)|"
    r"(?:circulated|distributed|handed\s+out|passed\s+around|sent\s+out|put\s+out)\s+by\s+(?:[\w'’-]+\s+){1,3}?close\s+to)\b"
)
"""Unnamed sources marked as such; also a text passed on by an unnamed group close to someone ("a set of response
points were circulated by Democrats close to Blumenthal's campaign:", check9 BV-26): vague sourcing."""

_DEFINITION_RE = re.compile(
    r"(?i)\b(?:defin(?:e|es|ed|ing|ition|itions)|conceptuali[sz](?:e|es|ed|ing|ation)|refers?\s+to|"
    r"(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:understood|described|known)\s+as|"
    r"(?:concept|notion|idea|term)\s+of|the\s+term\s+[\"“‘']|in\s+other\s+words|"
    r"what\s+(?:[\w-]+\s+){1,2}(?:call|calls|called|term|terms|termed|dub|dubs|dubbed|describe\s+as|describes\s+as))\b"
)
"""A sentence that defines, glosses or names a term ("is defined as", "the concept of", "what scholars call
coalitional hegemony"): its cue words name a concept, not the writer's label for someone."""
_NEGATORS = frozenset({"not", "no", "never", "without", "nor", "neither", "none", "cannot", "hardly", "rarely", "seldom"})
_DISAVOWING = re.compile(
    r"(?i)\b(?:downplay(?:s|ed|ing)?|play(?:s|ed|ing)?\s+down|avoid(?:s|ed|ing)?|reject(?:s|ed|ing)?|shun(?:s|ned|ning)?|"
    r"eschew(?:s|ed|ing)?|omit(?:s|ted|ting)?|disavow(?:s|ed|ing)?|renounc(?:e|es|ed|ing)|deny|denies|denied|denying|"
    r"rather\s+than|instead\s+of|aside\s+from|apart\s+from|other\s+than|beyond)\b"
)
"""Words by which a sentence says a word is played down, avoided or rejected ("downplays national
humiliation", "attraction rather than coercion", "purposes aside from propaganda"): the word is named,
not used for its effect."""
_PROMOTING = re.compile(
    r"(?i)\b(?:highlight(?:s|ed|ing)?|publici[sz](?:e|es|ed|ing)|showcas(?:e|es|ed|ing)|tout(?:s|ed|ing)?|"
    r"advertis(?:e|es|ed|ing)|project(?:s|ed|ing)|promot(?:e|es|ed|ing)|portray(?:s|ed|ing)?|depict(?:s|ed|ing)?|"
    r"present(?:s|ed|ing)|"
    r"extol(?:s|led|ling)?|trumpet(?:s|ed|ing)?|propagat(?:e|es|ed|ing))\b(?:\s+[\w'’-]+){0,5}\s*$"
)
"""A verb of promoting or depicting within the five words before a word: the word is the promoted
message ("documentaries highlighting … harmonious development stories", "publicizing a more
harmonious way of living", "presenting a modern, vibrant image of the country"), someone else's, not the writer's own
praise or label."""
_CHARGING = re.compile(
    r"(?i)\b(?:attack(?:s|ed|ing)?|criticiz\w*|criticis\w*|slam(?:s|med|ming)?|blast(?:s|ed|ing)?|fault(?:s|ed|ing)?|"
    r"chid(?:e|es|ed|ing)|lambast\w*|rebuk\w*|scold\w*|mock(?:s|ed|ing)?|ridicul\w*|denounc\w*|condemn\w*|"
    r"accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|berat\w*|castigat\w*|excoriat\w*|pillor\w*|assail\w*)\b"
    r"(?:\s+[\w'’.-]+){0,5}?\s+(?:for|of)\s+(?:[\w'’-]+\s+){0,3}$"
)
"""A verb of criticising and its "for"/"of" within the words before a word: the word is the charge the critic
makes ("Ms. Coulter, who has viscerally attacked Mr. Trump for caving on the wall"), the critic's, not the writer's."""
_CLAIMED = re.compile(
    r"(?i)\b(?:criticism|complaints?|charges?|claims?|accusations?|allegations?|assertions?|suggestions?|warnings?|"
    r"insistence|argument)\b(?:\s+(?:from|by|of|among)\s+(?:[\w'’.-]+\s+){1,4}?)?\s*"
    r"(?:that|about\s+(?:what|how|whether|why|when|where|who|which))\s+(?:[\w'’-]+\s+){0,6}$"
)
"""A noun of saying and its "that" clause, or the question it is about, before a word: the word is what the critics
charge ("criticism from fellow Democrats that the president has caved too much": the caving is their charge, check10h
BT-34) or what the warners foresee ("dire warnings about what a failure to act might bring": their "might", check10h
OB-22), not the writer's."""
_EMBEDDED_CLAIM = re.compile(
    r"(?i)\b(?:which|that|who|whom)\s+(?:[\w'’.-]+\s+){1,5}?"
    r"(?:say|says|said|claimed|argue|argues|argued|contend|contends|contended|insist|insists|insisted)"
    rf"\s+(?:{_FINITE})\b(?:\s+[\w'’-]+){{0,3}}\s+$"
)
"""A speaker's verb of saying embedded in a relative clause before its finite verb, before a word: "…, which Clapper said
was certainly possible" (NPR, check AJ YA-22, YA-23: "certainly" and "possible" were counted NPR's own), "a project
that Democratic lawmakers say is a firm deal-breaker". The sentence stays the writer's (``_not_a_saying`` leaves such a
"say" out), but what the embedded clause calls certain or possible, up to three words on, is the speaker's. Only after
a relative pronoun: "everything he just said is absolutely false" judges what was said (read on the 10k)."""
_AVERTED = re.compile(r"(?i)\b(?:lest|for\s+fear\s+(?:that|of))\b")
"""What opens a clause of something someone takes care to avert ("kept his answers short, lest he look like a bully",
"for fear that voters would find it condescending"): a word in it is what someone did not want to be or seem, no label
the writer gives (BASIL's tuning half: "lest he look like a bully", not marked; session 20)."""
_HELD_VIEW = re.compile(
    r"(?i)\b(?:perceptions?|characteri[sz]ations?|portrayals?|depictions?|caricatures?|image|impressions?)\s+"
    r"(?:[\w'’.-]+\s+){0,8}?(?:of|that\s+[\w'’.-]+\s+(?:[\w'’.-]+\s+){0,3}?has\s+of)\s+(?:[\w'’.-]+\s+){1,5}?as\s+"
    r"(?:(?:a|an|the|being|too|so|more|most|some\s+kind\s+of)\s+)?(?:[\w'’-]+\s+){0,2}$"
)
"""A noun of seeing or portraying someone "as" something before a word ("his portrayal of the agency as a bully", "any
perception other nations have of the United States as a bully", "the perception of Paris as arrogant"): the word is the
view of whoever perceives or portrays, as with "seen by many as" (BASIL's tuning half: Fox's "his characterization of
Obama as a president so concerned with softening any perception other nations has of the United States as a bully",
not marked; session 20). Only the nouns: the verbs are ``_CHARACTERISING_RE``'s."""
_DRAWN_CHARGE = re.compile(
    r"(?i)\b(?:(?:tak(?:e|es|en|ing)|took|draw|draws|drawing|drew|drawn|fac(?:e|es|ed|ing)|catch(?:es|ing)?|caught)\s+"
    r"(?:(?:some|much|more|heavy|sharp|fresh|intense|a\s+lot\s+of)\s+)?(?:heat|fire|flak|criticism|backlash|scorn|ridicule)|"
    r"(?:came|come|comes|coming|is|are|was|were|been|be)\s+under\s+(?:fire|attack))\b"
    r"(?:\s+[\w'’.-]+){0,14}?\s+for\s+(?:[\w'’-]+\s+){0,3}$"
)
"""A phrase that says someone draws criticism, and its "for", before a word ("is taking heat from some of the most
influential groups in the liberal base for caving", "came under fire from business owners for caving"): the word is
the critics' charge, as with a verb of criticising (``_CHARGING``; BASIL's tuning half: Fox's "taking heat … for caving
to Republicans", not marked; session 20)."""
_CONTRASTED = re.compile(r"(?i)^\s*(?:unlike|as\s+opposed\s+to|in\s+contrast\s+to|contrary\s+to)\b")
"""A clause that opens by setting something apart ("Unlike the hard power of military might and economic
coercion, soft power relies on attraction"): what it names is what the sentence's subject is not."""
_CLAUSE_BREAK = re.compile(r"[,;:—–()\"“”]")


def _masked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with the quoted spans blanked (same length), so verbs inside quotations do not count."""
    if not spans:
        return text  # most sentences quote nothing
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


_WORK_NAMED = re.compile(
    r"(?i)\b(?:book|memoir|novel|autobiography|bestseller|best-seller|title|film|movie|documentary|album|song|show|"
    r"series|column|essay|op-ed|play|poem|website|blog|podcast)s?\s*[,:]?\s*$"
)
"""A work named right before a quotation ("His book, “Quit Digging Your Grave with a Knife and Fork,” became a
bestseller"): the quotation is its title, whose closing comma is the sentence's, set inside the marks as American
style does (check12-reM HB-24), as is the full stop of a sentence the title ends (Reuters's "… over comments Bannon
made to author Michael Wolff for his recent book “Fire and Fury: Inside the Trump White House.”" was read as a
quotation of six words, the sentence as reported speech: check15 Q-BN)."""


def quoted_title(quoted: str, before: str = "") -> bool:
    """A quoted name or title ("Friday Times", “Death By China”, “China Dream”): most of its
    words capitalised and no closing punctuation — a name in quotation marks, not someone's words. ``before``: the
    sentence's text before the quotation; after a work it names (``_WORK_NAMED``) a closing comma may stand inside.

    Only a span that opens with a mark of its own: one that does not is a quotation carried in from an earlier
    sentence, someone's words however short ("You …", a line of a voicemail quoted over six paragraphs, check8-new
    LP-7)."""
    if quoted[:1] not in _MARKS:
        return False
    words = [w for w in SPLIT_WORD.findall(quoted) if w.lower() not in {"of", "and", "the", "a", "an", "in", "on", "by", "for", "to"}]
    closing = r"[!?][\"”’']*\s*$" if before and _WORK_NAMED.search(before) else r"[.!?,][\"”’']*\s*$"
    if not words or re.search(closing, quoted):
        return False
    return sum(w[0].isupper() or w[0].isdigit() for w in words) / len(words) >= 0.6


def _reporting(
    text: str, masked: str, *, quotation: bool | None = None, concede: bool = True, writer: bool = True
) -> list[tuple[int, int]]:
    """Spans of every reporting verb or phrase outside quotation marks, in text order.

    ``quotation``: the sentence quotes someone (default: it has any quotation marks), which
    lets acts of speech ("called it", "vowed a") count as reporting it. ``concede``: leave out
    those in a leading concessive clause (``_CONCESSIVE``), which report that clause only.
    ``writer``: an "I" outside quotation marks is the writer (``_writers_own``); not in a transcript (``transcript``).
    """
    found = []
    quotation = masked != text if quotation is None else quotation
    words = words_of(masked)  # each pattern is tried only where its first word stands (same matches)
    for pattern in (_SAYING_RE, _CLAUSE_RE, _ACCUSED_RE, _JUDGED_RE, _CHARACTERISING_RE, _SPEECH_ACT_RE, _ANONYMOUS_RE):
        if pattern is _SPEECH_ACT_RE and not quotation:
            continue
        for m in finditer(pattern, words):
            if pattern is _SPEECH_ACT_RE and _REFERS_TO_A_THING.match(masked, m.end()) and m.group().lower().startswith("refer"):
                continue
            if pattern is not _ANONYMOUS_RE and _CONDITIONAL_RE.search(masked[: m.start()]):
                continue
            if pattern is not _ANONYMOUS_RE and _not_a_saying(masked, m):
                continue
            if m.group().lower() in _BARE_SAYING and _NOT_REPORTED_SAY.search(masked[: m.start()]) and not (
                m.group().lower() in _ARGUING and _THAT.match(masked[m.end() :])
            ):
                continue
            if m.group().lower() in _BARE_SAYING and (
                _ADVISED.search(masked[: m.start()]) or _IMPERATIVE_LEAD.fullmatch(masked[: m.start()])
            ):
                continue  # "The best you can do is admit …", "Note that …": advice or an imperative (check-U PR-51)
            if m.group().lower() in _NEGATED_NO_REPORT and _NEGATED_BARE.search(masked[: m.start()]):
                continue  # "The storm warnings did not predict the flooding"
            if (
                m.group().lower() in _ARGUING and _NEGATED_BARE.search(masked[: m.start()])
                and not _THAT.match(masked[m.end() :])
            ):
                continue  # "He will not admit defeat": a concession not made, as "refuses to admit defeat" (checkR EP-54)
            found.append(m.span())
    found.extend(m.span(1) for m in _PARENTHETICAL_RE.finditer(masked))
    found.extend(m.span(m.lastindex or 0) for m in _AS_REPORTS_RE.finditer(masked))
    found.extend(m.span(1) for m in _IN_A_WORK_RE.finditer(masked))
    found.extend(m.span(m.lastindex or 0) for m in _POLL_CITED_RE.finditer(masked))
    found.extend(_inverted_reports(masked, text))
    found.extend(_denials(masked))
    found.extend(_states_that(masked))
    found.extend(_emerged_reports(masked))
    found.extend(_speech_nouns(text, masked))
    found.extend(_agent_findings(masked))
    found.extend(_owned_reports(masked))
    found.extend(_detailing(masked))
    found.extend(_body_estimates(masked))
    first = min((start for start, _ in found), default=len(masked))
    found.extend(span for span in passive_judgments(masked) if span[0] < first)  # after a report, it is what is reported
    after = None if _QUOTE_CHARS.isdisjoint(text) else _AFTER_QUOTE_RE.search(masked)  # only after a mark
    if after and any(ch in text[: after.start() + 2] for ch in _QUOTE_CHARS):
        verb = _CLAUSE_VERB_RE.search(masked[after.start() : after.end()])
        if verb:
            found.append((after.start() + verb.start(), after.start() + verb.end()))
    found = [
        span for span in found
        if not _believed(text, span[0]) and not _WRITERS_ASIDE.search(masked[: span[0]])
        and not (writer and _writers_own(masked, span))
        and not _belief_without_content(masked, span)
    ]
    conceded = _CONCESSIVE.match(masked) if concede else None
    if conceded and text == masked:  # "While Obama promised to pull all troops out, U.S. forces remain there."
        found = [span for span in found if span[0] >= conceded.end()]
    return sorted(set(found))


_DENIAL = re.compile(
    r"(?i)\b(deny|denies|denied|denying)\s+(?:(?!(?:funding|housing|parking|hearing|building|training|meeting|"
    r"boarding|landing|lodging|bedding|clothing|seating|listing)\b)[a-z]+ing\b|(?:(?:any|all|the|these|those|such|"
    r"his|her|their|its|that|this|a)\s+)?(?:[\w-]+\s+)?(?:collusion|wrongdoing|involvement|interference|meddling|"
    r"responsibility|knowledge|allegations?|accusations?|charges?|claims?|reports?|rumou?rs?|links?|ties|role|"
    r"connection|contacts?|plans?)\b)"
)
"""A denial with its object a gerund or what is denied ("Russia has denied meddling in the election and Trump has
denied any collusion", "denies having met him", "denied the allegations"): a report that they said it is not so, even
with no clause after (check15 Q-BN: Reuters's sentence was its "most negative sentence in its own voice", from
"denied" twice). Not the passive ("was denied bail") nor a refusal of a thing ("denied funding", "denied the motion",
"denied him entry")."""


_STATES_THAT = re.compile(
    r"(?:(?<![\w'’])(?i:it|he|she|which|who|also|further|clearly|explicitly|expressly|specifically|plainly|simply|now|"
    r"still|even|law|report|letter|memo|memorandum|summary|statement|policy|rule|order|ruling|opinion|decision|"
    r"filing|complaint|lawsuit|indictment|affidavit|declaration|amendment|bill|constitution|resolution|section|clause|"
    r"provision|article|document|agreement|contract|guidance|notice|website|page|post|brief|motion|study|paper|book)"
    r"|(?:^|(?<=[.!?;:,\"”’)]\s)|(?<=\n))(?:The\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*[a-z](?<![sS]))"
    r"\s+(states)\s+that\s+"
    r"(?=(?i:the|a|an|his|her|their|its|this|these|those|he|she|they|it|we|i|there|no|none|all|any|every|each|if|when|"
    r"while|once|in|under|only|some|mr|mrs|ms|dr)\b|(?-i:[A-Z])|\d|[\"“‘'])"
)
""""States that" reporting what someone or a document says ("Barr states that Mueller's findings did not …", Vox, check
AC BR-6: typed the outlet's own voice, though "stated" reports): "states" is far more often the noun ("in states that
allow same-sex marriage", "the 14 states that vote on March 3", "Rust Belt states that decided the election"), so only
after a pronoun, an adverb, a document noun or a name that opens its clause (not a plural: "Other states"; not a name
inside a clause, "win back Rust Belt states that Trump won"), and before a clause that opens with its subject (a determiner, a pronoun, a
name, a figure, a conjunction), not a relative clause's verb ("states that allow"). On the AllSides sample (10,000
articles) it takes 38 of the 559 "states that" (all read: each a report or a document's terms)."""


def _states_that(masked: str) -> list[tuple[int, int]]:
    return [m.span(1) for m in _STATES_THAT.finditer(masked)]


_EMERGED_REPORT = re.compile(
    r"(?i)\b(?:reports?|word|news|accounts?|claims?|allegations?|revelations?)\s+"
    r"((?:emerged|emerges|came|comes|surfaced|surfaces)\s+(?:(?:on|late|early|last|this|earlier|later)\s+(?:"
    + DAY + r"|week|month|year|night|morning)\s+|(?:earlier|later|overnight|again|first)\s+){0,2}from)\s+"
    r"(?:(?:the|a|an)\s+)?(?-i:[A-Z])[\w.&'’-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w.&'’-]*){0,4}"
    r"(?:\s+(?:on|in|late|early|last)\s+[\w'’-]+){0,2}\s+that\b"
)
"""A report that came or emerged from a named source, with what it says in a "that" clause ("A report emerged on
Thursday from NBC that Cohen's phones had been subject to a federal wiretap …", the Guardian, check AC SD-7; "Word came
from the White House that …"): the clause is the source's report, as "NBC reported that …" would be. The span runs
from the verb to "from", so the source after it is the speaker (``speakers``). Without a named source ("Reports emerged
that …") nobody is reported here, and with no "that" clause the sentence tells where something came from."""


def _emerged_reports(masked: str) -> list[tuple[int, int]]:
    return [m.span(1) for m in _EMERGED_REPORT.finditer(masked)]


_DENIED_THING = re.compile(
    r"(?i)\b(deny|denies|denied|denying)\s+(?:the|any|all|a|an|his|her|their|its|this|these|those|such|every)\s+"
    r"((?:(?!(?:of|to|for|in|on|at|by|with|from|about|between|and|or|that|after|before|during|since|because|the|a|an|"
    r"his|her|their|its|any)\b)[\w'’-]+(?![\w'’-])\s*){1,3})(?!\s*(?:the|a|an|his|her|their|its|any)\s)"
)
_REFUSED = frozenset({
    "request", "requests", "motion", "motions", "application", "applications", "appeal", "appeals", "petition",
    "petitions", "permit", "permits", "bail", "access", "entry", "visa", "visas", "license", "licenses", "licence",
    "licences", "bid", "bids", "funding", "funds", "benefit", "benefits", "coverage", "service", "services", "admission",
    "tenure", "parole", "asylum", "passage", "approval", "permission", "nomination", "vote", "votes", "loan", "loans",
    "credit", "care", "treatment", "right", "rights", "hearing", "stay", "injunction", "relief", "waiver", "exemption",
    "extension", "chance", "opportunity", "use", "claim", "claims", "seat", "seats", "win", "victory", "majority",
    "pardon", "clemency", "refund", "raise", "promotion", "contract", "job", "jobs", "status", "citizenship", "home",
    "warrant", "subpoena", "order",
})
"""What is refused, not declared untrue, when someone "denies" it: "the judge denied the motion", "denied the request
for a recount", "denied the company a permit". (An insurer's "denied the claim" is a refusal too, so "claim" is left
to ``_DENIAL``'s list, which reads it as a report only in the plural with a verb of speech around.)"""


def _denials(masked: str) -> list[tuple[int, int]]:
    """The denials of ``_DENIAL`` and of ``_DENIED_THING``: whatever a person or organisation (``_DENIER``) denies, with
    a determiner, is declared untrue by them ("Trump also forcefully denied the affair.", Reuters, check AC SD-8: the
    lens counts "denying" as a distancing verb of report elsewhere), unless it is something refused (``_REFUSED``:
    "The judge denied the motion", "denied the request"). Not a passive ("jobs were denied to workers", "was denied
    bail") nor a denial someone is told to make (``_DIRECTED``: "members were told to deny any knowledge of it"), which
    nobody has made."""
    spans = [
        m.span(1) for m in _DENIAL.finditer(masked)
        if not _BE_PASSIVE.search(masked[: m.start()]) and not _DIRECTED.search(masked[: m.start()])
    ]
    for m in _DENIED_THING.finditer(masked):
        before = masked[: m.start()]
        if (
            _DENIER.search(before) and not _BE_PASSIVE.search(before) and not _DIRECTED.search(before)
            and _REFUSED.isdisjoint(word.lower().strip("'’") for word in m.group(2).split())
        ):
            spans.append(m.span(1))
    return sorted(set(spans))


_AUX_ADVERBS = r"(?:(?:\w+ly|also|often|once|later|then|again|even|still|already|since|long|now|first|soon|twice)\s+){0,2}"
"""Adverbs between an auxiliary and its participle: "was widely criticized", "was also criticized", "has long been"."""
_BE_PASSIVE = re.compile(rf"(?i)\b(?:is|are|was|were|be|been|being|get|gets|got|getting)\s+{_AUX_ADVERBS}$")


_INVERTED_REPORT = re.compile(
    r"(?:[,;—–]|--)\s*(reports|reported|announces|announced|adds|added|confirms|confirmed|concludes|concluded|"
    r"estimates|estimated|explains|predicts|projects|projected)\s+"
    r"(?=(?:(?:the|a|an)\s+)?(?!(?:" + WEEKDAY_NAMES + r"|January|February|March|April|"
    r"May|June|July|August|September|October|November|December)\b)[A-Z][\w.'’&-]*"
    r"(?:\s+(?:of|for|and|on|the|[A-Z][\w.'’&-]*))*\s*(?:,|[.!?]?[\"”’']*\s*$))"
)
"""A report whose verb comes before its subject, trailing the sentence: "The unemployment rate is up at 8.2 percent,
reports the Labor Department." (Politico, check14-new JR-2), "…, added the White House.": the sentence is the named
source's report, as "…, the Labor Department reports." is. The subject is a name (capitalised words, "the" and "of"
between), not a day or a month ("…, announced Tuesday."), and the verb ends the clause after a comma."""


INVERTED_SPEECH = re.compile(
    r"^\s{2,}[,?!]?\s*([a-z]+ed)\s+(?=(?:one|another|an?)\s+(?:[\w.'’-]+\s+){0,5}?[\w'’-]+\s*(?:,|[.!?][\"”’']*\s*$))"
)
"""A verb of any kind in the past tense right after the quotation that opens the sentence, before one unnamed speaker
("“It’s so unfair to Hillary,” fumed one Democratic ally.", "“…,” worried another longtime Clinton adviser.", Politico,
check Y FB-35b): the inverted tag of a quotation, whatever the verb (fumed, worried, groused, marveled), as "said one"
is. Matched on the sentence with its quotations blanked (``_masked``): only blanks, and a comma or a question or
exclamation mark, before the verb."""


def _inverted_reports(masked: str, text: str) -> list[tuple[int, int]]:
    """The spans of ``_INVERTED_REPORT``'s verbs in ``masked`` (quotations blanked), of the day closing a report
    whose verb was dropped (``_VERBLESS_REPORT``) and of the verb tagging a quotation before an unnamed speaker
    (``INVERTED_SPEECH``) where the quotation ends with a comma, a question or an exclamation mark in ``text``: not a
    quoted word that is the subject ("“Busing” offered a Northern analog to states’ rights")."""
    return ([m.span(1) for m in _INVERTED_REPORT.finditer(masked)] + [m.span(1) for m in _VERBLESS_REPORT.finditer(masked)]
            + [m.span(1) for m in INVERTED_SPEECH.finditer(masked) if _TAG_END.search(text, 0, m.start(1))])


_TAG_END = re.compile(r"[,?!][\"”’']*\s*[,?!]?\s*$")
"""The end of a quotation that a tag follows: "…,” fumed", "…?” asked", "…", fumed"."""


_SOURCE_ROLE = (
    r"agent|spokes(?:man|woman|person)|official|chief|director|officer|commissioner|prosecutor|investigator|detective|"
    r"sheriff|coroner|superintendent|administrator|secretary|minister|analyst|economist|professor|researcher|"
    r"(?:press\s+)?secretary|attorney\s+general|district\s+attorney"
)
_VERBLESS_REPORT = re.compile(
    r",\s+(?!(?:including|among|with|and|or|but|as|like|of|for|from|to|by|in|on|at|after|before|while|when|where|who|"
    r"whom|whose|which|that|than|against|alongside|plus|especially|then|now)\b)"
    r"(?:(?:the|[A-Z][\w.&'’-]*|[a-z][\w-]*)\s+){0,3}?(?<![\w-])(?i:" + _SOURCE_ROLE + r")\.?\s+"
    r"(?:[A-Z][\w'’-]+\s+(?:[A-Z]\.\s+)?){1,2}[A-Z][\w'’-]+\s+"
    rf"((?i:{DAY}))(?:\s+(?i:morning|afternoon|evening|night))?\s*[.!]?[\"”’']?\s*$"
)
"""A sentence closing on a source's role, a name and the day with no verb between ("…, the shooter died of multiple
gunshot wounds to the torso, FBI special agent Tim Slater Wednesday.", Vox, check-T SC-62): only a dropped "said" puts a
person and a day there, so the sentence is that person's account, as "…, Slater said Wednesday." is (the day is the
report's span, its subject the speaker). Only a source's role (an agent, a spokesman, an official, a chief …): a
lawmaker named with a day after a comma may be the one the sentence is about ("A gunman shot the whip, Rep. Steve
Scalise Wednesday."), and not after a word that opens a list or a phrase ("…, including police chief Tom Hale Monday."
is about him)."""

_DENIER = re.compile(
    r"(?:^|[,;:—–(]\s*|\b(?i:and|but|who|which)\s+)"
    r"(?:(?i:he|she|they|we|i)|(?:(?i:the)\s+)?(?!(?i:to|in|on|at|if|when|while|as|after|before|for|with|by|from|"
    r"not|never|also|then|later|still)\b)(?:(?-i:[A-Z])[\w.&'’-]*\s+){0,3}(?-i:[A-Z])[\w.&'’-]*"
    r"|(?i:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}(?i:" + _SOURCE_ROLE + r"|spokesperson|company|firm|campaign|"
    r"administration|government|ministry|department|agency|embassy|lawyers?|attorneys?|officials?|president|senator|"
    r"governor|mayor|candidate|actress|actor|star|singer|player|coach|chairman|ceo|team|club|party|group|church|"
    r"kremlin|regime|military|army|police))"
    r"\s+(?:(?:has|have|had|also|again|repeatedly|consistently|long|always|since|\w+ly)\s+)*$"
)
"""(For ``_denials``.) A person's or an organisation's name, a pronoun or a noun for one, opening its clause before "denied" ("Trump also
forcefully denied …", "The company has denied …", "who denied …"): someone who can say a thing is untrue."""


SPEECH_NOUNS: dict[str, bool] = {
    # nouns of what was said, which a "that" after them opens ("made the assurance that …", "gave a warning that …")
    **dict.fromkeys(
        ("assurances?", "promises?", "pledges?", "warnings?", "statements?", "vows?", "predictions?", "guarantees?",
         "claims?", "argument", "admissions?", "announcements?", "declarations?"),
        True,
    ),
    # nouns of where or how it was said, after which a "that" opens a relative clause ("gave a speech that lasted an hour")
    **dict.fromkeys(
        ("remarks", "comments?", "letters?", r"speech(?:es)?", "ads?", "advertisements?", "tweets?", "posts?", "op-eds?",
         "interviews?", "testimony", "messages?", "editorials?", r"(?:press\s+|news\s+)?releases?", "videos?", "columns?"),
        False,
    ),
}
"""Nouns of someone's speech, one list for the voice lens (review debt, session 15): each with whether it names what
was said, so that "that" after it opens the content ("Dunford then made the assurance that …", ``_LIGHT_SPEECH_NOUN``),
or only where or how it was said ("gave a speech that lasted an hour": a relative clause). Any of them owned by someone
with a participle after it reports that owner's words ("Mr. Perry's statement on Tuesday criticizing …",
``_OWNED_SPEECH``)."""


def _speech_noun(*, content: bool = False) -> str:
    """The alternation of ``SPEECH_NOUNS`` (``content``: only the nouns of what was said)."""
    return "(?:" + "|".join(noun for noun, said in SPEECH_NOUNS.items() if said or not content) + ")"


_LIGHT_SPEECH_NOUN = re.compile(
    r"(?i)\b(?:made|makes|make|making|gave|gives|give|giving|issued|issues|issue|issuing|offered|offers|offer|offering|"
    r"repeated|repeats|delivered|delivers)\s+(?:(?:the|an?|his|her|their|its|this|that|a\s+similar|another)\s+)"
    rf"(?:[a-z][\w-]*\s+){{0,2}}?{_speech_noun(content=True)}\b"
)
_SPOKEN_AFTER = re.compile(r"\s+that\b|\s*[:,]?\s*[\"“‘]")
"""A noun of speech as the object of a light verb, before what was said: "Dunford then made the assurance that the
military would “treat all of our personnel with respect.”" (Reuters, check14-new TG-3), "gave a warning that …",
"issued a statement that …": the subject speaks, as "assured that …" would have it. Only before "that" or a quotation
("made a promise to his voters" says to whom, "issued a statement on Friday" when)."""


def _speech_nouns(text: str, masked: str) -> list[tuple[int, int]]:
    """The spans of ``_LIGHT_SPEECH_NOUN`` in ``masked`` (``text`` with quotations blanked), light verb to noun, before "that"
    or a quotation (``_SPOKEN_AFTER``); none in an "if" clause."""
    return [
        m.span() for m in _LIGHT_SPEECH_NOUN.finditer(masked)
        if _SPOKEN_AFTER.match(text, m.end()) and not _CONDITIONAL_RE.search(masked[: m.start()])
    ]


_OWNED_REPORT = re.compile(
    r"(?:(?<![\w'’])(?i:a|an|the)\s+(?:(?!(?:" + WEEKDAY_NAMES + r"|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)(?-i:[A-Z])[\w.&'’-]*\s+){1,5}"
    r"|(?<![\w'’])(?!(?i:today|yesterday|tonight|week|weekend|month|year|day|there|here|it|that|what|who|where|he|she)"
    r"['’])[\w.&-]+['’]s?\s+(?:[\w-]+\s+)?"
    r"|(?<![\w'’])(?i:his|her|their|its)\s+(?:[\w-]+\s+)?)"
    r"((?i:reports?|statements?|letters?|memos?|announcements?|claims?|assertions?|allegations?|testimony|findings?|"
    r"accounts?|admissions?|warnings?|predictions?|assurances?|declarations?|tweets?))"
    rf"(?=(?:\s+(?:on\s+)?(?i:{DAY}))?\s+that\s+(?:(?i:the|a|an|his|her|their|its|this|these|those|he|she|they|it|"
    r"we|i|there|no|some|many|most|all)\b|(?-i:[A-Z])|\d|(?:(?-i:[a-z])[\w'’-]*\s+){1,2}(?i:" + _FINITE + r")\b))"
)
"""A report or a statement with its owner, a name or a possessive, before "that" and a clause ("Even more unsettling
was a New York Times report that the new emails were obtained from …", Politico, check-Y FB-19; "the FBI's letter that
the review was complete", "his claim that he never met her"): the clause is the owner's, reported as "The New York
Times reported that …" would be. Only with a subject after "that" (a determiner, a pronoun, a name, a figure, or a
word or two before an auxiliary: "the ministry's statement that exports had fallen"; a relative clause, "a Times
report that appeared Friday", reports nothing), and with an owner (not a day's: "a Tuesday report", "yesterday's
announcement"; nor "is" contracted: "There's a claim that …"); an owner's report with a verb of its own ("a Times report
said …") has that verb."""


def _owned_reports(masked: str) -> list[tuple[int, int]]:
    """The spans of the nouns of ``_OWNED_REPORT`` in ``masked`` (quotations blanked)."""
    return [m.span(1) for m in _OWNED_REPORT.finditer(masked)]


_STUDY = r"(?:study|studies|report|reports|analysis|analyses|survey|poll|review|assessment|paper|audit|estimate)"
_AGENT_FINDING = re.compile(
    r"(?i)\b(?:released|releases|published|publishes|issued|issues|commissioned|commissions|conducted|conducts|"
    r"produced|produces|unveiled|unveils|funded|funds|put\s+out|puts\s+out)\s+"
    r"(?:(?:a|an|the|its|their|his|her|this|that|new|recent|own|latest|[\w-]+)\s+){0,3}?" + _STUDY +
    r"\s+(?:that|which)\s+(?:(?:also|\w+ly)\s+)?"
    r"(finds|found|shows|showed|concludes|concluded|calculates|calculated|projects|projected|determines|determined)\b"
)
"""A study or report that someone released, commissioned or conducted, with what it "finds" or "shows" ("The group
released a study that finds the rule will … impose $50 billion in annual costs", Fox, checkR EP-18, after "The U.S.
Chamber of Commerce argues …"): the finding is its authors', reported as theirs, as "the group says" would be. A study
with no agent named ("A study found …") is left as it was: the sentence names no one."""


_STUDY_SUBJECT = re.compile(rf"(?i)\b{_STUDY}\s+(?:(?:also|further|even|only|\w+ly)\s+)*$")
"""A study, a report or an audit as the subject of a verb of revealing ("The audit revealed that …"): a finding the
outlet reads for itself, as "A study found …" is (``_AGENT_FINDING``, ``_REVEALING``)."""


def _agent_findings(masked: str) -> list[tuple[int, int]]:
    """The spans of the finding verbs of ``_AGENT_FINDING`` in ``masked`` (quotations blanked)."""
    return [m.span(1) for m in _AGENT_FINDING.finditer(masked)]


_NAME_WORD = (
    r"(?!(?:The|A|An|This|That|These|Those|It|Its|They|Their|There|We|Our|I|In|On|At|As|If|So|Or|Yet|For|From|With|"
    r"When|While|Since|Though|Although|Because|Once|Then|Now|Here|Instead|After|Before|But|And|What|How|Why|Who)\b)"
    r"(?![A-Z]{3,}\b)[A-Z][\w.-]*(?:['’](?!s\b)[\w-]+)?"  # not a run of capitals ("JUST WATCHED", a video's label)
)
_DOCUMENT = (
    r"letter|report|memo|memorandum|summary|statement|filing|complaint|indictment|testimony|brief|order|ruling|opinion|"
    r"proposal|plan|budget|speech|affidavit|lawsuit|motion|book|memoir|email|e-mail"
)
_TITLE = (
    rf"(?:{TITLE_BEFORE_NAME}|Judge|Justice|"
    r"Senator|Representative|Governor|Mayor|President|"
    r"Secretary|Speaker|Chairman|Chairwoman|Director|Commissioner|Chief|Minister|Ambassador|Attorney\s+General)\.?"
)
_TITLE_RANK = r"(?:(?i:former|acting|interim|deputy|assistant)\s+|(?i:then)-){0,3}(?:[A-Z]{2,5}\s+)?"
"""What may stand before a title: its rank and time ("Former acting Attorney General", "Former FBI Director"); after it,
what it is of ("Secretary of State")."""
_OWN_DOCUMENT = rf"['’]s\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{_DOCUMENT})"
_DETAILING = re.compile(
    r"^(?:[^,;:]{1,60},\s+)??"  # an opening phrase ("On Sunday, …"), the subject after it
    rf"(?:{_TITLE_RANK}{_TITLE}(?:\s+of\s+{_NAME_WORD})?"  # "Former acting Attorney General", "Secretary of State"
    rf"\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}(?:{_OWN_DOCUMENT})?|"  # "Mr. Barr", "Mayor Lee's memo"
    rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}(?:{_OWN_DOCUMENT})?|"  # "Janet Mills"
    rf"{_NAME_WORD}{_OWN_DOCUMENT}|"  # "Smith's memo"
    r"(?:he|she|He|She))"
    r"(?:\s*,\s*(?:in|on|at|the|his|her|a|an|who|which|[A-Z])[^,;:]{0,80},)?"  # an aside: ", in his letter,"
    r"\s+(?:(?:also|then|later|further|first|\w+ly)\s+)?"
    r"(detailed|details|outlined|outlines|itemi[sz]ed|itemi[sz]es|enumerated|enumerates|summari[sz]ed|summari[sz]es|"
    r"(?:listed|lists|(?:laid|lays|set|sets|spelled|spelt|spells)\s+out)(?=[^.;:!?]*:|\s+(?:how|what|why|which)\b)|"
    r"testifie[sd](?=[^.;:!?]{0,80}?\s(?:about|regarding|concerning|on\s+(?:whether|how|what|why))\s))\b"
    r"(?!\s+as\b)"
)
"""A named person, or a named person's document ("Barr's letter"), giving an account of something in detail:
"Mr. Barr, in his letter, detailed the magnitude of Mr. Mueller's investigation: 19 lawyers, 40 FBI agents, …"
(the Washington Times, check X MU-1), "Ms. Lee outlined the cuts …", "Smith's memo listed the failures: …". What
follows is what the person or the document says, as "Barr wrote that …" would have it; the panel said the Times
stated the figures in its own voice. Only such a subject at the head of the sentence (an opening phrase before it
allowed), named by a title, two names or as its document's owner: "The audit listed …" names no one (as "A study
found …" does not, ``_AGENT_FINDING``), and "Workers" heading a sentence is no name. Verbs with a sense of handling
things ("listed", "laid out", "set out", "spelled out") only before what the account holds, after a colon or a "how"
("Workers laid out the chairs", "Apple listed its shares"), nor "listed as"."""


def _detailing(masked: str) -> list[tuple[int, int]]:
    """The span of ``_DETAILING``'s verb in ``masked`` (quotations blanked), if the sentence opens with one."""
    m = _DETAILING.match(masked.lstrip())
    offset = len(masked) - len(masked.lstrip())
    return [(m.start(1) + offset, m.end(1) + offset)] if m else []


_ESTIMATING = re.compile(
    r"(?i)\s+(?:(?:also|now|still|further|\w+ly)\s+)?(?:"
    r"(projects|projected|project|forecasts|forecast|forecasted|expects|expected|expect)"
    r"(?=\s+(?:that\b|(?:[\w$,.%'’-]+\s+){0,6}?(?:will|would|could|can|may|might|should)\b|"
    r"(?:(?!(?:as|when|while|if|because)\b)[\w$,.%'’-]+\s+){0,4}?to\s+(?!(?:the|a|an|his|her|their|its)\b)(?-i:[a-z])))"
    r"|(puts?)(?=\s+(?:the|its|their|his|her|an?)\s+(?:[\w-]+\s+){0,2}?(?:cost|costs|price|bill|toll|tab|figure|"
    r"number|value|total|savings|benefits?|losses|damages?)\b[^,;:]{0,60}?\s(?:at|as\s+(?:high|low|much|little)\s+as|"
    r"near|around|between|close\s+to)\b))"
)
_ESTIMATE_PRONOUN = re.compile(r"(?i)(?:^\s*|[,;:]\s+|\b(?:and|but)\s+)(?:it|he|she|they)(?=\s)")
"""A body's projection or estimate with its subject right before the verb: "The agency projects the reductions will
avoid 2,700 to 6,600 premature deaths …" (CNN, checkR EP-37, after "According to the EPA, …"), "Officials expect the
plant to close", "It put the cost as high as $8.8 billion a year, but noted …" (CNN, checkR EP-59: "it" is the EPA of
the sentence before). The figure is the body's, reported as theirs, as "the department estimates" is (``_CLAUSE_VERBS``).
The subject is a speaker the attribution lexicon names ("agency", "EPA", "officials", "the company") or a pronoun of the
third person: a pronoun's estimate stands for its body's, whoever the page named before (a "put the cost at" is always
someone's estimate); not "we", which may be the outlet's own. Not a study, a survey or other evidence (``_EVIDENCE``:
"A study projected …" is left as "A study found …" is, ``_AGENT_FINDING``), nor a plural noun ("The energy projects the
company will build …", no speaker before "projects"), nor the passive ("The plant is expected to close": nobody named
expects it); a projection needs what is projected, a clause or an infinitive ("The agency projects 2,700 deaths" is
left alone)."""


def _body_estimates(masked: str) -> list[tuple[int, int]]:
    """The spans of the verbs of ``_ESTIMATING`` in ``masked`` (quotations blanked) right after a speaker of the
    lexicon (not evidence) or a pronoun that opens a clause."""
    ends = [h.end for h in _speakers().find(masked) if not _EVIDENCE.fullmatch(h.cue)]
    ends += [m.end() for m in _ESTIMATE_PRONOUN.finditer(masked)]
    found = []
    for end in ends:
        m = _ESTIMATING.match(masked, end)
        if m is not None:
            found.append(m.span(m.lastindex or 0))
    return found


_PASSIVE_JUDGMENT = re.compile(
    r"(?i)\b(?:is|are|was|were|been|being)\s+(?:(?:also|widely|roundly|quickly|sharply|loudly|warmly|\w+ly)\s+)?"
    r"(praised|hailed|applauded|lauded|commended|welcomed|criticized|criticised|condemned|denounced|decried|"
    r"deplored|castigated|lambasted|rebuked)(?:,?\s+(?:including|especially|notably|most\s+notably|chiefly))?\s+by\b"
    r"(?=\s+(?:[\w'’.-]+\s+)*?[\w'’.-]+)"
)
"""A judgment aloud in the passive, its agent named after "by": "His move on Wednesday was praised by conservative
activists and some fellow Republicans." (Reuters, check14-new TG-21): the sentence reports the agents' praise, as "Some
Republicans praised his move" would; the phrase ends with its "by", so the speaker is the agent (speakers._windows).
Also with the agent set off as one of several ("comments that have been widely condemned, including by Mr. Romney", NYT,
check13n RA-30). Not a participle on a noun with no finite verb ("The plan, praised by many, …": no "was"), nor verbs
with a literal sense ("was slammed by the storm", "blasted by winds"). The one rule of a judgment in the passive: the
voice lens reads the sentence as reporting by it, and the attribution lens counts its verb by it (review debt, session
15: ``attribution._by_agent`` had a second pattern of its own)."""


def passive_judgments(masked: str) -> list[tuple[int, int]]:
    """The spans of ``_PASSIVE_JUDGMENT`` in ``masked`` (quotations blanked), from the verb of judging to its "by".
    ``_reporting`` keeps those before the sentence's first other report: after one ("Roe said the plan was criticized
    by the Chamber …", check14-reO), the judgment is what is reported, no verb of the sentence's speaker."""
    return [(m.start(1), m.end()) for m in _PASSIVE_JUDGMENT.finditer(masked)]


_BELIEVING = re.compile(
    r"(?i)\b(?:believ(?:e|es|ed|ing)|think|thinks|thought|thinking|assum(?:e|es|ed|ing)|suppos(?:e|es|ed|ing)|"
    r"suspect(?:s|ed|ing)?|imagin(?:e|es|ed|ing))\b(?!\s+(?:about|of|over|in|on|for|so|back|up|twice|hard|again|tanks?|"
    r"it\s+(?:over|through))\b)"
)
"""A verb of believing before its content ("he mistakenly believed Gattine heard those remarks and called him a
racist", "came to believe that a Democratic lawmaker had called him a racist"): a verb of saying after it in the same
clause is what is believed, not the sentence's report (check8-new LP-5). Not "thought about it and said": a
preposition after it is not a content clause; nor a "think tank", whose analysts said."""

_WRITERS_ASIDE = re.compile(
    r"(?i)\bit(?:\s+(?:should|must|can|ought\s+to|has\s+to|needs\s+to)(?:\s+(?:also|again))?\s+be|(?:\s+is|\s+was|['’]s)"
    r"\s+(?:also\s+)?(?:worth|important\s+to|fair\s+to|interesting\s+to)|\s+bears)\s+(?:\w+ly\s+)?$"
)
"""Before a verb of saying, an impersonal "it should be" or "it is worth": the writer's own aside ("the third president
(and, it should be noted, a slaveholder)", "It is worth noting that …", "it bears repeating"), no one's report (check X
HC-5: Vox's aside counted as an attributed statement with "noted"). "It was noted that …" and "it is said that …"
still report someone unnamed."""

_WRITER_SUBJECT = re.compile(
    r"(?<![\w'’])(?<!\w\sand\s)(?<!\w\sor\s)I(?:['’](?:d|ll|ve)|(?P<am>['’]m))?\s+"
    r"(?:(?:would|will|can|could|should|must|might|may|shall|do|did|have|had|not|cannot|(?:do|did|would|could|should|can|"
    r"must|will|wo|ca)n['’]t|also|still|even|only|again|always|often|never|once|just|too|now|then|first|(?i:\w+ly)|"
    r"(?P<be>am|was|been))\s+){0,3}$"
)
"""The writer as the subject of a verb of saying or thinking, outside quotation marks (``_reporting`` reads the sentence
with its quotations blanked): "I say that as someone who supported Hillary Clinton …", "I would argue that …", "I have
said before that …", "As I wrote last week, …" (check AG EC-8, CNN's opinion piece: the writer's own "I say" was
counted as an attributed statement). The first person outside quotation marks is the piece's author, whose words are
the outlet's own voice; inside them it is the quoted speaker's, and blanked here. Not a passive ("I was told …",
"I've been informed": someone else told the writer): a form of "be" only before a participle in "-ing" ("I am
arguing"). Not one of several subjects ("Smith and I argued that …": Smith's argument too). Not a transcript's or an
interview's turn ("SMITH: I said …", ``_TURN_LABEL``): the I is the speaker's."""
_TURN_LABEL = re.compile(r"^\s*(?:[A-Z][A-Z.'’ -]*|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}):\s")
"""A speaker's label opening a transcript or interview turn ("MARTIN:", "Q:", "Terry O'Neill:", "Dowd:")."""
TRANSCRIPT_TURNS = 3
"""Sentences opening with a speaker's label (``_TURN_LABEL``) that make a source a transcript (``transcript``)."""


def transcript(texts: Sequence[str]) -> bool:
    """Whether one source's sentences are a transcript or an interview in turns ("AMY GOODMAN: …", "Comey: …",
    "Baier: …"): ``TRANSCRIPT_TURNS`` labelled sentences or more, by two speakers or more, one of them speaking again.
    Its "I" outside quotation marks is the speaker of the turn, in a turn's later sentences too ("So we have to do two
    things, as I said."), not the writer (``_writers_own``). A label that never returns, or only one label, is a
    piece's furniture or headings ("More: …" four times, "Photos: …", "Update: …"), not turns. On the AllSides 10k,
    before this was asked, 36 of the 441 sentences the writer's "I" made the outlet's own stood in sources with three
    capitalised labels or more, 19 of them Democracy Now's transcripts."""
    labels = [m.group().strip().lower() for text in texts if (m := _TURN_LABEL.match(text))]
    return len(labels) >= TRANSCRIPT_TURNS and 2 <= len(set(labels)) < len(labels)


def _writers_own(masked: str, span: tuple[int, int]) -> bool:
    """Whether the reporting verb at ``span`` is the writer's own, its subject "I" (``_WRITER_SUBJECT``)."""
    m = _WRITER_SUBJECT.search(masked[: span[0]])
    if m is None or _TURN_LABEL.match(masked):
        return False
    passive = m.group("be") or m.group("am")
    return not passive or masked[span[0] : span[1]].lower().endswith("ing")


_CONTENTLESS_BELIEF = re.compile(
    r"(?i)(?<=[a-z]\s)(?:what|whatever|whichever|everything|anything)\s+(?:(?!(?:that|which|who|is|was|are|were)\b)[\w'’-]+\s+){1,3}?"
    r"(?:(?:still|also|really|truly|genuinely|sincerely|firmly|once|always|would|will|did|do|does|had|have|has|had\s+long)\s+)*$"
)
"""What someone believes, named by a free relative and no clause: "People still voted their conscience based on whatever
they believed." (CNN, check AG EC-31/EC-8: read as reported speech for its "believed", though it reports no content
of anyone's belief; "In the end, voters chose what they believed."). The free relative is an object, after a word of
its clause: one that opens it may be a cleft's subject, whose content follows ("What the mayor believed, aides said,
was that …"). The verb must also end its clause (``_CLAUSE_ENDS``): "what they believed was right" is left to the
readings of an embedded clause."""
_CLAUSE_ENDS = re.compile(r"\s*(?:[.!?;:,)—–]|$)|\s+(?:and|but|or|because|when|while|if|as|in\s+the\s+end)\b")
_COGNITION = re.compile(
    r"(?i)(?:believ|think|thought|assum|suppos|suspect|imagin|feel|felt|know|knew|expect|hope|wish|want)"
)


def _belief_without_content(masked: str, span: tuple[int, int]) -> bool:
    """Whether the verb at ``span`` is one of thinking or believing (``_COGNITION``) whose object is a free relative
    before it and that ends its clause (``_CONTENTLESS_BELIEF``): someone's belief is named, nothing of it reported."""
    return bool(
        _COGNITION.match(masked, span[0])
        and _CLAUSE_ENDS.match(masked, span[1])
        and _CONTENTLESS_BELIEF.search(masked[: span[0]])
    )


_BELIEVED = re.compile(_BELIEVING.pattern + r"(?:\s+[\w'’.-]+)+\s+$")


def _believed(text: str, start: int) -> bool:
    """Whether the reporting word at ``start`` stands in the content of a belief (``_BELIEVING``) in its own clause:
    what someone believes was said, which the sentence states of the believer ("He believed the report, officials said"
    still reports: the comma ends the belief's clause, as a quotation mark does in "He thinks the plan is “a total
    disaster,” she said")."""
    return _in_clause_before(_BELIEVED, text, start)


_HELD_BELIEF = re.compile(
    r"(?:(?<![\w'’])(?i:he|she|they)|(?<![\w'’])(?!(?:I|We|It|You|This|That|These|Those|There|The|A|An|Many|Some)\b)"
    r"(?-i:[A-Z][\w'’.-]+)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,2})\s+"
    r"(?:(?i:also|still|firmly|wrongly|mistakenly|genuinely|sincerely|clearly|apparently|privately|long)\s+)?"
    r"(?i:believes|believed|believe|thinks|think|thought)\s+(?!(?:about|of|over|in|on|for|so|back|up|twice|hard|again|"
    rf"it\s+(?:over|through))\b)(?:that\s+)?(?:[\w'’.-]+\s+){{1,5}}?(?i:{_FINITE}|won['’]t|isn['’]t|aren['’]t|wasn['’]t)\b"
)
"""A person's belief with its content clause, "that" or not ("because he believed Islamic State militants have been
defeated", check-S IQ-20; "Smith thinks the plan will fail"): the clause is the believer's view, which the sentence
reports, not a fact it states. The subject is a third person's pronoun or a name: the writer's own "I think" is its own
voice, "Analysts believe …" is for the attribution lens's groups, and a thing ("the plan thought to be …") believes
nothing."""


def _belief_at(masked: str) -> tuple[int, int] | None:
    """The span of a belief (``_HELD_BELIEF``) in a sentence with no other report: from its believer to the end of
    its clause (the next clause break, else the sentence's end); else None."""
    m = _HELD_BELIEF.search(masked)
    if m is None:
        return None
    stop = _CLAUSE_END.search(masked, m.end())
    return (m.start(), stop.start() if stop else len(masked.rstrip(" .!?")))


_EXPERT_GROUP = (
    r"experts?|analysts?|economists?|scientists?|researchers?|scholars?|historians?|strategists?|observers?|critics?|"
    r"officials?|diplomats?|doctors?|physicians?|epidemiologists?|lawyers?|attorneys?|prosecutors?|investigators?|"
    r"investors?|traders?|forecasters?|pollsters?|advocates?|activists?|specialists?|authorities|insiders?|engineers?|"
    r"planners?|academics?|statisticians?|meteorologists?|climatologists?|virologists?|psychologists?"
)
_GROUP_VIEW = re.compile(
    rf"(?i)(?<![\w'’-])(?:{_EXPERT_GROUP})\s+(?:(?:also|still|now|long|widely|generally|privately|increasingly|\w+ly)\s+)?"
    r"(?:believe|believes|believed|fear|fears|feared|worry|worries|worried|suspect|suspects|suspected|"
    r"(?:are|is|were|was|have\s+been|has\s+been)\s+(?:(?:also|increasingly|deeply|very|\w+ly)\s+)?"
    r"(?:concerned|worried|afraid|convinced|confident|skeptical|sceptical|hopeful|fearful))\s+"
    rf"(?!(?:about|of|over|in|on|for|by|with|at|to)\b)(?:that\s+)?(?:[\w'’.-]+\s+){{0,5}}?(?:{_FINITE})\b"
)
"""A group of experts or officials believing, fearing or concerned that something is so, with its content clause:
"Some security experts are concerned the recordings could have compromised national security." (the Washington
Times), "an approach experts believe could facilitate a swift end to the recession" (the Washington Free Beacon,
check AI OM-26, SB-26): the clause is their view, its hedge theirs, as in "experts have estimated that businesses may
need …", which reports. ``_HELD_BELIEF`` takes a person's belief; a group's is this one. Not their state about a
thing ("experts are concerned about the cost"), which holds no claim."""


def _group_view_at(masked: str) -> tuple[int, int] | None:
    """The span of a group's view (``_GROUP_VIEW``) from the group to the end of its clause (the next clause break, else
    the sentence's end); else None."""
    m = _GROUP_VIEW.search(masked)
    if m is None:
        return None
    stop = _CLAUSE_END.search(masked, m.end())
    return (m.start(), stop.start() if stop else len(masked.rstrip(" .!?")))


_CONCESSIVE = re.compile(r"(?i)^\s*(?:while|although|though|whereas|even\s+though|even\s+as)\b[^,;:]*,")
"""A leading clause that concedes what someone said before the outlet's own main clause ("While President Obama
repeatedly promised to pull all troops out of Afghanistan by 2014, U.S. and NATO forces remain there"): the main
clause is the outlet's statement; a sentence without quotation marks is reported only by a verb outside it."""


_TERM_BEFORE = re.compile(
    r"(?i)(?:\b(?:last|next|first|second|third|fourth|final|current|full|same|previous|new|long|short|\w+-year)|['’]s?)\s+$"
)
"""Before "term" the noun: "the court’s last term", "his second term", "a four-year term"."""
_NOUN_BEFORE = re.compile(rf"(?i)(?<![-‐'’])\b(?:{_DETERMINERS})\s+$")
"""A determiner before a word of saying makes it a noun ("some claims that"); not the last letter of a hyphenated name
("Critics of Chick-fil-A argue that …", check11j CF-18)."""
_PARTICIPLE = re.compile(
    r"(?i)^(?:observed|noted|reported|described|mentioned|cited|quoted|stated|recorded|seen)$"
)
_PARTICIPLE_AFTER = re.compile(r"(?i)^\s+(?:among|across|between|throughout|during|since|over\s+the|within)\b")
_PRONOUN_OR_NAME = re.compile(r"(?:\b(?i:he|she|they|we|i|it|you|who|has|have|had|was|were|is|are|be|been)|\b[A-Z][\w'’-]*)\s+$")
"""Before a verb of saying (not a participle): a pronoun, an auxiliary or a name ("Nye observed during …")."""


_CHARGED = re.compile(
    r"(?<![,;:—–])\s(?!(?:is|are|was|were|be|been|being|has|have|had|he|she|they|we|i|who|that|and|also|publicly|"
    r"repeatedly|falsely|openly|often|once|later|then)\s)(?-i:[a-z][\w'’-]*|(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday))\s+$"
)
"""Before "accused of" or "accusing": a common noun (or the day of an announcement), not a subject that speaks ("he",
"Democrats") nor an auxiliary: the participle is a charge on that noun ("officers accused of hacking", "indictments were
announced Friday accusing a dozen officers of …"), which reports the charge but not the sentence (check-s6-C PM-20)."""


_NAME_OF_BEFORE = re.compile(r"(?:^|\s)(?-i:[A-Z])[\w'’.-]*\s+of\s+(?:the\s+)?$")
"""Before a capitalised word: a capitalised word and "of" inside the sentence ("Court of Appeals", "Board of Appeals",
"Office of Claims"): the word is part of a name, no verb of saying ("the influential U.S. Court of Appeals for the
District of Columbia Circuit" was read as "appeals for", typed "Court" official, Reuters, check17 KV-34)."""
_NO_SPEAKER = re.compile(r"(?i)\b(?:neither|nobody|no\s+one|none)(?:\s+of\s+(?:them|us|the\s+\w+))?\s+$")
"""A subject that says nothing: "neither said much of anything" reports no words (check10h OB-7)."""
_RISKED = re.compile(r"(?i)\b(?:risk|risks|risked|risking|fear|fears|feared|fearing|avoid|avoids|avoided|avoiding)\s+(?:being|getting)\s+$")
"""Before a charge: a charge someone risks or fears ("risk being blamed for …"), which nobody has made."""
_PASSIVE = re.compile(rf"(?i)\b(?:is|are|was|were|be|been|being|get|gets|got|getting|has|have|had)\s+{_AUX_ADVERBS}$")
"""Before a participle of charging with nothing between it and its "of"/"for": an auxiliary makes it the sentence's
own passive verb ("He was accused of fraud": someone's charge, reported), adverbs between too ("The plan was also
criticized for its cost", "was widely blamed for"); without one it describes a noun."""


_EVIDENCE = re.compile(
    r"(?i)\b(?:e-?mails?|messages|texts|records|documents|files|evidence|data|figures|numbers|statistics|polls?|"
    r"surveys?|stud(?:y|ies)|research|results|findings|signs|trends|estimates|tests|analys[ie]s|footage|photos?|videos?)\b"
)
"""What suggests or indicates without speaking: evidence ("Emails and text messages … suggest it may have been a
message": the outlet's inference, hedged, not anyone's statement — check-s6-C christie Fox 13, typed "official" from
"turned over to legislators" when "suggest" was read as a verb of saying)."""


_DOCUMENT_SUBJECT = re.compile(
    r"(?i)\b(?:statements?|letters?|memos?|memorand(?:um|a)|messages?|tweets?|posts?|remarks|comments|announcements?|"
    r"decisions?|orders?|directives?|guidance|e-?mails?|notes?|speech|testimony|ruling|opinion|filings?|briefs?)\s+"
    r"(?:(?:also|further|even|only|thus|itself|\w+ly)\s+)*$"
)
"""A document or an utterance as the subject of a verb of inference ("His statement also makes clear that …",
"Dunford’s letter makes clear that …", "The memo suggests that …"): what it makes clear or suggests is the writer's
reading of it, in the outlet's own voice, as "Dunford’s statement suggests Mattis wasn’t given any heads up" already
was (check14-new TG-23: one rule for both). What a statement says ("the statement said that …") is still its report."""
_INFERRING = re.compile(r"(?i)(?:suggest|indicat|made$|makes$|making$)")


def _document_infers(word: str, segment: str) -> bool:
    """Whether ``word``, the first word of a reporting phrase, is a verb of inference ("suggests", "indicates", "makes
    … clear") whose subject, the end of ``segment`` (the clause before it), is a document (``_DOCUMENT_SUBJECT``)."""
    return bool(_INFERRING.match(word) and _DOCUMENT_SUBJECT.search(segment))


_THING_SUBJECT = re.compile(
    r"(?i)\b(?:decisions?|move|moves|plan|plans|polic(?:y|ies)|ban|law|laws|bill|measure|order|proposals?|changes?|"
    r"storms?|fires?|crisis|war|conflict|dispute|shutdown|tariffs?|deal|cuts?|rules?|ruling|announcement|tweets?|"
    r"scandal|controversy|spending|deficit|debt|virus|outbreak|pandemic|inflation|flooding|floods?|violence|fighting|"
    r"situation|problems?|developments?|uncertainty|delays?|investigation|probe|reversal|shift|slowdown|downturn|"
    r"recession|slump|rise|increase|drop|decline|weather|drought|attacks?|surge|gap|costs?|prices?|revelations?|"
    r"disclosures?|allegations?|news|records?|history|past|background|tenure|nomination|candidacy|battle|fight|"
    r"contest|race|hearings?|session|summit|meeting|trial|season|year|week|night|day)\s+"
    r"(?:(?:also|now|still|even|only|\w+ly)\s+)*$"
)
"""A thing or an event as the subject of "threaten(s/ed) to …" ("Trump’s sudden decision threatened to jettison years
of careful planning", Slate, check14-new TG-20; "the storm threatens to flood the coast"; a disclosure, "The revelation
threatened to engulf him", as the attribution lens reads it, checkR SD-59): a danger, not a threat anyone uttered. A
person, a group or an institution that threatens to act ("the union threatened to strike") still reports. So does a
record or a past ("Kavanaugh's lengthy insider D.C. record … threatened to delay the confirmation process", Fox,
check17 KV-41: it risked delaying it), a contest or a meeting."""
_RAISING = re.compile(r"(?i)(?:promis|threat)(?:e|es|ed|en|ens|ened|ening|ing)$")
_RAISED = re.compile(r"(?i)\s+to\s+(?:be|become|prove|remain|turn\s+into)\b")
"""After "promise(s)" or "threaten(s)": "to be", "to become", "to prove" — with a thing for subject the verb says what
is likely ("in what promises to be a contentious confirmation battle", Reuters, check17 KV-42: is likely to be), no
pledge and no threat. "He promised to be a president for all" is still a pledge: a person for subject."""
_RAISED_SUBJECT = re.compile(r"(?i)(?:^|\s)(?:what|which|it|this)\s+(?:(?:also|now|still|even|only|\w+ly)\s+)*$")
"""A free relative, "which" or "it" before "promises to be": a thing or a situation, not a speaker ("in what promises to
be", "a fight which promises to be long"); "which threatened to strike" may be a union's, hence only before "to be"."""
_PARENTHETICAL_BEFORE = re.compile(r"(?:\s*(?:--|[—–―])[^—–―]*?(?:--|[—–―])|\s*\([^()]*\))\s*$")
"""A parenthetical set off by dashes or brackets just before a verb ("record -- including his work in the Bush White
House -- threatened"): the subject stands before it."""


def _subject_segment(before: str) -> str:
    """The clause before a verb (the text after the last clause break in ``before``), past a parenthetical that
    separates the verb from its subject (``_PARENTHETICAL_BEFORE``)."""
    if (aside := _PARENTHETICAL_BEFORE.search(before)) is not None:
        before = before[: aside.start()] + " "
    return before[max((b.end() for b in _BREAK.finditer(before)), default=0) :]
_THREATENING = re.compile(r"(?i)threat(?:en|ens|ened|ening)$")
_QUANTITY_SUBJECT = re.compile(
    r"(?i)(?:^|\s)(?:\$?\d[\d,.]*\s*(?:[kmb]|percent|%)?|\w+illion|thousands?|hundreds?)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:jobs|positions|payrolls|points|percent|dollars|barrels|units|homes|cases|seats|shares)\s+"
    r"(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been|being)\s+)?$"
)
"""A quantity as the subject of "added" ("Unemployment up; 69K jobs added", Politico's headline, check14-new JR-10;
"200,000 jobs were added in May"): jobs created, not words added."""


_PROMISING = re.compile(r"(?i)^(?:pledg|promis|vow|guarantee)(?:e|es|ed|s|ing)?$")
_TERMS_SUBJECT = re.compile(
    r"(?i)\b(?:the|a|an|this|that|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:effort|drive|fundraiser|plan|bill|"
    r"measure|deal|proposal|program(?:me)?|initiative|fund|policy|law|legislation|agreement|budget|package|scheme|offer|"
    r"contract|treaty|pact)s?(?:\s*,\s*|\s+)(?:(?:which|that)\s+)?(?:(?:also|now|still|only|"
    r"even|\w+ly)\s+)*$"
)
"""A plan, a bill, a deal or a fundraising drive as the subject of "pledges", "promises", "vows" or "guarantees"
("More than 40,000 donors have contributed to the effort, which pledges they won't be charged if …", USA Today,
check-U CO-49; "The bill promises tax cuts to every family"): the terms it sets out, which the outlet describes, not
words anyone is reported to have said. A person, a group or a campaign that pledges ("the campaign pledged to …")
still reports, as a thing that threatens does not (``_THING_SUBJECT``)."""


_COMMITTING = re.compile(r"(?i)^(?:threat(?:en|ens|ened)|vow(?:s|ed)?|pledg(?:e|es|ed)|promis(?:e|es|ed))$")
_LATER = (
    r"(?:then|later|soon|quickly|eventually|abruptly|(?:(?:a|one|two|three|four|several|a\s+few)\s+)?"
    r"(?:days?|weeks?|months?|years?)\s+later)"
)
"""When a later act follows: "then", "later", "weeks later"."""
_UNDONE_AFTER = re.compile(
    r"(?i)^\s+to\s+(?!be\b)[a-z][\w'’-]*\b[^,;:“”\"]*?"
    rf"(?:,\s*(?:and\s+|but\s+)?{_LATER}|\s+(?:and|but)\s+{_LATER}|,?\s+only\s+to|,\s+but)\s+(?:\w+ly\s+)?"
    r"(?!(?:" + _SAYING + r"|" + _CLAUSE_VERBS + r")\b)"
    r"(?:[a-z]+ed|withdrew|went|took|gave|fell|let|made|did|broke|struck|won|lost|sent|left|held|kept|found|paid|met|ran|"
    r"came|got|put|sold|bought|built|began|chose|flew|spent|stood|retreat|reverse|back|drop|abandon|walk|cave|relent|"
    r"withdraw|give|go|sign|fold|change|lose|win)\b(?!\s*(?:that\b|[:“\"‘]))"
)
"""What follows a threat, a vow or a promise told as one act in a sequence the outlet narrates: "to" and its verb, then
a later act of the same subject ("Trump threatened to target Iranian cultural sites, then backed away.", USA TODAY,
check Z IR-4; "The union threatened to strike but later relented"; "She vowed to fight the ruling, only to drop the
appeal"; "The mayor promised to close the plant, but reversed course"). The outlet tells what the actor did, the threat
and the retreat; no one's words are relayed, as they are in "The governor threatened to veto the bill" or in a later act
that is itself a saying ("…, then said he would sign it", ``_SAYING``, ``_CLAUSE_VERBS``, or a clause or quotation
after the verb)."""


_ARGUE = frozenset({"argue", "argues", "argued", "arguing"})
_QUARREL_AFTER = re.compile(
    r"(?i)(?:\s+(?:like|as\s+if|as\s+though|with|among|amongst|about|over|\w+ly|all\s+(?:day|night)|late\s+into|"
    r"for\s+(?:hours|days|weeks|months|years|a\s+(?:long\s+)?(?:time|while)))\b"
    r"(?:(?!\b(?:that|whether|if)\b)[^,;:.!?\"“”‘])*)?\s*(?:[,;:]|[.!?][\"”’']*\s*$|$)"
)
"""After "argue", nothing it reports to the clause's end: no clause, quotation or object, only how, with whom, about
what or for how long they argued ("customers talked and argued like family", "The two argued for hours over the
bill."): a quarrel the outlet tells, not a position stated. "argued that …", "argued the case", "argued for the law"
still report."""
_JOINED_VERB_BEFORE = re.compile(r"(?i)\b[a-z]{2,}(?:ed|s)\s+(?:and|or)\s+(?:\w+ly\s+)?$")
"""A verb joined before "argued" by "and" or "or" ("talked and argued"): one subject's acts told in a row."""


_STATUS_DECLARED = re.compile(
    r"(?i)\s+(?:(?:a|an|the|its|his|her|their|another|a\s+new)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:emergency|emergencies|state\s+of\s+(?:emergency|disaster|war|siege|alert)|war|bankruptcy|martial\s+law|"
    r"disaster(?:\s+area)?|curfew|ceasefire|cease-fire|truce|independence|moratorium|quarantine|lockdown|holiday)"
    r"(?=\s*(?:[,;:.!?)\u2014\u2013]|$|\s(?:at|in|on|over|for|against|across|along|after|before|until|to|with|and|or|but|"
    r"that\s+(?:would|will|allows?|lets?|gives?)|which|when|as)\b))"
)
"""After "declare": a status an office holder's act creates ("has declared a national emergency at the southern border",
"declared war on", "declared bankruptcy in 2009", "declared a state of emergency across the county"): a proclamation the
outlet reports as an act, as it would a signing, not a statement whose content it relays (check AF BW-17b: Vox's own
opening report was read as an official's statement). What is declared so of something ("declared the emergency
unconstitutional", "declared that the border is in crisis", "declared victory", a claim) still reports."""


_ARGUED_THAT = re.compile(r"(?i)\s*(?:,\s*)?(?:that|whether)\b|\s*[\"“‘']")
"""After a passive "argued": what was argued ("It was argued that the law is void", "it is argued whether …"), a report
without its speaker. Anything else ("The case was argued Wednesday", "the second case to be argued in as many days",
"was argued by the solicitor general") tells a case heard in court: who argued it, when, where, never what anyone says
(check AF DM-21: NPR's own-voice "The second same-sex marriage case to be argued in as many days, the DOMA challenge
was brought by Edith Windsor, …" was read as reported speech)."""


_KNOWN_ALREADY = re.compile(
    r"(?i)\s+(?:(?:only|just|merely|simply)\s+)?what\s+(?:(?:has|have|had)\s+(?:(?:already|long|\w+ly)\s+)*been|"
    r"(?:is|are|was|were)\s+(?:(?:already|long|\w+ly)\s+)*)\s*(?:(?:already|long|\w+ly)\s+)*[a-z]+(?:ed|en|wn)\b"
)
"""After a verb of saying, a passive free relative ("It merely reiterated what has already been known, read and
reported on.", NPR, check AB ME-9; "The memo repeated what was widely reported"): the outlet's account of what was said,
as a thing known or reported before; none of the speaker's words is reported."""


def _quarrelled(word: str, before: str, after: str) -> bool:
    """Whether ``word``, a form of "argue", tells a quarrel, not a report (check ZAA2 IR-4): nothing it reports follows
    (``_QUARREL_AFTER``), and it is joined to another verb of its subject ("talked and argued like family") or opens its
    own clause with an adverbial after it ("The two argued for hours over the bill."), not a tag after a quotation or a
    comma ("“That is wrong,” she argued with reporters.", whose content stands before it)."""
    if word.lower() not in _ARGUE or not _QUARREL_AFTER.match(after):
        return False
    if _JOINED_VERB_BEFORE.search(before):
        return True
    return bool(after.strip(" .!?\"”’'")) and not _RETORT_BEFORE.search(before)


def _undone_commitment(word: str, after: str) -> bool:
    """Whether ``word`` is "threaten…", "vow…", "pledge…" or "promise…" told as an act the same subject then followed
    with another (``_UNDONE_AFTER``; ``after`` is the text after the verb)."""
    return bool(_COMMITTING.match(word) and _UNDONE_AFTER.match(after))


_SUBJECT_DAY = re.compile(
    rf"(?i)\s(?:(?:on|early|late|last|this)\s+)?(?:{DAY})(?:\s+(?:morning|afternoon|evening|night))?\s+$"
    r"|\s(?:last|this)\s+(?:week|month|year|weekend)\s+$"
)
"""The day between a subject and its verb ("His new announcement Friday threatened to upend the presidential campaign",
the Washington Times, check-Y FB-37; "The storm on Sunday threatens to …", "The ruling last week threatened to …"): when
the thing was done or came, not the subject; the subject is the noun before it."""


def _past_the_day(segment: str) -> str:
    """``segment`` (the clause before a verb) without the day that closes it (``_SUBJECT_DAY``), so that its subject
    ends it."""
    day = _SUBJECT_DAY.search(segment)
    return segment[: day.start()] + " " if day is not None else segment


def _thing_threatens(word: str, segment: str, after: str) -> bool:
    """Whether ``word`` is "threaten…" before "to" with a thing or an event as its subject (``_THING_SUBJECT``, the end
    of ``segment``, the clause before it, past a day between, ``_past_the_day``), or "promise…"/"threaten…" before "to
    be" (``_RAISED``) with such a subject; ``after`` is the text after the verb."""
    segment = _past_the_day(segment)
    if _RAISING.match(word) and _RAISED.match(after) and (_THING_SUBJECT.search(segment) or _RAISED_SUBJECT.search(segment)):
        return True  # "what promises to be a contentious battle", "the summit threatens to become a farce": likely
    return bool(_THREATENING.match(word) and re.match(r"\s+to\b", after) and _THING_SUBJECT.search(segment))


def _quantity_added(word: str, segment: str, after: str) -> bool:
    """Whether ``word`` is "added" or "adds" after a quantity of things (``_QUANTITY_SUBJECT``, the end of ``segment``),
    with no clause or quotation after it (``after``: "…, 12 senators added that …" still reports)."""
    return bool(
        word.lower() in {"added", "adds"} and _QUANTITY_SUBJECT.search(segment)
        and not re.match(r"\s*(?:that\b|[,:\"“‘])", after)
    )


_TALES = re.compile(
    r"(?i)\s+(?:[\w'’-]+\s+){0,2}?(?:stories|story|tales|tale|jokes|joke|anecdotes|anecdote|yarns|yarn|fibs|lies)\b"
    r"(?!\s+(?:that|of\s+how|about\s+how)\b|\s*[:“\"])"
)
"""What someone tells as a performance or a habit ("stories", "jokes", "tales"), not a statement reported: no content
clause ("that …", "of how …") and no quotation follows."""
_GERUND_AFTER = re.compile(r"(?i)\b(?:by|for|of|from|at|in|about|without|through|after|before|while)\s+$")
"""A preposition before a gerund: "by telling stories" says how someone acts, not what they said."""


_WHOM_SUBJECT = re.compile(r"(?i)\b(?:whom|which)\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){1,3}$")
"""A named subject in a relative clause before a charge ("the latter of whom Beck accused of launching …"): his
accusation, not a participle on a noun (check12-reL BK-27)."""
_CALLED_NAME = re.compile(
    r"(?i)\b(?:has|have|had|is|are|was|were|will|would)\s+[^,;:]*\b(?:of|about|on|with|in|for|from|to|into|over)\s+"
    r"(?:the|a|an|this|that|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*\s+$"
)
"""A noun in a prepositional phrase after the clause's finite verb, before "called" and a quotation: the participle
names it ("… over its cover story of the candidate called “The Queen of Rage”"); "Critics of the plan called “…”"
report (check12m BN-27)."""
_NAMING_PARTICIPLES = frozenset({
    "called", "dubbed", "termed", "labeled", "labelled", "branded", "nicknamed", "named", "titled", "christened",
})
"""Participles that give a thing its name ("a ship called …", "a law dubbed …", "a measure nicknamed …")."""
_NAMED_THING_BEFORE = re.compile(
    r"(?<![\w'’])(?i:an?|another|the|this|that|its|his|her|their|one)\s+(?:[\w-]+\s+){0,3}?"
    r"(?!(?:that|which|who|whom|also|then|once|later|had|has|have|was|were|is|are|be|been|being|and|or|but|will|would|"
    r"shall|should|can|could|may|might|must)\s)(?-i:([a-z][\w-]*))\s+$"
)
"""A common noun with its determiner right before a participle of naming ("a law dubbed …", "a German ship called
…"), not a relative pronoun, an adverb, an auxiliary or a modal in the noun's place ("The end of the Super Bowl could
be called …" is no thing named "be": ``_OWN_CALLED`` reads it)."""
_NAMED_BY_WHOM = re.compile(r"(?i)\b(?:which|that|what|whom|who)\s+(?:\S+\s+){1,3}$")
"""A relative clause's subject before the verb ("the plan, which the president called “a disaster,” …"): his
characterisation, reported."""
_GIVEN_NAME_WORD = r"(?-i:[A-Z])[\w'’.&-]*"
_NAME_AFTER = re.compile(
    rf"\s+the\s+(?:{_GIVEN_NAME_WORD}\s+){{0,6}}?{_GIVEN_NAME_WORD}(?![\w'’.&-])(?<!['’]s)"
    r"(?!\s+(?i:an?|the|his|her|their|its)\s)(?!\s*[\"“‘]|\s{3,})"  # nor a quotation (blanked in the masked text)
)
"""After a participle of naming, "the" and capitalised words with no complement and no quotation after them ("a
German ship called the St. Louis tried to make port …"). Not a possessive after the name ("called the FBI's …"), nor a
complement after it ("a senator called the Senate a broken institution")."""
_NAME_GOES_ON = re.compile(
    rf"(?:\s{{3,}}|\s+(?:the\s+)?{_GIVEN_NAME_WORD}(?:\s+(?:(?:of|the|and|for)\s+)?{_GIVEN_NAME_WORD})*)"
    r" ?(?:[,;:.!?)](?=\s|$|[\"”])|$| (?:that|which|who|whose|where|when|in|on|at|for|with|from|to|by|under|during|is|was|"
    r"were|are|has|had|have|will|would|could|can|may|might|must|should)\b)",
    re.IGNORECASE,
)
"""After a participle of naming, a name — a quotation (blanked), or capitalised words with or without "the" — past
which the sentence goes on: a relative pronoun, a preposition, a finite verb, punctuation ("reversing a law dubbed
“don’t ask, don’t tell” that had forced the ouster of thousands", Reuters, check AE TB-6). Not a complement after the
name ("the president dubbed “Obamacare” a failure"): what someone called it."""


def _named_thing(before: str, masked: str, after: int) -> bool:
    """Whether a participle of naming, ending at ``after``, names the thing brought in just before it: a common noun
    with its determiner (``_NAMED_THING_BEFORE``) and no relative clause's subject (``_NAMED_BY_WHOM``), then a name —
    one the sentence goes on past (``_NAME_GOES_ON``), or "the" and capitalised words (``_NAME_AFTER``) when the noun is
    no speaker the attribution lexicon knows ("a spokesman called the Times …"; "a nonprofit called the Foundation for
    Excellence in Education that …" is a name either way). "In 1939, a German ship called the St. Louis tried to make
    port …" (NPR, check AD PT-15), "a group called the Sunrise Movement", "a law dubbed “don’t ask, don’t tell” that had
    forced …" (Reuters, check AE TB-6): the name the thing goes by, no one's characterisation of it. In 10,000 AllSides
    articles the 40 matches of "a/an … called/dubbed the" and a capital were all names. Not a speaker after "the" or
    "a" ("the president called the CNN reporter a …", "Republicans called the bill …"), nor a relative "that" ("a
    statement that labeled the U.S. response …")."""
    thing = _NAMED_THING_BEFORE.search(before)
    if thing is None or _NAMED_BY_WHOM.search(before):
        return False
    return bool(_NAME_GOES_ON.match(masked, after) or (_NAME_AFTER.match(masked, after) and not _speakers().find(thing.group(1))))


_DENYING = frozenset({"deny", "denies", "denied", "denying"})
_DENIED_TO = re.compile(r"(?i)\s+to\s+(?![^,;:.?!]*\bthat\b)")
"""After a form of "deny": "to" and whom something is refused, with no "that" clause of what was denied ("Some of the
jobs denied to Chinese workers were soon filled by Mexicans.", NPR, check AD PT-15/35/39/41: "Some of the jobs" was
typed a vague speaker, "denied" a distancing verb): a refusal of a thing, no words reported. "He denied to reporters
that he had met her" still reports the denial."""
_GROUP_SUBJECT = re.compile(r"(?i)(?:^|[,;:—–]|\b(?:and|but|yet|so|still|now))\s*(?:some|many|several|both|all)\s+$")
""""Some", "many" standing alone as the subject of a verb of saying, at a clause's start, after a joiner or a sentence's
opening conjunction ("But many said they remain frustrated by …", USA Today, check AE BA-34): a report of what people
said, not a determiner before a noun."""
_FLOATING_QUANTIFIER = re.compile(
    r"(?:(?<![\w'’])(?i:they|we|you)"
    r"|\b(?!(?:It|This|That|There|The)\b)[A-Z][\w'’-]*)\s+(?i:both|all|each)\s+$"
)
""""Both", "all" or "each" after its subject, a name or a pronoun ("Yates and Clapper both warned the subcommittee that
…", NPR, check AJ YA-22: read as a determiner making "warned" a noun, the sentence NPR's own; "they all said"): the
quantifier floats off the subject, and the verb after it is the subject's, as after "Some" at a clause's start."""
_CALL_FORMS = re.compile(r"(?i)call|calls|label|labels|brand|brands|dub|dubs|term|terms")
_OWN_CALLING = re.compile(
    r"(?i)(?:\b(?:should|would|could|might|must)|(?<![\w'’])(?-i:I|[Ww]e)"
    r"|\bit(?:['’]s|\s+(?:is|was|would\s+be|will\s+be|seems?|seemed))\s+(?:[\w-]+\s+){0,4}?to)"
    r"\s+(?:(?:still|also|not|just|\w+ly)\s+)?$"
)
"""Calling something something in the writer's own words: a modal of advice or of what would be, the writer in the
first person before the verb, or an impersonal "it is … to" ("The U.S. should call Egypt a coup", "what you might call
…", "I call Twitter a typewriter", "It would be a stretch to call McConnell an endearing politician"): no one else's
characterisation is reported. Not an infinitive with a subject of its own: "went so far as to call Republicans
“honorable people”" is Clinton's act. Not a call on or for someone (``_CALL_ON``): "We call on the Senate to …" is an
organisation's statement, set out without marks."""
_CALLED_FORMS = re.compile(r"(?i)called|labell?ed|branded|dubbed|termed")
_OWN_CALLED = re.compile(
    r"(?i)\b(?:should|would|could|might|must|may|can|will)(?:n['’]t)?\s+(?:(?:still|also|not|just|\w+ly)\s+)?"
    r"(?:have|be)\s+(?:(?:still|also|just|\w+ly)\s+)?$"
)
"""A participle of calling after a modal with "have" or "be": a calling that would be or would have been, the
writer's own ("what the founders of this republic would have called “a standing army”", "The end of the Super Bowl
could be called “The Good, Bad and the Ugly”"), as ``_OWN_CALLING`` reads "what you might call …": no one is reported
to have called it so."""
_CALL_ON = re.compile(r"(?i)\s+(?:on|upon|for|out)\b")
_TO_READERS = re.compile(r"(?i)(?:^|[,;:]\s*(?:and\s+)?|\band\s+|\bplease\s+)\s*$")
"""Before an imperative "tell us": nothing, or a joiner; no subject ("Officials tell us …" reports the officials)."""
_DEPICTING = re.compile(r"(?i)(?:portray|depict|paint|cast)(?:s|ed|ing)?")
_PICTURE_BEFORE = re.compile(
    r"(?i)\b(?:magazine|cover|covers|photo|photos|photograph|image|images|picture|pictures|cartoon|illustration|poster|"
    r"advertisement|ad|film|movie|painting|mural|statue)\s+(?:[\w'’-]+\s+){0,2}$"
)
"""A picture, a cover or a film as the subject of a verb of depiction: it shows, it says nothing (check12m BN-26)."""
_PLACE_NAMES = frozenset((*COUNTRY_NAMES, *STATE_NAMES))
"""Two capitalised words that name a place, not a person ("New York passed a law, suggesting …")."""
_IRREGULAR_SAID = frozenset({"said", "told", "wrote", "says", "tells", "writes"})
"""Verbs of saying that do not end in "-ed" and follow "some" or "many" as their subject, not as a noun's determiner."""


_BY_DOING = re.compile(
    r"(?i)\s+(?:to\s+[^,;:.“\"]{1,80}?\s+)?by\s+(?!(?:saying|stating|telling|writing|tweeting|noting|arguing|insisting|"
    r"claiming|denying|accusing|blaming|calling|asking|explaining|repeating|promising|vowing|warning|questioning|"
    r"(?:issuing|releasing|posting|publishing|sending)\s+(?:a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?"
    r"(?:statement|message|tweet|note|letter|response|reply|comment|editorial|apology)|posting\s+(?:on|to|that)\b)\b)"
    r"[a-z]+ing\b"
)
"""After "responded" or "replied": "(to …) by" and a gerund of an act ("Newsweek responded to the controversy by posting
an “outtakes” gallery on its Daily Beast Web site"): what was done in response, no words reported. A gerund of saying
("responded by saying …", "by issuing a statement", "by posting on Twitter that …") still reports."""


_PERSON_SUBJECT = re.compile(
    r"(?i)^\s*(?:(?:but|and|yet|still|now|meanwhile)\s*,?\s+)?"
    r"(?:(?:he|she|i|we)|(?:mr|mrs|ms|dr|sen|rep|gov|gen|prof)\.\s+(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))?|"
    r"(?:the\s+)?(?:(?:former|new|outgoing|incoming)\s+)?(?:governor|senator|president|candidate|congressman|"
    r"congresswoman|lawmaker|speaker|mayor|minister|secretary|chairman|chairwoman)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3}|"
    r"(?!(?:the|a|an|this|that|these|those|its|his|her|their|in|on|at|after|before|since|new|north|south|east|west)\b)"
    r"(?-i:[A-Z][a-z][\w'’-]*\s+[A-Z][a-z][\w'’-]*))"
    r"(?![\w'’-])\s+(?:(?:also|long|still|now|has|have|had|\w+ly)\s+)*"
    r"(?!(?:is|are|was|were|be|been|being|won|wins|lost|loses|trailed|trails|finished|placed|fell|rose|dropped|slipped|"
    r"gained|received|got|drew|earned|polled|scored|surged|slumped|topped|led)\b)(?-i:[a-z][\w-]*)\b[^,;:—–()\"“”]*"
    r",\s*(?:\w+ly\s+)?$"
)
"""A main clause whose subject is a person and whose verb is an act of theirs, before a participle with no subject of
its own ("Mr. Huckabee opposes same-sex marriage, suggesting …", "She backs the plan, suggesting …", "The former
governor rejects the deal, suggesting …"): a pronoun for one person or "we", a titled name, a person's post, or a
name of two capitalised words that is no place. Not evidence or a result ("Data rose, suggesting …", "The senator's
approval fell", "Mr. Roe lost the Iowa caucuses, suggesting …", "Mr. Roe was defeated …"), whose participle is the
writer's inference."""


def participle_of_a_person(text: str, start: int) -> bool:
    """Whether the "-ing" participle at ``start`` (no subject written before it, after a comma) has for understood
    subject a person who acts in the main clause (``_PERSON_SUBJECT``): its verb of saying reports what that person
    said ("…, suggesting as recently as February that homosexuality is a lifestyle choice", check12-reM HB-17), no
    inference of the writer's."""
    before = text[:start]
    m = _PERSON_SUBJECT.match(before)
    if m is None:
        return False
    name = re.match(r"\s*([A-Z][a-z][\w'’-]*\s+[A-Z][a-z][\w'’-]*)\s", before)
    return name is None or name.group(1) not in _PLACE_NAMES


_NEGATED = re.compile(
    r"(?i)(?:\b(?:did|does|do|would|will|could|can|has|have|had)(?:\s+not|n['’]t)|\bnever|\bcannot|\bwon['’]t)"
    r"\s+(?:(?:yet|immediately|publicly|\w+ly)\s+)?$"
)
_NO_CONTENT = re.compile(
    r"(?i)(?:\s+(?:him|her|them|us|me|reporters|journalists|(?:the\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)*))?"
    r"(?:\s+(?:where|whether|when|why|how|who|whom|what|which|if)\b|\s+(?:so|anything|much|more)\b|\s*(?:[,;:!?]|\.?\s*$))"
)


def _negated_without_content(masked: str, m: re.Match[str]) -> bool:
    """A negated verb of saying with nothing said after it: an open question ("The Perry campaign did not say where the
    ad would run, but …", NYT, check14-reO PA-5, PA-31) or nothing at all ("Officials did not say."): no speech is
    reported, the sentence is the outlet's own statement of what was not said. With content ("did not say that …",
    "never said he would …") the verb still reports; a refusal ("declined to say whether …") is left as it is."""
    return bool(_NEGATED.search(masked[: m.start()]) and _NO_CONTENT.match(masked, m.end()))


_DIRECTED = re.compile(
    r"(?i)(?:\b(?:direct|order|instruct|tell|told|ask|urge|force|compel|require|press|push)(?:s|ed|ing)?\s+"
    r"(?:(?!(?:that|to)\b)[\w'’.-]+\s+){1,5}?to\s+(?:(?:stop|cease|quit|end|keep|continue|start|begin)\s+)?|"
    r"\b(?:is|are|was|were|be|been|being|get|gets|got|getting)\s+(?:\w+ly\s+)?(?:directed|ordered|instructed|told|asked|"
    r"urged|forced|compelled|required|pressed|pushed)\s+(?:not\s+)?to\s+|"
    r"\b(?:stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|quit(?:s|ting)?)\s+)$"
)
"""Before a verb of saying: an order to someone else to do it, or to stop doing it ("President Obama directing the
Justice Department to stop arguing for the Defense of Marriage Act", Fox, check13o PA-41, PA-45), or its stopping
("the department stopped defending the law"): an action ordered or ended, not a report of what anyone says; the one
ordered is no speaker of the sentence. In the passive too ("…, with members being told to deny any knowledge of it",
NPR, check AD PT-15: the denial is ordered, none is made). "He argued that …", "The department argued for the law"
still report, and so does a report of the order ("…, aides said")."""


_AGREEING = frozenset({"agree", "agrees", "agreed"})
_UNDERTAKEN = re.compile(rf"(?i)\s+to\s+(?!(?:{_DETERMINERS})\b)[a-z]")
"""After "agreed", a verb it undertakes ("Journalists have traditionally agreed to hold off on reporting …", "the
company agreed to pay a fine"): an action or a convention, what the subject does, not what it says (check-S IQ-62,
IQ-63: Politico's own account of a custom was typed a media and an anonymous statement). "Agreed that …" and
"…, she agreed." still report."""


_WHAT_IS_SAID = re.compile(
    r"(?i)(?:\b(?:what|whatever|anything|everything|something|nothing|things?)\s+(?:\w+ly\s+)?(?:is|was|were|are|gets|got|"
    r"get|getting|has\s+been|had\s+been|will\s+be|would\s+be|might\s+be|may\s+be)\s+(?:\w+ly\s+)?"
    r"|\b(?:gets|got|get|getting)\s+(?:\w+ly\s+)?)$"
)
""""said" as the participle of a passive whose subject is what was said as a thing ("what actually gets said in
chambers", "whatever is said behind closed doors", "things got said that night"), or of a passive with "get": the
words are talked about, no speaker's words are reported (check15 Q-BN: Daily Kos's "It also means they'll be able to
selectively leak out of context snippets …, no matter what actually gets said in chambers." was read as reported
speech). "It was said that …" and "what he said" (a speaker named) still report."""


_TIME_CLAUSE_BEFORE = re.compile(
    r"(?i)\b(?:when|after|before|until|till|once|because|while|whenever)\s+(?:(?:the|a|an|his|her|their|its)\s+)?"
    r"(?:[\w'’.-]+\s+){0,3}?(?:(?:also|first|again|later|then|\w+ly)\s+)?$"
)
_NOTHING_SAID_AFTER = re.compile(
    r"(?i)(?:\s+(?:on\s+)?(?:" + DAY + r"|last\s+\w+|"
    r"that\s+(?:day|night|morning|week))\b)?\s*(?:[,;]|[.!?][\"”’']*\s*$|$)"
)
"""A verb of saying that closes a clause of time or cause with nothing after it ("Mattis was on vacation when Trump
tweeted.", "After the president spoke, …"): the clause tells when, and what was said is not in the sentence, so it
reports nobody's words (check15 TG-24). With what was said ("after Trump tweeted that …", "when Cathy said in an
interview that …") the clause still reports."""


_REVEALING = frozenset({"revealed", "reveals", "disclosed", "discloses"})
"""Verbs of making known that report a person's disclosure (``_CLAUSE_VERBS``), not what evidence, a document or an
event reveals (``_EVIDENCE``, ``_DOCUMENT_SUBJECT``, ``_THING_SUBJECT``, ``_STUDY_SUBJECT``: "The emails revealed that
…", "The probe disclosed that …", "The audit revealed that …"), which the outlet reads for itself as it reads what
they "suggest" (checkR SD-29)."""


_PLURAL_NOUNS = frozenset({"flags", "reports", "claims", "vows", "pledges", "promises", "estimates", "tweets", "posts", "notes"})
"""Forms of reporting verbs that are also plural nouns ("waved flags", "broke promises", "deleted tweets")."""
_VERB_BEFORE = re.compile(r"(?<![\w'’-])(?:[a-z]{2,}ed|made|kept|broke|sent|held|wore|bore|flew|took|gave|read|wrote|won)\s+$")
"""A past verb (or participle) right before such a form: it is that verb's object, a noun ("Supporters waved flags,
chanting his name"; "The mayor broke promises"), not the verb of a subject; lower case only ("Ted reports")."""
_SAID_AFTER = re.compile(r"\s*(?:that\b|[:“\"‘])")
_PLURAL_DETERMINED = re.compile(
    r"(?i)(?<![\w'’-])(?:some|many|several|few|these|those|both|all|other|more|most|numerous|countless|various|two|three|"
    r"four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|\d[\d,]*)\s+"
    r"(?:(?!(?:of|and|or|but|he|she|it|who|that|which|one)\b)[a-z][\w'’-]*\s+){0,2}$"
)
"""A plural determiner before such a form, with up to two words between ("… or some bad tweets.", "his many angry
tweets", "two more posts"): it governs a plural noun, which a verb in "-s" (a single subject's) cannot be (check-U
PR-46: Vox's "… rather than a presidential temper tantrum or some bad tweets." was read as "…, X tweets."); not with
a pronoun between, the verb's subject ("Some days he tweets fifty times")."""
_POSSESSED = re.compile(
    r"(?i)(?<![\w'’-])(?:since|after|before|over|about|despite|amid|following|with|from|in|on|of|by|for|against|"
    r"through|during|after|like)\s+(?:his|her|their|its|our|my|your|(?-i:[A-Z])[\w.-]*['’]s)\s+"
    r"(?:(?!(?:of|and|or|but|he|she|it|who|that|which)\b)[a-z][\w'’-]*\s+){0,2}$"
)
"""A preposition and a possessive before such a form, with up to two words between ("Since his weekend tweets, Trump
has not backed down …", Vox, check X HC-1; "despite her many posts"): the object of the preposition, a noun, not the
verb of a speaker, which cannot follow a preposition; the sentence was read as reported from its first word."""
_ING_NOUNS = frozenset({"warning", "warnings"})
"""The "-ing" form of a verb of saying that is also a noun of what was said ("days of warning that …")."""
_ING_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:of|without|no|any|little|much|more|less|enough|ample|advance|early|fair|prior|final|sufficient|adequate|"
    r"short)\s+$"
)
"""Before such a form: "of", "without" or a word of amount or timing ("The world had days of warning that a hurricane
was heading …", "little warning that the dam would fail", "failed without warning"): the noun, whose giver the
sentence does not name, not a participle reporting anyone (check-U PR-52); "…, warning that …", "by warning that …" and
"spent days warning that …" still report."""


_ADMITTED = re.compile(r"(?i)admitted$")
_ADMITTED_TO = re.compile(r"(?i)(?!\s+(?:that\b|(?:in)?to\s+\w+ing\b|(?:\w+\s+){0,2}?by\b))")
"""After a passive "admitted", anything but what was conceded (a "that" clause, "to" and a gerund): someone let in,
wherever or whenever it is said ("was admitted to Mercy Hospital", "were admitted into the program", "was admitted on
Monday", "was admitted Wednesday in critical condition"): a hospital's or a school's act, no concession (check-T
SC-57). "was admitted to lying", "It was admitted that …" and one admitted by someone ("has never been openly
admitted by those in authority") still concede. 10,000 AllSides articles: 18 passive "admitted" newly read as let in
(refugees, patients, students, evidence), 2 kept as conceded."""
_BACK_VERB = re.compile(r"(?i)(?:shot|shoots|fired|fires|hit|hits|pushed|pushes)$")
_BACK_AT_CRITICS = re.compile(rf"(?i){_AT_CRITICS}")
"""``_AT_CRITICS`` after a verb of ``_BACK_VERB`` and "back": a retort (``_not_retorted``)."""
_RETORT_AFTER = re.compile(r"(?i)\s*(?:that\b|[:“\"‘']|,\s+(?:\w+ly\s+)?([a-z]+ing)\b)")
_RETORT_BEFORE = re.compile(r"(?:[,”\"’']|\s{2})\s*(?:[\w.'’-]+\s+){1,4}$")


def _not_retorted(masked: str, m: re.Match[str]) -> bool:
    """Whether "shot/fired/hit/pushed back" at ``m`` is no retort: a passive ("The vote was pushed back to Tuesday": a
    delay), or a verb with neither what was said after it (a clause, a quotation, a participle of speech, ``_SPEAKING``:
    "…, Obama shot back, noting how …") nor before it (after a comma or a quotation, blanked in ``masked``: "Nonsense,
    the mayor shot back.", "“That is false,” the senator fired back."); "The soldiers fired back." is gunfire."""
    before = masked[: m.start()]
    if _BE_PASSIVE.search(before):
        return True
    if _BACK_AT_CRITICS.match(masked, m.end()):
        return False  # "Trump hit back at critics": a retort to what they said (check-T)
    after = _RETORT_AFTER.match(masked, m.end())
    if after is not None:
        return after.group(1) is not None and not _SPEAKING.fullmatch(after.group(1).lower())
    return not _RETORT_BEFORE.search(before)


_SPEECH_FORBIDDEN = re.compile(
    r"(?i)\b(?:ruled|rules|decided|decides|determined|ordered|orders|required|requires|voted)\s+that\s+[^;:.?!]*?"
    r"\b(?:(?:could|can|may|might|must|should|would|shall)\s+(?:not|never|no\s+longer)|cannot|can['’]t|couldn['’]t|"
    r"mustn['’]t|shouldn['’]t|(?:are|is|were|was)\s+(?:not|no\s+longer)\s+(?:allowed|permitted)\s+to)\s+$"
)
"""Before a verb of saying: what someone ruled or decided may not be said ("he ruled that lawmakers, including Pelosi,
could not say Trump or his tweets were racist", "The board decided that employees may not say anything about the
merger"): a rule on speech, which reports nobody saying anything; its subject is whom the rule binds, not a speaker
(check X HC-6: "lawmakers" was typed as a vague speaker)."""


_PROSPECTIVE_PASSIVE = re.compile(
    r"(?i)\b(?:chances?|risks?|danger|fears?|prospects?|possibility|likelihood|odds|threat|afraid|avoid(?:s|ed|ing)?|"
    r"risk(?:s|ed|ing)?)(?:\s+(?:of|about))?(?:\s+(?!(?:is|are|was|were|been)\b)[\w'’.-]+){0,4}?\s+being\s+(?:\w+ly\s+)*$"
)
"""Before a participle: a passive gerund under a word of what may happen ("The chances of Democrats being credibly
accused of overreaching just went up", "the risk of being blamed for the shutdown", "avoid being called a hawk"): the
outlet's forecast of an accusation nobody has made, so no one's speech is reported (check X MU-6). Not a progressive
passive ("The mayor is being accused of lying"), which reports the accusers."""


_NOT_OF_A_NOUN = (
    r"to|not|never|also|just|only|will|would|can|could|may|might|must|shall|should|did|does|do|who|that|which|and|or|but|"
    r"of|in|on|at|by|for|with|from|about|than|is|was|has|had"
)
"""Words that end a noun phrase or open a verb phrase: after one of them a bare verb of saying may be a verb ("a
spokesman will say", "a group of senators say", "an aide who did not say")."""
_SINGULAR_ARTICLE = re.compile(
    r"(?i)(?<![\w'’-])(?:a|an|another|each|every)\s+(?!(?:few|couple|lot|number|handful|dozen|host|majority)\b)"
    rf"(?:(?!(?:{_NOT_OF_A_NOUN})\b)(?-i:[a-z][\w'’-]*)\s+){{0,3}}$"
)
"""A singular article and up to three words of a noun phrase before the bare form of a verb of saying ("… come to a
conclusion on a high note, instilling …", Politico, check-Y FB-37; "had a final say", "struck an upbeat note", "a
campaign trail call that Trump uses to rile up his base", Vox, check AF BW-17b): a verb with a singular subject would end
in "-s", so the bare form is a noun, the article's, and nobody is reported. Not "a few note that …", whose subject is
plural, nor a word between that opens a verb phrase or ends the noun phrase (``_NOT_OF_A_NOUN``)."""


def _noun_after_an_article(word: str, before: str) -> bool:
    """Whether ``word``, a verb of saying in its bare form (no "-s", "-ed" or "-ing"), follows a singular article and
    up to three words of a noun phrase (``_SINGULAR_ARTICLE``, the end of ``before``): a noun ("on a high note", "a
    campaign trail call that …"), not a verb."""
    bare = not re.search(r"(?i)(?:s|ed|ing)$", word) and word.lower() not in _IRREGULAR_SAID
    return bare and _SINGULAR_ARTICLE.search(before) is not None


_SUBJECT_NOUNS = re.compile(
    r"(?:(?:The|Some|Many|Several|Other|Those|These|All|Most|Few|[A-Z][a-z][\w-]*)\s+)?(?:[a-z][\w-]*\s+){0,2}"
    r"[a-z][\w-]*[^s\W]s\s+$|[A-Z][a-z]+[^s\W]s\s+$"
)
"""A sentence that opens with a plural common noun phrase ("Presidential candidates ", "Some local activists "): a
participle after it describes the subject, it does not report ("… calling for impeachment can put pressure on …")."""
_FINITE_AFTER = re.compile(
    r"(?:(?!\b(?:that|whether|if)\b)[^,;:—–\"“”])*?\b(?:can|could|will|would|may|might|must|should|is|are|was|were|have|has|had|do|does|did)\b"
)
"""The subject's own finite verb after the participle phrase, before any clause break, quotation mark or "that" (a
verb in what the participle reports: "The mayor spent days warning that the levee would fail" reports)."""


_WRITING = frozenset({"wrote", "write", "writes", "writing", "written"})
_CHEQUE_WRITTEN = re.compile(
    r"(?i)\s+(?:(?!that\b|about\b|of\b)[\w'’.-]+\s+){0,4}?(?:(?:a|an|the|one|two|several|many|more|big|huge|large|fat|"
    r"blank|personal|hefty|massive|generous|sizable|sizeable|\$?[\d,.]+(?:[-\s](?:million|billion|thousand|figure|dollar))?)"
    r"[-\s]+)*(?:checks?|cheques?)\b"
)
"""After "wrote", a cheque as its object, with or without whom it was written to ("wrote Walker huge checks", "wrote a
$1 million check to the PAC", "writes checks"): money given, nothing said (check AH WI-15); not "wrote that the checks
…" nor "wrote about checks"."""


def _not_a_saying(masked: str, m: re.Match[str]) -> bool:
    """A reporting word in a sense that reports no one: writing to someone, a noun after a determiner
    ("some claims that", "the notes", "the recommended dose"), a participle describing data ("the
    decline observed among recipients": a past participle after a common noun, before "among", "across",
    "during"…), a negated verb of saying with nothing said (``_negated_without_content``), or an action ordered or
    ended (``_DIRECTED``)."""
    word = m.group().split()[0]
    before = masked[: m.start()]
    if word[:1].isupper() and _NAME_OF_BEFORE.search(before):
        return True  # "the U.S. Court of Appeals for the District of Columbia Circuit": a name (check17 KV-34)
    if _negated_without_content(masked, m):
        return True  # "The campaign did not say where the ad would run": nobody is reported (check14-reO PA-5)
    if _noun_after_an_article(word, before):
        return True  # "… on a high note, instilling …": a noun after "a" and an adjective, no verb (check-Y FB-37)
    if re.match(r"(?i)press|pressur", word) and re.search(r"(?i)\bto\s+$", before):
        return True  # "authorized a subpoena … to press Bannon to respond": an aim, pressure by any means, no words (BN-41)
    if word.lower() == "said" and _WHAT_IS_SAID.search(before):
        return True  # "no matter what actually gets said in chambers": what is said, as a thing; no one reported (BN-13)
    if word.lower() in {"said", "say", "says"} and _NO_SPEAKER.search(before):
        return True  # "True to form, neither said much of anything": nothing said is reported (check10h OB-7)
    if word.lower() == "suggesting" and not re.search(r"(?i)\b(?:is|are|was|were|been)\s+$", before) and not (
        participle_of_a_person(masked, m.start())
    ):
        return True  # "Data rose, suggesting the economy would slow": the writer's inference; "are suggesting" reports
    if word.lower() in _PLURAL_NOUNS and _VERB_BEFORE.search(before) and not _SAID_AFTER.match(masked, m.end()):
        return True  # "Supporters waved flags, chanting his name": the object of a verb; "made claims that …" reports
    if word.lower() in _PLURAL_NOUNS and _PLURAL_DETERMINED.search(before) and not _SAID_AFTER.match(masked, m.end()):
        return True  # "… or some bad tweets.": a plural noun, no verb of a single speaker (check-U PR-46)
    if word.lower() in _PLURAL_NOUNS and _POSSESSED.search(before) and not _SAID_AFTER.match(masked, m.end()):
        return True  # "Since his weekend tweets, …": a preposition's object (check X HC-1)
    if word.lower() in _ING_NOUNS and _ING_NOUN_BEFORE.search(before):
        return True  # "The world had days of warning that …": the noun, nobody reported (check-U PR-52)
    if _BACK_VERB.match(word) and _not_retorted(masked, m):
        return True  # "The vote was pushed back to Tuesday", "The soldiers fired back.": a delay, gunfire (checkR EP-41)
    if word.lower() == "argued" and _BE_PASSIVE.search(before) and not _ARGUED_THAT.match(masked, m.end()):
        return True  # "The second case to be argued in as many days, …": a case heard in court, nothing said (AF DM-21)
    if _ADMITTED.match(word) and _BE_PASSIVE.search(before) and _ADMITTED_TO.match(masked, m.end()):
        return True  # "Lopez was admitted to Mercy General Hospital": let in, not conceding anything (check-T SC-57)
    if word.lower().startswith("declar") and _STATUS_DECLARED.match(masked, m.end()):
        return True  # "Trump has declared a national emergency at the border": an act of office, nothing said (AF BW-17b)
    if word.lower() in _AGREEING and _UNDERTAKEN.match(masked, m.end()):
        return True  # "Journalists have agreed to hold off on reporting …": an undertaking acted on (check-S IQ-62)
    if _SPEECH_FORBIDDEN.search(before):
        return True  # "he ruled that lawmakers … could not say Trump … were racist": a rule on speech, nothing said (X HC-6)
    if _PROSPECTIVE_PASSIVE.search(before):
        return True  # "The chances of Democrats being credibly accused of overreaching …": what may happen (check X MU-6)
    if _DIRECTED.search(before):
        return True  # "directing the Justice Department to stop arguing for …": an action ordered or ended (check13o PA-41)
    if _TIME_CLAUSE_BEFORE.search(before) and _NOTHING_SAID_AFTER.match(masked, m.end()):
        return True  # "Mattis was on vacation when Trump tweeted.": a time, nothing said is reported (check15 TG-24)
    if word.lower() == "call" and not before.strip(" “\"‘'"):
        return True  # "Call it Cheney versus Cheney.": the writer's imperative, naming the story; nobody is reported (CH-21)
    if word.lower() == "tell" and _TO_READERS.search(before) and re.match(r"(?i)\s+us\b", masked[m.end() :]):
        return True  # "…, and tell us whether you think it crosses a line.": the outlet asks its readers (check12m BN-26)
    if _DEPICTING.match(word) and _PICTURE_BEFORE.search(before):
        return True  # "the magazine portrayed Mitt Romney as one of the stars of …": a cover's picture, no one's words (BN-26)
    if word.lower() == "called" and _CALLED_NAME.search(before) and re.match(r"\s*[\"“‘']|\s{3,}", masked[m.end() :]):
        return True  # "…has declined … over its cover story of the candidate called "The Queen of Rage,"": a name (BN-27)
    if word.lower() in _NAMING_PARTICIPLES and _named_thing(before, masked, m.start() + len(word)):
        return True  # "a German ship called the St. Louis tried to …", "a law dubbed “…” that had …": the name (AD PT-15)
    if word.lower() in _DENYING and _DENIED_TO.match(masked, m.end()):
        return True  # "Some of the jobs denied to Chinese workers …": a thing refused to someone (check AD PT-15)
    if _CALL_FORMS.fullmatch(word) and _OWN_CALLING.search(before) and not _CALL_ON.match(masked, m.start() + len(word)):
        return True  # "It would be a stretch to call McConnell an endearing politician.", "I call it a typewriter."
    if _CALLED_FORMS.fullmatch(word) and _OWN_CALLED.search(before) and not _CALL_ON.match(masked, m.start() + len(word)):
        return True  # "what the founders … would have called “a standing army”", "could be called …": the writer's
    if word.lower() == "telling" and _GERUND_AFTER.search(before) and _TALES.match(masked[m.end() :]):
        return True  # "made a career out of shocking her public by telling stories of …": an activity (check10i KG-6)
    if word.lower().startswith(("respond", "repl")) and _BY_DOING.match(masked[m.end() :]):
        return True  # "Newsweek responded to the controversy by posting an outtakes gallery": an act (check12-reM BN-25)
    if word.lower() in {"wrote", "write", "writes"} and re.match(r"\s+to\b", masked[m.end() :]):
        return True  # a letter sent ("children who wrote to the White House"), not what it says
    if word.lower() in _WRITING and _CHEQUE_WRITTEN.match(masked, m.end()):
        return True  # "rich Republicans … wrote Walker huge checks": money given, no words (check AH WI-15)
    if word.lower().startswith("attribut") and _BE_PASSIVE.search(before):
        return True  # "That wide disparity can be attributed in part to a quirk in the election law": a cause (AH WI-15)
    if word.lower() in {"term", "terms"} and (_TERM_BEFORE.search(before) or re.match(r"(?i)\s+(?:of|limits?|ends?)\b", masked[m.end() :])):
        return True  # a period in office, not naming: "during the court’s last term" (check9 TG-23), "the terms of the deal"
    if word.lower() in {"insist", "insists", "insisted"} and re.match(r"(?i)\s+(?:on|upon)\b", masked[m.end() :]):
        return True  # a demand acted on ("She insisted on a recount"), not words reported
    if word.lower() in {"say", "says", "said", "claim", "claims", "claimed", "argue", "argues", "argued", "contend",
                        "contends", "contended", "insist", "insists", "insisted"} and _EMBEDDED.match(masked[m.end() :]):
        return True  # "a project Democratic lawmakers say is a firm deal-breaker": the relative clause is theirs
    segment = _subject_segment(before)
    if word.lower() in {"suggest", "suggests", "suggested", "indicate", "indicates", "indicated", "tell", *_REVEALING} and (
        _EVIDENCE.search(before if re.fullmatch(r"(?i)\s*(?:they|it|these|this|those|that)\s*", segment) else segment)
    ):  # "While the e-mails portrayed …, they suggest that …": the pronoun stands for the evidence
        return True  # "Emails and text messages turned over to legislators suggest it may have been …": an inference
    if word.lower() in _REVEALING and (
        _BE_PASSIVE.search(before) or _DOCUMENT_SUBJECT.search(segment) or _THING_SUBJECT.search(segment)
        or _STUDY_SUBJECT.search(segment)
    ):
        return True  # "The investigation revealed that …", "The plan was revealed on Monday.": no one discloses (SD-29)
    if _PROMISING.match(word) and _TERMS_SUBJECT.search(before):
        return True  # "the effort, which pledges they won't be charged if …": a plan's terms (check-U CO-49)
    if _KNOWN_ALREADY.match(masked, m.end()):
        return True  # "It merely reiterated what has already been known …": the outlet's account (check AB ME-9)
    if _quarrelled(word, before, masked[m.end() :]):
        return True  # "customers talked and argued like family": a quarrel told, nothing said reported (check ZAA2 IR-4)
    if _undone_commitment(word, masked[m.end() :]):
        return True  # "Trump threatened to target Iranian cultural sites, then backed away.": acts told (check Z IR-4)
    if _thing_threatens(word, segment, masked[m.end() :]) or _quantity_added(word, segment, masked[m.end() :]):
        return True  # "Trump’s sudden decision threatened to jettison …", "69K jobs added" (check14-new TG-20, JR-10)
    if _document_infers(word, segment):
        return True  # "His statement also makes clear that …": the writer's reading of a document (check14-new TG-23)
    charge = word.lower() in {"accused", "accusing", "blamed", "blaming"} or (
        word.lower().endswith(("ed", "ing")) and _FAULTING_RE.fullmatch(word) is not None
    )  # "Emissions blamed for the warming have risen": a charge on a noun, as "officers accused of hacking" is
    if _RISKED.search(before):
        return True  # "take the package now or risk being blamed for a downturn": a charge feared, not made (check10h BT-42)
    if (
        charge and word.lower().endswith("ed") and re.match(r"\s+(?:of|for)\b", masked[m.end() :])
        and not _PASSIVE.search(before) and not _WHOM_SUBJECT.search(before)
    ):
        return True  # a participle on a noun: "The plan, criticized for its cost, passed" states the passing
    if (
        charge and _CHARGED.search(before) and not _PASSIVE.search(before)
        and (word.lower().endswith("ing") or re.match(r"\s+(?:of|for)\b", masked[m.end() :]))
    ):  # not the sentence's own passive after an adverb: "The mayor was widely criticized for the delay" reports
        return True  # a charge on a noun: "12 Russian intelligence officers accused of hacking", "indictments accusing …"
    if word.lower() == "recommended" and re.search(r"(?i)\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", before):
        return True  # passive: "was highly recommended by game enthusiasts" states what they did
    if word.lower().endswith("ing") and _SUBJECT_NOUNS.match(before) and _FINITE_AFTER.match(masked, m.end()):
        return True  # "Candidates calling for impeachment can put pressure on …": a participle on the subject (AB ME-9)
    if word.lower() == "recommended" and re.match(r"\s+by\b", masked[m.end() :]):
        return True  # a participle on a noun: "Cuts recommended by the board would take effect …" describes the cuts
    if re.search(r"(?i)\b(?:earlier|further)\s+$", before) and re.match(r"(?i)(?:told|said|wrote|\w+ed)$", word):
        return False  # "Nielsen earlier told Fox News": "earlier" is an adverb here, the verb a past tense
    if word.lower() not in {"according", "in", "quoted", "it"} and _NOUN_BEFORE.search(before):
        # "Some called the article a partisan plot": "some" stands for people and the past tense is their act
        return not (
            (_GROUP_SUBJECT.search(before) or _FLOATING_QUANTIFIER.search(before))
            and (word.lower().endswith("ed") or word.lower() in _BARE_SAYING or word.lower() in _IRREGULAR_SAID)
        )  # "Some say Congress should not raise any taxes" (check10h OB-6), "Many said they showed up …" (check11j CF-18)
    return bool(
        _PARTICIPLE.match(word) and _PARTICIPLE_AFTER.match(masked[m.end() :]) and not _PRONOUN_OR_NAME.search(before)
    )


_JOINED = re.compile(r"(?i)(?:,\s*|\s+)(?:while|whereas)\b|,\s+(?:but|and|even\s+as|though|although)\b|;\s+|,\s+(?=citing\b)")
"""Where a clause with its own verb joins the main clause: "…, while Democrats vowed to block …", "…, but
said he would …", "…; the White House said …", and the reason an actor gives for its own act ("Mr. Flynn, in a letter
from his legal team, rejected a subpoena …, citing the Fifth Amendment's protections": the rejection is the outlet's
statement, the reason cited Flynn's). Not ", as": "…, as first reported by CNN" attributes the main clause."""
_DESPITE_JOINED = re.compile(r"(?i)(?:,|\s*--|\s*[—–]|\s)\s*(?:despite|amid|in\s+spite\s+of|notwithstanding)\s")
"""A concessive phrase appended to the main clause after a break, in which someone's claims are reported ("The Obama
administration took aim at the coal industry on Monday by mandating a 30 percent cut … -- despite claims the regulation
will cost nearly a quarter-million jobs", Fox, checkR EP-15): the mandate is the outlet's statement, the claims are
someone else's. With no break too ("… threatened to delay the confirmation process amid lawmakers' promises to vet the
new nominee", Fox, check17 KV-33)."""
_AS_JOINED = re.compile(r"(?i),\s+(?:even\s+)?as\s+(?=\S)")
"""", as" before a clause with a subject of its own ("…, as Senate Democrats and liberal groups vowed to resist …"):
joined to the main clause in time ("while"), when its verb reports something of its own (``_OWN_CONTENT``). ", as
Trump said." and ", as first reported by CNN" report nothing of their own: they attribute the main clause."""
_OWN_CONTENT = re.compile(
    r"\s+(?:that\b|to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|them|him|us|me|reporters|journalists|lawmakers)\b)"
    r"(?-i:[a-z])[a-z]+\b)",
    re.IGNORECASE,
)
"""After a reporting verb: a "that" clause or a verb in "to" ("vowed to resist …"), what the verb reports."""
_MAIN_VERB = re.compile(
    rf"(?i)\b(?:{_FINITE}|be|been|do|[a-z]{{2,}}ed|took|made|gave|got|won|lost|met|sent|spent|paid|held|left|put|set|"
    r"cut|went|came|became|began|brought|kept|led|ran|saw|struck|fell|rose|grew|stood|sought|built|hit|bought|"
    r"sold|chose|drew|broke|spoke|fought|caught|taught|thought|felt|meant|shut|quit|let)\b"
)
"""A finite or past verb in what stands before a join: the main clause is a clause, not the first names of a list of
speakers ("House Speaker Nancy Pelosi, Senate leader Chuck Schumer, and other Democrats said …")."""


def has_main_verb(text: str) -> bool:
    """Whether ``text`` has a finite or past verb (``_MAIN_VERB``) in lower case: a clause, not a noun phrase. What
    stands before a comma and an inverted "…, say the watchdogs at PolitiFact.com" is then what is said, not who says
    it. A capitalised match is a name or a title ("Rep. Will Hurd", "Retired Army Lt. Gen. James Dubik"), no verb."""
    return any(m.group().islower() for m in _MAIN_VERB.finditer(text))


_RELATIVE = re.compile(r"(?i),\s+(?:who|which|whose|whom|where)\b[^,]*")
"""A relative clause on a noun of the main clause ("Sayoc, who was arrested Friday, and his lawyer said …"):
its verb is not the main clause's."""
MAIN_WORDS = 4
"""A main clause the outlet states before a joined report has at least this many words."""
_OWN_ADJUNCT = re.compile(
    r"(?i),\s+(?:(?:just|only|barely|little\s+more\s+than|less\s+than|more\s+than|about|nearly|some)\s+)?"
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+)?"
    r"(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before|earlier|later|since|ahead\s+of)\b"
)
"""After reported speech, the outlet's own setting of the report in time: "Trump announced Sunday that Mattis will
be leaving on January 1, weeks earlier than planned and just days after Mattis' bombshell resignation letter …"."""


_STATE_OF_MIND_PAST = (
    r"wanted|needed|hoped|feared|worried|believed|expected|intended|planned|wished|liked|loved|hated|preferred|"
    r"regretted|seemed|appeared|remained|owed|deserved|lacked|deemed|doubted|suspected|supposed|assumed|"
    r"guessed|figured|reckoned|imagined|worked|supported|opposed|favored|favoured|objected|agreed|disagreed|"
    r"included|involved|mattered|used|remembered|realized|realised|understood|recognized|recognised|respected|admired|"
    r"appreciated|valued|trusted|learned|learnt"
)
"""Past forms a report may hold in its own words ("he said the company lied, and he wanted an apology": his want, backshifted,
reported), a state of mind or standing rather than a deed; also a standing view ("and they supported the deal")."""
_SEIZED_ON_TOO = re.compile(
    r"(?i),\s+(?:and|but)\s+(?:he|she|they)\s+(?:(?:also|then|later|quickly|soon|eventually|\w+ly)\s+)?"
    r"(?:seized|pounced|jumped|latched|capitali[sz]ed|fastened)\s+(?:on|upon|onto)\b"
)
_DEED_JOINED = re.compile(
    r"(?i),\s+(?:and|but)\s+(?:he|she|they)\s+(?:(?:also|then|later|quickly|soon|eventually|\w+ly)\s+)?"
    rf"(?!(?:{_STATE_OF_MIND_PAST}|need|feed|speed|proceed|exceed|succeed)\b|made\s+(?:it\s+)?(?:[\w-]+\s+)?clear\b|"
    r"went\s+on\s+to\b)(?=[a-z]{2,}ed\b|(?:went|took|made|gave|got|"
    r"held|led|won|lost|left|sent|built|brought|began|ran|met|spent|paid|drew|fought|sought|set|put|cast|bought|sold)\b(?!['’]))"
    r"(?![a-z]*(?:said|told|argued|claimed|insisted|stated|added|noted|warned|cautioned|explained|asserted|contended|"
    r"alleged|accused|blamed|denied|admitted|acknowledged|announced|reported|suggested|predicted|charged|declared|"
    r"complained|questioned|urged|called|asked|replied|responded|answered|promised|vowed|pledged|threatened|tweeted|"
    r"posted|indicated|estimated|repeated|reiterated|stressed|emphasi[sz]ed|criticized|criticised|praised|described|"
    r"recalled|confirmed|maintained|concluded|observed|remarked|commented|signaled|signalled|hinted|conceded|"
    r"speculated|encouraged|implored|rejected|dismissed|brushed|downplayed|highlighted|defended|mentioned|touted|"
    r"welcomed|lauded|applauded|blasted|slammed|attacked|mocked|ridiculed|scoffed|pleaded|begged|cited|invoked|"
    r"disputed|challenged|countered|demanded|requested|expressed|voiced|floated|proposed|recommended|advised|"
    r"apologized|apologised|thanked|congratulated|boasted|bragged|lamented|decried|condemned|denounced|labeled|"
    r"labelled|branded|dubbed|likened|compared|characterized|characterised|portrayed|framed|joked|quipped|"
    r"acknowledged|assured|reassured|informed|reminded|notified|identified|named|listed|outlined|detailed|"
    r"discussed|addressed|answered|shrugged|laughed|sighed|teased|hailed|credited|faulted)\b)"
    r"[a-z]+\b(?!\s+that\b)"
)
"""After what a speaker said, the outlet's own account of what the speaker went on to do: "Democrats … said Mr. Barr's
letter left them with more questions, and they seized on Mr. Mueller's finding that …" (check X MU-3, the Washington
Times); "Democrats and unions argued the governor had gone too far, and they helped organize massive statehouse protests
and gather 900,000 signatures for the recall vote." (Fox, check AH WI-9, WI-49): a clause of its own, joined with a
comma, with the speaker again as a pronoun and a deed in the simple past (``_DEED_JOINED``), no part of what was said (a
report tells the speakers' own deeds back-shifted, "that they had helped", or as theirs, "we helped"). Not a past form
that a report may hold as the speaker's state of mind (``_STATE_OF_MIND_PAST``: "…, and he wanted an apology"), nor a
clause that reports again ("…, but he also cautioned people to …", "…, but he also made clear … that …", "…, and he
scoffed that …": a verb before "that" takes a content clause). What they
seized on may be someone's report ("Mr. Mueller's finding that …", ``_OWNED_REPORT``): the clause is still the
outlet's (check AC BR-32), so the join is looked for after the first report, not the last."""


_WHO = re.compile(r"(?i)(?<![\w'’])(?:who|which)\b")
_WHO_SAYS = re.compile(
    r"(?i)(?:who|which(?:\s+(?:he|she|they|it|we))?)\s+(?:(?:has|have|had|also|long|\w+ly)\s+)*$"
)
"""Between "who" and a reporting verb that is the relative clause's own verb ("who say", "who has long said"); also
"which" with a pronoun subject, a relative clause whose object is the outlet's statement ("As long as Pelosi has a
majority — which she made very clear Wednesday that she does — she is on solid footing", check AB ME-9)."""
_CLAUSE_END = re.compile(r",(?!\d)|[;:—–()]|--")


def _relative_at(masked: str, found: Sequence[tuple[int, int]], speech: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of a relative clause that reports what a noun of the outlet's sentence says, when the sentence's one
    reporting verb is that clause's own verb and no quotation of speech stands outside it; else None.

    "The bill was backed by 9/11 families who say they are still seeking justice": the backing is the outlet's
    statement, the seeking the families'. So with "which" on a work that speaks ("… excerpts of Bob Woodward’s harshly
    critical book Fear, which depicts Trump as incompetent and unstable": National Review's own "blistering attack",
    the book's depiction, check AA OP-7). The clause runs from "who" or "which" to its next clause break or the
    sentence's end. A
    sentence whose own verb reports ("Critics, who say the bill is flawed, argued that …", "…, the senator said.")
    stays reported whole."""
    if len(found) != 1 or _colon_speaker(masked) is not None:
        return None  # "A state GOP chairman … who also asked not to be identified said he …": the chairman speaks
    for who in _WHO.finditer(masked):
        stop = _CLAUSE_END.search(masked, who.end())
        end = stop.start() if stop else len(masked)
        if not (who.start() <= found[0][0] and found[0][1] <= end) or not _WHO_SAYS.match(masked[who.start() : found[0][0]]):
            continue
        if any(not (who.start() <= a and b <= end) for a, b in speech):  # "…, ridiculed the notion: “What does that mean?”"
            return None
        main = masked[: who.start()] + masked[end:]
        return (who.start(), end) if len(SPLIT_WORD.findall(main)) >= MAIN_WORDS else None
    return None


def _joined_at(masked: str, found: Sequence[tuple[int, int]], long_quotes: Sequence[tuple[int, int]]) -> int | None:
    """Where a clause that reports someone begins, when it is joined to a main clause the outlet states itself
    (``_JOINED``) and every reporting verb and long quotation of the sentence is in it or after it; else None.

    "Trump requested $5.7 billion for construction of the wall, while Democrats vowed to block any spending
    proposal …": the $5.7 billion is the outlet's statement, the vow the Democrats'; so with ", as" when the verb
    after it reports something of its own (``_AS_JOINED``, check17 KV-10). A sentence whose main clause
    reports ("Trump said the wall would be built, and Democrats vowed …") or names its speaker with a colon
    stays reported whole."""
    starts = [a for a, _ in found] + [a for a, _ in long_quotes]
    if not starts or _colon_speaker(masked) is not None or any(_sentence_wide(masked, a, b) for a, b in found):
        return None
    joins = sorted(m.start() for pattern in (_JOINED, _DESPITE_JOINED) for m in pattern.finditer(masked) if m.end() <= min(starts))
    first = min(found) if found else None
    joins += [
        m.start() for m in _AS_JOINED.finditer(masked)
        if first is not None and m.end() < first[0] == min(starts) and _OWN_CONTENT.match(masked, first[1])
        and not re.search(r"(?i)\bby\s*$|^\s*(?:\w+ly\s+)?$", masked[m.end() : first[0]])
    ]
    joins.sort()
    if not joins:
        return None
    main = _RELATIVE.sub(",", masked[: joins[-1]])
    if len(SPLIT_WORD.findall(main)) < MAIN_WORDS or not _MAIN_VERB.search(main):
        return None
    return joins[-1]


_TRAILING = re.compile(
    r"(?i)^\s*(?:(?:late|early|on)\s+)?(?:" + DAY + r")?"
    r"\s*[.!?\"”’']*\s*$"
)


def _sentence_wide(masked: str, start: int, end: int) -> bool:
    """A reporting phrase that attributes the whole sentence, whatever clauses it joins: "…, according to people
    familiar with the discussions", or a reporting verb that ends it ("…, prosecutors announced Tuesday.")."""
    phrase = masked[start:end].lower()
    return phrase.startswith("according") or bool(_IN_THE_POLL.fullmatch(phrase)) or bool(_TRAILING.match(masked[end:]))


_ALSO_DOING = re.compile(r"(?i),\s+(?:as\s+well\s+as|along\s+with|in\s+addition\s+to)\s+(?=[\w-]+ing\b)")
"""After a participle of saying that continues the outlet's own clause ("Trump has spent more than a year railing
against Mexico …, promising the country would pay for …"), another of the subject's doings joined by "as well as" and
its "-ing" ("…, as well as fear-mongering about “rapists” …"): the outlet names what the subject did, as it named the
railing, and the promise ends before it (check11k VF-20). Not after a finite verb of saying ("He said the plan would
help farmers, as well as boosting exports": what he said may run on), nor when the "-ing" reports again ("as well as
saying …", which is then a reporting verb after the join)."""
_PARTICIPLE_LEAD = re.compile(r"[,;:—–]\s*(?:\w+ly\s+)?$")
_MANNER_COMPARED = re.compile(
    r"(?i),\s+(?:(?:perhaps|probably|maybe|possibly|arguably)\s+)?(?:(?:a\s+(?:bit|little|lot)|somewhat|far|much|even|"
    r"slightly)\s+)?(?:more|less)\s+(?:gently|harshly|softly|loudly|quietly|politely|bluntly|angrily|calmly|mildly|"
    r"forcefully|vehemently|diplomatically|civilly|kindly|courteously|graciously|tactfully|fiercely|bitterly|pointedly|"
    r"warmly|coolly|tersely|heatedly)\s+than\b"
)
"""After a report, the outlet's comparison of how it was made ("Elected officials accused one another of hypocrisy …,
perhaps a bit more gently than they might have on a typical weekday", check12-reK CS-24): the manner of speaking is
the writer's observation, its "perhaps" and "might" the writer's hedges. Not a comparison in what is said ("said the
economy would grow, perhaps faster than expected")."""
_TRAILING_DOING = re.compile(r",\s+(?:\w+ly\s+)?([a-z]+ing)\b")
_SPEAKING = re.compile(
    r"(?:say|tell|add|not|stat|declar|explain|insist|argu|claim|contend|assert|maintain|suggest|warn|caution|predict|"
    r"promis|pledg|vow|threaten|urg|call|ask|answer|reply|respond|retort|quipp|jok|boast|bragg|recall|complain|"
    r"lament|conced|admitt|acknowledg|confirm|deny|announc|alleg|accus|blam|critici[sz]|prais|thank|mock|question|"
    r"wonder|mus|refer|referr|describ|characteri[sz]|cit|quot|echo|repeat|reiterat|stress|emphasi[sz]|point|hint|"
    r"signal|signall|indicat|speak|talk|writ|tweet|post|text|shout|yell|whisper|decry|condemn|denounc|dismiss|"
    r"defend|propos|recommend|demand|plead|begg|implor|press|express|voic|offer|appeal|sum|conclud|observ|remark|"
    r"comment|agree|disagree|object|protest|challeng|disput|reject|welcom|hail|congratulat|apologi[sz]|swear|"
    r"clarify|correct|counter|concur|reason|recount|relat|read|sigh|scoff|snapp|mutter|"
    r"laud|applaud|attack|slamm|blast|ripp|lash|fir|hitt|push)ing"
)
"""An "-ing" form of a verb of speech (or of speaking out, "firing back", "lashing out", "pushing back"): what the speaker
goes on to do in words ("…,” said Roe, adding that …", "joking that …", "speaking of …"), which stays the report."""


def _trailing_description(
    text: str, masked: str, found: Sequence[tuple[int, int]], quotes: Sequence[tuple[int, int]]
) -> int | None:
    """Where the outlet's own description of a speaker begins after a report that trails its quotation: a participle
    that is no verb of speech (``_SPEAKING``) after the speaker's name and appositives ("“What's the half-life?” asked
    Senator Roger Wicker, Republican of Mississippi, appraising how long the comity might last", check12-reK CS-24;
    "…,” she said, shaking her head"), to the end of the sentence, with no quotation in it; else None."""
    if not found or not quotes:
        return None
    last = max(found)
    if any(b > last[0] for _, b in quotes):
        return None  # the quotation does not come before the report: what follows may be its content
    for m in _TRAILING_DOING.finditer(masked, last[1]):
        if re.search(r"(?i)\bthat\b", masked[last[1] : m.start()]):
            return None
        if not _SPEAKING.fullmatch(m.group(1).lower()) and masked[m.start() :] == text[m.start() :]:
            return m.start()
        return None
    return None


_OCCASION = re.compile(
    r"(?i),\s+(?:in\s+(?:(?:a|an|her|his|their|its)\s+)?(?:response|reply|answer)\s+to|(?:when|after|as)\s+(?:she\s+was\s+|he\s+was\s+|"
    r"they\s+were\s+)?asked\s+(?:about|whether|if|why|how|what)|responding\s+to|answering)\b"
)
"""After a report that trails its quotation ("“…,” she said,"), the occasion it answered ("in a response to a question
that suggests the White House has explored the matter", Bloomberg, check AB CR-33; "when asked about the strike"):
the outlet's own description of when and why the words were said, to the end of the sentence; the speaker's words
stand in the quotation before."""


_DASH_WHICH = re.compile(r"\s*(?:--|[—–―])\s*which\s+(?!(?:he|she|they|we|i|you)\b)")
"""After every reporting verb, a "which" clause set off by a dash to the end of the sentence: the writer's comment on
what was reported ("House Speaker Nancy Pelosi has indicated she could try to pass a Democratic bill on Friday — which
Republicans can likely block with most representatives out of Washington.", CNBC, check AI SB-25: the "likely" is
CNBC's own hedge). Not inside quotation marks, not with a pronoun subject that may be the speaker's ("— which he called
a bargain"), not one that reports again ("—which the police said was an old video"), not in a sentence that "according
to …" attributes whole ("According to that theory, … — which could have cut into his margin"), and not a parenthetical closed by
a second dash ("said the bill — which passed in May — would die"), which describes a noun of what is reported. A comma
is no such mark: "…, which would hurt families" is as often the speaker's own reason (on the AllSides sample, 1,203
reported sentences have a comma "which" after the reporting verb, against 46 dashes)."""
_DASH = re.compile(r"--|[—–―]")


def _own_adjunct_at(
    text: str, masked: str, found: Sequence[tuple[int, int]], quotes: Sequence[tuple[int, int]] = ()
) -> int | None:
    """Where the outlet's own adjunct (``_OWN_ADJUNCT``, ``_ALSO_DOING``, ``_MANNER_COMPARED``, a trailing description,
    ``_trailing_description``) begins in reported speech: after every reporting verb, outside quotation marks, to the
    end of the sentence; else None."""
    after = max((b for _, b in found), default=0)
    m = _OWN_ADJUNCT.search(masked, after) or _MANNER_COMPARED.search(masked, after)
    if m is not None and masked[m.start() :] == text[m.start() :]:
        return m.start()
    seized = _SEIZED_ON_TOO.search(masked, min((b for _, b in found), default=0))  # a report noun may follow (MU-3)
    if seized is not None and masked[seized.start() :] == text[seized.start() :] and not any(
        a > seized.start() and _PARTICIPLE_LEAD.search(masked[:a]) for a, _ in found
    ):  # "…, and they seized on the finding, saying …": the saying is theirs again
        return seized.start() + 1
    deed = _DEED_JOINED.search(masked, min((b for _, b in found), default=0))
    if deed is not None and masked[deed.start() :] == text[deed.start() :] and not any(
        a > deed.start() or masked[a:b].lower().startswith("according") for a, b in found
    ) and not re.fullmatch(r"(?:\s+[\w'’.-]+){0,3}?\s*", masked[max(b for _, b in found) : deed.start()]):
        # not "According to the survey, Romney gained …, but he lost …" (the survey's, all of it), nor a tag set off
        # right before the join ("A trooper tried to pull him over, police said, but he refused to stop …": the
        # police's account goes on)
        return deed.start() + 1  # "…, and they helped organize … protests and gather 900,000 signatures …" (AH WI-9)
    described = _trailing_description(text, masked, found, quotes)
    if described is not None:
        return described
    comment = _DASH_WHICH.search(masked, after) if found else None
    if (
        comment is not None and masked[comment.start() :] == text[comment.start() :] and not _DASH.search(masked, comment.end())
        and not _SAYING_RE.search(masked, comment.end()) and not any(masked[a:b].lower().startswith("according") for a, b in found)
    ):
        return comment.start()  # "… has indicated she could try to pass a bill — which Republicans can likely block …" (SB-25)
    occasion = _OCCASION.search(masked, after) if found and quotes and all(b <= found[0][0] for _, b in quotes) else None
    if occasion is not None and masked[occasion.start() :] == text[occasion.start() :]:
        return occasion.start()  # "…,” she said, in a response to a question that suggests …": the outlet's (AB CR-33)
    if found and re.match(r"\w+ing\b", masked[found[0][0] :]) and _PARTICIPLE_LEAD.search(masked[: found[0][0]]):
        also = _ALSO_DOING.search(masked, after)  # a word it quotes ("fear-mongering about “rapists”") stays quoted
        return also.start() if also is not None and text[also.start() : also.end()] == masked[also.start() : also.end()] else None
    return None


_PHRASE_NAMED = re.compile(
    r"(?i)\b(?:phrase|words?|slogan|line|term|motto|refrain|mantra|expression|catchphrase|headline)s?\s*[,:]?\s*$"
)
_WHICH = re.compile(r"(?i),?\s*which\b")


def _comment_on_phrase(text: str, speech: Sequence[tuple[int, int]]) -> int | None:
    """Where the outlet's own comment on a quoted phrase begins: a "which" clause right after a short quotation that the
    sentence names as a phrase ("He frequently repeated the phrase, “Hope to higher ground,” which appears to be a
    slogan of sorts for his 2016 campaign": the slogan is Huckabee's, the "appears to" Fox's, check12m HB-18); else
    None. The phrase is what was said, so what is said of it after it is the writer's."""
    for a, b in speech:
        if len(SPLIT_WORD.findall(text[a:b])) < QUOTE_WORDS and _PHRASE_NAMED.search(text[:a]):
            which = _WHICH.match(text, b)
            if which is not None:
                return which.start()
    return None


_BREAK = re.compile(r"[,;:—–―(]|--")
_OPENER = re.compile(
    r"(?i)^\s*(?:[A-Z][A-Z .,'’-]*\s*[—–-]+\s*)?(?:in|on|at|after|before|during|since|following|despite|amid|with|"
    r"without|from|under|later|earlier|last|meanwhile|also|then|afterward|afterwards|however|still|yet|instead|and|"
    r"but|separately|again|once|now|today|yesterday)\b"
)
"""An adverbial phrase that opens a sentence before its reporting clause ("In a theatrical appearance outside the
courthouse, Mr. Stone vowed …"), possibly after a dateline ("WASHINGTON — ")."""
OPENER_WORDS = 12
"""At most this many words in such an opening phrase: a longer one may hold what is reported."""
_DATELINE = re.compile(r"^\s*[A-Z][A-Z .,'’-]*\s*[—–-]+\s*$")


_SPEAKING_CONCESSION = re.compile(r"(?i)^\s*(?:while|although|though|even\s+as)\s+(?:\w+ly\s+)?(\w+ing)\b")
"""A concession opening with a participle ("While admitting that sanctions would …", "While touting the progress …"):
its understood subject is the speaker, and it often tells what they said; left as it was read, not made the outlet's."""
_SET_OFF_TAG = re.compile(r"(?:\s+[\w'’.-]+){0,3}?\s*,")
"""After a reporting verb, a comma within a few words ("Even though poverty is high, he says, people are …"): the verb
is a tag set off inside what is reported, which takes in the clause before it."""


def _reporting_clause(masked: str, found: Sequence[tuple[int, int]], text: str | None = None) -> list[tuple[int, int]]:
    """The outlet's own words in a sentence of reported speech: the reporting clause before its first reporting verb,
    from the clause break before it ("Fellow Democratic Sen. Chris Coons of Delaware slammed …", "…, Rice sharply
    criticized …", "…, prosecutors announced Tuesday"), with an opening adverbial phrase or dateline before that
    ("In a theatrical appearance outside the courthouse, Mr. Stone vowed …") or a leading concessive clause ("Even
    though the threat of further conflict with Iran appeared to recede for now, Speaker Nancy Pelosi announced that
    …", NYT, check ZAA2 IR-13: the concession is the outlet's framing, what she announced follows her verb; not before
    a tag that ends the sentence, "Although …, she said.", which takes in all before it), and what comes before a participle of
    saying that continues the report (", erroneously claiming"). The reporting verb itself stays the report's (the
    police "confirmed" is no booster of the outlet's: PB-29); what is reported, before or after it, stays the speaker's."""
    if (
        len(found) > 1 and _JUDGED_RE.match(masked, found[0][0]) and not _ACCUSED_RE.match(masked, found[0][0])
        and re.match(r"\w+ing\b", masked[found[1][0] :]) and _PARTICIPLE_LEAD.search(masked[: found[1][0]])
    ):  # "Trump blasted Democrats on Friday, saying …": the participle reports what the judgment said; a ground given
        found = found[1:]  # with "for" stays the judge's charge ("blasted Democrats for their shameful delays, saying")
    first = found[0][0]
    breaks = [m.end() for m in _BREAK.finditer(masked, 0, first)]
    end = first  # the reporting verb itself is the report's; an adverb on it ("erroneously claiming") the outlet's
    if breaks and re.match(r"\s*(?:\w+ly\s+)?$", masked[breaks[-1] : first]) and _SAYING_PARTICIPLE.match(masked, first):
        # "Trump blasted Democrats on Friday, saying …": the clause before the participle of saying is the outlet's
        breaks.pop()
    if _with_one_saying(masked, first):
        breaks = []  # "Republicans quickly seized on …, with Mitt Romney saying, “…”": all before it is the outlet's (JR-23)
    start = breaks[-1] if breaks else 0
    if breaks and not masked[start:first].strip() and _COORDINATED_REPORT.match(masked, first) and _MAIN_VERB.search(
        masked[: start - 1]
    ):
        # "Gov. Rick Perry … is broadcasting a new campaign ad that seems to …, vows to end …": a predicate joined to
        # the outlet's own main clause reports; the main clause before it is the outlet's (check13o PA-35)
        start, end = 0, start - 1
    conceded = _CONCESSIVE.match(masked)
    if conceded is not None and (
        conceded.end() not in breaks or _TRAILING.match(masked[found[0][1] :]) or _SET_OFF_TAG.match(masked, found[0][1])
        or _reporting(masked[: conceded.end()], masked[: conceded.end()], concede=False) or _belief_at(masked[: conceded.end()])
        or (text is not None and text[:first] != masked[:first]) or _SPEAKING_CONCESSION.match(masked)
    ):  # "Although the deal is dead, it will pass, she said.", "Even though X, he says, Y": all before the tag is hers;
        conceded = None  # "While Russia disputes that assertion, …", "While admitting that …": it reports; so may a
        # quotation before the verb ("While liberals punch …, “…,” said a report")
    if breaks and all(
        _opening(masked[a : b - 1]) or (conceded is not None and a == 0 and b == conceded.end())
        for a, b in zip([0, *breaks], breaks, strict=False)
    ):  # "Even though the threat … appeared to recede for now, Speaker Nancy Pelosi announced that …" (ZAA2 IR-13)
        start = 0
    own = [(start, end)] if masked[start:end].strip() else []
    for a, _ in found[1:]:
        lead = re.search(r",\s+(?:\w+ly\s+)?$", masked[:a])
        if lead and _SAYING_PARTICIPLE.match(masked, a):
            own.append((lead.start(), a))
    return own


_SAYING_PARTICIPLE = re.compile(r"(?i)(?!according\b)\w+ing\b")
"""A participle of saying that continues a report after a comma ("Trump blasted Democrats on Friday, saying …"): the
clause before it is the outlet's telling. Not "according": "…, according to Barr's summary" attributes the whole
sentence (``_sentence_wide``), the claim before it too (check AC BR-18: Vox's "Special counsel Robert Mueller did not
find that …, according to Attorney General William Barr's summary" was read as the outlet's own telling)."""
_WITH_ONE = re.compile(r"(?i)(?:,|—|–|--)\s*with\s+(?:[\w'’.-]+\s+){1,8}$")


def _with_one_saying(masked: str, first: int) -> bool:
    """Whether the first reporting verb, at ``first``, is a participle of saying in a "with" phrase appended after a
    clause break ("Republicans quickly seized on anemic jobs numbers to press the case …, with GOP presidential nominee
    Mitt Romney saying, “…”", Politico, check14-new JR-23): the speaker's words are the quotation; the clause before
    the "with" is the outlet's own description, its "seized on" the outlet's verb, whatever breaks stand in it. So with a
    passive participle after "being" ("…, which began as a semi-secret society (…), with members being told to deny any
    knowledge of it", NPR, check AD PT-15/28: the "Perhaps" that opens the sentence is NPR's own hedge)."""
    return bool(
        _WITH_ONE.search(masked[:first])
        and (re.match(r"\w+ing\b", masked[first:]) or re.search(r"(?i)\bbeing\s+$", masked[:first]))
    )


_COORDINATED_REPORT = re.compile(r"(?!\w+ing\b)\w+\s+(?:to|that)\b")
"""A finite reporting verb with its subject left out, before what it reports ("…, vows to end …")."""


def _opening(segment: str) -> bool:
    """Whether a comma-delimited segment before a reporting clause opens the sentence without reporting anything:
    a dateline, or a short adverbial phrase with no verb of its own."""
    return bool(_DATELINE.match(segment + "—") or (
        _OPENER.match(segment) and len(SPLIT_WORD.findall(segment)) <= OPENER_WORDS and not _MAIN_VERB.search(segment)))


def _conceded_at(text: str, masked: str, *, quotation: bool) -> int | None:
    """Where a leading concessive clause that reports someone ends ("While Obama promised to pull all troops out,"),
    in a sentence without quotation marks; else None."""
    conceded = _CONCESSIVE.match(masked)
    if conceded is None or text != masked:
        return None
    inside = _reporting(text[: conceded.end()], masked[: conceded.end()], quotation=quotation, concede=False)
    return conceded.end() if inside else None


_LEADING_SUBORDINATE = re.compile(
    r"(?i)^\s*(?:(?:but|and|yet|so)\s+)?(?:(?:just|only|shortly|soon|long|moments?|minutes?|hours?|days?|weeks?|months?|"
    r"years?|a\s+(?:day|week|month|year)|\w+\s+(?:minutes|hours|days|weeks|months|years))\s+)?"
    r"(?:after|before|when|whenever|once|since|until|because|as\s+soon\s+as)\b"
)
"""A subordinate clause of time or cause that opens a sentence ("But after Giuliani said on live television …, the
president reversed his position …"): what it reports is the setting of the main clause, not its source."""
_MAIN_SUBJECT = re.compile(
    r"\s*(?!(?i:which|who|whom|whose|where|and|but|or|nor|that|then|to|of|in|on|at|by|for|with|from|as|if|not|"
    r"[a-z]+ing|[a-z]+ed|is|are|was|were|be|been|will|would|has|have|had|could|should|can|may|might|must|did|does|do)\b)"
    r"[\w'’.-]+(?!\s*,)"
)
"""The first word of the main clause after a leading subordinate clause: a word that may open a subject ("the
president", "commuters", "Democrats"), not one that would continue the clause ("which", "and", "would")."""
_FOUND = re.compile(r"(?i)\b(?:found|finds|knew|knows|heard|showed|shows|told)\b")
"""Past forms a main clause may have that ``_MAIN_VERB`` leaves out ("engineers found a crack")."""


def _subordinate_report_at(masked: str, found: Sequence[tuple[int, int]], long_quotes: Sequence[tuple[int, int]]) -> int | None:
    """Where a leading subordinate clause of time or cause (``_LEADING_SUBORDINATE``) that holds every reporting verb
    and long quotation of the sentence ends, when the main clause after it is the outlet's own: it opens with a subject
    (``_MAIN_SUBJECT``), has a verb (``_MAIN_VERB``) and ``MAIN_WORDS`` words, and reports nothing; else None.

    "But after Giuliani said on live television on Wednesday that Trump had indeed reimbursed Cohen for the payment,
    the president reversed his position in an extraordinary sequence of tweets" (the Guardian, checkR SD-49): the
    reversal and "extraordinary" are the Guardian's statement, the reimbursement Giuliani's. The clause ends at the
    last comma after its last report from which such a main clause follows. So does a leading contrast
    (``_CONTRASTED``): "Unlike what Trump said, Leo's statement is a dog-whistle to conservatives." (the Daily Beast,
    check17 KV-13) judges a statement in the outlet's own voice; Trump's words are only the foil. "As Trump said, …"
    (which attributes the main clause) and "When asked …, Trump said …" (whose main clause reports) stay reported."""
    opens = _LEADING_SUBORDINATE.match(masked) or _CONTRASTED.match(masked)
    if opens is None or not found or _colon_speaker(masked) is not None:
        return None
    last = max(b for _, b in [*found, *long_quotes])
    ends = [last + m.end() for m in re.finditer(r",(?!\d)", masked[last:])]
    valid = [end for end in ends if _MAIN_SUBJECT.match(masked[end:]) and (_MAIN_VERB.search(masked[end:]) or _FOUND.search(masked[end:]))
             and len(SPLIT_WORD.findall(masked[end:])) >= MAIN_WORDS]
    return valid[-1] if valid else None  # the last: what a report holds may run past a comma ("said the plan, a …")


_UNSURE = re.compile(
    r"(?i)^\W*it(?:['’]s|\s+is|\s+was|\s+remains|\s+remained)\s+(?:still\s+)?(?:not\s+(?:yet\s+)?clear|unclear|uncertain)"
    r"\s+(?:if|whether)\b"
)
_SET_OFF = re.compile(r"[,;(—–]\s*$")


def _unsure_of_report_at(masked: str, found: Sequence[tuple[int, int]]) -> int | None:
    """Where the question begins in a sentence whose main clause is the outlet's own doubt ("It's not clear if …",
    "It remains unclear whether …") when no report attributes that doubt; else None.

    "(It's not clear if Duncan is correct that the man he spoke to was the shooter; the way Duncan described him
    according to RealClearNews's Rebecca Berg doesn't match …)" (Vox, check-T SC-69): the writer judges; the
    report is inside what is judged. A report set off by a comma ("…, according to police") or ending the sentence
    ("…, officials said.") attributes the doubt itself, and the sentence stays reported."""
    opens = _UNSURE.match(masked)
    if opens is None or not found:
        return None
    for start, end in found:
        if _TRAILING.match(masked[end:]) or (masked[start:end].lower().startswith("according") and _SET_OFF.search(masked[:start])):
            return None
    return opens.end()


def _own_lead_at(masked: str, long_quotes: Sequence[tuple[int, int]]) -> int | None:
    """Where the outlet's own clause ends before a colon that introduces a quotation, in a sentence that reports only
    by quoting (no reporting verb, speaker label or citation): the clause before the colon has a verb (``_MAIN_VERB``),
    ``MAIN_WORDS`` words and no long quotation; else None.

    "(CNN) For decades, U.S. climate change policy amounted to a hypocrisy associated with bad parenting: “Do as I say,
    not as I do.”" (checkR EP-43): the proverb is quoted, "hypocrisy" is CNN's own word; so is "blunt" in "The
    president was blunt: “…”", the outlet's description of the speech it quotes."""
    if not long_quotes:
        return None
    colon = masked.rfind(":", 0, long_quotes[0][0])
    if colon < 0 or masked[colon + 1 : long_quotes[0][0]].strip():
        return None  # the quotation must follow the colon: "…: the plan, he added, “…”" names its own speaker
    lead = masked[:colon]
    return colon if _MAIN_VERB.search(lead) and len(SPLIT_WORD.findall(lead)) >= MAIN_WORDS else None


_DASH_BEFORE = re.compile(r"(?:[—–―]|--)\s*$")
"""A dash, then the quotation: what sets the quotation of a trailing report apart from the clause before it."""
_SPEAKER_ALONE = re.compile(
    r"(?i)[\s,]*(?:(?:[\w'’.-]+\s+){1,4}\||\|(?:\s+[\w'’.-]+){1,4})\s*(?:(?:late|early|on)\s+)?(?:" + DAY + r")?\s*[.!?\"”’']*\s*"
)
"""Around a trailing reporting verb (``|``), after the quotation it reports: its speaker alone, before it ("…,” Trump
tweeted.") or after it ("…,” said Senator Ruiz."), maybe a day, then the end of the sentence."""


def _own_lead_before_dash_at(masked: str, found: Sequence[tuple[int, int]], speech: Sequence[tuple[int, int]]) -> int | None:
    """Where the outlet's own clause ends before a dash that sets off the quotation a trailing report names ("The White
    House has seized on these conclusions as “total exoneration” — “No Collusion, No Obstruction,” Trump tweeted.",
    check X MU-3): the speaker says the quotation; the clause before the dash, with a verb (``_MAIN_VERB``) and
    ``MAIN_WORDS`` words and no reporting verb, is the outlet's telling of what was done. Else None; not where the dash
    sets off unquoted words ("The plan will fail — and soon, he said.": he said it all)."""
    if not found or not speech or found[0][0] < speech[-1][1]:
        return None  # a reporting verb before the last quotation reports from there on
    quote_start, quote_end = speech[-1]
    verb_start, verb_end = found[0]
    if not _SPEAKER_ALONE.fullmatch(masked[quote_end:verb_start] + "|" + masked[verb_end:]):
        return None  # only "…,” Trump tweeted." or "…,” said Senator Ruiz.": the quotation, its speaker, its verb, the end
    dash = _DASH_BEFORE.search(masked[:quote_start])
    if dash is None:
        return None
    lead = masked[: dash.start()]
    return dash.start() if _MAIN_VERB.search(lead) and len(SPLIT_WORD.findall(lead)) >= MAIN_WORDS else None


def reporting_spans(text: str, voice: Voice) -> list[tuple[int, int]]:
    """Where ``text`` (a sentence with ``voice``) reports speech: its reporting verbs and phrases."""
    speech = any(not quoted_title(text[a:b], text[:a]) for a, b in voice.quotes)
    return _reporting(text, _masked(text, voice.quotes), quotation=speech)


_SPAN_BREAK = re.compile(r"[,;:—–―(\"“”‘]|--")
"""What ends the clause a reporting verb opens: a clause break or a quotation mark."""
_COORDINATED = re.compile(
    r"(?i)\b(?:and|but|or|then)\s+(?:\w+ly\s+)?$"
    r"|\b(?:and|but)\s+(?:(?:in|on|at|with|by)\s+(?:[\w'’-]+\s+){1,3}?)?(?:he|she|they)\s+(?:\w+ly\s+)?$"
)
"""Before a second verb of the same speaker ("said the plan would pass and warned that …"), not a clause of what was said;
also with the speaker again as a pronoun, maybe after a phrase of manner or time ("suggested that … and in explicit
terms he urged Americans not to vote for him", check11k VF-24)."""
_OWN_SUBJECT_JOINED = re.compile(
    r"(?i)^\s*(?:(?:reporters|journalists|him|her|them|us|me|(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})"
    r"(?=\s+(?:to|in|on|at|with|during|for|from|via|through|after|before|by|and|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|yesterday|today)\b)\s+)?"
    r"(?:(?:to|in|on|at|with|during|for|from|via|through|after|before|by)\s+(?:(?!(?:that|and)\b)[\w'’.-]+\s+){1,5}?|"
    r"(?:" + DAY + r"|\w+ly)\s+)*"
    r"and\s+(?:(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}|"
    r"(?:the|his|her|its|their|a|an)\s+(?:(?!(?:that|and)\b)[\w'’.-]+\s+){0,2}?[\w'’.-]+)"
    r"\s+(?:(?:later|also|then|\w+ly)\s+)?$"
)
"""Between a reporting verb and a second one with a subject of its own ("…,” O'Neill said to The Daily Caller and NOW
confirmed to FoxNews.com", "Roe said on Monday and the White House confirmed on Tuesday that …", "Roe told reporters
and his spokesman later admitted …", check12-reM BN-28): only where or when the first spoke, or to whom (one addressee
of "told"), then "and" and the subject: a second report, not what the first reports ("Roe said Doe and Smith confirmed
the deal", "said that the talks failed and the White House confirmed it": a clause of what was said stands between)."""
_IN_RELATIVE = re.compile(
    r"(?i)\b(?:who|which|that)\s+(?:(?:has|have|had|will|would|may|might|could|should|must)\s+)?(?:is|are|was|were|be|been|"
    r"being)\s+(?:\w+ly\s+)*$"
)
"""Before a participle: a passive relative clause on a noun ("that statement ― which had been widely criticized ―", "the
mayor, who was accused of lying,"), which says what the noun met with, not who speaks in the sentence."""
_REPORT_BREAK = re.compile(r"[:;\"“”]")
"""Between a verb and a trailing "…, he said.": what stops the trailing report from taking in the clause before it."""
_TRAILING_SPEAKER = re.compile(r"[,”\"’']\s+(?:[\w'’.-]+\s+){1,4}$")
"""Before a verb that ends the sentence, its speaker alone after a comma (", he said.", ", prosecutors announced
Tuesday."): a trailing report, not the verb of a clause ("– something Gattine has denied.")."""


_NEWS_REPORT = re.compile(r"(?i)(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?report(?:s|ed|ing)\b")
"""A trailing report that is news of an event ("…, the New York Times reports."): a verb of speech in what it reports
("Mary Cheney … criticized her sister's opposition …, the New York Times reports.") is the act the newspaper reports,
still the verb that reports the critic (check12l CH-22); not what a speaker said ("…, he said.")."""


_MARKS_A_SOURCE = re.compile(r"(?i)(?:people|persons?|sources?|officials?)\s+(?:familiar|briefed)\s+with")
"""A phrase of ``_ANONYMOUS_RE`` that marks who the source is, not what is said: "A person familiar with the talks
said …" is reported by its "said", which is no part of what the marker reports (check11-bundled SP-23: every
attributed statement's verb is tallied)."""


def _trailing_speaker(text: str, spans: Sequence[tuple[int, int]], start: int) -> bool:
    """Whether the reporting verb at ``start`` is a trailing report, its speaker alone before it (``_TRAILING_SPEAKER``)
    and no other reporting verb between ("…,” the chairman said in a statement.": "in a statement" is no report of its own)."""
    found = _TRAILING_SPEAKER.search(text[:start])
    return found is not None and not any(found.start() <= a < start for a, _ in spans)


def introducing_spans(
    text: str, voice: Voice, spans: Sequence[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """The reporting verbs and phrases of ``text`` (``reporting_spans``) that introduce an attribution: not one inside
    what an earlier verb reports, in its clause with no break between ("a charter school said LePage threatened to strip
    it of its funding": the school said, the threat is what it said, check8-new LP-27), unless joined to it as the same
    speaker's second act ("said … and warned that …") or as another speaker's report (``_OWN_SUBJECT_JOINED``: "O'Neill
said to The Daily Caller and NOW confirmed to FoxNews.com"); not one in a relative clause on a noun ("that statement ― which
    had been widely criticized at the time ― by saying …": the sentence reports the saying); and not one in a clause that
    a trailing report takes in whole ("Critics accused the mayor of lying, he said.": he said it), unless that report is
    a newspaper's news of the act (``_NEWS_REPORT``). A verb after a clause
    break introduces an attribution of its own ("…, even as he acknowledged that …", "…, as many legislators called
    for …"). What the reporting-verb lens counts: the verb a writer chose to report someone with. ``spans``: the sentence's
    ``reporting_spans`` where the caller has them already."""
    spans = reporting_spans(text, voice) if spans is None else spans
    masked = _masked(text, voice.quotes)
    trailing = next((a for a, b in reversed(spans) if _TRAILING.match(text[b:]) and _trailing_speaker(text, spans, a)), None)
    if trailing is not None and _NEWS_REPORT.match(text[trailing:]):
        trailing = None  # "…, the New York Times reports.": the verbs before it report the critic's act (CH-22)
    kept = []
    reports = [(a, end) for a, end in spans if not _MARKS_A_SOURCE.fullmatch(masked[a:end])]
    for a, b in spans:
        if _IN_RELATIVE.search(masked[:a]):
            continue
        if any(
            end <= a and not _SPAN_BREAK.search(text[end:a]) and not _COORDINATED.search(masked[end:a])
            and not _OWN_SUBJECT_JOINED.match(masked[end:a])
            for _, end in reports
        ):
            continue
        if trailing is not None and b <= trailing and not _REPORT_BREAK.search(text[b:trailing]):
            continue
        kept.append((a, b))
    return kept


def second_reports(text: str, voice: Voice, spans: Sequence[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """The reporting verbs of ``text`` that report a second speaker's words, joined to an earlier report by "and" with
    a subject of their own (``_OWN_SUBJECT_JOINED``: "… O'Neill said to The Daily Caller and NOW confirmed to
    FoxNews.com"): whose speaker counts as well as the first's."""
    spans = reporting_spans(text, voice) if spans is None else spans
    masked = _masked(text, voice.quotes)
    kept = introducing_spans(text, voice, spans)
    return [
        (a, b) for a, b in kept
        if any(end <= a and _OWN_SUBJECT_JOINED.match(masked[end:a]) and not _SPAN_BREAK.search(text[end:a]) for _, end in kept)
    ]


_COLON_VERB = re.compile(
    r"(?i)\b(?:\w+ly\s+)?(?:found|finds|said|says|wrote|writes|reported|reports|added|adds|noted|notes|concluded|"
    r"concludes|stated|states|explained|explains|argued|argues|warned|warns)\b"
)
"""A reporting verb between the speaker and the colon ("Among other things, the study found:")."""


def _colon_speaker(masked: str) -> tuple[int, int] | None:
    colon = masked.find(":")
    if colon < 0 or re.match(r"\d", masked[colon + 1 : colon + 2]) or len(masked[:colon].split()) > COLON_WORDS:
        return None
    head = masked[:colon]
    hits = [h for h in _speakers().find(head)]
    rest = re.sub(r"^['’]s\b|\b[A-Z][\w.'’-]*", "", head[hits[-1].end :]) if hits else ""
    if not hits or re.search(r"[a-z]", _COLON_VERB.sub("", rest)):
        # the speaker ends the head, or only a name follows it ("Foreign media:", "Analyst Li Wei:"); a clause
        # before a colon is the outlet's own ("Two senators didn’t vote at all: Sens. Tim Kaine … and Bernie Sanders")
        return None
    return hits[-1].start, hits[-1].end


_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|"
    r"Aug|Sep|Sept|Oct|Nov|Dec"
)
_AUTHOR = (
    rf"(?-i:(?!(?:{_MONTHS}|The|A|An|This|That|These|Those|Its|Their|His|Her|Our|In|On|At|By|For|From)\b)"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]*\.?)"
)
_AUTHORS = rf"{_AUTHOR}(?:(?:\s+|,\s+|,?\s+(?:&|and)\s+){_AUTHOR}){{0,7}}(?:\s+et\s+al\.?)?"
_YEAR = r"(?:1[6-9]|20)\d{2}[a-z]?"
_PAGES = r"(?:,\s*pp?\.\s*\d+(?:\s*[–-]\s*\d+)?)?"
_CITATION_RE = re.compile(
    rf"\((?:(?i:see|e\.g\.|cf\.),?\s+)?{_AUTHORS},\s+{_YEAR}{_PAGES}(?:;\s*{_AUTHORS},\s+{_YEAR}{_PAGES})*\)|"
    rf"(?<![\w'’]){_AUTHORS}\s+\({_YEAR}{_PAGES}\)"
)
"""A reference to a work by its authors and year, in brackets ("(Lin, 2023)", "(Zhang & Musa, 2023; Qian, 2021)",
"(Zanella et al., 2024, p. 12)") or with the authors in the sentence ("Tim Winter (2021) introduces …"): the sentence
reports what the work cited says, as "according to Lin (2023)" does (Hyland 1999, "Academic attribution: citation and
the construction of disciplinary knowledge", Applied Linguistics 20(3): a citation attributes a proposition to
another author, whether it names them in the sentence or in brackets). Not a bracketed date, figure or
abbreviation ("(July 5, 2023)", "(2.1% in 2023)", "(BRI)"), nor a name after "the" ("The Beijing Olympics (2008)")."""


_YEAR_RE = re.compile(_YEAR)
_NAMED_THING = re.compile(r"(?i)\b(?:the|a|an)\s+$")
"""Before a capitalised name with a year in brackets: an article makes it a thing ("The Beijing Olympics (2008)")."""


def _citation(masked: str) -> tuple[int, int] | None:
    """The span of the last reference by author and year (``_CITATION_RE``) outside a leading concessive clause."""
    if "(" not in masked or not _YEAR_RE.search(masked):
        return None  # every reference holds a bracket and a year (most sentences have neither)
    conceded = _CONCESSIVE.match(masked)
    after = conceded.end() if conceded else 0
    found = [
        m.span() for m in _CITATION_RE.finditer(masked)
        if m.start() >= after and (m.group().startswith("(") or not _NAMED_THING.search(masked[: m.start()]))
    ]
    return found[-1] if found else None


def citation_span(masked: str) -> tuple[int, int] | None:
    """The span of the last work cited by author and year in a sentence (quotations blanked), else None."""
    return _citation(masked)


@cache
def _speakers() -> CueMatcher:
    words = lexicon("attribution")
    return CueMatcher(words, [c for c in words.ids if c.startswith("speaker.")])


def _words_inside(words: Sequence[tuple[int, int]], spans: Sequence[tuple[int, int]]) -> int:
    """How many of ``words`` (character spans) lie whole inside one of ``spans``."""
    if len(spans) == 1:
        (a, b), = spans
        return sum(1 for s, e in words if a <= s and e <= b)
    return sum(1 for s, e in words if any(a <= s and e <= b for a, b in spans))


_STOPPED = re.compile(r"[.!?…][\"”’'»)]*\s*$")
"""The end of a sentence with its full stop: a label's paragraph without one is a heading ("Foreign media: The hot
"China Travel" shows the charm of open development", CCTV.com), which heads the section under it."""


def sentence_voices(texts: Sequence[str], *, breaks: Sequence[bool] | None = None) -> list[Voice]:
    """The voice of each of one source's sentences, given in order.

    ``breaks[i]`` says a paragraph break comes before sentence ``i`` (an open quotation
    ends there); without it the sentences are taken as one paragraph.
    """
    known = breaks is not None
    breaks = list(breaks) if breaks is not None else [False] * len(texts)
    writer = not transcript(texts)
    voices: list[Voice] = []
    labelled = False
    """Whether the paragraph read so far opened with a speaker label ("Foreign media: …"): it is the speaker's to its end."""
    heading = False
    """Whether the paragraph read so far is a speaker label's heading ("Foreign media: <headline>", no full stop)."""
    headed = False
    """Whether the paragraph read so far is the one such a heading labels: its sentences are a block (``Voice.block``)."""
    for index, (text, spans) in enumerate(zip(texts, _quotation_spans(texts, breaks), strict=True)):
        opens = index == 0 or breaks[index]
        section = opens and heading and not _STOPPED.search(texts[index - 1])
        labelled = labelled and not opens
        heading = heading and not opens
        headed = headed and not opens
        speech = [(a, b) for a, b in spans if not quoted_title(text[a:b], text[:a])]
        # Without quoted speech no word is inside one, so the sentence is not quoted: its words are not needed.
        words = [m.span() for m in SPLIT_WORD.finditer(text)] if speech else []
        inside = _words_inside(words, speech)
        long_quotes = [(a, b) for a, b in speech if len(SPLIT_WORD.findall(text[a:b])) >= QUOTE_WORDS]
        masked = _masked(text, spans)
        found = _reporting(text, masked, quotation=bool(speech), writer=writer)
        label = None if found else _colon_speaker(masked)
        said = found[0] if found else label or _citation(masked)
        clauses: tuple[tuple[int, int, str], ...] = ()
        joined = _joined_at(masked, found, long_quotes) if not (words and inside / len(words) >= QUOTED_SHARE) else None
        if words and inside / len(words) >= QUOTED_SHARE:
            kind = QUOTED
            lead = _own_lead_at(masked, long_quotes) if said is None else None
            clauses = ((0, lead, OWN),) if lead is not None else ()
        elif joined is not None:
            kind, said, clauses = OWN, None, ((joined, len(text), REPORTED),)
        elif (relative := _relative_at(masked, found, speech)) is not None:
            kind, said, clauses = OWN, None, ((*relative, REPORTED),)
        elif (setting := _subordinate_report_at(masked, found, long_quotes)) is not None:
            kind, said, clauses = OWN, None, ((0, setting, REPORTED),)
        elif (unsure := _unsure_of_report_at(masked, found)) is not None:
            kind, said, clauses = OWN, None, ((unsure, len(text), REPORTED),)
        elif said is not None or long_quotes or (voices and not breaks[len(voices)] and _spells_out(text, texts, voices)):
            kind = REPORTED
            adjunct = _own_adjunct_at(text, masked, found, spans) if found else None
            adjunct = _comment_on_phrase(text, speech) if adjunct is None else adjunct
            clauses = tuple((a, b, OWN) for a, b in _reporting_clause(masked, found, text)) if found else ()
            lead = _own_lead_at(masked, long_quotes) if said is None else _own_lead_before_dash_at(masked, found, speech)
            clauses += ((0, lead, OWN),) if lead is not None else ()
            clauses += ((adjunct, len(text), OWN),) if adjunct is not None else ()
        else:
            kind = OWN
            believed = (_belief_at(masked) or _group_view_at(masked)) if not found else None
            clauses = ((*believed, REPORTED),) if believed is not None else ()
        block = False
        if labelled and kind == OWN:  # "Foreign media: Technological innovation has become very “cool”. China's soft power shines"
            kind, clauses, block = REPORTED, (), headed
        if opens and known and label is not None and kind == REPORTED:
            labelled = heading = True
        elif section and kind == REPORTED and found:  # check13-bundled SP-43: the headed section reports to its end
            labelled = headed = True
        if kind == OWN and (conceded := _conceded_at(text, masked, quotation=bool(speech))) is not None:
            clauses = ((0, conceded, REPORTED), *clauses)
        voice = Voice(kind, tuple(spans), said, bool(search(_DEFINITION_RE, words_of(masked))), clauses, block)
        named = _named_object(text, masked, voice) if speech else None
        voices.append(replace(voice, clauses=((*named, OWN), *clauses)) if named else voice)
    for index in _colon_blocks(texts, breaks, voices) if known else ():
        voice = voices[index]
        # a quotation inside a point ("-… Blumenthal clearly stated "…"") is quoted by the block's speaker: its verb too
        voices[index] = replace(voice, block=True) if voice.kind == QUOTED else Voice(
            REPORTED, voice.quotes, voice.attribution, voice.definition, block=True
        )
    for index in _between_reports(texts, voices):
        voices[index] = Voice(REPORTED, definition=voices[index].definition)
    return voices


_REPORT_VERBS = r"(?:said|says|added|continued|argued|explained|declared|noted|insisted|posited|warned|contended)"
_HE_SAID_CLOSES = re.compile(rf"(?i),\s+(he|she)\s+(?:\w+ly\s+)?{_REPORT_VERBS}\s*[.!]\s*$")
_HE_SAID = re.compile(rf"(?i)(?:^|,\s+|[”\"]\s*)(he|she)\s+(?:\w+ly\s+)?{_REPORT_VERBS}\b")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


def _between_reports(texts: Sequence[str], voices: Sequence[Voice]) -> list[int]:
    """Sentences that continue one speaker's reported speech with no mark of their own (check12l BK-20): "But both
    parties are to blame, he said. ¶ The Democrats tax and spend, while the Republicans just spend. ¶ People are losing
    a fundamental belief that things will get better, he said." — the middle line is Beck's (another outlet quotes it).

    Narrow on purpose: the sentence before is reported speech with no quotation marks closed by "…, he said." (a
    paraphrase, whose writer sets no marks), the sentence after reports the same pronoun ("he said"), and the sentence
    itself is the outlet's voice with no clause, quotation or capitalised word but its first and plurals ("The Democrats
    …"). A sentence that names someone ("Noah Nathan, 47, lives nearby …", "Huckabee, a former Baptist minister, ran …")
    introduces a person, and a quotation before it ends the speaker's turn: neither is taken. Measured on 84 texts
    (2,418 sentences between two others): this one sentence."""
    found = []
    for i in range(1, len(texts) - 1):
        voice, before, after = voices[i], voices[i - 1], voices[i + 1]
        if voice.kind != OWN or voice.clauses or voice.quotes or before.kind != REPORTED or before.quotes or after.kind == OWN:
            continue
        closes, reports = _HE_SAID_CLOSES.search(texts[i - 1]), _HE_SAID.search(texts[i + 1])
        if closes is None or reports is None or closes.group(1).lower() != reports.group(1).lower():
            continue
        if all(m.group().endswith("s") for m in _CAPITALISED.finditer(texts[i], 1)):
            found.append(i)
    return found


_NAMING = re.compile(
    r"(?i)(?<![-‐])\b(?:call|calls|called|calling|label|labels|labell?ed|labell?ing|brand|brands|branded|branding|dub|dubs|"
    r"dubbed|dubbing|term|terms|termed|describe|describes|described|describing)\s+"
)
_NAMED_OBJECT = re.compile(
    r"(?:her|his|their|its|our|the|this|that|these|those|[A-Z][\w-]*['’]s?)\s+[^,;:.!?()“”\"‘]{0,80}?(?:\s+as)?\s*$"
)
"""What a writer names before the words someone is quoted calling it: a definite noun phrase ("her disdainful remarks
about his candidacy"), with no indefinite article (in "calling the senator a liar and his plan “a joke”", "a liar" is
the speaker's word, and nothing is taken for the writer's)."""
_INDEFINITE = re.compile(r"(?i)\b(?:a|an)\b")


def _named_object(text: str, masked: str, voice: Voice) -> tuple[int, int] | None:
    """The span of the outlet's own words in "…, calling her disdainful remarks about his candidacy “highly
    inappropriate”" (check9-new TG-21): the object of a verb of naming that introduces the attribution itself, not one
    inside what another verb reports (``introducing_spans``: "he said critics were calling her remarks “…”" is all
    his report, and so is a sentence that "…, aides said." or "according to aides" attributes whole), with the name it is given in
    quotation marks right after. Only the quoted name is the speaker's; the
    noun phrase it names (``_NAMED_OBJECT``) is how the writer describes the thing. None when there is none, or
    when the object is the outlet's already."""
    for a, _ in voice.quotes:
        verb = next(reversed(list(_NAMING.finditer(masked, 0, a))), None)
        if verb is None or not _NAMED_OBJECT.fullmatch(masked, verb.end(), a) or _INDEFINITE.search(masked, verb.end(), a):
            continue
        start, end = verb.end(), verb.end() + len(re.sub(r"(?:\s+as)?\s*$", "", masked[verb.end() : a]))
        spans = reporting_spans(text, voice)
        if (
            voice.kind_at(start) != OWN
            and any(x < verb.end() and verb.start() < y for x, y in introducing_spans(text, voice, spans))
            and not any(_sentence_wide(masked, x, y) for x, y in spans if not (x < verb.end() and verb.start() < y))
        ):
            return start, end
    return None


COLON_BLOCK_ITEM = 3
"""Paragraphs of one item of a dash-bulleted list set out after a colon: the bulleted one and two that go on
with it (Blumenthal's campaign's response points in HuffPost run so); a later paragraph with no bullet is the
outlet's again."""
_POSTING = re.compile(r"(?i)\b(?:circulated|posted|tweeted|published|released|issued|distributed|shared)\b")
_BULLET = re.compile(r"\s*[-–—•*]\s*\w")
_OUTLET_LABEL = re.compile(r"\s*[A-Z][A-Z'’ ]{2,24}:")
"""A paragraph the outlet labels in capitals ("UPDATE:", "EDITOR'S NOTE:"): its narration, whatever came before."""
_SPEAKERS_REGISTER = re.compile(r"(?i)(?<![\w'’])(?:i|me|my|we|us|our|you|your)(?![\w'’])|!\W*$")
"""A first- or second-person word, or an exclamation: a post or statement goes on in its writer's words."""


def _colon_blocks(texts: Sequence[str], breaks: Sequence[bool], voices: Sequence[Voice]) -> list[int]:
    """Sentences set out, without quotation marks, in the paragraphs after a paragraph that ends by attributing
    with a colon: a reporting verb or a verb of posting before it ("And Trump himself lashed out on Twitter,
    saying:", "Rennie wrote:", "a set of response points were circulated by Democrats close to Blumenthal's
    campaign:"), or that names the speech or document it sets out (``_quotation_lead``: "Barr continues, in a critical
    paragraph:", "The letter reads:"; then not when the next paragraph is the outlet reporting again, "Later he told
    reporters that …", the document an embed the scrape lost). What follows is the speaker's, not the outlet's, until
    the outlet's narration resumes, which is told by the first paragraph that

    * opens with a quotation mark (the block was a marked quotation, which ``_quotation_spans`` reads), or with a
      label in capitals ("UPDATE: …");
    * in a dash-bulleted list (the first paragraph opens with "-"), has no bullet and is more than
      ``COLON_BLOCK_ITEM`` paragraphs past the last bulleted one;
    * otherwise (a post, a statement), after the first paragraph (always the speaker's), has a sentence with no
      first- or second-person word and no exclamation ("Her mind is shot - resign!" goes on with the post; "The
      liberal icon justice had kicked off the storm …" is the outlet's).

    A paragraph with no such sign that the outlet wrote after a one-sentence post in the writer's own register is
    the limit of this reading: it is counted as the post's."""
    paragraphs: list[list[int]] = []
    for index in range(len(texts)):
        if index == 0 or breaks[index]:
            paragraphs.append([])
        paragraphs[-1].append(index)
    taken: list[int] = []
    house = house_style([" ".join(texts[i] for i in paragraph) for paragraph in paragraphs])
    for at in range(len(paragraphs) - 1):
        last = paragraphs[at][-1]
        if last in taken:
            continue
        if not _introduces_block(texts[last], voices[last], named=True):
            if _pasted_after(texts[last], voices[last], " ".join(texts[i] for i in paragraphs[at + 1]), house):
                taken.extend(paragraphs[at + 1])
            continue
        first = texts[paragraphs[at + 1][0]]
        if _opens_at_start(first) or _OUTLET_LABEL.match(first):
            continue
        reports = voices[paragraphs[at + 1][0]]
        if reports.kind == REPORTED and reports.attribution is not None and not _introduces_block(texts[last], voices[last]):
            continue  # the outlet reports again: the document a lead only names was not set out (an embed the scrape lost)
        listed, since_bullet = bool(_BULLET.match(first)), 1
        block = list(paragraphs[at + 1])
        for paragraph in paragraphs[at + 2 :]:
            head = texts[paragraph[0]]
            since_bullet = 1 if _BULLET.match(head) else since_bullet + 1
            if listed:
                ends = since_bullet > COLON_BLOCK_ITEM
            else:
                ends = _opens_at_start(head) or not all(_SPEAKERS_REGISTER.search(texts[i]) for i in paragraph)
            if ends or _OUTLET_LABEL.match(head) or len(block) + len(paragraph) > MAX_QUOTED_RUN:
                break
            block.extend(paragraph)
        taken.extend(block)
    return taken


_SPEAKING_ON = r"(?:continu(?:es|ed)(?!\s+to\b)|went\s+on|goes\s+on)"
_DOCUMENT = (
    r"(?-i:letter|statement|memo|memorandum|speech|remarks|passage|paragraph|excerpt|tweet|post|e-?mail|message|testimony|"
    r"transcript|text)"
)
_OWNED_DOCUMENT = r"(?-i:summary|note|ruling|opinion|order|decision|report|filing|response|reply|answer|explanation|words|conclusion)"
_LEAD_ADJUNCT = (
    r"(?:,?\s+(?:in|on|at|from|to|of|about|for|with|by)\s+(?!(?:[\w'’.-]+\s+){0,5}?(?:is|are|was|were)\b)(?:[\w'’.-]+\s+){0,5}[\w'’.-]+)?"
    r"(?:,?\s+in\s+(?:part|full))?,?\s*:$"
)
_POSSESSOR = r"(?!(?:it|that|here|there|what|who|he|she|let|where|how)['’]s\b)\w[\w.-]*['’]s?(?!\w)"
"""A possessive ("the governor's", "Democrats'"), not a contraction ("that's", "here's")."""
_QUOTATION_LEAD = re.compile(
    rf"(?i)(?:(?:\b(?:he|she|they)|\b(?-i:[A-Z])[\w'’.-]*|\b{_DOCUMENT}s?|\b{_OWNED_DOCUMENT}s?)\s+(?:\w+ly\s+|then\s+|later\s+)?{_SPEAKING_ON}"
    rf"|\S\s+reads?|\b(?:the|this|that|an?|his|her|their|its|{_POSSESSOR})\s+(?:[\w'’-]+\s+){{0,3}}?{_DOCUMENT}"
    rf"|\b(?:his|her|their|its|{_POSSESSOR})\s+(?:[\w'’-]+\s+){{0,3}}?{_OWNED_DOCUMENT})s?{_LEAD_ADJUNCT}"
)
"""A colon lead that sets out a block quotation though it neither reports speech in a clause nor posts it (``_POSTING``):
the speaker goes on ("Barr continues, in a critical paragraph:", check X MU-5: the paragraph of Barr's letter after it
was Vox's own hedge and legality cue; "Woellert goes on:"), a document reads ("The letter reads, in part:"), or the lead
ends by naming the speech or document set out ("Here is the full text of the statement:", "From the governor's memo to
staff:"); a thing only someone's makes it speech ("In Trump's own words:", "his summary of the bill:"), not "In other
words:" nor "a summary of the bill:", the outlet's own. The verb or noun ends the lead, but for a short phrase of where,
to whom or of what ("in the letter", "to Congress"): "The statement came after three events:" introduces a list, and
"in the Washington Post on February 9 was this story headlined:" names no document in lower case."""
_NOT_A_QUOTATION_LEAD = re.compile(
    r"(?i)\b(?:here\s+(?:is|are)|here['’]s|key|takeaways?|highlights?|points|things|facts|details|reasons|questions|"
    r"lessons|numbers|examples|steps|ways|what\s+we\s+know|"
    r"watch|video|footage|clip|listen|audio|graph|chart|photo|image|"
    r"i|me|my|we|us|our|(?:also|please|to|you)\s+read|continued\s+to|based\s+on|according\s+to|drawn\s+from|compiled\s+from|"
    r"description|timeline|"
    rf"(?-i:{WEEKDAY_NAMES})['’]s)\b"
)
"""A lead that introduces a list or the outlet's own account ("Here's what we know:", "Here are a few key takeaways:",
"the key points of the speech:"), a video, chart or photo (its caption or link follows, "WATCH THE FULL SPEECH:"), the
writer's own earlier words ("Our original post continues:", "An excerpt from my review:", "Thursday's post:" in a
live blog), the writer's own account drawn from documents ("The following description of that day is based on
interviews with Cowley, a report by the … District Attorney's Office … and a judge's written order:"), or a link to
read ("Also read:"). "Here is the full text of the statement:" is still taken, by its ``_FULL_TEXT``."""
_FULL_TEXT = re.compile(r"(?i)\b(?:full|complete|entire)\s+(?:text|statement|letter|remarks|transcript|memo)\b")


def _quotation_lead(masked: str) -> bool:
    """Whether a colon lead names someone's speech or document that the paragraphs after it set out (``_QUOTATION_LEAD``)
    and introduces no list, picture or writer's own words (``_NOT_A_QUOTATION_LEAD``); not a label in capitals."""
    if not _QUOTATION_LEAD.search(masked) or not any(ch.islower() for ch in masked):
        return False
    return not _NOT_A_QUOTATION_LEAD.search(masked) or bool(_FULL_TEXT.search(masked))


def _introduces_block(text: str, voice: Voice, *, named: bool = False) -> bool:
    """Whether a sentence ends with a colon that attributes what follows: it reports speech, or posts it; or, if
    ``named``, only names the speech or document set out after it (``_quotation_lead``)."""
    masked = _masked(text, voice.quotes).rstrip()
    if not masked.endswith(":") or len(masked) != len(text.rstrip()):
        return False
    return voice.kind == REPORTED or bool(_POSTING.search(masked)) or (named and _quotation_lead(masked))


_CURLY = re.compile(r"[‘’“”]")
_STRAIGHT = re.compile(r"(?<=\w)'(?=\w)|\"")
HOUSE_SHARE = 0.7
"""Share of a text's paragraphs with marks of one kind (curly or straight apostrophes and quotation marks, not both)
that makes it the text's own typography."""
HOUSE_PARAGRAPHS = 3
"""Fewest paragraphs with marks of one kind that show a text's own typography."""


def typography(text: str) -> str | None:
    """The kind of apostrophes and quotation marks ``text`` writes: "curly" (’ “ ”), "straight" (' ") or None (both,
    or none)."""
    curly, straight = bool(_CURLY.search(text)), bool(_STRAIGHT.search(text))
    return "curly" if curly and not straight else "straight" if straight and not curly else None


def house_style(paragraphs: Sequence[str]) -> str | None:
    """The typography most of a text's paragraphs write (``typography``), when at least ``HOUSE_PARAGRAPHS`` of them
    write it and they are ``HOUSE_SHARE`` of those that write marks of one kind; else None."""
    kinds = [kind for paragraph in paragraphs if (kind := typography(paragraph))]
    best = max(sorted(set(kinds)), key=kinds.count, default=None)
    if best is None or kinds.count(best) < max(HOUSE_PARAGRAPHS, HOUSE_SHARE * len(kinds)):
        return None
    return best


def _pasted_after(lead: str, voice: Voice, paragraph: str, house: str | None) -> bool:
    """Whether ``paragraph``, after a sentence ending with a colon that names no speaker (``lead``), is another's
    text pasted in without quotation marks: it writes apostrophes and quotation marks of the other kind than the text
    around it (``house_style``), as a passage copied from another page keeps its own. Townhall's "Romney's clear win
    isn't just the conservative meme, folks:" and then, with curly marks in a blog of straight ones, Politico's "Call it
    the curse of incumbency. … “We got our clock cleaned,” said a Democratic strategist …" (check AD, confusing 3:
    scored as Townhall's own voice, its most negative sentence). On the AllSides sample, 40 of the 42 such paragraphs
    after a lead of three words or more are another's words (posts, letters, articles quoted); the lead must name no
    list, picture or writer's own words (``_NOT_A_QUOTATION_LEAD``), nor be a label ("Advertisement:")."""
    masked = _masked(lead, voice.quotes).rstrip()
    if house is None or not masked.endswith(":") or len(masked.split()) < 3 or not any(c.islower() for c in masked):
        return False
    if _NOT_A_QUOTATION_LEAD.search(masked) or _opens_at_start(paragraph):
        return False
    kind = typography(paragraph)
    return kind is not None and kind != house


_SPELLED_OUT = re.compile(
    r"^\s*(?:These|This|Those|Such)\s+([a-z][\w-]*)\s+(?:include|includes|included|are|is|were|was|involve|involves|"
    r"range|ranged|mean|means)\b"
)
"""A sentence that opens by naming, with a demonstrative, what the sentence before reported and says
what it consists of ("These tactics include cyber-theft …")."""


def _spells_out(text: str, texts: Sequence[str], voices: Sequence[Voice]) -> bool:
    """Whether ``text`` spells out the claim the sentence before reported (the last of ``voices``, read so far):
    "The Trump administration contends China has deployed predatory tactics …" / "These tactics include
    cyber-theft …" — the second is the administration's claim still, not the outlet's statement."""
    voice, previous = voices[-1], texts[len(voices) - 1]
    if voice.kind != REPORTED or voice.attribution is None:
        return False
    opening = _SPELLED_OUT.match(text)
    if not opening:
        return False
    noun = opening.group(1).lower()
    said = previous[voice.attribution[1] :].lower()
    return bool(re.search(rf"\b{re.escape(noun.rstrip('s'))}", said))


PARAGRAPH_START = "paragraph_start"
"""Optional boolean column of a sentences frame: a paragraph break comes before the sentence."""


_BARE_SUBJECT = re.compile(r"^\s*(?:[\w.'’-]+\s+){1,6}?(?:\w+ly\s+)?$")
"""Before the verb of a bare attribution: its speaker alone, a few words with no clause break ("Mueller ", "The
senator's spokesman ")."""
_BARE_TAIL = re.compile(
    r"(?i)^(?:\s+(?:(?:on|in|at|from|to|during|before|after|with|outside|inside|via|over|through|later|again|then|"
    r"afterward|afterwards|reporters|journalists|\w+ly|" + DAY + r")\b"
    r"(?:\s+(?!(?:that|whether|if|he|she|they|it|we|i|is|are|was|were|will|would|has|have|had)\b)[\w.'’-]+){0,6}))?"
    r"\s*[.!]\s*$"
)
"""After the verb of a bare attribution: only where, when or to whom it was said ("from the podium.", "in a statement
on Tuesday.", "told reporters."), then the stop: no clause, quotation or object of what was said."""


def bare_attribution(text: str, voice: Voice) -> bool:
    """Whether ``text`` is a sentence that only says who spoke, and where or when ("Mueller said from the podium.",
    "The spokesman added on Tuesday."): reported speech with no quotation, its speaker alone before the reporting
    verb (``_BARE_SUBJECT``) and nothing after it but an adverbial (``_BARE_TAIL``). Its words are those of the
    quotation just before it, which the writer closed with a stop inside the marks (check AB ME-18, AB2 ME-19)."""
    if voice.kind != REPORTED or voice.quotes or voice.attribution is None:
        return False
    start, end = voice.attribution
    return bool(_BARE_SUBJECT.match(text[:start]) and _BARE_TAIL.match(text[end:]))


def paragraph_starts(sentences: pl.DataFrame, text: str) -> list[bool]:
    """For one source's sentences (in index order): whether a line break separates each from the one before."""
    starts, ends = sentences.get_column(START).to_list(), sentences.get_column(END).to_list()
    return [i > 0 and "\n" in text[ends[i - 1] : starts[i]] for i in range(len(starts))]


def source_voices(sentences: pl.DataFrame, text: str | None = None) -> list[Voice]:
    """The voices of one source's sentences frame, in sentence-index order.

    Paragraph breaks come from ``text`` (the source's cleaned text, read through the
    sentences' offsets), else from a ``paragraph_start`` column, else there are none.
    Memoised: every lens of a source asks for the same voices.
    """
    ordered = in_sentence_order(sentences)
    texts = tuple(ordered.get_column(TEXT).to_list())
    if text is not None and START in ordered.columns:
        breaks = tuple(paragraph_starts(ordered, text))
    elif PARAGRAPH_START in ordered.columns:
        breaks = tuple(bool(b) for b in ordered.get_column(PARAGRAPH_START).to_list())
    else:
        breaks = (False,) * len(texts)
    return list(_voices(texts, breaks))


@lru_cache(maxsize=64)
def _voices(texts: tuple[str, ...], breaks: tuple[bool, ...]) -> tuple[Voice, ...]:
    return tuple(sentence_voices(texts, breaks=breaks))


def own_part(text: str, voice: Voice | None = None) -> str:
    """The words of a sentence whose tone is the outlet's: an own-voice sentence less the clauses in which it
    reports someone (blanked, same length: "Trump requested $5.7 billion for the wall, while Democrats vowed to
    block …" is scored on its first clause) and less its short quotations (a quoted headline, a word mentioned:
    "The headline … reads, “THE QUEEN OF RAGE.”" is the magazine's feeling, not the outlet's, check12m BN-18); any
    other sentence whole, as its tone is the speech it reports.
    ``voice``: the sentence's voice read in its source; without it the sentence is read alone."""
    voice = voice if voice is not None else sentence_voices([text])[0]
    if voice.kind != OWN or not (voice.clauses or voice.quotes):
        return text
    return _masked(text, [*voice.quotes, *((a, b) for a, b, kind in voice.clauses if kind != OWN)])


def own_word_count(text: str, voice: Voice, count: Callable[[str], int]) -> int:
    """Words (as ``count`` counts them) of ``text`` in the outlet's own voice: all of an own-voice sentence but
    the clauses it reports, none of a quotation or of reported speech but its own adjunct."""
    if not voice.clauses:
        return count(text) if voice.kind == OWN else 0
    own = [(a, b) for a, b, kind in voice.clauses if kind == OWN]
    if voice.kind == OWN:
        return count(own_part(text, voice))
    return sum(count(text[a:b]) for a, b in own)


def negated(text: str, start: int) -> bool:
    """Whether a negation ("not", "never", "no", "…n't", "without") or a word that plays down or
    rejects (``_DISAVOWING``: "downplays", "rather than") stands within three words before
    ``start`` in the same clause, or the clause opens by setting it apart ("Unlike …"), or it is a clause of something
    averted (``_AVERTED``: "lest", "for fear that")."""
    before = text[:start]
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(before)), default=0)
    found = list(SPLIT_WORD.finditer(before[cut:]))
    words = [m.group().lower().replace("’", "'") for m in found][-NEGATION_WINDOW:]
    if any(w in _NEGATORS or w.endswith("n't") for w in words):
        return True
    window = before[cut:][found[-NEGATION_WINDOW].start() :] if len(found) >= NEGATION_WINDOW else before[cut:]
    return bool(_DISAVOWING.search(window) or _CONTRASTED.match(before[cut:]) or _AVERTED.search(before[cut:]))


def cue_context(
    voice: Voice, text: str, start: int, end: int, *, quotation: bool = False, praise: bool = False, charge: bool = False,
    verb: bool = False,
) -> str:
    """Where a lexicon word at ``start:end`` of a sentence stands (one of ``CONTEXTS``).

    ``quotation``: the hit is itself a short quotation (a scare quote), which is the
    outlet's own distancing only in a sentence in its own voice. ``praise``: the word praises,
    so in what someone promotes or depicts ("publicizing a more harmonious way of living") it is
    the promoter's message (reported); a label there ("promote authoritarian policies") stays the writer's.
    ``charge``: a loaded word in what a critic charges someone with ("attacked Mr. Trump for caving") is
    the critic's (reported). ``verb``: the word casts how someone spoke ("blasted", "lashed out"), so as the verb that
    reports the speech (``reports_speech_at``) it is the outlet's own word for it, whoever is quoted after it. An adverb
    on that verb ("Liz Cheney reportedly said") is the outlet's own too (``on_the_report``).
    """
    if quotation:
        return (DEFINITION if voice.definition else OWN) if voice.kind_at(start) == OWN else REPORTED
    if voice.quoted_at(start, end):
        return QUOTED
    if (
        voice.kind_at(start) != OWN
        and not (verb and (reports_speech_at(text, voice, start, end) or _participle_on_the_report(text, voice, start, end)
                           or _narrated_act(text, voice, start, end)))
        and not on_the_report(text, voice, start, end)
        and not _unowned_report(text, voice, start, end)
    ):
        return REPORTED
    if voice.definition and _defines_at(voice, text, start):
        return DEFINITION
    if negated(text, start):
        return NEGATED
    if praise and promoted(text, start):
        return REPORTED
    if charge and charged(text, start) and not _unowned_report(text, voice, start, end):
        return REPORTED
    if any(_in_clause_before(p, text, start) for p in (_CLAIMED, _HELD_VIEW, _EMBEDDED_CLAIM)):
        return REPORTED
    return OWN


def _defines_at(voice: Voice, text: str, start: int) -> bool:
    """Whether the sentence's definition (``Voice.definition``) covers the word at ``start``: the whole sentence,
    unless the word stands in the outlet's own clause of reported speech and the defining words are outside it
    ("… a new campaign ad that seems to …, vows to end what he calls "…"": "seems" is the outlet's, check13o PA-35)."""
    own = next(((a, b) for a, b, kind in voice.clauses if kind == OWN and a <= start < b), None)
    return own is None or voice.kind == OWN or bool(search(_DEFINITION_RE, words_of(_masked(text, voice.quotes)[own[0] : own[1]])))


_ON_THE_REPORT = re.compile(r"(?i)\s+(?:(?:has|have|had|is|are|was|were|been|also)\s+)*")
"""Between an adverb and the verb it qualifies: nothing but auxiliaries ("has reportedly said")."""


def on_the_report(text: str, voice: Voice, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is an adverb on the verb that reports its sentence, outside quotation marks
    ("“I am not pro-gay marriage,” Liz Cheney reportedly said.", "has reportedly said the matter …"): the outlet's hedge
    or manner on its own report, not the speaker's word (check12l CH-16, CH-17)."""
    word = text[start:end]
    if not (word.endswith("ly") and word[:1].islower()) or voice.quoted_at(start, end):
        return False
    if _NOUN_BEFORE.search(text[:start]) or re.search(r"['’]s?\s+$", text[:start]):
        return False  # a noun, the speaker: "The family said …", "the Smiths' ally said …"
    spans = introducing_spans(text, voice)
    if any(_ON_THE_REPORT.fullmatch(text[end:a]) for a, _ in spans):
        return True
    # "Mary Cheney … reportedly posted to her personal page on the social media site: “…”": a verb of saying or posting
    # that introduces the quotation, with no report before it whose content the adverb could be in
    verb = _ON_THE_REPORT.match(text, end)
    said = _SAYING_RE.match(text, verb.end()) or _CLAUSE_VERB_RE.match(text, verb.end()) if verb else None
    return said is not None and bool(voice.quotes) and said.end() <= voice.quotes[0][0] and all(a >= start for a, _ in spans)


def reports_speech_at(text: str, voice: Voice, start: int, end: int) -> bool:
    """Whether ``start:end`` is the verb that reports the speech of its sentence, or of the clause of it that reports
    ("And they blasted “hysterical anti-hunters and news media outlets.”"): the first reporting verb there, outside
    quotation marks. A reporting verb after it is inside what is reported ("He said critics slammed the plan"), and
    one before a reporting clause that attributes the whole sentence ("…, he said.") is the speaker's. After a leading
    clause of time or cause that reports someone (``_subordinate_report_at``), the main clause's first one."""
    if voice.quoted_at(start, end):
        return False
    region = next((a for a, b, kind in voice.clauses if a <= start < b and kind != OWN), 0)
    spans = [(a, b) for a, b in reporting_spans(text, voice) if a >= region]
    masked = _masked(text, voice.quotes)  # "Trump did not blast “the media,” he said.": the trailing "he said" reports it all
    # a leading clause of time that reports someone closes before the main clause's verb ("After Pena Nieto said …
    # that his country would refuse to pay …, Trump blasted him with a tweet", check AK MX-23): its report is the
    # setting, and the main clause's first reporting verb is the one that reports there
    lead = _subordinate_report_at(
        masked, [(a, b) for a, b in spans if b <= start], [(a, b) for a, b in voice.quotes if b <= start]
    ) if spans and spans[0][1] <= start else None
    if lead is not None and lead <= start:
        spans = [(a, b) for a, b in spans if a >= lead]
    if not spans or not (spans[0][0] < end and start < spans[0][1]):
        return False
    return not any(_sentence_wide(masked, a, b) for a, b in spans[1:])


def attributes_whole(text: str, voice: Voice) -> bool:
    """Whether a reporting phrase after every quotation of ``text`` attributes all of it, set off after the claim: "…,
    according to Attorney General William Barr's summary to Congress delivered Sunday." or "…, prosecutors said
    Tuesday." (``_sentence_wide``). Then the quotation inside is not the only part that is the source's: the claim
    around it is too (check AC BR-18, Vox's sentence 1, which the panel called Vox's own telling)."""
    masked = _masked(text, voice.quotes)
    last = max((b for _, b in voice.quotes), default=0)
    return any(
        a >= last and _SET_OFF.search(masked[:a]) is not None and _sentence_wide(masked, a, b)
        for a, b in reporting_spans(text, voice)
    )


_NARRATION_JOINED = re.compile(r"(?i)(?:^|[,;—–][\"”’']*|\b(?:and|but|then))\s+(?:(?:also|later|then|\w+ly)\s+)?$")
"""Right before a verb that casts how someone spoke: nothing, or a join of a second act of the same subject ("Trump called
it a “gutless editorial,” bashed the New York Times …", "derided the article … and lashed out at the Times")."""
_CONTENT_OPENED = re.compile(r"(?i)\bthat\b|:")


def _narrated_act(text: str, voice: Voice, start: int, end: int) -> bool:
    """Whether a verb casting how someone spoke at ``start:end`` (``cue_context``'s ``verb``: "bashed", "fumed", "lashed
    out") is the outlet's own narration of what its subject did, outside any content reported in the sentence: outside
    quotation marks, with no reporting verb before it whose clause it could stand in (only a second act of the same
    subject joined to it, no "that" or colon between: "Asked about the column, Trump called it a “gutless editorial,”
    bashed the New York Times as “failing,” …", "He fumed on Thursday in a tweet that …", check AA OP-3), and no
    reporting phrase after it that attributes the whole sentence ("…, he said."). "He said critics bashed the plan" and
    "He said that they bashed it" report the bashing."""
    if voice.quoted_at(start, end):
        return False
    masked = _masked(text, voice.quotes)
    spans = reporting_spans(text, voice)
    earlier = [(a, b) for a, b in spans if b <= start and not _in_closed_relative(masked, a, b, start)]
    if earlier and not _NARRATION_JOINED.search(text[:start]):
        return False
    if any(_CONTENT_OPENED.search(masked[b:start]) for _, b in earlier):
        return False
    # a participle with its own quotation after it ("…, insisting “they don’t like …”.") reports that, not the sentence
    return not any(_sentence_wide(masked, a, b) and not _QUOTE_FOLLOWS.match(text, b) for a, b in spans if a >= end)


_QUOTE_FOLLOWS = re.compile(r"\s*[“\"‘]")


def _in_closed_relative(masked: str, a: int, b: int, start: int) -> bool:
    """Whether the reporting verb at ``a:b`` is the own verb of a relative clause (``_WHO_SAYS``) that closes before
    ``start``: "Rep. Justin Amash, who has called for impeachment proceedings to begin, has chided members of Congress
    …" (check AB ME-25): the calling is Amash's, described; the chiding after the clause is the outlet's narration."""
    for who in _WHO.finditer(masked, 0, a):
        stop = _CLAUSE_END.search(masked, b)
        if _WHO_SAYS.match(masked[who.start() : a]) and stop is not None and stop.end() <= start:
            return True
    return False


def _unowned_report(text: str, voice: Voice, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` follows only passive reports with no agent ("The media is often accused of
    overreacting about Trump's authoritarian reflexes on Twitter.", check AA DP-3), outside quotation marks: no one is
    named whose words they could be, so the wording is the outlet's own. Not with "by" and the agent after the verb
    ("was accused by rivals of …"), nor with a quotation in the sentence, nor before a report that names a speaker."""
    if voice.quotes or voice.quoted_at(start, end):
        return False
    spans = reporting_spans(text, voice)
    return bool(spans) and all(
        b <= start and bool(_BE_PASSIVE.search(text[:a])) and not re.match(r"\s+by\b", text[b:]) for a, b in spans
    )


_PARTICIPLE_AFTER_REPORT = re.compile(r",\s+(?:\w+ly\s+)?$")


def _participle_on_the_report(text: str, voice: Voice, start: int, end: int) -> bool:
    """Whether a verb casting how someone spoke at ``start:end`` is a participle opening a clause after a comma, in
    a sentence that reports with its first reporting verb before it: the outlet's own word for what the subject does
    ("Rick Perry pledges to end "Obama's war on religion" in a new television ad airing in Iowa, railing against open
    service of gays …": HuffPost's, check13o PA-37), not what is reported ("said his rivals were railing against")."""
    if voice.quoted_at(start, end) or not re.match(r"[a-z]+ing\b", text[start:end]):
        return False
    if not _PARTICIPLE_AFTER_REPORT.search(text[:start]):
        return False
    spans = reporting_spans(text, voice)
    return bool(spans) and spans[0][1] <= start


def charged(text: str, start: int) -> bool:
    """Whether the word at ``start`` is what a critic charges someone with (``_CHARGING``, ``_DRAWN_CHARGE``), in the
    same clause."""
    return _in_clause_before(_CHARGING, text, start) or _in_clause_before(_DRAWN_CHARGE, text, start)


def _in_clause_before(pattern: re.Pattern[str], text: str, start: int) -> bool:
    """Whether ``pattern`` ends where the word at ``start`` begins, within that word's clause."""
    before = text[:start]
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(before)), default=0)
    return bool(pattern.search(before[cut:]))


def promoted(text: str, start: int) -> bool:
    """Whether the word at ``start`` is what someone promotes or depicts (``_PROMOTING``), in the same clause; a comma
    right before the word joins adjectives in a row ("presenting a modern, vibrant image"), not clauses."""
    before = re.sub(r",(\s+)$", r" \1", text[:start])
    return _in_clause_before(_PROMOTING, before, len(before))


_OWNED_SPEECH = re.compile(
    r"(?:(?<![\w'’])(?i:his|her|their|its)|[\w.&-]+['’]s?)\s+(?:[\w-]+\s+)?" + rf"(?i:{_speech_noun()})\b"
    r"|(?i:\b(?:a|an|the)\s+(?:[\w-]+\s+)?" + _speech_noun() + r"\s+(?:from|by)\s+(?:the\s+)?)"
    r"(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*)*"
)
_SPEECH_PARTICIPLE = re.compile(
    r"(?i)(?:\s+(?![a-z]+ing\b)[\w'’.-]+){0,3}?\s+(?:criticizing|criticising|condemning|denouncing|decrying|praising|"
    r"attacking|accusing|blaming|calling|urging|saying|warning|defending|questioning|rejecting|slamming|blasting|"
    r"lambasting|hailing|applauding|welcoming|demanding|announcing|arguing|claiming|insisting|promising|vowing|"
    r"pledging|dismissing|mocking|denying|endorsing|opposing|asking|charging|touting)\b"
)
"""A noun of speech owned by a person or an organisation ("Mr. Perry's statement", "the group's letter", "his
remarks", "a statement from the White House") with a participle of speech or judgement after it, a time or a place
between ("Mr. Perry's statement on Tuesday criticizing the administration's announcement …", NYT, check14-reO PA-48):
the owner's words reported, as "he decried …" reports them, so no sentence stating its fact in the outlet's own voice."""


def owned_speech(text: str) -> bool:
    """Whether ``text`` reports someone's words through a noun of speech they own and a participle (``_OWNED_SPEECH``,
    ``_SPEECH_PARTICIPLE``), outside quotation marks."""
    masked = _masked(text, sentence_voices([text])[0].quotes)
    return any(_SPEECH_PARTICIPLE.match(masked, m.end()) for m in _OWNED_SPEECH.finditer(masked))


def names_no_speaker(text: str) -> bool:
    """Whether a sentence, read alone, is the outlet's own voice throughout: no reporting verb, no quotation of
    someone, no clause in which it reports anyone, no noun of someone's speech with a participle reporting it
    (``owned_speech``). What a reader may be told "states it as a fact"."""
    voice = sentence_voices([text])[0]
    return voice.kind == OWN and not voice.clauses and not owned_speech(text)
