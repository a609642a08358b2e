"""What kind of text each source is: news, opinion, analysis, academic, wire copy, official statement.

Genre matters because it moves the measures as much as origin does: an op-ed is written to
persuade and scores far more negative than a news report from the same outlet (in the
bundled tariffs report, People's Daily's commentary has 89% negative sentences, its news
piece is near neutral). A comparison of origins whose sources differ in genre compares
genres as much as origins, so the documents say so and offer the comparison within news.

A source's genre is declared in ``report.toml`` (``genre = "opinion"``) or inferred here from
simple, visible cues — never from the engine's measures — and an inferred genre is always
shown as inferred, with the cue that decided it. The cues, first found wins:

- its title and outlet ("PD Commentary: …", "Reuters", "… Journal");
- its address: an opinion section in the URL's path (``/opinion/``, ``/commentisfree/``);
- the note on its author that op-eds end with ("X is a … commentator", "The views expressed
  are the author's own"), found in the lines cleaning took off its end;
- a news agency's dateline opening the text ("Denver (AP) – …", "WASHINGTON (Reuters) -",
  "BEIJING, July 6 (Xinhua) --"): the story is the agency's, printed by the outlet (check7 MJ-2:
  Fox's AP story was "news", and its short sentences were "US right"'s);
- its origin, when the manifest describes the origin as opinion writing ("Commentary: An
  op-ed by a named commentator."): the user has said what the origin's texts are;
- many references counted by cleaning (a paper);
- a live blog (``live_blog``: "live-blog" or "live-updates" in its address, "Live updates" in its title, or entries
  stamped with the time of day, "Update at 10:07 p.m. ET."): news told as it happens, whatever the voice of its
  writers ("We live-blogged all night"), so the next cue is not read (check AH WI-2: NPR's election-night live
  blog was "opinion (inferred)");
- the writer's own voice: sentences in the first person or asking a question, outside quotations (a blog post or
  column); a few make the genre opinion, fewer leave it "not determined" rather than call it news.

With no cue, a source is taken to be news (the common case), and marked so. Found by the
independent check: FPIF's op-ed in the soft-power report (outlet "Foreign Policy In Focus",
an author's note calling him a commentator, in the origin "An op-ed by a named
commentator") was counted as one of "2 news articles" and compared "within news".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal

GenreId = Literal["news", "opinion", "analysis", "academic", "wire", "official-statement"]
"""The genres a manifest may declare (``[[sources]] genre``)."""

GENRES: Final[dict[str, str]] = {
    "news": "news",
    "opinion": "opinion",
    "analysis": "analysis",
    "academic": "academic",
    "wire": "wire copy",
    "official-statement": "official statement",
}
"""Genre id → its name in prose, in the order the documents list genres."""

NEWS: Final = "news"
UNDETERMINED: Final = "undetermined"
"""Never declared: the genre inferred when the writer's own voice shows some sign of opinion writing, too little to
call the text opinion, too much to call it news (``_writers_voice``)."""
LABELS: Final[dict[str, str]] = {**GENRES, UNDETERMINED: "genre not determined"}
"""Every genre a source can have, declared or inferred, → its name in prose, in the order the documents list them."""
REPORTING: Final = frozenset({"news", "wire"})
"""Genres that report rather than argue: wire copy is news written for others to print, so the
comparison "within news" keeps it, and news beside wire copy is not a confound."""

CITATIONS_ACADEMIC = 10
"""A text with this many references counted by cleaning reads as a paper (a news report cites none)."""

_WORDS = r"(?<![\w-])(?:{})(?![\w-])"
_OPINION_WORDS = r"commentary|opinion|op-ed|editorial|column|viewpoint|letter to the editor"
_CUES: Final[tuple[tuple[str, str, re.Pattern[str]], ...]] = tuple(
    (genre, where, re.compile(_WORDS.format(words), re.IGNORECASE))
    for genre, where, words in (
        # Order matters: the first cue that matches decides.
        ("opinion", "title", _OPINION_WORDS),  # as a section's label only: ``_title_label``
        ("opinion", "outlet", r"commentary|opinion|op-ed|editorial|columnist|viewpoint|web magazine"),
        ("official-statement", "outlet", r"ministry|white house|press release|statement|embassy|spokesperson|[\w-]+\.gov"),
        ("official-statement", "title", r"press release|statement by|joint statement|remarks by"),
        ("academic", "outlet", r"journal|university|proceedings|working paper"),
        ("wire", "outlet", r"reuters|associated press|ap|afp|agence france-presse|xinhua|agency report|wire"),
        ("analysis", "title", r"analysis|explainer|explained|what we know"),
        ("analysis", "outlet", r"analysis|think tank"),
    )
)


_OPINION_PATH = re.compile(
    r"^https?://[^/]+(?:/[^?#]*)?/(?:opinions?|commentary|commentaries|op-?eds?|editorials?|columns?|columnists?|"
    r"commentisfree|viewpoints?|perspectives?)(?:/|$|\.html?\b)",
    re.IGNORECASE,
)
"""An opinion section as a whole segment of the address's path (not "…-public-opinion-on-…")."""

_AUTHOR_NOTE = re.compile(
    r"\b(?:is|was|are)\s+(?:an?|the)\s+(?:[\w’'-]+[\s,]+){0,10}?(?:commentator|columnist|opinion\s+writer|op-ed\s+"
    r"(?:writer|contributor))s?\b"
    r"|\b(?:contributing|guest)\s+(?:opinion\s+)?(?:writer|columnist|contributor)\b"
    r"|\b(?:is|was)\s+(?:(?-i:[A-Z])[\w’'-]*[\s,]+|(?:a|an|the|of|at|for|and)\s+){0,12}?(?:the\s+)?(?:co-?)?author\s+of\b"
    r"|\bviews\s+(?:expressed\s+)?(?:\w+\s+){0,4}?(?:are|is)\s+(?:those\s+of\s+the\s+authors?|the\s+authors?['’]s?\s+own)"
    r"|\b(?:do|does|don['’]t|doesn['’]t)\s+(?:not\s+)?necessarily\s+(?:reflect|represent)\b",
    re.IGNORECASE,
)
"""An author's note or disclaimer of opinion writing: "X is a … commentator", "a contributing opinion
writer", "The views expressed … are the author's own", "… do not necessarily reflect those of …"; and a column
writer's bio that names the writer's title and books ("Ben Shapiro is Senior Editor-At-Large of Breitbart News and
author of the new book, …", check AE BA-2: Breitbart's signed column was "news (inferred)"; "X is the author of …"):
between "is" and "author of" only capitalised words (titles, the outlet's name) and small words, so "X is a reporter
who covered the author of …" is no such note."""

_ORIGIN_OPINION = re.compile(
    r"(?<![\w-])(?:op-eds?|opinion\s+(?:pieces?|columns?|articles?|writing)|columnists?|commentators?|"
    r"commentar(?:y|ies)|editorials)(?![\w-])",
    re.IGNORECASE,
)
"""An origin described as opinion writing ("An op-ed by a named commentator", label "Commentary");
not "editorial line", "opinion polls" or "web magazines writing critically"."""


@dataclass(frozen=True)
class Genre:
    """A source's genre, and how it was decided."""

    id: str
    inferred: bool
    """False when ``report.toml`` declares it."""
    cue: str
    """Why: "declared in report.toml", or the cue that was found ("'Commentary' in the title")."""

    @property
    def label(self) -> str:
        return LABELS[self.id]

    @property
    def shown(self) -> str:
        """The genre as printed: "opinion", "opinion (inferred)", or "genre not determined"."""
        return f"{self.label} (inferred)" if self.inferred and self.id != UNDETERMINED else self.label


_AGENCIES = r"AP|Reuters|AFP|Xinhua|UPI|dpa|DPA|Kyodo|Yonhap|ANSA|EFE|PTI|TASS|Bloomberg"
_DATELINE = re.compile(
    rf"^[ \t]*(?:[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){{0,3}}(?:,[ \t]+[A-Z][\w.'’ -]{{1,30}}?)?[ \t]+)?"
    rf"\((?P<agency>{_AGENCIES})\)[ \t]*(?:[-–—]{{1,2}}|:)",
    re.MULTILINE,
)
"""A news agency's dateline at the start of a paragraph: a place (and date) in capitals, the agency in
brackets, a dash ("Denver (AP) – ", "BEIJING, July 6 (Xinhua) -- "). Not "(AP Photo)" in a caption, nor the
agency named in a sentence ("told The Associated Press"), nor an outlet's own dateline ("WASHINGTON — ")."""
LEAD_CHARACTERS = 600
"""How far into the text a dateline is looked for: the heading and the first paragraph."""


def agency_dateline(text: str) -> str | None:
    """The agency whose dateline opens ``text`` ("AP"), or None."""
    found = _DATELINE.search(text[:LEAD_CHARACTERS])
    return found.group("agency") if found else None


def source_genre(
    *,
    declared: str | None,
    title: str,
    outlet: str,
    citations: int = 0,
    url: str = "",
    author_note: str = "",
    origin_label: str = "",
    origin_description: str = "",
    lead: str = "",
    own_voice: Sequence[str] = (),
) -> Genre:
    """The declared genre, else the first cue found (module docstring), else news (inferred).

    ``author_note``: the text an op-ed's note on its author would be in (the lines cleaning
    took off its end, never the body: "…, who is a commentator for CCTV" is news); ``origin_label``/``origin_description``: the
    manifest's words for the source's origin; ``lead``: the dateline lines cleaning took off, then its cleaned text (an
    agency's dateline is at its start, a live blog's time stamps run through it: ``live_blog``);
    ``own_voice``: its sentences in the outlet's own voice, headings left out, for the last cue (``_writers_voice``)."""
    if declared:
        return Genre(declared, inferred=False, cue="declared in report.toml")
    fields = {"title": title, "outlet": outlet}
    for genre, where, pattern in _CUES:
        found = pattern.search(fields[where])
        cue = found.group(0) if found else None
        if cue and (genre, where) == ("opinion", "title"):
            cue = _title_label(fields[where])
        if cue:
            return Genre(genre, inferred=True, cue=f"“{cue}” in the {where}")
        if (genre, where) == ("opinion", "outlet"):  # the source's own opinion cues come before any other kind
            own = _opinion_in_source(url, author_note)
            if own:
                return own
    agency = agency_dateline(lead)
    if agency:
        return Genre("wire", inferred=True, cue=f"the dateline “({agency})” opening the text")
    for text in (origin_label, origin_description):
        found = _ORIGIN_OPINION.search(text)
        if found:
            return Genre("opinion", inferred=True, cue=f"“{found.group(0)}” in the origin's description")
    if citations >= CITATIONS_ACADEMIC:
        return Genre("academic", inferred=True, cue=f"{citations} references counted")
    live = live_blog(url, title, lead)
    if live:
        return Genre(NEWS, inferred=True, cue=f"a live blog: {live}")
    return _writers_voice(own_voice) or Genre(NEWS, inferred=True, cue="no cue of another genre")


_LIVE_PATH = re.compile(r"^https?://[^/]+/(?:[^?#]*[/-])?(?:live-?blog|live-?updates?|live-?coverage|live(?=/))(?:[/-]|$)", re.IGNORECASE)
"""A live blog's address: "…/live-blog-wisconsin-decides-…", "…/coronavirus-live-updates/…", "…/livecoverage/…",
"…/us-news/live/2019/…"; not "…/live-music-…" or "…/deliver…"."""
_LIVE_TITLE = re.compile(r"(?<![\w-])live[- ](?:blog|updates?|coverage)\s*(?:[:|–—]|\s-\s|$)|[–—-]\s*live\s*$", re.IGNORECASE)
"""A live blog's label in its title: "Hurricane Irma Live Updates: …", "… – live updates", "… – live" (the Guardian's);
not a headline about live coverage ("How I learned to love live coverage of council meetings")."""
_STAMP = re.compile(
    r"^[ \t]*(?:updated?(?:[ \t]+at)?[ \t:,-]*)?\d{1,2}:\d{2}[ \t]*[ap]\.?[ \t]?m\.?(?:[ \t]+[A-Z]{1,2}T\b)?",
    re.IGNORECASE | re.MULTILINE,
)
"""An entry of a live blog: a line opening with the time of day, maybe after "Update at" ("Update at 10:07 p.m. ET.",
"4:15 p.m.: …"); cleaning takes the first kind off as a dateline, so ``source_genre`` reads it in ``lead``."""
LIVE_STAMPS = 3
"""Lines opening with a time stamp (``_STAMP``) that make a text a live blog: one or two may be a timeline's."""


def live_blog(url: str, title: str, text: str) -> str | None:
    """Why the text is a live blog (its address, its title, or ``LIVE_STAMPS`` entries stamped with the time of day in
    ``text``), else None."""
    if _LIVE_PATH.search(url.strip()):
        return "its address"
    if _LIVE_TITLE.search(title):
        return "its title"
    stamps = len(_STAMP.findall(text))
    return f"{stamps} entries stamped with the time of day" if stamps >= LIVE_STAMPS else None


_LABEL_WORD = r"(?-i:[A-Z])[\w.'’&-]*"
_TITLE_LABEL = re.compile(
    rf"^[\W_]*(?:{_LABEL_WORD}\s+){{0,2}}?(?P<first>{_OPINION_WORDS})(?:\s+by\s+[^:|]{{1,60}})?\s*(?::|\||\s[–—-]{{1,2}}\s)"
    rf"|(?:\s[|–—-]{{1,2}}\s*(?:{_LABEL_WORD}\s+){{0,2}}?|:\s*)(?P<last>{_OPINION_WORDS})[\W_]*$",
    re.IGNORECASE,
)
"""An opinion section's label in a title: before the headline, maybe after an outlet's short name, a colon, bar or dash
after it ("Opinion: …", "PD Commentary: …", "Op-ed by President Obama: …"), or after it, behind a bar or dash ("… |
CNN Opinion", "… - Opinion") or alone behind a colon ("…: Column", USA Today's). A headline about an op-ed names it
inside its words ("… deny writing explosive op-ed attacking Trump", "Anonymous Official in NYT Op-Ed: …", "…: NY Times
Op-Ed", "Dramatic Shift In Public Opinion"): the story is news about the piece (check AA OP-1, OP-2: three news
reports on the anonymous New York Times op-ed were all "opinion (inferred)")."""


def _title_label(title: str) -> str | None:
    """The word of ``title``'s opinion label (``_TITLE_LABEL``), else None."""
    found = _TITLE_LABEL.search(title)
    return (found.group("first") or found.group("last")) if found else None


_FIRST_PERSON = re.compile(
    r"(?<![\w'’-])(?:(?i:we|our|ours|ourselves|me|my|mine|myself)|us)(?![\w-])"
    r"|(?<![\w'’.-])(?<!War )(?<!Title )(?<!Phase )(?<!Part )(?<!Article )(?<!Chapter )(?<!Section )(?<!Stage )(?<!Type )"
    r"I(?=\s+[a-z]|['’](?:m|ve|d|ll)\b)"
)
"""The writer speaking of themselves: "we won't know", "I think", "my view", "I'm"; not "US" (the country), an initial
("I. Lewis Libby") or a numeral ("World War I")."""
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’(?![\w])")
OPINION_SIGNS = 4
"""Sentences of the writer's own voice in the first person or asking a question, with two or more in the first person
and one or more asking, that make an inferred genre opinion (a column: "I've read the deal.", "Why should we care?").
On 250 AllSides articles from outlets named as news (check15) 17 became opinion, of which about 15 are columns or
analyses those outlets ran (titles "Opinion: …", "Why the media shouldn't bow to …") and 2 or 3 news reports."""
UNSURE_SIGNS = 3
"""Fewer signs than ``OPINION_SIGNS`` (or too few in the first person) but this many: the genre is not determined.
Daily Kos's blog post (check15 Q-BN BN-2/BN-38: "news (inferred)") has three: "We won't know right offhand, …",
"Did Bannon follow up on these oddly specific thoughts?", "Is Steve Bannon a tight-mouthed witness …?". Of the 250
news-outlet articles above, 21 more (8%) are not determined; of 120 from opinion outlets, 28 become opinion and 34 not
determined (58 stay news: an opinion piece need not speak in the first person)."""


def _writers_voice(own_voice: Sequence[str]) -> Genre | None:
    """Opinion, or not determined, from the writer's own voice (``own_voice``: its own-voice sentences, no headings,
    no question on a line of its own, which is a subhead: "What happens next?"):
    how many speak in the first person outside quotation marks, and how many ask a question; None (news) below
    ``UNSURE_SIGNS``."""
    first = [t for t in own_voice if _FIRST_PERSON.search(_QUOTED.sub(" ", t))]
    asked = [t for t in own_voice if t.rstrip(" \"'”’)]").endswith("?")]
    signs = len({*first, *asked})
    what = f"{len(first)} in the first person, {len(asked)} asking a question"
    if signs >= OPINION_SIGNS and len(first) >= 2 and asked:
        return Genre("opinion", inferred=True, cue=f"the writer's own voice: {what}")
    if signs >= UNSURE_SIGNS:
        return Genre(UNDETERMINED, inferred=True, cue=f"some signs of opinion in the writer's own voice ({what})")
    return None


def _opinion_in_source(url: str, author_note: str) -> Genre | None:
    """An opinion section in the address, or an author's note of opinion writing."""
    found = _OPINION_PATH.search(url.strip())
    if found:
        return Genre("opinion", inferred=True, cue="an opinion section in the address")
    found = _AUTHOR_NOTE.search(author_note)
    if found:
        return Genre("opinion", inferred=True, cue=f"“{' '.join(found.group(0).split())}” in the note on its author")
    return None


def genre_mix(genres: dict[str, list[Genre]]) -> dict[str, dict[str, int]]:
    """origin → genre id → number of sources, genres in :data:`LABELS` order."""
    return {
        origin: {g: n for g in LABELS if (n := sum(1 for x in found if x.id == g))}
        for origin, found in genres.items()
    }


def confounded(mix: dict[str, dict[str, int]]) -> bool:
    """Whether origin and genre are confounded: the origins compared do not have the same kinds
    of text in the same proportions (news and wire copy counting as one kind, reporting), so a
    difference between them may be a difference of genre."""
    shares = set()
    for counts in mix.values():
        total = sum(counts.values())
        if not total:
            continue
        kinds: dict[str, int] = {}
        for genre, n in counts.items():
            kind = "reporting" if genre in REPORTING else genre
            kinds[kind] = kinds.get(kind, 0) + n
        shares.add(tuple(sorted((kind, round(n / total, 6)) for kind, n in kinds.items())))
    return len(shares) > 1


KINDS_OF_TEXT: Final[dict[str, tuple[str, str]]] = {
    "news": ("news article", "news articles"),
    "opinion": ("opinion piece", "opinion pieces"),
    "analysis": ("analysis", "analyses"),
    "academic": ("academic paper", "academic papers"),
    "wire": ("wire report", "wire reports"),
    "official-statement": ("official statement", "official statements"),
}
"""How a reader names a text of each genre (singular, plural): the handout says "4 news articles
and 1 opinion piece", never "5 news articles" for an op-ed and a paper among them."""


_ALL_KINDS: Final[dict[str, tuple[str, str]]] = {
    **KINDS_OF_TEXT, UNDETERMINED: ("text of undetermined genre", "texts of undetermined genre")
}


def count_kinds(genres: list[Genre]) -> str:
    """"4 news articles and 1 opinion piece" — the texts counted by genre, in genre order."""
    counts = {g: n for g in LABELS if (n := sum(1 for x in genres if x.id == g))}
    parts = [f"{n} {_ALL_KINDS[g][n != 1]}" for g, n in counts.items()]
    if not parts:
        return "no texts"  # a handout that could quote no source (every one unreadable or too short)
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def describe_mix(counts: dict[str, int]) -> str:
    """"2 news, 1 opinion" — a count per genre, in genre order."""
    return ", ".join(f"{n} {LABELS[g]}" for g, n in counts.items())
