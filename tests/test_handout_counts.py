"""The source counts a student and a teacher see agree (check10h OB: the handout said "2 news articles" while each
event said "At least 2 of the 3 sources", and key Q3 "3 sources from 3 origins" while students see two)."""

from __future__ import annotations

import re
from dataclasses import replace
from types import SimpleNamespace

import polars as pl

from contrast.report.handout.build import MAX_LEFT_OUT, left_out, same_words_last, shown_events
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


def _listed(*rows: tuple[int, float]) -> pl.DataFrame:
    return pl.DataFrame({"event": [e for e, _ in rows], "strength": [s for _, s in rows], "n_origins": [2] * len(rows)})


def test_the_second_event_shown_brings_an_origin_the_first_does_not_quote() -> None:
    # check12-reM HB: events 1 and 2 were both Fox's and HuffPost's; the New York Times shares event 3 (with Fox) and
    # was quoted nowhere on the handout
    origins = {1: {"right", "left"}, 2: {"right", "left"}, 3: {"right", "center"}}
    assert shown_events(_listed((1, 0.9), (2, 0.8), (3, 0.7)), origins).get_column("event").to_list() == [1, 3]


def test_a_weakly_linked_event_is_not_shown_for_its_origin_alone() -> None:
    origins = {1: {"right", "left"}, 2: {"right", "left"}, 3: {"right", "center"}}
    assert shown_events(_listed((1, 0.9), (2, 0.8), (3, 0.3)), origins).get_column("event").to_list() == [1, 2]


def test_events_that_add_no_origin_are_shown_in_their_listed_order() -> None:
    origins = {1: {"right", "left"}, 2: {"right", "left"}, 3: {"left", "right"}}
    assert shown_events(_listed((1, 0.9), (2, 0.4), (3, 0.9)), origins).get_column("event").to_list() == [1, 2]
    assert shown_events(_listed((1, 0.9),), origins).get_column("event").to_list() == [1]


def _said(*rows: tuple[int, str]) -> pl.DataFrame:
    return pl.DataFrame({"event": [e for e, _ in rows], "text": [t for _, t in rows]})


def test_an_event_every_source_quotes_word_for_word_is_offered_after_those_they_word_differently() -> None:
    # check14-reO: both handout events were lines of one campaign ad that all three outlets print verbatim, so students
    # had nothing to compare; an event whose sentences differ only in quote marks, case and punctuation is such a line
    said = _said((1, "“It can make her strong again.”"), (1, '"It can make her strong again."'), (1, "It can make her strong again"),
                 (2, "Perry says he will end the war, in a new ad."), (2, "“I’ll end Obama’s war on religion,” he says."),
                 (3, "The ad runs in Iowa."), (3, "The campaign did not say where it would run."))
    listed = _listed((1, 0.9), (2, 0.8), (3, 0.7))
    assert same_words_last(listed, said).get_column("event").to_list() == [2, 3, 1]
    origins = {1: {"right", "left"}, 2: {"right", "left"}, 3: {"right", "center"}}
    assert shown_events(same_words_last(listed, said), origins).get_column("event").to_list() == [2, 3]


def test_events_quoted_word_for_word_are_still_shown_when_there_are_no_others() -> None:
    said = _said((1, "It can make her strong again."), (1, "it can make her strong again"), (2, "Faith made America strong."),
                 (2, "“Faith made America strong”"))
    assert same_words_last(_listed((1, 0.9), (2, 0.8)), said).get_column("event").to_list() == [1, 2]


def _source(source_id: str, outlet: str, origin: str) -> SimpleNamespace:
    return SimpleNamespace(id=source_id, outlet=outlet, title=f"Title of {source_id}", origin=origin)


LABELS = {"right": "US right", "center": "US center", "left": "US left"}


def test_the_handout_names_each_source_it_quotes_nowhere_and_why() -> None:
    times, hill, blog = _source("nyt", "The New York Times", "center"), _source("hill", "The Hill", "right"), _source("b", "", "left")
    said = left_out([times, hill, blog], {"nyt"}, LABELS, {"right"})  # type: ignore[list-item]
    assert said == (
        "Not quoted here: The New York Times (US center). The events shown are not ones the computer matched it to.",
        "Not quoted here: The Hill, another US right source.",
        "Not quoted here: Title of b (US left). The computer linked none of its sentences to another origin's.",
    )
    assert left_out([times] * (MAX_LEFT_OUT + 1), set(), LABELS, set()) == ()  # type: ignore[list-item]


def test_the_page_prints_why_a_source_is_not_quoted_after_the_count() -> None:
    handout = replace(_handout(3), left_out=("Not quoted here: The Hill, another US right source.",))
    text = re.sub(r"\s+", " ", prose_text(render_html("handout.html.j2", handout, stylesheet="")))
    assert "This page shows the 2 it quotes. Not quoted here: The Hill, another US right source." in text


def test_a_source_linked_to_nothing_is_said_to_be_unlinked_not_to_share_nothing() -> None:
    """What the page says of a source quoted nowhere for want of links is what the computer did: "found no event it
    shares with another origin" read as a fact about the story, beside the briefing the Hill tells as Fox does (check
    AG2 EC-27)."""
    pilot, herald = _source("p", "The Harbour Pilot", "left"), _source("h", "Mill Town Herald", "center")
    for said in (left_out([pilot], set(), LABELS, set()), left_out([pilot, herald], set(), LABELS, set())):  # type: ignore[list-item]
        assert said and all("linked none of" in line and "sentences to another origin's" in line for line in said)
        assert not any("shares" in line or "no event" in line for line in said)
