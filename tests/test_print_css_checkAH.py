"""check AH WI page notes: the handout's "Words to know" box was split over a page break, its last row ("omission")
alone at the top of page 2. The box, with its heading, is kept whole on one page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

CSS = (Path(__file__).parents[1] / "templates" / "print.css").read_text(encoding="utf-8")


def _declarations(selector: str) -> str:
    """The declarations of every rule whose selector list has ``selector``."""
    rules = re.findall(r"([^{}]+)\{([^{}]*)\}", re.sub(r"/\*.*?\*/", "", CSS, flags=re.DOTALL))
    return " ".join(body for head, body in rules if selector in [s.strip() for s in head.split(",")])


@pytest.mark.parametrize("selector", [".vocab", "body.handout section.ho-words"])
def test_the_words_to_know_box_is_not_split_over_pages(selector: str) -> None:
    assert re.search(r"break-inside:\s*avoid", _declarations(selector)), selector
