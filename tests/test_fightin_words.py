"""Fightin' Words (Monroe, Colaresi & Quinn 2008) against values worked out by hand."""

from __future__ import annotations

import math
from collections import Counter

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contrast.metrics import characteristic, get_metric
from contrast.metrics.fightin_words import one_against_rest, terms, weighted_log_odds
from tests.reportkit import make_corpus


def test_worked_example_of_the_weighted_log_odds() -> None:
    # Group i: cat ×2, dog ×1 (n_i = 3); group j: dog ×1, fish ×2 (n_j = 3). Prior α_w = corpus
    # count of w, α_0 = 6. For "cat": α = 2, y_i = 2, y_j = 0:
    #   δ = ln((2+2)/(3+6−2−2)) − ln((0+2)/(3+6−0−2)) = ln(4/5) − ln(2/7)
    #   σ² = 1/(2+2) + 1/(0+2) = 0.75
    expected_delta = math.log(4 / 5) - math.log(2 / 7)
    delta, variance, z = weighted_log_odds({"cat": 2, "dog": 1}, {"dog": 1, "fish": 2})["cat"]
    assert math.isclose(delta, expected_delta) and math.isclose(delta, 1.0296194171811581)
    assert math.isclose(variance, 0.75)
    assert math.isclose(z, expected_delta / math.sqrt(0.75))


def test_a_word_used_equally_by_both_groups_scores_zero() -> None:
    delta, _, z = weighted_log_odds({"cat": 2, "dog": 1}, {"dog": 1, "fish": 2})["dog"]
    assert delta == 0 and z == 0


def test_one_against_rest_is_antisymmetric_for_two_groups() -> None:
    scores = one_against_rest({"a": Counter({"cat": 2, "dog": 1}), "b": Counter({"dog": 1, "fish": 2})})
    assert math.isclose(scores["a"]["cat"][2], scores["b"]["fish"][2])
    assert math.isclose(scores["a"]["dog"][2], -scores["b"]["dog"][2])


def test_terms_are_content_unigrams_and_bigrams_not_spanning_stop_words() -> None:
    assert terms("The soft power of China grows.") == ["soft", "power", "china", "grows", "soft power", "china grows"]


def test_distinctive_lens_ranks_each_origins_own_words_first() -> None:
    state = "The trade bully harms everyone. " * 6 + "Markets opened today with trading. " * 2
    western = "The tariffs took effect today. New tariffs hit steel. Tariffs rose again. " * 2 + "Markets opened today with trading. " * 2
    frames = get_metric("characteristic")(make_corpus({"s": ("state", state), "w": ("west", western)}))
    figures = frames.figures.filter(pl.col("lens") == "distinctive")
    top = {unit: group.get_column("measure").to_list()[:3] for (unit,), group in figures.group_by("unit")}
    assert "trade bully" in top["state"] and "tariffs" in top["west"]
    assert "markets" not in figures.get_column("measure").to_list()  # used equally: z = 0


@pytest.mark.parametrize("times", [2, 8])
def test_a_word_only_used_inside_a_bigram_is_not_listed_twice(times: int) -> None:
    """Also when both are used twice, the fewest a listed term is used."""
    state = "The White House said no. " * times
    western = "The ministry said yes. " * 8
    figures = get_metric("characteristic")(make_corpus({"s": ("state", state), "w": ("west", western)})).figures
    state_terms = figures.filter(pl.col("unit") == "state").get_column("measure").to_list()
    assert "white house" in state_terms and "white" not in state_terms and "house" not in state_terms


def test_distinctive_evidence_points_at_the_term_in_each_sentence() -> None:
    state = "The trade bully harms everyone. " * 3
    corpus = make_corpus({"s": ("state", state), "w": ("west", "The tariffs took effect today. " * 3)})
    frames = get_metric("characteristic")(corpus)
    hits = frames.evidence.filter(pl.col("category") == "trade bully")
    assert hits.height == 3
    assert all(r["cue"] == "trade bully" and r["start"] == 4 for r in hits.iter_rows(named=True))


def test_sources_in_another_language_stay_out_of_the_vocabulary_lens() -> None:
    english = "The trade bully harms everyone. " * 6
    chinese = "中国的软实力正在迅速提升。" * 6
    corpus = make_corpus({"s": ("state", english), "z": ("state", chinese), "w": ("west", "Tariffs rose again today. " * 6)},
                         languages={"z": "zh"})
    frames = get_metric("characteristic")(corpus)
    assert not [t for t in frames.figures.get_column("measure").to_list() if "中" in t]
    assert any("'z'" in w and "'zh'" in w for w in frames.warnings)
    assert "trade bully" in frames.figures.filter(pl.col("unit") == "state").get_column("measure").to_list()


VOCABULARY = (
    "trade", "bully", "tariffs", "steel", "markets", "white", "house", "said", "today", "rose", "the", "of", "farmers", "soybeans",
)


@st.composite
def origin_texts(draw: st.DrawFn) -> dict[str, tuple[str, str]]:
    """A few sources of three origins, sentences drawn from a small vocabulary (so terms repeat and bigrams
    subsume words), sometimes one source in Chinese (outside the vocabulary lens)."""
    docs: dict[str, tuple[str, str]] = {}
    for i in range(draw(st.integers(2, 6))):
        sentences = draw(st.lists(st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=12), min_size=1, max_size=8))
        text = " ".join(" ".join(words).capitalize() + "." for words in sentences)
        docs[f"s{i}"] = (draw(st.sampled_from(("a", "b", "c"))), text)
    if draw(st.booleans()):
        docs["z"] = ("a", "中国的软实力正在迅速提升。" * 3)
    return docs


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(origin_texts())
def test_distinctive_terms_are_each_origins_top_terms_with_every_sentence_that_uses_them(docs: dict[str, tuple[str, str]]) -> None:
    """The listed terms are, per origin, the top ``TOP_TERMS`` by z of those with z ≥ 1 used twice or more
    and not only inside one of its bigrams; the evidence of each is found in exactly the origin's
    sentences (in the report's language) whose terms include it: spelled out here over every term."""
    corpus = make_corpus(docs, languages={"z": "zh"} if "z" in docs else None)
    frames = get_metric("characteristic")(corpus)
    sentences = corpus.sentences.sort(["source_id", "sentence_index"])
    rows = [r for r in sentences.iter_rows(named=True) if r["source_id"] != "z"]
    counts: dict[str, Counter[str]] = {}
    for r in rows:
        counts.setdefault(r["origin"], Counter()).update(terms(r["text"]))
    scores = one_against_rest(counts)
    for origin in corpus.origins:
        own = counts.get(origin, Counter())
        candidates = sorted(((t, v[2]) for t, v in scores.get(origin, {}).items() if v[2] >= characteristic.Z_LISTED
                             and own[t] >= 2), key=lambda item: (-item[1], item[0]))
        bigram_counts = {(w, c) for t, c in own.items() if " " in t for w in t.split()}
        expected = [t for t, _ in candidates if " " in t or (t, own[t]) not in bigram_counts][: characteristic.TOP_TERMS]
        listed = frames.figures.filter(pl.col("unit") == origin)
        assert listed.get_column("measure").to_list() == expected
        for term in expected:
            using = {(r["source_id"], r["sentence_index"]) for r in rows if r["origin"] == origin and term in terms(r["text"])}
            origin_of = dict(corpus.sources.select("source_id", "origin").iter_rows())
            hits = frames.evidence.filter(pl.col("category") == term).select("source_id", "sentence_index").iter_rows()
            assert {(s, i) for s, i in hits if origin_of[s] == origin} == using, term


def test_a_term_that_is_the_whole_vocabulary_has_no_odds_and_is_not_scored() -> None:
    """Hypothesis found it (make test, session 8): two sources whose only counted word is "bully", once each — the odds
    of the term against every other word divide by zero. Such a term cannot set an origin apart: it is left unscored."""
    assert weighted_log_odds(Counter({"bully": 1}), Counter({"bully": 1})) == {}
    assert one_against_rest({"a": Counter({"bully": 1}), "b": Counter({"bully": 1})}) == {"a": {}, "b": {}}
    assert "bully" in weighted_log_odds(Counter({"bully": 1}), Counter({"bully": 1, "calm": 1}))


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 10**7), st.integers(1, 10**7), st.integers(0, 10**6), st.integers(0, 200))
def test_a_term_used_once_by_an_origin_is_never_significant(n_i: int, n_j: int, y_j: int, other_terms: int) -> None:
    # The bound characteristic relies on to leave bigrams used once unscored: z <= log 4 / sqrt(1.5) < 1.96.
    group = Counter({"term": 1, **{f"w{k}": 1 for k in range(min(other_terms, n_i - 1))}})
    group["filler"] += n_i - sum(group.values())
    rest = Counter({"term": min(y_j, n_j - 1)})  # the rest uses another term too (else the odds are undefined)
    rest["filler2"] += n_j - sum(rest.values())
    z = weighted_log_odds(+group, +rest)["term"][2]
    assert z <= characteristic.once_used_z_bound() + 1e-12
    assert characteristic.once_used_z_bound() < characteristic.Z_SIGNIFICANT


def every_bigram_scored(counts, **_options):  # type: ignore[no-untyped-def]
    return one_against_rest(counts)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(origin_texts())
def test_leaving_bigrams_used_once_unscored_changes_no_output(docs: dict[str, tuple[str, str]]) -> None:
    corpus = make_corpus(docs, languages={"z": "zh"} if "z" in docs else None)
    frames = get_metric("characteristic")(corpus)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(characteristic, "one_against_rest", every_bigram_scored)
        expected = get_metric("characteristic")(corpus)
    for kind in ("sentences", "origins", "figures", "evidence"):
        assert getattr(frames, kind).equals(getattr(expected, kind)), kind


@pytest.mark.parametrize("report", ["soft-power", "us-china-tariffs-2018-07"])
def test_leaving_bigrams_used_once_unscored_changes_nothing_in_the_bundled_reports(report: str) -> None:
    from pathlib import Path

    from contrast.clean import clean_text
    from contrast.config import load_report
    from contrast.ingest import read_source

    loaded = load_report(Path(__file__).resolve().parent.parent / "reports" / report)
    corpus = make_corpus({
        source.id: (source.origin, clean_text(read_source(loaded.source_paths[source.id]).text, title=source.title).text)
        for source in loaded.manifest.sources
    })
    frames = get_metric("characteristic")(corpus)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(characteristic, "one_against_rest", every_bigram_scored)
        expected = get_metric("characteristic")(corpus)
    assert frames.figures.height > 0
    for kind in ("sentences", "origins", "figures", "evidence"):
        assert getattr(frames, kind).equals(getattr(expected, kind)), kind


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(st.sampled_from(["trade", "war", "china", "tariff", "deal", "talks"]), st.floats(-4, 4), max_size=6),
    st.lists(st.sampled_from(["trade", "war", "china", "tariff", "deal", "talks", "trade war", "new"]), max_size=12),
)
def test_a_sentence_score_sums_the_positive_z_of_its_distinct_unigrams(z: dict[str, float], found: list[str]) -> None:
    """Scored from the origin's positive z only (the terms with z <= 0 add nothing): the same sum, term by term in
    order, as clipping every unigram's z at zero."""
    unigrams = [t for t in found if " " not in t]
    clipped = sum(max(z.get(w, 0.0), 0.0) for w in sorted(set(unigrams))) / math.sqrt(len(unigrams)) if unigrams else 0.0
    expected = clipped if len(unigrams) >= characteristic.MIN_WORDS // 2 else 0.0
    assert characteristic._sentence_score({t: v for t, v in z.items() if v > 0}, found) == expected


def test_an_origins_counts_are_its_sentences_terms_in_first_seen_order() -> None:
    counts = characteristic._counted(["b", "a", "b"], [["war", "trade"], ["deal"], ["trade", "talks", "war"]])
    assert list(counts) == ["b", "a"]
    assert list(counts["b"].items()) == [("war", 2), ("trade", 2), ("talks", 1)]
    assert counts["a"] == Counter({"deal": 1})
