"""Rules: the boilerplate-dropping line steps, one small pure function per noise shape.

Why a module of its own: these are the cleaner's policy (what counts as page furniture),
and they change and grow independently of the text normalisation in
:mod:`contrast.clean.markup` and of the chain in :mod:`contrast.clean`. Each takes the
lines and returns a :class:`~contrast.clean.shapes.Cleaned`: the same number of lines,
dropped ones blank, so indices stay valid, plus its
:class:`~contrast.clean.shapes.Removal` records. Each rule describes the *shape* of
noise, not one site's strings, and is tested alone; :data:`contrast.clean.STEPS` sets
their order.
"""

from __future__ import annotations

import itertools
import re

from contrast.clean.shapes import (
    Cleaned,
    Removal,
    Step,
    drop_lines,
    drop_matching,
    ends_sentence,
    is_date_line,
    is_prose,
    line_key,
    nonblank_indices,
    words,
)


def drop_title(title: str | None) -> Step:
    """The manifest title, if a line before the body repeats it (ignoring case and
    punctuation, maybe with a short suffix such as "- BBC News"): the report shows it.
    Also the title glued to the start or the end of a line up to the first paragraph
    (check14 JR-10: Politico's dek, then its headline with no stop: "…, reports the Labor
    Department. Unemployment up; 69K jobs added"), when the title has three words or more."""
    wanted = line_key(title or "")
    glued = _glued_title(title or "")

    def step(lines: list[str]) -> Cleaned:
        kept, removed, found = list(lines), list[Removal](), False
        for i in nonblank_indices(lines):
            key = line_key(lines[i])
            if not found and wanted and (key == wanted or (key.startswith(wanted + " ") and words(key) - words(wanted) <= 4)):
                kept[i], found = "", True
                removed.append(Removal(i, "title", lines[i]))
                continue
            for pattern in glued:
                if match := pattern.search(kept[i]):
                    removed.append(Removal(i, "title", match.group("title")))
                    kept[i] = (kept[i][: match.start("title")] + kept[i][match.end() :]).strip()
            if is_prose(lines[i]):
                break
        return Cleaned(kept, removed)

    return step


def _glued_title(title: str) -> tuple[re.Pattern[str], ...]:
    """The title after a sentence's stop at the end of a line, and the title opening a line
    before a capitalised sentence of eight words or more: a headline glued to the text."""
    tokens = re.findall(r"[^\W_]+", title)
    if len(tokens) < 3:
        return ()
    spelled = r"[\W_]+".join(map(re.escape, tokens))
    return (
        re.compile(rf"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?P<title>{spelled})[\W_]*$", re.IGNORECASE),
        re.compile(rf"^(?P<title>{spelled})[^\w\s]*\s+(?=[\"“‘]?(?-i:[A-Z])(?:\S+\s+){{7}})", re.IGNORECASE),
    )


_MEDIA = re.compile(
    r"media playback is unsupported|your browser does not support|\b(?:media|video) caption\b|\bshow hide\b"
    r"|this video (?:is|can ?not|cannot)\b|^(?:watch|video|listen|audio|play video)\s*[:|]|^advertisement$"
    r"|^(?:skip|jump) to (?:main )?content|^(?:story|article|text) continue[sd]? (?:below|after)|^(?-i:CLOSE)\s+\S"
    r"|^(?:(?:newsletter sign up|advertisement)\s+)?continue reading the main story\b"
    r"|^play (?:video|audio)\s+(?=\d{1,2}:\d{2}\b|[‘'\"“]|(?-i:[A-Z]))",
    re.IGNORECASE,
)
_CLIP_LINK = re.compile(
    r"\s[–—-]{1,2}\s*(?:video|audio)(?:\s+(?:explainer|report|interview|analysis|highlights|clip))?\s*$", re.IGNORECASE
)
"""A link to a clip, its headline labelled by a dash and the kind of clip: the Guardian's "… calls Las Vegas gunman
'demented' - video", "What is the 25th amendment and could it remove Trump? – video explainer"."""
_PLAYER = re.compile(
    r"\bJUST WATCHED\s.{1,200}?\sReplay More Videos(?:\s*(?:\.\.\.|…))?(?:\s*MUST WATCH\s.{1,200}?\s\d{1,2}:\d{2}(?::\d{2})?\b)?"
    r"|\bMUST WATCH\s.{1,200}?\s\d{1,2}:\d{2}(?::\d{2})?(?=\s|$)"
)
"""CNN's video player flattened into text, in capitals: "JUST WATCHED <clip's title> Replay More Videos ... MUST WATCH
<title> 01:37", alone on its line or glued inside a paragraph ("… as the perpetrator. JUST WATCHED … 01:55 The photos
were posted …"); the clip's duration ends it. Not "MUST WATCH: <a tweet>" (a colon, the tweet's own words)."""
CLIP_LINK_WORDS = 30
"""Most words a clip's link line has (a headline and its label); prose does not end on "– video"."""


def drop_media(lines: list[str]) -> Cleaned:
    """Video/audio blurbs and widgets: player messages, "Media caption …", "Show Hide"
    explainer boxes, a "Story Continued Below" marker where an ad sat (check14 JR-11), a
    player's "CLOSE" button glued to its blurb, "Advertisement", and the New York Times' ad and newsletter boxes
    ("Advertisement Continue reading the main story", "Newsletter Sign Up Continue reading the main story Please verify
    you're not a robot … View all New York Times newsletters.": check14q HL-7 … HL-51, eleven prompts scored as the paper's
    own sentences; all 189 such lines in the AllSides sample start so and end with the box); a player's "Play Video"
    button with the clip's duration or headline after it, and a clip's link whose headline ends with a dash and its kind
    ("… – video", "… – video explainer", ``_CLIP_LINK``): check AA OP-5, OP-10, the Guardian's "Play Video 5:26 What is
    the 25th amendment and could it remove Trump? – video explainer" scored as its own voice and its only hedge. A clip's
    link after an image's share buttons is a caption (``drop_captions``), left to it. CNN's video player, flattened
    into one line, opens in capitals, "JUST WATCHED <clip's title> Replay More Videos ... MUST WATCH <title> 01:37"
    (check AB CR-10, CR-34, CR-47: scored as CNN's own sentence, its "MUST" counted as a booster and a policy cue);
    prose does not write those words in capitals (``_PLAYER``). The player is cut where it stands, the paragraph
    around it kept; a line with nothing else goes."""
    whole = drop_matching(lines, "media", lambda line: bool(_MEDIA.search(line)) or _clip_link(line))
    kept, removed = list(whole.lines), list(whole.removed)
    for i in nonblank_indices(kept):
        if spans := [m.group() for m in _PLAYER.finditer(kept[i])]:
            removed += [Removal(i, "media", span) for span in spans]
            kept[i] = re.sub(r"\s{2,}", " ", _PLAYER.sub(" ", kept[i])).strip()
    return Cleaned(kept, sorted(removed, key=lambda r: r.index))


_HIGHLIGHTS = re.compile(
    r"^[\W_]*(?:story\s+highlights|highlights|key\s+points)\s*(?::\s*|$|\s+(?=[\"“‘'(]?(?-i:[A-Z0-9])))", re.IGNORECASE
)
"""The label of a box of highlights over a story, alone on its line or glued to the first: CNN's "Story highlights
Obama cancels military exercises with Egypt, …", "Key points:"; not "Interview Highlights" heading a transcript, nor
"Highlights of the legislation include …"."""
HIGHLIGHT_WORDS = 30
"""Words up to which a line without a full stop after a highlights label is one of its bullets (CNN's run 8–20)."""


def drop_highlights(lines: list[str]) -> Cleaned:
    """A box of highlights: its label (``_HIGHLIGHTS``) and the bullets after it, short lines with no full stop, up to
    the first line that ends like a sentence or runs longer than ``HIGHLIGHT_WORDS``: page furniture that repeats the
    story in its words (check AH WI-26: CNN's four "Story highlights" bullets were counted as its sentences, three of
    its 16 "million"). Removed as media: set aside, still searched for absences, as an explainer box is. A label with
    no bullet after it is left alone."""
    indices, verdicts = nonblank_indices(lines), dict[int, str]()
    for n, i in enumerate(indices):
        found = _HIGHLIGHTS.match(lines[i])
        if found is None or i in verdicts:
            continue
        glued = lines[i][found.end() :].strip()
        if glued and (ends_sentence(glued) or words(glued) > HIGHLIGHT_WORDS):
            continue
        end = n + 1
        while end < len(indices) and not ends_sentence(line := lines[indices[end]]) and 0 < words(line) <= HIGHLIGHT_WORDS:
            end += 1
        if glued or end > n + 1:
            verdicts.update(dict.fromkeys(indices[n:end], "media"))
    return drop_lines(lines, verdicts)


def _clip_link(line: str) -> bool:
    """A short line ending "– video" (``_CLIP_LINK``) that no caption rule takes."""
    return bool(_CLIP_LINK.search(line)) and words(line) <= CLIP_LINK_WORDS and not _CAPTION.search(line)


_POST_DATE = r"(?:[A-Z][a-z]+\.? \d{1,2}, \d{4})"
_HANDLE = r"\(@\w{1,30}\)"
_TWEET_CREDIT = re.compile(rf"\s*[—–-]{{1,2}}\s*[^()\n—–]{{1,60}}{_HANDLE}\s*{_POST_DATE}?\s*$")
"""An embedded tweet's byline ending its text: "— Donald J. Trump (@realDonaldTrump) May 3, 2018"."""
_BARE_CREDIT = re.compile(rf"^(?P<dash>[—–-]{{1,2}})?\s*[^()\n—–]{{1,60}}{_HANDLE}\s*{_POST_DATE}?$")
"""The byline alone on its line, the tweet's text on the line before ("… #LoveIsLove —" | "Barack Obama (@BarackObama)
June 26, 2013")."""
_TWEET_HEAD = re.compile(rf"^[^()\n—–!?]{{1,60}}?{_HANDLE}\s+(?=[\"“‘'#@]|[A-Z0-9])")
"""The byline opening the tweet, the Guardian's embed: "Donald J. Trump (@realDonaldTrump) Mr. Cohen, an attorney, …";
the text after the handle opens like a post (capital, digit, quote, # or @), never "(@handle), a reporter, said"."""
_SHARED_POST = re.compile(r"\b[Aa] (?:photo|video|post) (?:posted|shared) by [^()\n]{1,60}\(@[\w.]{1,30}\) on ")
"""An Instagram embed's byline: "Happy New Year! A photo posted by Riley Nolan (@rnolan54) on Dec 31, 2016 at 8:13am PST"."""
_INLINE_POST_CREDIT = re.compile(rf"\s*[—–-]{{1,2}}\s*[^()\n—–]{{1,60}}{_HANDLE}\s*{_POST_DATE}\s+(?=[\"“‘]?[A-Z])")
"""A tweet's byline, dated, with the outlet's next sentence glued after it: "… Never. — Evan McMullin (@Evan_McMullin)
December 16, 2016 The federal court strongly suggested …"."""
POST_WORDS = 60
"""Most words an embedded post's text has: a tweet is at most 280 characters (links shortened), some 55 words."""
POST_CHARACTERS = 300
"""Most characters an embedded post's text has, its line breaks and shortened links counted: a tweet's 280, with room."""
_POST_LINK = re.compile(r"(?:https?://|pic\.twitter\.com/)\S+")
_POST_MARK = re.compile(r"(?<![\w@])[@#]\w")
_NAMES_THE_POST = re.compile(r"\b(?:tweet|tweets|tweeted|post|posted|wrote|writes|said|says)\b", re.IGNORECASE)


def _post_size(text: str) -> int:
    """A post's length as the network counts it: a link is shortened to 23 characters, a picture's link not counted."""
    return len(_POST_LINK.sub(lambda m: "" if m.group().startswith("pic.") else "x" * 23, text))


def _post_lines_before(lines: list[str], indices: list[int], n: int, text: str) -> list[int]:
    """The lines of a post's text before the line its byline ends (``indices[n]``, whose text is ``text``): a post's own
    line breaks come through a capture as two blank lines or more, an outlet's paragraphs as one (check U CO-34: Ady
    Barkan's three-line tweet in Vox lost only its last line, the rest scored as Vox's hedges and frames). Walks back
    over lines so set apart while the post stays within ``POST_CHARACTERS``; stops at another post's byline and at a
    lead-in ending with a colon unless it reads as the post's (a @mention or #hashtag, not a word naming the post: "Trump
    answered with this tweet:" is the outlet's). On the AllSides sample (10,000 articles) 148 lines more go, all read:
    posts' lines (Townhall's and Vox's embedded threads, AOC's three-line tweet), none an outlet's paragraph."""
    found: list[int] = []
    size = _post_size(text)
    while n > 0:
        prev, here = indices[n - 1], indices[n]
        line = lines[prev]
        size += _post_size(line) + 1
        if here - prev < 3 or size > POST_CHARACTERS or _TWEET_CREDIT.search(line) or _BARE_CREDIT.match(line):
            break
        if line.endswith(":") and (not _POST_MARK.search(line) or _NAMES_THE_POST.search(line)):
            break
        found.append(prev)
        n -= 1
    return found


def drop_embedded_posts(lines: list[str]) -> Cleaned:
    """Embedded social posts, whole: the post's text is someone else's words, and with its byline cut off it read as the
    outlet's own sentence (check R SD-71: Trump's tweets in the Guardian, "Donald J. Trump (@realDonaldTrump) Mr. Cohen,
    an attorney, …", scored as its own voice). A line of at most ``POST_WORDS`` words that ends with a tweet's byline
    ("… pic.twitter.com/x — Name (@handle) May 3, 2018") or opens with it ("Name (@handle) Text …"), or holds an Instagram
    byline; a byline alone on its line, with the line before it when that is the post's text (it ends with the byline's
    dash, or the byline opens with one; never a lead-in ending with a colon); and the lines of the post's text before
    those, set apart by the post's own line breaks (``_post_lines_before``). In a longer line (a one-paragraph capture)
    only the byline goes. A dated byline inside a line, the outlet's next sentence glued after it
    (``_INLINE_POST_CREDIT``, check AG EC-18, EC-24: McMullin's tweet in The Hill, its "Never." scored as The Hill's
    booster, its byline as an "only here" claim), goes with the post's text before it when that opens the line and
    fits a post. Removed as media: set aside, still searched for absences (``contrast.claims.absence``)."""
    indices, verdicts, kept, removed = nonblank_indices(lines), dict[int, str](), list(lines), list[Removal]()
    for n, i in enumerate(indices):
        line = lines[i]
        if bare := _BARE_CREDIT.match(line):
            verdicts[i] = "media"
            prev = lines[indices[n - 1]] if n else ""
            if prev and words(prev) <= POST_WORDS and not prev.endswith(":") and (bare.group("dash") or re.search(r"[—–-]$", prev)):
                verdicts[indices[n - 1]] = "media"
                verdicts.update(dict.fromkeys(_post_lines_before(lines, indices, n - 1, prev), "media"))
        elif (tweet := _TWEET_CREDIT.search(line)) or _TWEET_HEAD.match(line) or _SHARED_POST.search(line):
            if words(line) <= POST_WORDS + 10:
                verdicts[i] = "media"
                if tweet:
                    verdicts.update(dict.fromkeys(_post_lines_before(lines, indices, n, line[: tweet.start()]), "media"))
            elif tweet:
                removed.append(Removal(i, "media", line[tweet.start() :].strip()))
                kept[i] = line[: tweet.start()].rstrip()
        elif inline := _INLINE_POST_CREDIT.search(line):
            # The post opens the paragraph when its text fits a post: text and byline go, the outlet's sentences stay.
            start = 0 if _post_size(line[: inline.start()]) <= POST_CHARACTERS else inline.start()
            removed.append(Removal(i, "media", line[start : inline.end()].strip()))
            kept[i] = (line[:start] + " " + line[inline.end() :]).strip()
    dropped = drop_lines(kept, verdicts)
    return Cleaned(dropped.lines, sorted([*removed, *dropped.removed], key=lambda r: r.index))


_HOVER_TITLE = re.compile(
    r"\b(?P<last>[A-Z][\w'’-]+)(?P<hover>\s+(?:[A-Z][\w.'’-]*\s+|\([A-Z][\w.'’ -]*\)\s+){0,5}"
    r"(?P=last)(?:MORE\b|(?=[A-Z0-9$“‘])[^\n]{0,600}?\sMORE\b))"
)
"""A name, then its link's hover text: the full name again, glued to the titles of other stories and ended by "MORE"
("Sen. Jane Roe Jane Alice RoeSenate passes farm bill Voters sour on tariffs MORE", or "Jane Alice RoeMORE")."""


_SPACED_HOVER = re.compile(
    r"\b(?P<first>[A-Z][\w'’-]+)\s+(?P<last>[A-Z][\w'’-]+)(?P<hover>\s+(?P=first)(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?P=last)"
    r"\s+(?=[A-Z0-9$“‘])[^\n]{0,600}?\sMORE\b)"
)
"""The same hover text with a space after the full name ("Speaker Jane Roe Jane Alice Roe Senate passes farm bill …
MORE", check T SC-43): then the first name and the surname must both come again, so the name shown stays whole."""


def drop_hover_titles(lines: list[str]) -> Cleaned:
    """A person link's hover text pasted after the name (``_HOVER_TITLE``): the person's full name, ending in the same
    surname glued to a capital, a digit or "MORE", then headlines of unrelated stories up to "MORE" (The Hill's:
    check S OM-37, OM-51, OM-67, "Omarosa Manigault Newman Omarosa Onee Manigault NewmanAuthor of anonymous 'resistance'
    NYT op-ed to publish book … MORE on Monday released …", scored as the Hill's words and read as an anonymous source).
    The hover text goes, the sentence and the name stay; removed as related links. With a space after the full name, the
    name shown is repeated whole (``_SPACED_HOVER``)."""
    kept, removed = list(lines), list[Removal]()
    for i in nonblank_indices(lines):
        for pattern in (_HOVER_TITLE, _SPACED_HOVER):
            hovers = list(pattern.finditer(kept[i]))
            if hovers:
                removed += [Removal(i, "related", hover.group("hover").strip()) for hover in hovers]
                kept[i] = pattern.sub(lambda m: m.group()[: m.start("hover") - m.start()], kept[i])
    return Cleaned(kept, removed)


_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(]?[A-Z0-9])")


def drop_emails(lines: list[str]) -> Cleaned:
    """Lines with an e-mail address ("Contact: x@y.org", author e-mails). In a long
    paragraph only the sentences carrying the address go ("Contact the writers at …")."""
    kept, removed = list(lines), list[Removal]()
    for i in nonblank_indices(lines):
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
    indices = nonblank_indices(lines)
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
            return drop_lines(lines, verdicts)
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
    for i in nonblank_indices(lines):
        if re.match(r"(?:abstract|summary)\s*[:.]?$", lines[i], re.IGNORECASE) or is_prose(lines[i]):
            break
        zone.append(i)
    signs = sum(bool(_JOURNAL.search(lines[i])) for i in zone)
    verdicts = dict.fromkeys(zone if signs >= 2 and len(zone) <= 40 else [], "journal_header")
    for i in nonblank_indices(lines):
        if _RUNNING.search(lines[i]) and words(lines[i]) <= 60:
            verdicts[i] = "journal_header"
    return drop_lines(lines, verdicts)


_CREDIT = r"(?:image|photo(?:graph(?:er)?)?|picture|pic|credit|illustration|graphic|file photo|screenshot|courtesy)s?"
_CAPTION = re.compile(
    rf"\(\s*{_CREDIT}\s*(?::|by\b|via\b|credit\b)[^()]*\)?$|(?:^|\s){_CREDIT}\s*:\s*[^.!?:]{{1,80}}$"
    r"|\([^()]*\b(?:getty images|afp|reuters|associated press|epa|shutterstock|xinhua|ap photo)\b[^()]*\)$"
    r"|^(?:image|photo) (?:caption|copyright|source)\b|^[\w .'/-]{0,40}\b(?:getty images|shutterstock|ap photo)$"
    r"|^(?:fig(?:ure)?|table|chart|graph|exhibit|map)\.?\s*\d+[a-z]?\s*[.:|—–-]"
    r"|(?:^|\s)(?-i:REUTERS|AFP|EPA|XINHUA)/[\w .'’/-]{1,60}$|[\[(](?:photo|image|picture)s?\s*/[^\])]{1,40}[\])]$"
    r"|^slideshow\s*\(\d+\s+images?\)$|^file photo:|^(?:enlarge this image\s+)?(?:toggle|hide) caption\b"
    r"|^(?-i:(?:Facebook|Twitter|Pinterest|LinkedIn|WhatsApp|Reddit|Email|Share|Tweet) ){2,}(?=\S.*\s(?-i:[a-z]))"
    r"|\s\|\s+(?=(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}/[A-Z])|(?-i:AP|AFP|Getty|REUTERS|Reuters|EPA|Pool)\b)",
    re.IGNORECASE,
)
"""… and NPR's image widget, "Enlarge this image toggle caption Mark Wilson/Getty Images Mark Wilson/Getty Images"
(check14q HL-14: scored as an own-voice sentence; 706 lines of the AllSides sample hold "toggle caption", every one
opening so); and a caption after the image's share buttons, "Facebook Twitter Pinterest ‘Mr Cohen has acted like he is
above the law’: Stormy Daniels on Trump’s lawyer - video" (check R SD-71: kept as a Guardian sentence; all 98 lines of the
AllSides sample opening with "Facebook Twitter Pinterest" are the Guardian's captions); and a caption whose credit
follows a bar, "Name/Agency" or an agency, "… greet troops at the base. | Jane Roe/AFP/Getty Images" (Politico's, with its
kicker and headline glued after the credit: check S IQ-24, IQ-84, kept and scored as Politico's own sentence). And Bloomberg's
caption, the subject's name then its "Photographer:" credit, "Robert Mueller Photographer: Saul Loeb/AFP via Getty Images"
(check AB CR-11: kept and scored as Bloomberg's own sentence)."""


_PICTURE = r"(?:image|photo(?:graph)?|picture|pic|screenshot|screen\s+grab|video\s+grab|illustration)s?"
_THIS_PICTURE = re.compile(
    rf"^(?:this|the\s+above|above)\s+(?:(?:undated|file|handout|aerial|family)\s+)?{_PICTURE}\b"
    r"|^in\s+this\s+(?:(?:undated|file|handout|aerial|family|\d{1,4},?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|"
    rf"dec)[a-z]*\.?,?)\s+){{0,5}}{_PICTURE}\b",
    re.IGNORECASE,
)
"""A line whose subject is the picture it stands under: "This image would work better if there were measurements on
the wall behind Bannon." (Daily Kos, check15 Q-BN BN-53: kept as body text, the Left origin's one positive sentence),
"This image apparently taken from surveillance footage shows …", "In this Nov. 12, 2018, photo provided by …, Perry
talks with …" — a caption with no credit to mark it. Not "In this case, the picture is the map below"."""
_INNER_STOP = re.compile(r"[a-z]{3,}[.!?][\"”’)]?\s+[\"“‘(]?[A-Z]")
"""A sentence's end inside a line ("… in St. Paul. Workers are …"; not "Jan. 30" nor "Gov. Lee"): more than a caption."""


_PLACE_AND_DATE = re.compile(
    r"\b(?:in|at|near|outside|on)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,\s+"
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,\s+){0,2}(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\.?$"
)
"""A wire photo's caption ends so, where the picture was taken and when: "… in Washington, U.S., March 21, 2020.",
"… at the State Department in Washington, Jan. 6, 2020." (the agency's credit after it cut off, check T SB-69: CNBC's
caption of McConnell leaving the Capitol was scored as 38 of its own words). News prose dates an event by its weekday
or "last month", never by a full date after the place."""
CAPTION_WORDS = 40
"""A caption that only its opening marks (``_THIS_PICTURE``) is one sentence of at most this many words; a paragraph
that goes on ("In this Dec. 12 photo, Hector Maldonado poses in St. Louis. Although pestered …") is the body's."""
DATED_CAPTION_WORDS = 60
"""A caption known by its place and date (``_PLACE_AND_DATE``) says more (who, doing what, at which event): Reuters' run to 50."""


def is_uncredited_caption(line: str) -> bool:
    """Whether ``line`` is a caption of one sentence with no credit: it names its picture as its subject
    (``_THIS_PICTURE``), or it ends with the place and the full date the picture was taken (``_PLACE_AND_DATE``) and
    opens with a word: "— Jane Roe on Channel 4's The Evening Show, May 2, 2014." credits the quotation before it."""
    if not ends_sentence(line) or _INNER_STOP.search(line):
        return False
    return bool(
        (_THIS_PICTURE.match(line) and words(line) <= CAPTION_WORDS)
        or (_PLACE_AND_DATE.search(line) and words(line) <= DATED_CAPTION_WORDS and line[:1].isalnum())
    )


def _content_words(line: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[^\W\d_]{4,}", line)} - {"this", "that", "with", "from", "their"}


def drop_captions(lines: list[str]) -> Cleaned:
    """Captions: a short line ending in a credit ("… (Image: via Pixnio)", "(Photo: AP)",
    "Photograph: X/Reuters") or opening "Figure 2:", or one sentence whose subject is its picture ("This image …", "In
    this 2018 file photo, …": ``is_uncredited_caption``), plus the line before a credited one when that is
    the caption's own text repeated, or a short full-stop line (alt text) sharing a
    content word with it ("CCTV surveillance camera." before "… surveillance tech.")."""
    verdicts: dict[int, str] = {}
    indices = nonblank_indices(lines)
    for n, i in enumerate(indices):
        if is_uncredited_caption(lines[i]):
            verdicts[i] = "caption"
            continue
        match = _CAPTION.search(lines[i])
        if not match or words(lines[i]) > 60:
            continue
        verdicts[i] = "caption"
        prev, text = (lines[indices[n - 1]] if n else ""), lines[i][: match.start()]
        if (line_key(prev) and line_key(text).startswith(line_key(prev))) or (
            words(prev) <= 12 and ends_sentence(prev) and _content_words(prev) & _content_words(text)
        ):
            verdicts[indices[n - 1]] = "caption"
    return drop_lines(lines, verdicts)


_SLIDE_END = re.compile(r"\bHide Caption (\d{1,4}) of (\d{1,4})\b")
"""The end of one slide of CNN's photo gallery, flattened into text: "… Workers carry a podium onto the stage on
Monday. Hide Caption 4 of 9". Prose does not write the button's words in capitals with a slide's number."""
_GALLERY_HEAD = re.compile(r"(?<!\S)Photos:\s")
"""A slide's opening, the gallery's title after "Photos:" (often twice: "Photos: Photos: Preparing for first debate
Photos: Photos: Preparing for first debate Preparing for first debate – <caption>")."""


def drop_galleries(lines: list[str]) -> Cleaned:
    """A photo gallery flattened into the text, each slide "Photos: <gallery title> <caption> Hide Caption k of n"
    (check AD DB-5, DB-14, DB-20, DB-41: CNN's nine captions of a debate stage kept as 11 of its 39 sentences, so its
    "only in" claims, its distinctive words "photos" and "preparing", and a fifth of its tone). A slide's end
    ("Hide Caption k of n", ``_SLIDE_END``) marks the gallery; it is cut from its first slide's "Photos:" to its last
    slide's end wherever it sits in a line, the prose around it kept. A gallery the capture broke over lines goes
    whole: a line that is only its title and first caption, when the next line carries on to a slide's end, and the
    next slide's title after a slide's end short of the last ("Hide Caption 3 of 6 Photos: <title>"). One removal per
    slide, so the appendix counts captions. A line without a slide's end is never touched: "Photos: <title>" alone is
    a link, left to the other rules."""
    kept, removed = list(lines), list[Removal]()
    carry: tuple[int, str] | None = None  # an open slide: where it began and its text so far
    opener: int | None = None  # a line opening with a gallery's title and no slide's end yet
    for i in nonblank_indices(lines):
        line = lines[i]
        ends = list(_SLIDE_END.finditer(line))
        if not ends:
            if carry and carry[1]:
                removed.append(Removal(carry[0], "caption", carry[1]))
            carry, opener = None, (i if _GALLERY_HEAD.match(line) else None)
            continue
        prefix = line[: ends[0].start()]
        if carry is None and opener is not None and not _GALLERY_HEAD.match(prefix):
            carry, kept[opener] = (opener, lines[opener]), ""
        head = _GALLERY_HEAD.search(prefix)
        start = 0 if carry is not None else head.start() if head else ends[0].start()
        last, rest = ends[-1], line[ends[-1].end() :]
        goes_on = int(last.group(1)) < int(last.group(2)) and (not rest.strip() or bool(_GALLERY_HEAD.match(rest.lstrip())))
        end = len(line) if goes_on else last.end()
        span, cursor = line[start:end], 0
        for match in _SLIDE_END.finditer(span):
            where, before = carry if carry else (i, "")
            removed.append(Removal(where, "caption", f"{before} {span[cursor : match.end()]}".strip()))
            carry, cursor = None, match.end()
        carry = (i, span[cursor:].strip()) if goes_on else None
        opener = None
        kept[i] = re.sub(r"\s{2,}", " ", f"{line[:start]} {line[end:]}").strip()
    if carry and carry[1]:
        removed.append(Removal(carry[0], "caption", carry[1]))
    return Cleaned(kept, sorted(removed, key=lambda r: r.index))


_INLINE_CREDIT = re.compile(
    r"\s*(?:[\[(](?:photo|image|picture)s?\s*/[^\])]{1,40}[\])]|\((?:xinhua|china daily|vcg|afp|reuters|ap) photo\)"
    r"|\((?:photo|image)s?\s*:[^()]{1,60}\))",
    re.IGNORECASE,
)
_PHOTO_SHAPE = re.compile(
    r"\b(?:is|are|was|were) (?:seen|pictured|shown)\b|\bpictured\b|\b(?:listens|speaks|looks on|poses|walks|waves|smiles"
    r"|attends|gestures|holds|stands)\b|\((?:L|R|C|left|right|centre|center)\)"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}\.?$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+")


def drop_inline_credits(lines: list[str]) -> Cleaned:
    """Photo credits inside a paragraph ("… in Shanghai on April 9, 2018. [Photo/VCG] Vice-Premier …",
    one-paragraph captures; a tweet's byline is :func:`drop_embedded_posts`' business). The sentence before
    a credit goes with it when it is shaped like a caption (someone "is seen", "listens", "(L)", or it ends
    with a date); else only the credit goes."""
    kept, removed = list(lines), list[Removal]()
    for i in nonblank_indices(lines):
        line = lines[i]
        pieces, cursor = [], 0
        for match in _INLINE_CREDIT.finditer(line):
            if not line[match.end() :].strip():
                break  # at the end of the line: drop_captions judges the whole line
            before = line[cursor : match.start()]
            ends = [m.end() for m in _SENTENCE_END.finditer(before.rstrip()[:-1])]
            start = ends[-1] if ends else 0
            sentence = before[start:]
            if _PHOTO_SHAPE.search(sentence.strip()) and words(sentence) <= 50:
                pieces.append(before[:start])
                removed.append(Removal(i, "caption", (sentence + match.group()).strip()))
            else:
                pieces.append(before)
                removed.append(Removal(i, "caption", match.group().strip()))
            cursor = match.end()
        if cursor:
            kept[i] = re.sub(r"\s{2,}", " ", "".join(pieces) + line[cursor:]).strip()
    return Cleaned(kept, removed)


_PROMPT = re.compile(
    r"\b(?:subscribe|sign[- ]?up|newsletters?|inbox|follow us|like us on|share (?:this|on|via)|send this"
    r"|download (?:our|the) app|get the app|click here|click for more\b|tap here|join (?:us|our)|support (?:our|independent) journalism"
    r"|(?:reuse|reprint|republish) this (?:content|article|story)|we use cookies|accept (?:all )?cookies)\b",
    re.IGNORECASE,
)
_SHARE_BAR = re.compile(
    r"(?:(?:share|tweet|e-?mail|print|facebook|twitter|linkedin|whatsapp|pinterest|reddit|copy link|comments?)\W*)+",
    re.IGNORECASE,
)


_FINE_PRINT = re.compile(
    r"\bby (?:signing up|subscribing|clicking|submitting)\b,? (?:you|i)\b[^.!?]{0,20}\b(?:agree|consent)"
    r"|\byou (?:can|may) unsubscribe\b|\bprotected by recaptcha\b",
    re.IGNORECASE,
)
"""A sign-up form's small print, addressed to the reader: "By signing up you agree to …", "You can unsubscribe at any
time", "This site is protected by reCAPTCHA …" (not "customers who sign up can unsubscribe", a sentence about a service)."""
SIGN_UP_BOX_WORDS = 120
"""Most words a newsletter sign-up box has, its call, form labels and small print glued into one line (Time's, 102)."""


def is_sign_up_box(line: str) -> bool:
    """A sign-up box told by its sentences, not by where its call stands: every sentence is a call (``_PROMPT``) or a
    form's small print (``_FINE_PRINT``), and at least one is small print (check AJ YA-7, YA-11: Politico's "Breaking News
    Alerts Get breaking news when it happens — in your inbox. Email Sign Up By signing up you agree … You can unsubscribe
    at any time. This site is protected by reCAPTCHA …", its call "inbox" at word 12 with the dash counted, was kept as
    four of Politico's sentences). A news sentence about a service ("Customers can unsubscribe at any time, the bank
    said.") has no small print addressed to the reader and stays."""
    if words(line) > SIGN_UP_BOX_WORDS or not _FINE_PRINT.search(line):
        return False
    return all(_PROMPT.search(part) or _FINE_PRINT.search(part) for part in _SENTENCE_GAP.split(line) if part.strip())


def is_prompt(line: str) -> bool:
    """A call to act (subscribe, sign up, follow us, share, send this) in a short line that
    is imperative, addresses the reader (us/our/your) or has a few words; a bare row of
    share buttons ("Share Tweet Email"); or a newsletter's sign-up box, its call in the first
    dozen words and a form's small print after it (``_FINE_PRINT``): "Weekly Digest newsletter
    Sign up today … By signing up you agree to … You can unsubscribe at any time. This site is
    protected by reCAPTCHA …" (check S IQ-24, IQ-70: Politico's box, at 48 words too long for a
    short prompt, was scored as four of its own sentences)."""
    if _SHARE_BAR.fullmatch(line) and (words(line) >= 2 or re.match(r"share|tweet", line, re.IGNORECASE)):
        return True
    if is_sign_up_box(line):
        return True
    match = _PROMPT.search(line)
    if match is None:
        return False
    if words(line[: match.start()]) < 12 and words(line) <= SIGN_UP_BOX_WORDS and _FINE_PRINT.search(line, match.end()):
        return True
    return words(line) <= 20 and (
        match.start() == 0 or bool(re.search(r"\b(?:us|our|your|you)\b", line, re.IGNORECASE)) or words(line) <= 6
    )


_FOLLOW_PROMPT = re.compile(
    r"^[Ff]ollow\s+(?:(?:us|him|her|them|me|(?:the\s+)?(?:@\w+|[A-Z][\w.'’-]*)(?:\s+(?:and\s+)?(?:@\w+|[A-Z][\w.'’-]*)){0,3})"
    r"\s+(?:on|at|via)\b|(?:our|their|his|her|my)\s)[^.!?]{0,80}?"
    r"\b(?i:twitter|facebook|instagram|youtube|tiktok|threads|bluesky|linkedin|mastodon|snapchat)\b"
)
"""A sentence telling the reader to follow someone's accounts: "Follow their Twitter accounts and our CBN News Facebook
page for ongoing updates from the field." (check T SC-36: closing a paragraph, it was listed as a claim only CBN made),
"Follow Jane Roe on Twitter: @janeroe". Whom to follow is a person (us, him, a name, a handle) or their accounts, not
"Follow the money … to a Twitter account"."""
FOLLOW_PROMPT_WORDS = 30
_APPEAL_HEAD = re.compile(r"^support\s+(?!for\b|of\b)(?:[\w’'.-]+\s+){0,3}?journalism\b(?P<rest>.*)$", re.IGNORECASE)
"""A donation appeal's heading: "Support Vox's explanatory journalism", "Support local journalism.", or with the appeal
glued to it, "Support Progressive Journalism The Nation is reader supported: Chip in $10 …" (then the rest asks: ``_APPEAL``).
Not a sentence about it: "Support for local journalism has fallen …"."""
_APPEAL = re.compile(r"\b(?:contribut\w*|donat\w*|chip in|subscri\w*|support (?:us|our)\b)", re.IGNORECASE)
_READER = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)
APPEAL_WORDS = 150
"""Most words a donation appeal's paragraph has (Vox's: 114)."""


def drop_prompts(lines: list[str]) -> Cleaned:
    """Calls to act (``is_prompt``) on their own line, and a donation appeal: its heading (``_APPEAL_HEAD``, with what is
    glued to it) and each paragraph after it that asks the reader ("you", "your") for money or a subscription (check T
    SB-66, SB-67: Vox's appeal, "Every day at Vox, we aim to answer your most important questions … Please consider
    making a contribution to Vox today.", was scored as five of its own sentences)."""
    verdicts, appeal = dict[int, str](), False
    for i in nonblank_indices(lines):
        line = lines[i]
        head = _APPEAL_HEAD.match(line)
        if head and words(line) <= APPEAL_WORDS and (words(head.group("rest")) <= 1 or _APPEAL.search(head.group("rest"))):
            verdicts[i], appeal = "prompt", True
            continue
        if is_prompt(line):
            verdicts[i], appeal = "prompt", False
            continue
        if appeal and words(line) <= APPEAL_WORDS and _APPEAL.search(line) and _READER.search(line):
            verdicts[i] = "prompt"
            continue
        appeal = False
    return drop_lines(lines, verdicts)


def drop_follow_prompts(lines: list[str]) -> Cleaned:
    """A sentence telling the reader to follow accounts on a social network (``_FOLLOW_PROMPT``), on its own line or
    inside a paragraph: the sentence goes, the rest of the paragraph stays. After the trailer, which takes a writer's
    bio with its "Follow him on Twitter" whole and judges the lines before it by what follows them."""
    kept, removed = list(lines), list[Removal]()
    for i in nonblank_indices(lines):
        parts = _SENTENCE_GAP.split(lines[i])
        follows = [bool(_FOLLOW_PROMPT.match(part)) and words(part) <= FOLLOW_PROMPT_WORDS for part in parts]
        if any(follows):
            removed += [Removal(i, "prompt", part) for part, follow in zip(parts, follows, strict=True) if follow]
            kept[i] = " ".join(part for part, follow in zip(parts, follows, strict=True) if not follow)
    return Cleaned(kept, removed)


_WIDGET_ACTIONS = frozenset({
    "listen", "share", "shares", "tweet", "post", "email", "e-mail", "print", "save", "gift", "copy", "facebook", "twitter",
    "linkedin", "whatsapp", "reddit", "pinterest", "flipboard", "telegram", "comment", "comments", "play", "pause",
})
_WIDGET_FILLERS = frozenset(
    {"to", "this", "the", "article", "story", "page", "link", "audio", "now", "min", "mins", "minute", "minutes", "read"}
)
_WIDGET_TOKEN = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?|[A-Za-z]+(?:-[A-Za-z]+)?|\S")


def is_widget_bar(line: str) -> bool:
    """A row of page widgets glued into one line: listen and share buttons, a player's duration
    ("LISTEN TO ARTICLE 5:06 SHARE THIS ARTICLE Share Tweet Post Email"). Every word is a
    widget's action or filler ("to", "this article", "min read") or a duration, and at least
    two different actions are named: a row of buttons, never a sentence."""
    tokens = _WIDGET_TOKEN.findall(line)
    known = [t.lower() for t in tokens if t.isalpha() or "-" in t]
    if len(known) < 3 or any(t not in _WIDGET_ACTIONS | _WIDGET_FILLERS for t in known):
        return False
    other = [t for t in tokens if not (t.isalpha() or "-" in t) and not re.fullmatch(r"\d{1,2}:\d{2}(?::\d{2})?|[|·•/,:]", t)]
    return not other and len({t for t in known if t in _WIDGET_ACTIONS}) >= 2


def drop_widget_bars(lines: list[str]) -> Cleaned:
    """Listen/share button rows (``is_widget_bar``), which otherwise read as a sentence."""
    return drop_matching(lines, "prompt", is_widget_bar)


def drop_dated_headlines(lines: list[str]) -> Cleaned:
    """Related-headline lists: two or more headlines in a row, each followed by a date line."""
    indices, verdicts, n = nonblank_indices(lines), dict[int, str](), 0
    while n < len(indices) - 1:
        end = n
        while end + 1 < len(indices) and is_date_line(lines[indices[end + 1]]) and words(lines[indices[end]]) <= 30:
            end += 2
        if end - n >= 4:
            verdicts.update(dict.fromkeys(indices[n:end], "related"))
        n = max(end, n + 1)
    return drop_lines(lines, verdicts)


_RELATED_HEAD = re.compile(
    r"^(?:recommended|related|more|top|latest|popular|trending|most (?:read|popular|viewed|shared)"
    r"|you (?:may|might) also (?:like|enjoy)|read (?:more|next|also)|further reading|see also|also read"
    r"|editor'?s picks?|topics|tags|explore more on these topics)(?:\s+(?:stories|articles|news|posts|reads|content"
    r"|links|coverage|videos|topics|for you|on this(?: story| topic)?))?\s*(?::|\.\.\.|…)?$",
    re.IGNORECASE,
)


_MORE_ON = re.compile(r"^for more (?:on|about)\b[^:]{0,60}:\s*\S", re.IGNORECASE)


def drop_related_sections(lines: list[str]) -> Cleaned:
    """A "Recommended Stories"-like heading and its teasers: short lines (headlines, alt
    texts), lines cut off with an ellipsis, dates. Needs two teasers to fire, except a heading cut off with an ellipsis,
Fox's "More On This..." (check AG SN-14: its teasers not captured, it was counted as a sentence). A "For more on
    the trade dispute: <headline>" line starts one too, its teasers short lines without a full stop."""
    indices, verdicts, n = nonblank_indices(lines), dict[int, str](), 0
    while n < len(indices):
        end = n + 1
        if _MORE_ON.match(lines[indices[n]]) and words(lines[indices[n]]) <= 30:
            while end < len(indices) and words(line := lines[indices[end]]) <= 20 and not ends_sentence(line):
                end += 1
            verdicts.update(dict.fromkeys(indices[n:end], "related"))
            n = end
            continue
        if _RELATED_HEAD.match(lines[indices[n]]) and re.search(r"(?:\.\.\.|…)$", lines[indices[n]]):
            verdicts[indices[n]] = "related"  # a widget's cut title ("More On This..."), its teasers not captured
        elif _RELATED_HEAD.match(lines[indices[n]]):
            while end < len(indices) and (
                words(line := lines[indices[end]]) <= 20 or re.search(r"(?:\.\.\.|…)$", line) or is_date_line(line)
            ):
                end += 1
            if end - n >= 3:
                verdicts.update(dict.fromkeys(indices[n:end], "related"))
        n = end if end - n >= 3 else n + 1
    return drop_lines(lines, verdicts)


_LINK_LINE = re.compile(
    r"^[(\[]?\s*(?:more|related|read more|see also|also see|also read|read next|recommended|opinion|full coverage"
    r"|(?:also |more )?in the news)\s*:\s*\S"
    r"|^[‘'\"“]?[(\[](?:watch|video|listen|audio)[)\]]\s*\S"
    r"|\bread more\W*$"
    r"|^read more (?:from|on|about|at)\b|^related (?:coverage|stories|articles|content|links|news)\s+(?-i:[A-Z0-9‘'\"“])"
    r"|^related\s+(?-i:[A-Z0-9‘'\"“])[^.!?]*$"
    r"|^(?-i:[A-Z0-9‘'\"“])[^!?:;\n]{2,200},\s+(?:briefly\s+)?(?-i:explained)\.?$"
    r"|(?-i:^[A-Z][A-Za-z.'’&-]*(?: [#A-Za-z.'’&-]+){0,5}:(?=[‘']?[A-Z][A-Za-z'’-]*\b))"
    r"|^quicktake\s*:\s*\S|\S\s*:\s*quicktake(?:\s+q\s*&\s*a)?$|^read (?:why|how|our)\s+\S",
    re.IGNORECASE,
)
"""… and a label glued by its colon to a headline, no space between: USA Today's "More:Abortion-rights activists send
hangers …", and the same with the story's subject as the label, "Sen. Collins:Supreme Court nominee Brett Kavanaugh
considers Roe v. Wade 'settled law'" (check U CO-7: kept and typed as Collins's statement). The label has no digit (a
time, "Update at 9:01", a verse, "Ephesians 4:32") and the headline opens with a word, not a double quote (a quotation
introduced by its speaker, "Avenatti told MSNBC:“This is …”") nor a ticker ("Gold prices US:GCQ19 edged higher"). On
the AllSides sample (10,000 articles) 155 lines more go, all related links (145 USA Today's) or widgets.

The label may open inside brackets, the whole link set apart in them: the Daily Caller's "(RELATED: Speaker Pelosi
Moves Forward With …)", Politico's "( See also: Full coverage of …)", FiveThirtyEight's "[Related: Our 2020 National
Polling Averages]" (check W CV-7: kept and counted as the outlet's own voice). "Full Coverage: <topic>" is the AP's
link to its topic hub ("Full Coverage: Virus Outbreak", check W); a sentence does not open with that label. On the
AllSides sample 47 lines more go, all links (29 the AP's hubs, 12 Politico's "( See also: …)"), none other.

An explainer's headline alone on its line, "<subject>, explained" ("Melania Trump's immigration history, explained",
"Hawley's proposal, briefly explained"): Vox's link to its own explainer (check X HC-5: "Nancy Pelosi's fight to call
Trump's tweets racist and the mayhem on the House floor, explained" was counted as a statement attributed with
"explained"). Prose names who explained (", he explained."). On the AllSides sample 19 lines more go, all Vox's
links (8 "briefly explained"), none other.

National Review's promoted link, "IN THE NEWS: ‘[WATCH] Getting to Know Brett Kavanaugh’" (check AA OP-8: its last
line, printed as the claim only Right made): the label "In the news:", or a clip's tag in brackets opening the line
("[WATCH] …", "(VIDEO) …"), then a headline.

Bloomberg's link to its explainer series, labelled before or after the headline: "QuickTake: Can Trump Dismiss the
Special Counsel? Not Exactly" (check AB CR-11: kept and scored as Bloomberg's own sentences), "Trump Wanted a Trade War.
Here's What One Looks Like: QuickTake", or "… : QuickTake Q&A"; and a promo line that sends the reader to another
story, "Read why <headline>", "Read how …", "Read our …" (check AK MX-33: Bloomberg's "Read why Trump's talk of a border
tax is taken seriously: QuickTake Q&A" was kept and counted in its own voice, its "tax" an Economic cue). A sentence
does not open by telling the reader to read. On the AllSides sample 1 line more goes, that same promo."""


def drop_link_lines(lines: list[str]) -> Cleaned:
    """Inline related links: "More: <headline>", "Also see: <headline>" (check T SB-70), "<headline> Read more",
    "Related Coverage <headline>" (a capitalised headline after the label, no colon: check14 TG-34), "Related <headline>"
    with no stop (Vox's, check T SB-66), "<Label>:<headline>" glued (check U CO-7), "<headline>, explained" (check X HC-5)."""
    whole = drop_matching(lines, "related", lambda line: bool(_LINK_LINE.search(line)) and words(line) <= 25)
    kept, removed = list(whole.lines), list(whole.removed)
    for i in nonblank_indices(kept):
        spans = list(_INLINE_LINK.finditer(kept[i]))
        if spans and kept[i][: spans[0].start()].strip():
            removed += [Removal(i, "related", m.group("link")) for m in spans]
            kept[i] = _INLINE_LINK.sub("", kept[i]).strip()
    return Cleaned(kept, removed)


_INLINE_LINK = re.compile(
    r"(?<=[.!?\"”’)])\s+(?P<link>[(\[]\s*(?:related|read more|see also|also see|also read|read next|more)\s*:"
    r"[^()\[\]]{3,200}[)\]])(?=\s*$|\s+[“\"‘']?[A-Z])",
    re.IGNORECASE,
)
"""A bracketed link set between two sentences of a paragraph, or ending it: the Daily Caller's "… according to
McConnell. (RELATED: Speaker Pelosi Moves Forward With Her Own Coronavirus Package, …)" (check W CV-7: the paragraph
is one line, so the line rule did not see it, and the link was counted as the outlet's own sentence). On the AllSides
sample it cuts 94 spans, all links (92 the Daily Caller's "(RELATED: …)")."""


def is_capital_heading(line: str) -> bool:
    """A line in capitals that does not end like a sentence: two words or more with letters,
    every cased letter upper case, at most 20 words ("TRUMP ANNOUNCES BAN ON …", "‘BREAKS YOUR
    SPIRIT’"). One word in capitals is an acronym or a label ("NATO"); a shouted sentence ends
    with a stop and is prose."""
    lettered = [w for w in line.split() if re.search(r"[^\W\d_]", w)]
    return len(lettered) >= 2 and words(line) <= 20 and not ends_sentence(line) and line.upper() == line != line.lower()


def drop_capital_headings(lines: list[str]) -> Cleaned:
    """Headings in capitals between paragraphs (``is_capital_heading``), after the body has begun
    and before more text: a promoted headline linking to another story, set in capitals between
    two paragraphs (Fox's "TRUMP ANNOUNCES BAN ON TRANSGENDER INDIVIDUALS SERVING IN THE MILITARY")
    or a subhead (Reuters' "‘BREAKS YOUR SPIRIT’"). Either way not a sentence of the article, and
    VADER reads capitals as emphasis (check14 TG-34: both were scored as the outlet's own tone). A
    capitalised line before the first paragraph is a title or a kicker: left to the title rules."""
    indices, verdicts, begun = nonblank_indices(lines), dict[int, str](), False
    for n, i in enumerate(indices):
        if begun and n + 1 < len(indices) and is_capital_heading(lines[i]):
            verdicts[i] = "heading"
        begun = begun or is_prose(lines[i])
    return drop_lines(lines, verdicts)


_QUESTION_HEADING = re.compile(r"[A-Z0-9][^:;!?]*\?")
"""A question set as a heading: one question, opening with a capital or a digit (not a quotation mark: a quoted question
is someone's words), no colon or semicolon (a label's line: "Q: …", "RELATED: …")."""
_RUNNING_OPENER = re.compile(r"(?:and|but|or|nor|so|yet|then|now|still|plus|well)\b", re.IGNORECASE)
"""Words that tie a question to the sentence before it ("But will the House act?"): running text, never a heading."""
_PERSON = re.compile(r"\b(?:(?i:you|your|yours|yourself|yourselves|me|my)|I)\b")
"""A question to the reader or to an interviewee, or the writer's own ("What do you think?", "Why did I go?")."""
_SENTENCE_INSIDE = re.compile(r"[a-z]{3,}\.\s")
"""A sentence's stop inside the line (a word, not an abbreviation such as "Sen." or "Mr."): two sentences, no heading."""
_QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")
"""A quotation (to its closing mark, or to the end of the paragraph when it runs on into the next one)."""
_CLOSING_MARKS = "\"'”’)]"
QUESTION_HEADING_WORDS = 15
"""Most words a question heading has (NPR's longest in the AllSides sample: 15)."""


def _asks(line: str) -> bool:
    return line.rstrip(_CLOSING_MARKS).endswith("?")


def _question_heading(line: str) -> bool:
    """A line shaped like a question heading: one short question (``_QUESTION_HEADING``), two words or more, not tied
    to the text before it (``_RUNNING_OPENER``) and asked of no one (``_PERSON``)."""
    return bool(
        2 <= words(line) <= QUESTION_HEADING_WORDS and _QUESTION_HEADING.fullmatch(line)
        and not _RUNNING_OPENER.match(line) and not _PERSON.search(line) and not _SENTENCE_INSIDE.search(line)
    )  # fmt: skip


SECTION_HEADINGS = 3
"""Other section headings a text must set off for a lone question between paragraphs to be read as one of them
(``drop_question_headings``). On the AllSides sample (10,000 articles) the rule takes 92 lines more, in 72 articles; of
20 read, 18 were subheads ("Burden or achievement?", "Do tariffs matter here?", "Why are particulates dangerous?"), one a
reporter's question in a briefing's transcript (someone else's words either way) and one maybe the writer's own (Vox's
"What should we make of this?", between sections of an analysis)."""
SECTION_HEADING_WORDS = 12
"""Most words a section heading without a stop has (``_section_heading``; as ``contrast.segment``'s section titles)."""


def _section_heading(line: str, before: str) -> bool:
    """A section heading without a stop: a short line (two to ``SECTION_HEADING_WORDS`` words) opening with a capital or
    a digit, ending with no stop and no colon (a lead-in), after a paragraph of prose ("Write-ins matter", "The Real
    Donald Trump")."""
    return bool(
        2 <= words(line) <= SECTION_HEADING_WORDS and (line[:1].isupper() or line[:1].isdigit()) and not ends_sentence(line)
        and not line.endswith(":") and not _INNER_STOP.search(line) and is_prose(before)
    )  # fmt: skip


def _standing_questions(lines: list[str]) -> tuple[list[int], int]:
    """The lines of ``drop_question_headings``'s shape (short questions standing alone between paragraphs after the
    body has begun, not after a lead-in ending with a colon, answered by the paragraph after them), and how many
    section headings without a stop the text has (``_section_heading``)."""
    indices, found, begun, sections = nonblank_indices(lines), list[int](), False, 0
    for n, i in enumerate(indices):
        if begun and 0 < n < len(indices) - 1:
            sections += _section_heading(lines[i], lines[indices[n - 1]])
            if (
                _question_heading(lines[i]) and not lines[indices[n - 1]].endswith(":")
                and ends_sentence(answer := lines[indices[n + 1]]) and not _asks(answer)
            ):  # fmt: skip
                found.append(i)
        begun = begun or is_prose(lines[i])
    return found, sections


def drop_question_headings(lines: list[str]) -> Cleaned:
    """The section headings of a question-and-answer article: short questions standing alone between paragraphs
    (``_question_heading``), each after the body has begun, not after a lead-in ending with a colon, and answered by
    the paragraph after it (a sentence that is no question): "What happened?", "Is this normal?", "Is recording in the
    Situation Room a crime?" (the Guardian's, check S OM-22, OM-36: four of its own-voice sentences, one its most
    negative). Only when every question the text asks in its own words (outside quotation marks) is such a line, and
    there are two or more: a writer who asks a question inside a paragraph, one that opens with "But" or "So", one to
    "you", or two in a row ("How does this end?" | "Will it accept …?"), asks them in its own voice, and a single
    question on its own line may be one too ("Who should decide?"). Removed as headings, like the capital ones.
    In a text whose sections have headings without a stop (``SECTION_HEADINGS`` or more, ``_section_heading``), a
    question standing so between its paragraphs is one more of them, however the writer asks elsewhere: USA Today's
    "How much do Democrats stall?" among "Write-ins matter", "Black votes matter" and "The Real Donald Trump" (check Y,
    scored as its own tone); unless a sentence ends inside it ("… is sinking.” Do they?": the writer's question)."""
    found, sections = _standing_questions(lines)
    indices = nonblank_indices(lines)
    asked_elsewhere = any("?" in _QUOTED.sub(" ", lines[i]) for i in indices if i not in found)
    if len(found) >= 2 and not asked_elsewhere:
        return drop_lines(lines, dict.fromkeys(found, "heading"))
    if sections >= SECTION_HEADINGS:
        return drop_lines(lines, {i: "heading" for i in found if not _INNER_STOP.search(lines[i])})
    return drop_lines(lines, {})


NUMBERED = re.compile(r"(\d{1,2})[.)]\s+(?=\S)")
"""A numbered list item's marker, as the raw line has it before markdown is stripped ("1) How long is …?", "2. …")."""


def numbered_lines(lines: list[str]) -> dict[int, int]:
    """The number of each raw line (before markdown stripping, which drops list markers) that opens with one."""
    return {i: int(m.group(1)) for i, line in enumerate(lines) if (m := NUMBERED.match(line))}


def drop_numbered_questions(numbers: dict[int, int]) -> Step:
    """Questions standing alone between paragraphs (``drop_question_headings``'s shape) that the raw text numbered in
    order (``numbers``, from ``numbered_lines``: two or more, each number higher than the one before): the numbered
    sections of an explainer, "1) How long is Mueller's report — and how detailed is it?", "2) What about the June 2016
    Trump Tower meeting?" … (Vox, check AC BR-6). They are headings however the writer asks elsewhere (Vox's "Who
    knows? Maybe never." inside a paragraph kept all six in the own voice, against the Methods' word that question
    headings are removed). A lone numbered question, or numbers out of order, may be a list's item: kept."""

    def step(lines: list[str]) -> Cleaned:
        found = [i for i in _standing_questions(lines)[0] if i in numbers]
        counted = [numbers[i] for i in found]
        ordered = len(found) >= 2 and all(a < b for a, b in itertools.pairwise(counted))
        return drop_lines(lines, dict.fromkeys(found, "heading") if ordered else {})

    return step


LEAD_IN_WORDS = 8
"""Most words a cut-off lead-in has ("What we don't know:", "Sanders said in response to the follow-up question:")."""


def drop_cut_lead_ins(lines: list[str]) -> Cleaned:
    """A short lead-in ending with a colon as the text's last line, after prose: what it introduced (a list, a section,
    an embed) was cut off in capture, and it read as a sentence of the outlet's ("What we don't know:", Vox's last
    section heading, check T SC-71). Removed as a heading. A lead-in with text after it stays: it is prose; so does a
    sentence before the lead-in on its line ("Ms. Roe would agree. She wrote:")."""
    indices = nonblank_indices(lines)
    if len(indices) < 2 or not (last := lines[indices[-1]]).endswith(":") or words(last) > LEAD_IN_WORDS or _INNER_STOP.search(last):
        return Cleaned(lines, [])
    return drop_lines(lines, {indices[-1]: "heading"} if is_prose(lines[indices[-2]]) else {})


_GLUED_START = re.compile(r"(?<=[a-z0-9]) (?=(?:It['’]s|It|He|She|They|We|There|This) [a-z])")
"""A sentence glued to the words before it with no stop: a lower-case word, then a pronoun that
opens sentences, then a lower-case word ("… trade council It's been said that …"). Not "The",
"A" or "In": they open names after a lower-case word ("told The Associated Press")."""
_HEADLINE_SHAPE = re.compile(r"[A-Z][^,;:()\"“”!?]*")
"""A headline: a capital, then no comma, colon, semicolon, bracket, double quote (headlines
quote with single marks) or ! and ? (a stop ends a sentence, so there is none inside)."""


def drop_inline_headlines(lines: list[str]) -> Cleaned:
    """A related-link headline pasted into a paragraph (one-paragraph captures):
    "… the U.S. is sure to also suffer. Trump appoints ‘Death by China’ author to lead new
    U.S. trade council It's been said that …". Between a sentence's stop and the next
    sentence glued on without one, 5–15 words with no comma, colon, bracket or double quote:
    a headline, not prose, which would end with a stop. The first sentence of a line is never
    one (a paragraph missing a stop: "… a retired neurosurgeon They join Cruz …" stays)."""
    kept, removed = list(lines), list[Removal]()
    for i in nonblank_indices(lines):
        line, cuts = lines[i], list[tuple[int, int]]()
        for stop in _SENTENCE_SPLIT.finditer(line):
            start = stop.end()
            end = (after.start() if (after := _SENTENCE_SPLIT.search(line, start)) else len(line))
            glued = _GLUED_START.search(line, start, end)
            if glued and _HEADLINE_SHAPE.fullmatch(headline := line[start : glued.start()]) and 5 <= words(headline) <= 15:
                cuts.append((start, glued.end()))
                removed.append(Removal(i, "related", headline))
        for start, end in reversed(cuts):
            line = line[:start] + line[end:]
        kept[i] = line
    return Cleaned(kept, removed)


_WIRE = re.compile(r"^[A-Z]{3,}(?:[.'’ -]+[A-Z]+)*(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?)?\s*(?:\([A-Za-z. ]+\))?\s*[—–―-]{1,2}\s+")
"""A wire dateline: the place in capitals, an agency, then a dash — em, en, hyphen(s) or the horizontal bar
"―" HuffPost writes ("WASHINGTON ―", check s6-C GF-47: it stayed in HuffPost's first sentence)."""
_OUTLET_DATELINE = re.compile(
    r"^\((?P<outlet>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2})\)[ \t]*(?P<dash>[—–―-]{1,2}[ \t]*)?(?=[\"“‘]?[A-Z0-9])"
)
"""An outlet's dateline with no place: "(CNN) For decades, …", "(CNN) -- …", "(CNSNews.com) - …" (check R EP-23: CNN's
"(CNN)" stayed and was read as a name only CNN's text has). Not a photo credit "(Pixabay)" alone, nor "(1)": the
brackets hold one to three capitalised words, followed by a dash or holding a run of capitals (an outlet's name)."""
_BYLINE = re.compile(r"^[Bb]y\s+[A-Z][\w.'’-]*(?:,?\s+(?:[A-Z][\w.'’-]*|and|&|in|at|for|of|the))*$")
_READING_TIME = re.compile(r"^\d+\s*(?:min|minute)s?\s+read$", re.IGNORECASE)
_UPDATED = re.compile(r"^[-—–\s]*(?:updated|last updated)\b", re.IGNORECASE)
_LIVE_STAMP = re.compile(
    r"^(?:update[ds]?|correction|clarification)\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\b\.?)?"
    r"(?:\s*(?-i:[A-Z]{1,4}T|ET|UTC|GMT))?\s*(?:[.:—–-]+\s*|$)",
    re.IGNORECASE,
)
"""A live blog's time stamp opening a line: "Update at 9:04 a.m. ET." (alone on its line, check14
JR-8: NPR's 14 stamps were 14 of its 77 "sentences") or before the update's heading or first sentence
("Update at 11:20 a.m. ET: "Jobs slowdown …," The Wall Street Journal says."): the stamp goes, the rest stays."""
_BARE_STAMP = re.compile(
    r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\b\.?(?:\s*(?-i:[A-Z]{1,4}T|ET|UTC|GMT))?|(?-i:[A-Z]{1,4}T|ET|UTC|GMT))\s*\.?$",
    re.IGNORECASE,
)
"""A live blog's time stamp with no "Update" before it, alone on its line: USA Today's "11:48 a.m. EST" over each entry
(check Z IR-23: eleven stamps stayed and made "est" Center's most distinctive word). A clock time with "a.m."/"p.m." or
a time zone and nothing else on the line is never a sentence."""
_OPENING_STAMP = re.compile(
    r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\b\.?(?:\s*(?-i:[A-Z]{1,4}T|ET|UTC|GMT))?|(?-i:[A-Z]{1,4}T|ET|UTC|GMT))"
    r"\s*(?::|\s[—–-]{1,2})\s+(?=\S)",
    re.IGNORECASE,
)
"""A live blog's time stamp with no "Update" before it, opening an entry's paragraph and set off by a colon or a dash:
CNN's "11:55 p.m. ET: Baltimore police have made 10 arrests …" (check AE: the stamps stayed in the sentences though
the Methods say they are removed). The stamp goes, the entry stays. A clock time in prose ("9:30 a.m. is when the
polls open") has no colon or dash after it."""
_NAME_WORD = r"(?:[A-Z][a-z][\w'’-]*|[A-Z]\.|[A-Z][a-z]*[A-Z][a-z]+)"
_BYLINE_NAME = rf"{_NAME_WORD}(?: {_NAME_WORD}){{1,3}}"
_NAMES_ONLY = re.compile(rf"^{_BYLINE_NAME}(?:(?:,| and| &|, and) {_BYLINE_NAME}){{0,3}}$")
"""A byline with no "By": one to four names, each two to four capitalised words, joined by commas or "and" ("David
Jackson and Donovan Slack", USA Today's)."""
_CAPITALS_ONLY = re.compile(r"^[A-Z][A-Z.&'’-]*(?: [A-Z][A-Z.&'’-]*){0,2}$")
"""A word or three in capitals: the outlet's name under the byline ("USA TODAY") or its desk."""
HEAD_LINES = 6
"""How many lines before the first paragraph are searched for a byline with no "By" (USA Today's: two)."""
_DASH_CREDIT = re.compile(r"^[-—–]{1,2}\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:,\s*[A-Z][\w&.'’ -]{1,50})?$")


def drop_datelines(lines: list[str]) -> Cleaned:
    """Date lines ("CCTV.com2025-05-05", "Updated 6 July 2018 10:32 BST"), bylines ("By
    Jane Doe"), reading times, a wire dateline opening the text ("BEIJING (AP) — …", "(CNN) …") and a live
    blog's time stamp opening any line ("Update at 9:04 a.m. ET.", ``_LIVE_STAMP``); and, among the first
    ``HEAD_LINES`` lines before the first paragraph, a byline with no "By" (``_NAMES_ONLY``) and a line of a few words
    in capitals right under it (``_CAPITALS_ONLY``, the outlet's name; not a heading such as "ABSTRACT"): USA Today's
    "David Jackson and Donovan Slack" | "USA TODAY" (check U, confusing #2: both counted as sentences, "David" listed
    as a word only that source used). On the AllSides sample (10,000 articles) they take 426 lines more, all read:
    bylines and the outlet's name under them (396 of them USA Today's), widget labels ("Link Copied", "Play Facebook"),
    and a few headings and headlines before the text."""
    kept, removed, begun, byline = list(lines), list[Removal](), False, False
    for n, i in enumerate(nonblank_indices(lines)):
        line, wire = lines[i], _WIRE.match(lines[i][:80]) if n < 3 else None  # a prefix: bounded
        begun = begun or n >= HEAD_LINES or is_prose(line)
        if not begun and (_NAMES_ONLY.match(line) or (byline and _CAPITALS_ONLY.match(line))):
            removed.append(Removal(i, "dateline", line))
            kept[i], byline = "", True
            continue
        byline = False
        if _BARE_STAMP.match(line):
            removed.append(Removal(i, "dateline", line))
            kept[i] = ""
            continue
        if stamp := _LIVE_STAMP.match(line) or _OPENING_STAMP.match(line):
            removed.append(Removal(i, "dateline", stamp.group().strip()))
            kept[i] = line = line[stamp.end() :]
            if not line:
                continue
        if (
            is_date_line(line)
            or _READING_TIME.match(line)
            or (_BYLINE.match(line) and words(line) <= 8)
            or (_UPDATED.match(line) and words(line) <= 12)
            or (_DASH_CREDIT.match(line) and words(line) <= 10)
        ):
            removed.append(Removal(i, "dateline", line))
            kept[i] = ""
        elif wire and words(line[wire.end() :]) >= 8 and not _UPDATE_MARK.match(line):  # "UPDATE II - …": drop_post_notes
            removed.append(Removal(i, "dateline", wire.group().strip()))
            kept[i] = line[wire.end() :]
        elif (
            n < 3
            and (own := _OUTLET_DATELINE.match(line))
            and (own.group("dash") or re.search(r"[A-Z]{2}", own.group("outlet")))
            and words(line[own.end() :]) >= 8
        ):
            removed.append(Removal(i, "dateline", own.group().strip()))
            kept[i] = line[own.end() :]
    return Cleaned(kept, removed)


_PULL_CREDIT = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}(?:,\s+[^.!?\"“”]{2,80})?"
_QUOTED_LINE = re.compile(rf"^[\"“‘'](?P<quote>.+)[\"”’'][.!?,]?(?:\s*[—–-]{{1,2}}\s*[A-Z].{{0,100}}|\s+{_PULL_CREDIT})?$")
"""A line that is a quotation, maybe with its credit after it: "“Quote.” — Name, role", "“Quote” Name"."""
_SAYS = re.compile(r"[,.!?…][\"”’']\s+(?:[\w.'’-]+\s+){0,6}?(?:said|says|told|added|asked|wrote|tweeted)\b")
_GLUED_CREDIT = re.compile(rf"\s+{_PULL_CREDIT}$")
"""A name (and role) glued to a pull-quote's last word: "… this is about a cover-up Michael Avenatti"."""
_NOT_BEFORE_CREDIT = frozenset({
    "a", "an", "the", "of", "by", "for", "to", "in", "at", "on", "with", "from", "and", "or", "as", "about", "than", "that",
    "this", "his", "her", "their", "its", "our", "your", "my", "is", "was", "are", "were", "be", "been", "said", "says", "told",
})  # fmt: skip
"""Words a sentence puts before a name ("… according to the World Resources Institute"): no pull-quote ends on them."""
PULL_RUN = 5
PULL_SHARE = 0.5
"""A pull-quote repeats the article: at least this share of its runs of ``PULL_RUN`` words is in a longer line."""


def _runs(text: str) -> set[str]:
    tokens = re.findall(r"[^\W_]+", text.casefold())
    return {" ".join(tokens[k : k + PULL_RUN]) for k in range(len(tokens) - PULL_RUN + 1)}


def _pull_quote_text(line: str) -> str | None:
    """The quotation of a line shaped like a pull-quote, without its credit, else None: a quotation set
    apart ("“…”", maybe with a credit after it), or words with a stop or an ellipsis inside, no stop at the
    end and a name glued after the last word, the Guardian's pull-quote ("Our case just got exponentially
    better. This is not about sex … this is about a cover-up Michael Avenatti")."""
    if quoted := _QUOTED_LINE.match(line):
        quote = quoted.group("quote")
        # one quotation, not a paragraph of two around their attribution ("“…,” Mayor Roe told the Post. “…”")
        return None if re.search(r"[\"“”]", quote) or _SAYS.search(quote) else quote
    glued = _GLUED_CREDIT.search(line)
    if glued is None or ends_sentence(line):
        return None
    text = line[: glued.start()]
    last = re.findall(r"[^\W_]+", text.casefold())[-1:]
    if not re.search(r"[.!?…]", text) or (last and last[0] in _NOT_BEFORE_CREDIT and not re.search(r"[.!?…,’”]$", text)):
        return None
    return text


def drop_pull_quotes(lines: list[str]) -> Cleaned:
    """Pull-quotes: a short line (at most 45 words) shaped like one (``_pull_quote_text``) that repeats a
    longer line of the article (``PULL_SHARE`` of its runs of words are in one). Page furniture that
    repeats what someone said; with its credit split off or glued on, it read as the outlet's own words
    (check R SD-27, SD-67: Avenatti's words printed as the Guardian's most positive own-voice sentence).
    Removed as media: set aside, still searched for absences. The longer line it repeats stays."""
    indices, verdicts = nonblank_indices(lines), dict[int, str]()
    for i in indices:
        if words(lines[i]) > 45 or (quote := _pull_quote_text(lines[i])) is None or len(runs := _runs(quote)) < 2:
            continue
        size = len(re.findall(r"[^\W_]+", quote))
        longer = set().union(*(_runs(lines[j]) for j in indices if j != i and len(re.findall(r"[^\W_]+", lines[j])) > size))
        if len(runs & longer) >= PULL_SHARE * len(runs):
            verdicts[i] = "media"
    return drop_lines(lines, verdicts)


_SENTENCE_GAP = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))(?<![ap]\.m\.)\s+(?=[\"“(]?[A-Z0-9])", re.IGNORECASE)
"""The space between two sentences of a paragraph (closing quotes stay with their sentence; not after "p.m." + "ET")."""
_POST_KIND = r"(?:blog )?(?:post|story|article|item|blog|page)"
_POST_NOTE = re.compile(
    rf"^[\W_]*(?:(?:here(?:'s|’s| is) )?our (?:original|earlier|previous|first) {_POST_KIND}s?\b"
    rf"|(?:we|i)(?:'ve|’ve| have| had)? (?:updated|rewrote|rewritten|revised|added|changed|corrected|amended|edited|expanded)\b"
    rf"[^.!?]{{0,80}}\b(?:this|our) (?:{_POST_KIND}|report)\b"
    rf"|(?:this (?:{_POST_KIND}|report)|the {_POST_KIND}) (?:has been|had been|was|is being|will be)"
    r" (?:updated|amended|corrected|revised|edited|expanded|rewritten)\b"
    rf"|(?:(?:update|editor['’]?s note|note|correction|clarification)\s*:\s*)?(?:this |the )?{_POST_KIND}"
    r" (?:updated|amended|corrected|revised|edited|expanded|rewritten)(?= (?:with|to|at|on|for|after)\b|[.:]?$)"
    rf"|an? (?:earlier|previous|prior) version of this (?:{_POST_KIND}|report)\b"
    r"|(?:[A-Z][\w'’.-]*\s+){1,3}filed this (?:report|story|piece)\b(?: for (?:our|us)\b|[^.!?:]{0,60}:$)"
    r"|(?:take me|click here to go|go|scroll) back to the top\b"
    rf"|(?:this|the) (?:{_POST_KIND}|content) is (?:more than|over|older than) (?:a|an|one|\d+) (?:years?|months?|weeks?|days?)"
    r"(?: old)?[.!]?$)",
    re.IGNORECASE,
)
"""A sentence about the post itself, not the news: NPR's "Our original post continues:", "We've updated the top of
this post to reflect …", "Jeff filed this report for our Newscast unit:" (check R EP-4, EP-63: the first was scored as
NPR's most positive own sentence), "This story has been updated …", "A previous version of this post …", and the
same said the headline's way, the verb with no "has been", maybe after a label: Vox's "Update: Story updated with
comment from Adams-Falconer." (check U CO-13: listed as a claim only Vox made, "Story" read as a name); and the page's
note of the post's age, the whole sentence: the Guardian's "This article is more than 1 year old" (check AA OP-5: one
of its two copies stayed and was scored as its own voice)."""


_UPDATE_MARK = re.compile(
    r"^(?:\*\s*)?(?-i:UPDATE|Update)(?:\s+(?:(?-i:[IVXL]{1,6})|\d{1,2}|#\d{1,2}))?(?:\s*\([^()]{1,40}\))?\s*(?:[:–—*]|-{1,2})"
    r"(?:\s*(?:\d{1,2}[:.]\d{2}|\d{4})\s*(?:[ap]\.?\s?m\b\.?)?(?:\s*(?-i:[A-Z]{1,4}T|ET|UTC|GMT))?(?:\s*(?:[:–—]|-{1,2}))?)?(?:\s+|$)",
    re.IGNORECASE,
)
"""A live blog's update marker opening a line, its number or a note in brackets before a dash or colon: Townhall's
"UPDATE II - …", "UPDATE VII - Hell has frozen over.", "UPDATE (first of many) - …", "UPDATE 2: …", "Update (Kate
Hicks): …", with the time after it if it has one ("Update: 6:41PM EDT: …", "Update: 1130 BST"). Check AD DB-16, DB-22:
"UPDATE II -" went as a wire dateline, its place in capitals, while "UPDATE VII", "UPDATE XI" stayed and anchored
"only in" claims. Not "Update those traditions …" (a verb, no dash or colon), nor a
time stamp "Update at 9:04 a.m. ET" (``_LIVE_STAMP``) or "Updated: 10:23 p.m." (``drop_datelines``)."""


def drop_post_notes(lines: list[str]) -> Cleaned:
    """An editor's or blogger's note about the post (``_POST_NOTE``), a sentence of at most 40 words, on its
    own line or inside a paragraph: the sentence goes, the rest of the paragraph stays. Its kind is ``post_note``, not
    ``dateline``: the appendix counted NPR's three notes as datelines beside its one time stamp (checkR EP-6). A live
    blog's update marker opening a line (``_UPDATE_MARK``) is a note about the post too, every one alike: the marker
    goes, what the writer added after it stays."""
    kept, removed = list(lines), list[Removal]()
    for i in nonblank_indices(lines):
        parts = _SENTENCE_GAP.split(lines[i])
        notes = [_POST_NOTE.match(part) is not None and words(part) <= 40 for part in parts]
        if any(notes):
            removed += [Removal(i, "post_note", part) for part, note in zip(parts, notes, strict=True) if note]
            kept[i] = " ".join(part for part, note in zip(parts, notes, strict=True) if not note)
        if mark := _UPDATE_MARK.match(kept[i]):
            removed.append(Removal(i, "post_note", mark.group().strip()))
            kept[i] = kept[i][mark.end() :]
    return Cleaned(kept, removed)


def drop_repeated(lines: list[str]) -> Cleaned:
    """A line repeating an earlier one: any short line (≤ 25 words), or any line repeating
    the line just before it. Captions, teasers and widgets repeat; prose doesn't."""
    seen, verdicts, prev = set[str](), dict[int, str](), ""
    for i in nonblank_indices(lines):
        key = line_key(lines[i])
        if key and key in seen and (words(lines[i]) <= 25 or key == prev):
            verdicts[i] = "repeated"
        seen.add(key)
        prev = key
    return drop_lines(lines, verdicts)


_TRAILER = re.compile(
    r"^(?:source|via|originally published|first published|this (?:article|story|piece) (?:was |first |originally )*"
    r"(?:published|appeared))\b.*(?:https?://|www\.|\.com\b)|copyright|©|all rights reserved"
    r"|(?:additional |further )?reporting by|(?:edited|editing|writing|compiled|translated) by"
    r"|contributed to (?:this|the) (?:report|story|article)|\breported from\b"
    r"|\bcontributed(?: reporting)?(?: (?:from|in) (?-i:[A-Z])[^.!?]{0,40})?\.?$|views expressed|opinions expressed"
    r"|with (?:additional )?assistance (?:by|from)|based (?:in part )?on (?:wire|agency|news agency) (?:service )?reports"
    r"|^contributing\s*:"
    r"|^about the authors?$"
    r"|^follow (?:him|her|them|me|the authors?|[a-z]+(?: [a-z]+)?) (?:on|at) (?:twitter|x|facebook|instagram|threads"
    r"|bluesky|linkedin|mastodon)\b"
    r"|^(?:you can |you may )?(?:read|find) (?:more |other |diverse |all )*(?:opinions|commentary|columns|op-eds)\b",
    re.IGNORECASE,
)
"""A tail line: source, copyright, credits, a follow line, or the opinion page's notice after an op-ed's bio ("You can
read diverse opinions from our Board of Contributors … on the Opinion front page"). That notice used to go only when
the bio's unstopped "Follow him on Twitter: @X" glued it to the bio; once ``drop_follow_prompts`` cut that sentence,
bio and notice both stayed."""
_BIO = re.compile(
    r"^(?:[A-Z][\w.'’-]+\s+){1,3}(?:is|was|has been|writes|teaches|serves)\b.{0,200}?\b(?i:(?:journalist|writer|author"
    r"|commentator|columnist|editor|correspondent|reporter|professor|lecturer|researcher|scholar|fellow|analyst"
    r"|director|founder|student|contributor|economist|historian|consultant))"
)


_OPINION_NOTICE = re.compile(
    r"\b(?:opinions|views)(?: expressed\b[^.!?]{0,60}?| of (?:the |our )?(?:contributors?|columnists?|authors?|writers?)\b)"
    r" (?:are|is|belong to) (?:solely |entirely )?(?:(?:his|hers?|theirs?|the (?:author|writer)s?['’]?s?)(?: own)?|those of)\b",
    re.IGNORECASE,
)
"""An opinion page's notice that the piece is its writer's: "The opinions expressed in this commentary are solely her
own.", "The views of Contributors are their own and are not the views of The Hill", "… are hers.", "The views expressed in
this commentary belong to the author."."""
_BIO_OPENER = re.compile(
    r"^(?:(?i:editor['’]s note)\s*:\s*)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,4}(?:,[^,]{1,150}?,)?"
    r"\s+(?:is|was|has|had|writes|teaches|serves|served|works|worked|lives|covers)\b"
)
"""A writer's bio opening: a full name (maybe after "Editor's note:", maybe with an appositive) and a verb: "Chris
Suprun is from Texas …", "Julian Zelizer, a history professor at Princeton University, is the author of …"."""
BIO_WORDS = 120
"""Most words an op-ed's bio block has, the notice and a follow line included (CNN's, some 80)."""
EDGE_LINES = 3
"""How near the article's start or end an opinion notice sits: bios are set at the edge, never between paragraphs."""


def _bio_line(line: str) -> bool:
    """A bio on its own line: a name, a verb and a role or home ("is a … professor", "is from Texas"), not any paragraph
    opening with a name (AllSides: Townhall's "Donald Trump is to conservatism as …" before its notice stays)."""
    return bool(_BIO_OPENER.match(line) and (_BIO.match(line) or re.search(r"\bis from\b", line)) and words(line) <= BIO_WORDS // 2)


def drop_opinion_bios(lines: list[str]) -> Cleaned:
    """An op-ed's bio block, next to the notice that the opinions are the writer's own (``_OPINION_NOTICE``), at the
    article's start or end (check AG EC-13, EC-17: CNN's "Joshua A. Douglas is a law professor … He is the co-editor of
    " Election Law Stories ." The opinions expressed are his own." and The Hill's "Chris Suprun is from Texas and is an
    elected delegate to the Electoral College." were counted as the outlets' claims). The notice's line goes whole when
    it opens with a bio (``_BIO_OPENER``); a notice on its own line takes the line before it (or after it, the first line)
    when that one opens with a bio. Only within ``EDGE_LINES`` of an edge, so a name-and-verb paragraph elsewhere stays."""
    indices, verdicts = nonblank_indices(lines), dict[int, str]()
    kept, removed = list(lines), list[Removal]()
    for n, i in enumerate(indices):
        line = lines[i]
        if not (n < EDGE_LINES or n >= len(indices) - EDGE_LINES) or words(line) > BIO_WORDS:
            continue
        if not (notice := _OPINION_NOTICE.search(line)):
            continue
        if _BIO_OPENER.match(line) or not _SENTENCE_END.search(line[: notice.start()]):
            verdicts[i] = "trailer"
        elif cut := _notice_sentence(line, notice):
            # AH: "Here's a selection of the most popular opinion pieces of 2016. The opinions expressed in these
            # commentaries are solely those of the authors.": the notice goes, the outlet's sentence before it stays
            kept[i] = (line[: cut[0]] + line[cut[1] :]).strip()
            removed.append(Removal(i, "trailer", line[cut[0] : cut[1]].strip()))
        if not _BIO_OPENER.match(line):
            near = [indices[n - 1]] if n else []
            near += [indices[n + 1]] if n == 0 and len(indices) > 1 else []
            verdicts.update({j: "trailer" for j in near if _bio_line(lines[j])})
    dropped = drop_lines(kept, verdicts)
    return Cleaned(dropped.lines, sorted([*removed, *dropped.removed], key=lambda r: r.index))


def _notice_sentence(line: str, notice: re.Match[str]) -> tuple[int, int] | None:
    """Where the sentence holding an opinion notice (``_OPINION_NOTICE``) is in ``line``: from the end of the sentence
    before it to the end of its own, or None when the notice is not where its sentence opens ("The … opinions expressed
    by the panel are …" is someone's report, not the page's notice)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(line[: notice.start()])]
    start = ends[-1] if ends else 0
    if not re.fullmatch(r"(?i)(?:the\s+)?", line[start : notice.start()]):
        return None
    after = _SENTENCE_END.search(line, notice.end())
    return start, after.end() if after else len(line)


def drop_trailer(lines: list[str]) -> Cleaned:
    """The tail, read from the end: "Source: <url>", copyright, reporting credits,
    disclaimers, the author's bio ("X is a … journalist"). Stops at the first line that is
    none of these, so the same shapes inside the body stay."""
    verdicts: dict[int, str] = {}
    for i in reversed(nonblank_indices(lines)):
        line = lines[i]
        credit = _TRAILER.search(line)
        opens = credit is not None and words(line) <= 40 and not _SENTENCE_END.search(line[: credit.start()])
        if not (opens or (_BIO.match(line) and words(line) <= 100)):
            break
        verdicts[i] = "trailer"
    cleaned = drop_lines(lines, verdicts)
    rest = nonblank_indices(cleaned.lines)
    if rest:
        last = rest[-1]
        tail = _LAST_SENTENCE.search(cleaned.lines[last])
        if tail and _TRAILER.search(tail.group(1)) and words(tail.group(1)) <= 25:
            kept = list(cleaned.lines)
            kept[last] = cleaned.lines[last][: tail.start()].rstrip()
            return Cleaned(kept, [*cleaned.removed, Removal(last, "trailer", tail.group(1))])
    return cleaned


_LAST_SENTENCE = re.compile(r"(?<=[.!?])[\"”’)]?\s+([^.!?]{3,200}[.!?])$")
"""The last sentence of a one-paragraph capture, where its credit line ends up ("… Zhou Jin contributed to this story.")."""
