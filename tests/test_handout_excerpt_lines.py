"""An excerpt is one run of text on the page, check AD (confusing item 4).

The PT handout printed "…in the census report of" / "1911," / "the highest it had ever been …": the excerpt held no
line break (the source's sentence is one line), but its text ended in a space before the source tag's inline element,
and WeasyPrint 70 then broke a line right after its first word (measured: "1911," there, "year" in a new sentence). The
tag also wrapped inside ("(Source" / "B · NPR Online News)"). The space now stands inside the tag's element, and the
tag is kept whole. The sentences here are new ones of the same structure: one whose second line opened with a lone
word, one whose tag fell at a line's end.
"""

from __future__ import annotations

import io

import pypdf
import pytest

from contrast.report.handout.model import Excerpt, Handout, Question, SourceTag
from contrast.report.render.html import render_html
from contrast.report.render.pdf import html_to_pdf

SENTENCE = (
    "The share of U.S. workers who were union members hit 35.4% in the labor survey of the year 1954, the highest it "
    "had ever been and a level not reached again in any decade since."
)
TAG_AT_A_LINE_END = (
    "The proportion of U.S. voters who were under thirty hit 21.5% in the county rolls of 1971, the highest it had "
    "ever been and a level not reached again until the present decade."
)


def _handout(sentence: str) -> Handout:
    tag = SourceTag(letter="B", name="Source B · Example Public Radio", origin=None, title="", border="solid")
    excerpt = Excerpt(source=tag, text=sentence, trimmed=False, redacted=False, lang="en", compound=None,
                      attributed=False, sentence=sentence)
    question = Question(2, "only", "Only Source B makes this claim. How could you check if it is true?", excerpt)
    return Handout(
        title="T", language="en", page_size="A4", edition="e", blind=True, sources=(tag,), events=(), vocabulary=(),
        questions=(question,), version="0", kinds="1 news article", read=1,
    )


def _lines(sentence: str) -> list[str]:
    pdf = html_to_pdf(render_html("handout.html.j2", _handout(sentence)))
    text = "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    return [line.strip() for line in text.splitlines() if line.strip()]


def _excerpt_lines(sentence: str) -> list[str]:
    """The lines the excerpt is printed on, its source tag's too."""
    lines = _lines(sentence)
    start = next(i for i, line in enumerate(lines) if line.startswith("Only Source B")) + 1
    end = next(i for i, line in enumerate(lines) if i >= start and line.endswith(")"))
    return lines[start : end + 1]


@pytest.mark.parametrize("sentence", [SENTENCE, TAG_AT_A_LINE_END])
def test_no_line_of_an_excerpt_is_cut_short_before_its_last(sentence: str) -> None:
    lines = _excerpt_lines(sentence)
    assert len(lines) > 1 and all(len(line.split()) >= 5 for line in lines[:-1]), lines
    assert " ".join(lines).startswith(sentence), lines


def test_the_source_tag_is_never_split() -> None:
    assert any("(Source B · Example Public Radio)" in line for line in _excerpt_lines(TAG_AT_A_LINE_END))
