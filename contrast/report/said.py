"""Who speaks in a quoted or reported excerpt, as a line printed with it.

A quotation shown without its speaker cannot be read: check10-recheckH's OB handout put Fox's "There is a growing
group of folks …" before students with no one saying it (Corker is named in the source's next sentence). The speaker
is the one the attribution lens reads (``contrast.metrics.attribution.statement_speakers``: the subject of the
reporting verb, the speaker of the quotation a sentence continues, the person a "he said" follows), printed in the
source's own words; where the lens names no one, the line says so rather than guess.

Also whether such a sentence attributes the fact it shares with another outlet's own-voice sentence, or only a phrase
quoted inside its own telling of it (``attributes_fact``): what an event's voice comparison may say (check10-recheckI
KG-12).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import polars as pl

from contrast.analysis import Analysis
from contrast.claims.candidates import opening_phrase
from contrast.claims.terms import stem, stopwords
from contrast.metrics.attribution import SaidBy, kept_statement_speakers
from contrast.metrics.cues import SPLIT_WORD
from contrast.metrics.voice import (
    OWN,
    QUOTED,
    REPORTED,
    Voice,
    attributes_whole,
    names_no_speaker,
    owned_speech,
    quoted_title,
    sentence_voices,
)
from contrast.report.text import BlindNames, hide_names, mentions
from contrast.schema import SENTENCE_INDEX, SOURCE_ID


class Speakers:
    """The speaker line of any sentence of the analysis, read source by source when first asked; in a build, a
    source's reading is kept by its content in the build's cache (``kept_statement_speakers``), so a source read for
    an earlier build's pages is not read again."""

    def __init__(self, analysis: Analysis, hidden: BlindNames | None = None) -> None:
        self.sentences = analysis.results.sentences
        self.documents = analysis.documents
        self.lenses = analysis.report.manifest.lenses
        self.hidden = hidden or BlindNames()
        self._read: dict[str, tuple[dict[int, SaidBy], dict[int, str]]] = {}

    def said(self, source_id: str, index: int) -> SaidBy | None:
        """Who speaks in sentence ``index`` of ``source_id`` as the attribution lens reads it; None when it attributes
        nothing."""
        if source_id not in self._read:
            own = self.sentences.filter(pl.col(SOURCE_ID) == source_id).sort(SENTENCE_INDEX)
            document = self.documents.get(source_id)
            text = document.clean.text if document is not None else None
            voices = dict(own.select(SENTENCE_INDEX, "voice").iter_rows()) if "voice" in own.columns else {}
            english = document is None or document.language.code == "en"
            self._read[source_id] = (kept_statement_speakers(own, self.lenses, text) if english else {}, voices)
        return self._read[source_id][0].get(index)

    def line(self, source_id: str, index: int, shown: str = "") -> str:
        """What to print with sentence ``index`` of ``source_id``: its speaker when it quotes or reports someone
        ("Speaker: Corker (quoted; named in a nearby sentence)"), else "" — and "" when ``shown``, the excerpt as
        printed, already names them (a student sees "Larry Summers warned …"; the page stays short)."""
        found = self.said(source_id, index)
        voices = self._read[source_id][1]
        if found is None:
            return ""
        name = found.name
        if name and self.hidden and mentions(name, self.hidden):
            name = hide_names(name, self.hidden, source_id)
        if name and shown and name.split()[-1] in shown:
            return ""
        return speaker_line(name, quoted=voices.get(index) == QUOTED, here=found.here, attributed_here=found.own)


def speaker_line(name: str | None, *, quoted: bool, here: bool, attributed_here: bool) -> str:
    """The printed line: the speaker's name with how the sentence gives their words, where the name is written when
    not in the sentence itself; "speaker not named in this sentence" for a quotation running on whose speaker no
    sentence of it names; nothing for a sentence that attributes its words itself to someone the lens cannot name
    (its own words show who: "The White House and Mr. Boehner's office issued identical statements")."""
    how = "quoted" if quoted else "reported speech"
    if name:
        return f"Speaker: {name} ({how})" if here else f"Speaker: {name} ({how}; named in a nearby sentence)"
    if attributed_here:
        return ""
    return f"{how.capitalize()}; speaker not named in this sentence."


FACT_SHARE = 0.5
"""Share of the words an attributing sentence shares with a sentence stating the fact that must stand in its attributed
part, for "attributes the claim" to hold of the fact."""


def attributes_fact(text: str, others: Sequence[str]) -> bool:
    """Whether ``text``, a sentence that quotes or reports someone, attributes the fact it shares with ``others``
    (sentences stating it in their outlets' own voice) — not merely a phrase within it. Its words that ``others`` have
    too (stems, stopwords aside) are looked for in its attributed part: inside its quotation marks when it quotes its
    speaker word for word (a quotation marks off what is the speaker's: in "Kathy Griffin admitted Tuesday she “went
    too far” on her latest photo shoot … in which she is holding a bloodied mask of President Trump", only "went too
    far" is Griffin's, the photo is Fox's telling — check10-recheckI KG-12), else in the words the voice reading gives
    to the speaker ("Mr. Bush said [his average federal tax rate was 36 percent]"; not "Vice President Biden traveled
    to the Capitol … for a private meeting with House Democrats …, saying [it gives away too much]", where the trip is
    the outlet's own). A clause the reporting verb reports before its quotation is the speaker's too ("Mr. Huckabee
    said [the immigrant children … should not be deported] because “you don't punish a child …”": the claim is what he
    said, the quotation his reason, check12-reM HB-5; ``_reported_ahead``). More than ``FACT_SHARE`` of them must
    stand there; with none shared, the sentence's voice decides, as before. A quotation inside a claim that a closing
"…, according to …" or "…, he said." attributes whole (``voice.attributes_whole``) is not the only part that is the
source's: the words the voice reading gives to the speaker count (check AC BR-18), and so do its quoted words, which
are the speaker's even where the reading puts a quotation that opens the sentence in the outlet's reporting clause:
"“We're no longer the suckers, folks,” Trump said during remarks at the base, according to a pool report." attributes
Trump's words, as Newsmax's "“…,” Trump told American servicemen …" does (check AH IQ-12).

    A sentence whose report stands only in a clause after its own main clause — a trailing participle ("…, saying
    …") or a subordinate clause ("Republicans formally objected after Speaker Nancy Pelosi … said during a floor speech
    that Trump's tweets were “racist.”", CBN, check X HC-2) — attributes the fact only when its main clause shares
    none of it (``main_clause_end``): the objection both outlets tell is CBN's own telling, Pelosi's words only the
    occasion, and a count of words (four of seven in the report) would call the sentence attributed."""
    voice = sentence_voices([text])[0]
    quotes = [(a, b) for a, b in voice.quotes if not quoted_title(text[a:b], text[:a])]
    main = main_clause_end(text, voice)
    speaker = _speaker_span(text, voice, quotes) if main is None else (0, 0)
    shared = [m.start() for m in _shared_words(text, others) if not speaker[0] <= m.start() < speaker[1]]
    if not shared:
        return True
    if main is not None:
        return not any(at < main for at in shared)
    if quotes and not attributes_whole(text, voice):  # "…, according to Barr's summary.": all of it is his (BR-18)
        ahead = _reported_ahead(voice, text, quotes[0][0])
        inside = sum(
            any(a <= at < b for a, b in quotes) or (ahead[0] <= at < ahead[1] and voice.kind_at(at) != OWN) for at in shared
        )
    else:  # a quotation is its speaker's whatever clause the reading puts it in (check AH IQ-12)
        inside = sum(any(a <= at < b for a, b in quotes) or voice.kind_at(at) != OWN for at in shared)
    return inside > FACT_SHARE * len(shared)


_SPEAKER_WORDS = 16
"""Words at most in the speaker and reporting verb a sentence opens with ("The official China Daily newspaper
accused"): longer, and the stretch before the verb is more than who speaks."""
_WHERE_SAID = re.compile(
    r"(?i)^(?:In|On)\s+(?:(?:an?|the|his|her|their|its|this|that|a\s+new)\s+)?(?:[\w'’-]+\s+){0,3}?(?:op-?eds?|statements?|"
    r"interviews?|letters?|speech(?:es)?|tweets?|posts?|columns?|essays?|articles?|memos?|memoirs?|books?|address|"
    r"remarks|testimony|commentary|editorials?|opinion\s+pieces?|filings?|podcasts?|broadcasts?)\b"
)
"""An opening phrase that says where the speaker's words appeared ("In an unsigned op-ed published in the New York
Times Wednesday, a senior Trump administration official describes …", "In a letter to staff on Monday, the chief
executive said …"): part of the attribution, as the speaker and the verb are, so words it shares with another outlet's
report of the same op-ed or letter say whose claim it is, not that the outlet states it (check ZAA2 OP-8)."""


def _speaker_span(text: str, voice: Voice, quotes: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """The span of a reported sentence that names its speaker and the reporting verb, from its main clause: the
    subject and verb it opens with ("The official China Daily newspaper accused [the Trump administration of …]",
    "The British consulting company that released the global soft power index said [that …]"), or, after a quotation
    that opens it, the verb and speaker that follow ("“…,” said an English-language article in the China Daily").
    Words the sentence shares with others there say whose claim it is — that they report the same speaker — not that
    it tells the fact in its own voice (bundled tariffs Event 2: the key called the Washington Times's sentence its own
    voice). ``quotes``: its quotations, titles and names in quotation marks left out ("The British “Brand Finance”
    consulting company … said"). Empty when the sentence is not reported speech from its main clause, or the stretch is
    long or holds a quotation or a clause of the outlet's own other than the subject itself."""
    if voice.kind not in (REPORTED, QUOTED) or voice.attribution is None:
        return (0, 0)
    verb_start, verb_end = voice.attribution
    if any(a < verb_start for a, _ in quotes):  # "“…,” said Lu Kang, a foreign ministry spokesman." to its end
        rest = text[verb_end:]
        if any(a >= verb_end for a, _ in quotes) or len(SPLIT_WORD.findall(rest)) > _SPEAKER_WORDS or _VERB_OF_ITS_OWN.search(rest):
            return (0, 0)
        return (verb_start, len(text))
    tag = _trailing_tag(text, verb_start, verb_end)
    if tag is not None:  # "…, the Booker campaign said.": the telling before the tag is what is said, not who says it
        return tag
    start = len(opening_phrase(text))  # "After the vote, …": the outlet's setting, not the speaker
    if start > verb_start:
        start = 0  # the verb within it ("When officials explained to him that …, Trump exploded"): it holds the report
    counted = start
    if start and _WHERE_SAID.match(text):
        start = 0  # "In an unsigned op-ed published in the New York Times Wednesday, a senior official describes …"
    if len(SPLIT_WORD.findall(text[counted:verb_end])) > _SPEAKER_WORDS or any(
        kind == OWN and a < verb_start and text[b:verb_start].strip() for a, b, kind in voice.clauses
    ):
        return (0, 0)  # an own clause before the verb that is not its subject (the reading marks the subject own)
    return (start, verb_end)


_TAG_BREAK = re.compile(r",(?=\s)|[;:—–]|--")
"""What sets a say-tag off from the telling before it (not the comma inside a number: "2,000-year-old")."""
_TAG_WORDS = 8
"""Words at most in the speaker of a trailing say-tag before its verb ("a senior State Department official")."""
_ADJUNCT_WORDS = 12
"""Words at most after the verb of a trailing say-tag: when, where or to whom it was said ("in a statement on
Tuesday", "told reporters"), or the speaker after the verb ("said Rick Holland, a spokesman for the campaign")."""
_CLAUSE_AFTER = re.compile(
    r"(?i)[\"“”‘]|\b(?:that|if|whether|is|are|was|were|be|been|will|would|has|have|had|could|should|can|may|might|must|"
    r"did|does|do|won['’]t|isn['’]t|wasn['’]t|he|she|they|we|I)\b"
)
"""After a reporting verb, what opens a clause or a quotation of what was said, or a subject of its own ("told
ABCNews.com she mailed a check"): the verb is no trailing tag."""
_NOT_A_SPEAKER = re.compile(
    r"(?i)^(?:which|who|whom|whose|that|what|where|when|while|as|and|but|or|because|if|whether|to|so|yet|also|then|still|even|"
    r"instead|however|despite|in|on|at|by|for|with|from|after|before|amid|over|under|of|about|against|(?-i:[a-z]+ly|[a-z]+ing))\b"
)
"""What opens a segment before the verb that is a clause or an adverb, not a speaker ("…, which his campaign said …",
"…, holding the floor to blast …", "House Speaker Paul Ryan, R-Wis., also called for …")."""
_NO_INVERSION = re.compile(
    r"(?i)\s*(?:it|he|she|they|we|I|you|me|him|her|them|us|this|these|those|that|in|on|at|by|for|to|with|of|about|from|"
    r"as|into|out|up)\b"
)
"""What follows a verb that is no speaker set after it: a pronoun or a preposition, the verb's own object or adjunct
("…, argues it needs both", "…, noted in part by …"); "said Rick Holland", "according to the airline" set the speaker
there. A participle never inverts ("…, citing the pandemic")."""
_APPOSED = re.compile(
    r"(?:^|[,;:—–]\s*)((?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,4}),\s*"
    r"((?-i:[a-z])[^,;:—–]*)$"
)
"""A name and a description set off after it, the description last before the verb ("…, Tim Loughton, her campaign
manager, said", "…, Dr. Peter Burke, chief of trauma care, told reporters"): the name is the speaker's too."""
_INVERTED_VERB = re.compile(
    r"(?i)(?:say|says|said|adds?|added|writes|wrote|notes|noted|explain(?:s|ed)|asks|asked|according\s+to|argue[sd]|"
    r"warn(?:s|ed)|recall(?:s|ed)|insist(?:s|ed)|observe[sd]|continue[sd]|conclude[sd]|acknowledge[sd]|repl(?:ies|ied)|"
    r"respond(?:s|ed)|states|stated|report(?:s|ed)|tweet(?:s|ed)|caution(?:s|ed)|predict(?:s|ed)|claim(?:s|ed)|"
    r"suggest(?:s|ed)|quipped|recounted|announced)(?=\s+\w)"
)
"""A verb of saying that may come before its speaker ("…, said Rick Holland", "…, according to the airline", "…,
writes Ross Douthat"), followed by a word. Not a participle ("…, citing the pandemic"), "told" ("…, told reporters":
whom, not who), nor a verb of doing ("Hillary Clinton, Trump's opponent in the 2016 election, called for his
impeachment"), nor "say" set off by commas ("the travel industry, say, or manufacturing")."""


def _trailing_tag(text: str, verb_start: int, verb_end: int) -> tuple[int, int] | None:
    """The speaker's stretch of a sentence whose reporting verb, at ``verb_start``–``verb_end``, stands in a say-tag
    at its end, set off by a comma or a dash: the speaker and the verb ("A transition period would allow current owners
    to come into compliance, [the Booker campaign said]."), or the verb and the speaker after it ("The plan will fail,
    [said Rick Holland, a spokesman]."). A tag ends the sentence: after its verb stand only a few words of when, where
    or to whom, or the speaker, with no clause or quotation ("…, he said on Tuesday.", "…, the officials said in a
    statement."); an aside in mid-sentence is followed by what is said ("The Obama administration, when pressed on this
    issue, has stressed that …" is no tag, and its subject stays the speaker). Before the verb, the speaker is the
    words after the last break, a few words with no verb of their own; with a name set before them ("…, Tim Loughton,
    her campaign manager, said") the name too. None when the verb stands in no such tag: the telling before it is
    then no telling, and the subject it opens with is read as before."""
    after = text[verb_end:].rstrip(" .!?\"”’'")
    before = text[:verb_start]
    if not before.strip() or _CLAUSE_AFTER.search(after) or len(SPLIT_WORD.findall(after)) > _ADJUNCT_WORDS:
        return None
    if before.rstrip().endswith(","):
        named = _named_before(before.rstrip()[:-1])
        if named is not None:
            return (named, verb_end)  # "…, Tim Loughton, her campaign manager, said on Tuesday."
        if not _INVERTED_VERB.match(text, verb_start) or _NO_INVERSION.match(text, verb_end):
            return None
        return (verb_start, len(text))  # "…, said Rick Holland, a spokesman.", "…, according to the airline."
    breaks = list(_TAG_BREAK.finditer(before))
    if not breaks:
        return None
    head = before[breaks[-1].end() :]
    speaker = head.lstrip(" \"”’'")
    words = SPLIT_WORD.findall(speaker)
    if not words or len(words) > _TAG_WORDS or _VERB_OF_ITS_OWN.search(speaker) or _NOT_A_SPEAKER.match(speaker):
        return None
    named = _named_before(before)  # at 0 it is an opening ("On Friday, the council quietly called on …"), no name
    return (named if named else verb_start - len(speaker), verb_end)


def _named_before(before: str) -> int | None:
    """Where a name set before a description starts, when ``before`` ends with the two ("…, Tim Loughton, her campaign
    manager"): a description that is no clause or adverb (``_NOT_A_SPEAKER``), the two no longer than a speaker."""
    named = _APPOSED.search(before)
    if named is None or _NOT_A_SPEAKER.match(named.group(2)) or _VERB_OF_ITS_OWN.search(named.group(2)):
        return None
    return named.start(1) if len(SPLIT_WORD.findall(before[named.start(1) :])) <= _SPEAKER_WORDS else None


def _shared_words(text: str, others: Sequence[str]) -> list[re.Match[str]]:
    """The words of ``text`` that ``others`` have too, as stems, stopwords aside: the fact the sentences share."""
    stop = stopwords()
    theirs = {stem(w.lower()) for other in others for w in SPLIT_WORD.findall(other) if w.lower() not in stop}
    return [m for m in SPLIT_WORD.finditer(text) if m.group().lower() not in stop and stem(m.group().lower()) in theirs]


_TRAILING_REPORT = re.compile(
    r"(?i),\s+(?:\w+ly\s+)?(?:saying|adding|noting|arguing|claiming|insisting|contending|asserting|declaring|warning|"
    r"stating|explaining|telling|writing|tweeting|calling|accusing|complaining|suggesting|vowing|promising)\b"
)
"""A participle of saying after a comma: the report appended to a clause ("…, saying they “hate” the United States")."""
_SUBORDINATOR = re.compile(r"(?i)\b(?:after|before|when|as|since|until|once|because|while|whereas)\s+")
"""What opens a clause of time, cause or contrast ("… objected after Pelosi said …")."""
_SUBORDINATE_WORDS = 8
"""Words at most between a subordinator and the reporting verb of its clause (its subject: "after Speaker Nancy Pelosi
of California said")."""
_CLAUSE_END = re.compile(r"[,;:—–()\"“”]|--")


def main_clause_end(text: str, voice: Voice | None = None) -> int | None:
    """Where the clause that holds a sentence's report begins, when everything before it is the outlet's own main
    clause (a verb of its own, no quotation, no report): a participle of saying after a comma ("The Vikings cut their
    kicker on Monday, saying he had lost the locker room": ``_TRAILING_REPORT``), or a clause of time or cause whose
    subject is the speaker ("The council adjourned when the mayor said the budget was final": ``_SUBORDINATOR``, no
    more than ``_SUBORDINATE_WORDS`` words before its verb). None when the sentence reports from its main clause
    ("Trump said …"), or is the outlet's own with no such report. ``voice``: its reading alone, when already made."""
    voice = voice or sentence_voices([text])[0]
    if voice.kind == OWN:
        starts = [a for a, _, kind in voice.clauses if kind != OWN]
        if not starts:
            return None
        trailing = [m.start() for m in _TRAILING_REPORT.finditer(text) if m.start() >= min(starts) - 1]
        end = trailing[0] if trailing else None
    elif voice.kind == REPORTED and voice.attribution is not None:
        verb = voice.attribution[0]
        trailing = [m.start() for m in _TRAILING_REPORT.finditer(text) if m.end() > verb >= m.start()]
        end = trailing[0] if trailing else _subordinate_start(text, verb)
    else:
        return None
    if end is None:
        return None
    main = text[:end]
    if any(a < end for a, _ in voice.quotes) or len(SPLIT_WORD.findall(main)) < 3 or not _VERB_OF_ITS_OWN.search(main):
        return None
    if any(b <= end and kind != OWN for _, b, kind in voice.clauses):
        return None  # a report before it too ("While X promised …, Y did …, saying …"): the main clause is not all own
    return end


def _subordinate_start(text: str, verb: int) -> int | None:
    """Where the subordinate clause holding the reporting verb at ``verb`` opens, if one does, with no clause break and
    at most ``_SUBORDINATE_WORDS`` words between its subordinator and the verb."""
    found = [m for m in _SUBORDINATOR.finditer(text, 0, verb) if m.end() <= verb]
    if not found:
        return None
    start = found[-1]
    between = text[start.end() : verb]
    if _CLAUSE_END.search(between) or len(SPLIT_WORD.findall(between)) > _SUBORDINATE_WORDS or not SPLIT_WORD.search(between):
        return None
    return start.start()


def _reported_ahead(voice: Voice, text: str, quote: int) -> tuple[int, int]:
    """The span between the verb that makes a sentence reported speech and its first quotation mark at ``quote``, when
    the verb comes first and what stands there is a clause of its own: the clause it reports ahead of the quotation
    ("said [the children … should not be deported] because “…”"). Empty otherwise; a few words there ("admitted Tuesday
    she “went too far” on her photo shoot") share nothing of the fact, which stands in the outlet's telling after the
    quotation; and the subject of the quotation, with the outlet's relative clause on it, is no claim of the speaker's:
    in "Trump said Deputy Defense Secretary Patrick Shanahan, whom he named on Sunday to replace Mattis in an acting
    capacity starting on Jan. 1, “could be there for a long time”" only the quotation is Trump's, the appointment is
    Reuters' own telling (check-S IQ-19)."""
    if voice.attribution is None or voice.attribution[1] > quote:
        return (0, 0)
    if _GERUND_REPORTED.match(text, voice.attribution[1]):  # "describes working with … to rein in …": all of it his
        clause = _GERUND_CLAUSE_END.search(text, voice.attribution[1])
        return (voice.attribution[1], clause.start() if clause is not None else len(text))
    ahead = _RELATIVE_CLAUSE.sub(",", text[voice.attribution[1] : quote])
    return (voice.attribution[1], quote) if _VERB_OF_ITS_OWN.search(ahead) else (0, 0)


_GERUND_REPORTED = re.compile(
    r"(?i)\s+(?:\w+ly\s+)?(?!(?:nothing|something|anything|everything|during|according|including|regarding)\b)[a-z]{2,}ing\b"
)
"""A gerund right after the reporting verb ("a senior official describes working with other members of the “steady
state” to rein in …", "She recounted meeting the president …", "He admitted taking the money"): the gerund clause is
what the speaker gives an account of, quotation marks inside it and all (check ZAA2 OP-8)."""
_GERUND_CLAUSE_END = re.compile(r"[;:]|\s(?:--|[—–])\s")
"""Where such a gerund clause ends, short of the sentence's end: a semicolon, a colon or a dash set off by spaces."""
_RELATIVE_CLAUSE = re.compile(r"(?i),\s*(?:who|whom|whose|which|where)\b[^,;:]*(?:,|$)")
"""A relative clause set off by commas ("Shanahan, whom he named on Sunday …,"): the outlet's description of a noun."""
_VERB_OF_ITS_OWN = re.compile(
    r"(?i)\b(?:is|are|was|were|be|been|will|would|has|have|had|could|should|can|may|might|must|did|does|do|"
    r"won['’]t|isn['’]t|wasn['’]t|[a-z]{2,}ed)\b"
)
"""A finite verb: what stands between a reporting verb and its quotation is a clause the speaker is reported to state
("said the children should not be deported"), not only the subject the quotation goes on with."""


STATED_SHARE = 2 / 3
"""Share of the words a sentence shares with an event's other sentences that must stand in its own words, for "states
it in its own voice" to hold of a sentence that also reports someone in a clause: a clear majority, stricter than
``FACT_SHARE`` for the other side, so that a sentence split between the two is said to be neither."""


def states_fact(text: str, others: Sequence[str], *, attributed: bool = False) -> bool:
    """Whether ``text``, a sentence in the outlet's own voice that reports someone only in a clause, states the fact it
    shares with ``others`` (the event's other sentences) in its own words: at least ``STATED_SHARE`` of its words that
    ``others`` have too (stems, stopwords aside) stand outside its quotation marks and the clauses in which it reports.

    "The Obama administration took aim at the coal industry on Monday by mandating a 30 percent cut in carbon emissions
    at fossil fuel-burning power plants by 2030 -- despite claims the regulation will cost nearly a quarter-million
    jobs" (Fox, checkR EP-15), beside "New federal regulations announced Monday aim to reduce carbon dioxide emissions
    from power plants by 30 percent by 2030" (NPR): eight of the ten shared words are in Fox's own clause; the cut is
    Fox's statement, only the appended claims are someone's. A sentence that shares nothing, or one reporting through
    a noun of speech (``voice.owned_speech``), is not said to state it. Read alone, as ``voice.names_no_speaker``
    reads it.

    A clause of its own before a trailing participle of saying or a subordinate report (``main_clause_end``) is the
    outlet's whatever the voice reading joined to the report: in "Since his weekend tweets, Trump has not backed down on
    his comments about Democratic Reps. Alexandria Ocasio-Cortez, Ilhan Omar, Ayanna Pressley, and Rashida Tlaib,
    saying they “hate” the United States." (Vox, check X HC-1) the four names are Vox's telling, only "they hate the
    United States" Trump's. Then every shared word must stand before the report, as every one must stand in the report
    for the sentence to attribute the fact (``attributes_fact``): a sentence telling part of the fact in each clause
    ("The governor vetoed the school funding bill on Friday, saying it spends too much on administrators." beside
    "The bill spends too much on administrators, Governor Hale said.") is said to do neither, which is true of it.
    ``attributed``: the sentence is read as reported speech (``EventQuote.attributed``); it states the fact only when
    its report is such a clause, or when every shared word but its speaker's name stands in a clause of its own that
    ends it after the report (``own_tail_start``: Fox's "Democrats and unions argued the governor had gone too far, and
    they helped organize … and gather 900,000 signatures for the recall vote." states the signatures as NPR's "Unions
    and Democrats collected more than 900,000 signatures …" does, check AH WI-9)."""
    voice = sentence_voices([text])[0]
    main = main_clause_end(text, voice)
    tail = own_tail_start(text, voice) if attributed and main is None else None
    if tail is not None and not owned_speech(text):  # "X argued …, and they helped gather 900,000 signatures" (AH WI-9)
        speaker = _speaker_span(text, voice, [(a, b) for a, b in voice.quotes if not quoted_title(text[a:b], text[:a])])
        told = [m for m in _shared_words(text, others) if not speaker[0] <= m.start() < speaker[1]]
        return bool(told) and all(m.start() >= tail for m in told)
    if owned_speech(text) or (attributed and (voice.kind != REPORTED or main is None)) or (not attributed and voice.kind != OWN):
        return False
    shared = _shared_words(text, others)
    if main is not None:  # split at a clause: the fact is the outlet's only when all of it is told before the report
        return bool(shared) and all(m.start() < main for m in shared)
    own = sum(voice.kind_at(m.start()) == OWN and not voice.quoted_at(m.start(), m.end()) for m in shared)
    return bool(shared) and own >= STATED_SHARE * len(shared)


def own_tail_start(text: str, voice: Voice) -> int | None:
    """Where a clause of the outlet's own that ends a sentence of reported speech begins, after its report: a clause
    joined after what the speaker said, telling what the speaker went on to do ("Democrats and unions argued the governor
    had gone too far, and they helped organize massive statehouse protests and gather 900,000 signatures …", Fox,
    check AH WI-9), or another adjunct of the outlet's to the end. None when the sentence is no report read from its
    main clause, or has no such clause."""
    if voice.kind != REPORTED or voice.attribution is None:
        return None
    end = len(text.rstrip(" .!?\"”’'"))
    return next((a for a, b, kind in voice.clauses if kind == OWN and a >= voice.attribution[1] and b >= end), None)


STATES = "states"
"""``fact_voices``: the sentence states the event's claim in its outlet's own voice."""
ATTRIBUTES = "attributes"
"""``fact_voices``: the sentence attributes the event's claim to a speaker or source."""
WITHIN = "within"
"""``fact_voices``: the sentence quotes or reports someone only within its own telling of the claim."""
BESIDE = "beside"
"""``fact_voices``: the sentence, its outlet's own, reports someone in a clause beside the claim and states it in
neither clause wholly."""


def fact_voices(texts: Sequence[str], attributed: Sequence[bool]) -> list[str]:
    """Per sentence of one event (one sentence per origin), who states the event's claim: ``STATES``, ``ATTRIBUTES``,
    ``WITHIN`` or ``BESIDE``. ``attributed``: each sentence is read as a quotation or reported speech. The one decision
    that an event panel's bullet, the tag under each of its sentences and the teacher key's Voice column print (check Z
    IR-4: the bullet said the New York Times states the claim in its own voice, the tag and the key "attributed to a
    speaker").

    "States it" of a sentence that names no speaker at all, or whose words in common with the event's other sentences
    stand in its own clause (``states_fact``; also when that clause, a trailing "…, saying …" or a subordinate "after X
    said …", makes the sentence reported speech: ``main_clause_end``, check X HC-1, HC-2). "Attributes it" of a sentence
    read as a quotation or reported speech, or reporting through a noun of speech its speaker owns ("Mr. Perry's
    statement on Tuesday criticizing …", ``voice.owned_speech``), whose words in common with the sentences stating the
    fact stand in what it attributes (``attributes_fact``: a short phrase quoted inside the outlet's own telling is no
    difference of voice, check10-recheckI KG-12); where no sentence states it, the words it shares with the event's
    other sentences are the fact (check-S IQ-17). Such a sentence whose shared words stand in its own telling is
    ``WITHIN``; an own-voice sentence that reports someone in a joined clause and states the claim in neither is
    ``BESIDE``. A sentence read as reported speech only from its context — it goes on with the report before it ("The
    Trump administration contends China has deployed predatory tactics … These tactics include cyber-theft …",
    Washington Times, bundled tariffs) or stands in a quotation set off after a colon — attributes whatever it tells:
    alone it names no speaker, yet all of it is the speaker's."""
    others = [[t for j, t in enumerate(texts) if j != i] for i in range(len(texts))]
    stating = [
        states_fact(text, rest, attributed=True) if said else names_no_speaker(text) or states_fact(text, rest)
        for text, said, rest in zip(texts, attributed, others, strict=True)
    ]
    told = [text for text, states in zip(texts, stating, strict=True) if states]
    voices = []
    for text, said, rest, states in zip(texts, attributed, others, stating, strict=True):
        if states:
            voices.append(STATES)
        elif said and not owned_speech(text) and sentence_voices([text])[0].kind == OWN:
            voices.append(ATTRIBUTES)  # reported only by its context: it goes on with a report or a set-off quotation
        elif said or owned_speech(text):
            fact = told if told or not said else rest  # only through a noun of speech: the event's fact is attributed
            voices.append(ATTRIBUTES if attributes_fact(text, fact) else WITHIN)
        else:
            voices.append(BESIDE)
    return voices


def voice_tag(voice: str, *, attributed: bool, speaker: str = "", key: bool = False) -> str:
    """What the pages print about a sentence's voice beside it: under an event panel's sentence and (``key``) in the
    teacher key's Voice column, from the panel's one decision (``fact_voices``) where there is one, else from the
    sentence's own reading (``attributed``). A sentence that states the claim in its own voice but reports someone in
    another clause says both, so that neither page contradicts the panel's bullet. ``speaker``: the speaker line
    (``speaker_line``). A sentence ``WITHIN`` that is read as a quotation or reported speech says that its tone is
    counted so: the own-voice tone figures leave it out (check ZAA2 OP-8: the panel called a sentence own voice that the
    tone table did not count as one)."""
    own = "the outlet's own voice" if key else "own voice"
    if voice == STATES:
        return f"{own}; reports someone in another clause" if attributed else own
    if voice == WITHIN:
        within = f"{own}, quoting or reporting someone only within its telling of the claim"
        # the tone figures read the whole sentence as quoted or reported: say so, so the tag and the tables agree
        return f"{within} (its tone counted with quotations and reported speech)" if attributed else within
    if voice == BESIDE:
        return f"{own}; reports someone in a clause beside the claim"
    if not attributed and voice != ATTRIBUTES:
        return own
    if key:
        return "attributed to a speaker" + (f". {speaker}" if speaker else "")
    return speaker or "quotes or reports someone"
