# ruff: noqa: E501  (the sentences are kept whole)
"""Check AA: a claim printed "only in" its origin on a place no paraphrase needs to name (DP-1), and an "only in"
evidence line listing names other origins do write (OP-9). Tests are new sentences of the structures the check found."""

from __future__ import annotations

import polars as pl
import pytest

from contrast.claims import find_events
from contrast.claims.absence import _written_lower
from contrast.claims.distinctive import where
from contrast.segment import segment


def _claims(left: str, center: str, right: str) -> pl.DataFrame:
    sentences = segment({"l": left, "c": center, "r": right}, {"l": "left", "c": "center", "r": "right"})
    return find_events(sentences.with_columns(pl.lit(0.0).alias("compound")), origins=["left", "center", "right"]).claims


@pytest.mark.parametrize(
    ("name", "text", "venue"),
    [
        ("Canada", "Families were held apart at the U.S.-Canada border for weeks.", True),
        ("Gaza", "Two soldiers were wounded near the Israel–Gaza frontier on Monday.", True),
        ("Mexico", "Trump’s tweets came after images of children separated at the U.S.-Mexico border.", True),
        ("Canada", "Talks on the U.S.-Canada trade deal resumed on Monday.", False),
        ("Gaza", "The Israel–Gaza ceasefire held overnight.", False),
    ],
)
def test_a_name_joined_into_a_place_where_something_happens_is_a_venue(name: str, text: str, venue: bool) -> None:
    """DP-1: "separated at the U.S.-Mexico border" names where it happened, as "at the Mexican border" would: a venue,
    which proves absence only where nothing of another origin comes near (``anchor_terms``' ``places``)."""
    assert where(name, text) is venue


OUTCRY = (
    "The prime minister fired off angry posts about asylum seekers on Saturday as the row over detention camps grew. "
    "\"We will not let these people overrun our nation,\" he wrote in a post that attacked asylum seekers on Saturday. "
    "His allies in parliament stayed quiet. "
    "Pictures of frightened toddlers and accounts of broken homes had shaken the government all week. "
    "Officials said mothers split from their babies would be offered a quick return home.",
    "The prime minister said on Saturday that asylum seekers who overrun the country must be sent home at once. "
    "The interior ministry did not comment. Its offices were closed for the holiday. "
    "The prime minister’s posts on Saturday came after a week of public anger over photographs of weeping toddlers and their frantic mothers held apart at the U.S.-Canada border.",
    "The prime minister on Saturday called for asylum seekers who \"overrun\" the nation to be sent home at once without hearings. "
    "He also attacked the opposition over its detention plan.",
)  # fmt: skip


def test_an_outcry_told_in_other_words_is_not_one_origins_alone_on_the_border_it_names() -> None:
    """DP-1: Reuters' outcry over "crying children and their distraught parents separated at the U.S.-Mexico border" is
    CNN's "Images of scared children and depictions of shattered families …": no word of the place, few words in
    common. The place was the claim's only anchor."""
    outcry = _claims(*OUTCRY).filter(pl.col("text").str.contains("public anger"))
    assert outcry["state"].item() == "possibly_shared"
    assert outcry["anchors"].item().to_list() == []


def _pool(*texts: str) -> pl.DataFrame:
    return pl.DataFrame({"text": list(texts)})


def test_a_capitalised_plural_written_in_lower_case_and_the_singular_elsewhere_is_a_common_noun() -> None:
    """OP-9: the Guardian's "puts his name on his Op-Eds" beside National Review's "an unsigned op-ed": one noun."""
    lowered = _written_lower(_pool("The mayor signs all her Columns herself.", "The unsigned column ran on Thursday."))
    assert lowered("Columns")
    lowered = _written_lower(_pool("He wrote the Op-Ed alone.", "Three op-eds ran that week."))
    assert lowered("Op-Ed")
    assert _written_lower(_pool("Both Field Offices counted them.", "The field office of each state disagreed."))("Field Offices")
    assert not _written_lower(_pool("The Williams sisters won.", "William said so."))("Williams")  # no lower-case form


DENIALS = (
    "Several cabinet members denied on Friday that they wrote the anonymous column. "
    "The denials kept coming through the afternoon. "
    "Reporters waited outside the capitol. "
    "“The Governor signs her own Columns,” spokeswoman Dana Whitcombe wrote in a statement posted on Instagram, as aides to Senator Ruth Okonkwo also denied it.",
    "Cabinet members rushed to deny writing the anonymous column on Friday. "
    "Was the governor herself behind a later one-word reply on Instagram? "
    "Nobody in her office would say.",
    "The unsigned column ran in the state’s largest newspaper on Thursday. "
    "Its author said they were part of a quiet resistance inside the cabinet.",
)  # fmt: skip


def test_only_in_evidence_lists_no_name_another_origin_writes_in_a_question_or_in_the_other_number() -> None:
    """OP-9: "no other origin's text has 'Op-Eds', 'Pence', 'Jarrod Agen' or 'Twitter'", though Reuters wrote "… a
    one-word message on Twitter: “TREASON?”" (a question, so no claim: the name index read claims only) and National
    Review "op-ed". The claim stays its origin's alone on what no other origin writes."""
    claim = _claims(*DENIALS).filter(pl.col("text").str.contains("Whitcombe"))
    assert claim["state"].item() == "unique"
    assert claim["anchors"].item().to_list() == ["Dana Whitcombe", "Senator Ruth Okonkwo"]
