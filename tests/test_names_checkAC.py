"""A sentence's first word that news writes in lower case is no part of the name after it (check AC BR-11): "Expect
Trump and his allies to beat their anti-media drum …" named "Expect Trump", a name only The Hill had, and its claim was
counted as one only the Center origin reports. An imperative, a participle or an adjective opening a sentence before a
name leaves the name; a word that opens names ("White", "Special", "New") stays, and so does a title quoted inside a
sentence. New sentences of the same structure."""

from __future__ import annotations

import pytest

from contrast.claims.terms import entities


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Expect Pelosi and her caucus to fight the bill line by line.", ["Pelosi"]),
        ("Imagine Congress passing the whole budget in a single week.", ["Congress"]),
        ("Embattled Chicago mayor Lori Lightfoot lost her bid for a second term.", ["Chicago", "Lori Lightfoot"]),
        ("“Ask Boeing why the door plug flew off,” the senator said.", ["Boeing"]),
        ("Despite Exxon’s objections, the board approved the plan.", ["Exxon’s"]),
    ],
)
def test_a_lower_case_word_opening_a_sentence_is_no_part_of_the_name_after_it(sentence: str, names: list[str]) -> None:
    assert entities(sentence) == names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("White House aides said the meeting went well.", "White House"),
        ("Special Counsel Jack Smith filed the indictment on Tuesday.", "Special Counsel Jack Smith"),
        ("New Jersey voters chose a governor on Tuesday.", "New Jersey"),
        ("She starred in “Full House” for eight seasons.", "Full House"),
        ("Stormy Daniels testified for a second day.", "Stormy Daniels"),
    ],
)
def test_a_name_a_sentence_opens_with_stays_whole(sentence: str, name: str) -> None:
    assert name in entities(sentence)
