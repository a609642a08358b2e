"""check Y on cleaning: USA Today's subhead "How much do Democrats stall?", a lone question between paragraphs among
its section headings without a stop ("Write-ins matter", "Black votes matter", "The Real Donald Trump"), was kept and
scored as the outlet's own tone. In a text whose sections have such headings, a question standing alone between
paragraphs is one more of them. Texts are new ones of the same shape, with near misses that keep the question."""

from __future__ import annotations

import pytest

from contrast.clean import clean_text

INTRO = "The county's school board voted on Tuesday to move the start of the school day an hour later next autumn."
PARAGRAPHS = (
    "Parents who work early shifts told the board at a crowded hearing that the change would leave them scrambling.",
    "Two neighbouring districts made the same change last year, and attendance in their high schools rose by a tenth.",
    "Bus contracts will have to be rewritten before spring, and the drivers' union has asked for a new round of talks.",
    "The board's chair said the vote could be revisited in a year if the district's test scores fall after the change.",
)


def sectioned(*headings: str) -> str:
    """An article in sections, each heading standing alone above its paragraph."""
    return "\n\n".join([INTRO, *(f"{h}\n\n{p}" for h, p in zip(headings, PARAGRAPHS, strict=False))])


def test_a_lone_question_among_section_headings_goes() -> None:
    headings = ("Parents push back", "What about the buses?", "Sleep matters", "A second look")
    result = clean_text(sectioned(*headings))
    assert "What about the buses?" not in result.text
    assert ("heading", "What about the buses?") in result.removed_lines
    assert all(h in result.text for h in headings if not h.endswith("?"))


@pytest.mark.parametrize(
    "headings",
    [
        # no section headings around it: the writer may ask it in its own voice
        ("What about the buses?",),
        # too few section headings to call it a sectioned article
        ("Parents push back", "What about the buses?"),
    ],
)
def test_a_lone_question_without_sibling_headings_stays(headings: tuple[str, ...]) -> None:
    assert "What about the buses?" in clean_text(sectioned(*headings)).text


@pytest.mark.parametrize(
    "asked", ["Critics say the plan will cost too much. Will it?", "Critics say the plan “will cost too much.” Will it?"]
)
def test_a_question_after_a_sentence_on_its_line_stays(asked: str) -> None:
    text = sectioned("Parents push back", asked, "Sleep matters", "A second look")
    assert asked in clean_text(text).text
