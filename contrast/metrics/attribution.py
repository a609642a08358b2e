"""Attribution lens: who is quoted or cited, with which reporting verb, and how much is asserted.

A statement (a sentence of five or more words that is not a question; one that reports a quoted question, "X asked,
"…?"", is a statement, :func:`asks`) is *attributed*
when it is not in the outlet's own voice (``contrast.metrics.voice``): mostly a quotation
(including one running over from an earlier sentence), or reported speech — a reporting
verb used as one ("said", "according to", "accused … of", "vowed to"; not "the index added
0.5 percent", not "if accused of"), a colon attribution ("Foreign media: …", the headline
form), or a direct quotation of five or more words. Otherwise the outlet *asserts* it.
The speaker of an attributed statement is an anonymous source when the sentence marks one
("declined to be identified", "requested anonymity", "people briefed on the matter"), else
whoever speaks (``contrast.metrics.speakers``: the subject of the reporting verb, the object
of "according to", the speaker after "said"), typed by the role in that phrase or, for a name,
by its earlier mention in the source with a title: an official, an expert, the media,
business, civil society (advocacy groups, charities, clubs, unions), ordinary people, or
unclassified where it cannot be typed. Roles are read as
titles in any case ("said Press Secretary Sarah Sanders") and, where the kind depends on
whose role it is, by the words before them (``ROLE_CONTEXT``: Hong Kong's chief executive is
an official). The tone of attributed statements per speaker (VADER), given where a kind of
speaker has ``MIN_JUDGED`` statements, shows whose voice carries praise or blame. Lexicon: ``contrast/resources/lexicons/attribution.toml``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re

import numpy as np
import polars as pl

from contrast.config import Lenses
from contrast.metrics.cues import EVIDENCE_SCHEMA, CueMatcher, Hit, matcher
from contrast.metrics.figures import Measure, source_figures
from contrast.metrics.lens import (
    BOOTSTRAP_METHOD,
    PART,
    LensPart,
    english_only,
    lens_part,
    lens_result,
    lexicon_labels,
    measure_lenses,
    measured_part,
    pooled,
)
from contrast.metrics.places import COUNTRY_NAMES, STATE_NAMES
from contrast.metrics.registry import Corpus, LensSpec, MeasureGroup, MetricFrames, metric
from contrast.metrics.speakers import (
    CONTINUES,
    OWNED_SITE,
    UNTYPED_NAME,
    Mentions,
    Speaker,
    document_speaker,
    find_speaker,
    one_kind_per_person,
    said_by,
    unnamed_group,
    unnamed_one,
    vague_subject,
)
from contrast.metrics.vader import tone
from contrast.metrics.voice import (
    OWN,
    PARAGRAPH_START,
    QUOTED,
    Voice,
    bare_attribution,
    citation_span,
    introducing_spans,
    passive_judgments,
    quoted_title,
    reporting_spans,
    second_reports,
    sentence_voices,
    source_voices,
)
from contrast.resources import Lexicon, lexicon
from contrast.schema import END, ORIGIN, SENTENCE_INDEX, SOURCE_ID, START, TEXT
from contrast.stats import MIN_JUDGED, by_content

LENS = "attribution"
MIN_WORDS = 5
UNSPECIFIED = "speaker.unspecified"
CIVIL = "speaker.civil"


def attribution_labels(lenses: Lenses) -> dict[str, str]:
    """Labels of the lens's measures: lexicon categories, the attributed share, tone per kind of speaker."""
    labels = {"attributed": "Statements attributed", UNSPECIFIED: "Unclassified speaker", **lexicon_labels(LENS)}
    for kind in [c.id for c in lexicon(LENS).categories if c.id.startswith("speaker.")] + [UNSPECIFIED]:
        labels[f"tone.{kind}"] = f"Tone quoting: {labels[kind].split(' and ')[0].lower()}"
    return labels


SPEC = LensSpec(
    LENS,
    title="Whose voice",
    question="Who is quoted or cited, with which reporting verb, and how much does each origin assert in its own voice?",
    method="A statement (five or more words, not a question; a sentence that reports a quoted question, “a blogger "
    "asked, “Can anyone …?””, is a statement) is attributed when it is not in the outlet’s own voice: "
    "mostly a quotation (also one running over from an earlier sentence), or reported speech — a reporting verb used "
    "as one (“said”, “according to”, “accused … of”; not “the index added 0.5%”, not “if accused of”, not “adds to "
    "our understanding”, not the noun of “some claims that”, not a self-presentation, “cast himself as”), a colon "
    "attribution (“Foreign media: …”) or a direct quotation of five or more words. A reporting verb after what it "
    "reports (“…, prosecutors announced Tuesday.”) attributes the sentence; one only in a clause joined to the "
    "outlet’s own main clause (“…, while Democrats vowed to block it”) or in a leading “While …” clause makes that "
    "clause the speaker’s and leaves the sentence the outlet’s, its tone and word counts without that clause. A "
    "report in a clause of time or cause after the main clause (“support surged after CEO Dan Cathy said in an "
    "interview that …”, “the ban was put in place after Washington said …”) attributes the sentence, as readers "
    "labelling such sentences did: what was said is what it tells; the main clause counts as the outlet’s words, "
    "not in its tone. "
    "Its speaker is an anonymous source "
    "when the sentence marks one (“declined to be identified”, “requested anonymity”, a text “circulated by Democrats "
    "close to the campaign”; not “reportedly”, a hedge on a named speaker’s claim; one with a role, “an anonymous "
    "administration official”, “the official, who declined to be named”, counts by the role and as anonymous, as "
    "“a White House aide” does), else whoever speaks: the subject "
    "of the reporting verb with its appositives, the object "
    "of “according to”, or the speaker named after “said”; not a noun in what is said (“residents’ values”), the "
    "addressee (“told reporters”), the venue (“in a Washington Post op-ed”, “Pence, who in an interview with Fox News "
    "claimed …”), a possessor’s role (“the president’s son”) or an unnamed group beside a named person (“Cornyn, one of "
    "the bill’s leading proponents”), nor a publication that only quotes someone (“IRNA quoted Foreign Ministry "
    "spokesman Abbas Mousavi as saying”), nor what the verb is about (“the campaign disputed a report in the New York "
    "Times”: the campaign speaks). It is typed by the speaker’s own role noun in that phrase, not by one in a compound "
    "(“a court watcher”) or in a name its appositive says is an advocacy group’s (“Fix the Court, a group that pushes "
    "for reform”: civil society) "
    "(“press secretary” is an official, Hong Kong’s “chief executive” too, a company’s is business, and so is a "
    "president of an organisation the sentence calls a company, “Chick-fil-A president Dan Cathy said the Atlanta-based "
    "company …”, not a country’s, “Chinese President Xi Jinping”; a newspaper’s "
    "name is the media; a title held in an organisation — president, CEO, spokesman, communications director — "
    "named after it (“of”, “for”, “at”), as its owner or just before it (“Humane Society CEO”) "
    "takes the organisation’s kind, so a charity’s CEO, an advocacy group’s president or founder (“the founder of "
    "Freedom to Marry, a gay rights organization”) or a union’s speaks for civil "
    "society (advocacy groups, charities, clubs, foundations, NGOs, unions; think tanks are experts), not business "
    "or officials, and one of an organisation that none of these names is unclassified; a role in a relative clause "
    "on the speaker, “who has sponsored bills protecting businesses”, is "
    "not the speaker’s) or, for a name alone, by the name’s earlier mention in the same source with a title or "
    "role (“Murray says” after “Seattle Mayor Ed Murray”), else by its mention with a role in any other source of the "
    "report, so one person is one kind of speaker in every origin (a surname two people of the report share, or a "
    "name given two kinds, stays untyped); a work cited by author and year (“(Lin, 2023)”, “as "
    "Grincheva (2023) notes”) is an expert’s; a document (“the report said”, “…,” a memo detailing the "
    "administration’s findings reads) speaks for whoever issued it, named with it or earlier in the source; a "
    "newspaper that reports from unnamed sources counts as the media and as anonymous; one who held an office once "
    "(“former Mexican President Vicente Fox”, “Mexico’s president from 2000 to 2006”) speaks for no government and is "
    "unclassified; a committee’s chairman, a "
    "government agency (“the agency said”) and law enforcement are officials, and so are states, countries and "
    "capitals named as the speaker (“Oklahoma and Nebraska said”, “two heartland states …, saying”, “Beijing said”, "
    "“the Kremlin said”: their governments; not “a China Daily editorial”, “Chinese companies”, “many in China”); a lawsuit (“the "
    "suit says”) speaks for whoever brought it, named with it in the source, else it is unclassified; a “he” or "
    "“she” right after one person spoke is that person, a “they” right after a group spoke (“some sheriffs”, "
    "“Oklahoma and Nebraska”) is that group, and a quotation running on keeps its speaker. A speaker that "
    "cannot be typed so (a pronoun, a name never given a role) is counted as unclassified, not guessed. A group the "
    "sentence cites without naming it or whom it works for (“analysts say”, “officials said”, “according to polls”, "
    "“newspaper editorial writers … said”; officials and aides named only by their employer or party, “White House "
    "officials”, “Republican officials said Sunday”, “Senate aides told”, as one “White House aide”; not “analysts at "
    "Goldman Sachs”, “police”) is counted as anonymous or vague as well as by its role; a subject that names nobody "
    "(“some close to the chairman say”, “several leading Republicans arguing”, “multiple sources tell Fox News”, "
    "“according to multiple reports”; not a bare “Many” or “Others”, who continue a group named before) is anonymous "
    "or vague — in a sentence the lens attributes: in a clause joined to the outlet’s own main clause (“Steele has "
    "been unpredictable, and some close to him say …”) no speaker is counted, as the sentence is the outlet’s. So is one "
    "person the sentence does not name after a quotation’s tag, whatever its verb (“…,” fumed one Democratic ally; "
    "“…,” said one former Obama operative), and one “familiar with the matter” or “not authorized to discuss” it; a "
    "group a relative clause defines, with one of its members named (“Republican leaders who were among the eight "
    "recipients of the letter called for …, with Sen. Richard C. Shelby urging …”), is not. The verbs "
    "counted are those that introduce an attribution: not one inside what is reported (“a school said LePage "
    "threatened …” counts “said”), in a passive relative clause (“a statement which had been widely criticized”), "
    "before a trailing “…, he said”, or in a point of a list set out after a colon that attributes it (after “… were "
    "circulated by Democrats close to the campaign:”, the “admits” of “-His opponent’s campaign admits …” is theirs, "
    "and the point is theirs too); a judgment in the passive with its agent named is the agent's (“was denounced by the "
    "Log Cabin Republicans, …, which said …” counts both verbs); a denial is distancing, not alarm or blame; blasting "
    "someone is blame (“to blast her older sibling … for …”), a blast or a rocket that “blasted off” is no report, nor "
    "is a danger (“The revelation threatened to engulf him”: an abstract noun or an event that threatens) or a "
    "participle on a noun (“pollution blamed for global warming”); a concession or a denial after a modal or a "
    "negation (“he will not admit defeat”) is none made. A reporting "
    "verb in “-ing” form counts with its kind (“…, insisting that …”; “from Democrats praising … to Republicans "
    "decrying …”). Speaker "
    "and verb shares are of attributed statements; tone is VADER’s mean compound score of what each kind of "
    f"speaker is made to say, given only where it rests on {MIN_JUDGED} statements or more. " + BOOTSTRAP_METHOD,
    section=40,
    lexicon=LENS,
    labels=attribution_labels,
    chart="Share of statements attributed, and who is quoted",
    headlines=("attributed", "speaker.media", "speaker.official", "speaker.expert"),
    groups=(
        # a group the sentence does not name is typed by its role and as vague sourcing (check11k CS-27: "Lawmakers have
        # appealed …" in both rows read as a mistake): the table says so where the rows are read
        MeasureGroup("Who speaks: share of each origin's attributed statements. A statement can count in two rows: one "
                     "from a group it does not name (“officials said”, “lawmakers”) counts by the group's role and as "
                     "anonymous or vague.", ("attributed", "speaker.")),
        MeasureGroup("Reporting verbs: share of attributed statements using each kind of verb.", ("verb.",)),
        MeasureGroup("Tone of what each kind of speaker is made to say (VADER, −1 to +1).", ("tone.",), measured_only=True),
    ),
    any_cue=("attributed", "tone."),
    highlight_all=True,
    # speakers are typed by rule and many stay unclassified: "Experts and academics 0%" is no expert the rule typed
    nothing=lambda m: {"speaker.": "0 typed so", "verb.": "0 listed"}.get(m[: m.find(".") + 1], "") if m != UNSPECIFIED else "",
    nothing_means=(
        ("0 typed so", "“0 typed so”: the lens typed no attributed statement’s speaker so there, which does not show that "
         "no such speaker is quoted (many speakers stay unclassified)."),
        ("0 listed", "“0 listed”: no verb of the kind from contrast’s list was counted there, which does not show that "
         "the outlet uses none (what share of such verbs the list catches is unmeasured)."),
    ),
)


def attribution_lexicon(lenses: Lenses) -> Lexicon:
    return lexicon(LENS).extended(lenses.extra(LENS))


def attribution_matcher(words: Lexicon) -> CueMatcher:
    """The lexicon's matcher, reading role titles in any case ("said Press Secretary Sarah Sanders")."""
    return matcher(words, any_case=True)


def speaker_kinds(words: Lexicon) -> tuple[str, ...]:
    return tuple(c for c in words.ids if c.startswith("speaker.")) + (UNSPECIFIED,)


def verb_groups(words: Lexicon) -> tuple[str, ...]:
    return tuple(c for c in words.ids if c.startswith("verb."))


ROLE_CONTEXT: dict[str, tuple[str, re.Pattern[str]]] = {
    "chief executive": (
        "speaker.official",
        re.compile(r"(?i)\b(?:hong kong|macau|macao|city|territory|region|sar|government)(?:['’]s)?\s+(?:[\w-]+\s+)?$"),
    ),
}
"""Roles whose kind depends on whose role it is: Hong Kong's and Macau's heads of government are
"Chief Executive", a company's chief executive is business. The role is the other kind when
the words just before it name a city, territory or government."""
_COMPANY_AFTER = re.compile(
    r"^\s+(?:for|at|of)\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*,?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:manufacturer|maker|company|firm|retailer|exporter|importer|producer|supplier|chain|brand|group|carrier|bank)\b"
)
_SCHOOL_AFTER = re.compile(
    r"^\s+(?:for|at|of)\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+)*(?:College|University|School|Academy|Hospital|Church|Museum)\b"
)
_OF_SOMEONE = re.compile(r"^\s+(?:of|for|from|at)\b")
ROLE_AFTER: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    **{
        role: (("speaker.business", _COMPANY_AFTER), (UNSPECIFIED, _SCHOOL_AFTER))
        for role in ("spokesperson", "spokesman", "spokeswoman", "spokespeople")
    },
    "representative": ((UNSPECIFIED, _OF_SOMEONE),),
    "representatives": ((UNSPECIFIED, _OF_SOMEONE),),
}
"""Roles whose kind depends on whom they speak for, named after them: "a spokesperson for Topsun, a
furniture manufacturer" speaks for business, "a spokesperson for China's ministry of commerce" for a government,
"a spokeswoman for Brevard College" for a college — no kind the lexicon has, so unclassified, not an official.
"Representative" is a lawmaker's title ("Representative Jim Himes") but "Representatives of the union" speak for
whoever sent them: unclassified."""
_ADDRESSEE = re.compile(
    r"(?i)\b(?:told|tell|tells|telling|said\s+to|speaking\s+to|spoke\s+to)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}$"
)
"""Who a speaker talks to is not the speaker ("told reporters", "told the Global Times newspaper")."""
_MARKED_ANONYMOUS = re.compile(
    r"(?i)anonym|not to be|declined to be|familiar|briefed|unnamed|not authori[sz]ed|not permitted|not allowed|"
    r"^a source$|^sources sa|^insider"
)
"""Cues that mark an anonymous source wherever they stand ("the official, who declined to be named, said");
the vague ones ("critics", "some say") count only as the speaker."""


def attribute(
    sentence: str,
    hits: list[Hit],
    voice: Voice | None = None,
    mentions: Mentions | None = None,
    previous: Speaker | None = None,
) -> tuple[bool, str | None, list[Hit]]:
    """(attributed?, speaker kind, the hits that show it) for one sentence (see ``read_speaker``)."""
    attributed, speaker, shown = read_speaker(sentence, hits, voice, mentions, previous)
    if not attributed:
        return False, None, []
    return True, (speaker.kind if speaker is not None and speaker.kind else UNSPECIFIED), shown


def read_speaker(
    sentence: str,
    hits: list[Hit],
    voice: Voice | None = None,
    mentions: Mentions | None = None,
    previous: Speaker | None = None,
) -> tuple[bool, Speaker | None, list[Hit]]:
    """(attributed?, its speaker, the hits that show it) for one sentence.

    Attributed means not in the outlet's own voice (``contrast.metrics.voice``: a quotation or
    reported speech); ``voice`` is the sentence's, read with its neighbours (else alone).
    Reporting verbs count only where they report ("added 0.5 percent" adds). The speaker is an
    anonymous source when one is marked ("declined to be identified"); else the speaker of the
    reporting verb (``contrast.metrics.speakers``: its subject, the object of "according to", or
    the phrase after "said" that opens the sentence's attribution), typed by the role noun in it
    or, for a name, by its earlier mention in the source (``mentions``); unclassified (a speaker
    of kind None) when it cannot be typed. ``previous`` is the speaker of the sentence before: a "he
    said" right after one person spoke is theirs, and an "it" right after one institution spoke. A sentence with no
    attribution of its own (a quotation running on) has the speaker ``CONTINUES``, which ``read_statements`` resolves
    from its neighbours.
    """
    voice = voice if voice is not None else sentence_voices([sentence])[0]
    if voice.kind == OWN:
        return False, None, []
    if voice.block:  # BV-27: a point of a list the sentence before introduced: its speaker's, verbs and all
        return True, CONTINUES, []
    reporting = reporting_spans(sentence, voice)
    masked = "".join(" " if voice.quoted_at(i, i + 1) else ch for i, ch in enumerate(sentence))
    outside = [h for h in hits if not voice.quoted_at(h.start, h.end)]
    introducing = introducing_spans(sentence, voice, reporting)  # not the verbs of what is reported (check8-new LP-27)
    verbs = [h for h in outside if h.category.startswith("verb.") and any(_overlaps(h, span) for span in introducing)]
    verbs += _ranged(sentence, outside, introducing, verbs)
    verbs += [h for h in outside if h not in verbs and _by_agent(sentence, masked, h, reporting)]
    verbs = [
        h for h in verbs
        if not _procedural(sentence, h) and not _a_noun(sentence, h) and not _greeted(sentence, h) and not _unperformed(sentence, h)
        and not _danger(sentence, h, hits) and not _on_a_noun(sentence, h) and not _attributive(sentence, h)
    ]
    roles = [
        _site_of_no_outlet(sentence, h, mentions) for h in typed_roles(sentence, outside, mentions)
        if h.category.startswith("speaker.") and not _ADDRESSEE.search(sentence[: h.start]) and not _adjective(sentence, h, outside)
    ]
    if not reporting and voice.attribution is None:
        # a document that speaks ("…," the report read.), else it continues a quotation or what the sentence before
        # reported: its speaker is named elsewhere
        document = document_speaker(masked, roles, mentions)
        return (True, document, list(document.hits)) if document is not None else (True, CONTINUES, [])
    marked = [
        h for h in roles
        if h.category == "speaker.anonymous" and _MARKED_ANONYMOUS.search(h.cue) and not _in_what_is_reported(masked, h, reporting)
    ]
    person = previous.kind if previous is not None and previous.person else None
    group = previous.kind if previous is not None and previous.group else None
    body = previous.kind if previous is not None and previous.body else None
    if marked:
        unmarked = [h for h in roles if h not in marked]
        for anchor in reporting:
            # "…, The Denver Post has reported, citing unnamed sources.": the newspaper reports, from anonymous sources;
            # "An anonymous administration official told …": an official, unnamed, as "a White House aide" is (check-U
            # PR-46): the role's kind and anonymous, as the Who speaks table says of a group it does not name
            outlet = _speaker(sentence, masked, [anchor], voice, unmarked, mentions, person, group, body)
            if outlet is not None and outlet.kind not in (None, "speaker.anonymous", UNSPECIFIED) and (
                outlet.kind == "speaker.media" or not any(_COMPLEMENT_BEFORE.search(sentence[: h.start]) for h in outlet.hits)
            ):  # not "a former agent and veteran of the department, who … on the condition of anonymity": no official
                shown = sorted({*outlet.hits, marked[0], *verbs}, key=lambda h: (h.start, h.end))
                return True, dataclasses.replace(outlet, also=("speaker.anonymous",)), shown
        return True, Speaker("speaker.anonymous", (marked[0],)), sorted([marked[0], *verbs], key=lambda h: h.start)
    speaker = _speaker(sentence, masked, reporting, voice, roles, mentions, person, group, body)
    if speaker is not None and speaker.kind == "speaker.expert" and all(_POLLS.match(h.cue) for h in speaker.hits):
        speaker = dataclasses.replace(speaker, kind=None)  # WI-32: "The exit polls predicted …" is no expert
    speaking = [
        anchor for anchor in reporting
        if not _RELATIVE_VERB.search(masked[: anchor[0]]) and not _relayed(masked, anchor, reporting)
        and not (_THING_THEY_MADE.search(masked[: anchor[0]]) and _NOTHING_AFTER.match(masked[anchor[1] :]))
    ]
    vague = next((g for anchor in speaking if (g := unnamed_group(masked, anchor, roles)) is not None), None)
    if vague is not None and (speaker is None or speaker.kind != "speaker.anonymous"):
        # OJ-17: "…, analysts say, …", "according to polls": a group the source does not name is vague sourcing too
        speaker = dataclasses.replace(speaker or Speaker(None), also=("speaker.anonymous",))
        verbs = [*verbs, Hit("speaker.anonymous", vague.cue, vague.start, vague.end)]
    one = next((o for anchor in speaking if (o := unnamed_one(masked, anchor)) is not None), None)
    if one is not None and vague is None and (speaker is None or speaker.kind != "speaker.anonymous"):
        # OB-29: "a White House aide confirmed", "A top Senate Democratic aide told": one unnamed source is vague too
        if speaker is None or speaker.kind is None:
            speaker = Speaker("speaker.anonymous", (one,), person=True)
        else:
            speaker = dataclasses.replace(speaker, also=("speaker.anonymous",))
            verbs = [*verbs, one]
    if speaker is None or speaker.kind is None:
        # SR-15, CF-18: "Many said …", "some close to the chairman say", "several leading Republicans arguing"
        nobody = next((v for anchor in speaking if (v := vague_subject(masked, anchor, roles)) is not None), None)
        nobody = nobody or next((v for anchor in speaking if (v := _no_reporter(masked, anchor)) is not None), None)
        if nobody is not None:
            return True, Speaker("speaker.anonymous", (nobody,), group=True), sorted([nobody, *verbs], key=lambda h: h.start)
        return True, speaker, sorted(verbs, key=lambda h: (h.start, h.end))
    for anchor in second_reports(sentence, voice, reporting):
        # BN-28: "…,” O'Neill said to The Daily Caller and NOW confirmed to FoxNews.com": the second reporter counts too
        other = find_speaker(sentence, masked, anchor, roles, mentions, None, None)
        if other is not None and other.kind and other.kind != speaker.kind and other.kind not in speaker.also:
            speaker = dataclasses.replace(speaker, hits=(*speaker.hits, *other.hits), also=(*speaker.also, other.kind))
    return True, speaker, sorted({*speaker.hits, *verbs}, key=lambda h: (h.start, h.end))


_CONTENT_AFTER_VERB = re.compile(
    r"(?i)^\s+(?:that\b|(?:(?:for|on|upon)\s+)?(?:[\w'’.-]+\s+){1,5}?to\s+(?!(?:the|a|an|his|her|their|its|reporters|journalists)\b)(?-i:[a-z]+)\b)"
)


_POLLS = re.compile(r"(?i)^polls$")
"""A speaker that is polls ("The exit polls predicted a four-point victory", "according to polls"): survey data, no
expert or academic (check AH WI-32), so unclassified; polls nobody names stay vague sourcing (``unnamed_group``, check9g
OJ-17). The cue stays in the lexicon for that."""


def _in_what_is_reported(masked: str, hit: Hit, reporting: list[tuple[int, int]]) -> bool:
    """Whether a marked anonymous word stands in what a reporting verb before it reports — its "that" clause, or whom it
    calls on to do something ("The White House called for the Times to apologize and demanded that the “gutless”
    anonymous author resign", check AA OP-12): it describes someone spoken about, not the speaker. "…, citing unnamed
    sources" and "…, who spoke on condition of anonymity" stay the speaker's."""
    return any(end <= hit.start and _CONTENT_AFTER_VERB.match(masked[end:]) for _, end in reporting)


_WEBSITE = re.compile(r"(?i)^websites?$")
_THAT_SITE = re.compile(r"(?i)\b(?:the|this|that|its|their)\s+$")


def _site_of_no_outlet(sentence: str, hit: Hit, mentions: Mentions | None) -> Hit:
    """``hit``, unclassified where it is a website that is no news medium: one its phrase says is a campaign's or a
    crowdfunding site ("the campaign's website", ``OWNED_SITE``), or "the website" of a source that has named such a
    site ("… set up a crowdfunding site …" / "According to the website, …": check-U CO-40). Whoever runs it speaks
    through it, and the sentence does not say who that is; a website the source never called anything else is the
    media."""
    if hit.category != "speaker.media" or not _WEBSITE.match(hit.cue):
        return hit
    phrase = OWNED_SITE.search(sentence, max(0, hit.start - 40), hit.end)
    owned = phrase is not None and phrase.end() == hit.end
    if owned or (mentions is not None and mentions.owned_site and _THAT_SITE.search(sentence[: hit.start])):
        return Hit(UNSPECIFIED, hit.cue, hit.start, hit.end)
    return hit


_COMPLEMENT_BEFORE = re.compile(
    r"(?i)\b(?:of|at|for|from|with|in|to|by)\s+(?:(?:the|a|an|his|her|its|their|this|that)\s+)?(?:[\w'’-]+\s+){0,2}$"
)
"""Before a role noun: a preposition, so the role is in a complement of the speaker's phrase ("a 20-year veteran of the
department"), not its head ("an anonymous administration official"): it does not type an anonymous speaker."""


_THING_THEY_MADE = re.compile(
    r"[,—–]\s*(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+){1,2}?[A-Z][\w'’.-]*\s+(?:[\w'’.-]+\s+){0,2}$"
)
_NOTHING_AFTER = re.compile(r"(?i)\s*(?:on\s+)?(?:\w+\s*)?[.!?]?[\"”’']?\s*$")
"""An appositive naming a thing with the people who made it, closing the sentence: "…, a proposal Democratic leaders
outlined Wednesday." (check-T SB-48): the leaders are named as its authors, not as a source of the sentence."""


def _relayed(masked: str, anchor: tuple[int, int], reporting: list[tuple[int, int]]) -> bool:
    """Whether the report at ``anchor`` is inside what an earlier report of the sentence says ("Rep. Ruiz said that
    several lawmakers have received calls saying …", check-T SC-56): its speaker is not the outlet's source, so an
    unnamed group there is no vague sourcing."""
    if _SET_OFF_REPORT.search(masked[: anchor[0]]):
        return False  # "…, according to two senior officials", "…, one of the officials said,": the outlet's source
    return any(end <= anchor[0] and _THAT_CLAUSE.search(masked[end : anchor[0]]) for _, end in reporting)


_THAT_CLAUSE = re.compile(r"(?i)\bthat\b")
_SET_OFF_REPORT = re.compile(r"[,;:—–]\s*(?:[\w'’.-]+\s+){0,6}$")


_AS_BEFORE = re.compile(r"(?i)^\s*(?:(?:and|but|so)\s+)?as\s+(?:(?:was|were|has\s+been|had\s+been|is|are|widely)\s+)*$")
"""Before a leading "reported" that names no reporter ("As reported in 2023, …"): a report by someone the sentence
does not name, vague sourcing (check13-bundled SP-38)."""


_SAID_TO = re.compile(r"(?i)\b(?:is|are|was|were|been|being)\s+(?:(?:also|widely|often|still|now|long)\s+){0,2}$")
"""Before "said" or "reported" and an infinitive ("The Pentagon is also said to be developing plans", "He was reported
to have left"): a report by someone the sentence does not name, vague sourcing (check AH IQ-40). Not after a modal ("no
human can be said to be completely rational", "Clinton could be said to have finished …"): a way of putting it, no
report (10k: 205 of 1,010 "be said/told/reported" sentences changed kind; these were the false ones read)."""


def _no_reporter(masked: str, anchor: tuple[int, int]) -> Hit | None:
    verb = masked[anchor[0] : anchor[1]]
    if re.fullmatch(r"(?i)said|reported", verb) and _SAID_TO.search(masked[: anchor[0]]) and re.match(r"\s+to\s", masked[anchor[1] :]):
        return Hit("speaker.anonymous", verb, *anchor)
    found = _AS_BEFORE.match(masked[: anchor[0]])
    if found is None or not masked[anchor[0] : anchor[1]].lower().startswith("reported"):
        return None
    start = len(masked[: anchor[0]]) - len(masked[: anchor[0]].lstrip())
    return Hit("speaker.anonymous", masked[start : anchor[1]], start, anchor[1])


_RELATIVE_VERB = re.compile(r"(?i),\s*(?:who|which)\s+(?:(?:has|have|had|also|once|\w+ly)\s+){0,2}$")
"""Before a verb of a relative clause: its subject is the antecedent, a noun of what is said, not a source the
sentence cites ("LePage said that NAACP officials, who had called him out …, could …": LePage speaks, and the NAACP
officials are no unnamed source, check11j)."""
_NOUN_NEXT = re.compile(r"\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}([a-z][a-z'’-]*)\b")
"""The next lower-case word after a role cue, past up to three capitalised ones ("insider D.C. record")."""
_ADJECTIVE_ROLES = frozenset({"official", "insider"})
"""Role cues that are adjectives or noun modifiers too: "an official analysis", "his lengthy insider D.C. record"."""
_NOT_A_NOUN = frozenset({
    "who", "whom", "whose", "which", "that", "with", "at", "for", "from", "in", "on", "of", "to", "by", "and", "or",
    "but", "close", "familiar", "also", "there", "here", "then", "now", "later", "earlier", "says", "said", "told",
    "tells", "added", "adds", "noted", "notes", "confirmed", "confirms", "declined", "speaking", "briefed", "involved",
    "knowledgeable", "not", "has", "had", "is", "was", "would", "will", "could", "can", "may", "might", "did", "does",
})


_EXECUTIVE_TITLES = frozenset({
    "director", "directors", "editor", "editors", "producer", "producers", "vice", "officer", "officers", "chairman",
    "chairwoman", "chair", "assistant", "assistants", "secretary", "chef", "chefs", "partner", "partners", "coach",
})
"""After the adjective "executive": nouns of a person's title ("executive director", "executive editor", "executive vice
president"), which keep it a person's word."""


def _adjective(sentence: str, role: Hit, hits: list[Hit]) -> bool:
    """Whether the role cue "official" or "insider" qualifies the noun after it ("an official analysis", "the official
    report", "his insider knowledge", "Kavanaugh's lengthy insider D.C. record", Fox, check17 KV-38): no speaker, only
    a word about a thing (check10-recheckH BT-40). So does "executive" before a thing's noun, an office's acts ("his
    new executive orders", "an executive action", "the executive branch": check AK MX-29), not before a title's."""
    cue = role.cue.lower()
    if cue not in _ADJECTIVE_ROLES and cue != "executive":
        return False
    after = _NOUN_NEXT.match(sentence[role.end :])
    if after is None:
        return False
    word = after.group(1)
    if cue == "executive" and word in _EXECUTIVE_TITLES:
        return False
    start = role.end + after.start(1)
    if any(h.start == start and h.category.startswith("verb.") for h in hits):
        return False
    return word not in _NOT_A_NOUN and not re.search(r"(?:ed|ing|ly)$", word)


_MEASURES = (
    r"sentences?|terms?|penalt(?:y|ies)|prison|jail|probation|fines?\s+of|subpoenas?|charges?|indictments?|sanctions?|"
    r"contempt|impeachment|prosecutions?|investigations?|inquir(?:y|ies)|probes?|hearings?|votes?|approval|rejection|"
    r"dismissal|removal|suspension|firing|expulsion|censure|reprimand|cuts?|changes?|reforms?|bans?|deportation|"
    r"release|parole|pardons?|closure|moratorium|audit|review|recall|repeal|tariffs?|measures?|steps?|action"
)
_PROCEDURAL = re.compile(
    rf"(?i)^\s+(?:that\b|\w+ing\b|(?:(?:a|an|the|his|her|their|its|further|new|more|immediate|formal|criminal|\d+)\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_MEASURES})\b)"
)
"""After "recommended"/"recommends": a "that" clause, a course of action ("recommended requiring background checks") or
a measure an authority takes — a penalty (prosecutors "recommended that Mr. Jackson receive a sentence of 46 to 57
months", check9g JJ-15), subpoenas, charges, a vote, cuts ("some members of the committee recommended subpoenas for
Bannon", check15 Q-BN BN-32) — is advice on what to do, a procedural act, not praise. A recommended thing or work
("highly recommended the restaurant", "recommended the new guidelines as a model") stays praise."""


def _procedural(sentence: str, verb: Hit) -> bool:
    return bool(
        verb.category == "verb.praise" and verb.cue.lower().startswith("recommend") and _PROCEDURAL.match(sentence[verb.end :])
    )


_GREETED = re.compile(
    r"(?i)^\s+(?:them|him|her|us|me|(?:the|their|his|her)\s+(?:[\w-]+\s+)?(?:crowds?|cheers?|chants?|applause|fans|audience|"
    r"supporters|ovation|well-wishers))\b\s*(?:[.!?;)”\"]|,|with\b|by\b|from\b|$)"
)
"""After "acknowledged": people or their cheering, and nothing said ("until the minority leader acknowledged them.",
"acknowledged the crowd with a wave"): she recognised or greeted them, conceding nothing (check11k CS-29)."""


def _greeted(sentence: str, verb: Hit) -> bool:
    return bool(verb.cue.lower().startswith("acknowledg") and _GREETED.match(sentence[verb.end :]))


def _by_agent(sentence: str, masked: str, verb: Hit, reporting: list[tuple[int, int]]) -> bool:
    """Whether a listed verb is a judgment in the passive with its agent named (``voice.passive_judgments``, the one
    rule: "comments that have been widely condemned, including by Mr. Romney", NYT, check13n RA-30): the sentence
    reports that agent's judgment, though in a clause on a noun, where ``introducing_spans`` sets reporting verbs
    aside; without an agent ("which had been widely criticized at the time") it still does. Counted where the voice
    lens reads it as reporting, or where its agent speaks on (``_agent_speaks_on``)."""
    return (
        verb.category in _ACTS
        and any(_overlaps(verb, span) for span in passive_judgments(masked))
        and (any(_overlaps(verb, span) for span in reporting) or _agent_speaks_on(sentence, verb, reporting))
    )


def _agent_speaks_on(sentence: str, verb: Hit, reporting: list[tuple[int, int]]) -> bool:
    """Whether the named agent of a passive judgment speaks on in a relative clause, before every other report of the
    sentence ("The Perry ad was denounced by the Log Cabin Republicans, a gay men and lesbian group, which said it was
    “wrong …”", NYT, check14-reO PA-38): both verbs are the group's, and the statement counts both. A judgment after
    a report ("Roe said the plan was criticized by …") is what was said, no verb of the sentence's speaker."""
    later = [span for span in reporting if span[0] >= verb.end]
    return bool(later) and len(later) == len(reporting) and bool(_RELATIVE_VERB.search(sentence[: later[0][0]]))


_UNPERFORMED = re.compile(
    r"(?i)\b(?:(?:would|will|could|should|might|may|can|must|shall)(?:\s+not|n['’]t)?|won['’]t|cannot|"
    r"(?:declin|refus|fail)(?:e|es|ed|ing)\s+to|(?:did|does|do)(?:\s+not|n['’]t)|"
    r"stop(?:s|ped|ping)?\s+short\s+of|refrain(?:s|ed|ing)?\s+from|without|instead\s+of|rather\s+than)\s+(?:\w+ly\s+)?$"
)
"""Before the base or "-ing" form of a listed verb: a modal, a refusal or a negation ("declined to say … whether he
would call on the convention delegates to reconsider", check13n RA-27's sentence; "Romney had stopped short of calling
on Akin to resign", HuffPost): the call is one not made, no report of a call."""


def _unperformed(sentence: str, verb: Hit) -> bool:
    return bool(verb.category in _UNPERFORMED_GROUPS and _UNPERFORMED.search(sentence[: verb.start]))


_ACTS = frozenset({"verb.call", "verb.alarm", "verb.praise"})
_UNPERFORMED_GROUPS = _ACTS | {"verb.concede", "verb.claim"}
"""Groups whose verbs, after a modal, a refusal or a negation, report no act (``_UNPERFORMED``): a concession or a
denial not made ("He will not admit defeat", "refused to concede") as a call not made (checkR EP-54: the base forms
"admit", "concede", "argue" are listed since attribution lexicon 1.23.0)."""


_THREATEN_TO = re.compile(r"(?i)^threat(?:en|ens|ened|ening)$")
_HEAD_BEFORE = re.compile(
    r"(?:^|[\s(“\"‘])([\w'’-]+)\s+(?:(?:also|now|still|even|only|already|again|once|soon|quickly|has|have|had|\w+ly)\s+)*$"
)
"""The word before a verb, past adverbs and perfect auxiliaries: the head of its subject ("The revelation threatened")."""
_ABSTRACT = re.compile(r"(?i)^[a-z][a-z-]+(?:tion|sion|ment|ness|ism|ance|ence|ity|ure)s?$")
"""A noun with the ending of an abstract noun or an event (revelation, disclosure, announcement, uncertainty)."""
_BODIES = frozenset({
    "administration", "organization", "organisation", "association", "coalition", "federation", "confederation",
    "foundation", "corporation", "delegation", "opposition", "nation", "institution", "congregation", "convention",
    "commission", "population", "generation", "station", "publication", "division", "mission", "prosecution",
    "government", "department", "parliament", "movement", "management", "establishment", "alliance", "conference",
    "audience", "authority", "authorities", "majority", "minority", "community", "university", "celebrity",
    "personality", "charity", "entity", "municipality", "fraternity", "legislature", "figure", "witness", "business",
})
"""Nouns with those endings that name people or a body that speaks ("the coalition threatened to walk out", "the
city threatened to sue"): their threats are reported."""
_IN_A_PHRASE = re.compile(r"(?i)\b(?:of|in|into|on|for|over|at|by|with|from|about|against|under|between|among|to)\s")
"""A preposition before the noun in its clause: the noun is in a phrase on the subject, not its head."""


def _danger(sentence: str, verb: Hit, hits: list[Hit]) -> bool:
    """Whether ``verb`` is "threaten(s/ed) to …" with an abstract noun or an event for its subject, no speaker and no
    body that speaks (``_ABSTRACT``, less ``_BODIES`` and the lexicon's speaker roles): "The revelation threatened to
    engulf Trump in one of the most tawdry … scandals" (the Guardian, checkR SD-59) says the disclosure put him in
    danger; nobody threatened anything. "The mayor threatens to veto the bill", "the union threatened to strike", "the
    coalition threatened to walk out" still report threats. The voice lens reads a thing or an event from its own list as
    such a subject (``voice._thing_threatens``: "Trump's sudden decision threatened to jettison …") and leaves the
    sentence the outlet's; a subject it does not list leaves the sentence attributed, but the verb is no alarm of a
    speaker's."""
    if verb.category != "verb.alarm" or not _THREATEN_TO.match(verb.cue) or not re.match(r"\s+to\b", sentence[verb.end :]):
        return False
    head = _HEAD_BEFORE.search(sentence[: verb.start])
    if head is None:
        return False
    word = head.group(1)
    opening = not sentence[: head.start(1)].strip(" “\"‘'(")
    lower = word.lower()
    if (word[:1].isupper() and not opening) or not _ABSTRACT.match(word) or lower in _BODIES or lower[:-1] in _BODIES:
        return False
    clause = sentence[: head.start(1)]
    if _IN_A_PHRASE.search(clause[max((m.end() for m in re.finditer(r"[,;:—–(]", clause)), default=0) :]):
        return False  # "The congressmen overseeing the investigation into … election threatened": the head is further back
    return not any(h.category.startswith("speaker.") and h.start <= head.start(1) < h.end for h in hits)


_NOUN_PARTICIPLE_AFTER = re.compile(r"(?i)^\s+(?:for|of|with)\b")
_NOT_A_NOUN_BEFORE = re.compile(
    r"(?i)(?:['’](?:s|re|ve|d)|\b(?:is|are|was|were|be|been|being|has|have|had|get|gets|got|gotten|getting|stand|stands|stood|standing|remain|remains|"
    r"remained|seem|seems|seemed|appear|appears|appeared|become|becomes|became|feel|feels|felt|he|she|they|we|i|you|it|"
    r"who|whom|which|that|and|or|but|nor|not|also|often|still|never|now|later|already|once|since|then|long|\w+ly)|"
    r"\b(?-i:[A-Z])[\w'’.-]*)\s+(?:(?:also|often|still|never|now|later|already|once|since|then|long|\w+ly)\s+)*$"
)
_RELATIVE_BEFORE = re.compile(r"(?i)\b(?:whom|which|who|that)\s+(?:[\w'’.-]+\s+){1,4}$")


def _on_a_noun(sentence: str, verb: Hit) -> bool:
    """Whether ``verb``, a listed verb of charging, praising or calling in "-ed", is a participle on the noun before it,
    its ground or object after it with no object between ("the nation's biggest source of pollution blamed for global
    warming", CNN, checkR EP-53; "a plan praised for its thrift"): it describes the noun, and nobody in the sentence
    speaks. Not after a form of "be", "get" or "stand", with or without an adverb ("He was also blamed for the loss",
    "it's accused of", "stands accused of": someone's charge, reported), "have" ("whom critics have blamed for …"), a
    conjunction ("were detained and accused of …"), a pronoun or a
    name (a subject: "the bill Democrats blamed for …"), nor in a relative clause with its own subject ("the latter of
    whom Beck accused of …"). The voice lens sets aside such a participle of most verbs of charging
    (``voice._not_a_saying``: "officers accused of hacking", "The plan, criticized for its cost, passed") but not of
    "blamed", and then reads the sentence as reported: the verb is no alarm of a speaker's."""
    if verb.category not in _ACTS or not verb.cue.lower().endswith("ed") or not _NOUN_PARTICIPLE_AFTER.match(sentence[verb.end :]):
        return False
    before = sentence[: verb.start]
    if not before.strip() or _NOT_A_NOUN_BEFORE.search(before) or _RELATIVE_BEFORE.search(before):
        return False
    return bool(re.search(r"[a-z][\w'’-]*\s+$", before))


_DETERMINER_BEFORE = re.compile(
    r"(?i)(?:^|\s)(?:a|an|the|one|two|three|every|each|any|no|his|her|their|its|our|this|that|these|those|\d+)\s+$"
)


def _attributive(sentence: str, verb: Hit) -> bool:
    """Whether ``verb``, a listed verb of calling or pledging in "-ed", stands right after a determiner or a number: an
    adjective ("only one pledged to Trump who will refuse", "a pledged delegate", "the promised cuts"), which reports
    nobody's pledge or call (check AG EC-7)."""
    return verb.category in _ACTS and verb.cue.lower().endswith("ed") and bool(_DETERMINER_BEFORE.search(sentence[: verb.start]))


_NOUN_CUE = re.compile(r"(?i)^claims\b")
_BEFORE_A_NOUN = re.compile(
    r"(?i)\b(?:[a-z]{3,}ed|[a-z]{3,}ing|of|about|against|despite|amid|over|with|by|to|on|for|from|after|into|"
    r"make|makes|deny|denies|reject|rejects|dismiss|dismisses|dispute|disputes|false|such|"
    r"his|her|their|its|our|my|your|the|these|those|some|many|any|no|all|new|earlier|previous|repeated|similar|"
    r"other|such)\s+$|['’]s?\s+$"
)
"""Before "claims" or "claims that": a verb that takes it as its object ("Obama rejected claims that he betrayed
Democrats", "dismissing claims that"), a preposition ("amid claims that"), an adjective ("unfounded claims"), a
determiner or a possessive ("refuted her claims that Mr. Kelly holds the real power", "the senator's claims that",
check AI OM-35): the noun of someone's charge, not the verb of the sentence's speaker (check10h BT-41). A subject
before it ("he claims that", "the party claims that", "Her book claims the president uses racial slurs") leaves the
verb."""


def _a_noun(sentence: str, verb: Hit) -> bool:
    return bool(_NOUN_CUE.match(verb.cue) and _BEFORE_A_NOUN.search(sentence[: verb.start])) or _claimed_thing(sentence, verb)


_CLAIMED_CONTENT = re.compile(
    r"(?i)\s+(?:that\b|(?:[\w'’.,-]+\s+){0,6}?(?:is|are|was|were|will|would|has|have|had|could|can|may|might|must|should|"
    r"did|does|do|isn['’]t|wasn['’]t|won['’]t|[a-z]{2,}ed|broke|took|made|gave|knew|paid|sent|left|held|ran|stole|hid|"
    r"lied|lost|won|got|went|kept|told|said|put|set|cut|hit|let)\b|(?:he|she|it|they|we|i|this|these|those|(?:the|his|her|their|"
    r"its|a|an)\s+(?:[\w'’-]+\s+)?[\w'’-]+|(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*)\s+[a-z]{2,}s\b)"
)


_CLAIMS_SUBJECT = re.compile(
    r"(?i)(?:\b(?:he|she|it|who|that|which|also|now|still|even|\w+ly)\s+$)|(?:(?:^|[,;:—–(\"“]\s*|\b(?:and|but|that|where|"
    r"which|while|because|as|if|when|though|although)\s+)(?:(?:the|a|an|his|her|their|its|this)\s+(?:[\w'’-]+\s+){1,3}|"
    r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}\s+)$)"
)
"""Before a bare "claims" that is a verb: its subject, a pronoun or an adverb on it ("She also claims"), or a name or a
noun phrase that opens its clause ("Manigault Newman claims", "Her book claims", "…: Trump claims"); not a noun's
modifier ("filed unemployment claims", "the flow of asylum claims", "discounts CIA claims")."""


def _claimed_thing(sentence: str, verb: Hit) -> bool:
    """Whether a bare "claims" is no verb of a speaker: it takes a thing, not a clause ("The party claims the seat after
    a long recount", a seat taken), or it is the noun after its modifier ("About 22 million have filed unemployment
    claims since …"); against "Manigault Newman claims this was a threat." and "Her book claims the president uses
    racial slurs" (check AI OM-35), which report what is claimed."""
    return verb.cue.lower() == "claims" and (
        not _CLAIMED_CONTENT.match(sentence, verb.end) or not _CLAIMS_SUBJECT.search(sentence[: verb.start])
    )


_RANGE = re.compile(r"(?i)\bfrom\s+(?:[\w'’-]+\s+){1,3}?(\w+ing)\b[^,;:]*?\bto\s+(?:[\w'’-]+\s+){1,3}?(\w+ing)\b")
"""A range of responses ("from Democrats praising his statements to Republicans decrying them", check9 RM-V6)."""


def _ranged(sentence: str, hits: list[Hit], reporting: list[tuple[int, int]], verbs: list[Hit]) -> list[Hit]:
    """The verbs of a range of responses one of whose ends reports speech: both ends report (the voice lens reads
    "decrying" as reporting, not "praising", which reports only here)."""
    found = []
    for m in _RANGE.finditer(sentence):
        ends = [m.span(1), m.span(2)]
        if any(_overlaps(Hit("", "", *end), span) for end in ends for span in reporting):
            found += [h for h in hits if h.category.startswith("verb.") and h not in verbs and any(_overlaps(h, e) for e in ends)]
    return found


def _speaker(
    sentence: str,
    masked: str,
    reporting: list[tuple[int, int]],
    voice: Voice,
    roles: list[Hit],
    mentions: Mentions | None,
    person: str | None,
    group: str | None = None,
    body: str | None = None,
) -> Speaker | None:
    """The speaker of the sentence's first reporting verb that has one; "according to X" names the
    source cited even after a verb whose subject cannot be typed ("She said …, according to the Post")."""
    if not reporting and voice.attribution is not None:  # a colon attribution: the speaker is before the colon
        a, b = voice.attribution
        inside = [h for h in roles if a <= h.start and h.end <= b]
        return Speaker(inside[-1].category, (inside[-1],)) if inside else _cited(sentence, masked, a)
    found: Speaker | None = None
    for anchor in reporting:
        if found is not None and not re.match(r"(?i)according", sentence[anchor[0] : anchor[1]]):
            continue
        if _QUOTING.match(sentence[anchor[0] : anchor[1]]):
            continue  # "The New Yorker quoted a statement in which he says …": the one quoted speaks, not who quotes
        # BV-24: a role that the phrase opens with, not its object ("disputed a report in the New York Times")
        spoken_by = [h for h in roles if h.start <= anchor[0] < h.end]
        if spoken_by:  # the reporting phrase names its speaker: "it's been said", "some say", "reports said"
            return Speaker(spoken_by[0].category, (spoken_by[0],))
        close = _CLOSE_TO.search(masked, anchor[0], anchor[1])
        if close is not None:  # BV-26: "circulated by Democrats close to Blumenthal's campaign": an unnamed group
            return Speaker("speaker.anonymous", (Hit("speaker.anonymous", close.group(), *close.span()),))
        speaker = find_speaker(sentence, masked, anchor, roles, mentions, person, group, body)
        if speaker is not None and speaker.kind is not None:
            return speaker
        found = found or speaker
    titled = _titled_subject(sentence, voice, Hit("", "", *reporting[0])) if reporting else None
    if titled:
        return Speaker("speaker.media", (titled,))
    return (_cited(sentence, masked, reporting[0][0], integral=True) or found) if reporting else found


_CLOSE_TO = re.compile(r"(?i)\b[\w'’-]+\s+close\s+to\b")
"""An unnamed group known only by whom it is close to ("Democrats close to Blumenthal's campaign"): vague sourcing."""
_JUST_BEFORE = re.compile(r"\s*(?:\w+ly\s+)?$")


def _cited(sentence: str, masked: str, at: int, *, integral: bool = False) -> Speaker | None:
    """The work cited by author and year at ``at`` ("(Lin, 2023)"), or, ``integral``, right before the reporting verb
    at ``at`` ("As Grincheva (2023) notes"): scholarship, so an expert (voice's ``_CITATION_RE``); else None."""
    span = citation_span(masked)
    if span is None or (span[0] != at if not integral else not _JUST_BEFORE.fullmatch(masked[span[1] : at])):
        return None
    return Speaker("speaker.expert", (Hit("speaker.expert", sentence[span[0] : span[1]], *span),))


_QUOTING = re.compile(r"(?i)^(?:quoted|quotes|quoting)$")
"""Who quotes someone does not speak ("Iran's state-run IRNA news agency quoted Foreign Ministry spokesman Abbas Mousavi
as saying …"); who cites something does ("Pelosi cited security concerns")."""


def _titled_subject(sentence: str, voice: Voice, verb: Hit) -> Hit | None:
    """A quoted title just before the reporting verb (Malaysian “Sun” stated…): a named publication speaks."""
    for start, end in voice.quotes:
        if end <= verb.start and not sentence[end : verb.start].strip() and quoted_title(sentence[start:end]):
            return Hit("speaker.media", sentence[start:end], start, end)
    return None


def _overlaps(hit: Hit, span: tuple[int, int]) -> bool:
    return hit.start < span[1] and span[0] < hit.end


def _role(sentence: str, hit: Hit) -> Hit:
    rule = ROLE_CONTEXT.get(hit.cue.lower())
    if rule is not None and rule[1].search(sentence[: hit.start]):
        return Hit(rule[0], hit.cue, hit.start, hit.end)
    for kind, pattern in ROLE_AFTER.get(hit.cue.lower(), ()):
        if pattern.match(sentence[hit.end :]):
            return Hit(kind, hit.cue, hit.start, hit.end)
    return hit


def _employer_after(sentence: str, hit: Hit) -> tuple[int, int] | None:
    """Where the employer a ``ROLE_AFTER`` role speaks for is named ("a spokeswoman for George Washington University
    Hospital"): a role word in that name is the employer's, not a second speaker's (check11k CS-26: "University" made
    a hospital's spokeswoman an expert)."""
    for _kind, pattern in ROLE_AFTER.get(hit.cue.lower(), ()):
        if (m := pattern.match(sentence[hit.end :])) is not None:
            return hit.end, hit.end + m.end()
    return None


def typed_roles(sentence: str, hits: list[Hit], mentions: Mentions | None = None) -> list[Hit]:
    """``hits`` with each speaker role typed by whose role it is (``ROLE_CONTEXT``, ``ROLE_AFTER``, ``held_in``); the
    roles of another kind that name the organisation a title is held in are the title's, not speakers of their own
    ("John Williams, president of the Federal Reserve Bank of New York,": the president, an official, not a bank).
    ``mentions``: the people the source has typed so far, whose spokesman speaks for them ("Trump spokesman …")."""
    typed, absorbed = [], set()
    for hit in hits:
        role = _role(sentence, hit) if hit.category.startswith("speaker.") else hit
        held = held_in(sentence, hit, hits, mentions) if role is hit and hit.category.startswith("speaker.") else None
        if held is not None:
            kind, (a, b) = held
            role = hit if kind is None else Hit(kind, hit.cue, hit.start, hit.end)
            absorbed |= {
                h for h in hits if a <= h.start and h.end <= b and h.category.startswith("speaker.") and h.category != role.category
            }
        if hit.category.startswith("speaker.") and (
            _press_verb(sentence, hit)
            or _source_of_thing(sentence, hit)
            or _council_of_no_government(sentence, hit)
            or _people_in_a_name(sentence, hit)
            or _outlet_is_venue(sentence, hit)
            or _subject_of_a_council(sentence, hit)
            or _periodical_as_adjective(sentence, hit)
        ):
            absorbed.add(hit)  # "a subpoena … to press Bannon to respond": pressing someone, not the press (check15 BN-27)
            continue
        if (
            hit.cue.lower() in ORGANISATION_ONLY or (hit.cue.lower() == "executive" and _DIRECTOR.match(sentence[hit.end :]))
        ) and (held is None or held[0] is None):  # no organisation that types it
            role = Hit(UNSPECIFIED, hit.cue, hit.start, hit.end)
        if hit.cue.lower() in _AUTHORS and role.category == "speaker.expert" and (
            _book_author(sentence, hit) or (hit.cue.lower() == "author" and not _research_author(sentence, hit))
        ):
            role = Hit(UNSPECIFIED, hit.cue, hit.start, hit.end)
        if role.category not in _NOT_HELD and _held_before(sentence, hit):
            role = Hit(UNSPECIFIED, hit.cue, hit.start, hit.end)
        if role is not hit and (employer := _employer_after(sentence, hit)) is not None:
            absorbed |= {h for h in hits if employer[0] <= h.start and h.end <= employer[1] and h.category.startswith("speaker.")}
        typed.append(role)
    return [h for h in typed if h not in absorbed]


_FORMER = re.compile(r"(?i)(?<![\w-])(?:former|onetime|one-time|erstwhile|ex-)\s*(?:(?!(?:and|or|of)\b)[\w.'’-]+\s+){0,3}$")
"""Before a title: one who held it once ("former Mexican President Vicente Fox", "the former governor of Arkansas"),
not one and-joined after it ("former Gov. Mike Huckabee and Sen. Lindsey Graham": Graham holds his seat)."""
_HELD_THEN = re.compile(r"(?i)^(?:\s+of\s+[\w.'’ -]{1,40}?)?\s+(?:from|between)\s+\d{4}\s*(?:to|and|until|through|[-–])\s*\d{4}\b")
"""After a title: the years it was held ("Mexico’s president from 2000 to 2006")."""


def _held_before(sentence: str, role: Hit) -> bool:
    """Whether a role is one its holder no longer holds (``_FORMER``, ``_HELD_THEN``): a former president out of office
    speaks for no government, so is no official or spokesperson (check11k VF-23, check11j CF-20); a former chairman of a
    news site speaks for no outlet ("the former Breitbart chairman", check15 BN-27), a former chief strategist from no
    expertise the title gave: unclassified, as the lens does not guess. "Then-Secretary of State" held it when
    speaking."""
    return bool(_FORMER.search(sentence[: role.start]) or _HELD_THEN.match(sentence[role.end :]))


_NOT_HELD = frozenset({"speaker.anonymous", "speaker.ordinary", UNSPECIFIED})
"""Kinds that are no role held (an unnamed source, people speaking for themselves): "former" leaves them as they are."""
_PRESS_VERB = re.compile(
    r"(?i)(?:\b(?:to|will|would|could|should|must|may|might|can|did|does|do|not|they|we|i|you)\s+$)"
)
_PRESS_OBJECT = re.compile(r"(?:\s+(?:him|her|them|us|me|for|ahead|forward|harder)\b|\s+(?-i:[A-Z]))")


def _press_verb(sentence: str, hit: Hit) -> bool:
    """Whether the media cue "press" is the verb ("to press Bannon to respond", "they press for answers", "will press
    ahead"): after an infinitive's "to", a modal or a pronoun subject, or before an object pronoun, a name or "for" —
    pressing someone, not the press (check15 BN-27). "told the press", "the foreign press" stay the media."""
    if hit.cue.lower() != "press":
        return False
    return bool(_PRESS_VERB.search(sentence[: hit.start]) or _PRESS_OBJECT.match(sentence[hit.end :]))


_SOURCE_OF = re.compile(
    r"(?i)^\s+of\s+(?!(?:the|a|an|his|her|their|its|our|this|that|those|these)\b)(?-i:[a-z])"
    r"|^\s+of\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:pollution|emissions?|income|revenue|energy|power|"
    r"electricity|funding|money|cash|jobs?|growth|concern|tension|friction|pride|strength|inspiration|"
    r"infection|outbreak|problem|problems|leak)\b"
)
"""After "source": what it is a source of ("the biggest source of pollution", "a source of income"): a thing's origin,
no news source (check15R EP-52). "a source of the party", "sources in the ministry" stay sources."""
_SOURCE_BEFORE = re.compile(
    r"(?i)\b(?:biggest|largest|main|major|primary|chief|leading|single|top|greatest|key|important|prime|only|"
    r"renewable|reliable\s+energy|energy|power|food|water|heat|light|income|revenue|funding)\s+$"
)
"""Before "source": a ranking or a resource ("the nation's biggest source", "an energy source"): a thing's origin."""


def _source_of_thing(sentence: str, hit: Hit) -> bool:
    """Whether an anonymous cue "source(s)" names where something comes from, not who told the news: "source of
    <something>" ("the nation's biggest source of pollution blamed for global warming", check15R EP-52: no one speaks
    there). "a source close to the talks", "sources said", "a source of the committee" keep their reading."""
    if hit.cue.lower() not in ("source", "sources", "a source"):
        return False
    after = sentence[hit.end :]
    if not after.lower().lstrip().startswith("of "):
        return False
    return bool(_SOURCE_OF.match(after) or _SOURCE_BEFORE.search(sentence[: hit.start]))


_GOVERNMENT_COUNCIL = re.compile(
    r"(?:\b(?:Security|State|City|County|Town|Municipal|District|Borough|Parish|Village|Regional|Provincial|"
    r"Legislative|Executive|Privy|Federal|European|Human\s+Rights|Governing|Revolutionary|Military|Sovereign|"
    r"Guardian|Expediency|Ministers|Advisory|Arctic|Nordic|Gulf\s+Cooperation|Economic\s+and\s+Social|"
    r"Trusteeship|Presidential|National\s+Security|Science|"
    r"(?:National|European|Medical|Natural\s+Environment|Arts\s+and\s+Humanities|[A-Z][a-z]+(?:an|ian|ese|ish))\s+Research)\s+$)"
)
"""A council of a government named so before "Council": the Security Council, a State, City or County Council."""
_GOVERNMENT_COUNCIL_AFTER = re.compile(r"^\s+of\s+(?:Economic\s+Advisers|Europe|the\s+European\s+Union|Ministers|State)\b")
"""After "Council": the council of a government ("the Council of Economic Advisers", "the Council of Europe")."""
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w&.'’-]*\s+(?:(?:on|for|of|and|&)\s+)?)+$")


def _council_of_no_government(sentence: str, hit: Hit) -> bool:
    """Whether the official cue "Council" is part of an organisation's proper name that names no government: the
    Natural Resources Defense Council, the Council on Foreign Relations, the Heritage Council are advocacy groups or
    think tanks (check15R EP-47: "David Doniger of the Natural Resources Defense Council" was an official). "Council"
    is a government's with a government qualifier before it ("the National Security Council", "the U.N. Security
    Council", "the City Council") or of one after it ("the Council of Europe"), and "the council", "the city council"
    (lowercase: a place's council) stay official."""
    if hit.cue != "Council":
        return False
    before, after = sentence[: hit.start], sentence[hit.end :]
    if _GOVERNMENT_COUNCIL.search(before) or _GOVERNMENT_COUNCIL_AFTER.match(after):
        return False
    named_before = _NAME_BEFORE.search(before)
    if named_before is not None and named_before.group(0).strip() and not re.fullmatch(
        r"(?:The|A|Its|Their|His|Her)\s*", named_before.group(0)
    ):
        return True
    return bool(re.match(r"^\s+(?:on|for)\s+[A-Z]", after))


_COUNCIL_AHEAD = re.compile(r"^(?:\s+[A-Z][\w&'’-]*){0,2}?\s+(?=Council\b)")
"""After a capitalised cue: the rest of a name that ends in "Council" ("Research Council", "Television Council")."""


def _subject_of_a_council(sentence: str, hit: Hit) -> bool:
    """Whether a capitalised cue is the subject named in a council's proper name that names no government
    (``_council_of_no_government``): "Research" in "the Family Research Council", "Television" in "the Parents
    Television Council" say what the council is about, not what it is — no research institute, no broadcaster
    (check-W TG-25: "Tony Perkins, president of the conservative Family Research Council" was typed an expert by
    "Research"). A council of a government keeps its words ("the Medical Research Council"); "the Pew Research
    Center", no council, stays a research body."""
    if not hit.cue[:1].isupper() or hit.cue == "Council":
        return False
    ahead = _COUNCIL_AHEAD.match(sentence[hit.end :])
    if ahead is None:
        return False
    start = hit.end + ahead.end()
    council = Hit("speaker.official", "Council", start, start + len("Council"))
    return _council_of_no_government(sentence, council)


_PERIODICAL_NOUN = re.compile(
    r"^(?:\s*(?:$|[,;:.!?()\"“”'’—–-])|\s+(?-i:[A-Z])|\s+(?:said|says|say|reported|reports|wrote|writes|quoted|quotes|cited|"
    r"cites|added|adds|noted|notes|published|publishes|claimed|alleged|revealed|has|had|is|was|also|on|in|that|which|who|"
    r"and|of|magazine|newspaper|news|paper|journal)\b)",
    re.IGNORECASE,
)
"""After "weekly": what follows the periodical as a noun ("the weekly said", "the German weekly Die Zeit", "a
weekly, which …"), not a noun it qualifies ("weekly unemployment claims")."""


def _periodical_as_adjective(sentence: str, hit: Hit) -> bool:
    """Whether the media cue "weekly" qualifies a noun after it ("3.3 million new weekly unemployment claims", "his
    weekly address"): how often something happens, no periodical speaking (check-W CV-24: the government's report of
    weekly claims was typed media)."""
    return hit.cue.lower() == "weekly" and not _PERIODICAL_NOUN.match(sentence[hit.end :])


_NAMED_FOR_PEOPLE = re.compile(
    r"^\s+(?:for|against|of|United|Union|Alliance|Council|Coalition|Action|Network)\s+(?:the\s+)?[A-Z]|^\s+(?:United|Union)\b"
)
_PEOPLE_NAME_BEFORE = re.compile(r"[A-Z][\w&.'’-]*\s+$")


def _people_in_a_name(sentence: str, hit: Hit) -> bool:
    """Whether a cue of ordinary people is a word of an organisation's proper name ("Citizens for Responsibility and
    Ethics in Washington", "Citizens United", "the National Farmers Union", "Parents Television Council"): the people
    it names are its members, and the one who speaks for it is no ordinary person (check15R SD-55: Norm Eisen, "the
    chair of left-leaning Citizens for Responsibility …", was typed ordinary). "Residents said", "Parents of the
    victims said", "some voters" keep their reading."""
    if hit.category != "speaker.ordinary" or not hit.cue[:1].isupper():
        return False
    before = sentence[: hit.start]
    if _NAMED_FOR_PEOPLE.match(sentence[hit.end :]):
        return True
    return bool(before.strip()) and bool(_PEOPLE_NAME_BEFORE.search(before)) and not re.search(r"[.!?\"“”]\s*$", before)


_VENUE = re.compile(
    r"(?i)\b(?:on|during|in\s+an?\s+(?:\w+\s+)?(?:interview|appearance)\s+(?:with|on))\s+"
    r"(?:(?:the|a|an)\s+)?(?:[\w'’.&-]+\s+){0,2}?$"
)
_VENUE_HEAD = re.compile(
    r"(?i)(?<![\w-])(?:appeared|appearing|appearance|interview|speaking|spoke|said|says|saying|told|telling|revealed|"
    r"clarified|pushed\s+back|stressed|added|argued|insisted|defended|denied|confirmed)\b"
)
"""A verb of speaking or appearing before the venue: the speaker spoke there."""


def _outlet_is_venue(sentence: str, hit: Hit) -> bool:
    """Whether an outlet is where the speaker spoke, not who speaks: "on the Fox News program “Fox & Friends”", "on
    CNN", "in an interview with NBC" (check15R SD-51: Giuliani, who "pushed back … on the Fox News program", was typed
    media). The venue types no speaker; "a report on CNN", "CNN reported", "told the Post" (heard, typed elsewhere)
    keep theirs."""
    if hit.category != "speaker.media" or not hit.cue[:1].isupper():
        return False
    before = sentence[: hit.start]
    venue = _VENUE.search(before)
    return venue is not None and bool(_VENUE_HEAD.search(before[: venue.start()]))


_AUTHORS = frozenset({"author", "authors"})
_BOOK = r"(?:books?|novels?|memoirs?|biograph(?:y|ies)|bestsellers?|best-sellers?)"
_BOOK_AUTHOR_AFTER = re.compile(
    rf"(?i)^(?:\s+of\s+(?:(?:a|an|the|his|her|their|two|three|several)\s+)?(?:[\w'’-]+\s+){{0,3}}?{_BOOK}\b|\s+(?-i:[A-Z]))"
)
_BOOK_AUTHOR_BEFORE = re.compile(rf"(?i)(?:\b{_BOOK}['’]s?|\b(?:best-?selling|novelist|acclaimed|famed|noted))\s+(?:[\w-]+\s+)?$")


_RESEARCH = r"(?:stud(?:y|ies)|reports?|papers?|research|surveys?|analys[ie]s|articles?\s+in\s+(?:a|the)\s+journal|journal)"
_RESEARCH_AUTHOR_AFTER = re.compile(
    rf"(?i)^\s+of\s+(?:(?:a|an|the|this|that|his|her|their|its|new|recent|latest)\s+)*(?:[\w'’-]+\s+){{0,3}}?{_RESEARCH}\b"
)
_RESEARCH_AUTHOR_BEFORE = re.compile(rf"(?i)\b{_RESEARCH}['’]s?\s+(?:[\w-]+\s+)?$|\blead\s+$")


def _research_author(sentence: str, hit: Hit) -> bool:
    """Whether one "author" is tied to a work of research: "the study's author", "the author of a new report", "lead
    author". One author alone is no expert: the writer of an unsigned op-ed ("…,” the author wrote.", "The anonymous
    author describes …", check AA OP-11) is whoever wrote it, whom other words type; "the authors" of a work cited stay
    experts (``_book_author``)."""
    return bool(_RESEARCH_AUTHOR_AFTER.match(sentence[hit.end :]) or _RESEARCH_AUTHOR_BEFORE.search(sentence[: hit.start]))


def _book_author(sentence: str, hit: Hit) -> bool:
    """Whether "author" names a writer of books, not of research: a title before a name ("author Michael Wolff"), the
    author of a book, novel or memoir ("author of a new book on the campaign", "the book's author", "best-selling
    author"). Writing a book makes no expert (check15 BN-29): unclassified. "The study's authors", "According to the
    authors" of a work cited stay experts."""
    return bool(_BOOK_AUTHOR_AFTER.match(sentence[hit.end :]) or _BOOK_AUTHOR_BEFORE.search(sentence[: hit.start]))


FOUNDERS = frozenset({"founder", "founders", "co-founder", "co-founders", "cofounder", "cofounders"})
"""Founders speak for the organisation they founded, and for nothing else: a founder of none the lens types is
unclassified (check8 RM-20)."""
ORGANISATION_ONLY = frozenset({*FOUNDERS, "legal director", "legal directors"})
"""Titles that speak for the organisation that holds them and for nothing else: a founder, a legal director ("Jon
Davidson, legal director for LGBT rights group Lambda Legal": civil society, check15 TG-24); of an organisation none
of the lens's kinds types, or of none named, unclassified."""
_TITLES = frozenset({
    "president", "presidents", "vice president", "ceo", "ceos", "chief executive", "executive", "executives",
    "communications director", "chief of staff", "leader", "leaders", "spokesman", "spokeswoman", "spokesperson",
    "spokespeople", *ORGANISATION_ONLY,
})
_HEADS = frozenset({"president", "presidents", "vice president"})
"""Titles of the head of an organisation of any kind: one named before it as its owner and typed by no kind ("GLAAD
President Sarah Kate Ellis") leaves it unclassified, not a head of state (check15 TG-24)."""
"""Titles held in organisations of any kind: a club, a charity and a company have a president, a government and an
advocacy group a communications director. Their kind is the organisation's (``held_in``)."""
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"})
"""Who speaks for an organisation and for nothing else: of one named before the title that no kind types
("Crowdpac spokesman"), unclassified, as after it ("a spokesperson for Crowdpac", check-U CO-47)."""
_COMPANY_TITLES = frozenset({"ceo", "ceos", "chief executive", "executive", "executives"})
"""Titles of companies: a CEO of an organisation the lens cannot type ("the CEO of Apple") is business."""
_DIRECTOR = re.compile(r"(?i)^\s+directors?\b")
"""After "executive": the title "executive director", the usual head of an advocacy group, a charity or a public agency
as much as a company's: its kind is its organisation's ("R. Clarke Cooper, the group's executive director", NYT, of
the Log Cabin Republicans, was typed business: check13o PA-43); where the organisation is named and none types it
("the group's", "of the Log Cabin Republicans"), it is unclassified, and with none named ("executive director, said")
(a company's title too) it is also unclassified (``typed_roles``)."""
_HELD_AFTER = re.compile(r"^,?\s+(?:of|for|at)\s+([^,;:()]{1,80}?)(?=\s+(?:said|says|told|tells|wrote|who|which|that)\b|[,;:()]|$)")
"""The organisation after a title: "the CEO of The Humane Society of the United States,"."""
_HELD_BEFORE = re.compile(r"([\w&.-]+(?:\s+[\w&.-]+)?)['’]s\s+(?:(?:former|new|longtime|then)\s+)?$")
"""The organisation that owns a title: "the organization’s president", "the company’s president"."""
_HELD_PREFIX = re.compile(
    r"((?:[A-Z][\w&.'’-]*\s+(?:(?:for|of)\s+)?){0,5}[A-Z][\w&.'’-]*|(?<![\w-])(?:[\w'’-]+\s+)?unions?)\s+(?:[a-z-]+\s+(?:[a-z-]+\s+)?(?:and|&)\s+)?$"
)
"""The organisation named just before a title, with no "of" ("Humane Society CEO Wayne Pacelle", "Marijuana Policy
Project spokesman Mason Tvert", "Apple CEO Tim Cook", "the union president"), also before a first title joined to it
("Humane Society president and CEO Wayne Pacelle"), and one with "for" or "of" in its name ("The National
Organization for Women President Terry O'Neill", check12m BN-27)."""
_CIVIL = re.compile(
    r"\b(?:[Ss]ociety|[Aa]ssociation|[Cc]lub|[Ff]oundation|[Pp]roject|[Cc]oalition|[Nn]on-?profits?|[Cc]harit(?:y|ies)|"
    r"NGOs?|[Mm]ovement|organi[sz]ations?|unions?|(?:Workers|Teachers|Nurses|Employees|Labou?r|Trade)['’]?\s+Unions?)\b|"
    r"\b(?:advocacy|activist|rights|conservation|environmental|lobby(?:ing)?|watchdog|interest|hunting|civic|community|"
    r"campaign|charitable|(?:anti|pro)-[\w-]+)\s+groups?\b"
)
"""An advocacy group, a charity, a club, a union, a non-governmental organisation: civil society. Not a group unless
it is said what kind ("the group" may be a company, "the Eurasia Group" is one), nor a campaign (a candidate's is
political), nor an Organization, Union, Federation, League or Alliance named as states' ("the World Trade
Organization", "the European Union", "the Russian Federation", "the Arab League"): a lowercase "organization" or
"union" is, and so is a workers' Union."""
_RIGHTS = re.compile(r"\b(?:Human|Civil|Equal|Voting|Women['’]s|Gay|LGBTQ?|Immigrant|Disability)\s+Rights\b")
"""An organisation named for the rights it defends ("Human Rights Campaign", "Human Rights Watch", "the Southern
Poverty Law Center" aside): an advocacy group, civil society, once no role of the lexicon ("the U.N. Human Rights
Council") nor a state's office ("the Office for Civil Rights") types it (check15 TG-24)."""
_NATIONS = re.compile(r"\bNations\b")
"""States' associations ("the Association of Southeast Asian Nations"): officials, not civil society."""
_STATE = re.compile(
    r"\b(?:United States|U\.S\.|America|Republic|Kingdom|States?|Nations|Union|City|County|Province|Party|Senate|House|[Oo]ffices?"
    r"|Army|Navy|Air Force|Marine Corps|Coast Guard|National Guard|Treasury|Ministry|Department|Embassy|Consulate)\b"
)
"""A state, a country, a political body, a public office or an arm of government whose president, leader or spokesman
is an official ("the president of the United States", "the leader of the Communist Party", "a spokeswoman for Mr.
Fishman’s office", "Army spokeswoman Jane Roe", "a Treasury spokesman": with check-U CO-47's rule that a spokesman of
an organisation no kind types is unclassified, the armed services and ministries must be typed here)."""


_COMPANY_CALLED = re.compile(
    r"(?i)\bthe\s+(?:[\w-]+\s+){0,2}?(?:company|corporation|(?<!supply\s)(?<!\sfood\s)chain(?!\s+(?:of|reaction)\b)|firm|"
    r"retailer|manufacturer|maker|automaker|carmaker|airline|conglomerate|franchise)\b"
)
"""The sentence calls the organisation that holds a title a company ("Chick-fil-A president Dan Cathy said the
Atlanta-based company was …", "…, the fast-food chain"): a president of it is business, not an official (check11j
CF-19; the New York Times' "the company's president" and Fox News' "CEO Dan Cathy" were business already). Not a
supply chain, a food chain, a chain of command or of events."""
_NOT_AN_ORGANISATION = re.compile(
    rf"(?:(?:{'|'.join(re.escape(n) for n in (*COUNTRY_NAMES, *STATE_NAMES))})|U\.S\.|US|U\.N\.|UN|EU|"
    r"[A-Z][a-z]+(?:an|ian|ese|ish|i|ch|ic|ine)|Greek|Thai|Swiss|Soviet|Uzbek|Kazakh|"
    r"When|After|Before|Then|Former|Outgoing|Incoming|Acting|Interim|Late|But|And|As|While|Meanwhile|Today|Now|Also|"
    r"Even|If|Since|Though|Although|Because|Vice|Deputy|Under|Mr|Mrs|Ms|Madam|The|A|An|His|Her|Their|Its)"
)
"""What stands before a title without being the organisation that holds it: a country, a state or a nationality
("Chinese President Xi Jinping", "China's president": a head of state) or a word opening the sentence ("When President
Obama said …")."""
_SAID_OF = re.compile(
    r"^,\s*(?:(?:a|an)\s+(?P<what>[^,;:()]{1,60})|which\s+(?:opposes|supports|advocates|campaigns|lobbies|fights|"
    r"champions|promotes|works\s+to|seeks\s+to)\b)"
)
"""What the sentence says of an organisation named after a title: an appositive ("Freedom to Marry, a gay rights
organization") that says it is an advocacy group, or a relative clause that says it campaigns ("the National
Organization for Marriage, which opposes same-sex marriage"): civil society (check8 RM-20)."""


def held_in(
    sentence: str, hit: Hit, hits: list[Hit], mentions: Mentions | None = None
) -> tuple[str | None, tuple[int, int]] | None:
    """The kind of a title (``_TITLES``) held in an organisation named with it — after it with "of", "for" or "at",
    before it as its owner ("the organization’s president") or just before it ("Humane Society CEO", ``_HELD_PREFIX``)
    — or None where no organisation is named or it leaves
    the title's own kind ("China's president", "the CEO of Apple").

    The organisation's kind is that of a role of the lexicon in its name ("the European Commission", "Ford Motor
    Company", "the National Association of Manufacturers": an industry group is business); else an advocacy group,
    charity, club or union is civil society (ET-31, MJ-27: "Wayne Pacelle, the CEO of The Humane Society of the United
    States" is no business, "Kevin Sabet, president of anti-legalization group Smart Approaches to Marijuana" no
    official); else a state or political body types it official. An organisation named after the title that none of
    these types leaves it unclassified, not guessed — unless the title is a company's ("the CEO of Apple"); so does
    one named just before a spokesman ("Crowdpac spokesman T.J. Adams-Falconer", as "a spokesperson for Crowdpac" is:
    check-U CO-47), unless it is a person the source has typed (``mentions``: "Trump spokeswoman Sarah Sanders" speaks
    for Trump) or a country or a nationality ("Chinese spokesman"). An organisation the source named earlier with a
    company's legal form (``mentions.companies``: "Tyson Foods Inc. says …" before "Tyson spokesman Gary Mickelson
    identified …", check-T SC-55) is business: its spokesman is no official.
    Returned with the organisation's span; a kind of None keeps the title's own."""
    if hit.cue.lower() not in _TITLES:
        return None
    director = _DIRECTOR.match(sentence[hit.end :]) if hit.cue.lower() == "executive" else None
    end = hit.end + director.end() if director else hit.end
    after = _HELD_AFTER.match(sentence[end:])
    before = None if after else _HELD_BEFORE.search(sentence[: hit.start]) or _HELD_PREFIX.search(sentence[: hit.start])
    if after is None and before is None:
        return None
    found = after or before
    assert found is not None
    offset = end if after else 0
    a, b = offset + found.start(1), offset + found.end(1)
    named = [h for h in hits if a <= h.start and h.end <= b and h.category.startswith("speaker.")]
    # people named in an organisation's name are its members, not its kind ("the United Auto Workers Union")
    named = [h for h in named if h.category not in ("speaker.anonymous", "speaker.ordinary")]
    # TG-25: a council no government's is an association or an advocacy group ("president of the Family Research
    # Council", "of the Natural Resources Defense Council"), whatever subject its name gives; think tanks named
    # "Council" are the lexicon's by name ("Atlantic Council")
    named = [h for h in named if not _subject_of_a_council(sentence, h)]
    if any(_council_of_no_government(sentence, h) for h in named):
        return CIVIL, (a, b)
    if named:
        return named[0].category, (a, b)
    organisation = sentence[a:b]
    if mentions is not None and organisation.strip() in mentions.companies and not _NOT_AN_ORGANISATION.fullmatch(organisation.strip()):
        return "speaker.business", (a, b)  # SC-55: "Tyson spokesman …" after "Tyson Foods Inc."
    if _CIVIL.search(organisation) and not _NATIONS.search(organisation):
        return CIVIL, (a, b)
    if _STATE.search(organisation):
        return "speaker.official", (a, b)
    if _RIGHTS.search(organisation):
        return CIVIL, (a, b)  # TG-24: "Human Rights Campaign President Chad Griffin"
    said = _SAID_OF.match(sentence[b:]) if after else None
    if said is not None and (said.group("what") is None or _CIVIL.search(said.group("what"))):
        return CIVIL, (a, b)
    if _COMPANY_CALLED.search(sentence) and not _NOT_AN_ORGANISATION.fullmatch(organisation.strip()):
        return "speaker.business", (a, b)  # CF-19: "Chick-fil-A president Dan Cathy said the Atlanta-based company …"
    if before is not None and hit.cue.lower() in _HEADS and not _NOT_AN_ORGANISATION.fullmatch(organisation.strip()):
        return UNSPECIFIED, (a, b)  # TG-24: "GLAAD President Sarah Kate Ellis": no head of state; "Chinese President" is
    if before is not None and hit.cue.lower() in _SPOKESPEOPLE and not _NOT_AN_ORGANISATION.fullmatch(organisation.strip()):
        person = mentions.kind_of(organisation) if mentions is not None and mentions.roles else None
        return (person or UNSPECIFIED), (a, b)  # CO-47: as "a spokesperson for Crowdpac" is
    if director is None and (before is not None or hit.cue.lower() in _COMPANY_TITLES):
        return None, (a, b)
    return UNSPECIFIED, (a, b)


def spoken(sentence: str, voice: Voice) -> str:
    """What a speaker is made to say in an attributed sentence: the words in quotation marks when it
    quotes (not a quoted title), else the whole sentence. "Without fail, Mr. Trump's adoring fans
    reply, “Mexico!”": the fans said “Mexico!”; "adoring" is the outlet's word about them."""
    said = [sentence[a:b] for a, b in voice.quotes if not quoted_title(sentence[a:b], sentence[:a])]
    return " ".join(said) if said else sentence


def attribution_measures(words: Lexicon) -> list[Measure]:
    kinds, groups = speaker_kinds(words), verb_groups(words)
    measures = [Measure("attributed", "attributed", "statement", "share", categories=groups)]
    measures += [Measure(k, k, "attributed", "share") for k in kinds]
    measures += [Measure(g, g, "attributed", "share") for g in groups]
    return measures + [Measure(f"tone.{k}", f"tone.{k}", k, "mean", categories=(k,)) for k in kinds]


@lens_part(LENS)
def attribution_part(sentences: pl.DataFrame, lenses: Lenses) -> LensPart:
    """One source's statements: attributed or asserted, to which speaker, with which verb, in which tone."""
    words = attribution_lexicon(lenses)
    cue_matcher = attribution_matcher(words)
    kinds, groups = speaker_kinds(words), verb_groups(words)
    rows: list[tuple[float, ...]] = []
    evidence: list[tuple[object, ...]] = []
    voices = dict(zip(sorted(sentences.get_column(SENTENCE_INDEX).to_list()), source_voices(sentences), strict=True))
    mentions = Mentions()
    read = read_statements(sentences.select(SOURCE_ID, SENTENCE_INDEX, TEXT).rows(), voices, cue_matcher, mentions)
    untyped: list[tuple[object, ...]] = []  # for the report to type a person by any source's mention (RM-19)
    for source_id, index, text in sentences.select(SOURCE_ID, SENTENCE_INDEX, TEXT).iter_rows():
        statement, attributed, kind, shown, also, name = read[(source_id, index)]
        evidence.extend((source_id, index, LENS, h.category, h.cue, h.start, h.end, None) for h in shown)
        if name is not None and kind == UNSPECIFIED:
            untyped.append((source_id, index, LENS, UNTYPED_NAME, name.cue, name.start, name.end, None))
        # VADER scores attributed statements only; the tone of a kind is the score of what the kind said
        compound = tone(spoken(text, voices[index]))["compound"] if attributed else 0.0
        speaker = [float(kind == k or (attributed and k in also)) for k in kinds]
        rows.append((
            float(statement), float(attributed), *speaker,
            *(float(any(h.category == g for h in shown)) for g in groups),
            *(compound * flag for flag in speaker),
        ))
    names = ("statement", "attributed", *kinds, *groups, *(f"tone.{k}" for k in kinds))
    table = sentences.hstack(
        [pl.Series(name, values, dtype=pl.Float64) for name, values in 
         zip(names, zip(*rows, strict=True) if rows else [()] * len(names), strict=True)]
    )
    evidence_frame = pl.DataFrame(evidence, schema=EVIDENCE_SCHEMA, orient="row")
    part = measured_part(LENS, table, attribution_measures(words), evidence_frame)
    source_id = sentences.get_column(SOURCE_ID)[0] if sentences.height else ""
    untyped += [(source_id, i, LENS, MENTION + kind, full, 0, 0, None) for i, full, kind in mentions.learned]
    untyped += [(source_id, 0, LENS, PERSON, full, 0, 0, None) for full in sorted(mentions.people)]
    return dataclasses.replace(part, evidence=pl.concat([part.evidence, pl.DataFrame(untyped, schema=EVIDENCE_SCHEMA, orient="row")]))


MENTION = "mention:"
"""Evidence category prefix of a name learned with a role (``Mentions.learned``), read by ``_one_kind_per_person``."""
PERSON = "person"
"""Evidence category of a person's full name a source writes (``Mentions.people``), read by ``_one_kind_per_person``."""


def read_statements(
    rows: list[tuple[str, int, str]], voices: dict[int, Voice], cue_matcher: CueMatcher, mentions: Mentions | None = None
) -> dict[tuple[str, int], tuple[bool, bool, str | None, list[Hit], tuple[str, ...], Hit | None]]:
    """Each sentence of one source read in order: (statement?, attributed?, speaker kind, hits shown, other kinds
    of source it cites with the speaker: a newspaper's unnamed sources, the name of a speaker it could not type).
    ``mentions`` collects the names the source gives a role.

    In order, because a speaker named by surname is typed by the source's earlier mention of
    the name with its role (``Mentions``), and a "he said" after one person spoke is theirs.
    A sentence with no attribution of its own (``CONTINUES``) then takes the speaker of its
    quotation (``_continued``)."""
    found, continued, _, _ = _read_in_order(rows, voices, cue_matcher, mentions)
    read: dict[tuple[str, int], tuple[bool, bool, str | None, list[Hit], tuple[str, ...], Hit | None]] = {}
    for index, (source_id, statement, attributed, speaker, shown) in found.items():
        if speaker is CONTINUES:
            speaker = continued.get(index)
        kind = ((speaker.kind if speaker is not None else None) or UNSPECIFIED) if attributed else None
        also = speaker.also if attributed and speaker else ()
        read[(source_id, index)] = (statement, attributed, kind, shown, also, speaker.name if attributed and speaker else None)
    return read


_FIRST_WORD = re.compile(r"\S+\s+")


_ASKING = re.compile(
    r"(?i)^\W*(?:who|whom|whose|what|which|why|how|when|where|is|are|was|were|am|do|does|did|can|could|will|would|"
    r"shall|should|may|might|must|has|have|had|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|don['’]t|doesn['’]t|didn['’]t|"
    r"can['’]t|won['’]t|wouldn['’]t|shouldn['’]t)\b"
)
"""What opens a main clause that asks: a question word or an auxiliary before its subject."""


def asks(text: str, voice: Voice) -> bool:
    """Whether a sentence is a question: its main clause asks, not only a quotation at its end. A sentence that ends in
    a quoted question but reports it ("…, and one blogger asking, "Can anyone really say …?"", "A blogger … said, "Can
    anyone …?"") states what was asked: a statement (check12-reM BN-22). A quotation standing alone ("“… won't we?”"),
    or an outlet's own question ("Who has ever called a man …?", "Is this what he meant when he asked, "Who …?"") asks."""
    end = len(text.rstrip("”\"'’ )"))
    if not text[:end].endswith("?"):
        return False
    if not voice.quoted_at(end - 1, end):
        return True
    outside = "".join(" " if voice.quoted_at(i, i + 1) else ch for i, ch in enumerate(text))
    return not re.search(r"[^\W\d_]{2}", outside) or bool(_ASKING.match(outside))


def with_inner_verbs(text: str, hits: list[Hit], cue_matcher: CueMatcher) -> list[Hit]:
    """``hits`` plus the reporting verbs inside a speaker's cue of several words ("reports said", "Sources said", "It
    is said"): the cue types the speaker, and its verb is the statement's verb, tallied as any other (check11-bundled
    SP-23: "… and other recent reports said that …" left "said" out of the tally)."""
    inner = []
    for hit in hits:
        first = _FIRST_WORD.match(text, hit.start, hit.end) if hit.category.startswith("speaker.") else None
        if first is None:
            continue
        inner += [
            Hit(v.category, v.cue, v.start + first.end(), v.end + first.end())
            for v in cue_matcher.find(text[first.end() : hit.end]) if v.category.startswith("verb.")
        ]
    return sorted([*hits, *inner], key=lambda h: (h.start, h.end)) if inner else hits


def _read_in_order(
    rows: list[tuple[str, int, str]], voices: dict[int, Voice], cue_matcher: CueMatcher, mentions: Mentions | None = None
) -> tuple[dict[int, tuple[str, bool, bool, Speaker | None, list[Hit]]], dict[int, Speaker], dict[int, str], set[int]]:
    """``read_statements``' reading: each sentence's (source, statement?, attributed?, speaker, hits shown), the
    speakers of the sentences that continue a quotation (``_continued``), the printable name of each speaker a
    sentence names (``said_by``; a "he said" right after one person spoke takes that person's), and the sentences
    that write that name themselves."""
    mentions = mentions if mentions is not None else Mentions()
    found: dict[int, tuple[str, bool, bool, Speaker | None, list[Hit]]] = {}
    names: dict[int, str] = {}
    written: set[int] = set()
    previous: Speaker | None = None
    previous_name: str | None = None
    previous_masked = ""
    last_masked = ""  # the sentence right before, whatever it is
    carried: tuple[str, str] | None = None  # the "he" or "she" a sentence resolved to a titled name, and that name
    for source_id, index, text in sorted(rows, key=lambda r: r[1]):
        hits = with_inner_verbs(text, cue_matcher.find(text), cue_matcher)
        voice = voices[index]
        masked = "".join(" " if voice.quoted_at(i, i + 1) else ch for i, ch in enumerate(text))
        mentions.sentence = index
        roles = [h for h in typed_roles(text, hits, mentions) if not voice.quoted_at(h.start, h.end)]
        mentions.learn(text, masked, roles)
        statement = len(text.split()) >= MIN_WORDS and not asks(text, voice)
        before = None if previous is None or _another_of_its_sex(previous_masked, previous, masked) else previous
        attributed, speaker, shown = read_speaker(text, hits, voice, mentions, before) if statement else (False, None, [])
        if speaker is not CONTINUES:
            previous = speaker if attributed and speaker is not None and speaker.kind else None
            previous_masked = masked
            name = said_by(text, speaker, [h for h in roles if h.category.startswith("speaker.")]) if attributed and speaker else None
            if name:
                written.add(index)
            elif previous is not None and (previous.person or previous.group or previous.body):
                name = previous_name  # "…,” he said." after one person spoke; "It put the cost …" after the EPA
            pronoun = _speaker_pronoun(text, speaker) if attributed else None
            if not name and pronoun is not None:  # "… asked Ms. Manigault Newman why …" / "…,” she said." (AI OM-9)
                name = _titled_one(last_masked, pronoun) or (carried[1] if carried and carried[0] == pronoun else None)
            carried = (pronoun, name) if pronoun is not None and name else None
            if name:
                names[index] = name
            previous_name = name if previous is not None else None
        found[index] = (source_id, statement, attributed, speaker, shown)
        last_masked = masked
    texts = {index: text for _, index, text in rows}
    continued = _continued(sorted(found), texts, voices, {i: f[3] for i, f in found.items() if f[2]})
    return found, continued, names, written


_TITLED = re.compile(r"(?<![\w'’])(?:(?P<she>Ms|Mrs|Miss)|(?P<he>Mr))\.?\s+(?=[A-Z])")
"""A person named with a title that tells their sex ("Ms. Manigault Newman", "Mr. Kelly")."""
_HE_OR_SHE = re.compile(r"(?i)(?<![\w'’])(he|she)(?![\w'’])")


def _another_of_its_sex(previous_masked: str, previous: Speaker, masked: str) -> bool:
    """Whether a "he" or "she" of a sentence (``masked``, quotations blanked) may be someone other than the speaker of
    the sentence before (``previous``): that sentence names, outside its speaker phrase, a person whose title is of the
    pronoun's sex. "In the clip, the president asked Ms. Manigault Newman why …" / "She said the call came the day after
    she was fired …": she is the one asked, not the president, so she takes no type from him (check-S OM-49: the fired
    former aide was typed an official twice, by the president's role, and "former" never reached her). The pronoun is
    then unclassified, as any speaker the lens cannot type; "Mr. Trump asked Ms. Roe …" / "He said …" is still his.
    Only titles tell a person's sex here: "the president asked Manigault Newman …" / "She said …" still passes his type."""
    pronouns = {m.group(1).lower() for m in _HE_OR_SHE.finditer(masked)}
    spans = [*previous.hits, *([Hit("", "", *previous.at)] if previous.at else [])]
    for m in _TITLED.finditer(previous_masked):
        sex = "she" if m.group("she") else "he"
        if sex in pronouns and not any(h.start <= m.start() < h.end or h.start == m.end() for h in spans):
            return True
    return False


def _speaker_pronoun(text: str, speaker: Speaker | None) -> str | None:
    """"he" or "she" when a sentence's speaker phrase is that bare pronoun ("…,” she said."), else None."""
    if speaker is None or speaker.at is None:
        return None
    word = text[slice(*speaker.at)].strip().lower()
    return word if word in ("he", "she") else None


_TITLED_NAME = re.compile(
    r"(?<![\w'’])(?:(?P<she>Ms|Mrs|Miss)|(?P<he>Mr))\.?\s+((?:[A-Z][\w'’-]*\.?\s+)*?[A-Z][\w'’-]*)(?![\w'’-])(?!\s+[A-Z])"
)
"""A titled name, the title telling the person's sex, its words as written after the title ("Ms. Manigault Newman")."""


def _titled_one(masked: str, pronoun: str) -> str | None:
    """The one person of the pronoun's sex that a sentence (``masked``: its quotations blanked) names with a title ("the
    president asked Ms. Manigault Newman why …"), as written after the title; None when it names none or several. A
    bare "she said" right after such a sentence is hers, as a "he said" right after a speaker is his (check AI OM-9: the
    Washington Times's "“General Kelly came to me …,” she said." was printed "speaker not named in this sentence",
    though the sentence before names her and the one before that has her speak)."""
    names = {re.sub(r"['’]s?$", "", m.group(3)) for m in _TITLED_NAME.finditer(masked) if m.group(pronoun)}  # "Mr. Barr’s"
    return names.pop() if len(names) == 1 else None


@dataclasses.dataclass(frozen=True)
class SaidBy:
    """Who speaks in one attributed sentence, for a reader: the name, and whether this sentence writes it."""

    name: str | None
    """As the source writes it (``said_by``), or None where no sentence of the quotation names a speaker."""
    here: bool
    """The sentence itself names the speaker; else a sentence of the same quotation, or the one before, does."""
    own: bool = True
    """The sentence attributes its words itself to someone it names (a reporting verb, a colon); not when it runs on a
    quotation or its speaker is a bare pronoun ("…,” he told a gathering of reporters")."""
    unnamed: bool = False
    """The sentence's speaker is an impersonal phrase naming no one ("It's been said that …", "Some say …"): its
    words are attributed, to no named speaker (check13-bundled TA-19)."""


def statement_speakers(sentences: pl.DataFrame, lenses: Lenses, text: str | None = None) -> dict[int, SaidBy]:
    """Sentence index → who speaks, for each attributed statement of one source (``sentences``: its sentences frame,
    with ``paragraph_start`` or offsets), read as the attribution lens reads them: what a page quoting the sentence
    prints beside it, so a reader sees whose words a quotation holds (check10-recheckH OB handout Event 1). ``text``:
    the source's cleaned text, for its paragraph breaks."""
    if sentences.height == 0:
        return {}
    rows = sentences.select(SOURCE_ID, SENTENCE_INDEX, TEXT).rows()
    voices = dict(zip(sorted(sentences.get_column(SENTENCE_INDEX).to_list()), source_voices(sentences, text), strict=True))
    cue_matcher = attribution_matcher(attribution_lexicon(lenses))
    found, continued, names, written = _read_in_order(rows, voices, cue_matcher)
    texts = {index: text for _, index, text in rows}
    where = {id(speaker): index for index, (_, _, _, speaker, _) in found.items() if speaker is not None}
    result: dict[int, SaidBy] = {}
    for index, (_, _, attributed, speaker, _) in found.items():
        if not attributed:
            continue
        if speaker is CONTINUES:
            resolved = continued.get(index)
            origin = where.get(id(resolved)) if resolved is not None else None
            named = _may_name_speaker(texts[index], voices[index], cue_matcher)
            result[index] = SaidBy(names.get(origin) if origin is not None else None, here=False, own=named)
        else:
            named = _names_someone(texts[index], speaker) or _may_name_speaker(texts[index], voices[index], cue_matcher)
            unnamed = index not in names and speaker is not None and speaker.kind == "speaker.anonymous"
            result[index] = SaidBy(names.get(index), here=index in written, own=named, unnamed=unnamed)
    return result


SPEAKERS_READ = (SOURCE_ID, SENTENCE_INDEX, TEXT, START, END, PARAGRAPH_START)
"""The columns of a sentences frame ``statement_speakers`` reads (the words, their order, the paragraph breaks)."""


def kept_statement_speakers(sentences: pl.DataFrame, lenses: Lenses, text: str | None = None) -> dict[int, SaidBy]:
    """``statement_speakers``, kept by its content within a build (``stats.by_content``: the build cache): a source's
    speakers are read once, not at every build that prints one of its quotations — each added source rebuilt every
    page and read every quoted source again (~1 s CPU of an add-one build at 200 AllSides sources, issue 16).

    The key is everything the reading depends on: the columns of ``SPEAKERS_READ`` the frame has, row by row, the
    cleaned text and the lens settings (the lexicon and its code are in the stage's key, ``stages.REPLICATES``)."""
    columns = [column for column in SPEAKERS_READ if column in sentences.columns]
    read = [lenses.model_dump(mode="json"), text, columns, sentences.select(columns).rows()]
    encoded = json.dumps(read, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    key = hashlib.sha256(b"statement-speakers\0" + encoded.encode("utf-8")).hexdigest()
    return said_from_arrays(by_content(key, lambda: said_arrays(statement_speakers(sentences, lenses, text))))


def said_arrays(found: dict[int, SaidBy]) -> dict[str, np.ndarray]:
    """``statement_speakers``' readings as equal-length arrays, one row per sentence in index order (what
    ``stats.by_content`` keeps): a name as text, with a flag for the sentences whose quotation names no one."""
    indexes = sorted(found)
    said = [found[index] for index in indexes]
    return {
        "index": np.array(indexes, dtype=np.int64),
        "name": np.array([s.name or "" for s in said], dtype=np.str_),
        "named": np.array([s.name is not None for s in said], dtype=np.bool_),
        "here": np.array([s.here for s in said], dtype=np.bool_),
        "own": np.array([s.own for s in said], dtype=np.bool_),
        "unnamed": np.array([s.unnamed for s in said], dtype=np.bool_),
    }


def said_from_arrays(arrays: dict[str, np.ndarray]) -> dict[int, SaidBy]:
    """The readings ``said_arrays`` laid out, by sentence index."""
    rows = zip(*(arrays[column].tolist() for column in ("index", "name", "named", "here", "own", "unnamed")), strict=True)
    return {
        index: SaidBy(name if named else None, here=here, own=own, unnamed=unnamed)
        for index, name, named, here, own, unnamed in rows
    }


_PRONOUN_ONLY = re.compile(r"(?i)\s*(?:he|she|they|it|we|i)?\s*")
"""A speaker phrase that names no one: a bare pronoun, or nothing."""


_CAPITAL = re.compile(r"(?<![\w'’])[A-Z]")


def _may_name_speaker(text: str, voice: Voice, cue_matcher: CueMatcher) -> bool:
    """Whether the words of ``text`` outside its quotation marks may name a speaker: a speaker role of the lexicon, or a
    capital past the first word ("The White House and Mr. Boehner’s office issued identical statements afterward that
    said “…”"). Only a sentence that cannot is said to name no speaker."""
    masked = "".join(" " if voice.quoted_at(i, i + 1) else ch for i, ch in enumerate(text))
    first = re.match(r"[\W_]*[\w'’-]+", masked)
    rest = masked[first.end() :] if first else masked
    roles = [
        h for h in cue_matcher.find(text)
        if h.category.startswith("speaker.") and not voice.quoted_at(h.start, h.end) and not _ADDRESSEE.search(text[: h.start])
    ]  # not whom the speaker tells ("he told a gathering of reporters")
    return bool(roles) or bool(_CAPITAL.search(rest))


def _names_someone(text: str, speaker: Speaker | None) -> bool:
    """Whether the speaker the sentence gives its words is more than a bare pronoun ("he told a gathering …")."""
    if speaker is None:
        return False
    hit = speaker.name or (speaker.hits[0] if speaker.hits else None)
    phrase = hit.cue if hit is not None else text[slice(*(speaker.at or (0, 0)))]
    return not _PRONOUN_ONLY.fullmatch(phrase)


_OPENING_MARKS = "“\"‘'«„"


def _continued(
    indices: list[int], texts: dict[int, str], voices: dict[int, Voice], speakers: dict[int, Speaker | None]
) -> dict[int, Speaker]:
    """The speaker of each sentence with no attribution of its own (``CONTINUES``), from its quotation.

    Sentences joined by a quotation carried from one into the next form a run. A run's
    speaker is the one its own attribution names, wherever it stands ("“If what the US wants
    is … so be it. A little fighting may be …,” the state-run Global Times said."). A run
    with none that opens a new quotation right after an attributed sentence is that
    speaker's (a quotation reopened at a new paragraph: "“The new law does not discriminate,”
    Long said." / "“And it will not be allowed."), and so is a sentence that spells out, with
    no quotation, what the sentence before reported ("These tactics include cyber-theft …").
    A quotation inside someone else's sentence ("the result of Mr Trump's bid to stop
    “unfair transfers …”") is not the previous speaker's: it stays unclassified."""
    runs: list[list[int]] = []
    for index in indices:
        carried = bool(voices[index].quotes) and voices[index].quotes[0][0] == 0 and texts[index].lstrip()[:1] not in _OPENING_MARKS
        if runs and carried and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    resolved: dict[int, Speaker] = {}
    for run in runs:
        named = [s for i in run if (s := speakers.get(i)) is not None and s is not CONTINUES and s.kind]
        before = resolved.get(run[0] - 1) or speakers.get(run[0] - 1)
        before = before if before is not None and before is not CONTINUES and before.kind else None
        tagged = _tagged_after(run[-1], texts, voices, speakers)
        before = tagged if tagged is not None else before
        opens = texts[run[0]].lstrip()[:1] in _OPENING_MARKS and voices[run[0]].kind == QUOTED
        for index in run:
            speaker = speakers.get(index)
            if speaker is not CONTINUES:
                if speaker is not None and speaker.kind:
                    resolved[index] = speaker
                continue
            if named:
                resolved[index] = named[0]
            elif before is not None and (opens or not voices[index].quotes or voices[index].block):
                resolved[index] = before
    return resolved


_CLOSED_QUOTATION = re.compile(r"[.!?][\"”’']+\s*$")


def _tagged_after(
    last: int, texts: dict[int, str], voices: dict[int, Voice], speakers: dict[int, Speaker | None]
) -> Speaker | None:
    """The speaker of the sentence after ``last`` when it only says who spoke (``voice.bare_attribution``: "Mueller said
    from the podium.") and ``last`` is a quotation closed with a stop inside its marks: the writer ended the quotation
    with a full stop where a comma would have joined the two, and the attribution is the quotation's (check AB ME-18,
    AB2 ME-19: CBN's ""Under longstanding department policy, … while he is in office." Mueller said from the podium."
    was printed "speaker not named in this sentence")."""
    after = last + 1
    speaker = speakers.get(after)
    if speaker is None or speaker is CONTINUES or after not in texts or voices[last].kind != QUOTED:
        return None
    if not _CLOSED_QUOTATION.search(texts[last]) or not bare_attribution(texts[after], voices[after]):
        return None
    return speaker if speaker.kind or speaker.name is not None else None


@metric(LENS, per_source=measure_lenses, part=PART, lens=SPEC)
def attribution(corpus: Corpus) -> MetricFrames:
    measures = attribution_measures(attribution_lexicon(corpus.lenses))
    part = _one_kind_per_person(pooled(corpus, LENS), measures)
    result = lens_result(corpus, LENS, measures, english_only(corpus, "Attribution"), part=part)
    if result.figures is None:
        return result
    return dataclasses.replace(result, figures=_tones_with_enough_statements(result.figures))


def _one_kind_per_person(part: LensPart, measures: list[Measure]) -> LensPart:
    """The sources' statements whose speaker is a name the source never gives a role, typed by the role any source of
    the report gives the person (``one_kind_per_person``, check8 RM-19): their row moves from unclassified to that
    kind (its tone too), the name becomes the evidence of the kind, and their source's figures are computed again.
    The per-source part cannot do it: it reads one source (the build cache keys it by that source alone)."""
    evidence = part.evidence
    mentioned = evidence.filter(pl.col("category").str.starts_with(MENTION))
    named = evidence.filter(pl.col("category") == UNTYPED_NAME)
    people = evidence.filter(pl.col("category") == PERSON).select(SOURCE_ID, "cue").rows()
    evidence = evidence.filter(~pl.col("category").str.starts_with(MENTION) & ~pl.col("category").is_in([UNTYPED_NAME, PERSON]))
    if named.height == 0 or part.table.height == 0:
        return dataclasses.replace(part, evidence=evidence)
    learned = [
        (source, full, category.removeprefix(MENTION)) for source, full, category in mentioned.select(SOURCE_ID, "cue", "category").rows()
    ]
    kinds = one_kind_per_person(learned, people, named.get_column("cue").to_list())
    typed = named.with_columns(pl.col("cue").replace_strict(kinds, default=None).alias("category")).drop_nulls("category")
    if typed.height == 0:
        return dataclasses.replace(part, evidence=evidence)
    new = "_typed_kind"
    table = part.table.join(
        typed.select(SOURCE_ID, SENTENCE_INDEX, pl.col("category").alias(new)), on=[SOURCE_ID, SENTENCE_INDEX], how="left"
    )
    retyped = pl.col(new).is_not_null()
    kinds_measured = [m.numerator for m in measures if m.numerator.startswith("speaker.")]
    table = table.with_columns(
        *(pl.when(retyped).then((pl.col(new) == k).cast(pl.Float64)).otherwise(pl.col(k)).alias(k) for k in kinds_measured),
        *(
            pl.when(retyped).then(pl.when(pl.col(new) == k).then(pl.col(f"tone.{UNSPECIFIED}")).otherwise(0.0))
            .otherwise(pl.col(f"tone.{k}")).alias(f"tone.{k}")
            for k in kinds_measured
        ),
    ).drop(new)
    evidence = pl.concat([evidence, typed.select(evidence.columns)])
    touched = sorted(set(typed.get_column(SOURCE_ID).to_list()))  # in source order: unique() keeps none, and varied by process
    refigured = [
        source_figures(LENS, table.filter(pl.col(SOURCE_ID) == s).drop(ORIGIN, strict=False), measures,
                       evidence.filter(pl.col(SOURCE_ID) == s).drop(ORIGIN, strict=False))
        for s in touched
    ]
    figures = pl.concat([part.figures.filter(~pl.col("unit").is_in(touched)), *refigured], how="vertical_relaxed")
    return LensPart(table, evidence, figures)


_UNSCORED = ("value", "ci_low", "ci_high", "diff_low", "diff_high", "effect")


def _tones_with_enough_statements(figures: pl.DataFrame) -> pl.DataFrame:
    """The tone of what a kind of speaker says, blanked where it rests on fewer than ``MIN_JUDGED``
    statements: one sentence's VADER score ("Corfman reportedly claimed he took off her shirt …",
    +0.49 from "guided") is not the tone of a kind of source. ``n`` and ``base`` stay, so the
    CSV shows what the figure would have rested on."""
    few = pl.col("measure").str.starts_with("tone.") & (pl.col("base").fill_null(0) < MIN_JUDGED)
    return figures.with_columns(
        pl.when(few).then(None).otherwise(pl.col(c)).alias(c) for c in _UNSCORED if c in figures.columns
    )
