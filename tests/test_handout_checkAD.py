"""check AD, confusing 2: a handout that quotes one source spoke of several. The page said "You will read short parts of
1 news article … They come from different kinds of sources", printed "Not quoted here: … The computer found no event it
shares with another origin." once per source left out, asked "Pick two sources" and set an activity for two; the key
said "students pick from these" of one. When the pages quote one source, each of these speaks of that one."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from contrast.claims.absence import UNIQUE
from contrast.report.handout.build import left_out
from contrast.report.handout.model import Handout, SourceTag
from contrast.report.handout.questions import _who
from contrast.report.render.html import render_html
from contrast.report.text import prose_text
from tests.test_handout_questions import LETTER_OF, _analysis, _ask, _event_one, _shared_event_rows, untrue_statements


def _tag(letter: str) -> SourceTag:
    return SourceTag(letter=letter, name=f"Source {letter}", origin=None, title="", border="solid")


def _page(*letters: str, kinds: str, read: int, blind: bool = True) -> str:
    handout = Handout(
        title="T", language="en", page_size="A4", edition="e", blind=blind, sources=tuple(_tag(x) for x in letters),
        events=(), vocabulary=(), questions=(), version="0", kinds=kinds, read=read,
    )
    return re.sub(r"\s+", " ", prose_text(render_html("handout.html.j2", handout, stylesheet="")))


def test_a_page_quoting_one_source_speaks_of_that_one() -> None:
    text = _page("A", kinds="1 opinion piece", read=4)
    assert "You will read a short part of 1 opinion piece about this story. The computer read 4 sources" in text
    assert "different kinds of sources" not in text
    assert "We call it Source A." in text and "Source B" not in text
    assert "Take Source A." in text and "Pick two sources" not in text
    assert "One way two sources told this story differently" not in text


def test_a_page_quoting_two_sources_still_asks_to_compare_them() -> None:
    text = _page("A", "B", kinds="2 news articles", read=4)
    assert "You will read short parts of 2 news articles about the same story. They come from different kinds" in text
    assert "Pick two sources." in text and "One way two sources told this story differently" in text


def _source(source_id: str, outlet: str, origin: str) -> SimpleNamespace:
    return SimpleNamespace(id=source_id, outlet=outlet, title=f"Title of {source_id}", origin=origin)


LABELS = {"east": "Eastern press", "west": "Western press", "north": "Northern press"}


def test_sources_left_out_for_one_reason_share_one_sentence() -> None:
    gazette, courier = _source("g", "The Valley Gazette", "east"), _source("c", "Coast Courier", "west")
    said = left_out([gazette, courier], set(), LABELS, {"north"})  # type: ignore[list-item]
    assert said == (
        "Not quoted here: The Valley Gazette (Eastern press) and Coast Courier (Western press). The computer linked "
        "none of their sentences to another origin's.",
    )
    matched = left_out([gazette, courier], {"g", "c"}, LABELS, {"north"})  # type: ignore[list-item]
    assert matched == ("Not quoted here: The Valley Gazette (Eastern press) and Coast Courier (Western press). The events "
                       "shown are not ones the computer matched them to.",)


@pytest.mark.parametrize(
    ("blind", "asked", "absent"),
    [
        (False, "Look at who published Source C. How might that shape what it chooses to say?", "Pick two sources"),
        (True, "Who do you think published Source C:", "each source"),
    ],
)
def test_the_who_question_asks_of_the_one_source_shown(blind: bool, asked: str, absent: str) -> None:
    sources = [SimpleNamespace(id=s, origin=o) for s, o in (("g", "east"), ("c", "west"), ("n", "north"))]
    tag = _tag("C") if blind else SourceTag(letter="C", name="Source C · Coast Courier", origin=SimpleNamespace(),  # type: ignore[arg-type]
                                            title="", border="solid")
    made = _who(analysis=SimpleNamespace(sources=sources), tags={"c": tag}, number=2)
    assert made is not None
    question, answer = made
    assert question.text.startswith(asked) and absent not in question.text
    assert answer.behind == ("3 sources from 3 origins measured; the handout shows the 1 it quotes (Source C), so "
                             "students answer for it.",)


# --- the cause: with no event on the pages, one question quoted one source ------------------------------------------


def test_with_no_event_shown_a_second_source_s_claim_of_its_own_is_asked_too() -> None:
    rows = [
        {"source_id": "a", "sentence_index": 0, "text": "Harbour pilot Jane Roe said the crane fell at 9 a.m. on Friday.",
         "event": None, "state": UNIQUE, "alone": True, "checkworthiness": 5},
        {"source_id": "a", "sentence_index": 1, "text": "The Marlow Dock Company paid $2 million for the crane in 2019.",
         "event": None, "state": UNIQUE, "alone": True, "checkworthiness": 4},
        {"source_id": "c", "sentence_index": 0, "text": "A Harbourmaster's survey counted 312 ships delayed by the fall.",
         "event": None, "state": UNIQUE, "alone": True, "checkworthiness": 3},
    ]
    evidence = [(k, s, 0.0) for k, row in enumerate(rows) for s in "abc" if s != row["source_id"]]
    analysis = _analysis(rows, evidence=evidence)
    questions, answers = _ask(analysis)
    checks = [q.text.split(".")[0] for q in questions if q.kind == "check"]
    assert checks == ["Only Source A makes this claim", "Only Source C makes this claim"]  # C: another origin than A's
    assert untrue_statements(analysis, (), questions, answers, LETTER_OF) == []
    # with a shared event on the pages, the sources are compared there: one such question, as before
    shared = _analysis(_shared_event_rows() + rows, evidence=[(k + 2, s, c) for k, s, c in evidence])
    asked, _ = _ask(shared, (_event_one(shared),))
    assert [q.kind for q in asked].count("check") == 1
