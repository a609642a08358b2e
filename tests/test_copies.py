"""Copies are one voice: republished text is found and counted once (contrast.claims.copies)."""

from __future__ import annotations

import polars as pl

from contrast.claims.copies import copied_sources, voices

WIRE = (
    "Officials in the port city said on Monday that the new fees would apply to every foreign vessel docking after "
    "the first of next month, and that shipping companies had been told to expect longer inspections. "
    "The ministry said the measures were a response to what it called unfair charges levied abroad. "
    "Analysts said the move could raise freight costs across the region within weeks."
)
OTHER = (
    "A regional bank cut its growth forecast on Tuesday, citing weaker exports and a slowdown in construction, "
    "while its governor told reporters that interest rates would stay unchanged for the rest of the year."
)


def test_a_republished_article_is_a_copy_and_an_unrelated_one_is_not() -> None:
    copies = copied_sources({"agency": WIRE, "reprint": "By a staff writer. " + WIRE + " Read more on our site.", "bank": OTHER})
    assert copies.select("a", "b").rows() == [("agency", "reprint")]
    assert copies.get_column("containment")[0] >= 0.9


def test_copies_count_as_one_voice() -> None:
    copies = pl.DataFrame({"a": ["agency"], "b": ["reprint"], "containment": [0.95]})
    assert voices(["agency", "reprint", "bank"], copies) == 2
    assert voices(["agency", "bank"], copies) == 2


def test_a_shared_quotation_alone_does_not_make_a_copy() -> None:
    quote = "“We will not accept these unfair charges on our ships,” the minister said."
    assert copied_sources({"a": quote + " " + OTHER, "b": quote + " " + WIRE}).height == 0
