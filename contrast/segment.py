"""Sentence segmentation: cleaned text → sentences frame.

A small rule-based English segmenter, fast enough for the throughput benchmark
(well over a million words per second on news text) and deterministic: one compiled
regex finds *candidate* boundaries, and a few dictionary look-ups decide each one.

Rules, in order:

1. Every line break (``\\n`` or ``\\r``) is a hard boundary. The cleaner puts headings,
   paragraphs and list items on their own lines, so a heading without a full stop still
   becomes its own sentence.
2. Inside a line, a candidate is a run of terminal punctuation (``.``, ``!``, ``?``,
   ``…``), optionally followed by closing quotes/brackets (``" ” ’ ' » ) ] }``), which
   stay with the sentence before the boundary, then horizontal whitespace, then a
   plausible sentence start: optional opening quotes/brackets and a character that is
   not a lowercase letter, continuation punctuation (``, ; : % ) ] }``) or more
   terminal punctuation.
   So ``?” she said`` and ``the U.S. trade war`` are never candidates.
3. ``!``, ``?``, ``…`` and ``...`` end a sentence at every candidate, except a quoted ``!``
   or ``?`` before a name and a reporting verb (``…wall!” Fox told Jorge Ramos``: the
   quotation's attribution, in its sentence), and an ellipsis
   after an article or "and"/"or" (``ELIDED_AFTER``): those words never end a sentence, so
   the ellipsis leaves words out inside one ("relies on the … American interests", "from
   Russia or… China"). Inside a quotation an ellipsis before a capital does end a sentence,
   as a full stop there would: the writer left words out between two of the speaker's
   sentences ("…social media monitoring… Any country … would be interested," he said), and
   the voice lens carries the quotation across the boundary. No candidate ends a piece with no
   letter or digit: an ellipsis that opens a paragraph ("... How has he gotten away …?") goes on
   the sentence it opens, as a fragment with no word is no sentence.
4. A single ``.`` ends a sentence unless the word before it is an abbreviation:

   * ``NEVER_END`` (titles before a name, ``e.g.``, ``i.e.``, ``vs.``): never a boundary, nor
     are capitalised plural titles (``PLURAL_TITLES``: ``Sens. John McCain and …``);
   * ``STATES`` (AP abbreviations of US states: ``Wash.``, ``Calif.``, ``Mich.``): no boundary
     when a title of office follows (``with Wash. Gov. Jay Inslee and …``, ``Mich. Democratic
     Sen. …``, ``Calif. Attorney General …``), where the state qualifies the title; otherwise
     a boundary, since a state after a city often ends a sentence (``…in Lansing, Mich. The
     governor said``). A lower-case word after it is never a candidate (``Wash. state``);
   * ``DOTTED_STATES`` after a city and a comma (``…in Washington, D.C. Jackson's wife spent…``): as
     ``STATES``, a boundary unless a title of office or a body of the place follows (``PLACE_BODIES``:
     ``Washington, D.C. Council``); ``CLOCK`` (``a.m.``, ``p.m.``): a boundary before a capitalised
     word unless it goes on the time (``CLOCK_NEXT``: ``5 p.m. Friday``, ``10 a.m. Eastern``, or a
     zone in capitals: ``12:01 a.m. EDT``);
   * ``BEFORE_NUMBER`` (``No. 02``, ``Vol. 4``, ``p. 2``, ``pp. 3``): no boundary when a
     digit follows, otherwise treated as an ordinary word (``He said no. The …``);
   * ``MONTHS`` (``Jan. 5``, ``Sept. 11``): no boundary before a digit, otherwise
     ambiguous as below;
   * ambiguous — ``MAY_END`` (``Inc.``, ``Jr.``, ``et al.``…), titles that may end a name
     (``NAME_TITLES``: ``Cong.``, ``Det.``, ``Insp.``: "former Cong. Rob Simmons", "the Viet Cong. The"), dotted acronyms (``U.S.``,
     ``U.K.``, ``a.m.``, ``Ph.D.``) and single capital initials (``J. S. Nye``, ``William P.
     Barr``: a capital initial is never read as ``p.`` or ``v.``): a
     boundary only when the next word is a common sentence starter (``STARTERS``:
     The, A, It, This, He, She, They, But…) that is not itself an initial. This keeps
     ``U.S. President``, ``12:01 a.m. EDT`` and ``Michael J. Fox`` together while
     ``…in the U.S. The next day…`` splits.

   A ``.`` directly followed by a closing quote/bracket (``…U.S.” The``) always ends a
   sentence, except an apostrophe that closes no single quotation opened earlier on the line:
   a possessive (``the U.S.' Kurdish allies``), decided as the ``.`` alone. ``etc.`` is
   deliberately *not* an abbreviation: mid-sentence it is followed by a comma or lowercase
   word (no candidate), so before a capital it ends the sentence.

Spans exclude surrounding whitespace and cover every non-whitespace character exactly
once, so joining them with the whitespace between rebuilds the text.

The abbreviation lists draw on the usual news/academic set (cf. the Punkt and pySBD
English abbreviation lists), kept short on purpose: every entry is a rule to test.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import polars as pl

from contrast.schema import (
    END,
    ORIGIN,
    SENTENCE_INDEX,
    SENTENCES_SCHEMA,
    SOURCE_ID,
    START,
    TEXT,
)

__all__ = [
    "POSSESSIVE", "TITLES", "TITLE_BEFORE_NAME", "ends_as_sentence", "own_line_flags", "reads_as_sentence", "segment",
    "sentence_spans",
]  # fmt: skip

TITLES: frozenset[str] = frozenset(
    {
        "mr", "mrs", "ms", "messrs", "mme", "dr", "prof", "sen", "rep", "gov", "gen",
        "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "rev", "hon", "pres",
        "supt", "amb", "atty",
    }
)  # fmt: skip
"""Abbreviated titles and honorifics that precede a name (lowercased, without the dot)."""
TITLE_BEFORE_NAME = "(?:" + "|".join(sorted((t.capitalize() for t in TITLES), key=lambda t: (-len(t), t))) + ")"
"""``TITLES`` as a pattern, as they are written before a name: capitalised, without the dot ("Mr", "Mrs", "Sen",
"Gov", "Lt"). Every rule that reads a title before a name ("Mr. Kelly said", "Sen. Warren continued,", "suggested Ms.
Roe") takes it from here, followed by ``\\.`` or ``\\.?``, so that a title one rule knows the others know too."""
POSSESSIVE = re.compile(r"['’]s?$")
"""A possessive ending on a word ("Trump's", "the senators'"): taken off a name or a cue before it is looked up or
compared (cues, speakers, certainty, the handout's terms, distinctive names)."""

PLURAL_TITLES: frozenset[str] = frozenset(
    {"sens", "reps", "govs", "drs", "profs", "sec", "secs", "brig", "pfc", "pvt", "spc", "ald", "fr"}
)
"""Titles before names that are words in lower case: not a boundary when capitalised ("Sens. John
McCain and Lindsey Graham", "Treasury Sec. Mnuchin", "Air Force Brig. Gen. Ed Thomas", "Army Pvt.
Bowe Bergdahl", "Ald. Carrie Austin"); "sales reps." and "the brig." may end a sentence, and "sec."
(a section) is decided as an abbreviation before a number."""
NAMES_TOO: frozenset[str] = frozenset({"sec"})
"""Of those, the ones that in capitals are a name that may end a sentence ("lying to the SEC. Rating: False")."""

OFFICE_TITLES: frozenset[str] = frozenset({"gov", "govs", "sen", "sens", "rep", "reps", "lt", "atty", "gen", "supt", "pres"})
"""Abbreviated titles of office a state abbreviation may qualify ("Wash. Gov."); courtesy titles
are not among them: "…in Newtown, Conn. Ms. Giffords herself…" is two sentences."""

NEVER_END: frozenset[str] = TITLES | frozenset(
    {
        # abbreviations that precede a name of a place
        "st", "mt", "ft",
        # Latin and comparison abbreviations that introduce what follows
        "e.g", "i.e", "cf", "viz", "vs", "v", "approx",
    }
)  # fmt: skip
"""Words that a ``.`` never ends a sentence after (lowercased, without the dot)."""

BEFORE_NUMBER: frozenset[str] = frozenset(
    {"no", "nos", "vol", "vols", "p", "pp", "ch", "chap", "fig", "figs", "art", "sec",
     "para", "eq", "ref", "ca", "op", "pt", "ed", "tel"}
)
"""Abbreviations that are not a boundary when a number follows (``No. 02``, ``p. 2``)."""

MONTHS: frozenset[str] = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)
"""Month abbreviations: not a boundary before a day number (``Sept. 11``)."""

MAY_END: frozenset[str] = frozenset(
    {"inc", "ltd", "co", "corp", "bros", "plc", "llc", "jr", "sr", "al", "est", "dept",
     "govt", "univ", "assn", "intl"}
)
"""Abbreviations that often end a sentence too; decided by the next word (``STARTERS``)."""

NAME_TITLES: frozenset[str] = frozenset({"cong", "det", "insp"})
"""Titles before a name that may also end one ("former Cong. Rob Simmons", "Det. Sgt. Ann Lee", but "fought the Viet
Cong. The war …"): decided by the next word as ``MAY_END`` is, so a name after them (not a sentence starter) goes on
the sentence. The other titles of office (Rep., Sen., Gov., Lt., Gen., Col., Capt., Sgt., Supt., Atty., Prof., Rev.,
Hon.) are in ``TITLES``: never a boundary."""

STARTERS: frozenset[str] = frozenset(
    [
        "The", "A", "An", "It", "Its", "This", "That", "These", "Those", "There", "Then", "They", "Their", "He", "His",
        "She", "Her", "We", "Our", "I", "You", "Your", "But", "And", "Or", "So", "Yet", "Nor", "However", "Meanwhile",
        "Moreover", "Furthermore", "Still", "Now", "Today", "Yesterday", "In", "On", "At", "As", "If", "When", "While",
        "After", "Before", "Since", "Although", "Though", "Because", "By", "For", "From", "With", "Without", "What",
        "Why", "How", "Who", "Where", "Which", "Some", "Many", "Most", "Such", "Other", "Others", "Another", "One",
        "Both", "Each", "All", "Also", "Instead", "Earlier", "Later", "According",
    ]
)
"""Capitalised words that commonly open an English sentence (case-sensitive)."""

STATES: frozenset[str] = frozenset(
    {"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md",
     "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Vt", "Va",
     "Wash", "Wis", "Wyo"}
)
"""AP abbreviations of US states without inner dots (case-sensitive: "ill." and "wash." are words).
The dotted ones (``N.Y.``, ``W.Va.``) are dotted acronyms (rule 4, ambiguous)."""

OFFICES: frozenset[str] = frozenset(
    {"Governor", "Senator", "Representative", "Mayor", "Lieutenant", "Attorney", "Secretary", "Speaker",
     "Congressman", "Congresswoman", "Assemblyman", "Assemblywoman", "Delegate", "Sheriff", "Judge", "Justice",
     "Chief", "Treasurer", "Auditor", "Comptroller", "Commissioner"}
)
"""Spelled-out titles of office that a state abbreviation may qualify ("Wash. Governor …")."""

PARTIES: frozenset[str] = frozenset({"Republican", "Democrat", "Democratic", "GOP", "Independent"})
"""Party words that may stand between a state abbreviation and a title ("Wash. Democratic Gov. …")."""

DOTTED_STATES: frozenset[str] = frozenset(
    {"D.C", "N.Y", "N.J", "N.C", "S.C", "N.H", "N.M", "N.D", "S.D", "R.I", "W.Va", "N.Dak", "S.Dak"}
)
"""Dotted abbreviations of US states (without the final dot). After a city and a comma ("in Washington, D.C.") one
ends a place name as ``STATES`` do: a boundary unless a title of office or one of ``PLACE_BODIES`` follows
("Washington, D.C. Mayor …", "Washington, D.C. Council"), so "… in Washington, D.C. Jackson's wife spent …" is two
sentences (check9g JJ-4). Without the city before it ("the D.C. Council") it stays ambiguous (rule 4)."""

PLACE_BODIES: frozenset[str] = frozenset(
    {"Council", "Circuit", "Court", "Superior", "Police", "Metropolitan", "Public", "Board", "City", "Department",
     "Government", "National", "Federal", "State", "County", "Area", "Office", "Bureau"}
)
"""Capitalised words that name a body of the place a dotted state abbreviation ends ("D.C. Council")."""

CLOCK: frozenset[str] = frozenset({"a.m", "p.m"})
"""Clock abbreviations: after "5 p.m." a capitalised word opens a new sentence ("… at 2 p.m. Jackson will be free
…": check9g JJ-4) unless it goes on the time (``CLOCK_NEXT``, a zone in capitals: "12:01 a.m. EDT")."""

CLOCK_NEXT: frozenset[str] = frozenset(
    {"Eastern", "Central", "Mountain", "Pacific", "Atlantic", "Greenwich", "Local", "Monday", "Tuesday", "Wednesday",
     "Thursday", "Friday", "Saturday", "Sunday", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept",
     "Oct", "Nov", "Dec", "January", "February", "March", "April", "June", "July", "August", "September", "October",
     "November", "December"}
)
"""Capitalised words that go on a time ("at 5 p.m. Friday", "10 a.m. Eastern")."""

_AFTER_CITY = re.compile(r"[A-Z][\w'’.-]*,[^\S\n\r]*$")
"""A capitalised word and a comma just before a dotted state abbreviation ("Washington, D.C.")."""

ELIDED_AFTER: frozenset[str] = frozenset({"the", "a", "an", "and", "or"})
"""Lower-case words an ellipsis after which leaves words out inside a sentence (they never end one)."""

_SPEAKER_NEXT = re.compile(
    r"\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?:said|says|told|tells|asked|asks|added|adds|shouted|exclaimed|replied|wrote|"
    r"tweeted|insisted|declared|demanded|cried)\b"
)
"""A name and a reporting verb after a quoted "!" or "?": the attribution of the quotation, in its sentence."""
_SPEAKER_TAG = re.compile(
    r"\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?:continued|went\s+on|wondered|pressed|joked|quipped|responded|answered|argued|"
    r"explained|noted|countered|mused|remarked|recalled|offered)(?:\s+(?:aloud|again|later|then|[A-Z][a-z]+day))?\s*[.,!?;]"
)
"""A name and a verb that reports only as a tag ending there ("…run mine?" Akin continued.", "…?" Mr. Akin went on."),
the quotation's attribution in its sentence (check13-reN RA-4); not "Akin continued his campaign", the outlet's own."""
_NEXT_WORDS = re.compile(r"[^\S\n\r]+[“‘\"'«(\[{]*([A-Z][A-Za-z]*)(\.?)(?:[^\S\n\r]+([A-Z][A-Za-z]*)(\.?))?")
"""The one or two capitalised words after a candidate, each with the "." that may follow it."""
_WORD_BEFORE_ELLIPSIS = re.compile(r"(\w+)\s*(?:…|\.\.\.|\. \. \.)$")

_OPENERS = "\"'“‘«([{*_"
"""Stripped from the front of the word before a ``.`` when looking it up."""

_CANDIDATE = re.compile(
    r"""
    (?P<nl>[\n\r])                          # rule 1: a line break is a hard boundary
    |
    (?P<term>[.!?…]+)                       # terminal punctuation ("?!", "..." too)
    (?P<close>["'”’»)\]}]*)                 # closing quotes/brackets stay before the cut
    (?=                                     # only if a sentence plausibly starts next:
        [^\S\n\r]+                          #   horizontal whitespace
        [“‘"'«(\[{¿¡*]*                     #   opening quotes/brackets
        (?P<first>[^\sa-z,;:%)\]}.!?…])     #   not lowercase ASCII / continuation mark
        (?P<word>\w*)                       #   rest of the next word
    )
    """,
    re.VERBOSE,
)

_DOTTED = re.compile(r"(?:[^\W\d_]{1,3}\.)+[^\W\d_]{1,3}")
"""Dotted acronyms without their final dot: U.S, U.K, a.m, Ph.D, U.S.A."""


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    """Decide one punctuation candidate found by ``_CANDIDATE`` (rules 3 and 4)."""
    if m.group("first").islower():  # non-ASCII lowercase ("é") escapes the regex class
        return False
    if not m.group("close") and _elided(text, m):
        return False
    if m.group("term") == "." and m.group("close") in ("'", "’") and not _single_quote_open(text, m.start()):
        pass  # a possessive after an abbreviation ("the U.S.' Kurdish allies"): decided as the "." alone
    elif m.group("term") != "." or m.group("close"):
        return not (
            m.group("close") and m.group("term")[-1] in "!?" and (_SPEAKER_NEXT.match(text, m.end()) or _SPEAKER_TAG.match(text, m.end()))
        )
    start = m.start()
    if start == 0 or text[start - 1].isspace():
        return True  # a lone "." after a space
    before = text[max(0, start - 40) : start].rsplit(None, 1)
    key = before[-1].lstrip(_OPENERS) if before else ""
    lower = key.lower()
    if len(key) == 1 and key.isupper():
        return _starts_a_sentence(text, m)  # an initial ("William P. Barr", "Vladimir V. Putin"), not p. or v.
    if _prefixed_title(lower):
        return False
    if lower in NEVER_END or (lower in PLURAL_TITLES and key[:1].isupper() and not (key.isupper() and lower in NAMES_TOO)):
        return False
    if key in STATES:
        return not _title_follows(text, m.end())
    if key in DOTTED_STATES and _AFTER_CITY.search(text, max(0, start - len(key) - 40), start - len(key)):
        return not (_title_follows(text, m.end()) or (m.group("first") + m.group("word")) in PLACE_BODIES)
    if key in CLOCK:  # lower case: "A.M. Best" is a name
        word = m.group("first") + m.group("word")
        return not (word in CLOCK_NEXT or (word.isupper() and word.isalpha() and len(word) <= 4))
    if lower in BEFORE_NUMBER:
        return not m.group("first").isdigit()
    if lower in MONTHS:
        if m.group("first").isdigit():
            return False
    elif not (lower in MAY_END or lower in NAME_TITLES or ("." in key and _DOTTED.fullmatch(key))):
        return True
    return _starts_a_sentence(text, m)


TITLE_PREFIXES: frozenset[str] = frozenset({"then", "ex", "former", "now", "acting", "vice"})
"""Words joined by a hyphen to a title before a name ("then-Rep. Gabrielle Giffords", "ex-Gov. Jesse Ventura"):
the title after them never ends a sentence either."""


def _prefixed_title(lower: str) -> bool:
    prefix, _, title = lower.rpartition("-")
    return prefix in TITLE_PREFIXES and title in TITLES


def _starts_a_sentence(text: str, m: re.Match[str]) -> bool:
    """After an ambiguous abbreviation: a boundary only before a common sentence starter that is not an initial."""
    return (m.group("first") + m.group("word")) in STARTERS and not text.startswith(".", m.end("word"))


_SINGLE_QUOTE_OPENS = re.compile(r"‘|(?:^|(?<=[\s(\[{\"“]))'")


def _single_quote_open(text: str, at: int) -> bool:
    """Whether a single quotation mark opens earlier on the line (within 300 characters): then a
    ``'`` after a ``.`` closes it; otherwise it is a possessive's apostrophe."""
    line_start = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at), at - 300, -1) + 1
    return _SINGLE_QUOTE_OPENS.search(text, line_start, at) is not None


def _title_follows(text: str, at: int) -> bool:
    """Whether a title of office opens what follows ``at`` ("Gov. Jay Inslee", "Mayor Ed Murray"),
    maybe after a party word ("Democratic Gov. …"): a state abbreviation before it qualifies the title."""
    m = _NEXT_WORDS.match(text, at)
    if m is None:
        return False
    words = [(m.group(1), m.group(2)), (m.group(3), m.group(4))]
    if words[0][0] in PARTIES and words[1][0]:
        words = words[1:]
    word, dot = words[0]
    return (bool(dot) and word.lower() in OFFICE_TITLES) or word in OFFICES


def _elided(text: str, m: re.Match[str]) -> bool:
    """Whether the candidate is an ellipsis ("…", "...", ". . .") after a word that never ends a sentence."""
    term, start = m.group("term"), m.start()
    if term not in ("…", "...") and not (term == "." and text.endswith(". . ", 0, start)):
        return False
    word = _WORD_BEFORE_ELLIPSIS.search(text, max(0, start - 40), m.end("term"))
    return word is not None and word.group(1) in ELIDED_AFTER


_HAS_WORD = re.compile(r"[^\W_]")
"""A letter or digit: a piece of text without one (an ellipsis alone, "...") is no sentence, so a stop after it
cuts nothing and it goes on the sentence it opens."""


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each sentence in text; text[start:end] is the sentence with
    no leading/trailing whitespace; spans are in order, non-overlapping, non-empty."""
    spans: list[tuple[int, int]] = []
    append = spans.append
    piece_start = 0

    def add(a: int, b: int) -> None:
        piece = text[a:b]
        stripped = piece.lstrip()
        if stripped:
            a += len(piece) - len(stripped)
            append((a, a + len(stripped.rstrip())))

    for m in _CANDIDATE.finditer(text):
        if m.lastgroup == "nl":
            cut = m.start()
        elif _is_boundary(text, m) and _HAS_WORD.search(text, piece_start, m.start()):
            cut = m.end()
        else:
            continue  # not a boundary; nor is one that would leave a fragment with no word ("... How has he …")
        add(piece_start, cut)
        piece_start = cut
    add(piece_start, len(text))
    return spans


_ENDS_AS_SENTENCE = re.compile(r"[.!?…。！？][\"'”’»)\]}」』]*$")


def ends_as_sentence(sentence: str) -> bool:
    """Whether a sentence ends as one: with ``.``, ``!``, ``?`` or ``…``, maybe inside closing
    quotes or brackets.

    Rule 1 makes every line a sentence, so section headings, headlines and labels reach the
    sentences frame without a full stop ("Digital surveillance"), as does the odd citation
    left on its own ("(Zhang & Musa, 2023)"). They are not sentences of the body: measures
    of sentence length leave them out."""
    return _ENDS_AS_SENTENCE.search(sentence) is not None


_LETTERED = re.compile(r"[^\W\d_][\w'’.-]*")
_HEADLINE_LOWER = frozenset({"a", "an", "and", "at", "by", "de", "for", "in", "of", "on", "or", "the", "to"})
"""Short words a headline in title case may leave in lower case ("Sharp Downward Revision of April's Gain.")."""


def reads_as_sentence(sentence: str, *, own_line: bool = False) -> bool:
    """Whether a sentence reads as one of the body, for measures of sentence length: it ends as one
    (``ends_as_sentence``), has two words or more with a letter ("Horrid.", '-- "Weak."' and "OK?" are
    items or fragments, not sentences), and, when it is a line of its own (``own_line``), is no
    headline in title case: three words or more, every one capitalised but "of", "the" and the like
    ("A Vicious Cycle?", 'Stock Futures "Plummeting."': a live blog's headings end with a stop or a
    question mark, check14 JR-8). "Perry is a Methodist." is a sentence: its verb is in lower case."""
    if not ends_as_sentence(sentence):
        return False
    lettered = _LETTERED.findall(sentence)
    if len(lettered) < 2:
        return False
    if not own_line:
        return True
    if _shouted_heading(sentence, lettered):
        return False
    return len(lettered) < 3 or not _title_case(lettered)


_SHORT_LINE = 6
"""Words with a letter a line without a closing stop may have to be read as a heading: the section headings of the
bundled and test sources have 2–5 ("Exporting soft power", "US businesses have their say"); the shortest own-voice
line of prose that lost its stop in them has 11. Longer sentence-case headings ("China's unique positioning in global
cultural diplomacy") stay in the tone base: told apart from prose only by their grammar."""
_CLOSING = "\"'”’»)]} "


def is_heading(sentence: str, *, own_line: bool = False) -> bool:
    """Whether a sentence is page structure, not something its outlet says, for measures of the outlet's own voice
    (tone): an item of fewer than two words with a letter ("Horrid.", "ABSTRACT", "Conclusion"), or a line of its own
    (``own_line``) that is a headline in title case ('Stock Futures "Plummeting."' with three words or more, "Sharp
    Downward Revision Of April's Gain:", check14 JR-8; "Soft Power" without a stop), or a short line without a stop
    (``_SHORT_LINE`` words at most: "Digital surveillance", "Round 2 of trade talks"), or a signpost ending with a colon
    ("Here's what we know:", ``_signpost``), or a section title opening on a question word without a stop ("What
    Democrats want added to the spending bill", ``_section_title``). A colon lead-in in sentence case that says something ("Another sobering
    detail from the report:") is prose: it stays, as does every sentence inside a paragraph
    and a longer line whose stop was lost in scraping ("Acacia Communications Inc, …, jumped nearly 9 percent")."""
    lettered = _LETTERED.findall(sentence)
    if len(lettered) < 2:
        return True
    if not own_line:
        return False
    if ends_as_sentence(sentence):
        return (len(lettered) >= 3 and _title_case(lettered)) or _shouted_heading(sentence, lettered) or (
            _fragment_question(sentence, lettered)
        )
    if sentence.rstrip(_CLOSING).endswith(":"):
        return _title_case(lettered) or _signpost(lettered) or _label_lead(lettered)
    return _title_case(lettered) or len(lettered) <= _SHORT_LINE or _section_title(sentence, lettered)


_LABEL_WORDS = 3
_SPEAKING = frozenset({
    "said", "says", "say", "told", "tells", "wrote", "writes", "added", "adds", "noted", "notes", "read", "reads",
    "stated", "states", "tweeted", "tweets", "posted", "posts", "explained", "explains", "continued", "continues",
    "asked", "asks", "replied", "replies", "responded", "responds", "declared", "insisted", "argued", "warned",
    "recalled", "concluded", "announced", "quipped", "remarked", "reported", "reports", "report", "begins",
    "i", "he", "she", "they", "we", "it", "you",
})


def _label_lead(lettered: Sequence[str]) -> bool:
    """A line of its own of ``_LABEL_WORDS`` words or fewer ending with a colon, with no verb of saying and no pronoun:
    a label before a link or a list ("Full story:", CNN's live blog before its article, check AE BA-5; "Related
    coverage:", "Key dates:"), not a lead-in to someone's words ("He added:", "The statement read:", "Trump tweeted:")."""
    return len(lettered) <= _LABEL_WORDS and not any(word.lower() in _SPEAKING for word in lettered)


_SIGNPOST_OPENING = frozenset({"here's", "here’s", "here"})
_SIGNPOST_WORDS = frozenset({"what", "who", "where", "when", "why", "how"})


def _signpost(lettered: Sequence[str]) -> bool:
    """A line of its own ending with a colon that only announces the section after it: a question word opening it,
    maybe after "Here's" ("Here's what we know:", "What we don't know:", "What happens next:", Vox, check-T), in
    ``_SHORT_LINE`` words or fewer and with no capitalised word after its first, so naming no one and nothing. It
    says what the article does next, not what happened, so it is page structure, not the outlet's claim. A lead-in
    that names its subject ("Here's how The Wall Street Journal is summing things up:") or says something of it
    ("Another sobering detail from the report:") stays prose."""
    return (
        _opening_word(lettered) in _SIGNPOST_WORDS and len(lettered) <= _SHORT_LINE
        and not any(word[:1].isupper() for word in lettered[1:] if word != "I")
    )


_SECTION_TITLE_WORDS = 12
"""Words with a letter a section title opening on a question word may have ("What Democrats want added to the
“interim” spending bill", Vox, check-T SB): in 10,000 AllSides articles, such lines without a stop of 12 words or
fewer are section titles and headlines ("How the vote will work", "Why there’s debate"); longer ones are mostly
headlines with a source's name pasted on."""
_SECTION_OPENING = _SIGNPOST_WORDS - {"when"}


def _section_title(sentence: str, lettered: Sequence[str]) -> bool:
    """A line of its own without a stop that opens on "What", "Why", "How", "Where" or "Who" (maybe after "Here's"),
    ``_SECTION_TITLE_WORDS`` words or fewer and no comma: a section title in sentence case ("What Democrats want added to
    the “interim” spending bill", "How the siege unfolded"). A sentence asks with "?" or states with a stop; "When"
    opens a clause that a main clause follows ("When TANF became a law, a lot changed"), so it is left out."""
    return (
        _opening_word(lettered) in _SECTION_OPENING and len(lettered) <= _SECTION_TITLE_WORDS and "," not in sentence
    )


def _opening_word(lettered: Sequence[str]) -> str:
    """The first word of a line, lower-cased, after "Here's", "Here is" or "Here are"; "" for none."""
    words = [word.lower() for word in lettered]
    if words and words[0] in _SIGNPOST_OPENING:
        words = words[2:] if words[0] == "here" and words[1:2] in (["is"], ["are"]) else words[1:]
    return words[0] if words else ""


_ASKING_OPENERS = frozenset({
    "who", "whom", "whose", "what", "which", "why", "how", "when", "where", "is", "are", "was", "were", "am", "do",
    "does", "did", "can", "could", "will", "would", "shall", "should", "may", "might", "must", "has", "have", "had",
    "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "can't", "won't", "wouldn't", "shouldn't",
    "isn’t", "aren’t", "wasn’t", "weren’t", "don’t", "doesn’t", "didn’t", "can’t", "won’t", "wouldn’t", "shouldn’t",
    "and", "but", "or", "so", "then", "now", "still", "yet", "by", "it", "he", "she", "they", "this", "that", "there",
    "hmm", "what's", "what’s", "who's", "who’s", "how's", "how’s", "where's", "where’s", "why's", "why’s",
})
"""Words that open a question a writer asks in full (a question word or an auxiliary before its subject), or tie it to
the text before ("But will the House act?"): the writer's own question, not a subhead."""
_ASKED_OF = frozenset({"i", "you", "your", "we", "our", "us", "me", "my"})


def _fragment_question(sentence: str, lettered: Sequence[str]) -> bool:
    """A line of its own that is a verbless question of ``_SHORT_LINE`` words or fewer, opening with a capital on neither
    a question word nor an auxiliary, with no quotation mark or inner stop or comma ("Kooky,
    right?", "ANCHOR: Jill Stein?" are running text and a transcript) and asked of no one ("Stuck in a corner?", CNN's subhead in
    an opinion piece, check AB CR-10; "Burden or achievement?", "A new era for NATO?"): English asks a full question by
    a question word or by putting the auxiliary first, so a short line that does neither is a title for the section
    after it, not a sentence the outlet says. "Is this the end?" and "Why now?" stay prose; so does a question inside a
    paragraph."""
    words = [w.lower().strip(".") for w in lettered]
    body = sentence.rstrip(_CLOSING)[:-1]
    return (
        sentence.rstrip(_CLOSING).endswith("?") and len(lettered) <= _SHORT_LINE and sentence[:1].isupper()
        and words[0] not in _ASKING_OPENERS and _ASKED_OF.isdisjoint(words) and not re.search("[\"“”‘,;:.!?]", body)
    )


def _shouted_heading(sentence: str, lettered: Sequence[str]) -> bool:
    """A line of its own in capitals, two words or more, ending with "?" or "!": a subhead ("PRESSURE TACTIC?",
    Reuters, check15 Q-BN BN-8: scored as the outlet's own tone and read as a short sentence). Cleaning drops such
    lines without a stop (``clean.rules.is_capital_heading``); one that ends with a full stop is a shouted sentence
    and stays prose."""
    return (len(lettered) >= 2 and sentence.rstrip(_CLOSING).endswith(("?", "!"))
            and sentence.upper() == sentence != sentence.lower())


def _title_case(lettered: Sequence[str]) -> bool:
    """Whether every word is capitalised but "of", "the" and the like (``_HEADLINE_LOWER``)."""
    return all(word[0].isupper() or word in _HEADLINE_LOWER for word in lettered)


SECTION_HEADINGS = 3
"""Short section headings (``is_heading``: lines of their own without a stop) a text must have for a longer line of
that shape to be read as one more of them (``heading_flags``), as cleaning reads a lone question among them
(``clean.rules.SECTION_HEADINGS``)."""


def _section_heading_shape(sentence: str, *, most: int = _SECTION_TITLE_WORDS) -> bool:
    """A line that may be a section heading: no closing stop and no colon, comma or semicolon at its end (a list's
    item: "Professionally produced, with actors who are paid …;"), opening with a capital or a digit, and
    ``most`` words with a letter or fewer (``_SECTION_TITLE_WORDS``)."""
    stripped = sentence.strip()
    return bool(
        stripped[:1].isupper() or stripped[:1].isdigit()
    ) and not ends_as_sentence(stripped) and not stripped.rstrip(_CLOSING).endswith((":", ";", ",")) and (
        len(_LETTERED.findall(stripped)) <= most
    )


RUN_IN_HEADINGS = 3
"""Run-in headings (``_run_in_shape``) a text must have for them to be read as headings: one such sentence may be a
short sentence in title case ("Thank You Notes Matter."), a series of them opening paragraphs is how a column sets out
its sections (Breitbart's "The “White Police” Myth.", "The “Evil Mayor” Myth.", … check AE BA-5)."""
_RUN_IN_WORDS = 8


def _run_in_shape(sentence: str) -> bool:
    """A sentence that may be a run-in heading: ``_RUN_IN_WORDS`` words with a letter or fewer (two or more), all in
    title case (``_title_case``), ending with a full stop. Not a transcript's turn (``_TURN``: "MARTIN: Right.",
    "Dunn: Exactly.", "From The New York Times, I’m Michael Barbaro."), which someone says: on the AllSides sample
    the only run-in series that were not headings, datelines, citations or copyright lines."""
    lettered = _LETTERED.findall(sentence)
    return (
        2 <= len(lettered) <= _RUN_IN_WORDS and _title_case(lettered) and sentence.rstrip(_CLOSING).endswith(".")
        and not _TURN.search(sentence)
    )


_TURN = re.compile(r"^[A-Z][A-Z.'’ -]+:|:\s*[\w'’-]+[.!?]?[\"”’']*\s*$|(?<![\w'’])I(?:['’]m|\s)")
"""A transcript's turn: a speaker's name in capitals before a colon, one word after a colon ("Dunn: Exactly."), or the
first person."""


def heading_flags(
    texts: Sequence[str], own_lines: Sequence[bool], *, opens: Sequence[bool] | None = None
) -> list[bool]:
    """``is_heading`` of each of one source's sentences (``own_lines``: each is a line of its own), and, in a text whose
    sections have ``SECTION_HEADINGS`` or more short headings without a stop ("A big win for Trump", "Democrats face
    uphill battle", "Questions remain on obstruction"), every other line of their shape (``_section_heading_shape``)
    too: The Hill's "Egg on the face of talking heads" has seven words, one more than ``_SHORT_LINE``, and was scored
    as the outlet's own sentence between the others (check AC BR-7). Alone, such a line may be prose that lost its
    stop; among the text's other headings it is one of them. ``opens``: each sentence opens a paragraph; where
    ``RUN_IN_HEADINGS`` or more of them are run-in headings (``_run_in_shape``), those are headings too. A text with
    one section title after its first line may set a longer one in sentence case between two paragraphs (``_subheads``)."""
    flags = [is_heading(text, own_line=own) for text, own in zip(texts, own_lines, strict=True)]
    if opens is not None:  # run-in headings: a series of short title-case sentences opening paragraphs
        run_in = [opened and not own and _run_in_shape(text) for text, own, opened in zip(texts, own_lines, opens, strict=True)]
        if sum(run_in) >= RUN_IN_HEADINGS:
            flags = [flag or heading for flag, heading in zip(flags, run_in, strict=True)]
    flags = _subheads(texts, own_lines, flags)
    shaped = [own and _section_heading_shape(text) for text, own in zip(texts, own_lines, strict=True)]
    if sum(flag and shape for flag, shape in zip(flags, shaped, strict=True)) < SECTION_HEADINGS:
        return flags
    return [flag or shape for flag, shape in zip(flags, shaped, strict=True)]


SUBHEAD_WORDS = 16
"""Words with a letter a subhead in sentence case may have (``_subheads``): Vox's "It’s possible that no new money gets
passed until the fourth stimulus bill" has 13."""


def _subheads(texts: Sequence[str], own_lines: Sequence[bool], flags: list[bool]) -> list[bool]:
    """``flags`` with a subhead in sentence case read as one: in a text that has a section title after its first line
    (``_section_title``: "What …", "How …", the shape of an explainer's sections), a line of its own of heading shape
    (``_section_heading_shape``), up to
    ``SUBHEAD_WORDS`` words and no comma, that stands between two sentences ending as sentences. Vox's "It’s possible
    that no new money gets passed until the fourth stimulus bill" (check AI SB layout notes) was scored as its own
    sentence, one of its three hedges, beside the section title "What Democrats want added to the “interim” spending
    bill", which was a heading. A line of prose that lost its stop in scraping is told apart by the text's other
    headings (it has no section title; a short heading such as "Unions face a long fight" is not one, check AC BR-7's
    near miss) or by a comma ("Acacia Communications Inc, …, jumped nearly 9 percent")."""
    titled = any(
        k > 0 and own and not ends_as_sentence(text) and _section_title(text, _LETTERED.findall(text))
        for k, (text, own) in enumerate(zip(texts, own_lines, strict=True))
    )
    if not titled:
        return flags
    found = list(flags)
    for k in range(1, len(texts) - 1):
        text = texts[k].strip()
        if found[k] or not own_lines[k] or "," in text or not _section_heading_shape(text, most=SUBHEAD_WORDS):
            continue
        if len(_LETTERED.findall(text)) >= 3 and ends_as_sentence(texts[k - 1]) and ends_as_sentence(texts[k + 1]):
            found[k] = True
    return found


def paragraph_opening_flags(text: str, spans: Sequence[tuple[int, int]]) -> list[bool]:
    """Whether each sentence (a span of ``text``) opens a paragraph: a run-in heading stands there."""
    return [a == 0 or text[a - 1] == "\n" for a, _ in spans]


def own_line_flags(text: str, spans: Sequence[tuple[int, int]]) -> list[bool]:
    """Whether each sentence (a span of ``text``) is a line of its own: a heading, an item, a one-sentence paragraph."""
    return [(a == 0 or text[a - 1] == "\n") and (b == len(text) or text[b] == "\n") for a, b in spans]


def segment(texts: Mapping[str, str], origins: Mapping[str, str]) -> pl.DataFrame:
    """texts: source_id -> cleaned text; origins: source_id -> origin id. Returns a polars frame with
    schema contrast.schema.SENTENCES_SCHEMA (source_id, origin, sentence_index (0-based per source),
    text, start, end), sorted by source_id then sentence_index."""
    return sentences_frame(texts, {source_id: sentence_spans(text) for source_id, text in texts.items()}, origins)


def sentences_frame(
    texts: Mapping[str, str], spans: Mapping[str, Sequence[tuple[int, int]]], origins: Mapping[str, str]
) -> pl.DataFrame:
    """The sentences frame of ``segment`` from spans found earlier (one source at a time, cached)."""
    missing = sorted(set(texts) - set(origins))
    if missing:
        raise KeyError(f"segment: no origin given for source ids {missing}")
    ids: list[str] = []
    origin_col: list[str] = []
    index_col: list[int] = []
    text_col: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for source_id in sorted(texts):
        text = texts[source_id]
        source_spans = spans[source_id]
        n = len(source_spans)
        ids.extend([source_id] * n)
        origin_col.extend([origins[source_id]] * n)
        index_col.extend(range(n))
        for a, b in source_spans:
            text_col.append(text[a:b])
            starts.append(a)
            ends.append(b)
    return pl.DataFrame(
        {
            SOURCE_ID: ids,
            ORIGIN: origin_col,
            SENTENCE_INDEX: index_col,
            TEXT: text_col,
            START: starts,
            END: ends,
        },
        schema=SENTENCES_SCHEMA,
    )
