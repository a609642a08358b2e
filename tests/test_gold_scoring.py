"""The scorer of claim overlap against sentence-level golds (contrast.claims.gold)."""

from __future__ import annotations

import polars as pl
import pytest

from contrast.claims.gold import UNIQUE_CAUSES, EngineView, Gold, map_sentences, pair_key, score, words

GOLD = Gold(
    group="toy",
    sources={"S1": {"file": "a.txt"}, "S2": {"file": "b.txt"}},
    sentences=[
        {"id": "S1.001", "source": "S1", "text": "Photo: Kin Cheung/AP", "label": "N", "also": []},
        {"id": "S1.002", "source": "S1", "text": "The US imposed 25% tariffs on $34bn of goods.", "label": "E:tariffs", "also": []},
        {"id": "S1.003", "source": "S1", "text": "Hog farmer Li says he breaks even.", "label": "U:li", "also": []},
        {"id": "S2.001", "source": "S2", "text": "Washington’s 25 % levies on $34bn of imports began on Friday.", "label": "E:tariffs",
         "also": []},
        {"id": "S2.002", "source": "S2", "text": "China said it was “forced to fight back”.", "label": "E:fight", "also": []},
        {"id": "S2.003", "source": "S2", "text": "It vowed to fight back.", "label": "E:fight", "also": []},
    ],
)


def _contrast(rows: list[tuple[str, int, str]]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema={"source_id": pl.String(), "sentence_index": pl.Int32(), "text": pl.String()}, orient="row")


def test_words_fold_typography_and_case() -> None:
    assert words("Washington’s “Forced” — to") == words("washington's \"forced\" - to")


def test_mapping_survives_other_segmentation_and_cleaning() -> None:
    contrast = _contrast([
        ("a", 0, "The US imposed 25% tariffs on $34bn of goods."),  # caption cleaned away
        ("a", 1, "Hog farmer Li says he breaks even."),
        ("b", 0, "Washington's 25 % levies on $34bn of imports began on Friday. China said it was \"forced to fight back\"."),
        ("b", 1, "It vowed to fight back."),
    ])  # fmt: skip
    mapped = map_sentences(GOLD, contrast, {"S1": "a", "S2": "b"})
    assert mapped.main[("a", 0)] == "S1.002"
    assert mapped.gold_ids(("b", 0)) == {"S2.001", "S2.002"}  # one contrast sentence holding two gold sentences
    assert "S1.001" not in {g for c in mapped.main for g in mapped.gold_ids(c)}


def _texts() -> dict[tuple[str, int], str]:
    return {("a", 0): "The US imposed 25% tariffs.", ("a", 1): "Hog farmer Li says he breaks even.",
            ("b", 0): "Washington's levies began.", ("b", 1): "It vowed to fight back."}  # fmt: skip


def _mapped():
    contrast = _contrast([
        ("a", 0, "The US imposed 25% tariffs on $34bn of goods."),
        ("a", 1, "Hog farmer Li says he breaks even."),
        ("b", 0, "Washington’s 25 % levies on $34bn of imports began on Friday."),
        ("b", 1, "It vowed to fight back."),
    ])  # fmt: skip
    return map_sentences(GOLD, contrast, {"S1": "a", "S2": "b"})


def test_a_found_event_a_pure_link_and_a_found_unique_claim_score_one() -> None:
    view = EngineView(events=[[("a", 0), ("b", 0)]], only_in={("a", 1)}, origin_of={"a": "x", "b": "y"})
    result = score(GOLD, view, _mapped(), _texts(), source_of={"S1": "a", "S2": "b"})
    assert result.recall == pytest.approx(1 / 2)  # E:fight is within one source only
    assert (result.purity, result.link_precision, result.false_omission, result.unique_recall) == (1.0, 1.0, 0.0, 1.0)


def test_a_shared_sentence_printed_as_only_in_is_a_false_omission() -> None:
    view = EngineView(events=[], only_in={("a", 0), ("a", 1)}, origin_of={"a": "x", "b": "y"})
    result = score(GOLD, view, _mapped(), _texts(), source_of={"S1": "a", "S2": "b"})
    assert result.false_omission == pytest.approx(1 / 2)  # S1.002 printed, S2.001 not


def test_a_wrong_link_counts_against_precision_until_an_adjudicator_accepts_it() -> None:
    view = EngineView(events=[[("a", 1), ("b", 1)]], only_in=set(), origin_of={"a": "x", "b": "y"})
    texts = _texts()
    wrong = score(GOLD, view, _mapped(), texts, source_of={"S1": "a", "S2": "b"})
    assert wrong.link_precision == 0.0 and wrong.purity == 0.5 and len(wrong.unjudged) == 1
    accepted = {pair_key(texts[("b", 1)], texts[("a", 1)]): True}
    assert score(GOLD, view, _mapped(), texts, source_of={"S1": "a", "S2": "b"}, adjudicated=accepted).link_precision == 1.0


def test_within_one_origin_a_shared_event_is_no_false_omission() -> None:
    view = EngineView(events=[], only_in={("a", 0)}, origin_of={"a": "x", "b": "x"})
    result = score(GOLD, view, _mapped(), _texts(), source_of={"S1": "a", "S2": "b"})
    assert result.false_omission == 0.0


def test_an_event_printed_left_out_by_an_origin_that_reports_it_is_a_false_omission() -> None:
    """"Events shown left out": the origin reports the gold event of the engine event after all (a false one), or
    it does not (true); the omissions that could be printed are counted beside them."""
    event = [("a", 0), ("b", 0)]
    false = EngineView(events=[event], only_in=set(), origin_of={"a": "x", "b": "y"}, omitted=[("y", [("a", 0)])])
    result = score(GOLD, false, _mapped(), _texts(), source_of={"S1": "a", "S2": "b"})
    assert (result.counts["omitted"], result.counts["false_omitted"]) == (1, 1)  # b's 25 % levies are E:tariffs
    true = EngineView(events=[event], only_in=set(), origin_of={"a": "x", "b": "y"}, omitted=[("y", [("a", 1)])])
    result = score(GOLD, true, _mapped(), _texts(), source_of={"S1": "a", "S2": "b"})
    assert (result.counts["omitted"], result.counts["false_omitted"]) == (1, 0)  # U:li is no gold event
    assert result.counts["true_omissions"] == 0  # the one event of two origins is reported by both


@pytest.mark.parametrize(
    ("only_in", "events", "basis", "cause"),
    [
        ({("a", 1)}, [], {("a", 1): "anchor"}, "printed"),
        (set(), [[("a", 1), ("b", 1)]], {("a", 1): "shared", ("b", 1): "shared"}, "linked"),
        (set(), [], {("a", 1): "close"}, "close"),
        (set(), [], {("a", 1): "no anchor"}, "no anchor"),
        (set(), [], {("a", 1): "context"}, "context"),
        (set(), [], {("a", 0): "shared"}, "not a claim"),
    ],
)
def test_each_gold_single_source_claim_is_counted_where_the_engine_puts_it(
    only_in: set[tuple[str, int]], events: list[list[tuple[str, int]]], basis: dict[tuple[str, int], str], cause: str
) -> None:
    """Issue 12, unique recall: why a gold single-source claim (U:li, Hog farmer Li) is not printed "only in" — not a
    claim, linked to another source, or the absence search's basis — counted once, by the first cause that holds."""
    view = EngineView(events=events, only_in=only_in, origin_of={"a": "x", "b": "y"}, basis=basis)
    result = score(GOLD, view, _mapped(), _texts(), source_of={"S1": "a", "S2": "b"})
    assert result.unique_causes == {c: int(c == cause) for c in UNIQUE_CAUSES}


def test_a_unique_claim_no_contrast_sentence_maps_to_is_not_mapped_and_without_a_basis_nothing_is_counted() -> None:
    contrast = _contrast([("a", 0, "The US imposed 25% tariffs on $34bn of goods."), ("b", 1, "It vowed to fight back.")])
    mapped = map_sentences(GOLD, contrast, {"S1": "a", "S2": "b"})  # "Hog farmer Li …" cleaned away
    view = EngineView(events=[], only_in=set(), origin_of={"a": "x", "b": "y"}, basis={("a", 0): "no anchor"})
    assert score(GOLD, view, mapped, _texts(), source_of={"S1": "a", "S2": "b"}).unique_causes["not mapped"] == 1
    assert score(GOLD, EngineView(events=[], only_in=set(), origin_of={"a": "x", "b": "y"}), mapped, _texts(),
                 source_of={"S1": "a", "S2": "b"}).unique_causes == {}  # fmt: skip
