"""Attribution lens: who is quoted or cited, with which reporting verb, and how much is asserted.

A statement (a sentence of five or more words that is not a question) is *attributed*
when it is not in the outlet's own voice (``contrast.metrics.voice``): mostly a quotation
(including one running over from an earlier sentence), or reported speech — a reporting
verb used as one ("said", "according to", "accused … of", "vowed to"; not "the index added
0.5 percent", not "if accused of"), a colon attribution ("Foreign media: …", the headline
form), or a direct quotation of five or more words. Otherwise the outlet *asserts* it.
The speaker of an attributed statement is an anonymous source when the sentence marks one
("declined to be identified", "requested anonymity", "people briefed on the matter"), else
the role noun nearest the reporting verb, outside quotations and not its addressee ("told
reporters"): an official, an expert, the media, business, ordinary people, or unspecified.
Roles are read as titles in any case ("said Press Secretary Sarah Sanders") and, where the
kind depends on whose role it is, by the words before them (``ROLE_CONTEXT``: Hong Kong's
chief executive is an official). The tone of attributed statements per speaker (VADER)
shows whose voice carries praise or blame. Lexicon: ``contrast/resources/lexicons/attribution.toml``.
"""

from __future__ import annotations

import re

import polars as pl

from contrast.config import Lenses
from contrast.metrics.cues import EVIDENCE_SCHEMA, CueMatcher, Hit, matcher
from contrast.metrics.figures import Measure
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
)
from contrast.metrics.registry import Corpus, LensSpec, MeasureGroup, MetricFrames, metric
from contrast.metrics.vader import tone
from contrast.metrics.voice import OWN, Voice, quoted_title, reporting_spans, sentence_voices, source_voices
from contrast.resources import Lexicon, lexicon
from contrast.schema import SENTENCE_INDEX, SOURCE_ID, TEXT

LENS = "attribution"
MIN_WORDS = 5
UNSPECIFIED = "speaker.unspecified"


def attribution_labels(lenses: Lenses) -> dict[str, str]:
    """Labels of the lens's measures: lexicon categories, the attributed share, tone per kind of speaker."""
    labels = {"attributed": "Statements attributed", UNSPECIFIED: "Unspecified speaker", **lexicon_labels(LENS)}
    for kind in [c.id for c in lexicon(LENS).categories if c.id.startswith("speaker.")] + [UNSPECIFIED]:
        labels[f"tone.{kind}"] = f"Tone quoting: {labels[kind].split(' and ')[0].lower()}"
    return labels


SPEC = LensSpec(
    LENS,
    title="Whose voice",
    question="Who is quoted or cited, with which reporting verb, and how much does each origin assert in its own voice?",
    method="A statement (five or more words, not a question) is attributed when it is not in the outlet’s own voice: "
    "mostly a quotation (also one running over from an earlier sentence), or reported speech — a reporting verb used "
    "as one (“said”, “according to”, “accused … of”; not “the index added 0.5%”, not “if accused of”, not “adds to "
    "our understanding”, not the noun of “some claims that”, not a self-presentation, “cast himself as”), a colon "
    "attribution (“Foreign media: …”) or a direct quotation of five or more words. Its speaker is an anonymous source "
    "when the sentence marks one (“declined to be identified”, “requested anonymity”), else the role noun nearest the "
    "reporting verb outside the quotation and not its addressee (“told reporters”); roles are read with their context "
    "(“press secretary” is an official, Hong Kong’s “chief executive” too, a company’s is business). Speaker and verb "
    "shares are of attributed statements; tone is VADER’s mean compound score of what each kind of speaker is made "
    "to say. " + BOOTSTRAP_METHOD,
    section=40,
    lexicon=LENS,
    labels=attribution_labels,
    chart="Share of statements attributed, and who is quoted",
    headlines=("attributed", "speaker.media", "speaker.official", "speaker.expert"),
    groups=(
        MeasureGroup("Who speaks: share of each origin's attributed statements.", ("attributed", "speaker.")),
        MeasureGroup("Reporting verbs: share of attributed statements using each kind of verb.", ("verb.",)),
        MeasureGroup("Tone of what each kind of speaker is made to say (VADER, −1 to +1).", ("tone.",), measured_only=True),
    ),
    any_cue=("attributed", "tone."),
    highlight_all=True,
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
_ADDRESSEE = re.compile(
    r"(?i)\b(?:told|tell|tells|telling|said\s+to|speaking\s+to|spoke\s+to)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}$"
)
"""Who a speaker talks to is not the speaker ("told reporters", "told the Global Times newspaper")."""


def attribute(sentence: str, hits: list[Hit], voice: Voice | None = None) -> tuple[bool, str | None, list[Hit]]:
    """(attributed?, speaker kind, the hits that show it) for one sentence.

    Attributed means not in the outlet's own voice (``contrast.metrics.voice``: a quotation or
    reported speech); ``voice`` is the sentence's, read with its neighbours (else alone).
    Reporting verbs count only where they report ("added 0.5 percent" adds). The speaker is an
    anonymous source when one is marked ("declined to be identified"), else the speaker cue
    nearest the reporting verb that is not its addressee ("told reporters"), outside quotations.
    """
    voice = voice if voice is not None else sentence_voices([sentence])[0]
    if voice.kind == OWN:
        return False, None, []
    reporting = reporting_spans(sentence, voice)
    outside = [h for h in hits if not voice.quoted_at(h.start, h.end)]
    verbs = [h for h in outside if h.category.startswith("verb.") and any(_overlaps(h, span) for span in reporting)]
    if not verbs and voice.attribution is None and not voice.quotes:
        return True, UNSPECIFIED, []  # it continues what the sentence before reported: the speaker is named there
    anchor = verbs[0] if verbs else Hit("", "", *(voice.attribution or (len(sentence), len(sentence))))
    said = _content_start(sentence, anchor)
    after = _trailing_start(sentence, anchor)
    speakers = [
        _role(sentence, h) for h in outside
        if h.category.startswith("speaker.") and not _ADDRESSEE.search(sentence[: h.start]) and after <= h.start < said
    ]
    anonymous = [h for h in speakers if h.category == "speaker.anonymous"]
    if anonymous:
        return True, "speaker.anonymous", sorted([anonymous[0], *verbs], key=lambda h: h.start)
    if not speakers:
        titled = _titled_subject(sentence, voice, anchor)
        return (True, "speaker.media", sorted([titled, *verbs], key=lambda h: h.start)) if titled else (True, UNSPECIFIED, verbs)
    speaker = min(speakers, key=lambda s: (_gap(s, anchor), s.start))
    return True, speaker.category, sorted([speaker, *verbs], key=lambda h: h.start)


_THAT = re.compile(r"(?i)^(?:\s+[\w'’-]+){0,6}?\s+that\b")
"""The "that" opening what is said, at most six words after the verb ("said in an editorial that")."""
_INVERTED = re.compile(
    r"^\s*(?!(?:they|he|she|it|we|i|you|there|this|these|those)\b)(?:[\w.'’-]+\s+){0,9}?[\w.'’-]+\s*"
    r"(?:[,;:]|[.!?][\"”’']*\s*$|$)",
    re.IGNORECASE,
)
"""After a verb of saying, a short phrase that ends the clause and opens with no subject pronoun: the
speaker put after the verb ("…," said press secretary Sarah Sanders.", "said an article in the China Daily")."""
_PREFIXED = re.compile(r"(?i)^(?:according|in\s)")
_TRAILING = re.compile(r",\s*(?:[\w.'’-]+\s+){0,6}$")
"""Before a verb of saying at the end of a sentence, the speaker after the last comma ("…, Li added.")."""


def _content_start(sentence: str, verb: Hit) -> int:
    """Where what is said begins: after "<reporting verb> that" ("stated that China opens its doors to
    foreign tourists": the tourists are what is said, not who says it; "said in an editorial that"), or right after a verb of
    saying followed by its clause ("Others say they are turning to Chinese consumers"); not after
    "according to" (the speaker follows it) nor where the speaker follows the verb ("said press
    secretary Sarah Sanders."); the sentence's end otherwise."""
    if not verb.end:
        return len(sentence) + 1
    that = _THAT.match(sentence[verb.end :])
    if that:
        return verb.end + that.end()
    if verb.category and not _PREFIXED.match(verb.cue) and not _INVERTED.match(sentence[verb.end :]):
        return verb.end
    return len(sentence) + 1


def _trailing_start(sentence: str, verb: Hit) -> int:
    """Where the speaker can begin: after the last comma before a verb of saying that closes the
    sentence ("… passed on to US customers …, Li added.": the customers are what is said); else 0."""
    if not verb.category or not re.match(r"\s*[.!?][\"”’']*\s*$", sentence[verb.end :]):
        return 0
    trailing = _TRAILING.search(sentence[: verb.start])
    return trailing.start() if trailing else 0


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
    return hit


def spoken(sentence: str, voice: Voice) -> str:
    """What a speaker is made to say in an attributed sentence: the words in quotation marks when it
    quotes (not a quoted title), else the whole sentence. "Without fail, Mr. Trump's adoring fans
    reply, “Mexico!”": the fans said “Mexico!”; "adoring" is the outlet's word about them."""
    said = [sentence[a:b] for a, b in voice.quotes if not quoted_title(sentence[a:b])]
    return " ".join(said) if said else sentence


def _gap(a: Hit, b: Hit) -> int:
    return max(0, b.start - a.end, a.start - b.end)


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
    for source_id, index, text in sentences.select(SOURCE_ID, SENTENCE_INDEX, TEXT).iter_rows():
        statement = len(text.split()) >= MIN_WORDS and not text.rstrip("”\"' )").endswith("?")
        attributed, kind, shown = attribute(text, cue_matcher.find(text), voices[index]) if statement else (False, None, [])
        evidence.extend((source_id, index, LENS, h.category, h.cue, h.start, h.end, None) for h in shown)
        # VADER scores attributed statements only; the tone of a kind is the score of what the kind said
        compound = tone(spoken(text, voices[index]))["compound"] if attributed else 0.0
        speaker = [float(kind == k) for k in kinds]
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
    return measured_part(LENS, table, attribution_measures(words), evidence_frame)


@metric(LENS, per_source=measure_lenses, part=PART, lens=SPEC)
def attribution(corpus: Corpus) -> MetricFrames:
    measures = attribution_measures(attribution_lexicon(corpus.lenses))
    return lens_result(corpus, LENS, measures, english_only(corpus, "Attribution"))
