"""The source counts a student and a teacher see agree (check10h OB: the handout said "2 news articles" while each
event said "At least 2 of the 3 sources", and key Q3 "3 sources from 3 origins" while students see two)."""

from __future__ import annotations

import re
from types import SimpleNamespace

from contrast.report.handout.model import Handout, SourceTag
from contrast.report.handout.questions import _who
from contrast.report.render.html import render_html
from contrast.report.text import prose_text


def _tag(letter: str) -> SourceTag:
    return SourceTag(letter=letter, name=f"Source {letter}", origin=None, title="", border="solid")


def _handout(read: int) -> Handout:
    return Handout(
        title="T", language="en", page_size="A4", edition="e", blind=True, sources=(_tag("A"), _tag("B")), events=(),
        vocabulary=(), questions=(), version="0", kinds="2 news articles", read=read,
    )


def test_the_handout_says_how_many_sources_were_read_when_it_shows_fewer() -> None:
    text = re.sub(r"\s+", " ", prose_text(render_html("handout.html.j2", _handout(3), stylesheet="")))
    assert "You will read short parts of 2 news articles about the same story." in text
    assert "The computer read 3 sources in all. This page shows the 2 it quotes." in text


def test_the_handout_says_nothing_more_when_it_shows_every_source() -> None:
    text = prose_text(render_html("handout.html.j2", _handout(2), stylesheet=""))
    assert "The computer read" not in text


def test_the_key_s_who_question_says_the_students_pick_from_the_sources_shown() -> None:
    sources = [SimpleNamespace(id=s, origin=o) for s, o in (("a", "x"), ("b", "y"), ("c", "z"))]
    made = _who(analysis=SimpleNamespace(sources=sources), tags={"a": _tag("A"), "b": _tag("B")}, number=3)
    assert made is not None
    assert made[1].behind == ("3 sources from 3 origins measured; the handout shows the 2 it quotes (Source A and "
                              "Source B), so students pick from these.",)
    every = _who(analysis=SimpleNamespace(sources=sources), tags={"a": _tag("A"), "b": _tag("B"), "c": _tag("C")}, number=3)
    assert every is not None and every[1].behind == ("3 sources from 3 origins.",)
