"""Claims: the sentences that assert something, with what makes them check-worthy.

Questions, headings (no closing punctuation), fragments, bare citations and video captions
("X on how …") assert nothing a reader could compare across sources, so they are left out. The features kept
per claim — named entities, quantities, dates, attribution — are what fact-checkers
look for first (Hassan et al., 2017, ClaimBuster) and what the briefing explains links with.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import polars as pl

from contrast.claims.labels import string_lists
from contrast.claims.terms import sentence_terms, settle_names
from contrast.language import counted_words
from contrast.schema import SENTENCE_KEY, TEXT

MIN_WORDS = 6
_CLOSES = re.compile(r"[.!…。！][\"'”’)\]」』]*$|[\"”’」』]$")
_QUESTION = re.compile(r"[?？][\"'”’)\]」』]*$")
_CITATION = re.compile(r"\(\d{4}[a-z]?\)|\bdoi\b|https?://|\bet al\.|\bpp?\.\s?\d", re.IGNORECASE)
ATTRIBUTION = re.compile(
    r"\b(?:said|says|say|told|tells|according to|reported|reports|announced|stated|states|claimed|claims|warned|"
    r"argued|argues|noted|notes|added|accused|insisted|admitted|wrote|writes|believes?|quoted|cited|cautioned|"
    r"suggested|urged|vowed|pledged|denied|confirmed|acknowledged)\b|[“\"][^”\"]{12,}[”\"]",
    re.IGNORECASE,
)


_REPORTING_VERB = (
    r"(?:said|says|say|told|tells|stated|states|added|claimed|claims|warned|argued|argues|noted|notes|wrote|writes|"
    r"announced|accused|insisted|admitted|cautioned|suggested|urged|vowed|pledged|denied|confirmed|acknowledged|"
    r"reported|reports)"
)
REPORTING_VERB = _REPORTING_VERB
"""The verbs that put a claim in someone's mouth (a regex alternation, no groups)."""
_SPEAKER_AFTER = re.compile(
    r"^(?:['’]s?)?(?:,[^,“”\"]{1,60},)?\s+(?:[a-z]+\s+)?" + _REPORTING_VERB + r"\b"
)
_SPEAKER_BEFORE = re.compile(
    r"(?:(?:[”\"’,]\s*" + _REPORTING_VERB + r")|according to|quoted|cited)\s+(?:[\w'’.-]+[\s,]+){0,6}$",
    re.IGNORECASE,
)


_OPENING = re.compile(
    r"^(?:After|Before|In|At|On|During|Since|Following|Amid|Despite|Under|Until|Upon|Over|With|Without|Unlike|As|When|"
    r"While|Although|Though|Because|Once)\s[^,;:—–()]{3,150}?,\s"
)
"""A sentence's opening adverbial phrase or clause up to its comma ("After Sessions’ resignation, …", "In a Republican
primary to fill the Senate seat vacated by Jeff Sessions, …", "When Obama took office, …"): when, where or after what
the sentence's fact stands."""


def opening_phrase(text: str) -> str:
    """The adverbial phrase ``text`` opens with (``_OPENING``; "" when none): the outlet's setting of its fact, neither
    the fact (alignment weighs what a claim writes only there apart: ``contrast.claims.align``) nor its speaker (the
    speaker of a report stands after it: ``contrast.report.said``)."""
    match = _OPENING.match(text)
    return match.group(0) if match is not None else ""


def speakers(text: str, entities: Sequence[str]) -> list[str]:
    """The entities a claim is put in the mouth of: "Lu Kang said …", "…,” said Hu", "according to Reuters".

    A shared speaker says who talks, not what is claimed: the same spokesman says many
    things, so alignment does not take a shared speaker alone as evidence of one event.
    """
    found = []
    for entity in dict.fromkeys(entities):
        if any(
            _SPEAKER_AFTER.match(text[start + len(entity) :]) or _SPEAKER_BEFORE.search(text[:start])
            for start in _occurrences(entity, text)
        ):
            found.append(entity)
    return found


def _occurrences(entity: str, text: str) -> Iterator[int]:
    """Where ``entity`` starts in ``text``, left to right, not overlapping: the matches of
    ``re.finditer(re.escape(entity), text)`` without compiling a pattern per entity (a large
    corpus names more entities than the ``re`` module's cache holds)."""
    if not entity:
        yield from (match.start() for match in re.finditer("", text))
        return
    start = text.find(entity)
    while start >= 0:
        yield start
        start = text.find(entity, start + len(entity))


_ROLE = (
    r"(?:former|ex|acting|retired|senior|chief|deputy|contributor|analyst|host|anchor|correspondent|reporter|editor|"
    r"columnist|strategist|professor|attorney|lawyer|expert|author|director|adviser|advisor|spokesman|spokeswoman)"
)
_VIDEO_CAPTION = re.compile(
    rf"^(?:[A-Z][\w.'’-]*,?|{_ROLE}|of|the|and|for|&)(?:\s+(?:[A-Z][\w.'’-]*,?|{_ROLE}|of|the|and|for|&))+"
    r"\s+on\s+(?:how|why|what|whether|who|whom|where|when)\b"
)


def is_video_caption(text: str) -> bool:
    """A video's caption left in the text: "Judicial Watch Director of Investigations Chris Farrell
    on how FBI official Peter Strzok requested …" — someone's name (two capitalised words at
    least, titles and roles between) and a topic, no verb of its own. It says what a clip is
    about, not what happened, and its names alone would link it to the story (finalcheck-s5 SZ-16)."""
    head = _VIDEO_CAPTION.match(text)
    if not head or head.group().split()[0].casefold().endswith(("ed", "ing")):
        return False  # "Pressed Tuesday on what terms he wants, Boehner said …": a participle opens a clause
    return sum(word[:1].isupper() for word in head.group().split()) >= 2


_PIECE = (
    r"(?:explainers?|pieces?|stor(?:y|ies)|articles?|rundowns?|primers?|guides?|breakdowns?|FAQs?|deep\s+dives?|"
    r"write-?ups?|podcasts?|videos?|newsletters?|columns?|overviews?|timelines?|analys[ie]s)"
)
_POINTER = re.compile(
    r"^(?:(?:[A-Z][\w.&-]*\s+){0,2}(?:[A-Z][\w.&-]*['’]s|[A-Z][\w.&-]*s['’])\s+(?:[A-Z][\w.'’-]*\s+){1,3}|"
    r"(?:[Mm]y|[Oo]ur)\s+colleagues?\s+(?:(?:at|from)\s+(?:the\s+)?)?(?:[A-Z][\w.'’-]*\s+){0,3}|(?:We|I)\s+)(?:also\s+|already\s+)?(?:has|have|had|wrote|writes|put\s+together|"
    r"published|laid\s+out)\s+(?:(?:a|an|the|this|one|more|some|another)\s+)?(?:[\w-]+\s+){0,2}?" + _PIECE
    + r"\s+(?:on|about|of|explaining|that\s+explains|looking|here|with|for)\b"
)


def is_pointer(text: str) -> bool:
    """A sentence pointing to a piece of writing: "Vox's Andrew Prokop has an explainer on what we learned from Barr's
    letter", "My colleague Dara Lind wrote a piece about …", "We have a guide to …" (check X MU-2: printed as the claim
    only Left makes). Its subject is a writer named with the outlet, a colleague, or the outlet's "we"; it advertises
    where to read, no fact of the event. A body that has an analysis ("The CBO has an analysis of the bill showing …")
    stays a claim: its subject names no writer."""
    return bool(_POINTER.match(text))


def is_claim(text: str) -> bool:
    words = text.split()
    if counted_words(text) < MIN_WORDS or _QUESTION.search(text) or not _CLOSES.search(text):
        return False
    if is_video_caption(text) or is_pointer(text):
        return False
    return not (_CITATION.search(text) and len(words) < 25)


CANDIDATE_SCHEMA = {
    "source_id": pl.String(), "sentence_index": pl.Int32(), TEXT: pl.String(),
    "stems": pl.List(pl.String()), "entities": pl.List(pl.String()), "quantities": pl.List(pl.String()),
    "dates": pl.List(pl.String()), "attributed": pl.Boolean(), "surfaces": pl.List(pl.String()),
}  # fmt: skip


def claim_candidates(sentences: pl.DataFrame) -> pl.DataFrame:
    """The claims among ``sentences`` with their features, sentence by sentence: the per-source
    stage (``contrast.stages``), computed and cached source by source.

    Nothing here looks beyond one sentence, so a source's candidates can be computed (and
    cached) on their own. Entities stay as one sentence sees them (``^`` marks) until
    :func:`claim_frame` settles them with the whole corpus.
    """
    return candidate_rows(sentences)


def candidate_rows(sentences: pl.DataFrame) -> pl.DataFrame:
    """``claim_candidates`` of any sentences, outside the cached stage (the set-aside text an
    absence search reads is not a source's claims)."""
    rows = []
    for row in sentences.select(*SENTENCE_KEY, TEXT).iter_rows(named=True):
        text = row[TEXT]
        if not is_claim(text):
            continue
        terms = sentence_terms(text)
        rows.append(
            {
                **row,
                "stems": list(terms.stems),
                "entities": list(terms.entities),
                "quantities": list(terms.quantities),
                "dates": list(terms.dates),
                "attributed": bool(ATTRIBUTION.search(text)),
                "surfaces": [f"{k}\t{v}" for k, v in terms.surfaces.items()],
            }
        )
    return pl.DataFrame(rows, schema=CANDIDATE_SCHEMA, orient="row")


def claim_frame(sentences: pl.DataFrame, candidates: pl.DataFrame | None = None) -> pl.DataFrame:
    """One row per claim: sentence key, text, and its check-worthiness features.

    List columns ``stems``, ``entities``, ``quantities``, ``dates`` feed the alignment;
    ``attributed`` says whether the claim is put in someone's mouth, ``speakers`` by whom.
    ``candidates``, when given, are :func:`claim_candidates` of the same sentences computed
    earlier (per source).
    """
    candidates = claim_candidates(sentences) if candidates is None else candidates
    frame = (
        sentences.select(*SENTENCE_KEY, "origin")
        .join(candidates, on=SENTENCE_KEY, how="inner", maintain_order="left")
        .select(*SENTENCE_KEY, "origin", *[c for c in CANDIDATE_SCHEMA if c not in SENTENCE_KEY])
    )
    settled = settle_names(frame.get_column("entities").to_list())
    found = [speakers(text, kept) for text, kept in zip(frame.get_column(TEXT).to_list(), settled, strict=True)]
    frame = frame.with_columns(
        string_lists("entities", settled),
        string_lists("speakers", found),
    )
    return frame.with_columns(
        (
            (pl.col("entities").list.len() > 0).cast(pl.Int8)
            + (pl.col("quantities").list.len() > 0).cast(pl.Int8)
            + (pl.col("dates").list.len() > 0).cast(pl.Int8)
            + pl.col("attributed").cast(pl.Int8)
        ).alias("checkworthiness")
    )
