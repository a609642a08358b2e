"""Absence needs evidence (contrast.claims.absence): "only in" only when a search of every other
origin finds nothing close; omissions only of events whose links hold."""

from __future__ import annotations

import numpy as np
import polars as pl
import pytest

from contrast.claims import find_events
from contrast.claims.absence import figure_values, set_aside_sentences
from contrast.claims.tfidf import project, tfidf
from contrast.segment import segment

FIGURES = {
    "wire": (
        "The ministry of commerce announced the new measures at a briefing in the capital on Friday morning. "
        "So we have 50 plus 200 plus almost 300, the president told the crowd at the rally."
    ),
    "daily": (
        "Officials said the administration is ready to target an additional $200 billion of imports and then $300 billion more. "
        "A regional bank cut its growth forecast on Tuesday, citing weaker exports and slower construction."
    ),
}
ORIGINS = {"wire": "agency", "daily": "newspaper"}


def _states() -> dict[str, str]:
    sentences = segment(FIGURES, ORIGINS).with_columns(pl.lit(0.0).alias("compound"))
    claims = find_events(sentences, origins=["agency", "newspaper"]).claims
    return {text: state for text, state in claims.select("text", "state").iter_rows()}


def test_figures_compare_by_value_whatever_their_currency_or_scale() -> None:
    assert figure_values(["$200b", "300", "25%"]) == {"200", "300", "25"}


def test_a_claim_whose_figures_another_origin_reports_in_other_words_is_not_only_in() -> None:
    states = _states()
    rally = next(text for text in states if text.startswith("So we have"))
    bank = next(text for text in states if text.startswith("A regional bank"))
    assert states[rally] == "possibly_shared"
    assert states[bank] == "unique"


def _claims(texts: dict[str, str], origins: dict[str, str], **options: object) -> pl.DataFrame:
    sentences = segment(texts, origins).with_columns(pl.lit(0.0).alias("compound"))
    return find_events(sentences, origins=sorted(set(origins.values())), **options).claims  # type: ignore[arg-type]


REMARKS = "On Thursday the president said higher tariffs on an additional $16 billion in Chinese goods would take effect in two weeks."
RALLY = "Supporters drove for hours to Montana for a campaign rally."
SPEECH = "He spoke to them about a new dam project and the state's roads."
BANK = "A regional bank cut its growth forecast on Tuesday, citing weaker exports and slower construction."
WIRE = ("The president told reporters on Thursday that tariffs on another $16 billion in Chinese goods take effect in two weeks. "
        "Separately, farmers in Iowa planted more corn this spring than in any year since records began.")  # fmt: skip


def _in_context(*daily: str) -> dict[str, tuple[str, str | None]]:
    """Each claim's state and the claim whose context decided it."""
    claims = _claims({"wire": WIRE, "daily": " ".join(daily)}, ORIGINS)
    text_of = dict(claims.select("claim_id", "text").iter_rows())
    return {text: (state, text_of.get(context)) for text, state, context in claims.select("text", "state", "context").iter_rows()}


def test_a_sentence_beside_a_shared_one_is_not_only_in() -> None:
    """One outlet tells in two sentences what another tells in one: 'He spoke to reporters who flew
    with him to Montana' after the remarks, 'told reporters aboard Air Force One' in the same sentence."""
    found = _in_context(REMARKS, RALLY, BANK)
    assert found[REMARKS] == ("shared", None)
    assert found[RALLY] == ("possibly_shared", REMARKS)
    assert found[BANK] == ("unique", None)


def test_a_sentence_that_refers_back_is_only_as_alone_as_the_one_before_it() -> None:
    found = _in_context(REMARKS, RALLY, SPEECH, BANK)
    assert found[SPEECH] == ("possibly_shared", RALLY)
    without_reference = SPEECH.replace("He spoke to them", "Local officials spoke")
    assert _in_context(REMARKS, RALLY, without_reference, BANK)[without_reference] == ("unique", None)


ALLIES = ("Washington has strained ties with allies by raising import duties on steel, aluminum and autos from Europe, "
          "Canada, Mexico and Japan.")
BOXED = {
    "ap": f"{ALLIES} Stocks in Tokyo closed higher on Friday after a week of losses.",
    "times": f"{ALLIES.replace('Washington has', 'The White House has')} Oil prices slipped in early trading in London.",
    "guardian": "A container ship carrying soybeans raced to reach the port of Dalian before the deadline. "
    "Chinese manufacturers have been hit by a strengthening yuan that made exports more expensive.",
}
BOX = ("media", "Q&A What is the trade war about? Show Hide Broader tariffs used by Trump have hit trading partners such as "
       "the EU, Canada and Mexico, on goods including steel and aluminium.")  # fmt: skip
OUTLETS = {"ap": "agency", "times": "right", "guardian": "left"}


def test_an_event_reported_only_in_a_box_cleaning_set_aside_is_not_left_out() -> None:
    """The page shows its reader the explainer box, so the source does not leave the event out; what
    the box says is never linked into events or counted."""
    sentences = segment(BOXED, OUTLETS).with_columns(pl.lit(0.0).alias("compound"))
    origins = sorted(set(OUTLETS.values()))
    without = find_events(sentences, origins=origins)
    assert without.omissions["origin"].to_list() == ["left"]  # the body alone says nothing of the allies
    boxed = find_events(sentences, origins=origins, set_aside=set_aside_sentences({"guardian": [BOX]}, OUTLETS))
    assert boxed.omissions.height == 0
    assert boxed.claims.height == without.claims.height and boxed.set_aside.height == 1
    nearest = boxed.absences.filter(pl.col("origin") == "left")["candidate"].item()
    assert nearest == boxed.set_aside["claim_id"].item()
    assert boxed.set_aside["category"].item() == "media"


def test_only_boxes_and_captions_are_searched_of_what_cleaning_set_aside() -> None:
    promo, caption = ("prompt", "Sign up for our daily newsletter today."), ("caption", "A farmer stands in a field of soybeans.")
    removed = {"guardian": [BOX, promo, caption]}
    found = set_aside_sentences(removed, OUTLETS)
    assert found["category"].to_list() == ["media", "media", "caption"]
    assert found["sentence_index"].to_list() == [0, 1, 2] and set(found["origin"]) == {"left"}


def test_set_aside_text_is_weighed_as_the_claims_are_and_does_not_change_their_weights() -> None:
    docs = [["tariff", "steel", "E:Canada"], ["tariff", "soybean"], ["steel", "steel", "mill"]]
    matrix, vocabulary = tfidf(docs)
    projected = project([docs[2], ["mill", "unseen"]], vocabulary, matrix)
    assert np.allclose(projected[0].toarray(), matrix[2].toarray())
    mill = vocabulary.tolist().index("mill")
    assert projected[1].nnz == 1 and projected[1, mill] == pytest.approx(1.0)  # a feature the claims lack is dropped
