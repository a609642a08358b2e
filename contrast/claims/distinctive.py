"""What an absence search can look for: the names and figures a claim states, and whether another origin has them.

A search in words finds a paraphrase only when the paraphrase keeps something of the claim's
words. A claim that "markets had already factored in the impact" is told elsewhere as "the
impact … has been priced in": the verb, the only word specific to it, changed. Finding nothing
close to such a claim is no evidence that nobody else makes it. What a paraphrase keeps is
what cannot be said otherwise: names and figures ("Navarro's documentary “Death By China”",
"Executives from Marvel", "$150,000 spent by Secret Service"). So a claim is its origin's
alone only when something of that kind — an *anchor* — is in what it states and in no other
origin's text (``contrast.claims.absence``); the claim's speaker is not an anchor (a unique
speaker does not make the claim unique: "Hikaru Sato at Daiwa Securities said markets had …"),
nor is a title ("Mr") — except for someone's quoted words when nothing elsewhere comes close at all
(``anchor_terms``' ``quoted``).

The same test holds for the events an origin is said to leave out: the event must have anchors,
and the origin's sources must name none of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from contrast.claims.aliases import DESIGNATORS, entity_key, is_given_name, is_title, person_of
from contrast.claims.candidates import REPORTING_VERB
from contrast.claims.evidence import fold_words
from contrast.claims.terms import MONTHS, as_written, news_words, quantities, stem, stopwords
from contrast.claims.textmemo import text_memo
from contrast.days import WEEKDAY_NAMES
from contrast.resources import alias_groups
from contrast.segment import POSSESSIVE, TITLE_BEFORE_NAME

_SAYING = (  # not "States" of "the United States" (held-out farm-aid: "… as the United States and China negotiate …")
    r"(?<!United\s)(?:" + REPORTING_VERB + r"|explained|explains|observed|observes|believes?|believed|emphasi[sz]e[sd]?|tweeted|"
    r"testified|cautioned|complained|responded|replied|quoted|cited|highlights|highlighted|contends|contended)"
)
_LEADING = (
    # According to Reuters, …   As Grincheva (2023) notes, …   However, as noted by Cummings (2003) and Isar (2017), …
    re.compile(r"^(?:[A-Z]\w+,\s+)?(?:according to|as)\s+[^,“”\"]{1,100},\s+", re.IGNORECASE),
    # Hikaru Sato at Daiwa Securities said markets had …   Mr. Ross said that …   (no comma before the
    # verb: "The theory, which is unfounded, …, said X" is a trailing attribution)
    re.compile(r"^[^“”\",]{0,100}?\b" + _SAYING + r"\b(?:\s+that)?[,:]?\s+", re.IGNORECASE),
    # Texas Gov. Rick Perry, in a written statement, said: "Guns require …   (a quotation follows)
    re.compile(r"^[^“”\"]{0,160}?\b" + _SAYING + r"\b[,:]?\s+(?=[“\"])", re.IGNORECASE),
    # Rick Santorum, for example, put out a statement … that claimed Obama "has consistently fought …"   (whom the
    # quotation is about, named between the verb and it, is said of: it stays)
    re.compile(r"^[^“”\"]{0,200}?\b" + _SAYING + r"\b(?:\s+that)?\s+(?=(?:[A-Z][\w.’'-]*\s+){1,3}[“\"])"),
    # Wang Huiyao, director of the Center for China and Globalization, said Trump's measures will …   (who the
    # speaker is, between commas after the name, is no part of what is said)
    # (not "The China Threat Theory, which is unfounded, looks more like a political tool, said X": no article opens
    # a name, no relative clause describes a speaker)
    re.compile(
        r"^(?!(?:The|A|An|This|That|It)\s)(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*,\s+(?!(?:which|who|whose|that|where|when)\b)"
        r"[^“”\"]{1,200}?,\s+" + _SAYING + r"\b(?:\s+that)?[,:]?\s+"
    ),
    # Cohen's lawyer, Stephen Ryan, said that the raid …   The mayor's spokeswoman, Ana Ruiz, said the budget …   (who
    # the speaker is, then the name between commas: the name is the speaker's, no part of what is said; check AB CR-30)
    re.compile(
        r"^(?!(?:[^“”\",]*\s)?(?:which|who|whose|where|when)\s)[^“”\",]{1,100},\s+(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*,\s+"
        + _SAYING + r"\b(?:\s+that)?[,:]?\s+"
    ),
    # Two companies in Shanghai told the BBC that customs …   (to whom it was said is no part of what is said)
    re.compile(r"^[^“”\",]{0,100}?\b" + _SAYING + r"\s+(?:the\s+)?(?:[A-Z][\w.&’'-]*\s+){1,4}that\s+"),
)
_AFTER_STATEMENT = r"(?:[,.!?][”\"’']|,|[”\"],?)\s+"
"""Where a trailing attribution may open: after a comma, or a closing quotation mark ("…, the document said", "…,” said
X"), never at any space (check9g JJ-R14: "a $466.30 dinner … in Washington and a $5,587.75 vacation at the Martha’s
Vineyard Holistic Retreat, the document said" lost its second item, its figure and its retreat, as attribution)."""
_NOT_A_CLAUSE = r"(?!(?:he|she|it|they|we|i|you|that|there|this)\b)"
"""What a speaker named after the verb is not: ", said he had misspoken at a 2008 event in Norfolk" is said of him."""
_TRAILING = (
    # …,” said Lu Kang, a foreign ministry spokesman.   …, according to AFP.   (…, the newspaper said: ``_said_last``)
    re.compile(
        _AFTER_STATEMENT + _SAYING + r"\s+" + _NOT_A_CLAUSE + r"[^“”\"]{1,160}\W*$|[,.!?]?[”\"’']?,?\s+according to\s+[^“”\"]{1,120}\W*$",
        re.IGNORECASE,
    ),
    # “… it's unfair,” Mr. Trump said on “Fox & Friends.”   (where it was said, a quoted title, is no part of it)
    re.compile(r"(?<=[,.!?])[”\"]\s+[^“”\"]{1,80}\b" + _SAYING + r"\s+(?:on|to|in)\s+[“\"][^“”\"]{1,60}[”\"]\W*$", re.IGNORECASE),
    # “…,” Matt Bennett, a spokesman for Third Way, said after hearing from Mr. Biden last week.   “…,” he told Fox
    # News’ Shannon Bream on “America’s Newsroom,” when asked …   (a quoted title in it is where it was said)
    re.compile(r"(?<=[,.!?])[”\"]\s+(?=[^“”\"]*\b" + _SAYING + r"\b)(?:[^“”\"]|[“\"][^“”\"]{1,60}[”\"]){1,200}$", re.IGNORECASE),
    # … (Shahmerdanova, 2024).   … (Zhang & Musa, 2023).
    re.compile(r"\s*\([^()]*\b\d{4}[a-z]?\)\W*$"),
)
_SAID_LAST = re.compile(r"\s+" + _SAYING + r"\W*$", re.IGNORECASE)
_OPENING = re.compile(_AFTER_STATEMENT)
_WHO = re.compile(r"^(?!(?:and|or|but|while|then|with|which|whose|including|plus)\b)[^“”\"\d,]{1,80},?$", re.IGNORECASE)
"""Who says it, between where the attribution opens and its verb: no word that goes on with the statement (", and …
shares fell, analysts said"), no figure (", putting 1,200 people out of work, the company said"), no comma."""
_DESCRIBED = re.compile(r"(?:(?:a|an|the|its|his|her|their|who)\s|[RD]-)", re.IGNORECASE)
_NAME = re.compile(r"^(?:[A-Z][\w.’'-]*\s+){0,5}[A-Z][\w.’'-]*$")


def _said_last(text: str, pos: int) -> int | None:
    """Where an attribution whose verb ends the sentence opens ("…, the document said.", "…, Matt Bennett, a spokesman
    for Third Way, said.", "…, Sen. Charles Schumer, D-N.Y., said."), from ``pos``: at the last opening
    (``_AFTER_STATEMENT``) before the verb with someone between (``_WHO``), and before that at a name that the part
    found describes (``_DESCRIBED``) — not at a clause of the statement before it (", China will respond in kind, it
    added": the attribution is "it added")."""
    verb = _SAID_LAST.search(text, pos)
    if verb is None:
        return None
    openings = [m for m in _OPENING.finditer(text, pos, verb.start()) if m.end() < verb.start()]
    for k in range(len(openings) - 1, -1, -1):
        if not _WHO.match(text[openings[k].end() : verb.start()]):
            continue
        start = k
        while start > 0 and _DESCRIBED.match(text, openings[start].end()) and _NAME.match(
            text[openings[start - 1].end() : openings[start].start()]
        ):
            start -= 1
        return openings[start].start()
    return None


_ANY_SAYING = re.compile(r"\b(?:" + _SAYING + r"|according to)\b", re.IGNORECASE)
_MIN_STATED = 20
STATED_TEXTS = 1 << 16
"""Sentences whose statement ``stated`` keeps, the most recent: the absence search reads a claim's statement up
to four times (its anchors, twice; its words in the weak band and the content test), and the trailing patterns'
search was 1.2-1.8 s CPU of a 500-source report's events stage (issue 16; 18,600 claims)."""
"""Characters a statement keeps at least once its attribution is cut (else the sentence is kept whole)."""


@text_memo(STATED_TEXTS)
def stated(text: str) -> str:
    """What a sentence states, without who states it: the sentence once a leading ("X said that …",
    "According to X, …") and a trailing ("…, said X, a spokesman.", "(Author, 2024)") attribution are
    cut — the longest leading cut and the earliest trailing one; the sentence itself when it has none.
    Memoised (``STATED_TEXTS``)."""
    saying = _ANY_SAYING.search(text) is not None  # most sentences report no one: skip the patterns that need a verb
    leading = _LEADING if saying else _LEADING[:1]
    trailing = _TRAILING if saying else _TRAILING[2:]
    start = max((m.end() for m in (p.match(text) for p in leading) if m and len(text) - m.end() > _MIN_STATED), default=0)
    # a trailing attribution is looked for after the leading one: "X, a spokesman, said the tariffs …" has one verb
    # from the first place it may be cut: a match nearer the start, too near to be cut, hid one further on
    pos = max(start, _MIN_STATED + 1)
    cuts = [m.start() for m in (p.search(text, pos) for p in trailing) if m]
    if saying and (said := _said_last(text, pos)) is not None:
        cuts.append(said)
    end = min(cuts, default=len(text))
    if end - start > _MIN_STATED:
        return text[start:end]
    return max(text[start:], text[:end], key=len)


_ITEM_BREAK = re.compile(
    r"\s*;\s+|,\s+and\s+|,?\s+and\s+(?=(?:a|an)\s|[$£€¥]\d)|,\s+(?=(?:(?:over|about|nearly|almost|some|more than)\s+)?[$£€¥]\d)"
)
"""Where a sentence joins items: "; ", ", and ", "and a(n) …", "and $…", and a comma before an amount (a list of
spending: "$4,272.78 on a cruise, $2,306.08 at Walt Disney World, …"). A comma inside a figure is no break."""


def items(text: str) -> list[str]:
    """The coordinated items of a statement (``_ITEM_BREAK``): "a $466.30 dinner at … and a $5,587.75 vacation at …" is
    two. Each may be told elsewhere apart from the rest (``absence``: a claim is its origin's alone only when every
    item is)."""
    return [part for part in _ITEM_BREAK.split(text) if part.strip()]


def anchor_terms(
    text: str,
    entities: Sequence[str],
    speakers: Sequence[str],
    *,
    quoted: bool = False,
    places: bool = True,
    outlet: str = "",
    years: bool = False,
) -> list[str]:
    """The names and figures a claim states (in ``stated(text)``), its speakers and bare titles left out:
    names as written, figures by value ("$200bn" → "200", as ``absence.figure_values``).

    ``quoted``: a sentence that quotes someone (``quotes``) is anchored by its speaker too, and by who the speaker
    is ("…,” said Sheriff Adam Hayward of Deuel County"): those words are that person's, so where nobody names the
    person nobody reports them. The absence search asks it only where no other origin has anything close at all
    (``absence.absence_states``: no row of another origin scores ``WEAK_P``): the point of the words may still be
    made by another speaker.

    ``places``: a name written as where something happens ("at the Veterans of Foreign Wars post in West Hartford":
    ``where``) is an anchor too. The absence search asks without them where a row of another origin comes near the
    claim (scores ``WEAK_P``): another origin may tell the same event at the same time by the same people without
    naming the hall or the town (check9 BV-10), so a venue is evidence of absence only where nothing else comes near.
    So is a count written as an attribute of a noun ("The 168-member committee will elect a chairman": ``attributes``):
    another origin telling the election need not give the committee's size (check11j SR-10).

    An outlet is never an anchor: the source's own (``outlet``, from its header: "most people who Fox News spoke to",
    check11j CF-11) nor one the claim cites (``cited_outlet``: "Hotline On Call says … and reports that …", check11j
    SR-11): another origin may tell the same fact from its own reporting or another outlet's.

    A name given in quotation marks is a name too: a policy, law or campaign named so ("the military's former “don't
    ask, don't tell” policy") or a body "called"/"known as" it (``quoted_names``; check12l CH-15). ``years``: a year
    the statement writes on its own ("who offered support for gay marriage in 2009": ``bare_years``) is an anchor as
    well, and so is a weekday it dates something by ("as late as Monday night": ``bare_weekdays``); the absence search
    asks them only where nothing of another origin comes near the claim (``absence.absence_states``), as another origin
    may tell the same fact without its year or its day."""
    body = stated(text)
    titled = quoted_names(body)
    if not entities and not titled and not any(c.isdigit() for c in text) and not (years and _BARE_WEEKDAY.search(body)):
        return []  # nothing to anchor: no name, no figure, no date
    quoting = quoted and quotes(text)
    spoken = set() if quoting else {entity_key(s) for s in speakers}
    named = _LABEL.sub(" ", _HANDLE.sub(" ", text if quoting else body))
    names = [
        _race(POSSESSIVE.sub("", e), named) for e in entities
        if e in named and entity_key(e) not in spoken and not is_title(e) and _names_anything(e) and (places or not where(e, body))
        and not cited_outlet(e, text, speakers=speakers, outlet=outlet) and not _month_of_a_day(e, body)
    ]  # fmt: skip
    attribute = set() if places else attributes(body)
    figures = [f for q in quantities(_PAGE.sub(" ", body)) if (f := q.lstrip("$£€¥").rstrip("kmbt%")) not in attribute or q[:1] in "$£€¥"]
    dated = [d for d in (*bare_years(body), *bare_weekdays(body)) if not any(d in name for name in names)] if years else []
    return list(dict.fromkeys([*names, *titled, *(f"#{f}" for f in figures), *dated]))


_MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})


def _month_of_a_day(name: str, text: str) -> bool:
    """Whether ``name`` is a month's abbreviation that ``text`` writes before a day ("ahead of the Jan. 3 caucuses",
    HuffPost, check14-reO): a date's part, no name; the teacher key told students to search for "Jan"."""
    return name.lower() in _MONTH_ABBREVIATIONS and re.search(rf"\b{re.escape(name)}\.?\s+\d{{1,2}}\b", text) is not None


_QUOTED_NAME = re.compile(
    r"[“\"]([A-Za-z][^“”\"]{2,60}?)[,.]?[”\"]\s+(?:policy|policies|law|laws|act|bill|program|programme|campaign|movement|"
    r"initiative|doctrine|rule|plan|project|agenda|amendment|provision|coalition|caucus|operation|strategy|pledge)\b|"
    r"\b(?:called|named|dubbed|known\s+as)\s+(?:the\s+)?[“\"]([A-Za-z][^“”\"]{2,60}?)[,.]?[”\"]",
    re.IGNORECASE,
)
"""A name in quotation marks: before the kind of thing it names ("the “don't ask, don't tell” policy", "the “Stop the
Steal” movement") or after "called", "named", "dubbed", "known as" ("a group called “Moms Demand Action”")."""


def quoted_names(text: str) -> list[str]:
    """The names ``text`` gives in quotation marks (``_QUOTED_NAME``), without the marks: what another origin that
    reports the same thing must name, as it must a capitalised name (check12l CH-15)."""
    return [name.strip(" ,") for m in _QUOTED_NAME.finditer(text) for name in m.groups() if name and name.strip(" ,")]


_BARE_YEAR = re.compile(
    r"\b(?:in|since|by|until|till|through|for|from|before|after|during|of)\s+((?:1[89]|20)\d\d)(?![\w%]|[.,]\d|\s*[-–]\s*\d)"
    r"(?=\s*(?:[.,;:!?)\"”’]|$)|\s+(?:and|or|but|when|while|as|with|because)\b)"
)
"""A year written on its own as when something happened ("offered support for gay marriage in 2009.", "slated for
2014."): after a preposition and ending its phrase. Not a year that qualifies a noun ("contenders for the 2012
Republican presidential nomination": another origin telling the same speech need not name the contest, check12l BK
rebuilt), a figure ("$2,009", "2009.5"), a span ("2016-18") or a date a name holds ("January 2016")."""


def bare_years(text: str) -> list[str]:
    """The years ``text`` writes on its own as a time (``_BARE_YEAR``), in order, each once."""
    return list(dict.fromkeys(_BARE_YEAR.findall(text)))


_BARE_WEEKDAY = re.compile(
    r"(?<!Super )(?<!Black )(?<!Good )(?<!Cyber )(?<!Ash )(?<!Easter )(?<!Palm )"
    r"\b(" + WEEKDAY_NAMES + r")\b(?!['’])"
)
"""A weekday written as when something happened ("as late as Monday night", "announced Tuesday"): not one that qualifies
a noun ("Thursday's debate": another origin telling the debate need not name its day, as with a year) nor a day's name
("Super Tuesday", "Good Friday")."""


def bare_weekdays(text: str) -> list[str]:
    """The weekdays ``text`` dates something by (``_BARE_WEEKDAY``), in order, each once: a date a reader can look for
    in another origin's text, as the teacher key counts a weekday among a sentence's dates (check13n TD-17)."""
    return list(dict.fromkeys(_BARE_WEEKDAY.findall(text)))


def is_weekday(anchor: str) -> bool:
    """Whether an anchor (``anchor_terms``) is a bare weekday."""
    return anchor in _WEEKDAY_NAMES


_WEEKDAY_NAMES = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})


def is_year(anchor: str) -> bool:
    """Whether an anchor (``anchor_terms``) is a bare year."""
    return _YEAR.match(anchor) is not None


_MEDIA_WORDS = frozenset(
    {"news", "times", "post", "journal", "tribune", "herald", "gazette", "press", "wire", "magazine", "telegraph", "chronicle",
     "broadcasting", "radio", "television"}
)  # fmt: skip
"""The last word of a news outlet's name ("Fox News", "the Washington Post", "Associated Press")."""
_REPORTS = r"(?:['’]s?)?\s+(?:(?:also|first|has|had|later|exclusively)\s+)?report(?:s|ed|ing)\b"
_REPORT_VERB = re.compile(r"\breport(?:s|ed)\b")


def cited_outlet(name: str, text: str, *, speakers: Sequence[str] = (), outlet: str = "") -> bool:
    """Whether ``name`` in ``text`` is a news outlet the claim cites or the source's own ``outlet`` (from its header):
    the outlet's name, a name ending in a word of a news outlet's name (``_MEDIA_WORDS``), or a name that reports ("Politico
    reported …"; a speaker of the sentence that reports: "Hotline On Call says … and reports that …"). An outlet is a
    source of the claim, as a speaker is: no evidence that no other origin tells what it says (check11j SR-11, CF-11)."""
    words = _name_words(POSSESSIVE.sub("", name))
    if not words or words[0] in MONTHS or any(w.isdigit() for w in words):
        return False  # a date that reports ("Another security review, on June 25, 2012, reported …") is no outlet
    if (outlet and words == _name_words(outlet)) or words[-1] in _MEDIA_WORDS:
        return True
    at = text.find(name)
    if at < 0 or "report" not in text[at:]:
        return False  # both patterns below need the name and a "report" after it: none compiled for each name asked
    if re.search(re.escape(name) + _REPORTS, text):
        return True
    return name in speakers and _REPORT_VERB.search(text, at + len(name)) is not None


_ATTRIBUTE = re.compile(r"(?<![\d.,$£€¥])(\d(?:[\d,]*\d)?)-(?:[a-z]+-)*[a-z]+\b")
"""A count joined by a hyphen to the noun it qualifies: "the 168-member committee", "a 10-year term"."""


def attributes(text: str) -> set[str]:
    """The counts ``text`` writes as an attribute of a noun (``_ATTRIBUTE``), by value ("168-member" → "168"), unless
    it writes them as a figure of their own too. Not a rate ("25-percent"), whose unit is its own word."""
    found = {m.group(1).replace(",", "") for m in _ATTRIBUTE.finditer(text) if not re.match(r"-per", text[m.end(1) :])}
    alone = {v.replace(",", "") for v in re.findall(r"(?<![\d.,])(\d(?:[\d,]*\d)?)(?![\d,]*-[a-z])", text)}
    return found - alone


_AT = r"\b(?:at|near|outside|inside|in front of)\s"
_LOCATIVE = re.compile(_AT + r"(?:the\s+|a\s+)?$|" + _AT + r"[^,;:“”\"]{0,80}\bin\s+$", re.IGNORECASE)
"""What a name written as a venue follows: "at (the)", "near", "outside", "inside", "in front of (the)" — or "in" that
goes on from such a phrase ("at the … post in West Hartford"). "In" alone is not enough: "in Middle America" (where
people are, in a quotation), "in Joseph Nye's theory", "in the Asia-Pacific region" are no venue of an event (measured:
each was a gold single-source claim's anchor on held-out farm-aid and soft-power)."""


_ON_THE = re.compile(r"\bon\s+the\s+$", re.IGNORECASE)
_SITE = re.compile(
    r"\s+(?:riverfront|waterfront|floor|steps|lawn|grounds|campus|banks?|shore|plaza|mall|stage|tarmac|sidelines)\b", re.IGNORECASE
)
"""A site named as "on the <name> <site>" ("the event stage on the Potomac riverfront", "on the Senate floor"): a venue
too. Not "on the" alone: "voted on the American Jobs Act" names no place."""


_JOINED_BEFORE = re.compile(r"(?:[A-Z][\w.’']*\s?[-–/]\s?)+$")
"""The names a name is joined to by a hyphen, dash or slash before it ("U.S.-" of "the U.S.-Mexico border", "Turkey–"
of "the Turkey–Syria frontier"): one compound with it, whose venue is the compound's."""


def where(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` as the venue of something (``_LOCATIVE``: "at the Veterans of Foreign Wars post
    in West Hartford", "in front of the Veterans War Memorial Building in Shelton"; ``_SITE``: "on the Potomac
    riverfront"), alone or as a later part of a compound of names (``_JOINED_BEFORE``: "separated at the U.S.-Mexico
    border", "shelled near the Turkey-Syria frontier"). Check AA DP-1: Reuters' "… crying children and their distraught
    parents separated at the U.S.-Mexico border" was printed its origin's alone on "Mexico", a place CNN, telling the
    same outcry ("Images of scared children and depictions of shattered families …"), had no need to name."""

    def opens(start: int) -> int:
        joined = _JOINED_BEFORE.search(text, max(0, start - 40), start)
        return joined.start() if joined else start

    return any(
        _LOCATIVE.search(text, max(0, (at := opens(m.start())) - 100), at)
        or (_ON_THE.search(text, max(0, m.start() - 10), m.start()) and _SITE.match(text, m.end()))
        for m in re.finditer(re.escape(name), text)
    )


QUOTATION = re.compile(r"[“\"][^“”\"]{20,}")
"""Quotation marks around words of a sentence (20 characters or more): someone's own words quoted."""
_CONTINUED = re.compile(r"^[^“”\"]*?(?:”|[,.!?]\")(?=\s|$)")
"""A sentence whose first quotation mark closes a quotation ("And we know that,” Kudlow said."; "No sane country would do
that, right?\" Reid said."): the rest of a quotation opened in the sentence before, someone's own words however short."""


def quotes(text: str) -> bool:
    """Whether ``text`` quotes someone's own words: words between quotation marks (``QUOTATION``), or the end of a
    quotation opened in the sentence before (``_CONTINUED``)."""
    return QUOTATION.search(text) is not None or _CONTINUED.match(text) is not None

_PARTY_CHAMBER = re.compile(r"^((?:Republican|Democratic|GOP|Democrat)s?)\s+(?:Senate|House|Congressional|Gubernatorial)$")
_CONTEST = r"\s+(?:candidates?|race|seat|primary|primaries|nominee|nomination|contest)\b"


def _race(name: str, text: str) -> str:
    """A party and a chamber naming an election ("one of the Republican Senate candidates") as the party alone: another
    origin tells the race as "the winner of the GOP primary" (check9 BV-11). Not the party's members in a chamber ("the
    Republican Senate caucus": check8 LP, a statement Fox never reports)."""
    party = _PARTY_CHAMBER.match(name)
    return party.group(1) if party and re.search(re.escape(name) + _CONTEST, text) else name


_LABEL = re.compile(r"^\W*[A-Z][A-Z'’ ]{2,}:")
"""A label in capitals that opens a sentence ("UPDATE:", "EDITOR'S NOTE:"): the page's, no name the claim states."""
_HANDLE = re.compile(r"@\w+")
"""A social-media handle ("@realDonaldTrump"): an address, not a name the claim states ("DonaldTrump")."""
_PAGE = re.compile(r"\(?\bpp?\.\s*\d+(?:\s*[-–]\s*\d+)?\)?|\b\d{1,2}:\d{2}\b")
"""A page reference ("(p. 18)", "pp. 12-14") or a clock time ("at 2:30 p.m."): where a quotation is found or when
something happens, not a figure the claim states (a time in one report is no evidence another never told it)."""


def _names_anything(name: str) -> bool:
    """A name with a word of its own: not a pronoun, contraction or verb taken for one ("I've", "Let" opening a
    quotation: “As Donald Trump said, ’Let it come out,’”)."""
    return bool(_ACRONYM.match(name)) or any(len(w) >= 3 and w not in _FUNCTION_WORDS for w in _name_words(name))


def _name_words(name: str) -> tuple[str, ...]:
    """A name's words as a search matches them (folded, possessive and small joining words dropped), the person
    without a title or where they are from ("Senator Mitch McConnell of Kentucky" is named where "Mitch McConnell"
    is: ``aliases.person_of``), without an initial ("Charles E. Schumer" is named where "Charles Schumer" is) or a
    number ("Trump's 2016" is a name and a year: a year another text gives otherwise or not at all), a
    role before it ("Senate Minority Leader Charles Schumer") or a designator after it ("ZTE Corp" is named where
    "ZTE" is, as ``aliases`` merges them): what another text may leave out when it names the same one."""
    every = [w for w in _words(person_of(name)) if w not in _IGNORED]
    if _is_date(every):
        return tuple(w for w in every if _YEAR.match(w))  # "January 2016" is named where "from 2016 to 2018" is
    words = [w for w in every if len(w) > 1 and not w.isdigit()] or every
    while len(words) > 1 and words[0] in _ROLES:
        del words[0]
    while len(words) > 1 and words[-1] in DESIGNATORS:
        del words[-1]
    return tuple(words)


_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


def _is_date(words: list[str]) -> bool:
    """A month and year, with or without its day ("January 2016", "May 5, 2018"), and nothing else."""
    return len(words) in (2, 3) and words[0] in MONTHS and _YEAR.match(words[-1]) is not None and all(w.isdigit() for w in words[1:])


_YEAR_SPAN = re.compile(r"\b((?:1[89]|20)\d\d)\s*[-–—/]\s*((?:1[89]|20)?\d\d)\b")
"""A span of years written with a dash ("2016–2018", "2016-18"): it names every year from the first to the last."""
_LONGEST_SPAN = 30


def _with_spanned_years(text: str, words: list[str]) -> list[str]:
    """``words`` of ``text`` with every year a span of years names ("2016-18" names 2017 and 2018)."""
    for match in _YEAR_SPAN.finditer(text):
        first, last = match.group(1), match.group(2)
        end = int(first[: 4 - len(last)] + last)
        if 0 < end - int(first) <= _LONGEST_SPAN:
            words = [*words, *(str(year) for year in range(int(first) + 1, end + 1))]
    return words


_ROLES = frozenset({"senate", "house", "minority", "majority", "leader", "speaker", "rep", "representative", "deputy", "whip"})
"""Words of a role written before a name ("Senate Majority Leader", "House Speaker", "Rep."): not words of the name."""


def _words(text: str) -> list[str]:
    """``fold_words``: initials closed up, so "U.S." and "US" are one word."""
    return fold_words(text)


_ACRONYM = re.compile(r"^(?:[A-Z]{2,5}s?|(?:[A-Z]\.){2,5})$")
_LONGEST_ACRONYM = 5
_FUNCTION_WORDS = frozenset(
    {"you", "your", "she", "her", "him", "his", "they", "their", "them", "our", "ours", "its", "it's", "i've", "i'm", "we've", "we're",
     "you've", "this", "that", "these", "those", "there", "here", "what", "who", "let", "let's"}
)  # fmt: skip
_IGNORED = frozenset({"s", "the", "of", "and", "for", "a", "an"})


_TITLED = (
    rf"\b(?:{TITLE_BEFORE_NAME}|"
    r"President|Senator|Representative|Congressman|"
    r"Congresswoman|Governor|Mayor|Secretary|Judge|Justice|Speaker|Leader|Minister|Chancellor|Ambassador|General|"
    r"Chairman|Chairwoman|Commissioner|Director|Attorney\s+General)\.?\s+"
)
"""A courtesy title or an office before a surname ("Mr. Trump", "President Trump", "Sen. Schumer"): the row names a
person by that surname (``RowRead.titled``)."""


ROW_TEXTS = 1 << 16
"""Rows whose words ``row_words`` keeps, the most recent: the absence search reads a row in several indexes (its anchor
index, twice; the name index of each block it is a candidate of: 65,000 readings of ~18,600 rows at 500 sources)."""


@text_memo(ROW_TEXTS)
def row_words(text: str) -> tuple[frozenset[str], str]:
    """What ``RowRead`` reads of a row whatever it is asked: its words (``_words``, with the years a span of years names
    and the party marked after a name) and its words' initials."""
    folded = _words(text)
    return frozenset(_with_spanned_years(text, folded)) | _party_marks(text), "".join(w[0] for w in folded if w not in _IGNORED)


class RowRead:
    """What ``AnchorIndex`` reads of one row whatever it is asked, read once: its words (``_words``, with the years a span
    of years names and the party marked after a name), its words' initials, and — asked per word, kept — whether it
    writes a word as an acronym in capitals ("WWE") or a given name as a surname ("Mr. Thomas").

    Kept by the caller where several indexes read the same rows (``absence._names_whole``: one index per block of the
    absence search, ten over overlapping rows at 500 sources; issue 16)."""

    __slots__ = ("_forenames", "_marks", "_titled", "initials", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        self.words, self.initials = row_words(text)
        self._marks: dict[str, tuple[bool, bool]] = {}
        self._titled: dict[str, bool] = {}
        self._forenames: dict[str, frozenset[str]] = {}

    def forenames(self, word: str) -> frozenset[str]:
        """The given names the row writes before ``word`` as a surname ("Donald Trump", "Ivanka Trump": "donald",
        "ivanka"), folded; not a title ("President Trump"), a function word ("When Trump") nor a day or a month
        ("Tuesday Trump said")."""
        found = self._forenames.get(word)
        if found is None:  # a row without the word capitalised has no name before it: no pattern is run
            before = _forename_pattern(word).findall(self.text) if word.capitalize() in self.text else []
            found = self._forenames[word] = frozenset(
                w.lower() for w in before
                if w.lower() not in stopwords() and w.lower() not in MONTHS and not is_weekday(w)
                and _TITLE_ONLY.fullmatch(w + " ") is None
            )
        return found

    def titled(self, word: str) -> bool:
        """Whether the row writes ``word`` as a person's surname after a courtesy title or an office ("Mr. Trump",
        "President Trump", "Sen. Schumer": ``_TITLED``)."""
        found = self._titled.get(word)
        if found is None:
            text = self.text
            found = self._titled[word] = word.capitalize() in text and any(
                _TITLE_BEFORE.search(text, 0, m.start()) is not None for m in _titled_pattern(word).finditer(text)
            )
        return found

    def marks(self, word: str) -> tuple[bool, bool]:
        """Whether the row writes ``word`` as an acronym, in capitals, and ``word`` (a given name) as a surname
        ("Clarence Thomas said", "Mr. Thomas")."""
        found = self._marks.get(word)
        if found is None:
            text = self.text
            capital = 3 <= len(word) <= _LONGEST_ACRONYM and word.upper() in text and _capitals_pattern(word).search(text) is not None
            surname = is_given_name(word) and word.capitalize() in text and _surname_pattern(word).search(text) is not None
            found = self._marks[word] = (capital, surname)
        return found


WORD_PATTERNS = 4096
"""Words whose ``RowRead`` patterns are kept compiled, the most recent (of each kind): at 200 AllSides sources the name
index asks ~2,600 words of their capitals and ~400 of a title or a given name before them."""


@lru_cache(maxsize=WORD_PATTERNS)
def _capitals_pattern(word: str) -> re.Pattern[str]:
    """``word`` written in capitals as a whole word, or its plural ("WWE", "CEOs"): ``RowRead.marks``.

    Each ``RowRead`` pattern is compiled once per word: built per call, the thousands of them a name index asks
    overflowed ``re``'s own cache of 512, and each was compiled again for every row that has its word (13,000
    compilations, ~2 s CPU in the events stage of a 200-source report, issue 16)."""
    return re.compile(rf"\b{re.escape(word.upper())}s?\b")


@lru_cache(maxsize=WORD_PATTERNS)
def _surname_pattern(word: str) -> re.Pattern[str]:
    """``word`` capitalised after a capitalised word, not before another ("Clarence Thomas said"): ``RowRead.marks``."""
    return re.compile(rf"\b[A-Z][\w'’-]*\.?\s+{re.escape(word.capitalize())}\b(?!\s+[A-Z])")


@lru_cache(maxsize=WORD_PATTERNS)
def _forename_pattern(word: str) -> re.Pattern[str]:
    """A capitalised word (the group) and an optional initial before ``word`` capitalised: ``RowRead.forenames``."""
    return re.compile(rf"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?{re.escape(word.capitalize())}\b")


@lru_cache(maxsize=WORD_PATTERNS)
def _titled_pattern(word: str) -> re.Pattern[str]:
    """Every place (overlapping: a lookahead) where ``word`` is written capitalised, not hyphenated nor before another
    capital: ``RowRead.titled`` asks ``_TITLE_BEFORE`` whether a title ends there. The title is not part of the word's
    pattern: ``_TITLED`` holds every title (``TITLE_BEFORE_NAME``), and compiling it into one pattern per word was most
    of the absence search's pattern compilations (372 words, ~0.3 s CPU at 200 AllSides sources, issue 16)."""
    return re.compile(rf"(?={re.escape(word.capitalize())}\b(?![-‐]|\s+[A-Z]))")


_TITLE_BEFORE = re.compile(rf"(?:{_TITLED})\Z")
"""A title (``_TITLED``) ending where the text is cut (``search(text, 0, end)``): the row writes a title right before
the word found at ``end``, as ``_TITLED`` followed by the word would match (its ``\\s+`` ends there: a word starts with
no space)."""
_TITLE_ONLY = re.compile(_TITLED)
"""``_TITLED``, compiled once: ``re``'s own cache of 512 is overflowed by the words' patterns (``WORD_PATTERNS``)."""


class AnchorIndex:
    """Which origins name a word set or a figure: built once over every row the search reads
    (claims and set-aside text), asked per anchor. Only the rows holding a word some anchor
    needs are kept, so memory follows the anchors, not the corpus. ``read``: the rows as read
    already (``RowRead``, one per text), else they are read here."""

    def __init__(
        self, texts: Sequence[str], origins: Sequence[str], figure_rows: Sequence[Iterable[str]], wanted: set[str],
        *, read: Sequence[RowRead] | None = None,
    ) -> None:  # fmt: skip
        self._rows: dict[str, list[int]] = {}
        self._words: dict[int, frozenset[str]] = {}
        self._origins = list(origins)
        self._asked: dict[str, set[str]] = {}
        self._capitals: dict[str, set[str]] = {}
        self._surnames: set[str] = set()
        self._titled: dict[str, set[str]] = {}
        self._forenames: dict[str, set[str]] = {}
        self._counted: dict[str, int] = {}
        initials: dict[str, list[str]] = {}  # per origin, each row's words' initials, rows apart
        for row, reading in enumerate(read if read is not None else map(RowRead, texts)):
            hits = reading.words & wanted
            if hits:
                self._words[row] = reading.words
                for word in hits:
                    self._rows.setdefault(word, []).append(row)
                self._read_names(reading, self._origins[row], hits)
            initials.setdefault(self._origins[row], []).append(reading.initials)
        self._spelled = _spelled_in({origin: "|".join(rows) for origin, rows in initials.items()}, wanted)
        self._figures: dict[str, set[str]] = {}
        self._figure_rows: dict[str, int] = {}
        for row, values in enumerate(figure_rows):
            for value in values:
                self._figures.setdefault(value, set()).add(self._origins[row])
                self._figure_rows[value] = self._figure_rows.get(value, 0) + 1

    def _read_names(self, reading: RowRead, origin: str, hits: frozenset[str]) -> None:
        """Note which of ``hits`` the row writes as an acronym, in capitals ("WWE": ``_capitals``), and which given
        names it writes as a surname ("Clarence Thomas said", "Mr. Thomas": ``_surnames``)."""
        for word in hits:
            capital, surname = reading.marks(word)
            if capital:
                self._capitals.setdefault(word, set()).add(origin)
            if surname:
                self._surnames.add(word)
            if stem(word) in news_words():
                self._forenames.setdefault(word, set()).update(reading.forenames(word))
                if reading.titled(word):
                    self._titled.setdefault(word, set()).add(origin)

    def named_by(self, anchor: str) -> set[str]:
        """The origins with a row that has this anchor: a figure's value, or all of a name's words,
        or — an acronym — words it abbreviates ("CD" and "cultural diplomacy"). Asked once per anchor:
        a name many claims state ("China") is looked up in its rows once, not per claim."""
        if anchor not in self._asked:
            self._asked[anchor] = self._named_by(anchor)
        return self._asked[anchor]

    def rows_naming(self, anchor: str) -> int:
        """How many rows have this anchor (its figure's value, or all of its name's words; for a capital, or its
        country's: "Washington" in a story about the US is named in as many rows as the US is). Counted once per
        anchor, as ``named_by`` is: every event that states "Trump" asks it again, once per origin left out."""
        if anchor not in self._counted:
            self._counted[anchor] = self._rows_naming(anchor)
        return self._counted[anchor]

    def _rows_naming(self, anchor: str) -> int:
        if anchor.startswith("#"):
            return self._figure_rows.get(anchor[1:], 0)
        words = _name_words(anchor)
        forms = [tuple(f.split()) for f in _METONYM_OF.get(" ".join(words), ())] or [words]
        found: set[int] = set()
        for form in forms:
            rows = min((self._rows.get(w, []) for w in form), key=len) if form else []
            found.update(r for r in rows if all(w in self._words[r] for w in form))
        return len(found)

    def _named_by(self, anchor: str) -> set[str]:
        if anchor.startswith("#"):
            return self._figures.get(anchor[1:], set())
        base = derived_base(anchor)
        if base is not None:  # "GOPers" is named where "GOP" (or "Republicans") is
            return self._named_by(base) | self._named_by_words(_name_words(anchor), anchor)
        words = _name_words(anchor)
        if " ".join(words) in _METONYM_OF:  # "Moscow" is named where "Russia" is
            return {o for form in _METONYM_OF[" ".join(words)] for o in self._named_by_words(tuple(form.split()), anchor)}
        return self._named_by_words(words, anchor)

    def _named_by_words(self, words: tuple[str, ...], anchor: str) -> set[str]:
        if not words or (len(words) == 1 and is_given_name(words[0]) and words[0] not in self._surnames):
            return set(self._origins)  # a given name alone ("Dick") tells no one apart, unless the texts use it as a surname
        rows = min((self._rows.get(w, []) for w in words), key=len)
        found = {self._origins[r] for r in rows if all(w in self._words[r] for w in words)}
        for acronym in spelled_out(words):  # "World Wrestling Entertainment" is named where "WWE" is
            found |= self._capitals.get(acronym, set())
        if _is_person(words):  # "Charles Schumer" is named where "Chuck Schumer" is
            found |= {self._origins[r] for r in self._rows.get(words[-1], [])}
        elif is_person_anchor(anchor) and self._forenames.get(words[-1], set()) <= {words[0]}:
            found |= self._titled.get(words[-1], set())  # "Donald Trump" is named where "Mr. Trump" is, if no Ivanka Trump
        return found | self._spelled.get(words[0], set()) if _ACRONYM.match(anchor) else found


def _spelled_in(letters: Mapping[str, str], wanted: Iterable[str]) -> dict[str, set[str]]:
    """Each word of ``wanted`` that may be an acronym (2 to ``_LONGEST_ACRONYM`` letters) → the origins whose rows'
    initials (``letters``: per origin, each row's initials, rows apart) spell it.

    An origin's letters are read once, a slice per acronym length, wherever that is fewer steps than asking every
    acronym in them: ``_names_whole`` makes each row its own origin, and asking each of ~1,000 words in each of ~1,000
    rows was the largest part of its index (issue 16: a 500-source report's add-one build). The same origins either way."""
    found: dict[str, set[str]] = {acronym: set() for acronym in wanted if 2 <= len(acronym) <= _LONGEST_ACRONYM}
    lengths = sorted({len(acronym) for acronym in found})
    for origin, text in letters.items():
        if len(text) * len(lengths) < len(found):
            hits: Iterable[str] = found.keys() & {text[i : i + size] for size in lengths for i in range(len(text) - size + 1)}
        else:
            hits = [acronym for acronym in found if acronym in text]
        for acronym in hits:
            found[acronym].add(origin)
    return found


def _is_person(words: tuple[str, ...]) -> bool:
    """Whether a name's words (``_name_words``) are person-shaped and its last word may name it alone: two or three plain
    words, none a function word ("Death By China" is a title), the last of four letters or more and no word of news at
    large (``terms.news_words``: "Schumer", not "Court" or "Post"). A person is named by surname, given names vary
    ("Charles"/"Chuck"): such an anchor is absent only where its surname is too. A surname that is a word of news at
    large ("Trump", "Clinton", "Obama") names the person where a title stands before it ("Mr. Trump", ``RowRead.titled``:
    check-Y AL-12, USA Today's "It certainly didn't sound like Donald Trump." was counted as naming someone no other
    origin has while Fox wrote "President Trump" and the NYT "Mr. Trump"), so long as the texts give that surname no
    other given name ("Ivanka Trump" beside "Donald Trump": "Mr. Trump" may be either, so names neither)."""
    if not 2 <= len(words) <= 3 or not all(w.isalpha() and w not in stopwords() for w in words):
        return False
    return len(words[-1]) >= 4 and stem(words[-1]) not in news_words()


_BODIES = frozenset(
    {"bank", "museum", "foundation", "institute", "fund", "corporation", "markets", "capital", "group", "university", "college",
     "council", "committee", "department", "agency", "company", "times", "post", "news", "art", "association", "center", "centre",
     "party", "court", "house", "senate", "congress", "network", "media", "press", "club", "school", "church", "office"}
)  # fmt: skip
"""Words of a body's name, not a person's ("Bank of Nova Scotia", "Museum for African Art")."""


def is_person_anchor(anchor: str) -> bool:
    """Whether an anchor (``anchor_terms``) is person-shaped: two or three plain words, none a function word or a word of
    a body's name (``_BODIES``, ``aliases.DESIGNATORS``): "Chelsea Clinton", "Carter Page", not "Bank of Nova Scotia",
    "Fox and Friends", "YouTube" or a figure."""
    words = () if anchor.startswith("#") else _name_words(anchor)
    if not 2 <= len(words) <= 3 or not all(w.isalpha() and w not in stopwords() for w in words):
        return False
    return not any(w in _BODIES or w in DESIGNATORS for w in words)


def spelled_out(words: tuple[str, ...]) -> set[str]:
    """The acronyms a name's words (``_name_words``) spell: the initials of each run of three words or more, three to
    ``_LONGEST_ACRONYM`` letters ("world wrestling entertainment" → "wwe"; check9 BV-11). Two letters are left out:
    too many names share them."""
    return {
        "".join(w[0] for w in words[start:end])
        for start in range(len(words))
        for end in range(start + 3, min(len(words), start + _LONGEST_ACRONYM) + 1)
    }


_DERIVED = re.compile(r"^(?:([A-Z]{2,6})(?:ers?|ites?|e?s)|([A-Z][a-z]{3,})(?:ers|ites|ists|ism)|([A-Z]{4,})[A-Z])$")
"""A name derived from another by a suffix: members or followers ("GOPers", "NRAers", "Trumpers", "Clintonites"),
a creed ("Reaganism"), or a letter added to an acronym of four or more ("LGBTQ" of "LGBT": check14 TG-10, Fox's
"LGBTQ groups quickly condemned Trump's decision" was printed as Fox's alone while Reuters, writing "LGBT rights
group", reports the condemnation). The cost: an acronym that only looks like a longer one ("USMC" beside "USMCA")
withholds an omission as possibly told; it never prints one."""


def derived_base(anchor: str) -> str | None:
    """The name a one-word anchor is derived from (``_DERIVED``: "GOPers" → "GOP"), else None. A derived form of a name
    is that name: an origin that writes "GOP" or "Republicans" names the "GOPers" another writes of (check11j SR-12)."""
    match = _DERIVED.match(anchor)
    return None if match is None else match.group(1) or match.group(2) or match.group(3)


def anchor_words(anchors: Iterable[str]) -> set[str]:
    """Every word the names among ``anchors`` need looked up (``AnchorIndex``'s ``wanted``), with the words of the
    names a capital stands for (``_METONYMS``), the acronyms a name spells (``spelled_out``) and the name a derived
    name comes from (``derived_base``)."""
    anchors = list(anchors)
    anchors += [base for a in anchors if (base := derived_base(a)) is not None]
    words = {w for a in anchors if not a.startswith("#") for n in [_name_words(a)] for w in (*n, *spelled_out(n))}
    groups = {_METONYM_OF[" ".join(_name_words(a))] for a in anchors if " ".join(_name_words(a)) in _METONYM_OF}
    return words | {w for group in groups for form in group for w in form.split()}


_METONYMS = (
    ("moscow", "russia", "russian", "kremlin"), ("beijing", "china", "chinese"), ("washington", "america", "american", "united states"),
    ("london", "britain", "british"), ("tokyo", "japan", "japanese"), ("brussels", "european union"),
    ("manhattan", "new york"),
)  # fmt: skip
"""A capital (or seat of government) and its country are one anchor: a claim about "nefarious conduct with Moscow"
is not its origin's alone because another origin says "colluded with Russia". So are a borough and the city whose
offices sit in it: "the U.S. attorney's office in Manhattan" is the one "for the Southern District of New York"
(check AB CR-30). The cost: a claim naming only Manhattan is withheld as possibly told where another origin names
New York; it never prints an omission."""
PARTIES = (("republican", "republicans", "gop"), ("democrat", "democrats", "democratic", "dems"))
"""A party's forms are one anchor: check8 LP-15, "Both Democrats and Republicans have denounced the remarks …" was
printed as one origin's alone, its anchor "Republicans" absent from the others, which wrote "The Republican
governor", "one GOP state senator" and "Ken Fredette (R)" (``_party_marks``)."""


def _alias_forms() -> tuple[tuple[str, ...], ...]:
    """The groups of ``resources/aliases.toml`` as name words (``_name_words``): one anchor, as names the alignment
    already merges ("USTR" and "United States Trade Representative"), so a claim naming one is not its origin's alone
    where another writes the other. Not a form of two letters ("US", "UN"): in lower case it is a word of any text."""
    groups = (tuple(dict.fromkeys(f for name in group if len(f := " ".join(_name_words(name))) > 2)) for group in alias_groups())
    return tuple(group for group in groups if len(group) > 1)


def _one_anchor(groups: Iterable[tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Each form → every form a group holding it holds ("united states" is Washington's and the US's)."""
    found: dict[str, tuple[str, ...]] = {}
    for group in groups:
        for form in group:
            found[form] = tuple(dict.fromkeys((*found.get(form, ()), *group)))
    return found


_GROUP_NAMES = (("isis", "isil", "islamic state", "daesh"),)
"""Names of one armed group that outlets choose between (check AH IQ-29): one anchor here, as a party's forms are, but
not one name in ``resources/aliases.toml``, so the naming lens still shows which origin writes which."""
_METONYM_OF = _one_anchor((*_METONYMS, *PARTIES, *_GROUP_NAMES, *_alias_forms()))
_PARTY_MARK = re.compile(r"\(([RD])(?:[-–][A-Z][\w.]*)?\)|\b([RD])[-–][A-Z][a-z]")
"""A member's party marked after the name: "Ken Fredette (R)", "(D-Calif.)", "Susan Collins, R-Maine"."""


def _party_marks(text: str) -> frozenset[str]:
    """The party a text marks after a name (``_PARTY_MARK``), as the party's word: "(R)" names the Republicans."""
    return frozenset("republican" if (m.group(1) or m.group(2)) == "R" else "democrat" for m in _PARTY_MARK.finditer(text))


def absent_anchors(anchors: Sequence[str], index: AnchorIndex, elsewhere: Iterable[str]) -> list[str]:
    """The ``anchors`` no origin of ``elsewhere`` has."""
    others = set(elsewhere)
    return [a for a in anchors if not (index.named_by(a) & others)]


def display_anchor(anchor: str, texts: Iterable[str] = ()) -> str:
    """An anchor as events.json shows it: a name as written, a figure by its value — or, given the ``texts`` it
    was found in, as they write it ("2,763", not "2763": a reader searches for it)."""
    return as_written(anchor[1:], texts) if anchor.startswith("#") else anchor


_ANCHOR_EDGE = " \t\"'“”‘’«»()[],;:"


def distinct_anchors(shown: Iterable[str]) -> list[str]:
    """Anchors as shown (:func:`display_anchor`), in order, each once: without one that is a whole-word part of
    another ("20" beside "July 20": the date printed once — check9-recheckF "“July 20” or “20”") and without the
    comma or quote mark a figure was cut with ("20," → "20")."""
    items = list(dict.fromkeys(s.strip(_ANCHOR_EDGE) for s in shown))
    items = [s for s in items if s]

    def part_of(small: str, big: str) -> bool:
        if small == big or (small.isascii() and big.isascii() and small.lower() not in big.lower()):
            return False  # in ASCII, ignoring case is lowering: no regex needed to know it is not there
        return _whole_word_pattern(small).search(big) is not None

    return [s for s in items if not any(part_of(s, other) for other in items)]


@lru_cache(maxsize=4096)
def _whole_word_pattern(word: str) -> re.Pattern[str]:
    """``word`` as a whole word, case ignored: compiled once. Built per call, the patterns of a 500-source report's
    anchors (~45,000 pairs of them) overflowed ``re``'s own cache of 512 and were compiled again and again (4 s of
    CPU in its events stage, issue 16)."""
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)


__all__ = [
    "PARTIES",
    "AnchorIndex",
    "RowRead",
    "absent_anchors",
    "anchor_terms",
    "anchor_words",
    "attributes",
    "bare_weekdays",
    "bare_years",
    "cited_outlet",
    "derived_base",
    "display_anchor",
    "distinct_anchors",
    "is_person_anchor",
    "is_weekday",
    "is_year",
    "items",
    "quoted_names",
    "spelled_out",
    "stated",
    "where",
]
