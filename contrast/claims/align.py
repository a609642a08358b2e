"""Alignment: link claims of different sources that report the same event, then group links.

Plain sentence similarity fails on a corpus about one theme: a loose threshold links
everything to everything, a strict one links nothing. So:

1. each claim becomes a TF-IDF vector over its content stems *and* its anchors —
   alias-resolved entities (``E:``) and normalised quantities (``Q:``), weighted double; links compare a sum of
   money and its rounding ("$376 billion" / "$375 billion") as one figure (``ROUNDING_SHARE``);
2. candidate pairs come from a sparse product over the rarer features only (document
   frequency capped), so the work grows with the corpus, not with its square;
3. each candidate pair gets a probability of reporting one fact from all its evidence
   (``contrast.claims.evidence``: word overlap, shared quotations, names, figures and,
   when installed, meaning) — so the words of the main story, which are everywhere,
   still count towards linking its sentences, weighed with everything else;
4. a pair is a link when it is the *mutual best match* of the two sources at ``LINK_P``, or
   at ``STRONG_LINK_P`` whatever else matches (one source may tell an event in several
   sentences), and something specific starts it: a shared quotation, or a name, figure or
   word that not the whole corpus uses (``_starters``) — corpus-wide words confirm a link
   but cannot start one, nor can a word its own source repeats (``STEM_REPEATS``) or a figure
   the two claims give to different things (``contrast.claims.conflicts.FigureSubjects``), nor a work's title and
   author, which only point at it (``contrast.claims.works``); a claim that reports a denial and one that reports none
   are two acts, linked only by a shared quotation (``contrast.claims.denials``); two sources' leads,
   likely and sharing a detail, are one fact though every word of them is the story's (``LEAD_P``);
5. links are merged greedily, strongest first: two single claims join on their link (the
   link's gates above are the judgment: ``_merge``); a group joins another only while the
   mean probability over their pairs of claims (of
   different sources) stays at least ``MERGE_MEAN_P`` — every member must be likely to report
   the fact of every other, so chains cannot grow into one blob, and a name or figure two
   groups happen to share (the "White House", "$50 billion") cannot glue different facts:
   the evidence model weighs it with everything else, where word overlap alone did not;
6. every claim outside an event of two origins is searched for in every other origin
   (``contrast.claims.absence``): "only in" needs that search to find nothing.

Every link keeps its score and shared terms, so the report can say why two sentences
were put together. Ties are broken by source id and sentence index: same input, same
events.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations, pairwise, product
from typing import TypeVar

import numpy as np
import polars as pl
import scipy.sparse as sp

from contrast.claims import terms
from contrast.claims.absence import TOPIC_SHARE, PoolReading, absence_states, empty_absences, empty_evidence, event_absences
from contrast.claims.aliases import resolve_aliases
from contrast.claims.candidates import REPORTING_VERB, opening_phrase
from contrast.claims.conflicts import Conflicts, FigureSubjects
from contrast.claims.denials import denial_apart, negates, reports_denial
from contrast.claims.echoes import echoes, told_and_quoted
from contrast.claims.evidence import FIGURE_COLUMN, QUOTE_WORDS, STEM_COLUMN, PairScorer, fold_words, shingle_matrix
from contrast.claims.labels import (
    Spellings,
    empty_events,
    empty_links,
    event_strength,
    explain_links,
    number_events,
    surface_forms,
)
from contrast.claims.phrases import common_phrases, quoted_against_own, runs_outside
from contrast.claims.quotations import QUOTATION_GAP, quotation_events
from contrast.claims.search import candidate_pairs, figures, years
from contrast.claims.semantic import Encoder
from contrast.claims.terms import TIME_OF_DAY, WEEKDAYS, dictionary_words, news_words, party_tags, sentence_stems, stem, stopwords
from contrast.claims.tfidf import project, tfidf
from contrast.claims.works import WorkReference, work_reference
from contrast.metrics.places import COUNTRY_NAMES, STATE_NAMES
from contrast.segment import TITLE_BEFORE_NAME

K = TypeVar("K")
V = TypeVar("V", int, float)

LINK_P = 0.3
"""Probability (``contrast.claims.evidence``) at which two sources' mutual best match is a link
(chosen on the dev golds)."""
THIN_START_P = 0.4
"""Probability a pair needs when all that may start its link is one rare word or figure (no name that may start
one, no shared quotation): one word is thin evidence of one fact. Check-s5-A MT-5: "… Brett McGurk, the U.S. envoy
for the global coalition to defeat Islamic State (ISIS), … announced his resignation" and "Mr. Mattis also praised
the “Defeat ISIS” coalition" share the coalition's name and the rare "coalition" (0.31): two facts, printed as a
page-1 event and a handout event. On the dev golds every link such a pair made scores 0.4 or more (0.35–0.4: the
same figures); on the read groups (s5 A/B, s6 C) 0.4 also parted the shutdown's "Pelosi … said she would work with"
↔ "the Senate and House both passed a resolution to reopen the government" and let Hunter's "former Marine in Iraq
and Afghanistan" (NYT) ↔ "served for three tours in Afghanistan and Iraq as a Marine" (HuffPost) become mutual best.
0.5 printed a false omission on a held-out gold (reported, not chosen on it). A figure that both claims give as the count
of one thing ("about 5,200 troops across the border in Iraq" / "About 5,200 U.S. troops are in Iraq", check S IQ-21,
0.38) is no thin start: the count and what it counts are two details (``Conflicts.counted_alike``)."""
LONE_WORD_P = 0.5
"""Probability a thin start (``THIN_START_P``) needs when the pair shares nothing else specific: no figure, no name
that is neither a word of news at large nor the story's topic (``Starts.specific_proper``), no speaker. Check8 TA-35: "Li
said industries like consumer goods, electronics and manufacturing would be mostly affected in China …" (an
economist's forecast) and "The U.S. levies mostly target China's industrial goods and some electronic components."
(what the US list targets) shared "electronic" and words of the story (0.48): two facts, printed in the naming
lens's table as one event. 0.5 is where a panel's links stop reading "weak" (``report.briefing.events.WEAK_EVENT``).
Measured (``bench_alignment_quality.py --lexical-only``): dev and held-out unchanged, every row; bundled purity
0.825 → 0.850, link precision 0.778 → 0.800, recall kept. Asking 0.5 of every thin start of one word, whatever
else the pair shares, gave a held-out gold a false omission."""
STRONG_LINK_P = 0.9
"""Probability at which any pair is a link, beside the mutual best match."""
LEAD_CLAIMS = 2
"""Claims at the head of a source that are its lead: a news report tells its story first (``LEAD_P``)."""
LEAD_WORDS = 2
"""Words two leads must both say, beside names and titles, to be one fact by ``LEAD_P``: two statements of one
senator opening two reports ("Sen. Mark Warner, top Democrat on the Senate Intelligence Committee, offered Trump an
ultimatum …" / "… also said he is concerned that Putin will …", 0.97) share his name and title and nothing said."""
LEAD_P = 0.6
"""Probability at which two sources' leads (``LEAD_CLAIMS``), each the other's best match, report one fact when they
share a detail of it — the same weekday or a name that may start a link — and words said (``LEAD_WORDS``), though
nothing else may start their link. Every word of a story's lead is the story's, in most sentences of every source,
so no word of it may start a link (``_starters``): check12m HB-9, Fox's "Former Arkansas Gov. Mike Huckabee announced
Tuesday he is running for president, …", the NYT's "Mike Huckabee, … who has announced his run for the presidency
on Tuesday, …" and HuffPost's "Mike Huckabee, … announced Tuesday he'll run for the 2016 Republican presidential
nomination." (0.65–0.82), the announcement all three tell, was no event; nor were the NYT's and HuffPost's leads on
Steele's decision on a second term (check11j, 0.90). Five words in a row are no such detail: two soft-power essays
open on "… examples of China's soft power" and "The timing of China's soft power ascent …", the story's stock phrase
(``QUOTE_RUNS``); nor is a figure, which two leads may give to different things (the Shanghai index's and the
Nikkei's "1.1%"). Such links come after every other in the merge (``_links``): they join what is left and never
take a claim from a link something specific started (a first form of the rule gave Fox's Ginsburg lead HuffPost's
"… joking that she might move to New Zealand", taken from the NYT's "She even joked … about moving to New Zealand").
Measured on 28 check groups (sessions 7–12), events before and after: four change, each read as one fact — the
Huckabee announcement (three origins), Steele's decision (NYT, HuffPost), Democrats wanting Mueller's report (Fox,
HuffPost), HuffPost's lead on Vicente Fox's criticism joining Fox's and the NYT's; no claim's "only in" state
changes. Left out: the elephant-trophy leads (the ban's reversal and its suspension, third claims, 0.65; the NYT's
and HuffPost's, 0.94, sharing a run of words and no detail). On the golds (3–6 sources, hundreds of claims) no event
changes: their leads are linked already or are no mutual best."""
SALIENT_MAX_SHARE = 0.1
"""A name or figure in more than this share of claims (and more than twice per source) cannot start a
link: it is what the whole corpus is about. It still counts in the link's probability."""
TOPIC_NAME_SHARE = 0.2
"""A name in more than this share of the claims is the story's topic ("China" in 45 % of the soft-power report's
claims, 35 % of the tariffs report's), not a second name said with the one that starts a weak link (less likely than
``LONE_WORD_P``: ``Starts.specific_proper``).
Check8 SP-30: "They help enhance China's image abroad and are in line with the Belt and Road Initiative …" and
"Many foreign media published articles saying that as China's soft power grows … through joint construction of the
'Belt and Road' initiative, China will increasingly show its appeal" shared only the programme and "China" (0.33),
two claims printed as one event. "Cohn" in 10 % of the claims of a report on Cohn's exit still counts, and a likely
pair keeps its topic as its second name: "Colorado voters approved Amendment 64 … in 2012" / "… to prevent Colorado
from enforcing … Amendment 64, which was approved by voters in 2012" (0.87; check7 MJ, "Colorado" in more than a fifth
of the claims). Measured (``bench_alignment_quality.py --lexical-only``): dev and held-out unchanged; bundled purity
0.808 → 0.825, link precision 0.728 → 0.778, recall 0.423 kept."""
SALIENT_STEM_MAX_SHARE = 0.04
"""Content words are weaker evidence than names or figures: they start a link only when rarer — in at most this share
of the claims, or twice per source (as a name may be: ``SALIENT_MAX_SHARE``) while that is no more claims than the
story's topic is in (``TOPIC_NAME_SHARE``: "soft power" in four of the eight claims of two sources is the topic). In
a report of three articles a word two of them each tell one event with in two sentences is in four claims: check11j's
Steele call, Fox's "… join him "for a private conference call" Monday evening." and the NYT's "… during a conference
call with committee members on Monday evening." (0.69, mutual best), unlinked while the floor was three claims however
many sources. A one-word name that is a dictionary word ("Schumer") keeps the old floor: two statements of Schumer's
(check groups C, gorsuch) would start on it. Measured (``bench_alignment_quality.py --lexical-only``): every gold
unchanged (3–6 sources and hundreds of claims: the share decides); on 24 check groups (sessions 7–11) two new events,
both one fact (the Steele call; Trump Jr. "corresponded" / "communicated with WikiLeaks" during the 2016 race)."""
ANCHOR_WEIGHT = 2
MERGE_MEAN_P = 0.6
"""Mean probability (``contrast.claims.evidence``) over the pairs of claims of different sources of
two groups, one of them more than a single claim, at which they merge into one event; pairs the
candidate search never scored, or scored below ``LIKELY_P``, count as 0. Chosen on the dev golds
(0.5–0.8 tried). It replaced their mean word cosine of 0.3, which let a claim join an event on a
frequent name or figure it shares with its members and kept out one that tells the event in
other words. Measured on the dev golds: recall 0.563 kept, purity 0.890 → 0.898, link precision
0.849 → 0.876. (Merging every group on the mean probability alone, two single claims from 0.6,
did better on the dev golds — purity 0.920, link precision 0.901 — but left the essayistic
soft-power report with one event: its paraphrases score lower than news.) The probabilities are
those ``_links`` computes for the candidate pairs anyway, kept sparse: the mean costs one lookup
per entry of the smaller group's row sum."""
LEAD_MERGE_MEAN_P = 0.5
"""``MERGE_MEAN_P`` for a link two leads make (``LEAD_P``): the story's leads, each likely to tell what the others
tell, join its event when their mean probability with its members is at least this. Check group I: HuffPost's
"Hillary and Bill Clinton earned roughly $141 million and paid nearly $44 million in federal income taxes …,
according to tax returns released Friday." (0.64 with the NYT's lead on the release of eight years of returns, 0.44
with Fox's "… released a statement from her doctor …, along with eight years of tax returns", mean 0.54) was left out
of their event. Measured on 28 check groups (sessions 7–12), events before and after: four change, each read as one
fact — that HuffPost lead joins; HuffPost's lead on Jesse Jackson Jr.'s guilty plea on Wednesday joins Fox's and
the NYT's; Fox's lead on the White House using Bill Clinton to reach Sestak joins the NYT's and HuffPost's; the
calls to cancel the Putin meeting (Fox's and the NYT's leads, Schumer's call in Fox, HuffPost's lead naming
Schumer, McCain and 18 House members) become one event. No gold event changes (no gold pair is linked as two
leads)."""
QUOTE_RUNS = 2
"""Shared runs of five words (``contrast.claims.evidence``) that start a link as a shared quotation: two,
so six words in a row. One run is often the story's stock phrase ("These are not the only examples of
China's soft power" / "The timing of China's soft power ascent …"), which still counts in the link's
probability. On the dev golds one run or two made the same events."""
LIKELY_P = 0.05
"""Candidate pairs less likely than this are dropped from the probabilities merging reads (counted
as 0): the absence search's threshold for "may report the same fact", so nothing it would count
is lost, and the rows stay short."""


@dataclass(frozen=True)
class Alignment:
    claims: pl.DataFrame
    """The claims with ``claim_id`` (row number), ``event`` (null when unaligned) and ``state``."""
    links: pl.DataFrame
    """Accepted links: ``a``, ``b`` (claim ids), ``score``, ``shared`` (top shared terms)."""
    events: pl.DataFrame
    """One row per event: ``event``, ``label``, ``terms`` (display forms), ``n_sources``, ``n_origins``."""
    evidence: pl.DataFrame
    """The absence search (``contrast.claims.absence``): per checked claim and other source, the
    nearest candidate claim and its score."""
    absences: pl.DataFrame
    """Per event of two origins and each origin without a claim in it: the origin's nearest claim and score."""


def features(claims: pl.DataFrame, aliases: dict[str, str]) -> list[list[str]]:
    """Per claim: its content-word stems, and its names (``E:``) and figures (``Q:``), ``ANCHOR_WEIGHT`` times each.
    The years it names are figures too ("by 2030", "compared with 2005 levels"): a year is no quantity
    (``terms.quantities``), but two claims giving the same target and base year tell one goal. Check R EP (the EPA
    carbon rule): CNN's "A proposed new Environmental Protection Agency rule would reduce such emissions 30% by 2030,
    compared to the levels in 2005." and NPR's "They would force power plants to cut carbon dioxide emissions by 30
    percent by 2030." shared only "30%" and "emissions" (0.17) and the one fact was two events. A year dates many
    facts, so it starts no link and looks nothing up (``search.years``): it only weighs in a link's probability."""
    rows = []
    for stems, entities, quantities, dates in claims.select("stems", "entities", "quantities", "dates").iter_rows():
        anchors = [f"E:{aliases[e]}" for e in entities if e in aliases] + [f"Q:{q}" for q in quantities]
        anchors += [f"Q:{date}" for date in dates if date.isdigit()]
        rows.append(list(stems) + anchors * ANCHOR_WEIGHT)
    return rows


def align(
    claims: pl.DataFrame,
    *,
    encoder: Encoder | None = None,
    set_aside: pl.DataFrame | None = None,
    sentences: Mapping[tuple[str, int], tuple[str, str | None]] | None = None,
    unclaimed: pl.DataFrame | None = None,
) -> Alignment:
    """Link claims of different sources and group the links into events.

    Every candidate pair is scored by ``contrast.claims.evidence`` (word overlap, shared
    quotations, names and figures, and with ``encoder`` — the optional semantic backend —
    closeness in meaning). Claims left outside events of several origins are then searched
    for in every other origin (``contrast.claims.absence``): ``state`` says ``shared``,
    ``possibly_shared`` or ``unique``, and ``evidence`` keeps the nearest candidates.

    ``set_aside``: claims of the text cleaning set aside (boxes, captions: ``set_aside_sentences``),
    with the claims' columns and ``category``. They are never linked, but the absence searches read
    them: a page that reports a fact only in its explainer box still reports it.

    ``sentences``: the text and voice (``own``, ``quoted``, ``reported``) of every sentence, read to join the
    events that are sentences of one quotation (``contrast.claims.quotations``); without it, the claims' (``_voice_of``).

    ``unclaimed``: the sentences that are no claim (``source_id``, ``origin``, ``text``), read by the absence searches
    for the names and figures each origin writes (``absence.PoolReading``), never searched as rows.
    """
    claims = claims.with_row_index("claim_id")
    n = claims.height
    if n == 0:
        return Alignment(
            claims.with_columns(
                pl.lit(None, pl.Int32).alias("event"), pl.lit(None, pl.String).alias("state"), pl.lit(None, pl.Boolean).alias("alone"),
                pl.lit(None, pl.UInt32).alias("context"), pl.lit(None, pl.String).alias("basis"),
                pl.lit([], pl.List(pl.String)).alias("anchors"),
            ),
            empty_links(), empty_events(), empty_evidence(), empty_absences(),
        )  # fmt: skip
    aliases = resolve_aliases(
        (e for row in claims.get_column("entities").to_list() for e in row), texts=claims.get_column("text").to_list()
    )
    matrix, vocabulary = tfidf(features(claims, aliases))
    rounded = rounded_sums(vocabulary)
    compared = rounded(matrix)  # what links compare: a sum and its rounding in one column (``ROUNDING_SHARE``)
    sources = claims.get_column("source_id").to_numpy()
    pairs = candidate_pairs(compared, sources, always=figures(vocabulary))
    speakers = _speakers(claims, aliases)
    pool, pool_matrix, pool_speakers = claims, matrix, speakers
    if set_aside is not None and set_aside.height:
        extra = set_aside.with_row_index("claim_id", offset=n)
        pool = pl.concat([claims.select(POOL_COLUMNS), extra.select(POOL_COLUMNS)])
        pool_matrix = sp.vstack([matrix, project(features(extra, aliases), vocabulary, matrix)]).tocsr()
        pool_speakers = speakers + _speakers(extra, aliases)
    # one scorer over the claims and the set-aside text after them: links only ever ask for claims' rows
    scorer = _scorer(pool, compared if pool_matrix is matrix else rounded(pool_matrix), vocabulary, pool_speakers, encoder)
    texts = claims.get_column("text").to_list()
    keys = list(claims.select("source_id", "sentence_index").iter_rows())
    # the voices read (``contrast.metrics.voice``) say which sentence is the outlet's own; the claims' guess
    # (``_voice_of``) reads a sentence inside a quotation running over sentences, with no mark of its own, as own
    speech = [(sentences[key][1] or "") if key in sentences else "own" for key in keys] if sentences is not None else []
    if sentences is None:
        said = claims.get_column("attributed").to_list()
        sentences = {key: (text, _voice_of(text, s)) for key, text, s in zip(keys, texts, said, strict=True)}
    starts = _starts(
        compared,
        vocabulary,
        speakers,
        _names(claims, aliases),
        aliases,
        sources=sources,
        texts=texts,
        entities=claims.get_column("entities").to_list(),
        lead_ranks=claims.select(pl.col("sentence_index").rank("ordinal").over("source_id") - 1).to_series().to_list(),
        speech=speech,
    )
    conflicts = Conflicts(texts)
    speaking = quotation_speakers(claims)
    links, likely, apart = _links(scorer, pairs, sources, starts, conflicts, voices=speaking)
    del pairs, starts, compared  # read by _links only: let go of before the absence searches, where the stage peaks
    event_of = _merge(links, likely, sources, apart, rescore=_probability(scorer, conflicts))
    links = links.drop("lead", strict=False)
    del likely, apart, conflicts
    event_of = quotation_events(event_of, keys, sentences, speaking)
    del sentences, speaking
    # an event told in words by sources that quote the statement in the next sentences, in another event, is that one
    positions = [index for _, index in keys]
    event_of = told_and_quoted(
        event_of, sources.tolist(), positions, echoes(texts, sources.tolist(), event_of), claims.get_column("attributed").to_list(),
        texts, gap=QUOTATION_GAP,
    )
    del keys
    claims = claims.with_columns(
        pl.Series("event", event_of, dtype=pl.Int32),
        pl.Series("also", echoes(texts, sources.tolist(), event_of), dtype=pl.List(pl.Int32)),
    )
    spellings = Spellings(claims, surface_forms(claims, aliases), aliases)
    events, claims = number_events(claims, matrix, vocabulary, aliases, spellings, event_strength(links, event_of))
    del texts
    searched = pool.select(POOL_COLUMNS)
    reading = PoolReading(claims, searched, unclaimed=unclaimed)  # read once for both searches
    specific = specific_features(pool_matrix, vocabulary, pool_speakers)
    states, evidence = absence_states(claims, scorer, pool=searched, specific=specific, reading=reading)
    del specific
    telling = specific_features(pool_matrix, vocabulary, pool_speakers, floor=EVENT_ROWS)  # what tells an event apart
    claims = claims.with_columns(states.get_columns())
    return Alignment(
        claims=claims,
        links=explain_links(links, event_of, matrix, vocabulary, spellings),
        events=events,
        evidence=evidence,
        absences=event_absences(claims, scorer, pool=searched, reading=reading, specific=telling),
    )


ROUNDING_SHARE = 0.01
"""Two sums of money of one currency and scale that differ by at most this share of the larger are one sum written
to different precision (``rounded_sums``): the dev golds' "leaving a 2017 deficit of $376 billion" (Bloomberg) /
"America's $375 billion trade deficit" (Washington Times), 0.3 % apart, and CNN's "a $1.2 billion fine" / the
Washington Times' "ZTE earlier paid $1.19 billion in penalties", 0.8 % apart: each was two figures, the pair shared
none (0.12 and 0.04 likely) and was never linked. On the ten golds no other two sums are within 2 %; the nearest,
"$12 billion" of farm aid and "$12.3 billion" of soybeans imported (2.4 %, a held-out gold), are two facts. Counts
and percentages are exact as written ("545 items" and "549 items" are two lists): only sums are rounded so."""
_SUM = re.compile(r"([$£€¥])(\d+(?:\.\d+)?)([kmbt])")


def rounded_sums(vocabulary: np.ndarray) -> Callable[[sp.csr_matrix], sp.csr_matrix]:
    """A map of matrices over ``vocabulary`` (claims × features) that adds each sum of money (``Q:``) within
    ``ROUNDING_SHARE`` of a larger one of the same currency and scale into that one's column: what links compare,
    so the two sums are one shared figure. The event terms and the links' shared terms read the features as
    written: a report never prints one source's sum as the other's. The identity when no two sums are so close."""
    sums: dict[tuple[str, str], list[tuple[float, int]]] = {}
    for k, feature in enumerate(vocabulary.tolist()):
        match = _SUM.fullmatch(feature[2:]) if feature.startswith("Q:") else None
        if match:
            sums.setdefault((match.group(1), match.group(3)), []).append((float(match.group(2)), k))
    into: dict[int, int] = {}
    for found in sums.values():
        found.sort(reverse=True)
        head, top = found[0]
        for smaller, j in found[1:]:
            if head - smaller <= ROUNDING_SHARE * head:
                into[j] = top
            else:
                head, top = smaller, j
    if not into:
        return lambda matrix: matrix
    width = vocabulary.size
    columns = np.array([into.get(k, k) for k in range(width)])
    projection = sp.csr_matrix((np.ones(width), (np.arange(width), columns)), shape=(width, width))

    def rounded(matrix: sp.csr_matrix) -> sp.csr_matrix:
        found = (matrix @ projection).tocsr()
        found.sort_indices()
        return found

    return rounded


EVENT_ROWS = 3.0
"""Rows a feature may be in and still tell an event from the rest of its story (``specific_features``' floor for the
omission test, ``absence.event_absences``): two members and the row that may report them share it."""
RARE_NEWS_SHARE = 0.03
"""A word of news at large ("protections") that few rows of a report use still tells one fact from another for the
absence search: Fox's "… a compromise plan that funded the wall while extending protections for 700,000 illegal
immigrants …" and the New York Times' "… the bill backed by Mr. Trump, which included temporary protections for some
undocumented immigrants in exchange for $5.7 billion …" (0.08) are close through it. Chosen on the dev golds (0.03:
unique recall 0.120; 0.05: 0.108; 0.1: 0.092; none: 0.147 — false omissions 0 and near-unique printed 0.018 for the
three)."""


def specific_features(
    matrix: sp.csr_matrix, vocabulary: np.ndarray, speakers: list[list[str]], *, floor: float = 2.0
) -> sp.csr_matrix:
    """Rows × what tells one fact of a story from another: names and figures in at most ``TOPIC_SHARE`` of the
    rows (not "Trump" in a Trump story; a one-word name that is a dictionary word does not count), content words
    as rare that are not words of news at large, and words of news at large in at most ``RARE_NEWS_SHARE`` of the
    rows; each row's speakers left out. What the absence search asks a weakly close row to share
    (``absence.CLOSE_ALONE_P``). ``floor``: rows a feature may be in and stay specific however small the report."""
    df = np.asarray((matrix > 0).sum(axis=0)).ravel()
    limit = max(floor, TOPIC_SHARE * matrix.shape[0])
    names = vocabulary.astype(str)
    news = news_words()
    is_anchor = np.char.startswith(names, "E:") | np.char.startswith(names, "Q:")
    ordinary = np.array([_ordinary(n) for n in names.tolist()], dtype=bool)
    general = np.array([n in news for n in names.tolist()], dtype=bool)
    rare = max(2.0, RARE_NEWS_SHARE * matrix.shape[0])
    keep = (is_anchor & ~ordinary & (df <= limit)) | (~is_anchor & ~general & (df <= limit)) | (~is_anchor & general & (df <= rare))
    column = {name: k for k, name in enumerate(names.tolist())}
    return _without_speakers(_column_mask(matrix, np.flatnonzero(keep).tolist()), column, speakers)


def claim_scorer(claims: pl.DataFrame, *, encoder: Encoder | None = None) -> PairScorer:
    """The evidence of any pair of ``claims`` (rows of ``claim_frame``), built as ``align`` builds it:
    what ``benchmarks/gold/fit_evidence.py`` refits the model's weights from."""
    aliases = resolve_aliases(
        (e for row in claims.get_column("entities").to_list() for e in row), texts=claims.get_column("text").to_list()
    )
    matrix, vocabulary = tfidf(features(claims, aliases))
    return _scorer(claims, matrix, vocabulary, _speakers(claims, aliases), encoder)


POOL_COLUMNS = ("claim_id", "source_id", "origin", "text", "stems", "entities", "quantities", "speakers")
"""What the absence search reads of every row it searches (claims and set-aside text)."""


def _speakers(claims: pl.DataFrame, aliases: dict[str, str]) -> list[list[str]]:
    """Each claim's speakers as features: their resolved name and its words (``_without_speakers``)."""
    return _as_features(claims.get_column("speakers").to_list(), aliases)


def _names(claims: pl.DataFrame, aliases: dict[str, str]) -> list[list[str]]:
    """Each claim's names as features: resolved, and their words' stems."""
    return _as_features(claims.get_column("entities").to_list(), aliases)


def _as_features(rows: list[list[str]], aliases: dict[str, str]) -> list[list[str]]:
    return [[f"E:{aliases[e]}" for e in row if e in aliases] + [stem(w.lower()) for e in row for w in e.split()] for row in rows]


def _scorer(
    claims: pl.DataFrame, matrix: sp.csr_matrix, vocabulary: np.ndarray, speakers: list[list[str]], encoder: Encoder | None
) -> PairScorer:
    """The evidence matrices of the corpus: word runs, names (speakers left out), figures, stems."""
    names = vocabulary.astype(str)
    column = {name: k for k, name in enumerate(names.tolist())}
    is_name = np.char.startswith(names, "E:")
    is_figure = np.char.startswith(names, "Q:")
    texts = claims.get_column("text").to_list()
    return PairScorer(
        matrix=matrix,
        shingles=shingle_matrix(texts),
        names=_without_speakers(_column_mask(matrix, np.flatnonzero(is_name).tolist()), column, speakers),
        figures=_column_mask(matrix, np.flatnonzero(is_figure).tolist()),
        stems=_column_mask(matrix, np.flatnonzero(~is_name & ~is_figure).tolist()),
        lengths=np.array([len(fold_words(t)) for t in texts], dtype=np.float64),
        vectors=None if encoder is None else encoder(texts),
        kinds=np.where(is_figure, FIGURE_COLUMN, np.where(is_name, 0, STEM_COLUMN)).astype(np.int8),
    )


def _starters(matrix: sp.csr_matrix, vocabulary: np.ndarray, speakers: list[list[str]], *, sources: np.ndarray) -> sp.csr_matrix:
    """Claims × the features that can start a link: names and figures in few claims (``SALIENT_MAX_SHARE``,
    at least twice per source allowed; a one-word name that is a dictionary word does not count) and
    content words rarer still (``SALIENT_STEM_MAX_SHARE``, twice per source in a report big enough) that are not words of news at large
    (``news_words``: "make", "decisions", "time" are rare in a small report yet say nothing about which
    fact a sentence reports), each claim's speakers left out; nor a content word its own source repeats in
    more than ``STEM_REPEATS`` claims (``_repeated``). Words the whole corpus or all news uses can confirm a
    link (they weigh in its probability) but not start one."""
    df = np.asarray((matrix > 0).sum(axis=0)).ravel()
    n_sources = len(set(sources.tolist()))
    anchor_limit = max(2.0, SALIENT_MAX_SHARE * matrix.shape[0], 2.0 * n_sources)
    rare = max(3.0, SALIENT_STEM_MAX_SHARE * matrix.shape[0])
    names = vocabulary.astype(str)
    news = news_words()
    ordinary = np.array([_ordinary(n) for n in names.tolist()], dtype=bool)
    dated = years(vocabulary)  # a year starts nothing, as a figure or as a word
    is_anchor = (np.char.startswith(names, "E:") | np.char.startswith(names, "Q:")) & ~ordinary & ~dated
    # a word may be in two claims per source; a one-word name that is a dictionary word ("Schumer") stays as rare as ever
    stem_limit = np.where(ordinary, rare, max(rare, min(2.0 * n_sources, TOPIC_NAME_SHARE * matrix.shape[0])))
    general = np.array([n in news for n in names.tolist()], dtype=bool)
    salient = ((is_anchor & (df <= anchor_limit)) | (~is_anchor & ~general & (df <= stem_limit))) & ~dated
    column = {name: k for k, name in enumerate(names.tolist())}
    starters = _without_speakers(_column_mask(matrix, np.flatnonzero(salient).tolist()), column, speakers)
    return (starters - starters.multiply(_repeated(matrix, sources, np.flatnonzero(~is_anchor).tolist()))).tocsr()


STEM_REPEATS = 2
"""A content word in more than this many claims of one source is what that source writes about ("running mate"
three times in one article on the choice of a running mate; "attraction" ten times in an essay on soft power),
not a fact one of its sentences reports: it cannot start that source's links."""


def _repeated(matrix: sp.csr_matrix, sources: np.ndarray, columns: list[int]) -> sp.csr_matrix:
    """Claims × features: 1 where a feature among ``columns`` is in more than ``STEM_REPEATS`` claims of the claim's source."""
    binary = _column_mask(matrix, columns)
    _, codes = np.unique(sources, return_inverse=True)
    member = sp.csr_matrix((np.ones(codes.size, dtype=np.float32), (codes, np.arange(codes.size))), shape=(codes.max() + 1, codes.size))
    per_source = (member @ binary).tocsr()
    per_source.data = (per_source.data > STEM_REPEATS).astype(np.float32)
    per_source.eliminate_zeros()
    return binary.multiply(member.T @ per_source).tocsr()


@dataclass(frozen=True)
class Starts:
    """What may start a link (claims × features, binary; ``_starts``)."""

    specific: sp.csr_matrix
    """Figures and rare content words that are no part of a name of the claim: one shared is enough."""
    names: sp.csr_matrix
    """Names that may start a link, with a shared ``content`` word that is no word of a name both claims have."""
    content: sp.csr_matrix
    """Content words that are not words of news at large nor of the whole report; speakers left out."""
    every_name: sp.csr_matrix
    """Every name of each claim, however common: their words are not what is said with a name."""
    proper: sp.csr_matrix
    """Every name of each claim that is not one word of news at large ("Cohn", "Navarro", not "China", "Trump"):
    a second one shared is something said ("Navarro … sidelined by Mr. Cohn" / "Cohn's departure … hardliners such
    as … Peter Navarro"). (Leaving out names of the whole report too, "Cohn" in a report on Cohn's exit, lost
    that dev event.)"""
    name_words: dict[int, frozenset[int]]
    """A name's column → the columns of the stems of the words of every form of it ("CCP", "Chinese Communist Party")."""
    figures: dict[int, str] = field(default_factory=dict)
    """A figure's column → the figure ("Q:1.1%" → "1.1%")."""
    subjects: FigureSubjects | None = None
    """What each claim's figures measure: a figure two claims share but give different subjects starts nothing."""
    quotations: sp.csr_matrix | None = None
    """Claims × their runs of words that may be quoted: runs made only of words that name someone (``_quotations``)
    left out. ``QUOTE_RUNS`` of them shared start a link (the scorer's ``shingles`` keep every run)."""
    voices: sp.csr_matrix | None = None
    """Claims × the names of their speakers. A speaker both claims name, with a ``content`` word said that is no
    word of a name both have, starts a link: the same person reported saying the same thing (check7 MJ-11: "Colorado
    Attorney General John Suthers said the lawsuit was without merit" / "Colorado's attorney general, John Suthers,
    …, said in a statement that the challenge … was “without merit.”", 0.93, started by nothing, because a speaker
    is left out of every other starter). The word must stand in a run of two words both claims have ("without
    merit"): the same speaker on another point ("… had opposed Amendment 64 on its merit") may share the word, and
    the speaker's name and title make such a pair look likely, but not the words around it. The pair still needs
    the probability of any link."""
    texts: Sequence[str] | None = None
    """The claims' texts (``voices`` reads their runs of two words)."""
    name_forms: dict[int, frozenset[str]] = field(default_factory=dict)
    """A name's column → every way the claims write it (``_listed`` finds two names listed side by side)."""
    stems: dict[int, str] = field(default_factory=dict)
    """A content word's column → its stem."""
    specific_proper: sp.csr_matrix | None = None
    """``proper`` without the story's topic (``TOPIC_NAME_SHARE``): what a weak pair's second name must be."""
    leads: np.ndarray | None = None
    """Per claim, whether it is among the first ``LEAD_CLAIMS`` claims of its source (``story_leads``)."""
    weekdays: sp.csr_matrix | None = None
    """Claims × the weekdays they name (as content words): a detail two leads may share (``story_leads``)."""
    denials: np.ndarray | None = None
    """Per claim, whether it reports a denial (``contrast.claims.denials``)."""
    negations: np.ndarray | None = None
    """Per claim, whether it negates anything (it may report a denial in other words)."""
    setting: Sequence[frozenset[int]] = ()
    """Per claim, the columns of the names it writes only in the phrase it opens with (``opening_phrase``: "After
    Sessions’ resignation, …", "In a primary to fill the seat vacated by Jeff Sessions, …"): where or after what the
    fact stands, not who it is of. Such a name is no second name said with another (``_names_said``)."""
    regions: Sequence[frozenset[tuple[int, int]]] = ()
    """Per claim, (place, region) column pairs of a place written with its state or country after a comma ("Cedar
    Rapids, Iowa", "Lyon, France": ``_addresses``): one place, which counts once among the names a pair shares."""
    works: Sequence[frozenset[int]] | None = None
    """Per claim, the columns of its names that only point at a work, its title or author (``contrast.claims.works``):
    a pair's such names are one name, the work, when ``started`` counts the names it shares, and no detail two leads
    share (``story_leads``)."""
    pointing: Sequence[frozenset[int]] = ()
    """Per claim citing a work (``works``), the columns of the words that point at it ("book", "author")."""
    background: Sequence[frozenset[int]] = ()
    """Per claim, the columns of the words and figures of the participial phrase it opens with (``fronted_phrase``):
    what it sets its report against, not what it reports. What a pair shares that may start a link, all in one
    claim's such phrase, starts nothing (``_in_background``)."""
    common: Sequence[frozenset[str]] = ()
    """Per claim, the content stems of its words that stand in the story's common phrases (``phrases.common_phrases``):
    what the story is about, which a pair may share whatever facts its claims report (``in_common_phrases``)."""
    speech: Sequence[str] = ()
    """Per claim, the voice of its sentence as read (``contrast.metrics.voice``): ``own``, ``quoted`` or ``reported``;
    empty when the voices were not read. Words one claim quotes and another writes in its own voice are no quotation
    both print (``quoted_apart``)."""
    opening: Sequence[frozenset[int]] = ()
    """Per claim, the columns of the names, words and figures it writes in the phrase it opens with
    (``opening_phrase``) and nowhere after it (``_openings``): the occasion it sets its report in. No detail nor word
    two leads share (``story_leads``)."""

    def story_leads(self, left: np.ndarray, right: np.ndarray, words: sp.csr_matrix) -> np.ndarray:
        """Per pair, whether both claims are leads (``leads``) that share a detail of one fact — a weekday or a name
        that may start a link — and say the same with at least ``LEAD_WORDS`` of their words (``words``: claims ×
        stems) that are no word of a name either has nor of a title. What ``LEAD_P`` asks of two leads."""
        if self.leads is None or left.size == 0:
            return np.zeros(left.size, dtype=bool)
        shared = _shared_count(self.names, left, right)
        if self.weekdays is not None:
            shared += _shared_count(self.weekdays, left, right)
        found = self.leads[left] & self.leads[right] & (shared > 0)
        titles = {k for k, word in self.stems.items() if word in _TITLE_STEMS}
        for k in np.flatnonzero(found).tolist():
            a, b = int(left[k]), int(right[k])
            named = {w for name in _columns(self.every_name, a) | _columns(self.every_name, b) for w in self.name_words.get(name, ())}
            if self.opening and (self.opening[a] or self.opening[b]):
                # the occasion one lead is set in ("In the wake of the arguments Wednesday on X, …") is no detail of
                # what it reports, nor words it says
                setting = self.opening[a] | self.opening[b]
                detail = (_columns(self.names, a) & _columns(self.names, b)) - setting
                if self.weekdays is not None:
                    detail |= (_columns(self.weekdays, a) & _columns(self.weekdays, b)) - setting
                if not detail:
                    found[k] = False
                    continue
                named |= setting
            if self.works is not None and self.works[a] | self.works[b]:
                # a work's title or author is no detail of one fact, and "book", "author" say nothing of it
                detail = (_columns(self.names, a) & _columns(self.names, b)) - self.works[a] - self.works[b]
                if self.weekdays is not None:
                    detail |= _columns(self.weekdays, a) & _columns(self.weekdays, b)
                named |= set(self.pointing[a]) | set(self.pointing[b])
                if not detail:
                    found[k] = False
                    continue
            found[k] = len((_columns(words, a) & _columns(words, b)) - named - titles) >= LEAD_WORDS
        return found

    def started(self, left: np.ndarray, right: np.ndarray, *, weak: np.ndarray | None = None) -> np.ndarray:
        """Per pair, whether what the two claims share may start a link. ``weak``: per pair, whether it is less likely
        than ``LONE_WORD_P``; such a pair's second name may not be the story's topic (``specific_proper``)."""

        def shared(matrix: sp.csr_matrix) -> np.ndarray:
            return np.asarray(matrix[left].multiply(matrix[right]).sum(axis=1)).ravel() > 0

        found = shared(self.specific)
        if self.subjects is not None:
            found &= ~self._figures_apart(self.subjects, left, right, found)
        if self.background:
            for k in np.flatnonzero(found).tolist():
                a, b = int(left[k]), int(right[k])
                found[k] = not self._in_background(a, b, _columns(self.specific, a) & _columns(self.specific, b))
        for k in np.flatnonzero(~found & shared(self.names) & shared(self.content)).tolist():
            a, b = int(left[k]), int(right[k])
            names = self.specific_proper if weak is not None and weak[k] and self.specific_proper is not None else self.proper
            proper = self._names_said(a, b, self._one_work(a, b, _columns(names, a) & _columns(names, b)))
            found[k] = (len(proper) >= 2 and not self._listed(a, b, proper)) or self._said(a, b)
        if self.voices is not None and self.texts is not None:
            for k in np.flatnonzero(~found & shared(self.voices) & shared(self.content)).tolist():
                a, b = int(left[k]), int(right[k])
                found[k] = bool(self._said_words(a, b) & _in_runs(self.texts[a], self.texts[b]))
        return found

    def in_common_phrases(self, left: np.ndarray, right: np.ndarray, pairs: np.ndarray, subject: frozenset[int]) -> np.ndarray:
        """Per pair among ``pairs``, whether all that may start its link stands in the story's common phrases, in both
        claims (``common``), or is its subject (``subject``: columns every source has, ``_in_every_source``): the
        figures and rare words (``specific``), names (``names``, ``proper``: a name counts as the phrase's when every
        word of it is), the words a shared speaker is reported saying (``voices``), and runs of ``QUOTE_WORDS`` words
        (``phrases.runs_outside``, fewer than ``QUOTE_RUNS`` outside the phrases). Such a pair shares the story's
        vocabulary, not a fact (check AB ME-37, CR-50: "Russian interference in the 2016 election", "the U.S.
        attorney for the Southern District of New York" with "prosecutors")."""
        found = np.zeros(left.size, dtype=bool)
        if not self.common:
            return found
        column = {word: k for k, word in self.stems.items()}
        for k in np.flatnonzero(pairs).tolist():
            a, b = int(left[k]), int(right[k])
            stems = self.common[a] & self.common[b]
            if not stems:
                continue
            common = self._phrase_columns(stems, column)
            if self._startable(a, b) - subject - common:
                continue
            found[k] = self.texts is None or runs_outside(self.texts[a], self.texts[b], stems, size=QUOTE_WORDS) < QUOTE_RUNS
        return found

    def quoted_apart(self, left: np.ndarray, right: np.ndarray, pairs: np.ndarray) -> np.ndarray:
        """Per pair among ``pairs``, whether the runs of ``QUOTE_WORDS`` words the two claims share are quoted in one and
        the other's own words (``phrases.quoted_against_own``), and all else that may start their link (``_startable``)
        is words of that phrase: someone's words and an outlet's own about something else, not one fact."""
        found = np.zeros(left.size, dtype=bool)
        if not self.speech or self.texts is None:
            return found
        texts, speech = self.texts, self.speech
        column = {word: k for k, word in self.stems.items()}
        for k in np.flatnonzero(pairs).tolist():
            a, b = int(left[k]), int(right[k])
            words = quoted_against_own(
                texts[a], texts[b], quoted=(speech[a] == "quoted", speech[b] == "quoted"),
                own=(speech[a] == "own", speech[b] == "own"), size=QUOTE_WORDS,
            )  # fmt: skip
            if words:
                found[k] = not self._startable(a, b) - self._phrase_columns(words, column)
        return found

    def _phrase_columns(self, words: Collection[str], column: Mapping[str, int]) -> set[int]:
        """The columns of ``words`` (stems) and of the names every word of which is one of them."""
        found = {column[w] for w in words if w in column}
        return found | {name for name, named in self.name_words.items() if named and named <= found}

    def _startable(self, a: int, b: int) -> set[int]:
        """The columns claims ``a`` and ``b`` share that may start a link: figures and rare words (``specific``), names
        (``names``, ``proper``) and the words a speaker both name is reported saying (``voices``)."""
        shared: set[int] = set()
        for matrix in (self.specific, self.names, self.proper):
            shared |= _columns(matrix, a) & _columns(matrix, b)
        if self.voices is not None and self.texts is not None and _columns(self.voices, a) & _columns(self.voices, b):
            spoken = _in_runs(self.texts[a], self.texts[b])
            shared |= {w for w in self._said_columns(a, b) if self.stems.get(w) in spoken}
        return shared

    def acts_apart(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """Per pair, whether one claim reports a denial and the other reports none and negates nothing: two acts,
        whatever words they share (``contrast.claims.denials``)."""
        if self.denials is None or self.negations is None:
            return np.zeros(left.size, dtype=bool)
        d, n = self.denials, self.negations
        apart = (d[left] & ~d[right] & ~n[right]) | (d[right] & ~d[left] & ~n[left])
        if self.texts is not None:  # and all the other shares of the denying claim is what it denies
            texts = self.texts
            for k in np.flatnonzero(apart).tolist():
                apart[k] = denial_apart(texts[int(left[k])], texts[int(right[k])])
        return apart

    def _names_said(self, a: int, b: int, shared: set[int]) -> set[int]:
        """``shared`` names less those claim ``a`` or ``b`` writes only in its opening phrase (``setting``) and less a
        state or country written after a place both share (``regions``): what two names must be to be something said
        with each other. Check-Y AL-51: Fox's "After Sessions’ resignation, Luther Strange … was temporarily appointed to
        the seat in April" and the NYT's "In a Republican primary to fill the Senate seat vacated by Jeff Sessions, …,
        Mr. Trump first endorsed Luther Strange, …" shared "Sessions" only where each sets its fact; FB-47: USA Today's
        Trump speaking "at a campaign rally in Cedar Rapids, Iowa" and the Washington Times' Clinton "campaigning in Cedar
        Rapids, Iowa" shared one place, not two names."""
        if self.setting:
            shared = shared - self.setting[a] - self.setting[b]
        if self.regions:
            shared = shared - {region for place, region in self.regions[a] | self.regions[b] if place in shared}
        return shared

    def _one_work(self, a: int, b: int, shared: set[int]) -> set[int]:
        """``shared`` names with those that point at a work in claim ``a`` or ``b`` (``works``) counted as one: a
        book's title and its author are one thing both claims mention, not two things both say something of."""
        if self.works is None:
            return shared
        pointing = shared & (self.works[a] | self.works[b])
        return (shared - pointing) | set(sorted(pointing)[:1])

    def _listed(self, a: int, b: int, shared: set[int]) -> bool:
        """Whether every two of the ``shared`` names are listed side by side ("X and Y", "X, Y") in claim ``a`` or ``b``:
        a list says nothing of its names (check12m HB-8: two rivals listed in a rivalry and in a poll ranking)."""
        if self.texts is None or not self.name_forms:
            return False
        texts = (self.texts[a], self.texts[b])
        return all(
            any(_side_by_side(text, self.name_forms.get(x, frozenset()), self.name_forms.get(y, frozenset())) for text in texts)
            for x, y in combinations(sorted(shared), 2)
        )

    def _said_columns(self, a: int, b: int) -> set[int]:
        """The columns of the ``content`` words claims ``a`` and ``b`` share that are no word of a name both have."""
        names = _columns(self.every_name, a) & _columns(self.every_name, b)
        said = _columns(self.content, a) & _columns(self.content, b)
        return said - {w for name in names for w in self.name_words.get(name, ())}

    def _said_words(self, a: int, b: int) -> set[str]:
        """The ``content`` words (stems) claims ``a`` and ``b`` share that are no word of a name both have."""
        return {self.stems[k] for k in self._said_columns(a, b)}

    def _said(self, a: int, b: int) -> bool:
        """Whether claims ``a`` and ``b`` share a ``content`` word that is no word of a name both have, and not all
        such words in one claim's opening participial phrase (``_in_background``)."""
        said = self._said_columns(a, b)
        return bool(said) and not self._in_background(a, b, said)

    def _in_background(self, a: int, b: int, shared: set[int]) -> bool:
        """Whether all of ``shared`` (columns) is in the opening participial phrase of claim ``a`` or of claim ``b``
        (``background``): that claim reports something else, and only mentions what the other claim shares."""
        if not self.background or not shared:
            return False
        return shared <= self.background[a] or shared <= self.background[b]

    def _figures_apart(self, subjects: FigureSubjects, left: np.ndarray, right: np.ndarray, started: np.ndarray) -> np.ndarray:
        """Per started pair, whether all it shares of ``specific`` are figures that measure different things in the two."""
        apart = np.zeros(left.size, dtype=bool)
        for k in np.flatnonzero(started).tolist():
            a, b = int(left[k]), int(right[k])
            common = _columns(self.specific, a) & _columns(self.specific, b)
            apart[k] = all(c in self.figures and subjects.apart(a, b, self.figures[c]) for c in common)
        return apart


def _side_by_side(text: str, first: frozenset[str], second: frozenset[str]) -> bool:
    """Whether ``text`` writes a form of one name and a form of the other with only a list's joint between them: "and"/"or"
    (with commas or not), a bracketed aside ("(Texas)") and capitalised words such as a title ("Dr. X and Sen. Y"); a name
    written as a possessive is not an item of a list but a word of one."""
    bare = [{f.removesuffix("'s").removesuffix("’s") for f in forms} - {""} for forms in (first, second)]
    # a name before "'s" is no item of the list ("… Initiative and China's diplomacy")
    spans = [[(m.start(), m.end()) for form in forms for m in re.finditer(re.escape(form) + r"(?![\w'’])", text)] for forms in bare]
    for (s1, e1), (s2, e2) in product(*spans):
        gap = text[e1:s2] if e1 <= s2 else text[e2:s1] if e2 <= s1 else None
        if gap is None:
            continue
        words = re.sub(r"\([^)]*\)", " ", gap).replace(",", " , ").split()
        joined = any(w in {"and", "or", "&"} for w in words)  # a comma alone may end a clause ("…, China will")
        if joined and len(words) <= 5 and all(w in {",", "and", "or", "&"} or w[:1].isupper() for w in words):
            return True
    return False


def _columns(matrix: sp.csr_matrix, row: int) -> set[int]:
    """The columns of ``row``'s stored entries: what ``matrix[row].indices`` lists, read off the index arrays
    (a row indexed through SciPy is a new matrix: ~24,000 of them were 1 s of a 500-source report's events stage)."""
    return set(matrix.indices[matrix.indptr[row] : matrix.indptr[row + 1]].tolist())


def _ordinary(feature: str) -> bool:
    """A one-word name that is a dictionary word ("China", "American", "Post"): it names, but is no evidence of one fact."""
    return feature.startswith("E:") and " " not in feature and feature[2:] in dictionary_words()


def _everyday(feature: str, news: frozenset[str]) -> bool:
    """A one-word name that is a word of news at large ("China", "American", "Trump")."""
    return " " not in feature and stem(feature[2:]) in news


def _starts(
    matrix: sp.csr_matrix,
    vocabulary: np.ndarray,
    speakers: list[list[str]],
    names: list[list[str]],
    aliases: dict[str, str],
    *,
    sources: np.ndarray,
    texts: Sequence[str] | None = None,
    entities: Sequence[Sequence[str]] | None = None,
    lead_ranks: Sequence[int] | None = None,
    speech: Sequence[str] = (),
) -> Starts:
    """What may start a link (``_starters``), split so that a name needs something said with it: "Since Xi
    Jinping became president, China's … style … has changed" and "President Xi Jinping called for countries …
    to build a 'shared future in cyberspace'" share a name and words of news at large, and report different
    facts; "the British 'Brand Finance' consulting company that released the global soft power index" and
    "the … Global Soft Power Index, released by Brand Finance" share the name and "index", no word of a name
    both have ("CCP" and "Chinese Communist Party" are one name). What is said with a name is a content word
    neither of news at large nor of the whole report (in at most ``SALIENT_MAX_SHARE`` of the claims, as a
    name that starts a link), or a second name (``Starts.proper``). Measured on the dev golds: recall 0.580
    kept, purity 0.913 → 0.929, link precision 0.907 → 0.925 (a name never starting a link: 0.563 / 0.932 /
    0.932; a name's own words counted as said with it: 0.571 / 0.928 / 0.925)."""
    starters = _starters(matrix, vocabulary, speakers, sources=sources)
    n_sources = len(set(sources.tolist()))
    kinds = vocabulary.astype(str)
    column = {name: k for k, name in enumerate(kinds.tolist())}
    news = news_words()
    is_name = np.char.startswith(kinds, "E:")
    df = np.asarray((matrix > 0).sum(axis=0)).ravel()
    limit = max(2.0, SALIENT_MAX_SHARE * matrix.shape[0], 2.0 * n_sources)
    topic = max(limit, TOPIC_NAME_SHARE * matrix.shape[0])
    proper = [k for k in np.flatnonzero(is_name).tolist() if not _everyday(kinds[k], news)]
    plain = [k for k, f in enumerate(kinds.tolist()) if not f.startswith(("E:", "Q:")) and f not in news and df[k] <= limit]
    forms: dict[str, set[str]] = {}
    for surface, canonical in aliases.items():
        forms.setdefault(canonical, {canonical}).add(surface)
    name_words = {
        column[f"E:{canonical}"]: frozenset(column[w] for form in found for w in (stem(x.lower()) for x in form.split()) if w in column)
        for canonical, found in forms.items()
        if f"E:{canonical}" in column
    }
    works = _works(texts, entities, aliases)
    pointing = [sorted({stem(word) for word in work.words}) if work.names else [] for work in works] if works else None
    specific = _without_speakers(_column_mask(starters, np.flatnonzero(~is_name).tolist()), column, names)
    setting = () if texts is None or entities is None else _settings(texts, entities, aliases, column)  # read once: opening reads it too
    content = _without_speakers(_column_mask(matrix, plain), column, speakers)
    if pointing is not None:  # "book", "author" beside a work's title or author point at it: they say nothing of it
        specific, content = (_without_speakers(found, column, pointing) for found in (specific, content))
    return Starts(
        specific=specific,
        names=_column_mask(starters, np.flatnonzero(is_name).tolist()),
        content=content,
        every_name=_column_mask(matrix, np.flatnonzero(is_name).tolist()),
        proper=_without_speakers(_column_mask(matrix, proper), column, speakers),
        specific_proper=_without_speakers(_column_mask(matrix, [k for k in proper if df[k] <= topic]), column, speakers),
        name_words=name_words,
        figures={k: f[2:] for k, f in enumerate(kinds.tolist()) if f.startswith("Q:")},
        subjects=None if texts is None else FigureSubjects(texts),
        quotations=None if texts is None or entities is None else _quotations(texts, entities, works),
        voices=_spoken_by(speakers, column, matrix.shape),
        texts=texts,
        name_forms={column[f"E:{canonical}"]: frozenset(found) for canonical, found in forms.items() if f"E:{canonical}" in column},
        stems={k: f for k, f in enumerate(kinds.tolist()) if not f.startswith(("E:", "Q:"))},
        leads=None if lead_ranks is None else np.asarray(lead_ranks) < LEAD_CLAIMS,
        weekdays=_column_mask(matrix, [column[stem(day)] for day in WEEKDAYS if stem(day) in column]),
        denials=None if texts is None else np.array([reports_denial(text) for text in texts], dtype=bool),
        negations=None if texts is None else np.array([negates(text) for text in texts], dtype=bool),
        pointing=[frozenset(column[w] for w in words if w in column) for words in pointing] if pointing else (),
        background=() if texts is None else [
            _phrase_columns(" ".join([fronted_phrase(text), *stock_phrases(text)]), column) for text in texts
        ],
        common=() if texts is None else common_phrases(texts, sources.tolist()),
        speech=speech,
        setting=setting,
        opening=() if texts is None or entities is None else _openings(texts, setting, column),
        regions=() if texts is None or entities is None else _addresses(texts, entities, aliases, column),
        works=None if not works else [_name_columns(work.names, aliases, column) for work in works],
    )


_FRONTED_PARTICIPLE = re.compile(r"^(?:[A-Za-z]+ly\s+)?([A-Za-z]+ing)\s[^,;:—–]{3,150}?,\s")
"""A sentence's opening participial phrase up to its comma, an adverb before it allowed: "Originally allocating $350
billion in funding, the PPP offers loans …", "Speaking to reporters on Monday, …"."""
_NOT_PARTICIPLES = frozenset(
    {"according", "during", "morning", "evening", "nothing", "something", "anything", "everything", "thing", "king", "spring"}
)
"""Words in "-ing" that open a sentence and are no participle, or open an attribution ("According to X, …")."""


def fronted_phrase(text: str) -> str:
    """The participial phrase ``text`` opens with (``_FRONTED_PARTICIPLE``; "" when none): the circumstance the
    sentence sets its report in, not what it reports. Check-T SB-24: the Free Beacon's "Originally allocating $350
    billion in funding, the PPP offers loans to small businesses which would be forgiven if …" (the loans' terms) and
    Vox's "There are concerns, too, about how the existing $349 billion designated for PPP has been allocated:
    Democrats are pushing for some of the new funds to be set aside for community-based lenders …" shared the sum and
    "allocated", all in the Free Beacon's opening phrase, and were printed as one fact (0.64). The "-ing" word must be
    a verb's form (its stem, with or without a final "e", a word of the dictionary: not "Beijing")."""
    match = _FRONTED_PARTICIPLE.match(text)
    if match is None:
        return ""
    word = match.group(1).lower()
    base = word[:-3]
    known = dictionary_words()
    if word in _NOT_PARTICIPLES or len(base) < 3 or not (base in known or base + "e" in known or base[:-1] in known):
        return ""
    return match.group(0)


def _settings(
    texts: Sequence[str], entities: Sequence[Sequence[str]], aliases: dict[str, str], column: dict[str, int]
) -> list[frozenset[int]]:
    """Per claim, the columns of the names (``entities``, through ``aliases``) it writes in its opening phrase
    (``opening_phrase``) and nowhere after it."""
    found: list[frozenset[int]] = []
    for text, names in zip(texts, entities, strict=True):
        opening = opening_phrase(text)
        rest = text[len(opening) :]
        found.append(_name_columns(frozenset(n for n in names if opening and n in opening and n not in rest), aliases, column))
    return found


def _openings(texts: Sequence[str], settings: Sequence[frozenset[int]], column: dict[str, int]) -> list[frozenset[int]]:
    """Per claim, the columns of the names (``settings``: ``_settings`` of the same claims), content words and figures
    (``_phrase_columns``) it writes in its opening phrase (``opening_phrase``) and nowhere after it: ``Starts.opening``.
    The settings are passed in, not read again: ``_starts`` reads them for ``Starts.setting`` too."""
    found: list[frozenset[int]] = []
    for text, setting in zip(texts, settings, strict=True):
        opening = opening_phrase(text)
        found.append(setting | (_phrase_columns(opening, column) - _phrase_columns(text[len(opening) :], column)) if opening else setting)
    return found


_REGIONS = frozenset(name.lower() for name in (*STATE_NAMES, *COUNTRY_NAMES))


def _addresses(
    texts: Sequence[str], entities: Sequence[Sequence[str]], aliases: dict[str, str], column: dict[str, int]
) -> list[frozenset[tuple[int, int]]]:
    """Per claim, the (place, region) column pairs of each name (``entities``) written right before ", " and a state or
    a country it also names ("Cedar Rapids, Iowa", "Lyon, France"): a place and where it is, one place. Not a state or
    a country itself ("France, Germany and Italy" is a list). A pattern is searched only for a place the text writes
    before a comma (what every pattern needs): one per place and region of every claim overflowed ``re``'s cache of
    512 and compiled each again (issue 16)."""
    found: list[frozenset[tuple[int, int]]] = []
    for text, names in zip(texts, entities, strict=True):
        regions = [n for n in names if n.lower() in _REGIONS]
        placed = [place for place in names if place.lower() not in _REGIONS and f"{place}," in text] if regions else []
        pairs = {
            (place, region)
            for place in placed
            for region in regions
            if re.search(rf"(?<!\w){re.escape(place)},\s+{re.escape(region)}(?!\w)", text)
        }
        found.append(frozenset(
            (column[f"E:{aliases[p]}"], column[f"E:{aliases[r]}"]) for p, r in pairs
            if p in aliases and r in aliases and f"E:{aliases[p]}" in column and f"E:{aliases[r]}" in column
        ))  # fmt: skip
    return found
_COMPLEMENT = (
    r"(?:\s+(?:an?|the)\b)?"
    r"(?:\s+(?!(?:and|or|but|for|in|on|as|that|which|who|because|if|to|with|by|than|it|he|she|they|we|you)\b)[\w'’-]+){1,3}"
)
"""The noun phrase after a stock phrase of degree, up to three words: "the level of [alleged criminality]"."""
_STOCK_PHRASES = re.compile(
    r"(?i)\b(?:"
    r"(?:rise|rises|rising|rose|risen)\s+to\s+the\s+level\s+of" + _COMPLEMENT + "|"
    r"(?:fall|falls|fell|fallen|falling)\s+short\s+of" + _COMPLEMENT + "|"
    r"in\s+the\s+wake\s+of|on\s+the\s+heels\s+of|at\s+the\s+heart\s+of|in\s+the\s+face\s+of|at\s+the\s+end\s+of\s+the\s+day|"
    r"(?:just\s+)?a\s+matter\s+of\s+time|the\s+tip\s+of\s+the\s+iceberg|(?:take|takes|took|taken|taking)\s+(?:a|its|their|a\s+heavy)\s+toll|"
    r"(?:come|comes|came|coming)\s+to\s+a\s+head|behind\s+closed\s+doors|in\s+the\s+long\s+run|a\s+drop\s+in\s+the\s+bucket|"
    r"(?:cross|crosses|crossed|crossing)\s+the\s+line|(?:pave|paves|paved|paving)\s+the\s+way|"
    r"(?:set|sets|setting)\s+the\s+stage|par\s+for\s+the\s+course|the\s+writing\s+on\s+the\s+wall|"
    r"a\s+step\s+in\s+the\s+right\s+direction|(?:raise|raises|raised|raising)\s+eyebrows|"
    r"(?:sound|sounds|sounded|sounding)\s+the\s+alarm|on\s+the\s+same\s+page|the\s+bottom\s+line|"
    r"(?:move|moves|moved|moving)\s+the\s+needle|a\s+slap\s+in\s+the\s+face|the\s+elephant\s+in\s+the\s+room"
    r")(?![\w'’-])"
)
"""Stock phrases of English: idioms that say how much, when or how, of any fact ("did not rise to the level of
criminality", "in the wake of", "behind closed doors"). Their words, and the complement of a phrase of degree, are no
evidence that two sentences report one fact (``stock_phrases``)."""


def stock_phrases(text: str) -> list[str]:
    """The stock phrases of ``text`` (``_STOCK_PHRASES``), with the complement of a phrase of degree. What two claims
    share that may start a link, all in such a phrase of one of them, starts nothing (``Starts.background``), and
    runs of words shared only through one are no shared quotation (``_runs_apart``). Check X MU-7: Vox's "It appears
    that Mueller found that this or other alleged contacts between Trump associates and Russian officials did not rise
    to the level of criminality, …" and The Hill's "For Trump, the danger remains that Mueller may have uncovered
    information that will be politically damaging, even if it does not rise to the level of alleged criminality."
    share the idiom and its object and nothing the claims are about (the contacts; information that may damage Trump),
    and were printed as one event (0.69)."""
    return [m.group() for m in _STOCK_PHRASES.finditer(text)]


def _runs_apart(a: str, b: str) -> int:
    """How many runs of ``QUOTE_WORDS`` words texts ``a`` and ``b`` share outside their stock phrases
    (``stock_phrases``) and times of day (``terms.TIME_OF_DAY``): a run that crosses one is no part of a quotation the
    two share. A time of day is when a fact stands, and its "a.m."/"p.m." two words of a run: check AE BA-9, CNN's "But
    most of the 10 arrests made after the 10 p.m. curfew were for curfew violation." and USA Today's "Dozens of people
    remained in the streets after the 10 p.m. curfew." shared two runs of "after the 10 p.m. curfew" and nothing
    else of a fact (0.76), printed as one event."""

    def runs(text: str) -> set[tuple[str, ...]]:
        pieces = [piece for part in _STOCK_PHRASES.split(text) for piece in TIME_OF_DAY.split(part)]
        found = set()
        for piece in pieces:
            words = fold_words(piece)
            found |= {tuple(words[k : k + QUOTE_WORDS]) for k in range(len(words) - QUOTE_WORDS + 1)}
        return found

    return len(runs(a) & runs(b))


def _phrase_columns(phrase: str, column: dict[str, int]) -> frozenset[int]:
    """The columns of the content stems and figures (``Q:``) of ``phrase``."""
    if not phrase:
        return frozenset()
    found = [*sentence_stems(phrase), *(f"Q:{q}" for q in terms.quantities(phrase))]
    return frozenset(column[f] for f in found if f in column)


def _name_columns(names: frozenset[str], aliases: dict[str, str], column: dict[str, int]) -> frozenset[int]:
    """The columns of ``names`` (surfaces) resolved through ``aliases``."""
    return frozenset(column[f"E:{aliases[n]}"] for n in names if n in aliases and f"E:{aliases[n]}" in column)


def _works(texts: Sequence[str] | None, entities: Sequence[Sequence[str]] | None, aliases: dict[str, str]) -> list[WorkReference]:
    """Per claim, what of it only points at a work (``contrast.claims.works``); empty without texts and names."""
    if texts is None or entities is None:
        return []
    return [work_reference(text, row) for text, row in zip(texts, entities, strict=True)]


def _in_runs(a: str, b: str) -> set[str]:
    """The stems of the words of the runs of two words (``fold_words``) texts ``a`` and ``b`` share."""

    def runs(text: str) -> set[tuple[str, str]]:
        words = fold_words(text)
        return set(pairwise(words))

    return {stem(w) for run in runs(a) & runs(b) for w in run}


def _spoken_by(speakers: list[list[str]], column: dict[str, int], shape: tuple[int, int]) -> sp.csr_matrix:
    """Claims × features: 1 at each resolved name (``E:``) of a claim's speakers (``Starts.voices``)."""
    cells = {(i, column[f]) for i, row in enumerate(speakers) for f in row if f.startswith("E:") and f in column}
    rows, cols = [i for i, _ in sorted(cells)], [k for _, k in sorted(cells)]
    return sp.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=shape)


NAMING_WORDS = frozenset(
    {
        "top", "ranking", "senior", "leading", "chief", "former", "leader", "chairman", "chairwoman", "chair", "member",
        "members", "deputy", "acting", "spokesman", "spokeswoman", "spokesperson", "head", "secretary", "director",
        "minority", "majority", "democrat", "democrats", "democratic", "republican", "republicans", "sen", "senator",
        "rep", "representative", "gov", "governor", "mr", "ms", "mrs", "dr", "president", "vice", "general", "attorney",
    }
)  # fmt: skip
"""Lower-case words of a title ("the top Democrat on …", "the ranking member of …"): with a person's names and
function words, they name someone, they say nothing of what is reported."""
_TITLE_STEMS = frozenset(stem(word) for word in NAMING_WORDS)


def _words_of(names: Sequence[str]) -> frozenset[str]:
    """The words of ``names`` (folded as a claim's text is)."""
    return frozenset(word for name in names for word in fold_words(name.lstrip("^")))


def _quotations(texts: Sequence[str], entities: Sequence[Sequence[str]], works: Sequence[WorkReference] = ()) -> sp.csr_matrix:
    """``Starts.quotations``: claims × their runs of words, less the runs made only of words that name someone in the
    claim: its names' words, a legislator's party-and-state tag ("D-Md.", "(R-La.)": ``terms.party_tags``), titles
    (``NAMING_WORDS``), function words. Check-T SB-22, SC-21: "Sen. Chris Van Hollen, D-Md., then tried to … pass a
    Democratic amendment" and a quotation of McConnell "…,” said Sen. Chris Van Hollen (D-MD) in a floor speech", and
    "… Capitol Police officers who were on security detail for House Majority Whip Steve Scalise (R-La.)" and "…, House
    Majority Whip Steve Scalise (R-LA), was shot and wounded …" shared two runs of a name and its tag ("chris van hollen
    d md") and nothing said, and were each printed as one fact. Those every claim shares are passed once, each
    claim's names' words alone: a set of all of them per claim (~300 words, 16 KB) was 600 MB held at once at 1,000
    AllSides sources, so ~6 GB at 10,000."""
    # a legislator's party-and-state tag ("Sen. Chris Van Hollen, D-Md.", "Steve Scalise (R-La.)") names him too
    naming = [_words_of(row) | _words_of(party_tags(text)) for text, row in zip(texts, entities, strict=True)]
    for k, work in enumerate(works):  # "book", "author" pointing at a work name it, as its title's words do
        if work.names:
            naming[k] |= work.words | {"s"}  # "s": an author's possessive ("Wolff's book")
    return shingle_matrix(texts, naming=naming, naming_everywhere=NAMING_WORDS | stopwords())


def _links(
    scorer: PairScorer,
    pairs: tuple[np.ndarray, np.ndarray],
    sources: np.ndarray,
    starts: Starts,
    conflicts: Conflicts,
    *,
    voices: Sequence[frozenset[str]] | None = None,
) -> tuple[pl.DataFrame, sp.csr_matrix, dict[int, set[int]]]:
    """Candidate pairs likely enough to report one fact: the mutual best match of two sources at
    ``LINK_P``, any pair at ``STRONG_LINK_P`` (a source may report an event in several sentences).
    Strongest first, ties by claim ids. With them, the probability of every candidate pair from
    ``LIKELY_P`` (claims × claims, symmetric): what ``_merge`` weighs two groups by; and the candidate
    pairs that state different things of their arguments (``contrast.claims.conflicts``: whose goods,
    how many of one thing), per claim: they are never linked, their probability counts as 0, and
    ``_merge`` never puts them in one event. ``lead`` marks the links two leads make (``LEAD_P``)."""
    left, right = pairs
    n = sources.size
    if left.size == 0:
        return empty_links(), sp.csr_matrix((n, n)), {}
    scores = scorer.score(left, right)
    conflicting = conflicts.between(left, right)
    if voices is not None:
        conflicting |= _other_voices(voices, scorer, left, right)
    scores[conflicting] = 0.0
    apart: dict[int, set[int]] = {}
    for a, b in zip(left[conflicting].tolist(), right[conflicting].tolist(), strict=True):
        apart.setdefault(a, set()).add(b)
        apart.setdefault(b, set()).add(a)
    likely = scores >= LIKELY_P
    upper = sp.csr_matrix((scores[likely].astype(np.float32), (left[likely], right[likely])), shape=(n, n))
    probabilities = (upper + upper.T).tocsr()
    keep = scores >= LINK_P
    left, right, scores = left[keep], right[keep], scores[keep]
    started = starts.started(left, right, weak=scores < LONE_WORD_P)
    thin = (_shared_count(starts.specific, left, right) <= 1) & (_shared_count(starts.names, left, right) == 0)
    thin[thin] = ~conflicts.counted_alike(left[thin], right[thin])  # a count and what it counts: two details
    started &= ~(thin & (scores < THIN_START_P))
    started &= ~(thin & (scores < LONE_WORD_P) & ~_shares_specifics(scorer, starts, left, right))
    subject = _in_every_source(starts.specific, sources, starts.figures)
    subject_columns = frozenset(np.flatnonzero(subject).tolist())
    if subject.any():  # all that is specific to the pair is the story's subject: nothing of one fact
        rest = sp.csr_matrix(starts.specific.multiply(~subject[None, :]))
        unnamed = _shared_count(starts.names, left, right) == 0
        started &= ~(unnamed & (scores < STRONG_LINK_P) & (_shared_count(rest, left, right) == 0))
    acts = starts.acts_apart(left, right)  # a denial and a claim that reports none: two acts (only a quotation starts them)
    started &= ~acts
    lead = ~started & ~acts & (scores >= LEAD_P)
    if lead.any():
        lead[lead] = starts.story_leads(left[lead], right[lead], scorer.stems)
    runs = scorer.shingles if starts.quotations is None else starts.quotations
    quoted = np.asarray(runs[left].multiply(runs[right]).sum(axis=1)).ravel() >= QUOTE_RUNS
    if starts.texts is not None:  # runs shared only through a stock phrase ("… rise to the level of …") or across a
        texts = starts.texts  # time of day ("after the 10 p.m. curfew") quote nothing
        for k in np.flatnonzero(quoted & ~started).tolist():
            a, b = texts[int(left[k])], texts[int(right[k])]
            if any(pattern.search(text) for pattern in (_STOCK_PHRASES, TIME_OF_DAY) for text in (a, b)):
                quoted[k] = _runs_apart(a, b) >= QUOTE_RUNS
    # all the pair shares that may start it is the story's common vocabulary (``Starts.in_common_phrases``)
    vocabulary_only = starts.in_common_phrases(left, right, started | quoted, subject_columns)
    started &= ~vocabulary_only
    quoted &= ~vocabulary_only
    # all the pair shares that may start it is a phrase one claim quotes and the other writes as its own
    phrase_only = starts.quoted_apart(left, right, started | quoted)
    started &= ~phrase_only
    quoted &= ~phrase_only
    lead &= ~quoted
    keep = started | quoted | lead
    left, right, scores, lead = left[keep], right[keep], scores[keep], lead[keep]
    if left.size == 0:
        return empty_links(), probabilities, apart
    both = pl.DataFrame(
        {"a": np.concatenate([left, right]), "b": np.concatenate([right, left]), "score": np.concatenate([scores, scores]),
         "lead": np.concatenate([lead, lead])}
    ).with_columns(pl.Series("b_source", sources[np.concatenate([right, left])]))  # fmt: skip
    best = (
        both.sort(["a", "b_source", "score", "b"], descending=[False, False, True, False])
        .group_by(["a", "b_source"], maintain_order=True)
        .first()
        .select("a", "b", "score", "lead")
    )
    mutual = best.join(best.select(pl.col("b").alias("a"), pl.col("a").alias("b")), on=["a", "b"], how="semi")
    chosen = pl.concat([mutual, both.select("a", "b", "score", "lead").filter(pl.col("score") >= STRONG_LINK_P)]).unique()
    # links two leads make only by being leads (``LEAD_P``) come last: they join what is left, never take a claim
    # from a link something specific started
    ordered = chosen.filter(pl.col("a") < pl.col("b")).sort(["lead", "score", "a", "b"], descending=[False, True, False, False])
    return ordered.select("a", "b", "score", "lead"), probabilities, apart


OWN_QUOTE_RUNS = 4
"""Shared runs of five words (eight words in a row) from which two quotations are one quotation whoever each
source names as its speaker ("…,” said Lu Kang" / "…,” the Foreign Ministry said"); below it, two quotations of
different named speakers are two statements (``_other_voices``)."""
QUOTE_CARRY = 3
"""Sentences back a quotation's speaker is looked for when the sentence names none (``quotation_speakers``)."""
_NAME_RUN = r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
_CLOSING_SPEAKER = re.compile(
    r"[,.!?]?[”\"’']\s*,?\s+(?:[a-z]+\s+)?(?:"
    + REPORTING_VERB
    + r")\s+(?:[a-z]+\s+){0,3}?"
    + _NAME_RUN
    + r"|[,.!?]?[”\"’']\s*,?\s+"
    + _NAME_RUN
    + r"\s+(?:"
    + REPORTING_VERB
    + r")\b"
)
"""The speaker named after a closing quotation mark: "…,” Vicente said." / "…,” said Lu Kang"."""
_QUOTE_MARKS = re.compile(r"[“”\"]")


def quotation_speakers(claims: pl.DataFrame) -> list[frozenset[str]]:
    """Per claim that quotes someone (``attributed`` and holding or continuing a quotation), the words of its
    speaker's name: the claim's ``speakers``, a name right after its closing quotation mark ("…,” Vicente said."),
    or, for a sentence inside a quotation that names no one, the speaker of the sentence before it in its source
    (up to ``QUOTE_CARRY`` back: "These guys are on the wrong side of history.”" closes Tvert's words). Empty
    when unknown: an unknown speaker is no evidence either way. A sentence that names its speaker, even one not
    read as a person (``_people`` passes over "John Suthers": "John" is a word of news at large), never takes
    the speaker of the sentences before it: check7 MJ-11, the NYT's "Colorado's attorney general, John Suthers,
    …, said … “without merit.”" was given the sheriff quoted two sentences earlier. Nor is a voice carried back past
    such a sentence: the NYT's Sestak story quotes Bauer's memo right after "Robert F. Bauer, the White House counsel,
    said", and the carry took Sestak's voice from two sentences before Bauer's."""
    rows = claims.select("source_id", "sentence_index", "text", "speakers", "attributed").to_dicts()
    people: dict[str, set[str]] = {}
    for row in rows:
        people.setdefault(row["source_id"], set()).update(_people(row["text"]))
    found: dict[tuple[str, int], frozenset[str]] = {}
    naming: set[tuple[str, int]] = set()  # sentences that name a speaker, read as a person or not
    result: list[frozenset[str]] = []
    for row in sorted(rows, key=lambda r: (r["source_id"], r["sentence_index"])):
        text = row["text"]
        named = [n.lstrip("^") for n in row["speakers"] or []]
        if not named:
            match = _CLOSING_SPEAKER.search(text)
            if match:
                named = [match.group(1) or match.group(2)]
        names_someone = bool(named)
        named = [name for name in named if name.split()[-1] in people[row["source_id"]]]  # persons only
        words = frozenset(w for name in named for w in fold_words(name) if w not in NAMING_WORDS)
        quoting = bool(row["attributed"]) or len(_QUOTE_MARKS.findall(text)) % 2 == 1  # inside a quotation running over sentences
        if not names_someone and quoting and _QUOTE_MARKS.search(text[-3:] + text[:2]):
            for back in range(1, QUOTE_CARRY + 1):
                key = (row["source_id"], row["sentence_index"] - back)
                words = found.get(key, frozenset())
                if words or key in naming:
                    break
        if names_someone:
            naming.add((row["source_id"], row["sentence_index"]))
        found[(row["source_id"], row["sentence_index"])] = words if quoting else frozenset()
    for row in rows:
        result.append(found[(row["source_id"], row["sentence_index"])])
    return result


_PERSON = re.compile(r"\b([A-Z][a-z]+)(?:\s+[A-Z]\.)?\s+([A-Z][a-z][\w-]+)\b(?!['’])")
_TITLE_WORDS = (
    r"(?:Attorney|Surgeon|Inspector|Solicitor|Postmaster|Director) General|Secretary(?: of(?: the)? [A-Z][a-z]+)?|"
    rf"{TITLE_BEFORE_NAME}\.|"
    r"Senator|Representative|Governor|Sheriff|Mayor|Judge|Justice|President|Minister|Premier|"
    r"Chancellor|Commissioner|Ambassador|Speaker|Leader|Chairman|Chairwoman|Spokesman|Spokeswoman|Spokesperson|"
    r"Director|General"
)
_TITLED_PERSON = re.compile(
    r"\b(?:" + _TITLE_WORDS + r")\s+(?!(?:" + _TITLE_WORDS + r")\s)([A-Z][a-z]+)(?:\s+[A-Z]\.)?\s+([A-Z][a-z][\w-]+)\b(?!['’])"
)
"""A given name and surname right after a title ending on its last word: "Colorado Attorney General John Suthers",
"Secretary of the Interior Ryan Zinke", "Sen. Arlen Specter", "Press Secretary Robert Gibbs", "Sheriff Adam
Hayward". The title vouches for a person, so the given name may be a word of news at large ("John")."""


def _people(text: str) -> set[str]:
    """Surnames of the persons a text names in full ("Brian Vicente" → "Vicente"): two capitalised words, neither
    a word of news at large (``news_words``). "Foreign Ministry", "China Daily" and "Beijing" name no person: an
    institution's words are quoted by many spokesmen and reported under several names. (A name news uses
    everywhere, "Donald Trump", is passed over too: the rule only ever keeps links apart.) A name after a title
    (``_TITLED_PERSON``) is read first, as a whole, so that the title and the name are not paired left to right
    ("Colorado Attorney", "General John"; "Interior Ryan") and its given name may be a news word ("John Suthers")."""
    news = news_words()
    found = {m.group(2) for m in _TITLED_PERSON.finditer(text) if stem(m.group(2).lower()) not in news}
    rest = _TITLED_PERSON.sub(" ; ", text)
    return found | {m.group(2) for m in _PERSON.finditer(rest) if not {stem(m.group(1).lower()), stem(m.group(2).lower())} & news}


def _other_voices(voices: Sequence[frozenset[str]], scorer: PairScorer, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Per pair, whether both claims quote a person named, no word of their speakers' names is shared, they
    share no other name nor any figure, and fewer than ``OWN_QUOTE_RUNS`` runs of words: two people's words,
    however alike (check7 MJ-13: Vicente's "I think it shows they are on the wrong side of history" and Tvert's
    "These guys are on the wrong side of history", 0.90 on the stock phrase alone). Such pairs are never linked
    nor merged (``_links`` counts them as conflicting). Only the pairs of two quoting claims are read one by one:
    every candidate pair as Python ints (~90 bytes a pair) was 270-360 MB of the events stage at 1,000 AllSides sources."""
    quoting = np.array([bool(v) for v in voices], dtype=bool)
    apart = np.zeros(left.size, dtype=bool)
    for pair in np.flatnonzero(quoting[left] & quoting[right]).tolist():
        apart[pair] = voices[int(left[pair])].isdisjoint(voices[int(right[pair])])
    if apart.any():
        k = np.flatnonzero(apart)
        a, b = left[k], right[k]
        runs = np.asarray(scorer.shingles[a].multiply(scorer.shingles[b]).sum(axis=1)).ravel()
        names = np.asarray(scorer.names[a].multiply(scorer.names[b]).sum(axis=1)).ravel()
        figures = np.asarray(scorer.figures[a].multiply(scorer.figures[b]).sum(axis=1)).ravel()
        apart[k[(runs >= OWN_QUOTE_RUNS) | (names > 0) | (figures > 0)]] = False
    return apart


def _shares_specifics(scorer: PairScorer, starts: Starts, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Per pair, whether the two claims share a figure, a name of ``Starts.specific_proper`` or a speaker."""
    names = starts.proper if starts.specific_proper is None else starts.specific_proper
    shared = _shared_count(scorer.figures, left, right) + _shared_count(names, left, right)
    if starts.voices is not None:
        shared += _shared_count(starts.voices, left, right)
    return shared > 0


SUBJECT_SOURCES = 3
"""Sources from which a feature every one of them writes is the story's subject, not a detail of one fact
(``_in_every_source``); with two, every shared feature is in every source."""
SUBJECT_REPEATS = 2
"""Claims of one source that a figure (``figures``) must be in, in two sources or more, to be read as the story's subject
though a source leaves it out or writes it otherwise ("$2.2 trillion" for "$2 trillion"): each of them comes back to it.
Words repeated so are not: a quotation every outlet repeats ("the largest trade war in economic history", the bundled
tariffs report) is one fact, and reading its words as the subject lost that event."""


def _in_every_source(matrix: sp.csr_matrix, sources: np.ndarray, figures: Collection[int] = ()) -> np.ndarray:
    """Per column of ``matrix`` (rows: claims of ``sources``), whether every source, ``SUBJECT_SOURCES`` or more, has it:
    the story's own subject ("$2 trillion package" in a story on that package). A link it alone starts joins two facts
    of the story (check W CV-9: Politico's "That next legislative phase … could be even more difficult than this week's
    $2 trillion package." and the Daily Caller's "The nearly $2 trillion package also reportedly includes a provision to
    allow the government to take an equity state in some of the airlines.", 0.51, an event on page 1 and the handout).
    A figure every source writes but none comes back to (each in one claim: "police made 14 arrests") is no subject
    but the one fact all of them report, the story's central count; a word so written stays the subject (a person's
    title, written once where each source introduces her: the Benghazi dev gold's "State Department spokeswoman"
    Nuland, two different facts)."""
    names, codes = np.unique(sources, return_inverse=True)
    if names.size < SUBJECT_SOURCES or matrix.shape[1] == 0:
        return np.zeros(matrix.shape[1], dtype=bool)
    by_source = sp.csr_matrix((np.ones(codes.size, dtype=np.float32), (np.arange(codes.size), codes)), shape=(codes.size, names.size))
    per_source = sp.csr_matrix(sp.csr_matrix(matrix.T, dtype=np.float32) @ by_source)  # columns × sources: claims having it
    everywhere = np.diff(per_source.indptr) == names.size
    per_source.data = (per_source.data >= SUBJECT_REPEATS).astype(np.float32)
    repeated = np.zeros(matrix.shape[1], dtype=bool)
    if figures:
        columns = np.fromiter(figures, dtype=np.int64)
        returned_to = np.asarray(per_source[columns].sum(axis=1)).ravel()
        repeated[columns] = returned_to >= 2
        everywhere[columns] &= returned_to >= 1  # a figure each source writes once is one fact all report
    return everywhere | repeated


def _shared_count(matrix: sp.csr_matrix, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """How many columns of ``matrix`` rows ``a[k]`` and ``b[k]`` share, per pair."""
    if a.size == 0:
        return np.zeros(0)
    return np.asarray(matrix[a].multiply(matrix[b]).sum(axis=1)).ravel()


def _without_speakers(mask: sp.csr_matrix, column: dict[str, int], speakers: list[list[str]]) -> sp.csr_matrix:
    """Drop each claim's speakers (their name and its words) from its evidence: a shared speaker
    is who talks, not what is said. ``column``: feature → its column. (Also drops any other per-claim
    features given in their place: ``_starts`` drops a claim's names from its content words.)"""
    rows = [i for i, names in enumerate(speakers) for name in names if name in column]
    cols = [column[name] for names in speakers for name in names if name in column]
    if not rows:
        return mask
    spoken = sp.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=mask.shape)
    spoken.sum_duplicates()
    spoken.data[:] = 1.0  # one surface form or several, a speaker is removed once
    return (mask - mask.multiply(spoken)).tocsr()


def _column_mask(matrix: sp.csr_matrix, columns: list[int]) -> sp.csr_matrix:
    """Binary claim × feature matrix keeping only ``columns``."""
    keep = np.zeros(matrix.shape[1], dtype=np.float32)
    keep[columns] = 1.0
    return ((matrix > 0).astype(np.float32) @ sp.diags(keep)).tocsr()


RESCORED_PAIRS_MAX = 400
"""Pairs of claims of two groups about to merge that the candidate search never looked up (each claim looks
others up through a few of its rarest features) are scored then, when the groups make at most this many pairs
of claims of different sources; above it they count as 0. Check-s5-A PB-1: HuffPost's list of the bombs'
addressees links to the NYT's (0.92) and scores 0.89 with Fox's, but that pair shared none of either claim's six
rarest features, so it counted 0 and the mean (0.46) kept HuffPost out of the event ("2 of 3 sources")."""

PairProbability = Callable[[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]
"""Pairs (``left[k]``, ``right[k]``) → their probability and whether they conflict (``contrast.claims.conflicts``)."""


def _probability(scorer: PairScorer, conflicts: Conflicts) -> PairProbability:
    """``_merge``'s ``rescore``: the scorer's probability, 0 for a pair that conflicts."""

    def probability_of(left: np.ndarray, right: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        conflicting = conflicts.between(left, right)
        return np.where(conflicting, 0.0, scorer.score(left, right)), conflicting

    return probability_of


def _voice_of(text: str, attributed: bool) -> str:
    """A claim's voice when the sentences' voices were not read: ``quoted`` only when it is attributed and has a
    quotation mark, ``reported`` when attributed without one ("Officials said X had committed $3bn"), else ``own``.
    Twenty companies' announcements, each reported in turn, are twenty events, not one quotation running on."""
    if not attributed:
        return "own"
    return "quoted" if any(mark in text for mark in '“”"') else "reported"


def _merge(
    links: pl.DataFrame,
    likely: sp.csr_matrix,
    sources: np.ndarray,
    apart: dict[int, set[int]] | None = None,
    *,
    rescore: PairProbability | None = None,
) -> list[int | None]:
    """Greedy average-linkage merge over links, strongest first.

    Two single claims join on their link: it is each one's best match in the other's source or very likely, and
    something specific started it (``_links``). A gate of their own (word cosine at least 0.3, or the link 0.8 likely,
    from before links had those gates) kept apart pairs the checks and the golds call one fact: the NYT's "Hillary
    Rodham Clinton on Friday released her most recent eight years of tax returns …" and Fox's "… released a statement
    from her doctor …, along with eight years of tax returns …" (0.74, check group I); Paul Ryan's "you cannot end
    birthright citizenship with an executive order" quoted in two outlets (0.73, held-out gold); of the 11 links it
    dropped on the ten golds, 10 join sentences of one gold event. Groups join when the mean probability
    over their pairs of claims of different sources is at least ``MERGE_MEAN_P`` (``likely``: claims
    × claims, 0 where not scored), and never when a claim of one states what a claim of the other
    contradicts (``apart``: claim → the claims it conflicts with), however well a third claim that
    tells both facts links them. A group keeps the sum of its members' rows of ``likely``, its
    member set and its count per source, so the mean is one lookup per entry of the smaller row,
    and a merge adds the two rows. ``rescore``: the probability of pairs ``likely`` lacks (never looked
    up, or less likely than ``LIKELY_P``), asked for when the groups make at most ``RESCORED_PAIRS_MAX``
    pairs; a pair it finds conflicting keeps the groups apart as ``apart`` does. A link marked ``lead`` (a column
    of ``links``, when there: two leads of the story, ``LEAD_P``) joins groups from ``LEAD_MERGE_MEAN_P``.
    """
    n = sources.size
    source_of = sources.tolist()
    parent = list(range(n))
    members: dict[int, set[int]] = {}
    sums: dict[int, dict[int, float]] = {}
    per_source: dict[int, dict[str, int]] = {}
    rescored: dict[tuple[int, int], tuple[float, bool]] = {}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def row(i: int) -> dict[int, float]:
        start, end = likely.indptr[i], likely.indptr[i + 1]
        return dict(zip(likely.indices[start:end].tolist(), likely.data[start:end].tolist(), strict=True))

    leads = links.get_column("lead").to_list() if "lead" in links.columns else [False] * links.height
    for (a, b), lead in zip(links.select("a", "b").iter_rows(), leads, strict=True):
        ra, rb = find(a), find(b)
        needed = LEAD_MERGE_MEAN_P if lead else MERGE_MEAN_P
        if ra == rb:
            continue
        group_a, group_b = members.get(ra, {ra}), members.get(rb, {rb})
        if apart and _conflict(group_a, group_b, apart):
            continue
        sum_a = sums[ra] if ra in sums else row(ra)
        sum_b = sums[rb] if rb in sums else row(rb)
        count_a = per_source.get(ra, {source_of[ra]: 1})
        count_b = per_source.get(rb, {source_of[rb]: 1})
        pairs = len(group_a) * len(group_b) - sum(k * count_b.get(source, 0) for source, k in count_a.items())
        if len(group_a) > 1 or len(group_b) > 1:
            smaller, other_group = (sum_a, group_b) if len(sum_a) <= len(sum_b) else (sum_b, group_a)
            total = sum(value for k, value in smaller.items() if k in other_group)
            if (
                rescore is not None
                and min(len(group_a), len(group_b)) == 1
                and 0 < pairs <= RESCORED_PAIRS_MAX
                and total / pairs < needed
            ):
                found, conflicting = _unscored(group_a, group_b, likely, source_of, rescore, rescored)
                if conflicting:
                    continue
                total += found
            if pairs == 0 or total / pairs < needed:
                continue
        root, other = min(ra, rb), max(ra, rb)
        parent[other] = root
        members[root] = _joined(group_a, group_b)
        sums[root] = _added(sum_a, sum_b)
        per_source[root] = _added(count_a, count_b)
        for table in (members, sums, per_source):
            table.pop(other, None)
    event: list[int | None] = [None] * n
    for root, group in members.items():
        if len({source_of[i] for i in group}) >= 2:
            for i in group:
                event[i] = root
    return event


def _unscored(
    a: set[int],
    b: set[int],
    likely: sp.csr_matrix,
    source_of: list[str],
    score: PairProbability,
    known: dict[tuple[int, int], tuple[float, bool]],
) -> tuple[float, bool]:
    """The summed probability (from ``LIKELY_P``) of the pairs of claims of different sources of groups ``a``
    and ``b`` that ``likely`` lacks, and whether one of them conflicts. ``known``: pairs scored by earlier
    merges (filled in)."""
    missing = [
        (min(i, j), max(i, j)) for i in sorted(a) for j in sorted(b)
        if source_of[i] != source_of[j] and likely[i, j] == 0
    ]  # fmt: skip
    if not missing:
        return 0.0, False
    asked = [pair for pair in missing if pair not in known]
    if asked:
        left = np.array([i for i, _ in asked], dtype=np.int64)
        right = np.array([j for _, j in asked], dtype=np.int64)
        probabilities, conflicting = score(left, right)
        for pair, p, c in zip(asked, probabilities.tolist(), conflicting.tolist(), strict=True):
            known[pair] = (p if p >= LIKELY_P else 0.0, bool(c))
    return sum(known[pair][0] for pair in missing), any(known[pair][1] for pair in missing)


def _conflict(a: set[int], b: set[int], apart: dict[int, set[int]]) -> bool:
    """Whether a claim of group ``a`` conflicts with one of group ``b``."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return any(not apart.get(i, set()).isdisjoint(large) for i in small)


def _joined(a: set[int], b: set[int]) -> set[int]:
    """The union of two groups, the smaller added into the larger (which a merge retires)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    large |= small
    return large


def _added(a: dict[K, V], b: dict[K, V]) -> dict[K, V]:
    """The sum of two sparse rows or counts (the larger copied once, the smaller added in)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    merged = dict(large)
    for k, v in small.items():
        merged[k] = merged.get(k, 0) + v
    return merged
