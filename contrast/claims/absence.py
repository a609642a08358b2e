"""Absence needs evidence: a claim is "only in" its origin when a search of every other origin finds nothing.

Alignment links what it is sure of; a claim it did not link is not thereby unreported
elsewhere — a missed paraphrase would be printed as an omission. So every claim outside
an event of two origins is searched for again in every source of another origin, with the
same evidence model as linking (``contrast.claims.evidence``) but a threshold chosen for
recall (every other source is searched; the state reads the other origins'):

- ``shared``: in an event with claims of another origin;
- ``possibly_shared``: some claim of another origin scores at least ``POSSIBLE_P``, or at least
  ``WEAK_P`` and shares what the claim states (``_told_in_words``) — it may report the same
  fact — or the claim's context is shared (``in_context``); the report says
  "possibly reported elsewhere", never "only in";
- ``unique``: nothing in any other origin comes close, and the claim states a name or figure
  no other origin's text has (an *anchor*: ``contrast.claims.distinctive``), or quotes a speaker
  no other origin names in words no other origin writes (``_quoted_anchors``). The only state
  printed as "only in" or asked about in the handout.

Why anchors: a search in words finds a paraphrase only through the words it keeps. The same
claim by another speaker in other words ("markets had already factored in the impact" / "the
impact … has been priced in"; "a disaster for the whole world … the U.S. is sure to also suffer"
/ "opening fire on the whole world and also opening fire on itself") scores below any threshold
that keeps unrelated sentences apart, so finding nothing close proves absence only for a claim
whose paraphrase would have to keep something the search looks for: a name or a figure.

With the semantic backend a candidate is close when either model finds it so
(``PairScorer.closeness``): the sentence model may add evidence that a claim is reported
elsewhere, never take away what the lexical search found.

Context, because one outlet tells in two sentences what another tells in one, and a quotation
runs over sentences: a claim beside a sentence of a shared event (the one before it or after
it in its source) may be part of how that event is told; a claim that opens by referring back
("He spoke to reporters who flew with him …") tells part of the sentence before it, so it is
only as much its origin's alone as that sentence is.

The search's nearest candidate per other source and its score are kept (``evidence``) so a
reader can check an "only in" claim, and see why a claim was not called one.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import polars as pl
import scipy.sparse as sp

from contrast.claims.distinctive import (
    PARTIES,
    STATED_TEXTS,
    AnchorIndex,
    RowRead,
    absent_anchors,
    anchor_terms,
    anchor_words,
    display_anchor,
    is_person_anchor,
    is_weekday,
    is_year,
    items,
    stated,
)
from contrast.claims.echoes import event_members
from contrast.claims.evidence import PairScorer
from contrast.claims.search import CANDIDATE_FEATURES, CANDIDATE_MAX_DF, query_pair_blocks
from contrast.claims.terms import MONTHS, news_words, relative_years, sentence_stems, stem, stopwords
from contrast.claims.terms import quantities as quantities_of
from contrast.claims.textmemo import text_memo
from contrast.segment import TITLE_BEFORE_NAME, sentence_spans

SHARED, POSSIBLY_SHARED, UNIQUE = "shared", "possibly_shared", "unique"
STATES = (SHARED, POSSIBLY_SHARED, UNIQUE)

POSSIBLE_P = 0.2
"""Evidence probability at which another origin's claim may report the same fact, whatever it shares with the
claim; from ``WEAK_P`` up to this, a row is close only when it shares what the claim states (``_told_in_words``).
Chosen on the dev golds (``bench_alignment_quality.py --lexical-only``, dev half; unique recall / false omissions /
near-unique printed): one threshold at 0.05 (before), 0.072 / 0.000 / 0.000; with the weak band, 0.1: 0.097, 0.2:
0.122, 0.3: 0.126, 0.5: 0.130, each with 0.000 / 0.000 (0.2 kept: little more above it, and the higher the threshold
the more a claim rests on the weak band's word test alone). Without the weak band's test (one threshold), 0.1 / 0.2 /
0.25 printed 0.3 % / 1.1 % / 1.7 % false omissions on dev. Every sentence of one story scores 0.05–0.2 against others
through the story's words, so 0.05 alone kept 80 % of the dev golds' single-source claims "possibly reported
elsewhere" on coincidences. Earlier: a looser 0.09 without anchors printed 6.8 % false omissions on the held-out
golds."""
ABSENT_P = 0.05
"""An origin leaves an event out only when its closest claim to the event scores below this
(kept apart from ``POSSIBLE_P``: an omission is said of every source of an origin)."""
EXHAUSTIVE_MAX_CLAIMS = 3000
"""Up to this many claims every pair sharing any feature is scored; above it, each checked claim
looks others up through its rarest features as linking does (``contrast.claims.search``), so the
search grows with the corpus, not with its square."""
SHARED_FIGURES = 2
"""Claims that share this many figures by value ("$200 billion" and "200", "25%" and "25 percent")
may report the same fact however different their words ("So we have 50 plus 200 plus almost 300" /
"an additional $200 billion … and then $300 billion more"): the search counts them as close."""
TOPIC_SHARE = 0.1
"""A name or figure in more than this share of the rows searched is what the story is about ("Trump",
"China"), not what one event of it states: an origin naming it is not thereby reporting the event."""
EVIDENCE_SOURCES = 20
"""Other sources listed per checked claim: all of them up to this many, else the closest."""


SET_ASIDE_SEARCHED = ("media", "caption")
"""What cleaning removed that the page still shows its reader about the story — explainer boxes,
video blurbs, photo captions (``contrast.clean``): searched for absences, never linked or counted."""


def set_aside_sentences(removed: Mapping[str, Sequence[tuple[str, str]]], origins: Mapping[str, str]) -> pl.DataFrame:
    """The sentences of each source's set-aside text (``removed``: source id → (category, line) as
    ``CleanText.removed_lines`` lists them; ``origins``: source id → origin), numbered per source."""
    rows = []
    for source in sorted(removed):
        index = 0
        for category, line in removed[source]:
            if category not in SET_ASIDE_SEARCHED:
                continue
            for start, end in sentence_spans(line):
                rows.append((source, origins[source], index, line[start:end], category))
                index += 1
    schema = {"source_id": pl.String(), "origin": pl.String(), "sentence_index": pl.Int32(), "text": pl.String(), "category": pl.String()}
    return pl.DataFrame(rows, schema=schema, orient="row")


def empty_evidence() -> pl.DataFrame:
    return pl.DataFrame(schema={"claim_id": pl.UInt32(), "source_id": pl.String(), "candidate": pl.UInt32(), "score": pl.Float64()})


def empty_absences() -> pl.DataFrame:
    return pl.DataFrame(
        schema={"event": pl.Int32(), "origin": pl.String(), "candidate": pl.UInt32(), "score": pl.Float64(), "absent": pl.List(pl.String())}
    )


def absence_states(
    claims: pl.DataFrame,
    scorer: PairScorer,
    *,
    pool: pl.DataFrame | None = None,
    specific: sp.csr_matrix | None = None,
    reading: PoolReading | None = None,
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Each claim's ``state`` and ``alone`` (in no event, nothing close in any other source, its own
    origin's included: what "only Source C makes this claim" needs), and the evidence of the search
    (claim, other source, its nearest candidate claim or null, score). ``specific``: rows × what tells
    one fact from another (``align.specific_features``); with it, a row that shares none of it with a
    claim is close only from ``CLOSE_ALONE_P``.

    ``pool``: every row the search reads (``claim_id``, ``source_id``, ``origin``, ``quantities``):
    the claims, then the text cleaning set aside (``set_aside_sentences``); the claims alone by default. The set-aside
    rows are read for the names and figures they hold (what another origin's box names is no anchor of a claim), never
    as a claim's close row or its evidence: the "closest sentence" events.json lists and the sentence the briefing says
    another origin has must be one its reader finds in the cleaned text (check U, confusing #4: a line of a tweet Vox
    embedded, removed by cleaning, was Vox's closest sentence to CBN's claim on Chelsea Handler). An event's omission
    (``event_absences``) still reads them: a source does not leave out what its page shows.
    A claim that refers back to the sentence before it ("He spoke to reporters who flew with him …")
    tells part of that sentence's fact: it is not "only in" its origin when that sentence is not;
    nor is a claim beside a sentence of a shared event (``context``: that sentence's claim id).
    ``reading``: what the search reads of the pool's rows, shared with ``event_absences`` (``PoolReading``)."""
    n = claims.height
    pool = claims if pool is None else pool
    origins = pool.get_column("origin").to_numpy()
    sources = pool.get_column("source_id").to_numpy()
    events = claims.get_column("event").to_list()
    reported = event_members(claims)
    spans: dict[int, set[str]] = {}
    for event, origin in reported.select("event", "origin").iter_rows():
        spans.setdefault(event, set()).add(origin)
    multi = {e for e, by in spans.items() if len(by) >= 2}
    shared = np.zeros(n, dtype=bool)
    shared[reported.filter(pl.col("event").is_in(sorted(multi))).get_column("claim_id").to_numpy().astype(np.int64)] = True
    check = np.flatnonzero(~shared)
    if check.size == 0:
        return _states([SHARED] * n, [False] * n, [None] * n, [None] * n, [[] for _ in range(n)]), empty_evidence()
    reading = PoolReading(claims, pool) if reading is None else reading
    # a block of checked claims at a time (``SEARCH_BLOCK``), each reduced to what is kept of it before the next is
    # searched: the listed evidence and which claims are stirred or close (tests/test_memory.py)
    codes = _SourceCodes(sources, origins)
    found = [
        _searched_block(claims, pool, scorer, specific, reading, codes, block, q[cleaned], j[cleaned])
        for block, q, j in _search_blocks(scorer, pool, check, reading.figures)
        for cleaned in [j < n]  # a claim's close rows and evidence are sentences of the cleaned text
    ]
    evidence = pl.concat([listed for listed, *_ in found], rechunk=True)
    stirred, close_any, close, dated = (set(np.concatenate([part[k] for part in found]).tolist()) for k in (1, 2, 3, 4))
    del found
    named = _absent_anchors(claims, reading, [k for k in check.tolist() if k not in close], quiet=stirred.isdisjoint)
    undated = _undated_if_stirred(named, stirred)
    # a date dropped only for rows sharing nothing of what the claim states but the story's words and news at large's
    # (check13-reN TD-16): nothing found is close, the claim names nothing the search takes as proof there
    unproven = {k for k in range(n) if named[k] and not undated[k] and k not in dated}
    anchors = _unless_near_figure(claims, reading, _unless_told_elsewhere(claims, pool, undated))
    anchors = _unless_phrase_told(claims, reading, anchors)
    anchors = _unless_told_beside(claims, reading, evidence, anchors)
    quoted = _quoted_anchors(claims, reading, [k for k in check.tolist() if k not in close and not named[k]])
    anchors = [anchors[k] or quoted.get(k, []) for k in range(n)]
    state: list[str] = []
    basis: list[str | None] = []
    for k in range(n):
        if shared[k]:
            state.append(SHARED)
            basis.append(None)
        elif k in close or (named[k] and not anchors[k] and k not in unproven):  # or a row of another origin says what it states
            state.append(POSSIBLY_SHARED)
            basis.append(CLOSE)
        elif anchors[k]:
            state.append(UNIQUE)
            basis.append(ANCHORED)
        else:
            state.append(POSSIBLY_SHARED)
            basis.append(UNANCHORED)
    for k in _described(claims, reading, state, anchors) | _told_as_a_group(claims, reading, evidence, state, anchors):
        state[k], basis[k] = POSSIBLY_SHARED, CLOSE
    alone = [state[k] == UNIQUE and events[k] is None and k not in close_any for k in range(n)]
    told = set(evidence.filter(pl.col("score") >= TOLD_ELSEWHERE_P).get_column("claim_id").to_list())
    context = in_context(claims, state, alone, told=told)
    basis = [CONTEXT if context[k] is not None else basis[k] for k in range(n)]
    return _states(state, alone, context, basis, anchors), evidence


QUOTED_FRESH = 2
"""Content words of a claim's quotation (no words of news at large) that no other origin writes anywhere, from which
those words are the claim's anchors (``_quoted_anchors``)."""
QUOTATION_WORDS = 4
"""Words a quotation needs to be read as one (``_QUOTED``)."""
_QUOTED = re.compile(r"[“\"]([^”\"]+)[”\"]")
_QUOTED_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _quoted_anchors(claims: pl.DataFrame, reading: PoolReading, check: Sequence[int]) -> dict[int, list[str]]:
    """Per claim of ``check`` that quotes a speaker it names and no row of another origin names (set-aside text
    included): the words of its quotations that no such row writes, when at least ``QUOTED_FRESH`` of them are content
    words and no words of news at large. A speaker is who talks, no anchor of what is said (``contrast.claims.
    distinctive``), so "“I see this as a positive step and hope it will create a better atmosphere for the ongoing
    discussions …,” said Henry Levine, a former US deputy assistant secretary of commerce." (a dev gold's claim of one
    article) stated nothing the search could prove absent. An outlet reporting that quotation quotes it, and its words
    with it; one quoting the speaker at all names him. A speaker other origins name may be quoted there from another
    part of the same statement, in other words: the steel gold's "“China has lodged solemn complaints … and take strong
    actions to ensure its legitimate interests”" of the ministry is told by Bloomberg's "China cautioned that it was
    prepared to “make an appropriate and necessary response”", so such quotations prove nothing. Nor does a quotation of
    a report or a body ("according to CNBC"): the speaker must be a person (``is_person_anchor``). What an outlet relays
    from another's report is the news itself, which other origins tell from their own reporting in their own words (check
    W CV-18: the Daily Caller's "“employers would have to pay it back on a staggered basis in coming years,” according to
    CNBC" is the AP's "Companies would also be able to defer payment of the 6.2% Social Security payroll tax"). Measured
    (``bench_alignment_quality.py --lexical-only``, dev): unique recall 0.148 → 0.154, false omissions 0 (without the
    speaker rule 0.181, and one false omission: that sentence)."""
    index = reading.stem_index()
    columns = index.rows.tocsc()
    origins = reading.pool.get_column("origin").to_numpy()
    news = news_words()
    texts = claims.get_column("text").to_list()
    own = claims.get_column("origin").to_list()
    speakers = claims.get_column("speakers").to_list()

    def elsewhere(word: str, k: int) -> bool:
        c = index.column.get(word)
        rows = columns.indices[columns.indptr[c] : columns.indptr[c + 1]] if c is not None else np.zeros(0, dtype=np.int64)
        return bool((origins[rows] != own[k]).any())

    found: dict[int, list[str]] = {}
    for k in check:
        spans = [m.group(1) for m in _QUOTED.finditer(texts[k]) if len(m.group(1).split()) >= QUOTATION_WORDS]
        named = [stem(name.lstrip("^").split()[-1].lower().removesuffix("'s").removesuffix("’s")) for name in speakers[k] or []]
        person = any(is_person_anchor(name.lstrip("^")) for name in speakers[k] or [])
        if not spans or not person or any(elsewhere(word, k) for word in named):
            continue
        fresh = {w for w in {w for span in spans for w in sentence_stems(span)} - news if not elsewhere(w, k)}
        if len(fresh) >= QUOTED_FRESH:
            written = [w for span in spans for w in _QUOTED_WORD.findall(span) if stem(w.lower()) in fresh]
            found[k] = list(dict.fromkeys(written))
    return found


TOLD_ELSEWHERE_P = 0.9
"""A claim whose nearest candidate in another source is this likely to report its fact (``align.STRONG_LINK_P``) is, for
its neighbours (``in_context``), as good as shared, though no link was made: the link's gates (``align._links``)
judge which fact two sentences report, not whether the story beside them is told elsewhere. Check s15 Q-BN: Reuters'
"But the pair had a bitter public falling out over comments Bannon made to author Michael Wolff for his recent book
…" (0.97 with Fox's sentence on the same book, no longer linked: it shares only the book) follows "Bannon, a champion
of Trump's “America First” agenda, was among the Republican's closest aides …", which Fox tells in other words
("Trump confidante", "Trump campaign manager", "former White House chief strategist"): printed "only in" once the
false event went."""


SEARCH_BLOCK = 2048
"""Checked claims searched at a time by ``absence_states``: its memory is this many claims' pairs (up to
``CANDIDATE_FEATURES`` × ``CANDIDATE_MAX_DF`` each, and the pairs sharing figures), however large the corpus (all the
pairs at once held ~130 bytes each: +1.27 GB for 9.7 million at 2,000 AllSides sources, issue 16)."""


class _SourceCodes:
    """Integer codes of the pool's sources (a source's code sorts as its id does: ``names``) and origins."""

    def __init__(self, sources: np.ndarray, origins: np.ndarray) -> None:
        self.names, source = np.unique(sources, return_inverse=True)
        self.source = source.astype(np.int32)
        _, self.origin = np.unique(origins, return_inverse=True)
        self.origin_of_source = np.zeros(self.names.size, dtype=np.int64)
        self.origin_of_source[self.source] = self.origin


def _searched_block(
    claims: pl.DataFrame,
    pool: pl.DataFrame,
    scorer: PairScorer,
    specific: sp.csr_matrix | None,
    reading: PoolReading,
    codes: _SourceCodes,
    block: np.ndarray,
    q: np.ndarray,
    j: np.ndarray,
) -> tuple[pl.DataFrame, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """What ``absence_states`` keeps of the pairs (``q[k]``, ``j[k]``) of the checked claims ``block``: the evidence
    listed (``_listed``), the claims some row of another origin scores ``WEAK_P`` against (``stirred``), those some
    row is close to (``close_any``), of another origin (``close``), and those some row of another origin scoring
    ``WEAK_P`` shares a word of what it states with, the story's words aside (``dated``: ``_undated_if_stirred``)."""
    # the pairs' own arrays are the search's memory (tests/test_memory.py): the figures shared are a mask, the scores
    # raised in place, the nearest row as scored reduced to the evidence listed before closeness is decided
    figured = figure_matches(reading.figures, q, j)
    scores = scorer.closeness(q, j)
    scores[figured] = np.maximum(scores[figured], POSSIBLE_P)
    # Per claim and other source, the nearest row: kept as integer codes (a source's code sorts as
    # its id does), the ids written only into the evidence listed (``_listed``); the nearest that
    # counts as close (``deciding``) among the rows that share something specific or score CLOSE_ALONE_P.
    counted = None if specific is None else _may_decide(specific, q, j, scores, figured)
    del figured
    found = Nearest(codes.names, *nearest(q, codes.source[j], j, scores))
    other = codes.origin_of_source[found.source] != codes.origin[found.claim]
    stirred = np.unique(found.claim[other & (found.score >= WEAK_P)])  # some row of another origin scores WEAK_P
    weak = np.flatnonzero((scores >= WEAK_P) & (codes.origin_of_source[codes.source[j]] != codes.origin[q]))
    weak = weak[_shares_a_stated_word(claims, pool, q[weak], j[weak], index=reading.stem_index())]
    dated = np.unique(q[weak])  # ... and shares a word of what it states that is not the story's (``_undated_if_stirred``)
    evidence = _listed(found, claims, block, by_source=reading.claim_sources())
    del found, other
    decide = scores  # raised in place below: the nearest as scored is listed already
    if counted is not None:
        decide[~counted] = 0.0
    del counted
    weak = np.flatnonzero((decide >= WEAK_P) & (decide < POSSIBLE_P))
    decide[weak[_told_in_words(claims, pool, q[weak], j[weak], index=reading.stem_index())]] = POSSIBLE_P
    del weak
    deciding = Nearest(codes.names, *nearest(q, codes.source[j], j, decide))
    del scores, decide
    near = deciding.score >= POSSIBLE_P
    other = codes.origin_of_source[deciding.source] != codes.origin[deciding.claim]
    return evidence, stirred, np.unique(deciding.claim[near]), np.unique(deciding.claim[near & other]), dated


CLOSE_ALONE_P = POSSIBLE_P
"""Probability at which another origin's row is close to a claim though it shares nothing specific with it
(``specific`` of ``absence_states``: no name or figure that is not the story's, no rare word). Equal to
``POSSIBLE_P``. When ``POSSIBLE_P`` was 0.05 this was tried alone at 0.2: it printed Fox's Etienne statement as Fox's
alone, as it is, but on a newly read group "Only in US left: Mr. Trump … indicated in a speech in the Rose Garden that
his cease-fire may only be temporary: … ready to … declare a national emergency", which Fox reports ("He made reference
to his previous threats to declare a national emergency"), a paraphrase the lexical model scores 0.04 — kept
"possibly reported elsewhere" then only by an unrelated sentence. A claim whose paraphrase shares three of its stated
words with one row stays so (``CONTENT_SHARED``); one whose paraphrase shares fewer is beyond lexical evidence."""


WEAK_P = 0.05
"""A row of another source scoring at least this but below ``POSSIBLE_P`` (and sharing something specific: a name,
figure or rare word, ``CLOSE_ALONE_P``) is close only when it also shares ``WEAK_SHARED`` words of what the claim
states, one no word of news at large, or a name it states, named whole (``_told_in_words``). The Washington Times'
"Sen. Marco Rubio … heralded the tariffs as a “theft tax.”" scored 0.05–0.2 against The Hill's sentences on "theft"
alone; USA Today's "… Trump mentioned Australia … while criticizing Germany …" scores 0.09 against AP's "He suggested Australia and 'other
countries' might also be spared" through "Australia", a name both state: the first is the Times' alone (gold), the
second is told by AP (gold), and the name tells them apart where the score cannot. Without the name rule (measured
before the speaker and year fixes of ``contrast.claims.distinctive``) dev unique recall was 0.164 for 0.3 % false
omissions (that sentence); with it 0.145 and none."""
WEAK_SHARED = 2
"""Content words of what a claim states (``stated``; not the story's, in more than ``TOPIC_SHARE`` of the rows) that
a weakly close row must share for the claim to be possibly reported there."""


def _told_in_words(claims: pl.DataFrame, pool: pl.DataFrame, a: np.ndarray, b: np.ndarray, *, index: StemIndex | None = None) -> np.ndarray:
    """Per pair (claim ``a[k]``, row ``b[k]`` of ``pool``): whether the row shares ``WEAK_SHARED`` content words of
    what the claim states, one of them no word of news at large (``terms.news_words``), or names whole a name it states
    (``_names_whole``), the story's words (``TOPIC_SHARE``) left out; the words of a hyphenated compound and a year
    count as words (``_compound_words``).

    Two words any news story uses are not what one claim states: on the dev golds (trump-zte) Scott Paul's calling the
    president's comments about lost jobs "alarming" (one article's alone) was held back by "Too many jobs in China
    lost." With it (session 11; ``bench_alignment_quality.py --lexical-only`` unique recall, false omissions 0
    throughout): dev 0.156 → 0.161, held-out 0.203 → 0.214, bundled 0.107 → 0.129. Tried in session 10 without the
    compound words, the year rule (``_year_told``) and the site rule (``distinctive.where``), it printed three
    claims other origins tell (check10 MJ, LP, OJ: tests/test_absence_news_words.py).

    Counted as sparse row products (``_pair_counts``), a chunk of ``TOLD_CHUNK`` pairs at a time, against the pool's
    rows × stems (``index``: ``StemIndex``, read once per search, made here when not given), from each claim's
    statement's stems alone (``stated_stems``): a set per pool row, one intersection per pair and ``sentence_terms``
    per claim were 3.8-4.9 s CPU of a 500-source report's events stage (issue 16: 189,000 pairs, 15,900 claims
    asked; the same answers, tests/test_events_stage_cost.py).

    A party is one word in all its forms (``contrast.claims.distinctive.PARTIES``), so it is the story's where its
    forms together are: on the dev golds (steel), "Iowa’s congressional delegation, including two Republican senators,
    warned …", one article's alone, was possibly reported elsewhere through a weak row sharing "Republican" alone, a
    name few rows write so but many write "GOP" or "Republicans" (dev unique recall 0.145 → 0.149, no false
    omission; held-out unchanged). So was HuffPost's "Former GOP candidate Rick Santorum … put out a statement" (check8
    RM-31) through Fox's "his likely GOP rival Mitt Romney …" (0.08)."""
    if a.size == 0:
        return np.zeros(0, dtype=bool)
    index = StemIndex(pool) if index is None else index
    topical = max(2.0, TOPIC_SHARE * pool.height)
    texts, entities = claims.get_column("text").to_list(), claims.get_column("entities").to_list()
    asked, a = np.unique(a, return_inverse=True)
    wanted: list[set[int]] = []
    named: list[set[int]] = []
    names: list[list[str]] = []
    particular: list[set[int]] = []
    for k in asked.tolist():  # a word no row names adds to no count
        words = _unstoried_words(texts[k], index, topical)
        wanted.append({index.column[w] for w in words})
        particular.append({index.column[w] for w in words.difference(news_words())})
        named.append({index.column[w] for w in words.intersection(_party_stems(sentence_stems(" ".join(entities[k]))))})
        names.append([name for name in entities[k] if words.intersection(_party_stems(sentence_stems(name)))])
    width = index.rows.shape[1]
    stated_words, name_words, own_words = _binary(wanted, width), _binary(named, width), _binary(particular, width)
    told = np.zeros(a.size, dtype=bool)
    by_name = np.zeros(a.size, dtype=bool)
    for start in range(0, a.size, TOLD_CHUNK):
        part_a, rows = a[start : start + TOLD_CHUNK], index.rows[b[start : start + TOLD_CHUNK]]  # the rows, gathered once
        told[start : start + TOLD_CHUNK] = (_shared_counts(stated_words[part_a], rows) >= WEAK_SHARED) & (
            _shared_counts(own_words[part_a], rows) > 0
        )
        by_name[start : start + TOLD_CHUNK] = _shared_counts(name_words[part_a], rows) > 0
    ask = np.flatnonzero(by_name & ~told)
    told[ask] = _names_whole(names, pool, a[ask], b[ask], index=index)
    return told


def _unstoried_words(text: str, index: StemIndex, topical: float) -> frozenset[str]:
    """The stems of what ``text`` states (parties in all their forms, a compound's words) that some row of ``index``
    names, the story's (named in more than ``topical`` rows) left out. Read once per text and index: each block of the
    search asks its claims twice (``_told_in_words``, ``_shares_a_stated_word``; issue 16)."""
    key = (text, topical)
    found = index.unstoried.get(key)
    if found is None:
        statement = _party_stems(stated_stems(text)) | _compound_words(stated(text))
        found = index.unstoried[key] = frozenset(statement & index.unstoried_stems(topical))
    return found


def _shares_a_stated_word(claims: pl.DataFrame, pool: pl.DataFrame, a: np.ndarray, b: np.ndarray, *, index: StemIndex) -> np.ndarray:
    """Per pair (claim ``a[k]``, row ``b[k]`` of ``pool``): whether the row shares a word of what the claim states that
    is neither the story's (``_unstoried_words``) nor a word of news at large (``terms.news_words``: "saying")."""
    if a.size == 0:
        return np.zeros(0, dtype=bool)
    topical = max(2.0, TOPIC_SHARE * pool.height)
    texts = claims.get_column("text").to_list()
    asked, a = np.unique(a, return_inverse=True)
    news = news_words()
    own = [{index.column[w] for w in _unstoried_words(texts[k], index, topical) if w not in news} for k in asked.tolist()]
    words = _binary(own, index.rows.shape[1])
    return _pair_counts(words, index.rows, a, b) > 0


BESIDE_P = 0.1
"""Score from which another origin's row, read with the sentences beside it, may tell a claim (``_unless_told_beside``)."""


def _unless_told_beside(claims: pl.DataFrame, reading: PoolReading, evidence: pl.DataFrame, anchors: list[list[str]]) -> list[list[str]]:
    """``anchors`` emptied for each claim whose name an origin tells in common words over two sentences: the claim's
    nearest row of another origin (``evidence``) scores ``BESIDE_P``, shares a word of what the claim states that is not
    the story's (``TOPIC_SHARE``), and, read with the sentences beside it in its source (``StemIndex.beside``), shares
    ``WEAK_SHARED`` of them and a word of one of the claim's names of several words; and the claim names no person and
    gives no figure (``is_person_anchor``), whose absence words of others cannot undo.

    One outlet tells in two sentences what another tells in one, as ``in_context`` reads a claim beside a shared one, and
    names an event by a common noun where another gives its proper name: the New York Times' "Facebook users are also
    signing up to participate in a “National Same-Sex Kiss Day” planned for Friday at Chick-fil-A restaurants." is Fox's
    "On Friday, supporters of same-sex marriage will have their say." (0.11: the day, "same-sex") and the sentence after
    it, "They plan a “kiss-in” at Chick-fil-A restaurants across the country …" (the plan; check11j CF-13).

    ``bench_alignment_quality.py --lexical-only``: read in the search itself for every weakly close row (``WEAK_P``, or
    ``BESIDE_P``), with no condition on the names, the window held gold single-source claims "possibly reported
    elsewhere" (unique recall dev 0.144 → 0.130, held-out 0.194 → 0.149): "Kevin Cramer … praised the move", "Rep. Carlos
    Curbelo (R-Fla.) criticized the president’s statement", "… almost 6,000 items"."""
    asked = [k for k, found in enumerate(anchors) if found and not any(a.startswith("#") or is_person_anchor(a) for a in found)]
    if not asked:
        return anchors
    pool = reading.pool
    index, window = reading.stem_index(), reading.window_index()
    topical = max(2.0, TOPIC_SHARE * pool.height)
    texts, origins = claims.get_column("text").to_list(), claims.get_column("origin").to_list()
    row_origins = pool.get_column("origin").to_list()
    near: dict[int, list[int]] = {}
    for claim, row, score in evidence.select("claim_id", "candidate", "score").iter_rows():
        if row is not None and score >= BESIDE_P and row_origins[row] != origins[claim]:
            near.setdefault(claim, []).append(row)
    result = list(anchors)
    for k in asked:
        words = {index.column[w] for w in _party_stems(stated_stems(texts[k])) if w in index.column}
        specific = {w for w in words if index.named[w] <= topical}
        named = {index.column[w] for a in anchors[k] if len(a.split()) > 1 for w in sentence_stems(a) if w in index.column}
        for row in near.get(k, []):
            own, beside = set(index.rows[row].indices.tolist()), set(window.rows[row].indices.tolist())
            if own & specific and len(beside & specific) >= WEAK_SHARED and beside & named:
                result[k] = []
                break
    return result


def _names_whole(
    names: Sequence[list[str]], pool: pl.DataFrame, a: np.ndarray, b: np.ndarray, *, index: StemIndex | None = None
) -> np.ndarray:
    """Per pair (``names[a[k]]``, row ``b[k]`` of ``pool``): whether the row names one of the names whole, as the absence
    search finds a name (``AnchorIndex``: all its words, a person by surname, a capital for its country, a party in
    any of its forms, an acronym for the words it spells) or by its last word written as a name (``_LAST_NAME_WORD``),
    not by one of its words in any form.

    A word of a name is no name. On the dev golds (``bench_alignment_quality.py --lexical-only``) two single-source
    claims (gold) were possibly reported elsewhere only through a weak row (0.05–0.2) that wrote a word of one of their
    names and not the name: CNN's "US Trade Representative Robert Lighthizer has expressed particular concern about
    Beijing's high-tech ambitions …" through "Claire Reade, … former assistant U.S. Trade Representative for China
    affairs, said …" (no other article names Lighthizer), and the CIA's edit "… a direct assault against the US
    Consulate" through "Mr. Rhodes changed a reference to the United States “consulate” …"; the weak rows that report
    the claim's fact (gold: the same event) name the name whole ("Australia", "ZTE", "Korean peninsula"). Dev unique
    recall 0.149 → 0.156, false omissions 0; held-out and bundled golds unchanged.

    ``index``: the search's ``StemIndex``, which keeps each row as the name index reads it (``RowRead``) for every
    block of the search: each block's index is over its own rows (which rows write a given name as a surname decides
    who names it alone), read once (issue 16)."""
    if a.size == 0:
        return np.zeros(0, dtype=bool)
    rows, at = np.unique(b, return_inverse=True)
    read = [RowRead(t) for t in pool.get_column("text").gather(rows).to_list()] if index is None else index.read_rows(pool, rows.tolist())
    texts = [row.text for row in read]
    asked = {name for k in np.unique(a).tolist() for name in names[k]}
    found = AnchorIndex(texts, [str(r) for r in range(rows.size)], [() for _ in range(rows.size)], anchor_words(asked), read=read)
    last = {name: _LAST_NAME_WORD.findall(name)[-1:] for name in asked}

    def named(name: str, r: int) -> bool:
        return str(r) in found.named_by(name) or any(w in texts[r] and _whole_word(w).search(texts[r]) for w in last[name])

    return np.array([any(named(name, r) for name in names[k]) for k, r in zip(a.tolist(), at.tolist(), strict=True)], dtype=bool)


@lru_cache(maxsize=4096)
def _whole_word(word: str) -> re.Pattern[str]:
    """``word`` as a whole word. Compiled only for a row that holds it (``_names_whole``): one pattern per name asked,
    thousands in a 500-source report's absence search, overflowed ``re``'s own cache of 512 (issue 16)."""
    return re.compile(rf"\b{re.escape(word)}\b")


_LAST_NAME_WORD = re.compile(r"\b[A-Z][\w-]{3,}")
"""A name's last capitalised word: a row that writes it so names the name ("Lighthizer declined to comment" names "US
Trade Representative Robert Lighthizer"), as a surname or the head of a longer name often stands for it."""


class StemIndex:
    """The pool's rows × stems, binary (``column``: stem → column; its ``stems`` column), and how many rows name each
    stem (``named``): what the weak band's word test (``_told_in_words``) reads of the rows, read once for every block
    of the search (read per block, over the rows a block's pairs read, it was +13 s CPU at 2,000 AllSides sources)."""

    def __init__(self, pool: pl.DataFrame) -> None:
        self._read: dict[int, RowRead] = {}
        self._unstoried: dict[float, frozenset[str]] = {}
        self.unstoried: dict[tuple[str, float], frozenset[str]] = {}  # ``_unstoried_words``, read once per search
        self.column: dict[str, int] = {}
        found = [
            {self.column.setdefault(w, len(self.column)) for w in _party_stems(stems) | _compound_words(text)}
            for stems, text in zip(pool.get_column("stems").to_list(), pool.get_column("text").to_list(), strict=True)
        ]
        self.rows = _binary(found, len(self.column))
        self.named = np.diff(self.rows.tocsc().indptr)

    def beside(self, pairs: Sequence[tuple[int, int]]) -> StemIndex:
        """This index with each row's stems joined by those of the rows ``pairs`` set beside it (either way), how many
        rows name a stem still counted row by row (``named``: what is the story's does not change)."""
        window = object.__new__(StemIndex)
        window.column, window.named, window._read = self.column, self.named, self._read
        window._unstoried, window.unstoried = self._unstoried, self.unstoried
        n = self.rows.shape[0]
        first, second = (np.array([pair[k] for pair in pairs], dtype=np.int64) for k in (0, 1))
        left, right = np.concatenate([first, second]), np.concatenate([second, first])
        near = sp.csr_matrix((np.ones(left.size, dtype=np.float32), (left, right)), shape=(n, n)) + sp.identity(n, format="csr")
        joined = (near @ self.rows).tocsr()
        joined.data[:] = 1.0
        window.rows = joined
        return window

    def unstoried_stems(self, topical: float) -> frozenset[str]:
        """The stems some row names and no more than ``topical`` rows do (not the story's: ``_unstoried_words``),
        read once per ``topical`` rather than looked up word by word in ``named`` for each claim."""
        found = self._unstoried.get(topical)
        if found is None:
            named = self.named.tolist()
            found = self._unstoried[topical] = frozenset(w for w, c in self.column.items() if named[c] <= topical)
        return found

    def read_rows(self, pool: pl.DataFrame, rows: Sequence[int]) -> list[RowRead]:
        """Rows of ``pool`` as the name index reads them (``RowRead``), each read once for every block of the search."""
        missing = [r for r in rows if r not in self._read]
        for r, text in zip(missing, pool.get_column("text").gather(missing).to_list(), strict=True):
            self._read[r] = RowRead(text)
        return [self._read[r] for r in rows]


@functools.cache
def party_stems() -> dict[str, str]:
    """Each stem of a party's forms ("gop", "dem") → the party's first form: one word in the weak band's counts.

    Made when first asked, not on import: stemming loads NLTK (and SciPy's stats with it, ~1.2 s CPU), and every
    build imports this module through ``contrast.claims``, a no-change build too, whose events come from the cache
    (it was 1.2 s of the 3.2 s CPU of a no-change rebuild of 100 sources, issue 16)."""
    return {stem: group[0] for group in PARTIES for form in group for stem in sentence_stems(form)}


def _party_stems(stems: Iterable[str]) -> set[str]:
    known = party_stems()
    return {known.get(w, w) for w in stems}


_COMPOUND = re.compile(r"\b[A-Za-z]+(?:-[A-Za-z]+)+\b")
_YEAR_WORD = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _compound_words(text: str) -> set[str]:
    """What the weak band's word test (``_told_in_words``) reads of ``text`` beside its stems: each word of a
    hyphenated compound, as a stem ("controlled-substances" is a stem of its own, so "controlled-substances laws" shared
    no word with "the federal Controlled Substances Act": check10 MJ), and each year it writes ("2010": a figure,
    which stems leave out)."""
    stop = stopwords()
    parts = {stem(w) for c in _COMPOUND.findall(text) for w in c.lower().split("-") if len(w) >= 3 and w not in stop}
    return parts | set(_YEAR_WORD.findall(text))


@text_memo(STATED_TEXTS)
def stated_stems(text: str) -> tuple[str, ...]:
    """The stems of what a claim states (``stated``): read by the weak band's and the content test's word counts."""
    return sentence_stems(stated(text))


TOLD_CHUNK = 1 << 18
"""Pairs whose shared words ``_told_in_words`` counts at a time (its memory: this many pairs' words)."""


def _binary(columns: Sequence[set[int]], width: int) -> sp.csr_matrix:
    """Rows × ``width`` binary matrix with ``columns[k]`` set in row ``k``."""
    indptr = np.zeros(len(columns) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(c) for c in columns])
    indices = np.fromiter((c for row in columns for c in sorted(row)), dtype=np.int64, count=int(indptr[-1]))
    return sp.csr_matrix((np.ones(indices.size, dtype=np.float32), indices, indptr), shape=(len(columns), max(1, width)))


def _pair_counts(left: sp.csr_matrix, right: sp.csr_matrix, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """How many columns row ``a[k]`` of ``left`` shares with row ``b[k]`` of ``right`` (binary matrices), per pair."""
    return _shared_counts(left[a], right[b])


def _shared_counts(left: sp.csr_matrix, right: sp.csr_matrix) -> np.ndarray:
    """How many columns row ``k`` of ``left`` shares with row ``k`` of ``right`` (binary matrices of one shape): the
    rows gathered by the caller, so that several counts against the same rows gather them once (``_told_in_words``)."""
    return np.asarray(left.multiply(right).sum(axis=1)).ravel()


def _may_decide(specific: sp.csr_matrix, q: np.ndarray, j: np.ndarray, scores: np.ndarray, figures: np.ndarray) -> np.ndarray:
    """Per pair (claim ``q[k]``, row ``j[k]``), whether its score counts towards the row being close: it shares
    something specific with the claim (``specific``; figures shared by value, "$200 billion" and "200", are
    something specific too: the mask ``figures``, ``figure_matches``) or scores ``CLOSE_ALONE_P``. Only the pairs
    that reach ``WEAK_P`` are asked what they share: below it a pair is never close, whatever it shares, and asking
    every pair took 1.3 s CPU of a 500-source report's events stage (issue 16; tests/test_events_stage_cost.py: the same states)."""
    counts = figures | (scores >= CLOSE_ALONE_P)
    asked = np.flatnonzero(~counts & (scores >= WEAK_P))
    counts[asked] = _share_something(specific, q[asked], j[asked])
    return counts


def _share_something(specific: sp.csr_matrix, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Per pair (``a[k]``, ``b[k]``) of rows, whether they share a column of ``specific``."""
    if a.size == 0:
        return np.zeros(0, dtype=bool)
    return _pair_counts(specific, specific, a, b) > 0


CLOSE, CONTEXT, UNANCHORED, ANCHORED = "close", "context", "no anchor", "anchor"
"""Why a claim has its state (the ``basis`` column, in events.json): possibly shared because a claim of
another origin may report it (``close``: it scores at least ``POSSIBLE_P``, or ``WEAK_P`` and shares words or a name
of what the claim states, or it shares ``CONTENT_SHARED`` words of what the claim states whatever the claim names
alone: ``_unless_told_elsewhere``), because of the sentence beside it (``context``), or because it states no name or
figure that other origins lack, its speaker aside (``anchor_terms``), so finding nothing close proves nothing
(``no anchor``); unique because nothing is close and it names something no other origin has
(``anchor``: the ``anchors`` column lists them). Without anchors the rule was tried with a second way to
be unique — nothing of another origin scoring even 0.02 or 0.025, and at least 3–6 content words: on the
dev golds it added no unique claim at 0.02 and, at 0.025, 0.02 unique recall for twice the near-unique
claims printed (0.037 → 0.074). Not taken."""


def _states(
    state: list[str], alone: list[bool], context: list[int | None], basis: list[str | None], anchors: list[list[str]]
) -> pl.DataFrame:
    return pl.DataFrame(
        {"state": pl.Series(state, dtype=pl.String()), "alone": pl.Series(alone, dtype=pl.Boolean()),
         "context": pl.Series(context, dtype=pl.UInt32()), "basis": pl.Series(basis, dtype=pl.String()),
         "anchors": pl.Series([anchors[k] if state[k] == UNIQUE else [] for k in range(len(state))], dtype=pl.List(pl.String()))}
    )  # fmt: skip


CONTENT_SHARED = 3
"""Content words of what a claim states (``stated``), besides the words of its names and figures no other
origin has, that one row of another origin must share for the claim to be "possibly reported elsewhere",
anchors or not: a claim that names something alone ("the National Retail Federation called the tariffs 'a
self-inflicted wound' that will lead to 'higher prices for products …'") may still say what another origin
says. Words in more than ``TOPIC_SHARE`` of the rows are the story's and do not count. Measured on the dev
golds: unique recall 0.089 → 0.085, gold single-source claims with a related sentence elsewhere printed "only
in" 0.018 → 0.000; counting the story's words too, 0.081 / 0.000; two words (story's counted), 0.037 / 0.000."""


def _unless_told_elsewhere(claims: pl.DataFrame, pool: pl.DataFrame, anchors: list[list[str]]) -> list[list[str]]:
    """``anchors`` emptied for each claim whose stated words (``stated``, without its anchors' words) another
    origin's row shares ``CONTENT_SHARED`` of: what it says may be told there, whatever it names alone."""
    asked = [k for k, found in enumerate(anchors) if found]
    told = _told_elsewhere(claims, pool, {k: {w for a in anchors[k] for w in sentence_stems(display_anchor(a))} for k in asked})
    return [[] if k in told else found for k, found in enumerate(anchors)]


def _told_elsewhere(claims: pl.DataFrame, pool: pl.DataFrame, asked: Mapping[int, set[str]]) -> set[int]:
    """The claims of ``asked`` (claim → words not to count: its anchors') that some row of ``pool`` of another origin
    shares ``CONTENT_SHARED`` of the words it states (``stated``) with, the story's words (``TOPIC_SHARE``) left out.

    Counted as a sparse product (claims' words × rows' words), a block of claims at a time whose product holds at most
    ``TOLD_BY_ROWS_ENTRIES`` (claim, row) counts (bounded by the rows naming each of their words): a fixed number of
    claims at a time (512) held as many rows per claim as a word may have, up to ``TOPIC_SHARE`` of the rows, so its
    memory grew with the corpus (+150 MB at 2,000 AllSides sources, issue 16); now it does not. A claim whose words
    alone reach the bound is a block by itself."""
    if not asked:
        return set()
    keys, words, named_by, origin = _content_words(claims, pool, asked)
    mine = origin[np.asarray(keys, dtype=np.int64)]
    by_word = named_by.T.tocsr()
    entries = words @ np.diff(by_word.indptr).astype(np.float64)  # per claim: the rows naming each of its words, summed
    told: set[int] = set()
    for part in _blocks_of(entries, TOLD_BY_ROWS_ENTRIES):
        shared = (words[part] @ by_word).tocoo()
        kept = (shared.data >= CONTENT_SHARED) & (origin[shared.col] != mine[part[shared.row]])
        told.update(np.asarray(keys, dtype=np.int64)[part[np.unique(shared.row[kept])]].tolist())
    return told


TOLD_BY_ROWS_ENTRIES = 1 << 21
"""(Claim, row) counts ``_told_elsewhere``'s product holds at a time, at most (its memory: ~30 bytes each)."""


def _blocks_of(weights: np.ndarray, budget: float) -> Iterator[np.ndarray]:
    """Consecutive positions of ``weights``, a block at a time whose weights sum to at most ``budget`` (a position
    whose weight alone exceeds it: a block by itself)."""
    start, total = 0, 0.0
    for k, weight in enumerate(weights.tolist()):
        if k > start and total + weight > budget:
            yield np.arange(start, k)
            start, total = k, 0.0
        total += weight
    if start < weights.size:
        yield np.arange(start, weights.size)


def _content_words(
    claims: pl.DataFrame, pool: pl.DataFrame, asked: Mapping[int, set[str]]
) -> tuple[list[int], sp.csr_matrix, sp.csr_matrix, np.ndarray]:
    """What ``_told_elsewhere`` and ``_told_close`` count: the claims of ``asked`` (in its order), their stated words
    but the story's (claims × words, binary), the pool's rows × the same words and each row's origin code."""
    texts = claims.get_column("text").to_list()
    rows = pool.get_column("stems").to_list()
    topical = max(2.0, TOPIC_SHARE * len(rows))
    wanted = {k: set(stated_stems(texts[k])) - named for k, named in asked.items()}
    vocabulary = {w: i for i, w in enumerate(sorted(set().union(*wanted.values())))}
    named_by = _binary([{vocabulary[w] for w in found if w in vocabulary} for found in rows], len(vocabulary))  # rows × words
    spread = np.asarray(named_by.sum(axis=0)).ravel()
    weight = np.where(spread <= topical, 1.0, np.where(spread <= STORY_WORD_SHARE * len(rows), STORY_WORD_WEIGHT, 0.0))
    keys = list(asked)
    words = _binary([{i for i in map(vocabulary.__getitem__, wanted[k]) if weight[i] > 0} for k in keys], len(vocabulary))
    words = sp.csr_matrix(words.multiply(weight.astype(np.float32)[None, :]))
    _, origin = np.unique(pool.get_column("origin").to_numpy(), return_inverse=True)
    return keys, words, named_by, origin


STORY_WORD_WEIGHT = 0.5
"""What a word of the story (in more than ``TOPIC_SHARE`` of the rows) counts towards ``CONTENT_SHARED``: half a word.
A paraphrase keeps the story's words with the fact's ("Adding transgender troops to the Armed Forces had been an
initiative in the Obama administration" / "… will not accept transgender troops …, reversing a policy that began under
the Obama administration": two words of the fact, two of the story); counting them for nothing, that claim was printed
"only in" its origin on "Armed Forces" alone (check W TG-15). Half: three story words and no word of the fact are still
nothing close."""
STORY_WORD_SHARE = 0.5
"""A word in more than this share of the rows (the story's subject: "transgender" in a story on the ban) counts for
nothing: every sentence of the story has it."""


NEAR_FIGURE = 0.1
"""How far apart (less than this share of the larger) two figures of one kind (money in one currency, a share, a count) may be and
still be one figure told two ways: rounded ("over $10,000" for $10,977.74, "over $300" for $313.89) or counted
otherwise ("15 bills" for "some 16 House-passed measures"). Check9g JJ-9/JJ-10, OJ-11: 8.9%, 4.4%, 6.3% apart. Figures
further apart stay anchors ($10,977.74 and $9,000: 18%; 16 and 14: 12.5%); counts under 10 are near only when equal,
and a day or a time ("Sept. 10", "6:41") is no count (a dev gold's unique claim was lost on "Sept. 10" / "Sept. 11")."""

_SCALES = {"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12}


def _figure(quantity: str) -> tuple[str, float] | None:
    """A normalised figure's kind (its currency sign, "%", or "" for a count) and value: "$2b" → ("$", 2e9)."""
    kind = quantity[0] if quantity[:1] in "$£€¥" and quantity else ("%" if quantity.endswith("%") else "")
    body = quantity.lstrip("$£€¥").rstrip("%").replace(",", "")  # a count that reads as a year keeps it: "2,000"
    scale = _SCALES.get(body[-1:], 1.0) if body else 1.0
    try:
        return kind, float(body.rstrip("kmbt")) * scale
    except ValueError:
        return None


def near_figures(a: str, b: str) -> bool:
    """Whether figures ``a`` and ``b`` (normalised: ``quantities``) are of one kind and within ``NEAR_FIGURE``."""
    x, y = _figure(a), _figure(b)
    if x is None or y is None or x[0] != y[0]:
        return False
    low, high = sorted((x[1], y[1]))
    return high > 0 and (high - low) < NEAR_FIGURE * high


_LOWER_BOUND = r"more\s+than|over|above|at\s+least|upwards\s+of|in\s+excess\s+of|exceeding|topping"
_UPPER_BOUND = r"(?:no|not)\s+more\s+than|less\s+than|fewer\s+than|under|below|up\s+to|at\s+most|nearly|almost|just\s+shy\s+of"
_ABOUT = r"about|around|roughly|approximately|some|an\s+estimated|close\s+to"
_BOUND = re.compile(
    rf"(?i)(?:^|[^\w'’-])(?:(?P<upper>{_UPPER_BOUND})|(?P<lower>{_LOWER_BOUND})|(?P<about>{_ABOUT}))\s+"
    r"(?:(?:a|an|the)\s+)?[$£€¥]?\s*$"
)
"""The word before a figure that makes it a bound ("more than 2 percent", "nearly $10,000") or a round value ("about
600"); an upper bound is tried first, so "no more than" is one."""
BOUND_SHARE = 0.25
"""How far past a bound (a share of the figure) a figure told another way may lie: "more than 2 percent" admits 2.3%
and 2.4% (check17 CN-14: the Dow "dropped … 2.3%", the S&P 500 "slipped 2.4%"), not 3.4%; "over $10,000" admits
$10,977.74; "nearly 300" admits 280, not 200."""


def _unit(quantity: str) -> float:
    """The place of a normalised figure's last significant digit, times its scale: "600" → 100, "2%" → 1, "2.5" → 0.1,
    "$2b" → 1e9: how coarsely it was rounded."""
    body = quantity.lstrip("$£€¥").rstrip("%").replace(",", "")
    scale = _SCALES.get(body[-1:], 1.0) if body else 1.0
    digits = body.rstrip("kmbt")
    if "." in digits:
        return scale * 10.0 ** -len(digits.split(".", 1)[1])
    return scale * 10.0 ** (len(digits) - len(digits.rstrip("0"))) if digits.strip("0") else scale


def figure_ranges(text: str, quantity: str) -> list[tuple[float, float]]:
    """The values ``text`` admits for the normalised figure ``quantity`` where it writes it after a bound or "about"
    (``_BOUND``): above a lower bound by up to one unit of its last digit (``_unit``), at most ``BOUND_SHARE`` of it;
    below an upper bound as far; around a round value, what rounds to it (half a unit each way, at most
    ``BOUND_SHARE``). Empty where it writes the figure bare."""
    figure = _figure(quantity)
    if figure is None:
        return []
    value = figure[1]
    digits = quantity.lstrip("$£€¥").rstrip("%").rstrip("kmbt").replace(",", "")
    pattern = r",?".join(re.escape(d) for d in digits) if "." not in digits else re.escape(digits)
    width = min(_unit(quantity), BOUND_SHARE * value)
    ranges = []
    for m in re.finditer(rf"(?<![\d.,]){pattern}(?![\d]|[.,]\d|:\d)", text):
        bound = _BOUND.search(text[max(0, m.start() - 40) : m.start()])
        if bound is None:
            continue
        if bound.group("upper"):
            ranges.append((value - width, value))
        elif bound.group("lower"):
            ranges.append((value, value + width))
        else:
            half = min(_unit(quantity) / 2, BOUND_SHARE * value)  # what rounds to it: "about 2 percent" is 1.5 to 2.5
            ranges.append((value - half, value + half))
    return ranges


def admits_figure(text: str, quantity: str, other_text: str, other: str) -> bool:
    """Whether figure ``quantity`` written in ``text`` and figure ``other`` written in ``other_text`` may be one figure:
    of one kind and within rounding (``near_figures``), or one written as a bound or a round value the other's value
    lies within (``figure_ranges``: "major U.S. indexes down more than 2 percent" and "slipped 2.4%")."""
    if near_figures(quantity, other):
        return True
    x, y = _figure(quantity), _figure(other)
    if x is None or y is None or x[0] != y[0]:
        return False
    return any(low <= y[1] <= high for low, high in figure_ranges(text, quantity)) or any(
        low <= x[1] <= high for low, high in figure_ranges(other_text, other)
    )


_DAY_OR_TIME = re.compile(r"\b(?:" + "|".join(sorted({m[:3] for m in MONTHS} | set(MONTHS) | {"sept"})) + r")\.?\s+$|:$", re.IGNORECASE)
"""What comes before a number that is a day of a month ("Sept. 10") or a time's minutes ("6:41"): no count."""


def counted_as_figure(text: str, value: str) -> bool:
    """Whether ``text`` writes the count ``value`` (a figure's digits, "2763") other than as a day or a time."""
    digits = r",?".join(value.replace(",", "")) if "." not in value else re.escape(value)
    for m in re.finditer(rf"(?<![\d.,]){digits}(?![\d]|:\d)", text):
        if not _DAY_OR_TIME.search(text[max(0, m.start() - 12) : m.start()]):
            return True
    return False


def _shares_words(words: set[str], specific: set[str], row: set[str]) -> bool:
    """Whether a row shares a word of a claim's ``specific`` words (not the story's), or two of its ``words`` at all."""
    return bool(specific & row) or len(words & row) >= 2


class FigureRows:
    """The figures of some rows (``texts``, each row's normalised ``quantities``) by kind, sorted by value: which rows
    may tell a figure within rounding or within a bound (``admits_figure``), looked up by value, not row by row."""

    def __init__(self, texts: Sequence[str], quantities: Sequence[Sequence[str] | None]) -> None:
        self._texts = texts
        self._by_kind: dict[str, list[tuple[float, int, str]]] = {}
        for row, found in enumerate(quantities):
            for q in found or []:
                if (figure := _figure(q)) is not None:
                    self._by_kind.setdefault(figure[0], []).append((figure[1], row, q))
        for rows in self._by_kind.values():
            rows.sort()

    def telling(self, text: str, quantity: str) -> Iterator[int]:
        """The rows that may tell the figure ``quantity`` as ``text`` writes it: of its kind, within rounding or a bound
        either writes (``admits_figure``), a count only where both write it as one (``counted_as_figure``)."""
        figure = _figure(quantity)
        if figure is None:
            return
        rows = self._by_kind.get(figure[0], [])
        reach = max(NEAR_FIGURE, BOUND_SHARE)  # a bound admits up to BOUND_SHARE past itself (``admits_figure``)
        start = bisect.bisect_left(rows, ((1 - reach) * figure[1], -1, ""))
        end = bisect.bisect_right(rows, (figure[1] / (1 - reach), len(self._texts), "~"))
        for _, row, other in rows[start:end]:
            if admits_figure(text, quantity, self._texts[row], other) and (
                figure[0] or (counted_as_figure(text, quantity) and counted_as_figure(self._texts[row], other))
            ):
                yield row


def _unless_near_figure(claims: pl.DataFrame, reading: PoolReading, anchors: list[list[str]]) -> list[list[str]]:
    """``anchors`` emptied for each claim one of whose figure anchors another origin's row tells within rounding
    (``near_figures``) or within a bound either writes (``admits_figure``: "down more than 2 percent" for "slipped
    2.4%", check17 CN-14) while sharing a word of what the claim states that is not the story's (``TOPIC_SHARE``), or two
    that are ("15 bills … ignored in the Democratic-led Senate" for "the Senate should take up some 16 … measures …
    job creation", check9g OJ-11), figures left out: "$10,977.74 worth of televisions … at Best Buy" is told as "over
    $10,000 at Best Buy" (check9g JJ-9). What it says may be told there: the claim is "possibly reported elsewhere".

    So for each item of a claim that joins several (``distinctive.items``), any figure of it, absent elsewhere or not,
    told within rounding in a row that names what the item names (``_told_item``): a claim is its origin's alone only
    when every item is (check9g JJ-R14: "a $466.30 dinner at CityZen … and a $5,587.75 vacation at the Martha’s Vineyard
    Holistic Retreat" was printed "only in" on the dinner's names and figure; another origin tells the vacation)."""
    figures = {k: [a[1:] for a in found if a.startswith("#")] for k, found in enumerate(anchors)}
    if not any(anchors):
        return anchors
    pool = reading.pool
    rows_of = FigureRows(pool.get_column("text").to_list(), pool.get_column("quantities").to_list())
    origins = pool.get_column("origin").to_list()
    stems = reading.stem_index()
    topical = max(2.0, TOPIC_SHARE * pool.height)
    claim_quantities = claims.get_column("quantities").to_list()
    texts = claims.get_column("text").to_list()
    row_stems = pool.get_column("stems")
    entities = claims.get_column("entities").to_list()
    result = list(anchors)

    def told(k: int, text: str, figures: Iterable[str], shares: Callable[[set[str]], bool]) -> bool:
        """Whether a row of another origin tells one of ``figures`` (of ``text``) within rounding and ``shares``."""
        return any(
            origins[row] != origins[k] and shares(_party_stems(row_stems[row])) for q in figures for row in rows_of.telling(text, q)
        )

    for k, found in enumerate(anchors):
        if not found:
            continue
        whole = [q for q in claim_quantities[k] or [] if q.lstrip("$£€¥").rstrip("kmbt%") in figures[k]]
        if told(k, texts[k], whole, _sharing(stated_stems(texts[k]), stems, topical)) or any(
            told(k, item, quantities_of(item), _told_item(item, entities[k], stems, topical)) for item in _items_of(texts[k])
        ):
            result[k] = []
    return result


def _items_of(text: str) -> list[str]:
    """The coordinated items of what ``text`` states (``distinctive.items``), when there are two or more."""
    found = items(stated(text))
    return found if len(found) >= 2 else []


def _told_item(item: str, entities: Sequence[str], stems: StemIndex, topical: float) -> Callable[[set[str]], bool]:
    """What a row telling an item's figure must share with the item (check9g JJ-R14: "a $5,587.75 vacation at the
    Martha’s Vineyard Holistic Retreat" told as "$5,687.75 on Martha's Vineyard Holistic Retreat"): every word of one
    name the item states; for an item that names nothing, a word of it that is not the story's or two that are
    (``_shares_words``)."""
    names = [stems_of for e in entities if e in item and (stems_of := set(_party_stems(sentence_stems(e))))]
    if names:
        return lambda row: any(name <= row for name in names)
    return _sharing(sentence_stems(item), stems, topical)


def _sharing(statement_stems: Iterable[str], stems: StemIndex, topical: float) -> Callable[[set[str]], bool]:
    """Whether a row's stems share a word of ``statement_stems`` not the story's (in at most ``topical`` rows), or two that
    are (``_shares_words``), figures left out."""
    words = {w for w in _party_stems(statement_stems) if not w[:1].isdigit()}
    specific = {w for w in words if w in stems.column and stems.named[stems.column[w]] <= topical}
    return lambda row: _shares_words(words, specific, row)


_WORD_PAIR = re.compile(r"(?=\b([a-z][a-z'’-]{2,})\s+([a-z][a-z'’-]{2,})\b)")
"""Two words side by side, neither capitalised (a name's words are the anchors' business): "congressional approval"."""


def _phrases(text: str) -> set[tuple[str, str]]:
    """The pairs of content words side by side in ``text`` (``_WORD_PAIR``, no stopword), as stems."""
    stop = stopwords()
    return {
        (stem(a), stem(b)) for a, b in (m.groups() for m in _WORD_PAIR.finditer(text)) if a not in stop and b not in stop
    }


class _RowWords:
    """What the phrase and year tests (``_unless_phrase_told``) read of the pool's rows: their stems (``StemIndex``),
    which are the story's (``TOPIC_SHARE``), their texts and origins."""

    def __init__(self, claims: pl.DataFrame, reading: PoolReading) -> None:
        self.stems = reading.stem_index()
        self.by_stem = self.stems.rows.tocsc()
        self.topical = max(2.0, TOPIC_SHARE * reading.pool.height)
        self.origins = claims.get_column("origin").to_list()
        self.texts = reading.pool.get_column("text").to_list()
        self.row_origins = reading.pool.get_column("origin").to_list()

    def column(self, word: str) -> int | None:
        """The stem's column, unless no row has it or it is the story's."""
        column = self.stems.column.get(party_stems().get(word, word))
        return None if column is None or self.stems.named[column] > self.topical else column

    def told(self, k: int, columns: Sequence[int], says: Callable[[str], bool]) -> bool:
        """Whether a row of another origin than claim ``k``'s, with every stem of ``columns``, ``says`` it (its text)."""
        rows = set.intersection(*(set(self.by_stem[:, c].indices.tolist()) for c in columns))
        return any(self.row_origins[r] != self.origins[k] and says(self.texts[r]) for r in rows)


def _unless_phrase_told(claims: pl.DataFrame, reading: PoolReading, anchors: list[list[str]]) -> list[list[str]]:
    """``anchors`` emptied for each claim a row of another origin shares a phrase of what it states with: two words side
    by side (``_phrases``), neither the story's (``TOPIC_SHARE``); or a year it states, with a word of the claim beside
    it in both (``_year_told``). Held-out farm-aid: "The aid will be financed through
    the USDA’s Commodity Credit Corporation and will not require congressional approval, Perdue said." once its whole
    statement is read (its name no longer taken for attribution) is anchored by "Commodity Credit Corporation", which
    another origin tells as "a Depression-era program that allows the government to borrow … without congressional
    approval" (scored 0.03, below ``WEAK_P``): a phrase kept by a paraphrase is evidence it may be told there."""
    if not any(anchors):
        return anchors
    rows = _RowWords(claims, reading)
    texts = claims.get_column("text").to_list()
    return [[] if found and _phrase_or_year_told(rows, k, stated(texts[k])) else found for k, found in enumerate(anchors)]


def _phrase_or_year_told(rows: _RowWords, k: int, statement: str) -> bool:
    for a, b in _phrases(statement):
        columns = [c for c in (rows.column(a), rows.column(b)) if c is not None]
        if len(columns) == 2 and rows.told(k, columns, functools.partial(_has_phrase, (a, b))):
            return True
    return _year_told(rows, k, statement)


def _has_phrase(pair: tuple[str, str], text: str) -> bool:
    return pair in _phrases(text)


def _has_beside_year(year: str, words: set[str], text: str) -> bool:
    return bool(words & _beside_year(text, year))


def _year_told(rows: _RowWords, k: int, statement: str) -> bool:
    """Whether a row of another origin writes a year of ``statement`` (claim ``k``'s) with a word of the claim beside the
    year in both (within ``YEAR_WINDOW`` words; neither the story's, ``TOPIC_SHARE``): check10 LP, The New York Times'
    "Mr. LePage’s six years in office here, which began as part of the Tea Party sweep in 2010, have been marked by
    controversy." is Fox's "a long history of making controversial statements dating back to 2010" (scored below
    ``WEAK_P``): a year and a word of the claim, told together, are evidence it may be told there. Beside each other,
    not anywhere in the two sentences: "Mr. Jackson arranged in March 2011 to have $7,000 paid to the taxidermist, …
    shipped a month later …" is not Fox's "… false joint federal income tax returns for the years 2006 through 2011 …"
    (BASIL jackson: both write "later", far from the year)."""
    for year in set(_YEAR_WORD.findall(statement)):
        column = rows.column(year)
        mine = {w for w in _beside_year(statement, year) if rows.column(w) is not None}
        if column is not None and mine and rows.told(k, [column], functools.partial(_has_beside_year, year, mine)):
            return True
    return False


YEAR_WINDOW = 6
"""Words either side of a year that ``_year_told`` reads as told with it."""


def _beside_year(text: str, year: str) -> set[str]:
    """The stems of the ``YEAR_WINDOW`` words either side of each place ``text`` writes ``year``."""
    tokens = re.findall(r"[\w’'-]+", text)
    return {
        w
        for at in (i for i, t in enumerate(tokens) if t == year)
        for w in _party_stems(sentence_stems(" ".join(tokens[max(0, at - YEAR_WINDOW) : at + YEAR_WINDOW + 1])))
    }


_KIN = (
    r"daughters?|sons?|wife|husband|mother|father|sisters?|brothers?|widow(?:er)?|nieces?|nephews?|grand(?:son|daughter)s?|"
    r"spouse|first lady|former president|spokes(?:man|woman|person)|predecessor|successor"
)
DESCRIPTION = re.compile(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w.-]*['’]s?)\s+(?i:(?:(?:former|late|eldest|oldest|youngest|younger|older|"
    r"elder|only|estranged)\s+)*(?:" + _KIN + r"))\b(?!,?\s+(?:" + TITLE_BEFORE_NAME + r"\.?\s+)?[A-Z][a-z])"
)
"""Someone told by a role or kinship ("the daughter of the woman the president beat", "the President's daughter", "his
wife", "the former president", "his spokesman") and not named beside it ("the first lady, Melania Trump", "his daughter
Ivanka": a name the anchor search reads)."""


def describes_someone(text: str) -> bool:
    """Whether ``text`` tells of someone by a role or kinship without naming them (``DESCRIPTION``)."""
    return DESCRIPTION.search(text) is not None


def _described(claims: pl.DataFrame, reading: PoolReading, state: Sequence[str], anchors: Sequence[list[str]]) -> set[int]:
    """The unique claims (``state``) whose anchors (``anchors``) are all people's names that another origin may tell by
    a role or kinship (check10i KG-15: Fox's "Chelsea Clinton called it “vile and wrong” in a Twitter post." is The New
    York Times' "The Trumps had the support of the daughter of the woman the president beat …"): a claim of another
    origin describes someone unnamed (``describes_someone``) and names nobody (no person-shaped name: "the spokesman for
    the National Security Council at the time, Tommy Vietor" is named), and it or a sentence beside it shares a word with the claim
    or a sentence beside it (``window``: the story's words and the anchors' left out). A name is no proof of
    absence where someone unnamed is told of beside what the claim says; and the describing claim, when unique, is no
    more alone than the named one: two claims that find each other cannot both be alone (KG-17 counted the Times'
    sentence "only in US center" while Fox's was "only in US right").

    Not a general mirror rule: two unique claims of two origins that are each other's nearest (``evidence``) were tried
    as evidence of each other (``bench_alignment_quality.py --lexical-only``): it never fired on the dev or bundled golds
    nor on group I's KG pair (their scores 0.03/0.04 go to other sentences), and on held-out 200bn it fired on two
    pairs of single-source claims (gold), whatever was asked beside (any score above 0, or ``WEAK_P`` one way; any word
    not the story's, or ``WEAK_SHARED`` of them): "Washington's rationale … grueling consequences for the Chinese
    economy" / "… the biggest round of trade tariffs yet from Washington" (0.12), unique recall 0.159 → 0.116."""
    asked = [k for k in range(claims.height) if state[k] == UNIQUE and anchors[k] and all(is_person_anchor(a) for a in anchors[k])]
    if not asked:
        return set()
    texts, origins = claims.get_column("text").to_list(), claims.get_column("origin").to_list()
    entities = claims.get_column("entities").to_list()
    describing = [r for r in range(claims.height) if describes_someone(texts[r]) and not any(map(is_person_anchor, entities[r]))]
    if not describing:
        return set()
    beside: dict[int, list[int]] = {}
    for k, before in previous_claims(claims):
        beside.setdefault(k, []).append(before)
        beside.setdefault(before, []).append(k)
    stems = reading.stem_index()
    topical = max(2.0, TOPIC_SHARE * reading.pool.height)

    def window(k: int, stated_only: bool) -> set[str]:
        read = stated_stems if stated_only else sentence_stems
        words = {w for r in (k, *beside.get(k, [])) for w in _party_stems(read(texts[r]))}
        return {w for w in words if not w[:1].isdigit() and w in stems.column and stems.named[stems.column[w]] <= topical}

    windows = {r: window(r, False) for r in describing}
    found: set[int] = set()
    for k in asked:
        named = {w for a in anchors[k] for w in _party_stems(sentence_stems(a))}
        mine = window(k, True) - named
        told = [r for r in describing if origins[r] != origins[k] and mine & windows[r]]
        if told:  # and a describing claim printed unique is not alone either: the two are each other's evidence
            found |= {k, *(r for r in told if state[r] == UNIQUE)}
    return found


LISTED_PEOPLE = 3
"""People a claim must name (and nothing else no other origin has) to be a list of people that another origin may tell
as a group (``_told_as_a_group``)."""
GROUP = re.compile(
    r"\b(?i:other|most|many|several|some|all|both|the\s+rest\s+of|(?:a|the)\s+majority\s+of|a\s+number\s+of|half\s+of|"
    r"none\s+of|the\s+remaining|a\s+handful\s+of|a\s+few\s+of)\s+(?:of\s+)?(?:(?:the|those|these|its|their|his|her)\s+)?"
    r"(?:[A-Za-z-]+\s+){0,2}?[a-z]{3,}s\b"
)
"""A group told by a quantifier and a plural noun ("other Republican candidates", "most candidates in the field", "a
majority of those candidates"), not by its members' names."""


def _told_as_a_group(
    claims: pl.DataFrame, reading: PoolReading, evidence: pl.DataFrame, state: Sequence[str], anchors: Sequence[list[str]]
) -> set[int]:
    """The unique claims (``state``) whose anchors (``anchors``) are ``LISTED_PEOPLE`` people's names or more and
    nothing else, beside a sentence (just before or after it in its source) whose nearest row of another origin
    (``evidence``) scores ``POSSIBLE_P`` and tells a group collectively (``GROUP``).

    A list of names is a group's members: another origin telling what the group did need not name them (check13n TD-14:
    the New York Times' "Mitt Romney, Rick Perry, Michele Bachmann, Jon M. Huntsman Jr. and Ron Paul all declined, …",
    after "Newt Gingrich and Rick Santorum were the only two Republicans who agreed to participate.", is Fox's "While
    … Gingrich and … Santorum agreed to attend early on, other Republican candidates subsequently bowed out." and
    HuffPost's "… a majority of those candidates made clear that they would not be turning up, with only Newt Gingrich and
    Rick Santorum pledging to appear.", which score 0.88 and 0.81 against the sentence before it and 0.03 against it:
    "declined" and "bowed out" share no word). The names are no proof of absence where the story beside them is told
    elsewhere with the group unnamed. On the dev, held-out and bundled golds no claim printed "only in" names three
    people and nothing else, so none changes (``bench_alignment_quality.py --lexical-only``)."""
    asked = [k for k, found in enumerate(anchors)
             if state[k] == UNIQUE and len(found) >= LISTED_PEOPLE and all(map(is_person_anchor, found))]  # fmt: skip
    if not asked:
        return set()
    pool = reading.pool
    origins, texts = claims.get_column("origin").to_list(), pool.get_column("text").to_list()
    row_origins = pool.get_column("origin").to_list()
    grouped: dict[int, set[str]] = {}  # claim → the other origins whose nearest row to it is close and tells a group
    for claim, row, score in evidence.select("claim_id", "candidate", "score").iter_rows():
        if row is not None and score >= POSSIBLE_P and GROUP.search(texts[row]):
            grouped.setdefault(claim, set()).add(row_origins[row])
    beside: dict[int, list[int]] = {}
    for k, before in previous_claims(claims):
        beside.setdefault(k, []).append(before)
        beside.setdefault(before, []).append(k)
    return {k for k in asked if any(grouped.get(n, set()) - {origins[k]} for n in beside.get(k, []))}


def _absent_anchors(
    claims: pl.DataFrame, reading: PoolReading, check: list[int], *, quiet: Callable[[set[int]], bool] = lambda _: False
) -> list[list[str]]:
    """Per claim: the anchors (``contrast.claims.distinctive``) of those in ``check`` that no other
    origin's row of the pool (``reading``) has; empty for the rest. A quotation's speaker, and a place where something
    happens, are among its anchors only when ``quiet({claim})``: no row of another origin scores ``WEAK_P`` against it
    (``anchor_terms``' ``quoted`` and ``places``)."""
    texts, entities, speakers, origins = (claims.get_column(c).to_list() for c in ("text", "entities", "speakers", "origin"))
    outlets = _outlets(claims)
    terms = {k: anchor_terms(texts[k], entities[k], speakers[k], quoted=(q := quiet({k})), places=q, outlet=outlets[k], years=True)
             for k in check}
    index = reading.index({w for found in terms.values() for w in anchor_words(found)})
    everyone = set(reading.pool.get_column("origin").unique().to_list())
    found: list[list[str]] = [[] for _ in range(claims.height)]
    lowered = _written_lower(reading.read())
    for k, anchors in terms.items():
        found[k] = [a for a in absent_anchors(anchors, index, everyone - {origins[k]}) if not lowered(a)]
    return found


_CAPITALISED = re.compile(r"\b([A-Z])([a-z]+)\b")
_LOWER_RUN = re.compile(r"[a-z]+")


def _written_lower(pool: pl.DataFrame) -> Callable[[str], bool]:
    """``lowered(anchor)``: whether some row of ``pool`` writes the name ``anchor`` with its capitalised words in lower
    case, its last word in either number (``_in_either_number``: "Op-Eds" / "op-ed"; "Generals" / "generals", "U.S.
    Military" / "U.S. military"): a common noun one writer capitalises (a tweet's
    "after consultation with my Generals"), not a name; another origin that tells the fact need not write it. Check W
    TG-12: Daily Kos was shown to leave out Trump's tweets ("In the flash of a tweet, he announced that transgender troops
    would be banned altogether") on "U.S. Military" and "Generals", which USA TODAY writes "U.S. military", "generals".

    Cost: one pass over the text for its runs of lower-case letters, when a first anchor asks; a name whose lowered
    words are not all among them (most: "Michael Richardson") is answered from that set, the rest by ``str.find`` over
    the text. A regular expression with look-arounds took 160 ms per anchor over 2,000 AllSides articles (11 MB), which
    is minutes for the thousands of anchors of a large report (issue 16)."""
    texts = pool.get_column("text").to_list()
    read: dict[str, object] = {}

    def runs() -> frozenset[str]:
        if "runs" not in read:
            read["runs"] = frozenset(w for t in texts for w in _LOWER_RUN.findall(t))
        return read["runs"]  # type: ignore[return-value]

    def text() -> str:
        if "text" not in read:
            read["text"] = "\n".join(texts)
        return read["text"]  # type: ignore[return-value]

    @functools.cache
    def lowered(anchor: str) -> bool:
        if anchor.startswith("#"):
            return False
        low = _CAPITALISED.sub(lambda m: m.group(1).lower() + m.group(2), anchor)
        if low == anchor:
            return False
        return any(
            all(w in runs() for w in _LOWER_RUN.findall(form)) and _written_apart(text(), form) for form in _in_either_number(low)
        )

    return lowered


def _in_either_number(phrase: str) -> list[str]:
    """``phrase`` with its last word as written, in the singular and in the plural: a common noun one writer capitalises
    in the plural is the singular another writes in lower case (check AA OP-9: the Guardian's "… puts his name on his
    Op-Eds" beside National Review's "In an unsigned op-ed published in the New York Times …")."""
    last = re.search(r"[a-z]+$", phrase)
    if last is None:
        return [phrase]
    word, before = last.group(), phrase[: last.start()]
    one = word[:-1] if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 2 else word
    return list(dict.fromkeys([phrase, before + one, before + one + "s"]))


def _written_apart(text: str, phrase: str) -> bool:
    """Whether ``text`` writes ``phrase`` as words of its own: not inside a longer word, a hyphenated word or an
    abbreviation (no word character, "." or "-" before it; no word character or "-" after it)."""
    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "_.-") and not (after.isalnum() or after in "_-"):
            return True
        start = text.find(phrase, start + 1)
    return False


def _undated_if_stirred(named: list[list[str]], stirred: set[int]) -> list[list[str]]:
    """``named`` without the bare years and weekdays of each claim a row of another origin comes near (``stirred``:
    scores ``WEAK_P``): another origin may tell the same fact without its year or day ("Their father, former Vice President Dick
    Cheney, supports same-sex marriage" against HuffPost's "… her father, who offered support for gay marriage in
    2009"), so the year shows that claim possibly reported there ("close"), not that it names nothing the others lack
    (check12l CH-15), and never makes it its origin's alone. Where nothing comes near, a year no other origin writes (in
    figures or as "next year": ``PoolReading``) is an anchor as a name is, and so is a weekday (check13n TD-17). A claim
    so undated is "close" only when such a row shares a word of what it states that is neither the story's nor news at
    large's (``_shares_a_stated_word``: "father" above); else it names nothing the search takes as proof ("no anchor",
    check13-reN TD-16: HuffPost's "… as late as Monday night, he was still saying that the forum was taking place",
    beside Fox's and the Times' rows scoring 0.07 and 0.06 through "Trump", "debate" and "saying", had been counted as
    having a sentence elsewhere sharing enough words or names). Printing such a claim as its origin's alone instead was
    tried: it also printed the Times' "Mr. Steele has kept close counsel about his future, Republican officials said
    Sunday, …", which HuffPost tells ("even his top advisors … say they don't know which direction he will take")."""
    return [[a for a in found if not (is_year(a) or is_weekday(a))] if k in stirred else found for k, found in enumerate(named)]


def _outlets(claims: pl.DataFrame) -> list[str]:
    """Each claim's source's outlet (the ``outlet`` column, from the sources' headers: ``find_events``' ``outlets``), ""
    where it is not known: its own name is never an anchor of the claim (``anchor_terms``)."""
    if "outlet" not in claims.columns:
        return [""] * claims.height
    return [o or "" for o in claims.get_column("outlet").to_list()]


class PoolReading:
    """What both absence searches (``absence_states``, ``event_absences``) read of the pool's rows, read once: each
    row's figure values (``figure_values``) and one ``AnchorIndex`` over the words of every anchor either search
    asks about, the checked claims' and the events' (``event_terms``).

    ``unclaimed``: the sentences of the sources that are no claim (``source_id``, ``origin``, ``text``: questions,
    headings, lines too short to state a fact), read by the name index alone. An anchor is what no other origin's text
    has, and such a sentence is text its reader sees: check AA OP-9, the Guardian's claim was shown to name "Twitter"
    where no other origin does, though Reuters writes "The Republican president later fired off a one-word message on
    Twitter: “TREASON?”", a question and so no claim. An index built for more words answers as
    one built for fewer: it is asked only about words it was built for (issue 16: on a 300-source report the index
    was built twice and each row's figure values read six times, 66,264 calls for 10,975 rows; both searches took
    4.9 s CPU, now 4.5, means of four runs each, side by side under load)."""

    def __init__(self, claims: pl.DataFrame, pool: pl.DataFrame, *, unclaimed: pl.DataFrame | None = None) -> None:
        self.claims, self.pool = claims, pool
        self.unclaimed = unclaimed if unclaimed is not None else pool.clear().select("source_id", "origin", "text")
        self._published = (dict(claims.select("source_id", "published").unique("source_id").iter_rows())
                           if "published" in claims.columns else {})
        self.figures = [figure_values(row) for row in pool.get_column("quantities").to_list()]
        self._index: AnchorIndex | None = None
        self._wanted: set[str] = set()
        self._terms: dict[int, list[str]] | None = None
        self._stem_index: StemIndex | None = None
        self._window_index: StemIndex | None = None
        self._claim_sources: pl.DataFrame | None = None
        self._unclaimed_quantities: list[list[str]] | None = None

    def stem_index(self) -> StemIndex:
        """The pool's rows × stems (``StemIndex``), read once for every block searched."""
        if self._stem_index is None:
            self._stem_index = StemIndex(self.pool)
        return self._stem_index

    def window_index(self) -> StemIndex:
        """The pool's rows × stems, each claim read with the claims beside it in its source (``StemIndex.beside``)."""
        if self._window_index is None:
            self._window_index = self.stem_index().beside(previous_claims(self.claims))
        return self._window_index

    def claim_sources(self) -> pl.DataFrame:
        """The claims' source ids, sorted (``_listed``'s ``by_source``), read once for every block searched."""
        if self._claim_sources is None:
            self._claim_sources = self.claims.select("source_id").unique().sort("source_id")
        return self._claim_sources

    def read(self) -> pl.DataFrame:
        """Every text the name index reads (``source_id``, ``origin``, ``text``): the pool's rows, then the unclaimed."""
        return pl.concat([self.pool.select("source_id", "origin", "text"), self.unclaimed.select("source_id", "origin", "text")])

    def event_terms(self) -> dict[int, list[str]]:
        """Per event of two origins: the anchors its members state and the names of who they quote, in claim order."""
        if self._terms is None:
            self._terms = {}
            for event, text, entities, speakers in (
                _event_members(self.claims).sort("claim_id").select("event", "text", "entities", "speakers").iter_rows()
            ):
                spoken = [_POSSESSIVE_END.sub("", name) for name in speakers]
                self._terms[event] = list(dict.fromkeys([*self._terms.get(event, []), *anchor_terms(text, entities, speakers), *spoken]))
        return self._terms

    def unclaimed_quantities(self) -> list[list[str]]:
        """The normalised figures of each unclaimed sentence (``terms.quantities``), read once for both searches."""
        if self._unclaimed_quantities is None:
            self._unclaimed_quantities = [quantities_of(t) for t in self.unclaimed.get_column("text").to_list()]
        return self._unclaimed_quantities

    def index(self, wanted: set[str]) -> AnchorIndex:
        """The index of which origins name each word of ``wanted`` (and every event's anchor words), built once."""
        if self._index is None or not wanted <= self._wanted:
            self._wanted |= wanted | {w for found in self.event_terms().values() for w in anchor_words(found)}
            read = self.read()
            figures = [*self.figures, *(figure_values(found) for found in self.unclaimed_quantities())]
            self._index = AnchorIndex(self._dated_texts(read), read.get_column("origin").to_list(), figures, self._wanted)
        return self._index

    def _dated_texts(self, rows: pl.DataFrame) -> list[str]:
        """The texts of ``rows``, each with the years its "next year", "last year", "this year" mean (``terms.relative_years``,
        from its source's date: the claims' ``published`` column, when given): a row that tells of "next year's
        Republican primary" in 2013 names 2014 (check12l CH-14)."""
        texts = rows.get_column("text").to_list()
        if not self._published:
            return texts
        sources = rows.get_column("source_id").to_list()
        return [f"{text} {' '.join(meant)}" if (meant := relative_years(text, self._published.get(source) or "")) else text
                for text, source in zip(texts, sources, strict=True)]


def _event_members(claims: pl.DataFrame) -> pl.DataFrame:
    """The claims of the events two origins report (``event_members``' origins)."""
    spans = event_members(claims).group_by("event").agg(pl.col("origin").unique().alias("by")).filter(pl.col("by").list.len() >= 2)
    return claims.filter(pl.col("event").is_not_null() & pl.col("event").is_in(spans.get_column("event").implode()))


def in_context(
    claims: pl.DataFrame, state: list[str], alone: list[bool], *, told: Collection[int] = frozenset()
) -> list[int | None]:
    """Read each claim with its neighbours (updates ``state`` and ``alone`` in place): a unique claim
    beside a shared one (just before or after it in its source), or opening with a back-reference
    after a claim that is not unique, becomes possibly shared; a back-reference is alone only if the
    claim before it is, and an example named without what it exemplifies never is (``ANAPHORIC_EXAMPLE``).
    ``told``: claims (ids) very likely told elsewhere though in no event (``TOLD_ELSEWHERE_P``), as good as shared for
    their neighbours. Returns, per claim, the neighbour that decided it (else None)."""
    context: list[int | None] = [None] * len(state)
    texts = claims.get_column("text").to_list()
    shared = [s == SHARED or k in told for k, s in enumerate(state)]  # claim ids are row numbers (``previous_claims``)
    for k, before in previous_claims(claims):
        refers = BACK_REFERENCE.match(texts[k]) is not None
        if state[k] == UNIQUE and (shared[before] or (refers and state[before] == POSSIBLY_SHARED)):
            state[k], alone[k], context[k] = POSSIBLY_SHARED, False, before
        elif state[before] == UNIQUE and shared[k]:
            state[before], alone[before], context[before] = POSSIBLY_SHARED, False, k
        if refers and not alone[before]:
            alone[k] = False
    for k, text in enumerate(texts):
        if ANAPHORIC_EXAMPLE.search(text):  # "North Carolina was the most recent example": of what, the sentence before says
            alone[k] = False
    return context


BACK_REFERENCE = re.compile(
    r"[\"“‘'(]*(?:he|she|they|it(?!(?:['’]s| is| was| has| had)(?: been)? (?:said|reported|claimed|believed|thought|"
    r"alleged|argued|rumou?red|known|understood|estimated|expected)\b)|this|that|these|those|his|her|their|its|such)\b",
    re.IGNORECASE,
)
"""A sentence opening with a pronoun (or "this", "such") refers back to the sentence before it; not the "it" of an
impersonal passive ("It's been said that …", "It is believed …"), which refers to nothing (check13-bundled: once a
pasted link headline was cleaned off it, the Navarro claim was read as referring back)."""


ANAPHORIC_EXAMPLE = re.compile(
    r"(?i)\b(?:the\s+(?:most\s+recent|latest|newest|last|first|second|third|only|best|worst|clearest|starkest|biggest|"
    r"prime|classic|perfect)|another|one\s+such|an?\s+(?:similar|recent|further|second|third|prime|classic|good|"
    r"perfect|rare|other)|such\s+an?|this|that|these|those)\s+(?:examples?|instances?|illustrations?)\b"
    r"(?!\s+(?:of|in\s+which|where|when|that|which|who)\b)"
    r"|\bcase\s+in\s+point\b"
)
"""An example named without what it exemplifies ("North Carolina was the most recent example last May.", Fox, check AF
DM, reader item 6; "Ohio is another example.", "One such instance came in 2019."): what it is an example of, the
sentence before says. Such a claim is never ``alone``: the handout's "Only Source X makes this claim" question would quote
a sentence a student cannot read without the one before it. Its state is left as the absence search finds it: what it
names may still be its origin's alone. "An example of …", "the latest example in which …" say what they exemplify."""


def previous_claims(claims: pl.DataFrame) -> list[tuple[int, int]]:
    """(claim, the claim just before it in its source), in source and sentence order: a state read
    from the sentence before is read after that sentence's own."""
    ordered = claims.select("claim_id", "source_id", "sentence_index").sort("source_id", "sentence_index").rows()
    return [
        (int(claim), int(before))
        for (before, source_before, index_before), (claim, source, index) in itertools.pairwise(ordered)
        if source == source_before and index == index_before + 1
    ]


def _search_blocks(
    scorer: PairScorer, pool: pl.DataFrame, query: np.ndarray, figures: Sequence[frozenset[str]]
) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Pairs (query claim, row of another source) that may report one fact, ``SEARCH_BLOCK`` query claims at a time
    ((the block's claims, q, j), in claim order for a sorted ``query``): every pair sharing a feature up to
    ``EXHAUSTIVE_MAX_CLAIMS`` rows, else through each query's rarest features; and pairs sharing ``SHARED_FIGURES``
    figure values (``figures``: each row's)."""
    n = pool.height
    exhaustive = n <= EXHAUSTIVE_MAX_CLAIMS
    shared_figures = _FigurePairs(pool, figures)
    for block, q, j in query_pair_blocks(
        scorer.matrix,
        pool.get_column("source_id").to_numpy(),
        query,
        max_df=n if exhaustive else CANDIDATE_MAX_DF,
        per_claim=scorer.matrix.shape[1] if exhaustive else CANDIDATE_FEATURES,
        rows=SEARCH_BLOCK,
    ):
        yield block, *shared_figures.added(q, j, block)


def event_absences(
    claims: pl.DataFrame,
    scorer: PairScorer,
    *,
    pool: pl.DataFrame | None = None,
    reading: PoolReading | None = None,
    specific: sp.csr_matrix | None = None,
) -> pl.DataFrame:
    """Per event of two origins and per origin that has no claim in it: the origin's claim closest to
    any of the event's members (``candidate``, null if none shares a feature), its ``score``, and the
    event's anchors (names, figures its members state: ``contrast.claims.distinctive``) when no row
    of the origin has any of them (``absent``; empty when the origin names one). The origin leaves the
    event out only when that score is below ``ABSENT_P`` and something is ``absent``: an event told only
    in words the origin may put otherwise ("There should be no doubting Beijing's resolve"), or part of
    which the origin names, is not shown to be left out. ``pool``: every
    row searched, as for ``absence_states``.

    Who the members quote is named by the event: an origin that never names the person whose words two other origins
    quote does not report those words (check7 MJ-18: Michael Elliott). What is shown left out is what two of the
    reporting origins name (``_told_by_members``), and a row of the origin that shares ``CONTENT_SHARED`` words of
    what a member states is close whatever it scores (``_told_close``), as for a claim that names something alone.
    ``reading``: what ``absence_states`` read of the pool's rows (``PoolReading``), read again when not given.
    ``specific`` (as for ``absence_states``): a weakly close row counts as a claim's does (``_weakly_told``). An absent
    one-word name that is a word of news at large does not show the event left out (``_no_news_word``)."""
    pool = claims if pool is None else pool
    reading = PoolReading(claims, pool) if reading is None else reading
    spans = event_members(claims).group_by("event").agg(pl.col("origin").unique().alias("by")).filter(pl.col("by").list.len() >= 2)
    if spans.height == 0:
        return empty_absences()
    origins = pool.get_column("origin").to_numpy()
    members = _event_members(claims)
    query = np.sort(members.get_column("claim_id").to_numpy().astype(np.int64))
    event_of = np.zeros(pool.height, dtype=np.int64)
    event_of[members.get_column("claim_id").to_numpy().astype(np.int64)] = members.get_column("event").to_numpy()
    names, origin_codes = np.unique(origins, return_inverse=True)
    content = _content_words(claims, pool, {k: set() for k in query.tolist()})
    # a block of members at a time (``_search_blocks``), each reduced to its nearest row per event and origin before
    # the next is searched; the nearest of those is the nearest of every pair (highest score, then lowest row)
    parts = [
        _event_nearest(claims, pool, scorer, reading, specific, content, event_of[q], origin_codes[j], q, j)
        for _, q, j in _search_blocks(scorer, pool, query, reading.figures)
    ]
    event, origin, candidate, score = nearest(*(np.concatenate([part[k] for part in parts]) for k in range(4)))
    del parts
    found = pl.DataFrame(
        {"event": pl.Series(event, dtype=pl.Int32()), "origin": pl.Series(names[origin].tolist(), dtype=pl.String()),
         "candidate": candidate.astype(np.uint32), "score": score}
    )  # fmt: skip
    everyone = sorted(set(claims.get_column("origin").to_list()))
    absent = spans.select("event", pl.lit(everyone).alias("origin")).explode("origin")
    absent = absent.join(spans, on="event").filter(~pl.col("origin").is_in(pl.col("by"))).select("event", "origin")
    terms = reading.event_terms()
    wanted = {w for found in terms.values() for w in anchor_words(found)}
    index = reading.index(wanted)
    topical = max(2.0, TOPIC_SHARE * pool.height)
    unnamed = [_unnamed(terms.get(e, []), index, o, topical) for e, o in absent.iter_rows()]
    unnamed = _unless_figure_near(reading, members, list(absent.iter_rows()), unnamed)
    told_by = _told_by_members(members, wanted, reading.figures)
    events = absent.get_column("event").to_list()
    unnamed = [_fullest([a for a in missing if len(told_by(e, a)) >= 2]) for e, missing in zip(events, unnamed, strict=True)]
    written = _story_words(pool) if any(" " not in a for missing in unnamed for a in missing) else frozenset()
    common = _written_news_words(written)  # read once for every event and origin, not once per (event, origin)
    lowered = _written_lower(reading.read())
    unnamed = [[a for a in _kept_names(missing, common) if not lowered(a)] for missing in unnamed]
    return (
        absent.with_columns(pl.Series("absent", unnamed, dtype=pl.List(pl.String())))
        .join(found, on=["event", "origin"], how="left", maintain_order="left")
        .with_columns(pl.col("score").fill_null(0.0))
        .select(pl.col("event").cast(pl.Int32), "origin", "candidate", "score", "absent")
        .sort("event", "origin")
    )


def _unless_figure_near(
    reading: PoolReading, members: pl.DataFrame, absent: Sequence[tuple[int, str]], unnamed: list[list[str]]
) -> list[list[str]]:
    """``unnamed`` (per (event, origin) of ``absent``) emptied where a row of the origin tells one of the figures it
    lacks within rounding or a bound (``FigureRows``), as a member writes it: an origin that writes "$4.2 million" for
    the "about $4 million" two others write, or "at least $31 million" for their "$30.5 million", names that figure
    (check AH WI-22: Fox was shown to leave out "Walker raised $30.5 million, while Barrett raised only about $4
    million" on "4" alone, though it writes "Barrett's $4.2 million in donations"). As for a figure named exactly
    (``_unnamed``), naming part of the event is enough: the report then says nothing of it, never "not reported"."""
    if not any(a.startswith("#") for missing in unnamed for a in missing):
        return unnamed
    read = reading.read()
    texts = read.get_column("text").to_list()
    rows = FigureRows(texts, [*reading.pool.get_column("quantities").to_list(), *reading.unclaimed_quantities()])
    origins = read.get_column("origin").to_list()
    written: dict[int, list[tuple[str, str]]] = {}
    for event, text, found in members.select("event", "text", "quantities").iter_rows():
        written.setdefault(event, []).extend((text, q) for q in found or [])

    def near(event: int, origin: str, missing: list[str]) -> bool:
        values = {a[1:] for a in missing if a.startswith("#")}
        return any(
            origins[row] == origin
            for text, q in written.get(event, [])
            if figure_value(q) in values
            for row in rows.telling(text, q)
        )

    return [[] if missing and near(e, o, missing) else missing for (e, o), missing in zip(absent, unnamed, strict=True)]


def _event_nearest(
    claims: pl.DataFrame, pool: pl.DataFrame, scorer: PairScorer, reading: PoolReading, specific: sp.csr_matrix | None,
    content: tuple[list[int], sp.csr_matrix, sp.csr_matrix, np.ndarray], event: np.ndarray, origin: np.ndarray,
    q: np.ndarray, j: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:  # fmt: skip
    """Per (``event``, ``origin``) of the pairs (member ``q[k]``, row ``j[k]``) of one block of ``event_absences``'
    search: the nearest row and its score, as the omission test reads the scores (``nearest``)."""
    scores = scorer.closeness(q, j)
    figured = figure_matches(reading.figures, q, j)
    scores[figured] = np.maximum(scores[figured], POSSIBLE_P)
    if specific is not None:
        scores = _weakly_told(claims, pool, specific, q, j, scores, figured, index=reading.stem_index())
    del figured
    scores = _told_close(claims, pool, q, j, scores, content=content)
    return nearest(event, origin, j, scores)


def _told_by_members(members: pl.DataFrame, wanted: set[str], figures: Sequence[frozenset[str]]) -> Callable[[int, str], set[str]]:
    """``told_by(event, anchor)``: the origins whose members of ``event`` name ``anchor`` (as ``AnchorIndex`` reads a
    name or a figure). An origin is shown to leave out what two other origins both name: a name one member states
    beside the shared fact ("… said Sheriff X of Y County") is that member's detail, not the event. ``figures``: each
    pool row's figure values (``PoolReading``)."""
    keys = [f"{e}\x00{o}" for e, o in members.select("event", "origin").iter_rows()]
    index = AnchorIndex(members.get_column("text").to_list(), keys, [figures[k] for k in members.get_column("claim_id").to_list()], wanted)

    def told_by(event: int, anchor: str) -> set[str]:
        return {key.split("\x00")[1] for key in index.named_by(anchor) if key.split("\x00")[0] == str(event)}

    return told_by


_POSSESSIVE_END = re.compile(r"['’]s?$")


def _fullest(names: list[str]) -> list[str]:
    """``names`` without one that ends another listed ("Elliott" beside "Michael Elliott"): one person, listed once."""
    return [n for n in names if not any(other != n and other.endswith(" " + n) for other in names)]


def _weakly_told(
    claims: pl.DataFrame, pool: pl.DataFrame, specific: sp.csr_matrix, q: np.ndarray, j: np.ndarray, scores: np.ndarray,
    figured: np.ndarray, *, index: StemIndex | None = None,
) -> np.ndarray:  # fmt: skip
    """``scores`` of the pairs (member ``q[k]``, row ``j[k]``) as the omission test reads them: from ``ABSENT_P`` up
    to ``POSSIBLE_P`` a pair counts only when the row shares something specific with the member (``specific``:
    ``align.specific_features`` with the floor ``align.EVENT_ROWS``), words or a name of what it states
    (``_told_in_words``), or a figure; else it scores 0. Every sentence of one story scores 0.05–0.2 against the
    others through the story's words, so any such row blocked an omission (check7 ET-18: Fox's tweet sentence, 0.14
    against the Sanerib quotation through "Trump" and "decision"; check9-recheck RM-O6, MJ-18, FL-12).

    ``bench_alignment_quality.py --lexical-only``, omissions printed (with ``_no_news_word``): dev 16 → 21, held-out
    2 → 4, bundled 1 → 1, false omissions 0 everywhere, every other column unchanged. A claim's own standard (specific
    *and* told in words) printed dev 29 / held-out 5 / bundled 2, also with no false omission, but lets a box's
    "Canada and Mexico, on goods including steel and aluminium" show its source leaving the allies' duties out
    (tests: ``test_an_event_reported_only_in_a_box_cleaning_set_aside_is_not_left_out``); without ``_no_news_word``
    either standard printed a false omission on held-out birthright."""
    weak = np.flatnonzero((scores >= ABSENT_P) & (scores < POSSIBLE_P) & ~figured)
    if weak.size:
        counts = _share_something(specific, q[weak], j[weak]) | _told_in_words(claims, pool, q[weak], j[weak], index=index)
        scores[weak[~counts]] = 0.0
    return scores


def _no_news_word(absent: list[str], written: Iterable[str] = ()) -> list[str]:
    """An event's absent anchors without a one-word name that is a word of news at large (``news_words``: "State" of
    the 14th Amendment's "of the State wherein they reside"): an origin that never writes the word may still tell
    the event (held-out birthright: HuffPost's "All babies born in the U.S. are American citizens under the
    Constitution's 14th Amendment" was shown left out on "State" alone, a false omission).

    Nor one of ``TYPO_LETTERS`` letters or more that is one letter off (``one_edit``) a word of news the story writes
    (``written``, lower case): it may be that word misspelt (check13o PA-28: "many Americas of faith", Fox's and
    HuffPost's typo of "Americans", was the proof that the Times, which writes "America", left Perry's line out)."""
    return _kept_names(absent, _written_news_words(written))


def _written_news_words(written: Iterable[str]) -> frozenset[str]:
    """The words of ``written`` that are words of news at large (``news_words``): those a one-word name may be a
    misspelling of (``_no_news_word``). Read once per search: read again for each event and origin, as it was, this
    was 23 % of the events stage's CPU at 500 AllSides sources (py-spy; issue 16)."""
    words = news_words()
    return frozenset(w for w in written if stem(w) in words)


def _kept_names(absent: list[str], common: frozenset[str]) -> list[str]:
    """``_no_news_word`` of ``absent``, given the story's words of news (``_written_news_words``)."""
    words = news_words()

    def typo(name: str) -> bool:
        low = name.lower()
        return len(low) >= TYPO_LETTERS and any(w != low and one_edit(low, w) for w in common)

    return [a for a in absent if " " in a or a.startswith("#") or (a.lower() not in words and not _function_acronym(a) and not typo(a))]


def _function_acronym(name: str) -> bool:
    """Whether ``name`` read without its dots is a function word ("U.S.", "US"): the country every American story is
    in, no proof that an origin left one event out (check W TG-12: "U.S." was one of the absent names of Trump's tweets)."""
    return "." in name and name.replace(".", "").lower() in stopwords()


TYPO_LETTERS = 6
"""Letters of a one-word name from which one letter off a word of news is read as a possible misspelling of it
(``_no_news_word``); shorter names are too often one letter from another word ("Osama", "Obama")."""


def one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter added, dropped or changed."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return (a[i + 1 :] == b[i:]) if len(a) > len(b) else (a[i:] == b[i + 1 :])


def _story_words(pool: pl.DataFrame) -> frozenset[str]:
    """The lower-case words of every row of ``pool``."""
    return frozenset(w for text in pool.get_column("text").to_list() for w in re.findall(r"[^\W\d_]+", text.lower()))


def _told_close(
    claims: pl.DataFrame, pool: pl.DataFrame, q: np.ndarray, j: np.ndarray, scores: np.ndarray,
    *, content: tuple[list[int], sp.csr_matrix, sp.csr_matrix, np.ndarray] | None = None,
) -> np.ndarray:  # fmt: skip
    """``scores`` of the pairs (member ``q[k]``, row ``j[k]``), raised to ``POSSIBLE_P`` where the row, of another
    origin, shares ``CONTENT_SHARED`` words of what the member states (as ``_told_elsewhere`` counts them): it may tell
    the event in other words. Counted over these pairs only, ``TOLD_PAIRS_CHUNK`` at a time: counted over every row
    sharing a word with a member (the old ``_told_by_rows``), the work grew with members × rows per word, the corpus squared,
    and held +325 MB of event_absences at 2,000 AllSides sources (issue 16). ``content``: ``_content_words`` of
    (at least) the members of ``q``, read once for every block of the search (made here when not given)."""
    if q.size == 0:
        return scores
    keys, words, named_by, origin = _content_words(claims, pool, {k: set() for k in np.unique(q).tolist()}) if content is None else content
    member = np.searchsorted(np.asarray(keys, dtype=np.int64), q)
    for start in range(0, q.size, TOLD_PAIRS_CHUNK):
        a, b = member[start : start + TOLD_PAIRS_CHUNK], j[start : start + TOLD_PAIRS_CHUNK]
        near = (_pair_counts(words, named_by, a, b) >= CONTENT_SHARED) & (origin[b] != origin[q[start : start + TOLD_PAIRS_CHUNK]])
        raised = start + np.flatnonzero(near)
        scores[raised] = np.maximum(scores[raised], POSSIBLE_P)
    return scores


TOLD_PAIRS_CHUNK = 1 << 16
"""Pairs whose shared words ``_told_close`` counts at a time (its memory: their two rows of words each)."""


def _unnamed(anchors: list[str], index: AnchorIndex, origin: str, topical: float) -> list[str]:
    """The event's specific anchors (named in at most ``topical`` rows: "Trump" in a Trump story is not
    specific) when ``origin`` has none of them, else nothing: an origin that names part of an event
    ("another $16 billion" of "another 16 in two weeks, and then … $200bn in abeyance") may report it
    in part, so it is not shown to leave it out."""
    specific = [a for a in anchors if index.rows_naming(a) <= topical]
    missing = absent_anchors(specific, index, [origin])
    return missing if len(missing) == len(specific) else []


NEAREST_CHUNK = 1 << 20
"""Pairs reduced at a time by ``nearest``: beyond the pairs themselves, its memory is this many pairs' sort."""


def nearest(
    group: np.ndarray, other: np.ndarray, candidate: np.ndarray, score: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per (``group``, ``other``) value pair among the scored pairs: the best ``candidate`` (highest
    ``score``, then lowest row), sorted by ``group`` then ``other`` (integer codes; codes of names in
    sorted order sort as the names do).

    What sorting every pair by (group, other, score descending, candidate) and keeping each group's
    first row gives, without a table of all pairs (with the other source's name as a string per pair,
    that table was the largest thing a build held: 8 million pairs at 200 sources of 50 KB). The
    pairs are taken in order of ``group``, a chunk of whole groups at a time: as they come when they
    are in that order already (the absence search's are, but for the figure pairs after them), else
    through a stable sort's order.
    """
    in_order = bool(np.all(group[1:] >= group[:-1]))
    order = None if in_order else np.argsort(group, kind="stable")
    ordered = group if order is None else group[order]
    cuts = np.unique(np.searchsorted(ordered, ordered[::NEAREST_CHUNK], side="left"))
    del ordered
    bounds = [*cuts.tolist(), group.size]

    def chunk(values: np.ndarray, start: int, end: int) -> np.ndarray:
        return values[start:end] if order is None else values[order[start:end]]

    parts = [
        _best(chunk(group, s, e), chunk(other, s, e), chunk(candidate, s, e), chunk(score, s, e)) for s, e in itertools.pairwise(bounds)
    ]
    if not parts:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty, np.zeros(0, dtype=np.float64)
    return tuple(np.concatenate([part[k] for part in parts]) for k in range(4))  # type: ignore[return-value]


def _best(
    group: np.ndarray, other: np.ndarray, candidate: np.ndarray, score: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per (group, other): the highest score and, among the pairs that have it, the lowest candidate — the
    first row of a sort by (group, other, score descending, candidate), from one sort of a single key and two
    reductions instead of a four-key ``lexsort`` (its four passes were 9 s of a 500-source report's build)."""
    if group.size == 0:
        return group, other, candidate, score
    key = group.astype(np.int64) * (int(other.max()) + 1) + other
    order = np.argsort(key, kind="stable")
    key, score, candidate = key[order], score[order], candidate[order]
    starts = np.flatnonzero(np.concatenate(([True], key[1:] != key[:-1])))
    best = np.maximum.reduceat(score, starts)
    ties = score == np.repeat(best, np.diff(np.append(starts, key.size)))
    chosen = np.minimum.reduceat(np.where(ties, candidate, np.iinfo(candidate.dtype).max), starts).astype(candidate.dtype)
    first = order[starts]
    return group[first], other[first], chosen, best


def _with_figure_pairs(
    q: np.ndarray, j: np.ndarray, claims: pl.DataFrame, query: np.ndarray, values: Sequence[frozenset[str]]
) -> tuple[np.ndarray, np.ndarray]:
    """Add the pairs (query claim, claim of another source) that share ``SHARED_FIGURES`` figure values (``values``:
    each row's): their words may share nothing ("$200 billion" and "200" are different features). Pairs given in
    claim order (``candidate_pairs``) are returned in claim order."""
    return _FigurePairs(claims, values).added(q, j, query)


class _FigurePairs:
    """The rows of ``claims`` per figure value (of the rows with ``SHARED_FIGURES`` values; ``values``: each row's),
    read once for every block of the search (``_with_figure_pairs``)."""

    def __init__(self, claims: pl.DataFrame, values: Sequence[frozenset[str]]) -> None:
        self.sources = claims.get_column("source_id").to_list()
        self.values = values
        self.postings: dict[str, list[int]] = {}
        for k, found in enumerate(values):
            if len(found) >= SHARED_FIGURES:
                for value in found:
                    self.postings.setdefault(value, []).append(k)

    def added(self, q: np.ndarray, j: np.ndarray, query: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``q``, ``j`` with the pairs of the ``query`` claims that share figures (``_with_figure_pairs``)."""
        values, sources = self.values, self.sources
        extra_q, extra_j = [], []
        for k in query.tolist():
            if len(values[k]) < SHARED_FIGURES:
                continue
            counts: dict[int, int] = {}
            for value in values[k]:
                for other in self.postings.get(value, []):
                    counts[other] = counts.get(other, 0) + 1
            for other, shared in sorted(counts.items()):
                if shared >= SHARED_FIGURES and sources[other] != sources[k]:
                    extra_q.append(k)
                    extra_j.append(other)
        if not extra_q:
            return q, j
        # each after the pairs of its claim: the pairs stay in claim order, which ``nearest`` reduces without a sort
        at = np.searchsorted(q, np.asarray(extra_q, dtype=np.int64), side="right")
        return np.insert(q, at, extra_q), np.insert(j, at, extra_j)


def figure_value(quantity: str) -> str:
    """The number of one normalised figure, without currency or scale ("$200b" → "200")."""
    return quantity.lstrip("$£€¥").rstrip("kmbt%")


def figure_values(quantities: list[str]) -> frozenset[str]:
    """The numbers of a claim's normalised figures (``figure_value`` of each): read once per row (``PoolReading``)."""
    return frozenset(figure_value(q) for q in quantities)


def figure_matches(values: Sequence[frozenset[str]], a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Whether rows ``a[k]`` and ``b[k]`` share at least ``SHARED_FIGURES`` figure values (``values``: each row's), per
    pair: a mask, a byte per pair (as 0.0/1.0 scores it was eight, and three arrays of them at once)."""
    found = np.zeros(a.size, dtype=bool)
    if a.size == 0:
        return found
    enough = np.fromiter((len(v) >= SHARED_FIGURES for v in values), dtype=bool, count=len(values))
    for k in np.flatnonzero(enough[a] & enough[b]).tolist():
        found[k] = len(values[a[k]] & values[b[k]]) >= SHARED_FIGURES
    return found


@dataclass(frozen=True)
class Nearest:
    """The absence search's result: per checked ``claim`` and other ``source`` (a code: ``names[source]``
    is its id), the nearest ``candidate`` row and its ``score``; sorted by claim, then source."""

    names: np.ndarray
    claim: np.ndarray
    source: np.ndarray
    candidate: np.ndarray
    score: np.ndarray

    def frame(self, rows: np.ndarray | slice = slice(None)) -> pl.DataFrame:
        return pl.DataFrame(
            {"claim_id": self.claim[rows].astype(np.uint32),
             "source_id": pl.Series(self.names[self.source[rows]].tolist(), dtype=pl.String()),
             "candidate": self.candidate[rows].astype(np.uint32), "score": self.score[rows].astype(np.float64)}
        )  # fmt: skip


def _listed(found: Nearest, claims: pl.DataFrame, check: np.ndarray, *, by_source: pl.DataFrame | None = None) -> pl.DataFrame:
    """Every other source per checked claim (null candidate, score 0 where nothing shares a feature)
    when there are at most ``EVIDENCE_SOURCES``; else the closest ones (ties: the first source id).
    ``by_source``: the claims' source ids (``PoolReading.claim_sources``), read from ``claims`` when not given."""
    by_source = claims.select("source_id").unique().sort("source_id") if by_source is None else by_source
    if by_source.height <= EVIDENCE_SOURCES + 1:
        checked = claims[check.tolist()].select(pl.col("claim_id").cast(pl.UInt32), pl.col("source_id").alias("own"))
        grid = checked.join(by_source, how="cross").filter(pl.col("source_id") != pl.col("own")).select("claim_id", "source_id")
        listed = grid.join(found.frame(), on=["claim_id", "source_id"], how="left").with_columns(pl.col("score").fill_null(0.0))
        return listed.select("claim_id", "source_id", "candidate", "score").sort("claim_id", "source_id")
    order = np.lexsort((found.source, -found.score, found.claim))
    claim = found.claim[order]
    starts = np.flatnonzero(np.concatenate(([True], claim[1:] != claim[:-1])))
    rank = np.arange(claim.size) - np.repeat(starts, np.diff(np.append(starts, claim.size)))
    kept = order[rank < EVIDENCE_SOURCES]
    kept = kept[np.lexsort((found.source[kept], found.claim[kept]))]
    return found.frame(kept)


__all__ = [
    "ABSENT_P", "ANAPHORIC_EXAMPLE", "BACK_REFERENCE", "POSSIBLE_P", "POSSIBLY_SHARED", "SET_ASIDE_SEARCHED", "SHARED", "STATES",
    "UNIQUE", "absence_states",
    "counted_as_figure", "empty_absences", "empty_evidence", "event_absences", "in_context", "near_figures", "previous_claims",
    "set_aside_sentences",
]  # fmt: skip
