"""Cleaning: a source's decoded text → clean body text, and a record of what was dropped.

Real captures carry page furniture around the article: related-headline lists, share and
newsletter prompts, image captions, video blurbs, journal headers, author bios, reference
lists. Left in, they become "sentences" that skew every metric. The cleaner is a chain of
small pure steps (textacy's ``make_pipeline`` style), each tested alone:

1. text → text: :func:`normalise`, :func:`split_glued_blocks`; then :func:`unwrap_blocks`
   and, line by line, :func:`strip_markdown`;
2. lines → lines: the ``drop_*`` steps of :data:`STEPS`. Each returns the lines (same
   length, dropped ones blank, so indices stay valid) and its :class:`Removal` records,
   which the report lists by category in document order;
3. lines → paragraphs: :func:`rejoin_page_breaks`.

Every rule describes the *shape* of noise (a short line with a prompt verb, a line ending
in a photo credit, a heading followed by citation-like lines), not one site's strings. Body
paragraphs are long and end with terminal punctuation, so most rules only touch short
lines. Output: NFC paragraphs (headings included) separated by one blank line, no newline
inside a paragraph, whitespace collapsed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

REMOVAL_CATEGORIES: tuple[str, ...] = (
    "title", "journal_header", "dateline", "email", "media", "caption",
    "prompt", "related", "repeated", "trailer", "references",
)  # fmt: skip
"""Kinds of dropped noise, roughly in the order they appear in a document."""

MAX_PASSES = 6
"""The chain reruns on its own output until it is stable; real texts need two passes."""


@dataclass(frozen=True)
class CleanText:
    """Clean body text; what was dropped (count per category, and each line in document
    order, for the inspection file); how many entries the dropped reference list had."""

    text: str
    removed: dict[str, int]
    removed_lines: tuple[tuple[str, str], ...]
    citations: int


class Removal(NamedTuple):
    """One dropped line (or part of one: a wire dateline, a sentence with an e-mail)."""

    index: int
    category: str
    text: str


class Cleaned(NamedTuple):
    """A line step's result: the lines, dropped ones blanked, and what it removed."""

    lines: list[str]
    removed: list[Removal]


Step = Callable[[list[str]], Cleaned]

# --- shapes ---------------------------------------------------------------------------

_TERMINAL = re.compile(r"[.!?…][\"'”’)\]»]*$")
_INNER_END = re.compile(r"[a-z)\]\"”’][.!?][\"”’]?\s+[\"“]?[A-Z]")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(]?[A-Z0-9])")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(
    rf"(?<!\d)(?:\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}})(?!\d)",
    re.IGNORECASE,
)
_DATE_EXTRAS = re.compile(
    r"\b\d{1,2}[:.]\d{2}\s*(?:[aApP]\.?[mM]\.?)?|\b(?:published|updated|posted|last|modified|first|on|at|date"
    r"|time|(?-i:[A-Z]{2,4}T|UTC|GMT)|(?:mon|tues|wednes|thurs|fri|satur|sun)(?:day)?)\b",
    re.IGNORECASE,
)


def words(line: str) -> int:
    return len(line.split())


def ends_sentence(line: str) -> bool:
    """True if ``line`` ends with terminal punctuation (maybe inside closing quotes)."""
    return bool(_TERMINAL.search(line))


def is_prose(line: str, *, min_words: int = 12) -> bool:
    """A body sentence or paragraph: long enough and ends like a sentence."""
    return words(line) >= min_words and ends_sentence(line)


def is_date_line(line: str) -> bool:
    """A date (maybe with a time, "Updated", a weekday or a short outlet name), no more."""
    if words(line) > 12 or not _DATE.search(line):
        return False
    return words(re.sub(r"[\W_]+", " ", _DATE_EXTRAS.sub(" ", _DATE.sub(" ", line)))) <= 3


def _key(line: str) -> str:
    """Case- and punctuation-insensitive form of a line, for comparing repeats."""
    return " ".join(re.sub(r"[\W_]+", " ", line.casefold()).split())


def _nonblank(lines: list[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if line]


def _drop(lines: list[str], verdicts: dict[int, str]) -> Cleaned:
    """Blank the lines at the verdicts' indices, recording their categories."""
    kept = ["" if i in verdicts else line for i, line in enumerate(lines)]
    return Cleaned(kept, [Removal(i, verdicts[i], lines[i]) for i in sorted(verdicts)])


def _drop_matching(lines: list[str], category: str, test: Callable[[str], bool]) -> Cleaned:
    return _drop(lines, {i: category for i in _nonblank(lines) if test(lines[i])})


# --- text → text, line → line ---------------------------------------------------------

_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c\x1c-\x1e]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u200b\u2060\ufeff\u00ad]")


def normalise(text: str) -> str:
    """NFC; every line break is ``\\n``; nbsp, tabs and odd spaces are one space; soft
    hyphens, zero-width spaces and control characters go. Curly quotes stay: they are
    text, and the segmenter knows them."""
    text = re.sub(r"[^\S\n]+", " ", _CONTROLS.sub("", _BREAKS.sub("\n", text)))
    return unicodedata.normalize("NFC", "\n".join(line.strip() for line in text.split("\n")))


def split_glued_blocks(text: str) -> str:
    """PDF-to-markdown converters glue blocks (``…](#)**Title****Author**``): a bold run
    starting right after ``)``, ``>`` or a closing ``**`` goes on its own line."""
    return re.sub(r"(?<=[)>*])(?=\*\*[^\s*])", "\n", text)


_MARKDOWN = (
    (re.compile(r"\\+([!-/:-@\[-`{-~])"), r"\1"),  # escapes first: the output must be markup-free
    (re.compile(r"^(?:[-*_=]\s*){3,}$"), ""),  # horizontal rule
    (re.compile(r"^#{1,6}\s+|(?<!\s)\s+#+$"), ""),  # heading
    (re.compile(r"^(?:>\s*|[-*+•▪‣◦·]\s+|\d{1,2}[.)]\s+)"), ""),  # quote, bullet
    (re.compile(r"!\[[^\[\]]*\]\([^()\s\[\]]*\)"), ""),  # image
    (re.compile(r"\[([^\[\]]+)\]\([^()\s\[\]]*\)"), r"\1"),  # link → its text
    (re.compile(r"<((?:https?|ftp|mailto):[^<>\s]+|[^@<>\s]+@[^<>\s]+)>"), r"\1"),  # autolink
    # Emphasis; a span never contains its own marker, which keeps the search linear.
    (re.compile(r"\*\*(?=\S)((?:[^*]|\*(?!\*))+?)(?<=\S)\*\*|(?<!\w)__(?=\S)((?:[^_]|_(?!_))+?)(?<=\S)__(?!\w)"), r"\1\2"),
    (re.compile(r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<!\w)_(?=[^\s_])([^_]+?)(?<=[^\s_])_(?!\w)"), r"\1"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),
)


def strip_markdown(line: str) -> str:
    """Markdown → plain text: escapes, headings, emphasis, links, autolinks, images,
    bullets, quotes, rules; repeated until stable, since markup nests (``- **[x](y)**``)."""
    for _ in range(8):
        before = line
        for pattern, replacement in _MARKDOWN:
            line = pattern.sub(replacement, line)
        line = " ".join(line.split())
        if line == before:
            break
    return line


# --- lines → lines --------------------------------------------------------------------


def unwrap_blocks(lines: list[str]) -> list[str]:
    """Join a hard-wrapped block into one line, so later rules see whole paragraphs: three
    or more lines, all but the last 40–120 characters and of similar length, most not
    ending a sentence, none a list item or heading. Runs on raw markdown lines."""
    out: list[str] = []
    block: list[str] = []
    for line in [*lines, ""]:
        if line:
            block.append(line)
            continue
        sizes = [len(b) for b in block[:-1]]
        if (
            len(block) >= 3 and 40 <= min(sizes) and max(sizes) <= 120 and min(sizes) >= 0.6 * max(sizes)
            and sum(not ends_sentence(b) for b in block[:-1]) * 2 >= len(sizes)
            and not any(re.match(r"(?:[-*+•#>]|\d{1,2}[.)])\s", b) for b in block)
        ):  # fmt: skip
            block = [" ".join(block)]
        out += [*block, ""]
        block = []
    return out[:-1]


def drop_title(title: str | None) -> Step:
    """The manifest title, if a line before the body repeats it (ignoring case and
    punctuation, maybe with a short suffix such as "- BBC News"): the report shows it."""
    wanted = _key(title or "")

    def step(lines: list[str]) -> Cleaned:
        for i in _nonblank(lines):
            key = _key(lines[i])
            if wanted and (key == wanted or (key.startswith(wanted + " ") and words(key) - words(wanted) <= 4)):
                return _drop(lines, {i: "title"})
            if is_prose(lines[i]):
                break
        return Cleaned(lines, [])

    return step


_MEDIA = re.compile(
    r"media playback is unsupported|your browser does not support|\b(?:media|video) caption\b|\bshow hide\b"
    r"|this video (?:is|can ?not|cannot)\b|^(?:watch|video|listen|audio|play video)\s*[:|]|^advertisement$"
    r"|^(?:skip|jump) to (?:main )?content|^(?:story|article|text) continues (?:below|after)|^(?-i:CLOSE)\s+\S",
    re.IGNORECASE,
)


def drop_media(lines: list[str]) -> Cleaned:
    """Video/audio blurbs and widgets: player messages, "Media caption …", "Show Hide"
    explainer boxes, a player's "CLOSE" button glued to its blurb, "Advertisement"."""
    return _drop_matching(lines, "media", lambda line: bool(_MEDIA.search(line)))


def drop_emails(lines: list[str]) -> Cleaned:
    """Lines with an e-mail address ("Contact: x@y.org", author e-mails). In a long
    paragraph only the sentences carrying the address go ("Contact the writers at …")."""
    kept, removed = list(lines), list[Removal]()
    for i in _nonblank(lines):
        if _EMAIL.search(lines[i]):
            parts = [lines[i]] if words(lines[i]) <= 25 else _SENTENCE_SPLIT.split(lines[i])
            removed += [Removal(i, "email", part) for part in parts if _EMAIL.search(part)]
            kept[i] = " ".join(part for part in parts if not _EMAIL.search(part))
    return Cleaned(kept, removed)


_REF_HEAD = re.compile(
    r"^(?:references?(?: list)?|bibliography|works cited|literature cited|sources|citations|endnotes)\s*:?$",
    re.IGNORECASE,
)
_CITATION = re.compile(
    r"\(\s*(?:1[6-9]|20)\d{2}[a-z]?\s*\)|\b(?:1[6-9]|20)\d{2}[a-z]?[).,:;]|\bdoi\b|https?://|www\.|\bet al\b"
    r"|^[A-Z][\w'’-]+,\s+(?:[A-Z]\.\s*)+"
)


def is_citation(line: str) -> bool:
    """A reference entry: a year in parentheses or before punctuation, a DOI or URL,
    "et al." or an opening "Surname, I."."""
    return bool(_CITATION.search(line))


def drop_references(lines: list[str]) -> Cleaned:
    """A "References"-like heading and the citation-like lines after it. An entry's
    continuation lines go too; a heading or a long non-citation paragraph ends the list.
    A heading with no citation after it is left alone."""
    indices = _nonblank(lines)
    for n, i in enumerate(indices):
        if not _REF_HEAD.match(lines[i]):
            continue
        verdicts = {i: "references"}
        for j in indices[n + 1 :]:
            line = lines[j]
            if not is_citation(line) and (
                len(verdicts) == 1 or is_prose(line, min_words=30) or (words(line) <= 12 and not ends_sentence(line))
            ):
                break
            verdicts[j] = "references"
        if len(verdicts) > 1:
            return _drop(lines, verdicts)
    return Cleaned(lines, [])


_JOURNAL = re.compile(
    r"ISSN\b|\bvol(?:ume)?\.?\s*\d|\bno\.\s*\d|\bpages?\s*#?\s*\d|\bpp\.\s*\d|\bdoi\b|available online"
    r"|\b(?:received|accepted|published|revised)\s*:|\bjournal\b|\bcorresponding author\b|\buniversity\b",
    re.IGNORECASE,
)
_RUNNING = re.compile(
    r"ISSN\b|\bvol(?:ume)?\.?\s*\d+\s*,?\s*(?:no|issue)\.?\s*\d|\bpage\s*#\s*\d|^page \d+(?: of \d+)?$|^\d{1,4}$"
    r"|^available online\b|^doi:?\s*\S+$|^(?:key\s?words?|index terms|jel(?: codes?| classification)?)\s*[:.—–-]",
    re.IGNORECASE,
)


def drop_journal_header(lines: list[str]) -> Cleaned:
    """A journal article's front matter: if the (at most 40) lines before the abstract or
    the first prose line carry two or more journal signs (ISSN, volume, "Journal",
    "Available online"…), they all go: journal name, authors, affiliations. Running
    headers (ISSN, "Vol. 4 No. 2", "Page# 12", a lone page number) and "Keywords:" go
    wherever they are."""
    zone: list[int] = []
    for i in _nonblank(lines):
        if re.match(r"(?:abstract|summary)\s*[:.]?$", lines[i], re.IGNORECASE) or is_prose(lines[i]):
            break
        zone.append(i)
    signs = sum(bool(_JOURNAL.search(lines[i])) for i in zone)
    verdicts = dict.fromkeys(zone if signs >= 2 and len(zone) <= 40 else [], "journal_header")
    for i in _nonblank(lines):
        if _RUNNING.search(lines[i]) and words(lines[i]) <= 60:
            verdicts[i] = "journal_header"
    return _drop(lines, verdicts)


_CREDIT = r"(?:image|photo(?:graph)?|picture|pic|credit|illustration|graphic|file photo|screenshot|courtesy)s?"
_CAPTION = re.compile(
    rf"\(\s*{_CREDIT}\s*(?::|by\b|via\b|credit\b)[^()]*\)?$|(?:^|\s){_CREDIT}\s*:\s*[^.!?:]{{1,80}}$"
    r"|\([^()]*\b(?:getty images|afp|reuters|associated press|epa|shutterstock|xinhua|ap photo)\b[^()]*\)$"
    r"|^(?:image|photo) (?:caption|copyright|source)\b|^[\w .'/-]{0,40}\b(?:getty images|shutterstock|ap photo)$"
    r"|^(?:fig(?:ure)?|table|chart|graph|exhibit|map)\.?\s*\d+[a-z]?\s*[.:|—–-]",
    re.IGNORECASE,
)


def _content_words(line: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[^\W\d_]{4,}", line)} - {"this", "that", "with", "from", "their"}


def drop_captions(lines: list[str]) -> Cleaned:
    """Captions: a short line ending in a credit ("… (Image: via Pixnio)", "(Photo: AP)",
    "Photograph: X/Reuters") or opening "Figure 2:", plus the line before it when that is
    the caption's own text repeated, or a short full-stop line (alt text) sharing a
    content word with it ("CCTV surveillance camera." before "… surveillance tech.")."""
    verdicts: dict[int, str] = {}
    indices = _nonblank(lines)
    for n, i in enumerate(indices):
        match = _CAPTION.search(lines[i])
        if not match or words(lines[i]) > 60:
            continue
        verdicts[i] = "caption"
        prev, text = (lines[indices[n - 1]] if n else ""), lines[i][: match.start()]
        if (_key(prev) and _key(text).startswith(_key(prev))) or (
            words(prev) <= 12 and ends_sentence(prev) and _content_words(prev) & _content_words(text)
        ):
            verdicts[indices[n - 1]] = "caption"
    return _drop(lines, verdicts)


_PROMPT = re.compile(
    r"\b(?:subscribe|sign[- ]?up|newsletters?|inbox|follow us|like us on|share (?:this|on|via)|send this"
    r"|download (?:our|the) app|get the app|click here|tap here|join (?:us|our)|support (?:our|independent) journalism"
    r"|(?:reuse|reprint|republish) this (?:content|article|story)|we use cookies|accept (?:all )?cookies)\b",
    re.IGNORECASE,
)
_SHARE_BAR = re.compile(
    r"(?:(?:share|tweet|e-?mail|print|facebook|twitter|linkedin|whatsapp|pinterest|reddit|copy link|comments?)\W*)+",
    re.IGNORECASE,
)


def is_prompt(line: str) -> bool:
    """A call to act (subscribe, sign up, follow us, share, send this) in a short line that
    is imperative, addresses the reader (us/our/your) or has a few words; or a bare row of
    share buttons ("Share Tweet Email")."""
    if _SHARE_BAR.fullmatch(line) and (words(line) >= 2 or re.match(r"share|tweet", line, re.IGNORECASE)):
        return True
    match = _PROMPT.search(line)
    return bool(match) and words(line) <= 20 and (
        match.start() == 0 or bool(re.search(r"\b(?:us|our|your|you)\b", line, re.IGNORECASE)) or words(line) <= 6
    )


def drop_prompts(lines: list[str]) -> Cleaned:
    return _drop_matching(lines, "prompt", is_prompt)


def drop_dated_headlines(lines: list[str]) -> Cleaned:
    """Related-headline lists: two or more headlines in a row, each followed by a date line."""
    indices, verdicts, n = _nonblank(lines), dict[int, str](), 0
    while n < len(indices) - 1:
        end = n
        while end + 1 < len(indices) and is_date_line(lines[indices[end + 1]]) and words(lines[indices[end]]) <= 30:
            end += 2
        if end - n >= 4:
            verdicts.update(dict.fromkeys(indices[n:end], "related"))
        n = max(end, n + 1)
    return _drop(lines, verdicts)


_RELATED_HEAD = re.compile(
    r"^(?:recommended|related|more|top|latest|popular|trending|most (?:read|popular|viewed|shared)"
    r"|you (?:may|might) also (?:like|enjoy)|read (?:more|next|also)|further reading|see also|also read"
    r"|editor'?s picks?|topics|tags|explore more on these topics)(?:\s+(?:stories|articles|news|posts|reads|content"
    r"|links|coverage|videos|topics|for you|on this (?:story|topic)))?\s*:?$",
    re.IGNORECASE,
)


def drop_related_sections(lines: list[str]) -> Cleaned:
    """A "Recommended Stories"-like heading and its teasers: short lines (headlines, alt
    texts), lines cut off with an ellipsis, dates. Needs two teasers to fire."""
    indices, verdicts, n = _nonblank(lines), dict[int, str](), 0
    while n < len(indices):
        end = n + 1
        if _RELATED_HEAD.match(lines[indices[n]]):
            while end < len(indices) and (
                words(line := lines[indices[end]]) <= 20 or re.search(r"(?:\.\.\.|…)$", line) or is_date_line(line)
            ):
                end += 1
            if end - n >= 3:
                verdicts.update(dict.fromkeys(indices[n:end], "related"))
        n = end if end - n >= 3 else n + 1
    return _drop(lines, verdicts)


_LINK_LINE = re.compile(
    r"^(?:more|related|read more|see also|also read|read next|recommended|opinion)\s*:\s*\S|\bread more\W*$",
    re.IGNORECASE,
)


def drop_link_lines(lines: list[str]) -> Cleaned:
    """Inline related links: "More: <headline>", "<headline> Read more"."""
    return _drop_matching(lines, "related", lambda line: bool(_LINK_LINE.search(line)) and words(line) <= 25)


_WIRE = re.compile(r"^[A-Z]{3,}(?:[.'’ -]+[A-Z]+)*(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?)?\s*(?:\([A-Za-z. ]+\))?\s*[—–-]{1,2}\s+")
_BYLINE = re.compile(r"^[Bb]y\s+[A-Z][\w.'’-]*(?:,?\s+(?:[A-Z][\w.'’-]*|and|&|in|at|for|of|the))*$")
_READING_TIME = re.compile(r"^\d+\s*(?:min|minute)s?\s+read$", re.IGNORECASE)


def drop_datelines(lines: list[str]) -> Cleaned:
    """Date lines ("CCTV.com2025-05-05", "Updated 6 July 2018 10:32 BST"), bylines ("By
    Jane Doe"), reading times, and a wire dateline opening the text ("BEIJING (AP) — …")."""
    kept, removed = list(lines), list[Removal]()
    for n, i in enumerate(_nonblank(lines)):
        line, wire = lines[i], _WIRE.match(lines[i][:80]) if n < 3 else None  # a prefix: bounded
        if is_date_line(line) or _READING_TIME.match(line) or (_BYLINE.match(line) and words(line) <= 8):
            removed.append(Removal(i, "dateline", line))
            kept[i] = ""
        elif wire and words(line[wire.end() :]) >= 8:
            removed.append(Removal(i, "dateline", wire.group().strip()))
            kept[i] = line[wire.end() :]
    return Cleaned(kept, removed)


def drop_repeated(lines: list[str]) -> Cleaned:
    """A line repeating an earlier one: any short line (≤ 25 words), or any line repeating
    the line just before it. Captions, teasers and widgets repeat; prose doesn't."""
    seen, verdicts, prev = set[str](), dict[int, str](), ""
    for i in _nonblank(lines):
        key = _key(lines[i])
        if key and key in seen and (words(lines[i]) <= 25 or key == prev):
            verdicts[i] = "repeated"
        seen.add(key)
        prev = key
    return _drop(lines, verdicts)


_TRAILER = re.compile(
    r"^(?:source|via|originally published|first published|this (?:article|story|piece) (?:was |first |originally )*"
    r"(?:published|appeared))\b.*(?:https?://|www\.|\.com\b)|copyright|©|all rights reserved"
    r"|(?:additional |further )?reporting by|(?:edited|editing|writing|compiled|translated) by"
    r"|contributed to (?:this|the) report|\breported from\b|\bcontributed\.?$|views expressed|opinions expressed"
    r"|^about the authors?$",
    re.IGNORECASE,
)
_BIO = re.compile(
    r"^(?:[A-Z][\w.'’-]+\s+){1,3}(?:is|was|has been|writes|teaches|serves)\b.{0,200}?\b(?:journalist|writer|author"
    r"|commentator|columnist|editor|correspondent|reporter|professor|lecturer|researcher|scholar|fellow|analyst"
    r"|director|founder|student|contributor|economist|historian|consultant)"
)


def drop_trailer(lines: list[str]) -> Cleaned:
    """The tail, read from the end: "Source: <url>", copyright, reporting credits,
    disclaimers, the author's bio ("X is a … journalist"). Stops at the first line that is
    none of these, so the same shapes inside the body stay."""
    verdicts: dict[int, str] = {}
    for i in reversed(_nonblank(lines)):
        line = lines[i]
        if not ((_TRAILER.search(line) and words(line) <= 40) or (_BIO.match(line) and words(line) <= 100)):
            break
        verdicts[i] = "trailer"
    return _drop(lines, verdicts)


STEPS: tuple[Step, ...] = (
    drop_media, drop_emails, drop_references, drop_journal_header, drop_captions, drop_prompts,
    drop_dated_headlines, drop_related_sections, drop_link_lines, drop_datelines, drop_repeated, drop_trailer,
)  # fmt: skip
"""In order: media and e-mail first (they sit inside other shapes), references before
running headers (citations name volumes and journals), headline lists before datelines
(their dates mark them), the trailer last (it is read from the end)."""


def make_pipeline(*steps: Step) -> Step:
    """Compose line steps left to right; what they removed comes back in document order."""

    def pipeline(lines: list[str]) -> Cleaned:
        removed: list[Removal] = []
        for step in steps:
            lines, dropped = step(lines)
            removed += dropped
        return Cleaned(lines, sorted(removed, key=lambda r: r.index))

    return pipeline


# --- lines → paragraphs ---------------------------------------------------------------


def _continues(prev: str, nxt: str) -> bool:
    if ends_sentence(prev) or prev.endswith((":", ";")):
        return False
    if nxt[:1].islower():
        return True
    # A long multi-sentence paragraph stopping mid-sentence ("… stationed in" | "Pakistan. …").
    return bool(
        words(prev) >= 25 and _INNER_END.search(prev) and re.search(r"[a-z,]$", prev)
        and (ends_sentence(nxt) or words(nxt) > 20)
    )  # fmt: skip


def rejoin_page_breaks(paragraphs: list[str]) -> list[str]:
    """Join a paragraph that stops without terminal punctuation to the next when that one
    starts in lowercase, or when the first is a long multi-sentence paragraph stopping
    mid-sentence and the next is prose: one sentence broken by a page break."""
    out: list[str] = []
    for paragraph in paragraphs:
        if out and _continues(out[-1], paragraph):
            out[-1] = f"{out[-1]} {paragraph}"
        else:
            out.append(paragraph)
    return out


# --- the whole chain ------------------------------------------------------------------


def clean_text(raw: str, *, title: str | None = None) -> CleanText:
    """Clean one source's decoded text; ``title`` is its manifest title, dropped if the
    text repeats it before the body.

    The chain reruns on its own output until nothing changes (``MAX_PASSES`` at most):
    rejoining a broken sentence can complete markup (``_x`` + ``y_``) or a noise shape,
    and only an idempotent cleaner gives the same text whatever was cleaned before."""
    text, removed = raw, list[tuple[str, str]]()
    for _ in range(MAX_PASSES):
        cleaned, dropped = _clean_once(text, title=title)
        removed += [(r.category, r.text) for r in dropped]
        if cleaned == text:
            break
        text, title = cleaned, None
    counts = dict.fromkeys(REMOVAL_CATEGORIES, 0)
    for category, _ in removed:
        counts[category] += 1
    citations = sum(1 for category, line in removed if category == "references" and is_citation(line))
    return CleanText(text=text, removed=counts, removed_lines=tuple(removed), citations=citations)


def _clean_once(raw: str, *, title: str | None) -> tuple[str, list[Removal]]:
    lines = [strip_markdown(line) for line in unwrap_blocks(split_glued_blocks(normalise(raw)).split("\n"))]
    lines, removed = make_pipeline(drop_title(title), *STEPS)(lines)
    return "\n\n".join(rejoin_page_breaks([line for line in lines if line])), removed
