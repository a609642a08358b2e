"""Text rules of the classroom handout: trimming, blind-mode redaction, its own reading level.

Quoted excerpts are the sources' words: they may be shortened (with an ellipsis, at a
word boundary) and, in blind mode, an outlet or origin name inside them may be replaced
by a marked gap, but a word is never changed. The handout's own prose — everything that
is not a quoted excerpt — is measured with the engine's readability module, so the
grade a teacher is promised is the grade the printed page has.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser

from contrast.metrics.readability import formula_counts
from contrast.metrics.textstat_exact import readability_counts, scores_from_counts
from contrast.segment import sentence_spans

EXCERPT_MAX_WORDS = 40
"""Excerpts longer than this are cut at a word boundary and end in an ellipsis: long
enough to keep a claim and its framing, short enough for four side by side on A4."""
ELLIPSIS = " …"
CUT = " […]"
"""The handout's own mark where it cuts a source's sentence: bracketed, as an editor marks an omission, so that a student
can tell it from an ellipsis the source wrote itself (the Guardian's "These agreements are … very common", Reuters's
"… with Hillary Clinton ...": the handout said "A “…” means we cut the quote short" of both, checkR SD-71). The
briefing, read by adults beside the full texts, keeps ``ELLIPSIS``."""
SOURCE_ELLIPSIS = re.compile(r"…|\.\s?\.\s?\.")
"""An ellipsis as a source writes one: the character, or three full stops."""
REDACTED = "[name removed]"
"""Stands in, in blind mode, for an outlet or origin name found inside an excerpt."""
QUOTED_CLASS = "excerpt"
"""HTML class of every element holding a source's words; the prose measure skips them."""
_NAME = re.compile(r"[A-Z][\w'’.&-]*(?:\s+(?:of\s+|the\s+|and\s+)?[A-Z][\w'’.&-]*)*")
"""A run of capitalised words: a name inside an outlet's parenthetical note."""
GRADE_FORMULA = "flesch_kincaid_grade"
"""Flesch–Kincaid: the grade formula teachers meet most often (and the one in word processors)."""


def trim_excerpt(text: str, max_words: int = EXCERPT_MAX_WORDS, mark: str = ELLIPSIS) -> tuple[str, bool]:
    """The first ``max_words`` words of ``text`` and ``mark`` (an ellipsis; the handout's ``CUT``), or ``text`` itself.

    Returns the excerpt and whether it was trimmed. Whitespace inside the kept part is
    left exactly as the source has it, so the excerpt is a prefix of the sentence.
    """
    words = list(re.finditer(r"\S+", text))
    if len(words) <= max_words:
        return text, False
    end = words[max_words - 1].end()
    if text[end - 1].isdigit() and (scale := _FIGURE_SCALE.match(text, end)) is not None:
        end = scale.end()  # a figure is kept whole: "$3.6 […]" is no amount (check AF BW, reader item 3)
    if not text[end:].strip(" .!?;:,\"”’')"):
        return text, False  # nothing but the sentence's close was left to cut
    kept = text[:end].rstrip(",;:—–-")
    return kept + mark, True


_FIGURE_SCALE = re.compile(
    r"\s+(?:billion|million|trillion|thousand|hundred|percent|per\s+cent|bn|mn)\b(?:\s+(?:dollars|euros|pounds|yuan|yen))?",
    re.IGNORECASE,
)
"""The words that finish a figure after its number ("$3.6 billion", "12 percent", "40 million dollars"): an excerpt is
never cut between them."""


def around(sentence: str, word: str) -> str:
    """``sentence``, or when long a cut of it that keeps ``word`` in sight (each cut marked "…")."""
    trimmed, cut = trim_excerpt(sentence)
    if not cut or word.lower() in trimmed.lower():
        return trimmed
    at = sentence.lower().find(word.lower())
    start = len(sentence[: max(at, 0)].split()) - WORDS_BEFORE
    tail = " ".join(sentence.split()[max(start, 0):])
    return "… " + trim_excerpt(tail)[0]


WORDS_BEFORE = 12
"""Words of context kept before a word deep in a long sentence."""


def identifying_terms(outlets: Iterable[str], labels: Iterable[str]) -> tuple[str, ...]:
    """Strings that would give a source away in blind mode, longest first.

    Each outlet as written, without a parenthetical note ("People's Daily Online (…)"),
    and without a trailing "Online", ".com" or "News" ("CCTV.com" → "CCTV"); each name in
    such a note ("(republished China Daily report)" → "China Daily"), since an article
    that mentions the outlet it was republished from gives itself away; each origin label
    as written. Terms shorter than three characters are ignored (too many false hits).
    """
    terms: set[str] = set()
    for outlet in outlets:
        core = re.sub(r"\s*\(.*?\)\s*", " ", outlet).strip()
        notes = [name for note in re.findall(r"\((.*?)\)", outlet) for name in _NAME.findall(note)]
        bare = [re.sub(r"^The\s+", "", name) for name in notes]
        for form in (outlet.strip(), core, re.sub(r"(\s+Online|\.com|\s+News)$", "", core).strip(), *notes, *bare):
            if len(form) >= 3:
                terms.add(form)
    terms.update(label.strip() for label in labels if len(label.strip()) >= 3)
    return tuple(sorted(terms, key=lambda t: (-len(t), t)))


@dataclass(frozen=True)
class BlindNames:
    """What blind mode hides in the sources' words, and what it puts in each name's place.

    Only the handout's own outlets are hidden (each as ``identifying_terms`` spells it). A source
    that names another source's outlet keeps who said what: the name becomes that outlet's role,
    "[a Chinese state media outlet]", so students can still tell who accused whom; a source that
    names itself (or a name two origins' outlets share) gets :data:`REDACTED`, which gives nothing
    away. Iterates over its terms, longest first, as ``mentions`` reads them.
    """

    terms: tuple[str, ...] = ()
    roles: Mapping[str, str] = field(default_factory=dict)
    """Folded term → the role shown instead of it."""
    own: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """Source id → the folded terms naming its own outlet."""

    def __iter__(self) -> Iterator[str]:
        return iter(self.terms)

    def __bool__(self) -> bool:
        return bool(self.terms)

    def hide(self, text: str, source_id: str) -> str:
        """``text`` (a sentence of ``source_id``) with each hidden name replaced, in one pass."""
        if not self.terms:
            return text
        own = self.own.get(source_id, frozenset())

        def swap(match: re.Match[str]) -> str:
            term = _folded(match.group("term"))
            shown = REDACTED if term in own else self.roles.get(term, REDACTED)
            return shown if shown != REDACTED else (match.group("the") or "") + shown

        return _role_pattern(self.terms).sub(swap, text)


def blind_names(sources: Iterable[tuple[str, str, str]]) -> BlindNames:
    """The names blind mode hides, from each source's (id, outlet, origin label): every identifying
    term of its outlet, shown elsewhere as "[a <label> outlet]" ("[an Academic outlet]")."""
    terms: set[str] = set()
    labels: dict[str, set[str]] = {}
    own: dict[str, frozenset[str]] = {}
    for source_id, outlet, label in sources:
        found = identifying_terms([outlet], []) if outlet.strip() else ()
        terms.update(found)
        own[source_id] = frozenset(_folded(t) for t in found)
        for term in found:
            labels.setdefault(_folded(term), set()).add(label)
    roles = {term: _role(next(iter(of))) if len(of) == 1 else REDACTED for term, of in sorted(labels.items())}
    return BlindNames(tuple(sorted(terms, key=lambda t: (-len(t), t))), roles, own)


def hide_names(text: str, hidden: Iterable[str], source_id: str) -> str:
    """``text`` of ``source_id`` with the names blind mode hides replaced: by their roles when
    ``hidden`` is a ``BlindNames``, else (a plain list of names) by :data:`REDACTED`."""
    return hidden.hide(text, source_id) if isinstance(hidden, BlindNames) else redact(text, hidden)


def _role(label: str) -> str:
    article = "an" if label[:1].lower() in "aeiou" else "a"
    return f"[{article} {label} outlet]"


def _folded(term: str) -> str:
    return " ".join(term.replace("’", "'").split()).casefold()


@cache
def _role_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``terms``, whole word, with a "the" before it (a role reads "in [a … outlet]", not
    "in the [a … outlet]")."""
    return re.compile(r"(?:(?<!\w)(?P<the>the\s+))?(?<!\w)(?P<term>" + "|".join(map(_escaped, terms)) + r")(?!\w)", re.IGNORECASE)


def mentions(text: str, terms: Iterable[str]) -> bool:
    """Whether ``text`` contains any of ``terms`` as whole words, case-insensitively."""
    terms = tuple(terms)
    return bool(terms) and _any_term_pattern(terms).search(text) is not None


def redact(text: str, terms: Iterable[str]) -> str:
    """``text`` with every whole-word occurrence of ``terms`` replaced by :data:`REDACTED`."""
    for term in terms:
        text = _term_pattern(term).sub(REDACTED, text)
    return text


@cache
def _term_pattern(term: str) -> re.Pattern[str]:
    """Whole-word, case-insensitive, and either apostrophe ("People's" = "People’s")."""
    return re.compile(r"(?<!\w)" + _escaped(term) + r"(?!\w)", re.IGNORECASE)


@cache
def _any_term_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for all ``terms`` (a blind 500-source handout hides ~1,000 outlet names: one
    search per sentence, not one compiled pattern per name, which overflows ``re``'s cache)."""
    return re.compile(r"(?<!\w)(?:" + "|".join(map(_escaped, terms)) + r")(?!\w)", re.IGNORECASE)


def _escaped(term: str) -> str:
    """``term`` as a literal pattern in which either apostrophe matches ("People's" = "People’s")."""
    return re.sub("['’]", "['’]", re.escape(term))


class _ProseExtractor(HTMLParser):
    """Collects the visible text of an HTML page, minus quoted excerpts, styles and scripts."""

    SKIPPED = frozenset({"style", "script", "head", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._stack: list[bool] = []
        """Per open element: is it (or an ancestor) skipped?"""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "img", "meta", "link", "hr", "input"):
            return
        classes = (dict(attrs).get("class") or "").split()
        inherited = bool(self._stack) and self._stack[-1]
        self._stack.append(inherited or tag in self.SKIPPED or QUOTED_CLASS in classes)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("br", "img", "meta", "link", "hr", "input"):
            return
        if self._stack:
            self._stack.pop()
        if tag in ("p", "li", "h1", "h2", "h3", "h4", "td", "th", "dt", "dd", "figcaption", "div"):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not (self._stack and self._stack[-1]):
            self.parts.append(data)


def prose_text(html: str) -> str:
    """The handout's own words: visible text of ``html`` without the quoted excerpts.

    Headings, list items and table cells count as sentences of their own (textstat splits
    on ``.!?`` only, so a full stop is added where a block ends without one).
    """
    parser = _ProseExtractor()
    parser.feed(html)
    blocks = [" ".join(block.split()) for block in "".join(parser.parts).split("\n")]
    sentences = [b if b.endswith((".", "!", "?", ":")) else b + "." for b in blocks if re.search(r"\w", b)]
    return " ".join(s.rstrip(":") + ("." if s.endswith(":") else "") for s in sentences)


def prose_grade(html: str) -> float:
    """Flesch–Kincaid grade of the handout's own prose (excerpts excluded), as the sources' grades are
    measured: textstat's word and syllable counts, the segmenter's sentences (a "U.S." in the prose
    is no sentence end)."""
    text = prose_text(html)
    sentences = [text[a:b] for a, b in sentence_spans(text)]
    counts = formula_counts(readability_counts(text, "en_US"), [readability_counts(s, "en_US").words for s in sentences])
    return float(scores_from_counts(counts)[GRADE_FORMULA])


_STRAIGHT_OPENS = re.compile(r'(?:^|(?<=[\s(\[—–-]))"(?=\S)')


def quotation(text: str) -> str:
    """``text`` in double quotation marks, its own double marks turned single (the nesting of English
    typography): a sentence that is itself a quotation printed as ““Put big game trophy decision on hold …””
    (check7), and one ending in its quotation's mark as “… on hold.””. A straight mark opens after a space
    or at the start and closes elsewhere; apostrophes and single marks are left as written. A mark without its
    pair (a paragraph of a quotation running on over paragraphs) is paired first (:func:`balanced_quotes`).

    A sentence that is one quotation from its first character to its last keeps its own pair of marks and gets
    no second one: “‘I’m not saying that I am going to finish it.’” beside another source's “I’m not saying …”
    read as two different quotations (check8-new)."""
    balanced = balanced_quotes(text)
    if _whole_quotation(balanced):
        return "“" + balanced[1:-1].replace('"', "’").replace("“", "‘").replace("”", "’") + "”"
    inner = _STRAIGHT_OPENS.sub("‘", balanced).replace('"', "’").replace("“", "‘").replace("”", "’")
    return f"“{inner}”"


def _whole_quotation(text: str) -> bool:
    """Whether ``text`` opens with a double mark that its last character closes (“…” or "…"), no mark between
    closing it first ("“It is over,” he said, “for now.”" is two quotations and a speaker)."""
    if len(text) < 2 or text[0] not in "“\"" or text[-1] not in "”\"":
        return False
    body = text[1:-1]
    if '"' in body:
        return False
    depth = 0
    for mark in re.findall("[“”]", body):
        depth += 1 if mark == "“" else -1
        if depth < 0:
            return False
    return depth == 0


def balanced_quotes(text: str) -> str:
    """``text`` with its double quotation marks in pairs: a quotation it opens and does not close is closed at
    its end, and one it closes without opening is opened at its start (after a leading "… "). A heading or an
    excerpt cut from a quotation that runs on over paragraphs ("e002 “However, it appears the plaintiffs’ …
    voters of Colorado." — check7; the OJ handout's "I trust in God, … back to work.\"" — check9g-new) shows its
    marks in pairs. Straight marks count as opening at the start of a word (as :func:`quotation` reads them),
    and a doubled straight mark opening a word ("\"\"We have learned …", HuffPost's typing, printed as
    “‘’’We — check9-new BV) is one mark. Marks are read in order, so a close before any open is an orphan
    even when an open comes later ("a” b “c" → "“a” b “c”")."""
    text = _reversed_opens(_DOUBLED_OPEN.sub('"', text))
    opened: list[str] = []
    orphans: list[str] = []
    reads: dict[int, bool] = {}
    for mark in _marks(text):
        opening = mark.group() == "“" or (mark.group() == '"' and _is_straight_open(text, mark.start()))
        reads[mark.start()] = opening
        if opening:
            opened.append(mark.group())
        elif opened:
            opened.pop()
        else:
            orphans.append(mark.group())
    if not orphans and not opened:
        return text
    lead = len(_LEAD.match(text).group()) if orphans else 0  # type: ignore[union-attr]
    chars = list(text)
    # a straight mark beside an added one could read the other way round: it is printed as it was read
    for at in {lead if orphans else -1, len(text) - 1 if opened else -1} - {-1}:
        if chars[at] == '"':
            chars[at] = "“" if reads[at] else "”"
    before = '"' if orphans == ['"'] else "“" * len(orphans)  # two straight marks in a row read as open, close
    after = '"' if opened == ['"'] else "”" * len(opened)
    return "".join(chars[:lead]) + before + "".join(chars[lead:]) + after


_DOUBLED_OPEN = re.compile(r'(?:^|(?<=[\s(\[—–-]))""(?=\w)')
_REVERSED_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))”(?=[\w‘'…\[])")


def _reversed_opens(text: str) -> str:
    """``text`` with a closing double mark set where a quotation opens, with nothing open (”We have mechanisms …,”
    Mr. Obama said: typesetting that made every mark a closing one), turned into the opening mark it stands for, as
    the voice lens reads it (check15 Q-HL: printed “‘‘’We have mechanisms …’ Mr. Obama said …”)."""
    if "”" not in text:
        return text
    chars, depth = list(text), 0
    for mark in re.finditer('[“”"]', text):
        if mark.group() == "“" or (mark.group() == '"' and _is_straight_open(text, mark.start())):
            depth += 1
        elif depth == 0 and mark.group() == "”" and _REVERSED_OPEN.match(text, mark.start()):
            chars[mark.start()] = "“"
            depth += 1
        else:
            depth = max(0, depth - 1)
    return "".join(chars)
_LEAD = re.compile(r"\s*(?:(?:…|\[…\])\s+)?")


def _marks(text: str) -> Iterator[re.Match[str]]:
    return re.finditer('[“”"]', text)


def _is_straight_open(text: str, at: int) -> bool:
    return _STRAIGHT_OPENS.match(text, at) is not None


def signed(value: float, digits: int = 2, *, sign: bool = True, grouping: bool = False) -> str:
    """``value`` to ``digits`` places with a typographic minus (and a ``+`` when ``sign``): a value that rounds to
    zero prints as zero does, with no sign at all — never "−0.00" (check7: "2 sentences, mean tone −0.00") nor "+0.00",
    which said a mean of −0.0015 was positive (check10h)."""
    rounded = round(value, digits) + 0.0
    spec = f"{'+' if sign and rounded != 0 else ''}{',' if grouping else ''}.{digits}f"
    return format(rounded, spec).replace("-", "−")


def join_words(items: list[str], *, conjunction: str = "and") -> str:
    """"A", "A and B", "A, B and C" (or "A, B or C"): a list in a sentence."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {conjunction} " + items[-1]


def tone_ends(values: list[float]) -> tuple[str, str]:
    """Words for the top and the bottom of tone figures that fit their signs: "least negative"
    when none is positive (a top of +0.00 is not "most positive"), "least positive" when none is negative."""
    if all(v <= 0 for v in values) and any(v < 0 for v in values):
        return "least negative", "most negative"
    if all(v >= 0 for v in values) and any(v > 0 for v in values):
        return "most positive", "least positive"
    return "most positive", "most negative"


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAY_MONTH_YEAR = re.compile(rf"\b(?:(\d{{1,2}})–)?(\d{{1,2}}) ({_MONTHS})(?: (\d{{4}}))?\b")
NO_BREAK_SPACE = "\u00a0"
WORD_JOINER = "\u2060"
"""No line break on either side (Unicode line breaking, class WJ): a line may otherwise break after an en dash."""


def dates_unbroken(text: str) -> str:
    """``text`` with the spaces inside each written date ("1 August 2012", "30 June") made non-breaking, and a range of
    days ("14–15 June 2017") joined after its en dash, so a title never wraps a day apart from its month (check11j:
    "… 3 origins, 1 / August 2012") or a range apart (check11k: "… 3 origins, 14– / 15 June 2017")."""

    def unbroken(m: re.Match[str]) -> str:
        first, *date = m.groups()
        return (f"{first}–{WORD_JOINER}" if first else "") + NO_BREAK_SPACE.join(g for g in date if g)

    return _DAY_MONTH_YEAR.sub(unbroken, text)


WEAK_LABEL = "Possibly one event, weakly linked"
"""How a weak event (``briefing.events.is_weak``) is marked wherever it is printed: its panel's heading, its row of the
Naming table (check11k CS-14), the count of shared events (CS-6)."""
WEAK_IN_TEXT = WEAK_LABEL[:1].lower() + WEAK_LABEL[1:]
"""The same, inside a sentence."""
SPEECH_LABEL = "Attributed"
"""What the briefing puts before an event's heading that is someone's words with no quotation mark in it
(``EventTitle.unmarked_speech``): the reader must not take it for what happened."""


def weak_aside(n_weak: int) -> str:
    """What a count of shared events that holds ``n_weak`` weak ones says of them ("1 of them possibly one event, weakly
    linked (…)"), or nothing: each such count is printed with it (check11k CS-6)."""
    if not n_weak:
        return ""
    its = "its sentences" if n_weak == 1 else "each one's sentences"
    return f"{n_weak} of them {WEAK_IN_TEXT} ({its} may report different facts)"
