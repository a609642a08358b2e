"""A name joined by "and" to a longer run of capitals ("Pelosi and Democratic Senate leader Chuck Schumer") is two
names when the one-word side stands alone elsewhere in the report, and one name ("Belt and Road Initiative") when it
never does. Kept whole, the glued run was the teacher key's search term "Pelosi and Democratic Senate" (check AB2
ME-31), a span no source writes as a name, while Pelosi is named by every source. New sentences of the same
structure."""

from __future__ import annotations

import pytest

from contrast.claims.terms import entities, settle_names


@pytest.mark.parametrize(
    ("corpus", "names", "glued"),
    [
        (
            ["The mayor left a budget meeting with Okafor and Republican Council leader Dana Whitfield on Monday.",
             "Okafor said the talks would resume."],
            {"Okafor", "Dana Whitfield"},
            "Okafor and Republican Council",
        ),
        (
            ["Ministers met Lindqvist and Finnish Prime Minister Aho in Oslo.", "The talks with Lindqvist ended late."],
            {"Lindqvist"},
            "Lindqvist and Finnish Prime Minister Aho",
        ),
    ],
)
def test_a_name_that_stands_alone_elsewhere_is_not_glued_to_the_next_name(corpus: list[str], names: set[str], glued: str) -> None:
    found = settle_names([entities(text) for text in corpus])[0]
    assert names <= set(found), found
    assert not any(glued in name for name in found), found


def test_a_one_word_side_that_never_stands_alone_keeps_the_name_whole() -> None:
    # near miss: "Silk" never stands alone, so "Silk and Spice Route" is one name, as "Belt and Road Initiative" is
    corpus = ["Traders expanded the Silk and Spice Route last year.", "The Spice Route grew."]
    assert "Silk and Spice Route" in settle_names([entities(text) for text in corpus])[0]
