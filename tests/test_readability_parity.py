"""textstat_exact gives exactly textstat 0.7.13's values, only faster.

Every key of ``readability_scores`` is compared with the textstat public function it
stands for (default settings, ``en_US``): integers with ``==``, floats to 1e-9.
"""

from __future__ import annotations

import math
import warnings
from itertools import pairwise
from pathlib import Path

import pytest
import textstat
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contrast.metrics.readability import FORMULAS
from contrast.metrics.textstat_exact import (
    MIN_SENTENCES,
    MIN_WORDS,
    ReadabilityCounts,
    kept_counts,
    readability_counts,
    readability_scores,
    scores_from_counts,
    sentence_counts,
    too_short_reason,
)

REPO = Path(__file__).resolve().parent.parent
SOURCES = sorted(
    [
        *(REPO / "reports" / "soft-power" / "sources").glob("*.txt"),
        *(REPO / "reports" / "us-china-tariffs-2018-07" / "sources").glob("*.txt"),
    ]
)

# Named test texts: each exercises one of textstat's counting rules.
EMPTY = ""
WHITESPACE = "  \n\t  "
ONE_WORD = "Readability"
PUNCTUATION_ONLY = "... — !? “” -- ’"
CONTRACTIONS = "They aren't sure. We'd say it's fine, DON'T you think? You've said they'll go, we're done."
CURLY_APOSTROPHES = "It’s the people’s choice, isn’t it? ’Tis the season of the governments’ summits."
HYPHENS = "A well-known, state-of-the-art, twenty-first-century policy - or so - they said."
NUMBERS = "In 2018 tariffs rose 25% on $34 billion (3.5 per cent) of goods; 1,000 firms and 12 U.S. states replied."
ABBREVIATIONS = "Mr. Smith met Dr. Li at 9 a.m. in the U.S. on Jan. 5. They talked. e.g. trade, i.e. tariffs."
UNICODE = (
    "Ünïcödé naïve café façade résumé coöperate. İstanbul’s Straße and Ærø ﬁnance. "
    "北京 宣布 新的 关税。 Москва ответила быстро! Σ σ ς ΣΣ. Ǆemal ǅ ǆ."
)
VERY_LONG_SENTENCE = " ".join(
    ["the", "international", "community", "and", "its", "multilateral", "institutions"] * 60
)
EXACTLY_100_WORDS_THEN_PUNCTUATION = " ".join(["Economic cooperation matters greatly."] * 25) + " — ..."
OVER_100_TOKENS_UNDER_100_WORDS = " ".join(["word —"] * 60)
MANY_SHORT_SENTENCES = "Yes. No. Maybe so. " * 50 + "This one has more than two words."
NAMED_TEXTS = {
    "EMPTY": EMPTY,
    "WHITESPACE": WHITESPACE,
    "ONE_WORD": ONE_WORD,
    "PUNCTUATION_ONLY": PUNCTUATION_ONLY,
    "CONTRACTIONS": CONTRACTIONS,
    "CURLY_APOSTROPHES": CURLY_APOSTROPHES,
    "HYPHENS": HYPHENS,
    "NUMBERS": NUMBERS,
    "ABBREVIATIONS": ABBREVIATIONS,
    "UNICODE": UNICODE,
    "VERY_LONG_SENTENCE": VERY_LONG_SENTENCE,
    "EXACTLY_100_WORDS_THEN_PUNCTUATION": EXACTLY_100_WORDS_THEN_PUNCTUATION,
    "OVER_100_TOKENS_UNDER_100_WORDS": OVER_100_TOKENS_UNDER_100_WORDS,
    "MANY_SHORT_SENTENCES": MANY_SHORT_SENTENCES,
}

FLOAT_KEYS = {*FORMULAS, "linsear_write", "words_per_sentence", "difficult_share"}
"""The formulas the readability metric reports (its table), and what else textstat_exact reproduces."""
INT_KEYS = {"words", "sentences", "difficult_words", "syllables", "polysyllables"}


def textstat_values(text: str) -> dict[str, float | int]:
    """What textstat itself says, through its public functions (process language en_US)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        words = textstat.lexicon_count(text)
        difficult = textstat.difficult_words(text)
        return {
            "flesch_reading_ease": textstat.flesch_reading_ease(text),
            "flesch_kincaid_grade": textstat.flesch_kincaid_grade(text),
            "gunning_fog": textstat.gunning_fog(text),
            "smog_index": textstat.smog_index(text),
            "coleman_liau_index": textstat.coleman_liau_index(text),
            "automated_readability_index": textstat.automated_readability_index(text),
            "dale_chall": textstat.dale_chall_readability_score(text),
            "linsear_write": textstat.linsear_write_formula(text),
            "consensus_grade": textstat.text_standard(text, float_output=True),
            "words": words,
            "sentences": textstat.sentence_count(text),
            "words_per_sentence": textstat.avg_sentence_length(text),
            "difficult_words": difficult,
            "difficult_share": difficult / words if words else 0.0,
            "syllables": textstat.syllable_count(text),
            "polysyllables": textstat.polysyllabcount(text),
        }


def assert_parity(text: str) -> None:
    ours = readability_scores(text)
    theirs = textstat_values(text)
    assert set(ours) == FLOAT_KEYS | INT_KEYS
    mismatches = []
    for key in sorted(INT_KEYS):
        if not (type(ours[key]) is int and ours[key] == theirs[key]):
            mismatches.append((key, ours[key], theirs[key]))
    for key in sorted(FLOAT_KEYS):
        if not (isinstance(ours[key], float) and math.isclose(ours[key], theirs[key], rel_tol=0, abs_tol=1e-9)):
            mismatches.append((key, ours[key], theirs[key]))
    assert not mismatches, f"differs from textstat on {text[:60]!r}: {mismatches}"


@pytest.fixture(autouse=True)
def _textstat_defaults() -> None:
    """textstat's settings are process-wide; these tests compare against its defaults."""
    textstat.set_lang("en_US")
    textstat.set_rounding_points(None)
    textstat.set_rm_apostrophe(True)


def test_bundled_sources_are_found() -> None:
    assert len(SOURCES) == 11


@pytest.mark.parametrize("path", SOURCES, ids=lambda path: path.name)
def test_every_score_equals_textstat_on_bundled_sources(path: Path) -> None:
    assert_parity(path.read_text(encoding="utf-8"))


def test_pooled_origin_text_equals_textstat() -> None:
    assert_parity("\n\n".join(path.read_text(encoding="utf-8") for path in SOURCES))


@pytest.mark.parametrize("name", sorted(NAMED_TEXTS))
def test_every_score_equals_textstat_on_named_text(name: str) -> None:
    assert_parity(NAMED_TEXTS[name])


def test_counts_match_textstat_counters() -> None:
    text = SOURCES[0].read_text(encoding="utf-8") + " " + NUMBERS + " " + CONTRACTIONS
    counts = readability_counts(text)
    assert counts.words == textstat.lexicon_count(text)
    assert counts.tokens == textstat.lexicon_count(text, removepunct=False)
    assert counts.letters == textstat.letter_count(text)
    assert counts.chars == textstat.char_count(text)
    assert counts.difficult_words == textstat.difficult_words(text)
    assert counts.gunning_difficult == textstat.difficult_words(text, syllable_threshold=3, unique=False)
    assert counts.dale_chall_difficult == textstat.difficult_words(text, syllable_threshold=0, unique=False)


def test_contraction_apostrophe_is_kept_only_before_lowercase_endings() -> None:
    # remove_punctuation keeps ' before t/s/d/ve/ll/re (case-sensitively): "aren't" is
    # one word either way, but "DON'T" becomes "DONT".
    assert readability_counts("aren't").words == 1
    assert readability_scores("aren't")["syllables"] == textstat.syllable_count("aren't")
    assert readability_scores("DON'T")["syllables"] == textstat.syllable_count("DON'T")


def test_difficult_words_are_distinct_and_case_sensitive() -> None:
    text = "Administration administration Administration, administrations."
    assert readability_counts(text).difficult_words == textstat.difficult_words(text) == 3


def test_scores_from_counts_equals_scores_from_text() -> None:
    text = SOURCES[1].read_text(encoding="utf-8")
    assert scores_from_counts(readability_counts(text)) == readability_scores(text)


def test_counts_are_immutable() -> None:
    counts = readability_counts(CONTRACTIONS)
    assert isinstance(counts, ReadabilityCounts)
    with pytest.raises(AttributeError):
        counts.words = 0  # type: ignore[misc]


# -- too short: N/A instead of textstat's 0.0 ---------------------------------------


def test_empty_text_scores_zero_like_textstat_but_is_reported_too_short() -> None:
    assert readability_scores(EMPTY)["flesch_reading_ease"] == textstat.flesch_reading_ease(EMPTY) == 0.0
    assert too_short_reason(readability_counts(EMPTY)) is not None


@pytest.mark.parametrize("text", [EMPTY, WHITESPACE, PUNCTUATION_ONLY, ONE_WORD, CONTRACTIONS])
def test_short_text_has_a_reason(text: str) -> None:
    reason = too_short_reason(readability_counts(text))
    assert reason is not None and "\n" not in reason


def test_long_single_sentence_has_a_reason() -> None:
    counts = readability_counts(VERY_LONG_SENTENCE)
    assert counts.words >= MIN_WORDS and counts.sentences < MIN_SENTENCES
    assert "sentences" in (too_short_reason(counts) or "")


@pytest.mark.parametrize("path", SOURCES, ids=lambda path: path.name)
def test_bundled_sources_are_long_enough(path: Path) -> None:
    assert too_short_reason(readability_counts(path.read_text(encoding="utf-8"))) is None


def test_thresholds_are_keyword_options() -> None:
    counts = readability_counts(CONTRACTIONS)
    assert too_short_reason(counts, min_words=1, min_sentences=1) is None
    assert too_short_reason(counts, min_words=counts.words + 1) is not None


# -- language is explicit, never process-wide ---------------------------------------


def test_passing_a_language_leaves_textstat_setting_alone() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "no easy words vocabulary for de, using english"
        readability_scores(CONTRACTIONS, "de_DE")
    assert textstat.textstat._textstatistics__lang == "en_US"  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", ["de_DE", "es_ES", "fr_FR", "en_GB"])
def test_other_languages_equal_textstat_with_that_language(lang: str) -> None:
    text = SOURCES[3].read_text(encoding="utf-8")[:3000] + " Die Straße ist übermäßig schön. Él está aquí."
    textstat.set_lang(lang)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no easy words vocabulary for de, using english"
            theirs = textstat_values(text)
            ours = readability_scores(text, lang)
    finally:
        textstat.set_lang("en_US")
    for key, value in theirs.items():
        assert math.isclose(ours[key], value, rel_tol=0, abs_tol=1e-9), (lang, key, ours[key], value)


# -- property: parity holds for any English-like text -------------------------------

VOCABULARY = [
    # easy and hard words, capitalised variants
    "the", "The", "a", "of", "and", "to", "in", "is", "was", "it", "for", "on", "with",
    "people", "government", "Government", "international", "cooperation", "economy",
    "tariffs", "Beijing", "Washington", "influencers", "unprecedented", "responsibility",
    "administration", "retaliatory", "multilateralism", "hmm", "rhythm", "syzygy",
    "xylophonically", "qwrtzplk", "NATO", "GDP", "OK", "ok",
    # contractions and apostrophes
    "aren't", "AREN'T", "don't", "DON'T", "it's", "we'd", "they'll", "you've", "we're",
    "'tis", "rock'n'roll", "o'clock", "people's", "governments'", "it’s", "isn’t", "’til",
    "''", "'", "x''s",
    # hyphens, numbers, abbreviations
    "well-known", "state-of-the-art", "-", "--", "—", "–", "2018", "3.5", "1,000", "25%",
    "$34", "U.S.", "e.g.", "Mr.", "a.m.",
    # punctuation tokens and quotes
    "...", "(", ")", "“", "”", "\"", ",", ";", ":", "!", "?", "?!", ".",
    # unicode
    "café", "naïve", "İstanbul", "Straße", "ﬁnance", "Ærø", "北京", "Москва", "ΣΣ", "ǅ",
]
SEPARATORS = [" ", " ", " ", " ", "  ", "\n", "\n\n", "\t", ". ", "! ", "? ", ", ", "; ", ": ", "... ", " - ", ".\n"]

english_like = st.lists(
    st.tuples(st.sampled_from(VOCABULARY), st.sampled_from(SEPARATORS)), max_size=260
).map(lambda pairs: "".join(word + sep for word, sep in pairs))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(english_like)
def test_parity_on_generated_english_like_text(text: str) -> None:
    assert_parity(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=300))
def test_parity_on_arbitrary_unicode_text(text: str) -> None:
    assert_parity(text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="aAtTsSdD'’-.!? \n,İ", max_size=200))
def test_parity_on_apostrophe_and_sentence_punctuation_soup(text: str) -> None:
    assert_parity(text)


def test_cmudict_is_the_dictionary_textstat_reads_through_nltk() -> None:
    from textstat.backend.utils import get_cmudict

    from contrast.metrics.textstat_exact import cmudict

    assert cmudict() == get_cmudict("en_US")


def test_an_origins_pooled_counts_kept_by_content_give_the_same_figures() -> None:
    from contrast.metrics import compute_metrics
    from contrast.stats import stored_replicates
    from tests.reportkit import CRITIC, EASY, PRAISE, make_corpus

    corpus = make_corpus({"a": ("state", (PRAISE + EASY) * 3), "b": ("critic", (CRITIC + EASY) * 3)})
    kept: dict[str, dict] = {}
    asked: list[str] = []

    def store(key, compute):  # type: ignore[no-untyped-def]
        asked.append(key)
        return kept.setdefault(key, compute())

    direct = compute_metrics(corpus, ["readability"]).origins
    with stored_replicates(store):
        first = compute_metrics(corpus, ["readability"]).origins
        counted = len(kept)
        again = compute_metrics(corpus, ["readability"]).origins
    assert first.equals(direct) and again.equals(direct)
    assert counted == 2 and len(kept) == 2 and len(asked) == 4  # one entry per origin, read back the second time


@pytest.mark.parametrize("path", SOURCES[:3], ids=lambda path: path.name)
def test_a_sources_parity_figures_are_textstats_own(path: Path) -> None:
    """The printed grades use the segmenter's sentences; the data keep textstat's own count and
    Flesch–Kincaid grade of the whole text beside them, equal to textstat's functions."""
    import polars as pl

    from contrast.metrics import get_metric
    from contrast.metrics.readability import TEXTSTAT_GRADE
    from tests.reportkit import make_corpus

    text = path.read_text(encoding="utf-8")
    row = get_metric("readability")(make_corpus({"s": ("a", text)})).sources.filter(pl.col("source_id") == "s").row(0, named=True)
    assert row["formula_sentences"] == textstat.sentence_count(text)
    assert row["words"] == textstat.lexicon_count(text)
    assert math.isclose(row[TEXTSTAT_GRADE], textstat.flesch_kincaid_grade(text), abs_tol=1e-9)


def same_sentence_counts(text: str, lang: str = "en_US") -> bool:
    counts = readability_counts(text, lang)
    return sentence_counts(text, lang) == (counts.words, counts.syllables)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(english_like, st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=200)))
def test_sentence_counts_are_the_words_syllables_and_sentences_of_the_full_counts(text: str) -> None:
    """The per-sentence table's shortcut counts the same two numbers as the full count (and so as textstat)."""
    assert same_sentence_counts(text)
    assert same_sentence_counts(text, "de_DE")


def test_sentence_counts_of_every_bundled_sentence() -> None:
    from tests.test_vader_parity import bundled_texts

    sentences, paragraphs = bundled_texts()
    assert all(same_sentence_counts(text) for text in sentences + paragraphs)


@st.composite
def cut_text(draw: st.DrawFn) -> tuple[str, list[str], list[bool]]:
    """A text, pieces of it (cut at whitespace, or anywhere) and which pieces to keep."""
    text = draw(english_like)
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=12)))
    if draw(st.booleans()):  # sentences: cut only where whitespace is
        cuts = [c for c in cuts if c == 0 or c == len(text) or text[c - 1].isspace() or text[c].isspace()]
    bounds = [0, *cuts, len(text)]
    pieces = [text[a:b] for a, b in pairwise(bounds)]
    keep = draw(st.lists(st.booleans(), min_size=len(pieces), max_size=len(pieces)))
    return text, pieces, keep


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cut_text())
def test_counts_of_kept_pieces_equal_counting_them_joined(case: tuple[str, list[str], list[bool]]) -> None:
    # readability's body counts are the whole text's less the fragments': the same counts as
    # counting the body sentences joined, whether or not the pieces cut the text at whitespace.
    text, pieces, keep = case
    readability_counts(text)  # as readability asks first (its tally is kept)
    expected = readability_counts("\n".join(p for p, k in zip(pieces, keep, strict=True) if k))
    assert kept_counts(text, pieces, keep) == expected


def test_sentence_counts_read_from_the_token_memo_equal_counting_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence's two counts are sums over per-token memos (1 for a word, its syllables), read in one
    pass when every token was seen before: the same counts as the first time, and after the memo is cleared."""
    from contrast.metrics import textstat_exact
    from tests.test_vader_parity import bundled_texts

    sentences, _ = bundled_texts()
    first = [sentence_counts(text) for text in sentences]
    language = textstat_exact._language("en_US")
    assert language.is_word and language.is_word.keys() == language.token_syllables.keys()
    assert set(language.is_word.values()) == {0, 1}
    assert [sentence_counts(text) for text in sentences] == first
    monkeypatch.setattr(textstat_exact, "_MAX_CACHE", 10)  # full memos are cleared, never grown past it
    language.is_word.clear()
    language.token_syllables.clear()
    assert [sentence_counts(text) for text in sentences[:200]] == first[:200]
    assert len(language.is_word) < 10 + max(len(text.split()) for text in sentences[:200])


def test_a_sources_per_sentence_counts_are_its_sentences_counts() -> None:
    """readability's per-source part keys each sentence's words, syllables and body flag by the sentence,
    counted as ``sentence_counts`` and ``reads_as_sentence`` count it."""
    import polars as pl

    from contrast.metrics import readability
    from contrast.metrics.registry import SourceSlice
    from contrast.segment import own_line_flags, reads_as_sentence, segment

    text = SOURCES[0].read_text(encoding="utf-8")
    sentences = segment({"s": text}, {"s": "x"}).drop("origin")
    part = readability.score_source(SourceSlice(source_id="s", text=text, sentences=sentences, language="en"))
    assert part.sentences is not None and part.sources is not None
    texts = sentences.get_column("text").to_list()
    own_lines = own_line_flags(text, list(zip(sentences.get_column("start"), sentences.get_column("end"), strict=True)))
    expected = pl.DataFrame(
        {
            "source_id": "s",
            "sentence_index": sentences.get_column("sentence_index"),
            "rd_words": [sentence_counts(t)[0] for t in texts],
            "rd_syllables": [sentence_counts(t)[1] for t in texts],
            "rd_body": [reads_as_sentence(t, own_line=own) for t, own in zip(texts, own_lines, strict=True)],
        },
        schema={"source_id": pl.String, "sentence_index": pl.Int32, "rd_words": pl.Int32, "rd_syllables": pl.Int32, "rd_body": pl.Boolean},
    )
    assert part.sentences.equals(expected)
    rows = readability._sentence_rows(texts, "en", own_lines)
    assert part.sources.row(0, named=True)["fragments"] == rows.body.count(False)
