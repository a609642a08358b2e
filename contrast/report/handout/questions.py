"""Guided questions generated from the data, each with its teacher-key answer.

Every question rests on a measurement the key names: the tone score (VADER) of the
excerpts, whether a claim is attributed, which sources report an event and which do not,
the most check-worthy claim only one source makes, and, when the naming lens supplies
them, different names for one thing. Student wording stays short and plain (the handout's
prose is held to a reading grade, see ``handout_text``); the key carries the numbers.
"""

from __future__ import annotations

import difflib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import cache
from typing import Any, cast

import polars as pl

from contrast.analysis import Analysis
from contrast.claims.absence import UNIQUE, figure_values
from contrast.claims.distinctive import AnchorIndex, absent_anchors, anchor_words, display_anchor, distinct_anchors
from contrast.claims.echoes import event_members
from contrast.claims.evidence import QUOTE_WORDS
from contrast.claims.export import event_id
from contrast.claims.terms import as_written, dates, stem, stopwords, word_of_news
from contrast.config import Lenses
from contrast.metrics.attribution import attribution_lexicon, attribution_matcher
from contrast.metrics.certainty import hedged
from contrast.metrics.cues import SPLIT_WORD, CueMatcher
from contrast.metrics.vader import NEGATIVE_THRESHOLD, POSITIVE_THRESHOLD, rated_words, set_aside_words, turned_words
from contrast.metrics.voice import OWN, Voice, names_no_speaker, own_part, quoted_title, reporting_spans, sentence_voices
from contrast.report.handout.excerpts import ExcerptPicker
from contrast.report.handout.model import (
    Answer,
    Excerpt,
    HandoutEvent,
    NamingDifference,
    Question,
    SourceTag,
    VocabTerm,
    WordInUse,
)
from contrast.report.said import ATTRIBUTES, STATES, attributes_fact
from contrast.report.text import around, join_words, mentions, signed
from contrast.schema import ORIGIN, SENTENCE_INDEX, SOURCE_ID, TEXT
from contrast.segment import POSSESSIVE

STRONG_WORD = 2.5
"""VADER lexicon rating (−4 to +4, mean of ten raters) from which a word counts as strongly
felt: 2.5 keeps words like "bullying" (−2.7), "wonderful" (+2.7) and "disaster" (−3.1), and
drops the plain evaluative words of everyday prose the independent check found taught as
strongly felt: "better" (+1.9, "better training"), "successfully" (+2.2), "good" (+1.9)."""
TOPIC_SHARE = 0.75
"""Share of the sources (two at least, and some of every origin) a word must be used in to be a
word of the story itself ("war" in a report on remarks about the war in Afghanistan, used 26 times
by all three sources): the topic, not one outlet's choice of a strongly felt word."""
MAX_NAMED = 3
"""Sources named in one sentence ("in Source B, Source D and 40 other sources"): a list of
hundreds of letters says nothing to a student, and every name must be lettered in the key."""

BASE_VOCABULARY = (
    VocabTerm("framing", "The way a story is told: what comes first, which words are used, and what is left out."),
    VocabTerm("loaded language", "Words with strong feelings attached. They push you to feel a certain way."),
    VocabTerm("hedging", "Words that make a claim less sure, like “may”, “might” or “some say”."),
    VocabTerm("attribution", "Saying who said something: “the minister said”, “according to a report”."),
    VocabTerm("omission", "A fact or event that a source leaves out."),
)
"""Words about reading the news, true of any story. Words about the topic come only from the
corpus's own cues (the loaded-language lens, else strongly felt words in the excerpts): a
built-in topic word ("soft power") was printed on tariff and Hong Kong handouts alike."""

CAVEATS: tuple[tuple[str, str], ...] = (
    ("Tone score (VADER)", "A list of words rated by people as positive or negative, added up per sentence. It reads "
     "words, not meaning: it misses sarcasm, and a quoted angry speaker makes a calm article look negative. It is "
     "made for English; other languages are not scored. Use it to find sentences worth a closer look, not as a verdict."),
    ("Same event, matched by computer", "Sentences are linked when they share names, numbers and rare words. The "
     "matching misses some paraphrases and can join two nearby facts. “Source B does not mention it” means the "
     "computer found no match: check the text before you tell the class."),
    ("Who is speaking (attribution)", "A sentence counts as attributed when it has a reporting verb or phrase "
     "(“said”, “according to”, “pointed to”), before or after what is reported (“…, prosecutors announced "
     "Tuesday.”), or cites a work by author and year (“(Lin, 2023)”, “Lin (2023) shows”), or stands in a paragraph "
     "that opens with a speaker and a colon (“Foreign media: …”), or is mostly a quotation, or quotes five words or "
     "more, or has a person or a named document “detail”, “outline” or “list” something (“Ms. Lee, in her report, "
     "detailed the cost: …”). A short phrase in quotation marks without "
     "such words is counted as the outlet's own voice, and so is a sentence whose only reporting verb sits in a "
     "description (“a project lawmakers say is a deal-breaker”), in a “While …” clause before the outlet's own "
     "point, or in a clause joined after it (“…, while Democrats vowed to block it”): that clause is counted as "
     "the speaker's, the rest as the outlet's. A source is said to state a claim as a fact only when its sentence "
     "names no speaker at all, and another to tell who the claim comes from only when most of the words the two "
     "share stand in what it attributes: inside its quotation marks when it quotes, else in what it reports, not "
     "in its own telling around a short quoted phrase; and all of them when its report is a clause after its own "
     "(“…, saying …”, “… after the mayor said …”)."),
    ("Reading level", "Grade formulas count sentence length and long words. They do not measure how hard the ideas "
     "are. The handout's own text is checked this way; the quoted excerpts are the sources' words and can be harder."),
    ("A small sample", "These are a few articles chosen by the teacher. They show how these sources framed this story; "
     "they do not show how an outlet or a country's media write in general."),
)


def vocabulary(
    events: Sequence[HandoutEvent],
    loaded_terms: Sequence[VocabTerm],
    tags: Mapping[str, SourceTag] | None = None,
    hidden: Iterable[str] = (),
    topic: frozenset[str] = frozenset(),
    *,
    seen: Iterable[str] = (),
) -> tuple[VocabTerm, ...]:
    """The base terms, then loaded terms from the lens if given, else strongly felt words in the excerpts.

    Only loaded terms the students can see are taught: in an event's excerpt or in ``seen`` (the questions' text and
    excerpts); "firestorm" was taught from a sentence the handout never quotes (check11j CF-33). A lens term's source ids
    become letters ("Source B, Source D"); in blind mode a term naming an outlet or an
    origin is left out. A word of the story itself (``topic``, see ``topic_words``) is not
    taught as a loaded or strongly felt word: every source uses it.
    """
    tags = tags or {}
    loaded_terms = [t for t in loaded_terms if not is_topic(t.term, topic)]
    shown = " ".join([*(x.text for e in events for x in e.excerpts), *seen])
    quoted = {x.source.letter for e in events for x in e.excerpts}
    lens_terms = [
        replace(t, found=some_sources(_by_letter(t.sources, tags), tags, quoted, total=len(t.sources)), sources=(), uses=())
        for t in loaded_terms
        if mentions(shown, [t.term.strip("“”")])
        and not (hidden and mentions(t.term, hidden))
        and (not t.sources or any(s in tags for s in t.sources))
    ]
    found = lens_terms or [
        VocabTerm(word, "A strongly felt word: the tone score rates it " + ("positive." if value > 0 else "negative."),
                  found=f"Source {letter}")
        for word, value, letter in _strong_words_in(events)
        if not is_topic(word, topic)
    ]
    return BASE_VOCABULARY + _said_once(found[:4])


_WORD = re.compile(r"[a-z]+(?:['’-][a-z]+)*")


def topic_words(sentences: pl.DataFrame) -> frozenset[str]:
    """Words of the story itself: used in at least ``TOPIC_SHARE`` of the sources (two at least) and
    by some source of every origin. The tone score's list rates "war" and "win" as strongly felt, but
    in a story about a war every outlet says "war": it is the topic, not a framing choice."""
    used: dict[str, set[str]] = defaultdict(set)
    origin_of: dict[str, str] = {}
    for source_id, origin, text in sentences.select(SOURCE_ID, ORIGIN, TEXT).iter_rows():
        used[source_id].update(_WORD.findall(text.lower()))
        origin_of[source_id] = origin
    if len(used) < 2:
        return frozenset()
    need = max(2, math.ceil(TOPIC_SHARE * len(used)))
    sources_using = Counter(word for words in used.values() for word in words)
    by_origin: dict[str, set[str]] = defaultdict(set)
    for source_id, words in used.items():
        by_origin[origin_of[source_id]] |= words
    return frozenset(
        word for word, n in sources_using.items() if n >= need and all(word in words for words in by_origin.values())
    )


def is_topic(term: str, topic: frozenset[str]) -> bool:
    """Whether every word of ``term`` (a word, a phrase, a quoted “term”) is a word of the story."""
    words = _WORD.findall(term.lower())
    return bool(words) and all(word in topic for word in words)


def _said_once(words: Sequence[VocabTerm]) -> tuple[VocabTerm, ...]:
    """Each meaning in full once: a second word of the same kind points back to the first (the
    soft-power handout printed the three-line meaning of scare quotes twice)."""
    first: dict[str, str] = {}
    shown = []
    for word in words:
        if word.meaning in first:
            word = replace(word, meaning=f"The same kind of word as {_quoted_term(first[word.meaning])} above.")
        else:
            first[word.meaning] = word.term
        shown.append(word)
    return tuple(shown)


def _quoted_term(term: str) -> str:
    return term if term.startswith("“") else f"“{term}”"


def words_in_use(
    words: Sequence[VocabTerm], loaded_terms: Sequence[VocabTerm], events: Sequence[HandoutEvent],
    tags: Mapping[str, SourceTag], sentences: pl.DataFrame,
) -> tuple[WordInUse, ...]:
    """For the key: each of the handout's words from this corpus (not the base terms) with a sentence
    using it, of a source its "found in" names — a lens term's first use there (``VocabTerm.uses``),
    a strongly felt word's excerpt."""
    lens = {t.term: t for t in loaded_terms}
    letters = {tag.letter: source_id for source_id, tag in tags.items()}
    text_of = {(s, i): t for s, i, t in sentences.select(SOURCE_ID, SENTENCE_INDEX, TEXT).iter_rows()}
    found: list[WordInUse] = []
    for word in words[len(BASE_VOCABULARY):]:
        named = [letter for letter in re.findall(r"\bSource ([A-Z]+)\b", word.found) if letter in letters]
        if word.term in lens:
            first = dict(lens[word.term].uses)
            sentence = next(((letter, text_of.get((letters[letter], first[letters[letter]]), ""))
                             for letter in named if letters[letter] in first), None)
        else:
            sentence = next(((x.source.letter, x.text) for e in events for x in e.excerpts
                             if x.source.letter in named and word.term in x.text.lower()), None)
        if sentence is not None and sentence[1]:
            found.append(WordInUse(word.term, sentence[0], around(sentence[1], word.term.strip("“”")), word.note, word.found))
    return tuple(found)


def _by_letter(source_ids: Sequence[str], tags: Mapping[str, SourceTag]) -> list[str]:
    known = [s for s in source_ids if s in tags]
    return sorted(known, key=lambda s: (len(tags[s].letter), tags[s].letter))


def some_sources(source_ids: Sequence[str], tags: Mapping[str, SourceTag], quoted: set[str], *, total: int) -> str:
    """``Source B, Source D and 40 other sources``: every source when there are at most
    ``MAX_NAMED``, else up to that many of those quoted in the excerpts, or the first in letter
    order (each name costs a letter and a row in the key); ``total`` counts every source meant."""
    ordered = _by_letter(source_ids, tags)
    few = len(ordered) <= MAX_NAMED and total <= MAX_NAMED
    named = ordered if few else [s for s in ordered if tags[s].letter in quoted][:MAX_NAMED] or ordered[:1]
    words = [f"Source {tags[s].letter}" for s in named]
    rest = total - len(named)
    if rest > 0:
        words.append(f"{rest} other source{'s' if rest != 1 else ''}")
    return join_words(words)


def _strong_words_in(events: Sequence[HandoutEvent]) -> list[tuple[str, float, str]]:
    """The strongly felt words of the excerpts, each with the letter of the first source using it outside quotation
    marks (``unquoted_strong_words``); not a word another source's excerpt of the same event uses too, in any form
    ("win" beside "winning the Iowa caucuses": the event's word, not one source's choice, check12m HB-36)."""
    seen: dict[str, tuple[str, float, str]] = {}
    for event in events:
        for excerpt in event.excerpts:
            others = " ".join(x.text for x in event.excerpts if x.source.letter != excerpt.source.letter)
            for word, value in unquoted_strong_words(excerpt.text):
                if not _a_form_of(word, others):
                    seen.setdefault(word, (word, value, excerpt.source.letter))
    return sorted(seen.values(), key=lambda item: (-abs(item[1]), item[0]))


def _a_form_of(word: str, text: str) -> bool:
    """Whether ``text`` uses ``word`` or an inflected form of it ("win": "wins", "winning"; "anger": "angered")."""
    stem = re.escape(word)
    return re.search(rf"(?i)\b{stem}(?:{re.escape(word[-1])})?(?:s|es|ed|d|ing|er|ers)?\b", text) is not None


def strongly_felt(text: str) -> list[tuple[str, float]]:
    """The words of ``text`` the handout may teach as strongly felt: rated at least ``STRONG_WORD``."""
    return [(word, value) for word, value in felt_words(text) if abs(value) >= STRONG_WORD]


"""A word as the tone score's list is looked up in (an apostrophe inside it: "don't")."""


def unquoted_strong_words(text: str) -> list[tuple[str, float]]:
    """The strongly felt words (``strongly_felt``) that ``text`` uses outside quotation marks: a word it prints only
    inside them is the quoted speaker's, not the source's, and the handout teaches words as the sources' own. Vox's
    "…, saying they 'hate' the United States." gave "hate" as Source A's word (check X HC-7): it is Trump's."""
    quotes = sentence_voices([text])[0].quotes
    if not quotes:
        return strongly_felt(text)
    outside = {m.group().lower() for m in SPLIT_WORD.finditer(text) if not any(a <= m.start() < b for a, b in quotes)}
    return [(word, value) for word, value in strongly_felt(text) if word in outside]


def felt_words(text: str) -> list[tuple[str, float]]:
    """Words of ``text`` in VADER's lexicon with their rating, strongest first: what moves its tone score,
    read as the score reads it (typography normalised, words in a sense without feeling set aside)."""
    # An own-voice sentence is scored without the clauses it reports; the tokens are VADER's own, so a name's
    # initial ("Robert L. Wilkins": "L." is no word VADER looks up) is not listed (check9g JJ-23).
    words = {w.lower(): rating for w, rating in rated_words(own_part(text))}
    return sorted(words.items(), key=lambda kv: (-abs(kv[1]), kv[0]))


def questions_and_answers(
    analysis: Analysis,
    events: Sequence[HandoutEvent],
    picker: ExcerptPicker,
    tags: dict[str, SourceTag],
    *,
    naming: Sequence[NamingDifference] = (),
) -> tuple[tuple[Question, ...], tuple[Answer, ...]]:
    builders: list[Callable[..., tuple[Question, Answer] | None]] = [
        _tone, _attribution, _naming, _omission, _only_one, _only_one_elsewhere, _who,
    ]
    pairs: list[tuple[Question, Answer]] = []
    for builder in builders:
        made = builder(
            analysis=analysis, events=events, picker=picker, tags=tags, naming=naming, number=len(pairs) + 1,
            lenses=analysis.report.manifest.lenses,
        )
        if made is not None:
            pairs.append(made)
    return tuple(q for q, _ in pairs), tuple(a for _, a in pairs)


def _tone(*, events: Sequence[HandoutEvent], number: int, **_: object) -> tuple[Question, Answer] | None:
    """Which excerpt sounds most positive: the students judge; the key gives the computer's scores and
    the words they react to, and says why one sentence each cannot show that a source is more positive. Asked of
    the first event shown with two scored excerpts worded differently (``worded_differently``) whose scores fall in
    different tone classes (``tone_differs``), else not asked: two neutral sentences give the question nothing to
    find (check12-reM BN-38, HB-33: "which is more positive?" of two near-identical facts scored 0.00 each)."""
    asked = next((e for e in events if tone_differs([x for x in e.excerpts if x.compound is not None])), None)
    if asked is None:
        return None
    event = asked
    excerpts = [x for x in event.excerpts if x.compound is not None]
    question = Question(
        number, "tone",
        f"Read the excerpts for Event {event.number}. Which one sounds the most positive? Which sounds the most "
        "negative? Underline the words that give you that feeling.", None,
    )
    scores = "; ".join(f"Source {x.source.letter} {_signed(x.compound)} ({tone_class(x.compound)})" for x in excerpts)
    quoting = [x for x in excerpts if x.attributed]
    answer = (
        "Answers will differ. The computer's tone scores rest on one sentence per source, so they cannot show that "
        "one source is more positive than another; use them to find the words that carry feeling, then ask whether "
        "the students agree with the computer."
    )
    notes = tuple(_reacts_to(x) for x in excerpts)
    endorsed = {x.source.letter: verb for x in quoting if (verb := endorsing_verb(x.sentence or x.text))}
    plain = [x for x in quoting if x.source.letter not in endorsed and felt_in_speech(x.sentence or x.text)]
    if plain:
        notes += (f"{_letters(plain)} {'quotes or reports' if len(plain) == 1 else 'quote or report'} someone: "
                  "the feeling there is the speaker's, not the outlet's.",)
    notes += tuple(
        f"Source {x.source.letter} quotes or reports someone, but {join_words([f'“{w}”' for w in own])} "
        f"{'is' if len(own) == 1 else 'are'} in the outlet's own words: that feeling is the outlet's, not the speaker's."
        for x in quoting if x.source.letter not in endorsed and (own := felt_in_own_words(x.sentence or x.text))
    )
    notes += tuple(f"Source {letter} reports someone, but with “{verb}” presents what it reports as established: the "
                   "feeling there is the outlet's as well as the speaker's." for letter, verb in endorsed.items())
    notes += ("Ask whose words carry the feeling: the outlet's, or a person it quotes?",)
    behind = (f"Tone score of each excerpt (−1 to +1, VADER): {scores}. The score calls a sentence positive from "
              f"{_signed(POSITIVE_THRESHOLD)}, negative from {_signed(NEGATIVE_THRESHOLD)}, as the briefing counts them.",)
    return question, Answer(question, behind, answer, notes)


def felt_in_speech(text: str) -> bool:
    """Whether every word the tone score reacts to (``felt_words``) in a sentence that quotes or reports someone stands
    in what it quotes or reports (or it has none): what "the feeling there is the speaker's" needs. Not when such a word
    stands in the outlet's own clause ("The Obama administration took aim … by mandating a 30 percent cut … -- despite
    claims …": "cut", the one scored word, is Fox's own, checkR EP-37), even beside others in the quotation ("Trump also
    drew fire … for saying some people … "want everything to be done for them …"": "fire", which made the score
    negative, is USA Today's, check U PR-76)."""
    return not felt_in_own_words(text)


def felt_in_own_words(text: str) -> list[str]:
    """The words the tone score reacts to (``felt_words``) that a sentence which quotes or reports someone has in the
    outlet's own words, in order, each once: outside its quotations, in a clause of its own, or, in a sentence read as
    speech throughout, before its reporting verb (the frame the outlet puts around what it reports: "Trump also drew
    fire … for saying …")."""
    voice = sentence_voices([text])[0]
    felt = {w for w, _ in felt_words(text)}
    framed = voice.attribution[0] if voice.attribution and voice.kind != OWN and not voice.clauses else 0
    spans = reporting_spans(text, voice)

    def own_at(at: int) -> bool:
        if any(x <= at < y for x, y in voice.quotes):
            return False
        return voice.kind_at(at) == OWN or at < framed or _left_out_of_quotation(text, voice, spans, at)

    own = [m.group().lower() for m in SPLIT_WORD.finditer(text) if m.group().lower() in felt and own_at(m.start())]
    return list(dict.fromkeys(own))


def _left_out_of_quotation(text: str, voice: Voice, spans: Sequence[tuple[int, int]], at: int) -> bool:
    """Whether the word at ``at``, outside quotation marks, stands in what a reporting verb reports alongside words that
    content quotes: the outlet marked which words are the speaker's, so one it left outside the marks is its own
    wording ("President Trump on Sunday called for illegal immigrants who “invade” the U.S. to be sent “back from where
    they came”": "illegal" is Townhall's, check AA DP-7). What a verb reports with no quotation in it ("…, adding that
    the plan would hurt families") stays the speaker's, paraphrased."""
    before = [b for _, b in spans if b <= at]
    if not before:
        return False
    start = max(before)
    stop = min((a for a, _ in spans if a > at), default=len(text))
    return any(
        start <= x and y <= stop and not quoted_title(text[x:y], text[:x]) for x, y in voice.quotes
    )


def tone_class(compound: float | None) -> str:
    """VADER's own reading of one score: positive at +0.05 and above, negative at −0.05 and below, else neutral (the
    thresholds of the briefing's positive and negative shares, Hutto & Gilbert 2014)."""
    if compound is None:
        return "not scored"
    return "positive" if compound >= POSITIVE_THRESHOLD else "negative" if compound <= NEGATIVE_THRESHOLD else "neutral"


def tone_differs(excerpts: Sequence[Excerpt]) -> bool:
    """Whether two of ``excerpts``, worded differently (``worded_differently``), fall in different tone classes
    (``tone_class``): a difference the score states, which a tone question can ask students to find."""
    return any(
        tone_class(a.compound) != tone_class(b.compound) and worded_differently([a, b])
        for i, a in enumerate(excerpts) for b in excerpts[i + 1:]
    )


@cache
def _attribution_cues() -> CueMatcher:
    return attribution_matcher(attribution_lexicon(Lenses()))


def endorsing_verb(text: str) -> str | None:
    """The verb, outside quotation marks, by which a sentence that reports someone presents what it reports as
    established (the attribution lexicon's ``verb.factive``: "confirms", "shows that", "revealed"), as written, in the
    outlet's own words (its reporting verb or the frame around it, not the reported words: "Brand Finance … said that
    the positive changes … highlighted the rise …" is Brand Finance's "highlighted"); None when it has none.
    check13-bundled SP-45: FPIF's "The … Index, released by Brand Finance, confirms what many have observed: China has
    ascended to the world's second most influential soft power nation" was said to carry the speaker's feeling, "not
    the outlet's": the outlet takes it up as its own."""
    voice = sentence_voices([text])[0]
    own = [(a, b) for a, b, kind in voice.clauses if kind == OWN] + ([voice.attribution] if voice.attribution else [])
    reported = [(a, b) for a, b, kind in voice.clauses if kind != OWN]
    return next((h.cue for h in _attribution_cues().find(text)
                 if h.category == "verb.factive" and not voice.quoted_at(h.start, h.end)
                 and (any(a <= h.start and h.end <= b for a, b in own)
                      or (voice.kind == OWN and not any(a < h.end and h.start < b for a, b in reported)))), None)


def _left_to_the_speaker(excerpt: Excerpt) -> str:
    """The key's word on the rated words the students see in an excerpt that its tone score leaves out because they
    stand in what an own-voice sentence quotes or reports (``own_part``), else "". Vox's "Since his weekend tweets,
    Trump has not backed down on …, saying they “hate” the United States." was scored on "backed" alone, and the key
    listed only "backed" beside an excerpt with "hate" in it (check AD, confusing item 5): the key says why."""
    whole = excerpt.sentence or excerpt.text
    scored = {w.lower() for w, _ in rated_words(own_part(whole))}
    shown = excerpt.text.lower()
    left = [
        w for w in dict.fromkeys(w.lower() for w, _ in rated_words(whole))
        if w not in scored and re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", shown)
    ]
    if not left:
        return ""
    listed = join_words([f"“{w}”" for w in left[:4]])
    return (
        f" {listed} {'is' if len(left) == 1 else 'are'} in the score's word list but not counted: "
        f"{'it stands' if len(left) == 1 else 'they stand'} in a part of the sentence that quotes or reports someone, "
        "which the score of the outlet's own words leaves out."
    )


def _reacts_to(excerpt: Excerpt) -> str:
    """The key's words behind one excerpt's tone score, read in the whole sentence scored: a word cut from the excerpt
    is listed as cut, a word left to the speaker it reports is named as left out (``_left_to_the_speaker``), and a score
    no word moves says so (check10h OB key Q1 listed Source A's word and none for Source B, whose +0.36 came from
    "advantage" in the part cut away)."""
    scored, left = _words_scored(excerpt), _left_to_the_speaker(excerpt)
    if left and scored.endswith(_NO_LISTED_WORD):
        scored = scored.removesuffix(_NO_LISTED_WORD) + "."  # its words are in the list, only not counted
    return scored + left


_NO_LISTED_WORD = " (no word of it is in the score's word list)."


def _words_scored(excerpt: Excerpt) -> str:
    """The first part of ``_reacts_to``: the words the score reacts to, or why there are none."""
    found = [w for w, _ in felt_words(excerpt.sentence or excerpt.text)[:4]]
    if not found:
        # a word set aside in what the sentence quotes is in the list too ("The Queen of Rage", a quoted title: page13)
        whole = excerpt.sentence or excerpt.text
        aside = list(dict.fromkeys(w.lower() for w in [*set_aside_words(own_part(whole)), *set_aside_words(whole)]))
        if aside:
            listed = join_words([f"“{w}”" for w in aside[:4]])
            return (
                f"Words the score reacts to in Source {excerpt.source.letter}: none. {listed} "
                f"{'is' if len(aside) == 1 else 'are'} in the score's word list but set aside here, as part of a name or "
                "in a sense without feeling."
            )
        return f"Words the score reacts to in Source {excerpt.source.letter}: none{_NO_LISTED_WORD}"
    shown = excerpt.text.lower()
    turned = turned_words(own_part(excerpt.sentence or excerpt.text))  # "not … a ban" pushes the score up (check14 TG-31)
    words = [f"“{w}”" + ("" if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", shown) else " (in the part of the sentence "
                                                                                          "cut from the excerpt)")
             + (" (negated here, so it counts the other way)" if w in turned else "")
             for w in found]
    return f"Words the score reacts to in Source {excerpt.source.letter}: {', '.join(words)}."


SAME_WORDING = 0.8
"""Share of their words two excerpts must have in the same order (difflib's ratio over lower-cased words) to be
read as one wording: the same quotation printed by two outlets ("I believe that, based upon the interview he gave,
…" and "I believe that based upon the interview that he gave …") differs by a comma or a word, and its two tone
scores are one score. Excerpts that tell the event in words of their own share far fewer."""


def worded_differently(excerpts: Sequence[Excerpt]) -> bool:
    """Whether two of ``excerpts`` (from different sources) word the event differently: a tone question asks which
    sounds more positive, which two printings of one quotation cannot answer (check8-new: both handouts asked it
    of Thibodeau's and Romney's words quoted word for word by two outlets, key "Source B +0.77; Source C +0.77").
    What is compared is what the tone score reads (``scored_wording``): one quotation framed by different words of
    attribution is one wording (check11k VF Q1: “He is not welcome to Mexico,” "Fox told CNN" / "Fox said in an
    interview on CNN", −0.36 each)."""
    words = [(x.source.letter, re.findall(r"[a-z0-9]+", scored_wording(x.text).lower().replace("’", "'"))) for x in excerpts]
    return any(
        a != b and difflib.SequenceMatcher(None, wa, wb, autojunk=False).ratio() < SAME_WORDING
        for i, (a, wa) in enumerate(words) for b, wb in words[i + 1:]
    )


def scored_wording(text: str) -> str:
    """The words of ``text`` that can move its tone score apart from another printing of the same quotation: the
    words inside its quotation marks when none outside them is in the score's word list (an attribution, "Fox said in
    an interview on CNN", carries no feeling), else all of it (an outlet's own felt words around the quotation)."""
    quotes = sentence_voices([text])[0].quotes
    if not quotes:
        return text
    outside = "".join(text[b:a] for (_, b), (a, _) in zip([(0, 0), *quotes], [*quotes, (len(text), len(text))], strict=True))
    return text if rated_words(outside) else " ".join(text[a:b] for a, b in quotes)


def _attribution(
    *, events: Sequence[HandoutEvent], number: int, lenses: Lenses, **_: object
) -> tuple[Question, Answer] | None:
    """Who the claim comes from, where one excerpt attributes a fact another states. ``lenses``: the report's lexicon
    extensions, so an excerpt hedged by a word of the report's own ``[lenses.certainty]`` list is no plain statement,
    as its certainty lens counts it (the key read the packaged list only)."""
    for event in events:
        # "states it as a fact" only of an excerpt that names no speaker anywhere: not one whose main clause is
        # the outlet's but which reports someone in a joined clause ("…, while Democrats vowed to block …"); "tells
        # you who the claim comes from" only of one that attributes the fact itself, not a phrase quoted within the
        # outlet's telling of it (check10-recheckI KG-R6: the photo was Fox's description, "went too far" Griffin's);
        # nor "states it as a fact" of one that hedges it as the certainty lens reads hedges ("… apparently secretly
        # recorded …", check-S OM-71: the briefing cited that sentence as a hedge)
        # and never against the briefing's reading of the event (``Excerpt.voice``, as its panel and the key's Voice
        # column print it: check Z IR-4)
        stated = [
            x for x in event.excerpts
            if not x.attributed and names_no_speaker(x.text) and not hedged(x.sentence or x.text, lenses)
            and x.voice in ("", STATES)
        ]
        said = [
            x for x in event.excerpts
            if x.attributed and attributes_fact(x.sentence or x.text, [s.sentence or s.text for s in stated])
            and x.voice in ("", ATTRIBUTES)
        ]
        if said and stated:
            a, b = said[0], stated[0]
            question = Question(
                number, "attribution",
                f"In Event {event.number}, Source {a.source.letter} tells you who the claim comes from. Source "
                f"{b.source.letter} states it as a fact. Circle the words that show who is speaking. Why does this matter?",
                None,
            )
            behind = (f"Attributed (a reporting verb or phrase, a quotation, or a work cited by author and year): "
                      f"{_letters(said)}. Stated in the outlet's own "
                      f"voice: {_letters(stated)}.",)
            answer = (f"Source {a.source.letter} names a speaker or source, so readers can judge who is talking. "
                      f"Source {b.source.letter} asks readers to trust the outlet itself.")
            notes = ("Stating a claim as fact is not wrong when it is well known; ask whether this claim is.",)
            return question, Answer(question, behind, answer, notes)
    return None


def _naming(*, naming: Sequence[NamingDifference], tags: dict[str, SourceTag], picker: ExcerptPicker, analysis: Analysis,
            events: Sequence[HandoutEvent], number: int, **_: object) -> tuple[Question, Answer] | None:
    """A real naming difference from the naming lens (``handout_lenses``), if any survives blind mode."""
    hidden = picker.hidden
    for difference in naming:
        forms = [(tags[s], name) for s, name in difference.forms if s in tags]
        if len(forms) < 2 or (hidden and any(mentions(n, hidden) for _, n in [*forms, ("", difference.thing)])):
            continue
        if difference.kind == "event-word":
            elsewhere = [(tags[s], words) for s, words in difference.elsewhere if s in tags]
            return _felt_word(difference, forms, elsewhere, analysis, picker, events, number, headlines=list(tags.values()))
        (ta, na), (tb, nb) = forms[:2]
        question = Question(
            number, "naming",
            f"Source {ta.letter} calls {difference.thing} “{na}”. Source {tb.letter} calls it “{nb}”. What does each "
            "choice suggest?",
            None,
        )
        behind = (difference.measure or f"Naming lens: {difference.thing} is named “{na}” and “{nb}”.",
                  f"Names compared: Source {ta.letter} “{na}”, Source {tb.letter} “{nb}”. Forms of one name "
                  "(“US” and “United States”, an acronym, a spelling, a title) are not counted as a difference.")
        answer = "Each name carries a view: compare what a reader would feel or assume from each word."
        return question, Answer(question, behind, answer, ("Names can be neutral, friendly or hostile.",))
    return None


def _felt_word(difference: NamingDifference, forms: list[tuple[SourceTag, str]], elsewhere: list[tuple[SourceTag, str]],
               analysis: Analysis, picker: ExcerptPicker, events: Sequence[HandoutEvent],
               number: int, headlines: Sequence[SourceTag] = ()) -> tuple[Question, Answer] | None:
    """One source's loaded word about an event the others report in other words. Where another source uses a word of
    the same kind in its own voice elsewhere in its text (``elsewhere``), the key lists it and does not say the other
    sources' words lack that feeling: the same act may be told in a sentence the event search did not link. Where
    another source's headline (``headlines``: the sources as students see them, their titles printed on the handout)
    has a form of the word, the question and the key say so: "only Source C uses it" was false beside Source B's
    headline "Trump slams …" (check U PR-77)."""
    (tag, word), others = forms[0], forms[1:]
    excerpt = None
    if difference.sentence is not None:
        source_id, index = difference.sentence
        rows = analysis.events.claims.filter((pl.col("source_id") == source_id) & (pl.col("sentence_index") == index))
        if rows.height:
            excerpt = picker.excerpt(rows.row(0, named=True))
            if word.lower() not in excerpt.text.lower():
                excerpt = None  # trimmed away: the question would point at a word students cannot see
    if excerpt is None:
        return None
    quoted = {x.source.letter for e in events for x in e.excerpts}
    ranked = sorted(others, key=lambda form: (form[0].letter not in quoted, len(form[0].letter), form[0].letter))
    others = sorted(ranked[:MAX_NAMED], key=lambda form: (len(form[0].letter), form[0].letter))
    more = len(ranked) - len(others)
    who = join_words([f"Source {t.letter}" for t, _ in others] + ([f"{more} other source{'s' if more != 1 else ''}"] if more else []))
    headlined = [(t, form) for t in headlines if t.letter != tag.letter and (form := word_form_in(word, t.title))]
    in_headlines = join_words([f"Source {t.letter}'s headline says “{form}”" for t, form in headlined]) if headlined else ""
    question = Question(
        number, "naming",
        f"Source {tag.letter} uses the word “{word}” about the event in the sentence below. "
        f"{who} {'reports' if len(ranked) == 1 else 'report'} "
        f"the same event in other words{f' in the text ({in_headlines})' if headlined else ''}. "
        "Why might a writer pick this word? Give a more neutral word.",
        excerpt,
    )
    rating = dict(felt_words(word)).get(word.lower())
    behind = (
        difference.measure,
        f"“{word}” is a loaded-language cue" + (f", and the tone score's word list rates it {rating:+.1f} (−4 to +4)".replace("-", "−", 1)
                                               if rating else "")
        + (f"; only Source {tag.letter} uses it in a sentence about this event, but {in_headlines}." if headlined
           else f"; only Source {tag.letter} uses it about this event."),
        *(f"Source {t.letter}'s own words about it: {words}." for t, words in others),
        *(f"Source {t.letter}'s own loaded words of the same kind, in sentences not linked to this event: {words}."
          for t, words in elsewhere),
    )
    if elsewhere:
        same = join_words([f"Source {t.letter}'s {join_words([f'“{w}”' for w in words.split(', ')])}" for t, words in elsewhere])
        kind = ("a loaded word of the same kind, in a sentence" if sum(len(w.split(", ")) for _, w in elsewhere) == 1
                else "loaded words of the same kind, in sentences")
        answer = (f"“{word}” carries a feeling. So may {same}: {kind} not linked to this event, that may tell the same "
                  "act. Good answers say what the word makes a reader think or feel, and whether the facts in the "
                  "sentence back it up.")
    else:
        answer = (f"“{word}” carries a feeling that the other sources' words about this event, listed above, do not. "
                  "Good answers say what the word makes a reader think or feel, and whether the facts in the sentence back it up.")
    notes = ("The other sources' own words about the event are listed above; other sentences of theirs may tell the "
             "same act: ask students to find how they put it.",
             "A felt word is not a false word, and it may be a quoted speaker's rather than the outlet's.")
    return question, Answer(question, behind, answer, notes)


def word_form_in(word: str, text: str) -> str | None:
    """The first word of ``text`` that is a form of ``word`` (the same stem: "slams" of "slammed"), as written, else None."""
    wanted = stem(word.lower())
    return next((w for w in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", text) if stem(w.lower()) == wanted), None)


def _omission(*, analysis: Analysis, events: Sequence[HandoutEvent], picker: ExcerptPicker, tags: dict[str, SourceTag],
              number: int, **_: object) -> tuple[Question, Answer] | None:
    """An event some of the sources quoted in the excerpts report and others do not (only those
    are named: students have read them). A source is said not to report it only when the search of
    its origin found nothing close (``EventAnalysis.omissions``): else it may say it in other words."""
    claims = analysis.events.claims
    omitted = set(analysis.events.omissions.select("origin", "event").iter_rows())
    unnamed = analysis.events.absences.select("origin", "event", "absent").rows()
    shown = {e.number for e in events}
    quoted = {x.source.letter for e in events for x in e.excerpts}
    pool = [s for s, tag in tags.items() if tag.letter in quoted]
    candidates = analysis.events.events.filter(pl.col("n_origins") >= 2)
    ranked = sorted(candidates.iter_rows(named=True), key=lambda r: (r["event"] in shown, r["event"]))
    in_pool = event_members(claims).filter(pl.col("source_id").is_in(pool))
    origin_of = {s.id: s.origin for s in analysis.sources}
    for row in ranked:
        members = in_pool.filter(pl.col("event") == row["event"]).sort("source_id", "sentence_index")
        present = set(members.get_column("source_id").to_list())
        missing = sorted(
            (tags[s] for s in pool if s not in present and (origin_of[s], row["event"]) in omitted),
            key=lambda t: (len(t.letter), t.letter),
        )
        if not missing or len(present) < 2:
            continue
        excerpt: Excerpt = picker.best(members, row["terms"])
        reporting = sorted((tags[s] for s in present), key=lambda t: (len(t.letter), t.letter))
        who = join_words([f"Source {t.letter}" for t in missing])
        question = Question(
            number, "omission",
            f"{join_words([f'Source {t.letter}' for t in reporting])} report this. {who} {'does' if len(missing) == 1 else 'do'} "
            f"not. Give one reason why a source might leave it out.",
            excerpt,
        )
        left_out = {origin_of[s] for s in pool if s not in present and (origin_of[s], row["event"]) in omitted}
        texts = members.get_column("text").to_list()
        absent = sorted({display_anchor(a, texts) for o, e, found in unnamed if e == row["event"] and o in left_out for a in found})[:3]
        names = f", and none of them names {join_words([f'“{a}”' for a in absent], conjunction='or')}" if absent else ""
        behind = (f"The event of the excerpt above ({event_id(row['event'])} in events.json): matched in "
                  f"{row['n_sources']} sources in all, none in {who}; a search of "
                  f"{'its' if len(missing) == 1 else 'their'} sentences found nothing close (events.json lists the nearest){names}.",)
        answer = ("Possible reasons: the article is about another part of the story; it is shorter; the fact does "
                  "not fit the story it wants to tell; or it was written before the news came out.")
        notes = ("Check the missing source's text yourself before class: the computer may have missed a paraphrase.",
                 "Leaving something out is not always bias; ask students what evidence would show that it is.")
        return question, Answer(question, behind, answer, notes)
    return None


def _only_one_rows(
    analysis: Analysis, picker: ExcerptPicker, tags: dict[str, SourceTag],
) -> tuple[list[dict[str, Any]], dict[int, list[str]] | None]:
    """The claims a "Only Source X makes this claim" question may ask about, most check-worthy first, with the anchors
    no other source names (by claim id; None when the claims carry no anchors)."""
    claims = analysis.events.claims
    # "only Source C": the absence search found nothing close in any other source, its own origin's
    # included (``alone``), and the claim is its origin's alone (``unique``), never possibly shared
    own = claims.filter((pl.col("state") == UNIQUE) & pl.col("alone") & pl.col("source_id").is_in(list(tags)))
    ranked = own.sort(["checkworthiness", "source_id", "sentence_index"], descending=[True, False, False])
    hidden = picker.hidden
    # its anchors are its origin's alone; the question says no other source names them: only those that none does
    by_source = _anchors_no_other_source_names(claims, ranked.head(50)) if "anchors" in claims.columns else None
    rows = [r for r in ranked.head(50).iter_rows(named=True)
            if not (hidden and mentions(r["text"], hidden)) and (by_source is None or by_source[r["claim_id"]])]  # fmt: skip
    return rows, by_source


def _only_one(*, analysis: Analysis, picker: ExcerptPicker, tags: dict[str, SourceTag], number: int,
              **_: object) -> tuple[Question, Answer] | None:
    rows, by_source = _only_one_rows(analysis, picker, tags)
    return _check(rows[0], by_source, picker, tags, number) if rows else None


def _only_one_elsewhere(*, analysis: Analysis, events: Sequence[HandoutEvent], picker: ExcerptPicker,
                        tags: dict[str, SourceTag], number: int, **_: object) -> tuple[Question, Answer] | None:
    """With no event on the pages, a claim only a source of another origin makes than the first such question's: the
    pages then quote two sources to read side by side. With no event two origins share, the "only Source X" question
    was the one to quote a source, and the DB handout (check AD, confusing 2) showed one source under "Pick two
    sources"."""
    if events:
        return None
    rows, by_source = _only_one_rows(analysis, picker, tags)
    origin_of = {s.id: s.origin for s in analysis.sources}
    other = next((r for r in rows[1:] if origin_of[r["source_id"]] != origin_of[rows[0]["source_id"]]), None)
    return _check(other, by_source, picker, tags, number) if other else None


def _check(row: dict[str, Any], by_source: dict[int, list[str]] | None, picker: ExcerptPicker, tags: dict[str, SourceTag],
           number: int) -> tuple[Question, Answer]:
    """The question "Only Source X makes this claim …" about ``row``, with its key."""
    excerpt: Excerpt = picker.excerpt(row)
    letter = tags[row["source_id"]].letter
    question = Question(
        number, "check",
        f"Only Source {letter} makes this claim. How could you check if it is true? Name one place you would look.",
        excerpt,
    )
    named = distinct_anchors(display_anchor(a, [row["text"]]) for a in (by_source or {}).get(row["claim_id"], []))[:3]
    # each is named by no other source: "or" (check13-bundled key Q5 printed "names “Peter Navarro” and “2011”")
    names = f", and none of them names {join_words([f'“{a}”' for a in named], conjunction='or')}" if named else ""
    behind = ("A search of every other source found nothing close to this claim (events.json lists the "
              f"nearest sentence of each){names}. {features_found(row, named, unnamed=_unnamed_speaker(picker, row))}",)
    notes = ("A claim made by one source only is not false; it is not yet confirmed.",)
    return question, Answer(question, behind, how_to_check(row, named), notes)


FEATURE_KINDS = (("entities", "names"), ("quantities", "numbers"), ("dates", "dates"), ("attributed", "a speaker it is attributed to"))
"""The kinds of feature a claim's check-worthiness counts (``claims.candidates.claim_frame``: one point for each kind present),
as the key names them."""


def _unnamed_speaker(picker: ExcerptPicker, row: Mapping[str, Any]) -> bool:
    """The claim's words are attributed to no one it names ("It's been said that …"), as the attribution lens reads it."""
    said = picker.speakers.said(row["source_id"], row["sentence_index"]) if picker.speakers else None
    return said is not None and said.unnamed


def features_found(row: Mapping[str, object], named: Sequence[str] = (), *, unnamed: bool = False) -> str:
    """The key's sentence on what makes the claim check-worthy: the kinds it has, named, so the count printed is the count of
    what it names (check11k VF key Q2 said "2 check-worthy features" of a sentence naming four presidents and a speaker:
    the 2 were kinds, names and a speaker). ``named``: what the key says no other source names; a name it is (a policy
    named in quotation marks, "don't ask, don't tell", is no entity of the claim frame, and the key said the claim had
    none of the kinds right after naming it). ``unnamed``: the claim is attributed to no one it names ("It's been said
    that …"): no speaker to count, and the key says so (check13-bundled TA-19 key Q5 said "a speaker it is attributed
    to")."""
    names = [a for a in named if not _date_or_number(a)]
    # the claim frame's entities are capitalised runs: "July 2016" is one, and a date, not a name (check W TG-34)
    entities = [e for e in cast("Sequence[str]", row.get("entities") or []) if not _date_or_number(e.lstrip("^"))]
    found = [word for column, word in FEATURE_KINDS
             if (column == "entities" and (entities or names))
             or (column != "entities" and row.get(column) and not (column == "attributed" and unnamed))]
    kinds = join_words([word for _, word in FEATURE_KINDS], conjunction="or")
    aside = " (it is attributed, but to no named speaker)" if unnamed and row.get("attributed") else ""
    if not found:
        return f"It has none of the {len(FEATURE_KINDS)} kinds of feature that make a claim check-worthy ({kinds}){aside}."
    return (f"Of the {len(FEATURE_KINDS)} kinds of feature that make a claim check-worthy ({kinds}), it has "
            f"{len(found)}: {join_words(found)}{aside}.")


def _date_or_number(anchor: str) -> bool:
    """Whether what the key says no other source names is a date or a figure, every word of it ("July 2016", "$41.6
    million", "Wednesday"), not a name: the key said "Under the policy announced in July 2016, …" had "names and dates"
    (check W TG-34), counting its one date twice."""
    words = re.findall(r"[^\W_][\w.,'’$%-]*", anchor)
    dated = set(dates(anchor))
    return bool(words) and all(w.lower() in dated or w.lower() in _NUMBER_WORDS or any(c.isdigit() for c in w) for w in words)


_NUMBER_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "percent", "per", "cent"})


QUOTE_SEARCH_WORDS = 8
"""Words of a quotation the key offers to search for: enough to find the remark, few enough to be typed."""


def how_to_check(row: Mapping[str, Any], named: Sequence[str]) -> str:
    """The key's suggested answer for a claim one source alone makes. A quotation is checked by its own words and its
    speaker, where it was first said: check11k VF key Q2 offered “President Washington”, “President Jefferson” and
    “President Kennedy” to check Vicente Fox's remark “I cannot envision him sitting in that chair, …”, which finds
    history, not the remark. Any other claim by its key facts: what no other source names first (``named``), then its
    speakers, figures and names."""
    text = str(row["text"])
    quoted = quoted_words(text)
    if quoted:  # who said them: the speaker, else a name no other source has ("U.S. Department of State … described it as")
        who = _search_terms(row.get("speakers") or [], limit=1, news=True) or _search_terms(named, limit=1)
        search = [f"“{quoted}”", *(f"“{s}”" for s in who)]
        return ("Search other trusted sources for the quoted words and who said them (for example "
                f"{join_words(search)}), and look for where they were first said or written: an interview, a speech, a "
                "statement, a post or a document.")
    search = _search_terms([*named, *(display_anchor(a, [text]) for a in row.get("anchors") or []),
                            *row["speakers"], *(as_written(q, [text]) for q in row["quantities"]),
                            *(e for e in row["entities"] if len(e) > 3)])
    return ("Search for the claim's key facts in other trusted sources"
            + (f" (for example {join_words([f'“{s}”' for s in search])})" if search else "")
            + ", and look for the first, original report or data.")


def quoted_words(text: str) -> str:
    """The opening words of the longest quotation in ``text`` (five words or more, not a quoted title), up to its first
    clause break or ``QUOTE_SEARCH_WORDS`` words; empty when it quotes no such words."""
    spans = [text[a:b].strip(_EDGE) for a, b in sentence_voices([text])[0].quotes]
    spans = [q for q in spans if len(q.split()) >= QUOTE_WORDS and not quoted_title(q)]
    if not spans:
        return ""
    longest = max(spans, key=lambda q: len(q.split()))
    head = re.split(r"[,;:.!?—–]", longest)[0].split()
    words = (head if len(head) >= QUOTE_WORDS else longest.split())[:QUOTE_SEARCH_WORDS]
    while len(words) > QUOTE_WORDS and words[-1].strip(_EDGE).lower() in stopwords():
        words.pop()  # "… contact between people of": a search typed to a function word
    return " ".join(words).strip(_EDGE)



_EDGE = " \t\"'“”‘’«»()[],.;:!?"


def _search_terms(candidates: Iterable[str], limit: int = 3, *, news: bool = False) -> list[str]:
    """What the key offers to search for a one-source claim: its anchors first (what no other source names), then its
    speakers, figures and names, each as a reader types it — without the quote marks, commas and possessives a
    name was cut with ("China’" → "China", "26," → "26", "Obama's" → "Obama") — once, and never a function word
    a capital made look like a name ("It's" opening a sentence: check8 TA-18), nor a part of a term offered ("26" after
    "March 26"), nor one word of news at large (``terms.word_of_news``: check10h BT key "for example “Americans”"): a
    search for it finds all news, not this claim. ``news``: keep such a word, as a speaker's name searched beside the
    words of the speaker's quotation ("Fox")."""
    terms: dict[str, str] = {}
    for candidate in candidates:
        term = POSSESSIVE.sub("", candidate.strip(_EDGE)).strip(_EDGE)
        if (len(term) > 1 and term.lower() not in stopwords() and (news or not word_of_news(term))
                and not mentions(" | ".join(terms.values()), [term])):
            terms[term.lower()] = term
    return list(terms.values())[:limit]


def _anchors_no_other_source_names(claims: pl.DataFrame, asked: pl.DataFrame) -> dict[int, list[str]]:
    """Per claim of ``asked``: its anchors (names, figures no other origin has) that no other *source* names either —
    "Only Source C" is said of a source, and a source of C's own origin may name them (Mattis: HuffPost's "Putin" is
    in the New York Times' "President Vladimir V. Putin of Russia")."""
    texts, sources = claims.get_column("text").to_list(), claims.get_column("source_id").to_list()
    anchors = {claim: list(found or []) for claim, found in asked.select("claim_id", "anchors").iter_rows()}
    index = AnchorIndex(texts, sources, [figure_values(q) for q in claims.get_column("quantities").to_list()],
                        anchor_words([a for found in anchors.values() for a in found]))  # fmt: skip
    everyone = set(sources)
    source_of = dict(zip(claims.get_column("claim_id").to_list(), sources, strict=True))
    return {claim: absent_anchors(found, index, everyone - {source_of[claim]}) for claim, found in anchors.items()}


def _who(*, analysis: Analysis, tags: dict[str, SourceTag], number: int, **_: object) -> tuple[Question, Answer] | None:
    """Who published the sources, and how that may shape what each says. Asked of the sources the pages quote: of the
    one, when they quote one (check AD, confusing 2: "Pick two sources" under a page that shows one)."""
    blind = all(tag.origin is None for tag in tags.values())  # blind tags carry no origin
    shown = sorted(tags.values(), key=lambda t: (len(t.letter), t.letter))
    alone = f"Source {shown[0].letter}" if len(shown) == 1 else ""
    if blind:
        text = (f"Who do you think published {alone or 'each source'}: a government news service, a news company, a "
                f"scholar, or a writer giving an opinion? Write your guess and one clue{'' if alone else ' for each'}.")
        answer = "See the source list at the top of this key."
        notes = ("Reveal the sources after students guess. Ask which clues were strong and which misled them.",)
    else:
        text = (f"Look at who published {alone}. How might that shape what it chooses to say?" if alone else
                "Pick two sources. How might who published each one shape what it chooses to say?")
        answer = "Answers will differ; good answers link a choice in the text to who published it and why."
        notes = ("Point students to the lateral-reading activity to find out more about each publisher.",)
    question = Question(number, "who", text, None, lines=4)
    behind = (f"{len(analysis.sources)} sources from {len({s.origin for s in analysis.sources})} origins.",)
    if 0 < len(tags) < len(analysis.sources):  # students see only the sources the pages quote (check10h OB key Q3)
        behind = (f"{len(analysis.sources)} sources from {len({s.origin for s in analysis.sources})} origins measured; "
                  f"the handout shows the {len(tags)} it quotes ({join_words([f'Source {t.letter}' for t in shown])}), "
                  f"so students {'answer for it' if alone else 'pick from these'}.",)
    return question, Answer(question, behind, answer, notes)


def _signed(value: float | None) -> str:
    return "N/A" if value is None else signed(value)


def _letters(excerpts: Sequence[Excerpt]) -> str:
    return join_words([f"Source {x.source.letter}" for x in excerpts])
