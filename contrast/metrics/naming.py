"""Naming lens: what each origin calls the same actors, and its own words for the same events.

Built from claim alignment (``contrast.claims``), so it runs after the events stage.

* Actors: the names the claims mention, merged across spellings by the alignment's alias
  rules ("the CCP", "Chinese Communist Party", "CCP" are one actor), each counted as used:
  every whole-word use in the origin's sentences ("US ×18"), not the sentences naming it,
  and only in the outlet's own words: a name inside quotation marks is the speaker's (Fox
  quoting the FBI's "OPR reviewed…" is not Fox calling the office "OPR"). An actor is
  listed when two or more origins name it and at least two of them prefer (use most,
  without a tie) names that are not forms of one name (``aliases.name_variants``: "US" and
  "United States", an acronym and its expansion, one person with another title) — the
  rule the handout's key states.
* Events: for each event reported by two or more origins, the words each origin's
  sentences about it use outside quotation marks and no other origin's do, in any form
  ("Department’s" is "department", "requiring" is "requires"; quoted or not) — "slapped"
  against "implemented": the same event, named differently. Single words only: in one or two sentences per
  origin every word pair is unique, so pairs would say nothing. The rarest words in the
  whole corpus come first: "slapped" says more about wording than "particularly".
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

import polars as pl

from contrast.claims import EventAnalysis
from contrast.claims.aliases import name_families, resolve_aliases
from contrast.claims.export import event_id
from contrast.claims.terms import stem
from contrast.metrics.cues import EVIDENCE_SCHEMA
from contrast.metrics.fightin_words import is_content, terms
from contrast.metrics.figures import FIGURES_SCHEMA
from contrast.metrics.registry import Corpus, LensSpec, MetricFrames, SourceSlice, metric
from contrast.metrics.voice import source_voices
from contrast.schema import ORIGIN, SENTENCE_INDEX, SOURCE_ID, TEXT

LENS = "naming"
OWN_WORDS = 4
"""Words shown per origin and event."""
SPEC = LensSpec(
    LENS,
    title="Naming",
    question="What does each origin call the same actors, and in which words does it report the same events?",
    method="Actors: names in claims, merged only on evidence — an acronym with the expansion the texts write out (“the "
    "Belt and Road Initiative (BRI)”) or a short list of international acronyms (“US”, “WTO”), a name that ends a "
    "longer one or starts one that only adds a designator (“Shanghai Composite Index”), a surname after the full name, "
    "titles dropped, and spellings that differ only slightly and carry the same numbers (never “June 12” and “June "
    "15”) — counted in each outlet's own words (not inside quotation marks) and listed when origins prefer names "
    "that are not forms of one name (“US” and “United States”, an acronym, a title are forms). Events: for each event "
    "two or more origins report, the words each origin uses about it outside quotations that no other origin's "
    "sentences about it use in any form (“Department’s” is “department”).",
    section=70,
    layout="names",
)


QUOTE_START, QUOTE_END = "quote_start", "quote_end"
QUOTES_SCHEMA = {SOURCE_ID: pl.String(), SENTENCE_INDEX: pl.Int32(), QUOTE_START: pl.Int64(), QUOTE_END: pl.Int64()}
"""The per-source part's frame: one row per span of a sentence inside quotation marks (marks included)."""
Quotes = dict[tuple[str, int], tuple[tuple[int, int], ...]]
"""(source, sentence) → its spans inside quotation marks, for the sentences that have any."""


def quotation_spans(source: SourceSlice) -> MetricFrames:
    """The per-source part: where one source's sentences stand inside quotation marks (``voice.source_voices``:
    a quotation may open sentences before and close sentences after), kept per source in the build cache, so
    a build that adds one source reads the quotation marks of that source alone."""
    sentences = source.sentences
    voices = source_voices(sentences, source.text) if sentences.height else []
    indexes = sorted(sentences.get_column(SENTENCE_INDEX).to_list())
    rows = [(source.source_id, index, start, end) for index, voice in zip(indexes, voices, strict=True) for start, end in voice.quotes]
    return MetricFrames(sentences=pl.DataFrame(rows, schema=QUOTES_SCHEMA, orient="row"))


@metric(LENS, after_events=True, per_source=quotation_spans, lens=SPEC)
def naming(corpus: Corpus, events: EventAnalysis) -> MetricFrames:
    claims = events.claims.sort(SOURCE_ID, SENTENCE_INDEX)
    quotes = _quotes(corpus)
    figures: list[dict[str, object]] = []
    evidence: list[tuple[object, ...]] = []
    _actors(claims, corpus.sentences, corpus.origins, quotes, figures, evidence)
    _events(claims, events.events, corpus.origins, quotes, figures, evidence)
    return MetricFrames(
        figures=pl.DataFrame(figures, schema=FIGURES_SCHEMA, orient="row"),
        evidence=pl.DataFrame(evidence, schema=EVIDENCE_SCHEMA, orient="row"),
    )


def _quotes(corpus: Corpus) -> Quotes:
    """(source, sentence) → its spans inside quotation marks (``quotation_spans``, per source)."""
    found: Quotes = {}
    for frames in corpus.measured(LENS, quotation_spans).values():
        assert frames.sentences is not None
        for source_id, index, start, end in frames.sentences.iter_rows():
            found[(source_id, index)] = (*found.get((source_id, index), ()), (start, end))
    return found


def _quoted(quotes: tuple[tuple[int, int], ...] | None, start: int, end: int) -> bool:
    """Whether the span stands inside one of the sentence's quotations (``voice.Voice.quoted_at``)."""
    return quotes is not None and any(a <= start and end <= b for a, b in quotes)


def _actors(claims: pl.DataFrame, sentences: pl.DataFrame, origins: tuple[str, ...], quotes: Quotes,
            figures: list, evidence: list) -> None:
    """Each actor's names per origin, counted as used: every whole-word use outside quotation marks
    in every sentence of the origin's texts (the longest name where two overlap), not the claim
    sentences naming it."""
    aliases = resolve_aliases((e for row in claims.get_column("entities").to_list() for e in row), texts=claims.get_column(TEXT).to_list())
    finder = _NameFinder(aliases)
    forms: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    where: dict[tuple[str, str, str], list[tuple[str, int, int, int, str]]] = defaultdict(list)
    rows = sentences.sort(SOURCE_ID, SENTENCE_INDEX).select(SOURCE_ID, SENTENCE_INDEX, ORIGIN, TEXT)
    for source_id, index, origin, text in rows.iter_rows():
        quoted = quotes.get((source_id, index))
        for surface, start, end in finder.uses(text):
            if _quoted(quoted, start, end):
                continue
            forms[aliases[surface]][origin][surface] += 1
            where[(aliases[surface], origin, surface)].append((source_id, index, start, end, text[start:end]))
    for actor in sorted(forms, key=lambda a: (-len(forms[a]), -sum(sum(c.values()) for c in forms[a].values()), a)):
        by_origin = forms[actor]
        if len(by_origin) < 2 or not _named_differently(by_origin):
            continue
        measure = f"actor:{actor}"
        for origin in origins:
            if origin not in by_origin:
                continue
            counts = by_origin[origin]
            refs = []
            for surface in sorted(counts):
                for source_id, index, start, end, used in where[(actor, origin, surface)]:
                    evidence.append((source_id, index, LENS, measure, used, start, end, None))
                    refs.append(f"{source_id}:{index}")
            figures.append(_figure(origin, measure, counts, refs, base=sum(counts.values())))


def _named_differently(by_origin: dict[str, Counter[str]]) -> bool:
    """Whether two origins each prefer a name — the family of forms (``aliases.name_families``) they
    use most, not tied with another — and the two are not forms of one name. "U.S." ×1 and "United
    States" ×1 is no preference; "US" against "United States", "CCP" against "Chinese Communist
    Party" are one name in two forms; "CPC" against "CCP" is a choice."""
    family = name_families(name for counts in by_origin.values() for name in counts)
    preferred = set()
    for counts in by_origin.values():
        uses: Counter[int] = Counter()
        for name, n in counts.items():
            uses[family[name]] += n
        (first, most), *rest = uses.most_common(2)
        if not rest or rest[0][1] < most:
            preferred.add(first)
    return len(preferred) >= 2


_NAME_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+")
"""A word a name starts with: a dotted acronym ("U.S.") or a run of word characters."""
_NAME_AFTER = re.compile(r"\w|['’](?:[^\Ws]|s\w)")
"""What may not follow a use of a name: a word character, or an apostrophe that is not a
possessive ("China’s", "the States’"); a hyphen may ("US-initiated", "U.S.-Chinese")."""


_POSSESSED = re.compile(r"^(.+?)['’]s\s+(.+)$")
"""A name that is one name's possession of another ("FBI's Office of Professional Responsibility")."""


class _NameFinder:
    """Finds the uses of known names in a sentence: each name is looked up by its first word, so a
    sentence costs one pass over its words, however many names the corpus has. A use is the
    name as a whole word, possessive ("U.S.’s") and in compounds ("US-initiated") included."""

    def __init__(self, names: Iterable[str]) -> None:
        names = set(names)
        by_first: dict[str, list[str]] = defaultdict(list)
        for name in names:
            owner = _POSSESSED.match(name)
            if owner and owner.group(1) in names and owner.group(2) in names:
                continue  # "FBI's Office of Professional Responsibility": a use of each of two names
            first = _NAME_TOKEN.match(name)
            if first is not None:
                by_first[first.group()].append(name)
        self._by_first = {word: sorted(found, key=lambda n: (-len(n), n)) for word, found in by_first.items()}

    def uses(self, text: str) -> list[tuple[str, int, int]]:
        """(name, start, end) of each use, left to right, the longest name first where several start at a word."""
        found = []
        taken = 0
        for word in _NAME_TOKEN.finditer(text):
            start = word.start()
            if start < taken or (start and (text[start - 1].isalnum() or text[start - 1] in "_'’")):
                continue
            for name in self._by_first.get(word.group(), ()):
                end = start + len(name)
                if text.startswith(name, start) and not _NAME_AFTER.match(text, end):
                    found.append((name, start, end))
                    taken = end
                    break
        return found


def _events(claims: pl.DataFrame, events: pl.DataFrame, origins: tuple[str, ...], quotes: Quotes,
            figures: list, evidence: list) -> None:
    rows = claims.select("event", ORIGIN, SOURCE_ID, SENTENCE_INDEX, TEXT).rows()
    words_of = [_single_words(text) for *_, text in rows]  # each claim's words, found once
    own_words_of = [_single_words(_unquoted(text, quotes.get((s, i)))) for *_, s, i, text in rows]
    spread = Counter(t for found in words_of for t in set(found))
    by_event: dict[object, list[int]] = defaultdict(list)
    for row, (event, *_) in enumerate(rows):
        by_event[event].append(row)
    for event in events.filter(pl.col("n_origins") >= 2).get_column("event").to_list():
        members = by_event.get(event, [])
        used: dict[str, set[str]] = defaultdict(set)  # origin → the stems of every word its sentences use
        own_uses: dict[str, Counter[str]] = defaultdict(Counter)  # origin → its words outside quotations
        names: dict[str, set[str]] = defaultdict(set)  # origin → the capitalised words of its sentences, lower case
        for row in members:
            used[rows[row][1]].update(map(_stem, _with_parts(words_of[row])))
            own_uses[rows[row][1]].update(own_words_of[row])
            names[rows[row][1]].update(w.lower() for w in _NAME_WORD.findall(rows[row][4]))
        measure = f"event:{event_id(event)}"
        own_words = {}
        for origin in origins:
            if origin in used:
                others = set().union(*(stems for o, stems in used.items() if o != origin))
                theirs = set().union(*(found for o, found in names.items() if o != origin))
                own = _by_stem(own_uses[origin], others)
                own = Counter({w: n for w, n in own.items() if not misspelt_name(w, names[origin], theirs)})
                rarest = sorted(own, key=lambda t: (-own[t], spread[t], t))[:OWN_WORDS]
                own_words[origin] = {t: own[t] for t in rarest}
        if sum(bool(chosen) for chosen in own_words.values()) < 2:
            continue
        for origin, chosen in own_words.items():
            if not chosen:
                continue
            mine = [rows[row][2:] for row in members if rows[row][1] == origin]
            for source_id, index, text in mine:
                quoted = quotes.get((source_id, index))
                for term in chosen:
                    evidence.extend(
                        (source_id, index, LENS, measure, text[start:end], start, end, None)
                        for start, end in term_spans(text, term, ignore_case=True) if not _quoted(quoted, start, end)
                    )
            figures.append(_figure(origin, measure, Counter(chosen), [f"{s}:{i}" for s, i, _ in mine], base=len(mine)))


_NAME_WORD = re.compile(r"\b[A-Z][a-z]{3,}\b")
"""A capitalised word of four letters or more: a name, or a sentence's first word."""


def misspelt_name(word: str, mine: set[str], theirs: set[str]) -> bool:
    """Whether ``word``, a capitalised word of this origin's sentences about an event (``mine``), is one letter away
    (one added, dropped or changed, or two neighbours swapped) from a capitalised word, with the
    same first letter, of another origin's sentences about it (``theirs``): one name, spelt two ways, not a word each
    uses that the other does not (check U, confusing #6: USA Today's "Orin Hatch" beside CBN's "Orrin Hatch" listed
    "orin" and "orrin" as each one's own words). Only names: "form" and "from" are two words."""
    return word in mine and any(other[0] == word[0] and _one_letter_apart(word, other) for other in theirs)


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether two different words differ by one letter added, dropped or changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    start = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    if len(a) != len(b):
        return (a[start + 1 :] if len(a) > len(b) else a[start:]) == (b[start:] if len(a) > len(b) else b[start + 1 :])
    return a[start + 1 :] == b[start + 1 :] or (a[start + 2 :] == b[start + 2 :] and a[start : start + 2] == b[start : start + 2][::-1])


def _single_words(text: str) -> list[str]:
    return [t for t in terms(text) if " " not in t]


def _with_parts(words: list[str]) -> list[str]:
    """``words`` and the parts of each hyphenated one: an origin that writes "ex-Vice President" uses "vice", so
    "vice" is no other origin's own word for the event (check12l CH-28: HuffPost's "former Vice President" listed
    "vice" as HuffPost's alone beside Fox's "ex-vice")."""
    return [*words, *(part for word in words if "-" in word for part in word.split("-") if part)]


def _unquoted(text: str, quotes: tuple[tuple[int, int], ...] | None) -> str:
    """``text`` with what stands inside quotation marks blanked out (same length, so offsets hold)."""
    if not quotes:
        return text
    chars = list(text)
    for start, end in quotes:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _by_stem(uses: Counter[str], others: set[str]) -> Counter[str]:
    """The words of ``uses`` whose stem no other origin uses, one entry per stem: its commonest word as printed
    (ties: the shortest), counted as printed, its possessive with it ("client" ×1 and "client's" ×1 are "client" ×2).
    Other words of the stem are not counted in: the stem is what no other origin may use, but a reader counts the word
    shown, and Porter joins a noun and a verb ("forces", "forced"; check AE TB-33: Reuters' "in the armed forces … a law
    … that had forced the ouster" printed "forced ×2")."""
    forms: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for word, n in uses.items():
        key = _stem(word)
        if key not in others and is_content(_unpossessed(word)):  # "he's" is "he": no word of its own
            forms[key][_unpossessed(word)][word] += n
    shown: Counter[str] = Counter()
    for words in forms.values():
        printed = min(words, key=lambda w: (-sum(words[w].values()), len(w), w))  # the word, possessive or not
        found = words[printed]
        shown[min(found, key=lambda w: (-found[w], len(w), w))] = sum(found.values())
    return shown


def _stem(word: str) -> str:
    """One key for a word's forms: possessive dropped, then the Porter stem the claim terms use
    ("Department’s" and "department", "indictments" and "indictment", "requires" and "requiring",
    "cancel" and "cancelling" are one word to a reader checking that no other origin uses it).
    Porter joins some different words too ("general", "generous"): that only leaves a word out."""
    return stem(_unpossessed(word))


def _unpossessed(word: str) -> str:
    word = word.lower().replace("’", "'")
    return word[:-2] if word.endswith("'s") else word.rstrip("'")


def term_spans(text: str, term: str, *, ignore_case: bool = False) -> list[tuple[int, int]]:
    """Where ``term`` occurs in ``text`` as whole words: the matches of :func:`term_pattern`.

    Found without compiling a pattern per term where that gives the same matches: a whole
    word is a whole run of word characters (``_RUN``), so a term of such words is a sequence
    of runs separated by white space, each run equal to its word — compared as strings when
    both are ASCII (a corpus has tens of thousands of distinct terms, each pattern took half
    a millisecond to compile). Other terms, and runs of the right length with other
    characters (where case-insensitive matching has Unicode rules), use the pattern.
    """
    words = term.split()
    if not words or not term.isascii() or not all(_RUN.fullmatch(word) for word in words):
        return [match.span() for match in term_pattern(term, ignore_case).finditer(text)]
    wanted = [word.lower() for word in words] if ignore_case else words
    starts, ends, runs = _runs(text)
    found = []
    i, k = 0, len(words)
    while i + k <= len(runs):
        if all(
            (j == 0 or text[ends[i + j - 1] : starts[i + j]].isspace()) and _same_word(runs[i + j], words[j], wanted[j], ignore_case)
            for j in range(k)
        ):
            found.append((starts[i], ends[i + k - 1]))
            i += k
        else:
            i += 1
    return found


_RUN = re.compile(r"[\w'’-]+")
"""A run of the characters a whole word may not touch (the lookarounds of :func:`term_pattern`)."""


@lru_cache(maxsize=4096)
def _runs(text: str) -> tuple[list[int], list[int], list[str]]:
    """Starts, ends and strings of ``text``'s runs (a sentence is searched for several terms)."""
    matches = list(_RUN.finditer(text))
    return [m.start() for m in matches], [m.end() for m in matches], [m.group() for m in matches]


def _same_word(run: str, word: str, wanted: str, ignore_case: bool) -> bool:
    """Whether the run matches ``word`` (``wanted``: the word as compared, lower-cased when ``ignore_case``)."""
    if run.isascii():
        return (run.lower() if ignore_case else run) == wanted
    return len(run) == len(word) and term_pattern(word, ignore_case).fullmatch(run) is not None


@lru_cache(maxsize=8192)
def term_pattern(term: str, ignore_case: bool) -> re.Pattern[str]:
    """The whole-word pattern of ``term`` (built once: the same words recur in every event's sentences)."""
    words = r"\s+".join(re.escape(w).replace("'", "['’]") for w in term.split())
    return re.compile(rf"(?<![\w'’-]){words}(?![\w'’-])", re.IGNORECASE if ignore_case else 0)


def _figure(origin: str, measure: str, counts: Counter[str], refs: list[str], *, base: int) -> dict[str, object]:
    return {
        "lens": LENS, "level": "origin", "unit": origin, "measure": measure, "value": float(sum(counts.values())),
        "ci_low": None, "ci_high": None, "n": float(sum(counts.values())), "base": float(base), "rest": None,
        "effect": None, "effect_kind": None,
        "cues": "; ".join(f"{w} ×{c}" for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))) or None,
        "sentences": "; ".join(dict.fromkeys(refs)) or None,
    }
