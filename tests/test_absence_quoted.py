"""A quotation as evidence of absence (``contrast.claims.absence._quoted_anchors``): an outlet that reports a quotation
quotes its words and names its speaker, so a quotation of a speaker no other origin names, in words no other origin
writes, is its origin's alone. New sentences of the structure of the dev gold's case ("“I see this as a positive step
…,” said Henry Levine, a former US deputy assistant secretary of commerce.")."""

from __future__ import annotations

from contrast.claims.absence import PoolReading, _quoted_anchors
from contrast.claims.align import POOL_COLUMNS
from contrast.claims.candidates import claim_frame
from contrast.segment import segment

QUOTE = ('"We welcome this as a sensible truce and trust it will soothe the feud between the two unions," '
         "said Pieter Vos, a former deputy minister of transport.")  # fmt: skip
LEFT = "The port of Rotterdam reopened on Monday after a three-day strike by dock workers. " + QUOTE
RIGHT = "Rotterdam's port reopened on Monday once dock workers ended their strike. Shipping firms expect traffic to recover."


def _quoted(left: str, right: str) -> dict[str, list[str]]:
    sentences = segment({"left": left, "right": right}, {"left": "left", "right": "right"})
    claims = claim_frame(sentences).with_row_index("claim_id")
    found = _quoted_anchors(claims, PoolReading(claims, claims.select(POOL_COLUMNS)), list(range(claims.height)))
    texts = claims.get_column("text").to_list()
    return {texts[k]: words for k, words in found.items()}


def test_a_quotation_no_other_origin_reports_names_its_own_words() -> None:
    found = _quoted(LEFT, RIGHT)
    assert list(found) == [QUOTE]
    assert {"sensible", "truce", "soothe", "feud"} <= set(found[QUOTE])


def test_a_speaker_another_origin_names_proves_nothing() -> None:
    """Vos may be quoted there from another part of his statement, in other words."""
    assert _quoted(LEFT, RIGHT + " Pieter Vos urged both unions to keep talking.") == {}


def test_its_words_written_by_another_origin_prove_nothing() -> None:
    some = _quoted(LEFT, RIGHT + " Some called the deal a sensible truce.")
    assert not {"sensible", "truce"} & set(some.get(QUOTE, []))
    assert _quoted(LEFT, RIGHT + " We welcome a sensible truce; trust it to soothe the feud between unions.") == {}


def test_one_fresh_word_is_not_enough() -> None:
    quote = '"We welcome this and hope it will end the strike for good," said Pieter Vos, a former deputy minister.'
    assert _quoted("Dock workers in Rotterdam ended a strike on Monday. " + quote, RIGHT + " The unions welcome it.") == {}


def test_a_quotation_of_no_named_speaker_proves_nothing() -> None:
    quote = '"We welcome this as a sensible truce and trust it will soothe the feud between the two unions," he said.'
    assert _quoted("The port of Rotterdam reopened on Monday. " + quote, RIGHT) == {}


def test_a_short_quotation_is_no_quotation() -> None:
    assert _quoted('The port reopened. Pieter Vos called it "a sensible truce".', RIGHT) == {}
