"""Phrases that confirm a link but do not start one: the story's common vocabulary, and one source's quotation
in another's own words.

The story's common vocabulary: phrases most of a report's sources write, each in sentences of its own.

A story has stock phrases of its own: the Mueller reports all name the investigation "(into) Russian interference in
the 2016 election/campaign"; the Cohen-raid reports name the office "the U.S. attorney for/in the Southern District of
New York". Such a phrase says what the story is about, not which fact a sentence reports: two sentences that share
it and nothing else may report different facts (check AB ME-37: Reuters' "his probe into Russian interference in the
2016 election was never going to end with criminal charges …" and CBN's "Mueller made it clear he hopes this all
points to Russian interference in the 2016 election", 0.93; CR-50: Bloomberg's "… the U.S. attorney for the Southern
District of New York was responsible for the raid" and CNN's "Preet Bharara, who served as the US Attorney in the
Southern District of New York until he was fired by Trump, suggested that prosecutors would not …", 0.67).
``contrast.claims.align`` lets such a phrase confirm a link but not start one.

A phrase one source quotes and another writes in its own voice (``quoted_against_own``) is no shared quotation either:
the words someone said, picked up by an outlet about something else.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Sequence

from contrast.claims.echoes import quotations
from contrast.claims.evidence import fold_words
from contrast.claims.terms import sentence_stems, stopwords

PHRASE_WORDS = 4
"""Words in a row that make a phrase (``common_phrases``): "interference in the 2016", "the southern district of"."""
PHRASE_CLAIMS = 3
"""Claims a phrase must be in to be the story's: more than the two of any one pair, so that it recurs beyond a link."""
PHRASE_MIN_SOURCES = 3
"""Sources a report needs before any phrase is its common vocabulary: with two, every phrase a pair shares is in
"most" of them."""


def _runs(words: Sequence[str]) -> list[int]:
    """The hashed runs of ``PHRASE_WORDS`` words of ``words``, one per start position."""
    return [zlib.crc32(" ".join(words[k : k + PHRASE_WORDS]).encode()) for k in range(len(words) - PHRASE_WORDS + 1)]


def common_phrases(texts: Sequence[str], sources: Sequence[str]) -> list[frozenset[str]]:
    """Per text (a claim of ``sources[k]``), the content stems of its words that stand in a phrase of the story's common
    vocabulary: a run of ``PHRASE_WORDS`` words, not all function words, written in ``PHRASE_CLAIMS`` claims or more,
    by more than half of the sources (``PHRASE_MIN_SOURCES`` at least in the report), in their own words. A run inside a
    quotation is not counted: a phrase the sources quote is what someone said, a detail of one fact (the ZTE dev gold:
    the White House's "consistent with applicable laws and regulations", quoted by three sources of five, is one
    event). Empty for most claims."""
    n_sources = len(set(sources))
    if n_sources < PHRASE_MIN_SOURCES:
        return [frozenset()] * len(texts)
    stop = stopwords()
    folded = [fold_words(text) for text in texts]
    claims: dict[int, int] = defaultdict(int)
    writers: dict[int, set[str]] = defaultdict(set)
    runs = []
    for text, words, source in zip(texts, folded, sources, strict=True):
        own = _runs(words)
        runs.append(own)
        quoted = {run for passage in quotations(text) for run in _runs(passage)}
        for run in set(own) - quoted:
            claims[run] += 1
            writers[run].add(source)
    common = {run for run, n in claims.items() if n >= PHRASE_CLAIMS and 2 * len(writers[run]) > n_sources}
    found: list[frozenset[str]] = []
    for words, own in zip(folded, runs, strict=True):
        covered = sorted({k + j for k, run in enumerate(own) if run in common for j in range(PHRASE_WORDS)})
        content = [words[k] for k in covered if words[k] not in stop]
        found.append(frozenset(sentence_stems(" ".join(content))) if content else frozenset())
    return found


def runs_outside(a: str, b: str, common: frozenset[str], *, size: int) -> int:
    """How many runs of ``size`` words texts ``a`` and ``b`` share that have a content word outside ``common`` (stems of
    the story's common phrases both write: ``common_phrases``): a quotation the two share beyond the story's stock words."""
    stop = stopwords()
    shared = _word_runs(fold_words(a), size) & _word_runs(fold_words(b), size)
    return sum(1 for run in shared if set(sentence_stems(" ".join(w for w in run if w not in stop))) - common)


def quoted_against_own(a: str, b: str, *, quoted: tuple[bool, bool], own: tuple[bool, bool], size: int) -> frozenset[str]:
    """The content stems of the words of the runs of ``size`` words texts ``a`` and ``b`` share, when every such run
    (one at least) stands inside a quotation of one of them and outside every quotation of the other, a sentence in its
    outlet's own voice (``own``: per text, neither quoted nor reported speech; ``quoted``: per text, whether it is quoted
    speech as a whole, a sentence of a quotation running over sentences that need carry no mark of its own); empty
    otherwise. One source quotes someone; the other writes the same words as its own, of something else: a phrase,
    not a quotation both print, and however rare its words, when it is all the two share that may start a link
    (``contrast.claims.align``), no evidence of one fact. Check AE TB-10: Reuters' retired colonel, "“The bottom line
    is that this does great harm to people who simply want to serve their country.”", and Slate's own "… his abrupt
    attack on transgender individuals who simply want to serve their country in uniform." shared that phrase and
    nothing else (0.62), printed as one event. An outlet's sentence that reports the statement names who made it and is
    not in its own voice (``own``): the two then print one quotation."""
    shared = _word_runs(fold_words(a), size) & _word_runs(fold_words(b), size)
    if not shared:
        return frozenset()
    inside = [_quoted_word_runs(text, whole, size) for text, whole in zip((a, b), quoted, strict=True)]
    if not any(own[other] and shared <= inside[this] and not shared & inside[other] for this, other in ((0, 1), (1, 0))):
        return frozenset()
    stop = stopwords()
    return frozenset(sentence_stems(" ".join(sorted({w for run in shared for w in run if w not in stop}))))


def _word_runs(words: Sequence[str], size: int) -> set[tuple[str, ...]]:
    """The runs of ``size`` words of ``words``."""
    return {tuple(words[k : k + size]) for k in range(len(words) - size + 1)}


def _quoted_word_runs(text: str, whole: bool, size: int) -> set[tuple[str, ...]]:
    """The runs of ``size`` words inside the quotations of ``text``; every run of it when it is quoted as a ``whole`` and
    carries no quotation mark (a sentence inside a quotation running over sentences)."""
    if whole and not any(mark in text for mark in '“”"'):
        return _word_runs(fold_words(text), size)
    return {run for passage in quotations(text) for run in _word_runs(passage, size)}


__all__ = ["PHRASE_CLAIMS", "PHRASE_MIN_SOURCES", "PHRASE_WORDS", "common_phrases", "quoted_against_own", "runs_outside"]
