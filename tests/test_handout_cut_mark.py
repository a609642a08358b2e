"""The handout's note on "…" says only what is true (checkR SD-71): the handout said "A “…” means we cut the quote short"
under two ellipses the Guardian and Reuters wrote themselves, and cut neither. Its own cuts are now marked "[…]", as an
editor marks an omission, and the note speaks of a cut only when the pages make one, and of the source's own ellipsis
only when a quotation shows one."""

from __future__ import annotations

import re

from contrast.report.event_titles import EventTitle, title_text
from contrast.report.handout.build import _ellipses
from contrast.report.handout.model import Excerpt, Handout, HandoutEvent, SourceTag
from contrast.report.render.html import render_html
from contrast.report.text import CUT, prose_text, trim_excerpt

OWN_ELLIPSIS = "These contracts are … quite normal for a city of this size."
OWN_DOTS = "Picture the vote landing on March 3, right in the middle of the budget fight ..."
LONG = " ".join(f"word{i}" for i in range(60)) + "."


def _tag(letter: str) -> SourceTag:
    return SourceTag(letter=letter, name=f"Source {letter}", origin=None, title="", border="solid")


def _excerpt(letter: str, sentence: str) -> Excerpt:
    text, trimmed = trim_excerpt(sentence, mark=CUT)
    return Excerpt(source=_tag(letter), text=text, trimmed=trimmed, redacted=False, lang="en", compound=None,
                   attributed=False, sentence=sentence)


def _note(*sentences: str) -> str:
    excerpts = tuple(_excerpt(letter, s) for letter, s in zip("ABC", sentences, strict=False))
    event = HandoutEvent(number=1, about=EventTitle(text="The council met."), reach="", excerpts=excerpts)
    handout = Handout(
        title="T", language="en", page_size="A4", edition="e", blind=True, sources=tuple(e.source for e in excerpts),
        events=(event,), vocabulary=(), questions=(), version="0", kinds="2 news articles", read=len(excerpts),
        **_ellipses((event,), ()),
    )
    text = re.sub(r"\s+", " ", prose_text(render_html("handout.html.j2", handout, stylesheet="")))
    return text[text.index("The grey boxes") : text.index("Square brackets")]  # blind mode's note on names follows


def test_the_handouts_cut_is_marked_apart_from_an_ellipsis_the_source_wrote() -> None:
    text, trimmed = trim_excerpt(LONG, max_words=10, mark=CUT)
    assert trimmed and text.endswith("[…]")
    assert title_text(OWN_ELLIPSIS, mark=CUT) == OWN_ELLIPSIS  # not cut: the source's "…" stands alone
    assert title_text(LONG, mark=CUT).endswith(" […]")


def test_no_cut_is_claimed_when_every_ellipsis_is_the_sources() -> None:
    note = _note(OWN_ELLIPSIS, OWN_DOTS)
    assert "we cut" not in note
    assert "A “…” is in the source itself: we did not cut anything there." in note


def test_a_cut_of_the_handouts_is_explained_with_its_mark_and_told_from_the_sources() -> None:
    note = _note(LONG, OWN_ELLIPSIS)
    assert "A “[…]” means we cut the quote short." in note
    assert "A “…” without brackets is in the source itself" in note


def test_nothing_is_said_of_ellipses_when_there_are_none() -> None:
    note = _note("The council met on Monday.", "The mayor spoke first.")
    assert "…" not in note
