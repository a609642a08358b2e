"""A plain statement of what happened in an event, taken from its own sources' words.

An event is a group of sentences from different sources; its key terms ("China Daily,
Trump, behaving") say what it is about to an analyst, not to a class. No language model
runs here (nothing may be downloaded), so the statement is extractive: the member
sentence whose fact the most other sources' members are linked to (a member that joined through a chain of links —
A linked to B, B to C — may tell a fact only its own source reports), then the one that carries most of the
event's key terms in the fewest words, standing on its own (not opening on "They" or "This"), after its
attribution ("…, said Lu Kang", "according to Reuters"), a closing citation ("(Galway,
2021)") and a leading connective ("However,") are cut away. A sentence already shown as an
excerpt beside it is passed over when another will do (the page would say it twice), and
so is one in a strong tone (VADER), so the heading does not take a side.

The words are never changed: every cut is marked with an ellipsis, so a title with its
ellipses removed is a stretch of one source's sentence; a quotation mark the cut left without its
pair (or a paragraph of a quotation running on over paragraphs) gets its pair. Templates show it as a quotation
(class ``excerpt``), which also keeps it out of the handout's own reading-level measure.
In blind mode an outlet or origin name in it is redacted like an excerpt's.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import polars as pl

from contrast.claims.candidates import ATTRIBUTION
from contrast.metrics.cues import SPLIT_WORD
from contrast.report.text import ELLIPSIS, balanced_quotes, hide_names, mentions, trim_excerpt

TITLE_MAX_WORDS = 25
"""Longer statements are cut (with an ellipsis): a heading a class reads at a glance."""
TITLE_SLACK = 5
"""Words a statement may run over ``TITLE_MAX_WORDS`` and still be shown whole: a cut of its last few words leaves a
heading that stops mid-clause and says less ("… and former Michigan GOP chairman Saul Anuzis also …", check11j SR-30:
29 words, cut at 25 before "round out the list")."""
TITLE_MIN_WORDS = 8
"""Shorter statements ("Retaliatory measures “took effect immediately,” …") say too little
of what happened; a longer one covering as many key terms is preferred."""
STRONG_TONE = 0.5
"""|VADER compound| at or above which a sentence counts as clearly toned, and is avoided."""
_VERBS = (
    r"(?:said|says|told|tells|added|adds|stated|states|wrote|writes|noted|notes|argued|argues|warned|warns|"
    r"claimed|claims|explained|explains|reported|reports|announced|insisted|observed|observes|illustrates|shows)"
)
_QUOTE_CLOSE = r"(?P<quote>[”\"’'])"
_TRAILING = (
    # “…,” said Lu Kang, a foreign ministry spokesman.   “…,” the newspaper said.
    re.compile(r"[,.!?]?" + _QUOTE_CLOSE + r",?\s+(?:" + _VERBS + r"\s+[^“”\"]{1,120}|[^“”\"]{1,60}\s+" + _VERBS + r")\W*$"),
    # …, according to Morgan Stanley in a research note.   …, Reuters reported.   …, a spokesman said.
    re.compile(r",\s+(?:according to\s+[^“”\"]{1,120}|(?:[A-Z]|an?\s|the\s)[^,“”\"]{0,60}\s+" + _VERBS + r")\W*$"),
    # … (Galway, 2021).
    re.compile(r"\s*\([^()]*\b\d{4}[a-z]?\)\W*$"),
)
_LEADING = (
    # WASHINGTON ― …   BEIJING, June 16 -- …   NEW YORK (AP) — …: a dateline is where the story was filed, not what
    # happened (check11k: the capital-shooting heading and handout kept HuffPost's "WASHINGTON ―")
    re.compile(
        r"^[A-Z][A-Z.'’ ]{2,40}[A-Z](?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s*\([A-Za-z][\w .]{0,20}\))?"
        # a dateline's dashes, spaced on at least one side ("WASHINGTON ―House …"); not a hyphen or en dash ("NATO – Russia
        # talks …"), nor a dash closed up on both sides ("NATO—Russia talks …")
        r"(?:\s*(?:—|―|--)\s+|\s+(?:—|―|--))"
    ),
    re.compile(r"^According to\s+[^,“”\"]{1,80},\s+"),
    re.compile(r"^As\s+[^,“”\"]{1,80}\s+" + _VERBS + r",\s+"),
    # Outgoing White House economic adviser Larry Summers warned Wednesday that …   X, the chairman, just told a group
    # of reporters that …: the speaker and the verb that introduces what is said (check10-recheckH BT-28)
    re.compile(r"^[^“”\"]{1,120}?\s+" + _VERBS + r"(?:\s+[^\s“”\",;:]+){0,5}?\s+that\s+"),
    re.compile(
        r"^(?:However|But|And|So|Yet|Still|Also|Meanwhile|Moreover|Furthermore|Indeed|Instead|Thus|Therefore|Hence|"
        r"Then|Besides|Likewise|Similarly|Nevertheless|Nonetheless|Consequently|After that|In addition|In fact|"
        r"For example|For instance|As a result|Even so|Of course)\b,?\s+"
    ),
)
_SPEAKER_LEADS = _LEADING[1:4]
"""The leads that name a speaker ("According to X, …", "As X said, …", "X warned Wednesday that …")."""
_POINTS_BACK = re.compile(r"(?i)\b(?:he|she|him|his|her|hers|himself|herself|they|them|their|theirs|themselves)\b")
"""A third-person pronoun: after a speaker's lead is cut it may point back to the speaker, whom the heading no longer
names (check AC, the BR e002 heading: "Barr adds that since Mueller did not make a determination, both he and Deputy
Attorney General Rod Rosenstein have, …" cut to "… since Mueller …, both he and …", with "he" Barr). Such a lead is
kept."""
_LEANING = re.compile(r"^(?:…\s*)?[“\"]?(?:They|Them|It|Its|This|These|Those|That|He|She|His|Her|We|Our|Their|Such)\b")
"""A statement opening on a word that points back ("They help …") cannot stand alone as a heading."""
_DANGLING = re.compile(r"[\s,;:—–-]+$")


@dataclass(frozen=True)
class EventTitle:
    """What happened, in one source's words (shortened, never rewritten)."""

    text: str
    """The statement; ``…`` marks each cut. Nothing else of its source is kept: the
    student pages hold no source id."""
    lang: str = "en"
    redacted: bool = False
    """Whether an outlet or origin name in it was replaced (blind mode)."""
    quoted: bool = False
    """Whether its sentence quotes or reports a speaker: the heading then tells what someone said, as one source
    prints it, and is not that source's own words (check8-new: a senator's statement was headed "one source's own
    words")."""

    @property
    def unmarked_speech(self) -> bool:
        """Whether the heading is someone's words with no quotation mark to say so: a sentence of a quotation that
        opens and closes in other sentences, of a report whose verb stands in another, or whose attribution the
        heading cuts ("According to BLS, …"). The briefing then marks it attributed (check14 JR-4: a candidate's
        statement, "Slowing GDP growth … all stand as a harsh indictment of the president's handling of the
        economy.", headed an event as if it were what happened)."""
        return self.quoted and not any(mark in self.text for mark in "“”\"")


def event_title(
    members: pl.DataFrame,
    terms: Sequence[str],
    *,
    used: Collection[str] = (),
    hidden: Iterable[str] = (),
    languages: Mapping[str, str] | None = None,
    links: pl.DataFrame | None = None,
    beside: Collection[Any] = (),
    mark: str = ELLIPSIS,
) -> EventTitle:
    """The plain statement of the event whose member claims are ``members`` (a claims frame).

    ``used`` holds the excerpt texts already shown with the event (as shown: trimmed, and
    redacted in blind mode); ``hidden`` the names blind mode hides. ``links``: the alignment's
    links (``a``, ``b``: claim ids; ``members`` then has ``claim_id``): a member linked to members
    of more other sources heads the event before one that carries more key terms (check7 MJ-3:
    the marijuana-lawsuit briefing headed its top event "3 of 3" with a lawyer's comment only Fox
    reports, linked to one member of another source, while the 2012 vote two sources tell stood beside it).
    ``beside``: the claim ids of the excerpts printed under the heading (the handout's). The heading is then one of
    their sentences or one linked to one of them (``_agreeing``): check11k VF's handout headed Event 2 with Fox's
    “I think the President Peña is taking an enormous political risk …”, a sentence of the same quotation that
    neither excerpt (“I think this is a big mistake on the part of President Peña.”) shows. ``mark``: what marks a cut
    (``title_text``), the excerpts' own.
    """
    lowered = [t.lower() for t in terms]
    members = _agreeing(members, beside, links)
    support = _support(members, links)

    cut = _cut_versions(members)

    def rank(row: dict[str, Any]) -> tuple[Any, ...]:
        _, core, _, kept = _statement(row["text"])
        words = len(core.split())
        compound = row.get("compound")
        return (
            bool(_LEANING.match(core)) or kept,
            _inside_quotation(row["text"]),
            -support.get(row.get("claim_id"), 0),
            (row["source_id"], row["sentence_index"]) in cut,
            _shown(row["text"], row["source_id"], used, hidden, mark),
            bool(hidden) and mentions(core, hidden),
            -sum(t in core.lower() for t in lowered),
            isinstance(compound, float) and abs(compound) >= STRONG_TONE,
            bool(ATTRIBUTION.search(core)),
            words < TITLE_MIN_WORDS,
            words > TITLE_MAX_WORDS,
            words,
            row["source_id"],
            row["sentence_index"],
        )

    best = min(members.iter_rows(named=True), key=rank)
    text = title_text(best["text"], mark)
    redacted = bool(hidden) and mentions(text, hidden)
    return EventTitle(
        text=hide_names(text, hidden, best["source_id"]) if redacted else text,
        lang=(languages or {}).get(best["source_id"], "en"),
        redacted=redacted,
        quoted=bool(best.get("attributed")) or any(mark in text for mark in "“”\""),
    )


def _agreeing(members: pl.DataFrame, beside: Collection[Any], links: pl.DataFrame | None) -> pl.DataFrame:
    """The members that say what the excerpts ``beside`` say: their own sentences and those linked to them directly
    (the same fact in other words); all members when none is (or nothing is given to tell)."""
    if not beside or links is None or "claim_id" not in members.columns:
        return members
    shown = set(beside)
    near = set(shown)
    for a, b in links.select("a", "b").iter_rows():
        if a in shown:
            near.add(b)
        if b in shown:
            near.add(a)
    agreeing = members.filter(pl.col("claim_id").is_in(list(near)))
    return agreeing if agreeing.height else members


def _inside_quotation(text: str) -> bool:
    """Whether ``text`` starts inside a quotation opened before it or ends inside one it opens: a paragraph of a
    quotation running on, which heads nothing while another member will do (whose words they are is elsewhere)."""
    return _unclosed(text) or text.count("”") > text.count("“")


_QUOTED = re.compile(r"[“\"]([^”\"]*)[”\"]?")
CUT_SLACK = 2
"""Words of a quotation's version that another version may lack and still hold it: "couple of weeks" / "couple weeks"."""
MIN_QUOTED = 5


def _cut_versions(members: pl.DataFrame) -> set[tuple[str, int]]:
    """(source, sentence) of each member whose quotation another source's member prints whole with more words: a cut
    of it, which may have lost the word that gives its sense (check10-recheckH BT Event 2: Fox's "To pass this bill
    … would materially increase the risk …", HuffPost's "If they don't pass this bill … it will materially increase
    the risk …" — Summers warned of not passing it). The fuller version heads the event. Only a member that is mostly
    quotation is a version of it: "The official China Daily newspaper accused the Trump administration of “behaving like
    a gang of hoodlums.”" reports the quotation in the outlet's words, and keeps its place."""
    quoted = {
        (row["source_id"], row["sentence_index"]): {w.lower() for q in _QUOTED.findall(row["text"]) for w in SPLIT_WORD.findall(q)}
        for row in members.iter_rows(named=True)
    }
    mostly = {  # a version of the quotation, not a phrase of it inside the outlet's own report ("accused … of “…”")
        (row["source_id"], row["sentence_index"])
        for row in members.iter_rows(named=True)
        if 2 * sum(len(SPLIT_WORD.findall(q)) for q in _QUOTED.findall(row["text"])) >= len(SPLIT_WORD.findall(row["text"]))
    }
    return {
        key
        for key, words in quoted.items()
        if key in mostly and len(words) >= MIN_QUOTED
        and any(other[0] != key[0] and len(fuller) > len(words) and len(words - fuller) <= CUT_SLACK for other, fuller in quoted.items())
    }


def _support(members: pl.DataFrame, links: pl.DataFrame | None) -> dict[Any, int]:
    """Member claim id → how many other sources' members of the event it is linked to directly."""
    if links is None or links.height == 0 or "claim_id" not in members.columns:
        return {}
    source_of = dict(members.select("claim_id", "source_id").iter_rows())
    partners: dict[Any, set[str]] = {}
    for a, b in links.select("a", "b").iter_rows():
        if a in source_of and b in source_of and source_of[a] != source_of[b]:
            partners.setdefault(a, set()).add(source_of[b])
            partners.setdefault(b, set()).add(source_of[a])
    return {claim: len(sources) for claim, sources in partners.items()}


def statement(sentence: str) -> tuple[bool, str, bool]:
    """(cut at the start?, the statement, cut at the end?): ``sentence`` without its
    attribution, closing citation and leading connective; the sentence itself when
    nothing would be left. A speaker's lead stays when a pronoun after it may point back to the speaker
    (``_POINTS_BACK``)."""
    return _statement(sentence)[:3]


def _statement(sentence: str) -> tuple[bool, str, bool, bool]:
    """``statement``, and whether a speaker's lead was kept for a pronoun after it: such a sentence heads an event only
    when no other will do, as one opening on a pronoun (``_LEANING``) does; cut, it would open on one."""
    text, head, tail, lead_kept = sentence.strip(), False, False, False
    for pattern in _LEADING:
        match = pattern.match(text)
        if match and len(text) - match.end() > 20:
            if pattern in _SPEAKER_LEADS and _POINTS_BACK.search(text, match.end()):
                lead_kept = True  # the speaker the rest points back to stays named (``_POINTS_BACK``)
                continue
            text, head = text[match.end() :], True
    for pattern in _TRAILING:
        match = pattern.search(text)
        if match and match.start() > 20:
            kept = text[: match.start()]
            if match.groupdict().get("quote") and _unclosed(kept):
                kept = text[: match.end("quote")]
            text, tail = kept, True
    if tail:
        text = _DANGLING.sub("", text)
    return head, text, tail, lead_kept


def title_text(sentence: str, mark: str = ELLIPSIS) -> str:
    """The statement of ``sentence``, at most :data:`TITLE_MAX_WORDS` words (or whole within :data:`TITLE_SLACK` words
    over), with each cut marked by ``mark`` (the handout's ``text.CUT``, told apart from the source's own ellipses)."""
    head, text, tail = statement(sentence)
    whole = len(text.split()) <= TITLE_MAX_WORDS + TITLE_SLACK
    text, trimmed = trim_excerpt(text, TITLE_MAX_WORDS + TITLE_SLACK if whole else TITLE_MAX_WORDS, mark)
    return balanced_quotes((mark.strip() + " " if head else "") + text + (mark if tail and not trimmed else ""))


def _unclosed(text: str) -> bool:
    """Whether ``text`` opens a quotation it does not close (the cut then keeps the closing mark)."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _shown(sentence: str, source_id: str, used: Collection[str], hidden: Iterable[str], mark: str = ELLIPSIS) -> bool:
    """Whether ``sentence`` is already on the page as an excerpt (compared as an excerpt is shown)."""
    if not used:
        return False
    shown = hide_names(sentence, hidden, source_id) if hidden else sentence
    return sentence in used or shown in used or balanced_quotes(trim_excerpt(shown, mark=mark)[0]) in used
