"""vaderSentiment 3.3.2's ``polarity_scores``, equal to the last bit and several times faster.

vaderSentiment scores one sentence in pure Python with work that grows with the square
of its length: every lexicon word re-lowercases the whole sentence three times (the
negation and idiom checks each build a lowercased copy of every word), the emoji pass
rebuilds the string one character at a time, and each word is lowercased again at each
of its up to eight look-ups. This module runs the same rules once per word: the text is
tokenised and lowercased once, facts about a token (its stripped form, lowercase, case,
lexicon and booster entries, negation) are memoised by token (word frequencies follow
Zipf's law, so nearly every look-up hits), and the emoji pass runs only when the text
holds an emoji.

Parity is the contract: for every string, :func:`polarity_scores` returns the same
``neg``, ``neu``, ``pos`` and ``compound`` as ``SentimentIntensityAnalyzer().polarity_scores``
(tests/test_vader_parity.py: every bundled sentence, named texts for each rule, property
tests). The lexicon, emoji table and constants are vaderSentiment's own objects, read
from the installed package. The arithmetic is the same operations in the same order, so
the floats are the same, not merely close.

vaderSentiment quirks mirrored on purpose (they are what "equal" means):

* Tokens are ``str.split()`` pieces with ASCII punctuation stripped from both ends,
  unless that leaves two characters or fewer (then the token is kept whole, so ``:)``
  survives — and so does ``"No`` or ``U.S.``); a curly quote is not punctuation.
* Only single code points of the emoji table are replaced by their descriptions (and the
  character-by-character pass runs only when the text may hold one).
* ``kind of`` is a dampener (the word ``kind``, itself in the lexicon, scores 0 there);
  ``no`` before a lexicon word scores 0 and negates up to three words ahead.
* After a "so"/"this" one word before a lexicon word, the three-word-window check
  multiplies by 1.25 whatever comes before it (an operator-precedence slip upstream).
* The "but" rule rescales ``sentiments[sentiments.index(value)]`` — the *first* score equal
  to each value, not the score at the current position — so equal scores before and after
  "but" interact; it is replayed literally.
* ``sum`` is the builtin over the same list (ints 0 for unscored words, floats otherwise),
  so results match whatever summation the interpreter's ``sum`` uses.
"""

from __future__ import annotations

import re
import string
from functools import cache
from itertools import compress
from typing import Any

__all__ = ["polarity_scores"]

_MAX_CACHE = 400_000
"""Entries per memo before it is cleared (bounds memory on unbounded vocabularies)."""

_PUNCTUATION = string.punctuation
_SO_THIS = ("so", "this")
_SELF = 1
"""A scored word whose own form brings a rule: ALL CAPS, ``no``, ``kind`` (of)."""
_MODIFIER = 2
"""A word that may change the scores of the next three words."""
_IDIOM = 4
"""The first word of a multi-word special case or booster."""
_BUT = 8
"""``but``: the contrastive rule rescales every score."""
_OR_NOR = ("or", "nor")


class _Vader:
    """vaderSentiment's tables, plus memos keyed by token and by lowercased word."""

    def __init__(self) -> None:
        from vaderSentiment import vaderSentiment as upstream

        analyzer = upstream.SentimentIntensityAnalyzer()
        self.lexicon: dict[str, float] = analyzer.lexicon
        self.emojis: dict[str, str] = analyzer.emojis
        # Upstream looks each character up, so only one-character keys ever match. The
        # pattern finds any of them in the BMP, or any character beyond it (a cheap superset).
        self.maybe_emoji = re.compile(
            "[" + "".join(re.escape(key) for key in sorted(analyzer.emojis) if len(key) == 1 and key <= "\uffff")
            + "\U00010000-\U0010ffff]"
        ).search
        self.booster: dict[str, float] = upstream.BOOSTER_DICT
        self.negate = frozenset(upstream.NEGATE)
        self.special_cases: dict[str, float] = upstream.SPECIAL_CASES
        self.b_incr_cap = upstream.C_INCR
        self.n_scalar = upstream.N_SCALAR
        self.normalize = upstream.normalize
        self.modifiers = frozenset((*self.booster, *self.negate, "no", "this", "least"))
        """Words that can change the score of a lexicon word up to three words after them:
        boosters and dampeners, negations (and ``no``), ``this`` (the 1.25 rule), ``least``."""
        self.idiom_bigrams = frozenset(
            tuple(key.split(" ")[:2]) for key in (*self.special_cases, *self.booster) if " " in key
        )
        """First two words of every multi-word special case and booster: no idiom can match
        in a window without one of these pairs."""
        self.idiom_firsts = frozenset(first for first, _ in self.idiom_bigrams)
        self.lower_of: dict[str, str] = {}
        self.upper_of: dict[str, int] = {}
        self.scorable_of: dict[str, bool] = {}
        self.value_of: dict[str, float] = {}
        self.context_of: dict[str, int] = {}

    def learn(self, tokens: list[str]) -> None:
        """Memoise what vaderSentiment derives from each of these whitespace tokens: the
        lowercase of the word it keeps after stripping punctuation and whether that word
        is ALL CAPS; whether it gets a score of its own (in the lexicon, not a booster) and
        which; and which rules it may take part in (:data:`_SELF`, :data:`_MODIFIER`,
        :data:`_IDIOM`, :data:`_BUT`)."""
        memos = (self.lower_of, self.upper_of, self.scorable_of, self.value_of, self.context_of)
        if len(self.lower_of) >= _MAX_CACHE:
            for memo in memos:
                memo.clear()
        for raw in tokens:
            if raw in self.lower_of:
                continue
            stripped = raw.strip(_PUNCTUATION)
            word = raw if len(stripped) <= 2 else stripped
            lower = word.lower()
            upper = word.isupper()
            scorable = lower in self.lexicon and lower not in self.booster
            self.lower_of[raw] = lower
            self.upper_of[raw] = int(upper)
            self.scorable_of[raw] = scorable
            if scorable:
                self.value_of[raw] = self.lexicon[lower]
            self.context_of[raw] = (
                (_SELF if scorable and (upper or lower in ("no", "kind")) else 0)
                | (_MODIFIER if lower in self.modifiers or "n't" in lower else 0)
                | (_IDIOM if lower in self.idiom_firsts else 0)
                | (_BUT if lower == "but" else 0)
            )

    def negated(self, lower: str) -> bool:
        """``vaderSentiment.negated([word])`` for one lowercased word."""
        return lower in self.negate or "n't" in lower

    def replace_emojis(self, text: str) -> str:
        """The emoji loop of ``polarity_scores``, character by character as upstream."""
        pieces: list[str] = []
        prev_space = True
        for char in text:
            if char in self.emojis:
                if not prev_space:
                    pieces.append(" ")
                pieces.append(self.emojis[char])
                prev_space = False
            else:
                pieces.append(char)
                prev_space = char == " "
        return "".join(pieces)

    def scalar(self, lower: str, upper: int, valence: float, is_cap_diff: bool) -> float:
        """``scalar_inc_dec``: a booster's push on the valence of the word after it."""
        scalar = 0.0
        if lower in self.booster:
            scalar = self.booster[lower]
            if valence < 0:
                scalar *= -1
            if upper and is_cap_diff:
                if valence > 0:
                    scalar += self.b_incr_cap
                else:
                    scalar -= self.b_incr_cap
        return scalar

    def idioms(self, valence: float, lowers: list[str], i: int) -> float:
        """``_special_idioms_check`` (called for i ≥ 3 only, as upstream)."""
        special = self.special_cases
        w3, w2, w1, w0 = lowers[i - 3], lowers[i - 2], lowers[i - 1], lowers[i]
        onezero = f"{w1} {w0}"
        twoonezero = f"{w2} {w1} {w0}"
        twoone = f"{w2} {w1}"
        threetwoone = f"{w3} {w2} {w1}"
        threetwo = f"{w3} {w2}"
        for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
            if seq in special:
                valence = special[seq]
                break
        n = len(lowers)
        if n - 1 > i:
            zeroone = f"{w0} {lowers[i + 1]}"
            if zeroone in special:
                valence = special[zeroone]
        if n - 1 > i + 1:
            zeroonetwo = f"{w0} {lowers[i + 1]} {lowers[i + 2]}"
            if zeroonetwo in special:
                valence = special[zeroonetwo]
        booster = self.booster
        for n_gram in (threetwoone, threetwo, twoone):
            if n_gram in booster:
                valence = valence + booster[n_gram]
        return valence

    def valence(self, i: int, lowers: list[str], uppers: list[int], is_cap_diff: bool) -> float:
        """``sentiment_valence`` for a word in the lexicon (position i)."""
        lexicon = self.lexicon
        n_scalar = self.n_scalar
        lower = lowers[i]
        valence = lexicon[lower]
        if lower == "no" and i != len(lowers) - 1 and lowers[i + 1] in lexicon:
            valence = 0.0
        if (
            (i > 0 and lowers[i - 1] == "no")
            or (i > 1 and lowers[i - 2] == "no")
            or (i > 2 and lowers[i - 3] == "no" and lowers[i - 1] in _OR_NOR)
        ):
            valence = lexicon[lower] * n_scalar
        if uppers[i] and is_cap_diff:
            if valence > 0:
                valence += self.b_incr_cap
            else:
                valence -= self.b_incr_cap
        for start_i in range(3):
            j = i - (start_i + 1)
            if i > start_i and lowers[j] not in lexicon:
                s = self.scalar(lowers[j], uppers[j], valence, is_cap_diff)
                if start_i == 1 and s != 0:
                    s = s * 0.95
                if start_i == 2 and s != 0:
                    s = s * 0.9
                valence = valence + s
                # _negation_check
                if start_i == 0:
                    if self.negated(lowers[i - 1]):
                        valence = valence * n_scalar
                elif start_i == 1:
                    if lowers[i - 2] == "never" and lowers[i - 1] in _SO_THIS:
                        valence = valence * 1.25
                    elif lowers[i - 2] == "without" and lowers[i - 1] == "doubt":
                        pass
                    elif self.negated(lowers[i - 2]):
                        valence = valence * n_scalar
                else:
                    if (lowers[i - 3] == "never" and lowers[i - 2] in _SO_THIS) or lowers[i - 1] in _SO_THIS:
                        valence = valence * 1.25
                    elif lowers[i - 3] == "without" and (lowers[i - 2] == "doubt" or lowers[i - 1] == "doubt"):
                        pass
                    elif self.negated(lowers[i - 3]):
                        valence = valence * n_scalar
                    valence = self.idioms(valence, lowers, i)
        # _least_check
        if i > 1 and lowers[i - 1] not in lexicon and lowers[i - 1] == "least":
            if lowers[i - 2] != "at" and lowers[i - 2] != "very":
                valence = valence * n_scalar
        elif i > 0 and lowers[i - 1] not in lexicon and lowers[i - 1] == "least":
            valence = valence * n_scalar
        return valence

    def polarity_scores(self, text: str) -> dict[str, float]:
        if not text.isascii() and self.maybe_emoji(text):
            text = self.replace_emojis(text)
        # Upstream strips the text first: whitespace only, which changes neither the
        # tokens nor the counts of "!" and "?".
        tokens = text.split()
        n = len(tokens)
        if not n:
            return {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}
        positions = range(n)
        try:
            hits = list(compress(positions, map(self.scorable_of.__getitem__, tokens)))
        except KeyError:
            self.learn(tokens)
            hits = list(compress(positions, map(self.scorable_of.__getitem__, tokens)))
        if not hits:
            # Every word scores 0 (the "but" rule keeps zeros at zero): vaderSentiment's
            # arithmetic gives compound 0.0 and a wholly neutral sentence.
            return {"neg": 0.0, "neu": 1.0, "pos": 0.0, "compound": 0.0}

        # Positions whose score some rule may change; every other scored word keeps its
        # lexicon value (upstream adds 0.0 to it up to three times).
        ruled: set[int] = set()
        has_but = False
        lowers: list[str] | None = None
        context_of = self.context_of
        for m in compress(positions, map(context_of.__getitem__, tokens)):
            context = context_of[tokens[m]]
            if context & _SELF:
                ruled.add(m)
            if context & _MODIFIER:
                ruled.update((m + 1, m + 2, m + 3))
            if (
                context & _IDIOM
                and m + 1 < n
                and (self.lower_of[tokens[m]], self.lower_of[tokens[m + 1]]) in self.idiom_bigrams
            ):
                ruled.update((m, m + 1, m + 2, m + 3))
            if context & _BUT:
                has_but = True
        value_of = self.value_of
        if not ruled:
            values: list[Any] = [value_of[tokens[i]] for i in hits]
        else:
            values = []
            uppers: list[int] | None = None
            is_cap_diff = False
            for i in hits:
                if i not in ruled:
                    values.append(value_of[tokens[i]])
                    continue
                if lowers is None:
                    lowers = list(map(self.lower_of.__getitem__, tokens))
                if lowers[i] == "kind" and i < n - 1 and lowers[i + 1] == "of":
                    values.append(0)
                    continue
                if uppers is None:
                    uppers = list(map(self.upper_of.__getitem__, tokens))
                    is_cap_diff = 0 < n - sum(uppers) < n
                values.append(self.valence(i, lowers, uppers, is_cap_diff))
        if has_but:
            if lowers is None:
                lowers = list(map(self.lower_of.__getitem__, tokens))
            # _but_check, replayed literally on the full list (see the module docstring).
            sentiments: list[Any] = [0] * n
            for i, value in zip(hits, values, strict=True):  # one value per hit
                sentiments[i] = value
            bi = lowers.index("but")
            for sentiment in sentiments:
                si = sentiments.index(sentiment)
                if si < bi:
                    sentiments.pop(si)
                    sentiments.insert(si, sentiment * 0.5)
                elif si > bi:
                    sentiments.pop(si)
                    sentiments.insert(si, sentiment * 1.5)
            values = [sentiments[i] for i in hits]
        # score_valence over the scores of the lexicon words in order (the other words
        # score 0: adding them changes no sum), _punctuation_emphasis inlined.
        sum_s = float(sum(values))
        punct_emph_amplifier: float = 0.0
        if "!" in text or "?" in text:
            ep_count = text.count("!")
            if ep_count > 4:
                ep_count = 4
            ep_amplifier = ep_count * 0.292
            qm_count = text.count("?")
            qm_amplifier: float = 0
            if qm_count > 1:
                qm_amplifier = qm_count * 0.18 if qm_count <= 3 else 0.96
            punct_emph_amplifier = ep_amplifier + qm_amplifier
            if sum_s > 0:
                sum_s += punct_emph_amplifier
            elif sum_s < 0:
                sum_s -= punct_emph_amplifier
        compound = self.normalize(sum_s)
        pos_sum = 0.0
        neg_sum = 0.0
        for sentiment_score in values:
            if sentiment_score > 0:
                pos_sum += float(sentiment_score) + 1
            elif sentiment_score < 0:
                neg_sum += float(sentiment_score) - 1
        neu_count = n - len(values) + values.count(0)
        # neg_sum is 0.0 or below -1, so 0.0 - neg_sum is math.fabs(neg_sum), sign of zero included.
        if punct_emph_amplifier:
            if pos_sum > 0.0 - neg_sum:
                pos_sum += punct_emph_amplifier
            elif pos_sum < 0.0 - neg_sum:
                neg_sum -= punct_emph_amplifier
        total = pos_sum + (0.0 - neg_sum) + neu_count
        return {
            "neg": round((0.0 - neg_sum) / total, 3),
            "neu": round(neu_count / total, 3),
            "pos": round(pos_sum / total, 3),
            "compound": round(compound, 4),
        }


@cache
def _vader() -> _Vader:
    return _Vader()


def polarity_scores(text: str) -> dict[str, float]:
    """``SentimentIntensityAnalyzer().polarity_scores(text)``, the same four values."""
    return _vader().polarity_scores(text)
