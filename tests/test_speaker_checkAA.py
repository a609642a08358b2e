"""Who speaks, check AA (OP-11, OP-12, DP-2), from new sentences of the same structures.

* OP-11: one "author" alone is no expert (the writer of an unsigned op-ed, "…,” the author wrote."); an author tied to
  a work of research ("the study's author", "the author of a new report") still is.
* OP-12: "anonymous" in what a speaker demands or says ("demanded that the “spineless” anonymous writer resign")
  describes who is spoken about, not the speaker.
* DP-2: the subject of a passive report ("The press is often accused of …") is who the report is about: no speaker.
"""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.attribution import attribution_lexicon, attribution_matcher, read_statements
from contrast.metrics.voice import source_voices
from contrast.segment import segment

ANONYMOUS = "speaker.anonymous"
EXPERT = "speaker.expert"
MEDIA = "speaker.media"
OFFICIAL = "speaker.official"


def _read(text: str) -> tuple[str | None, tuple[str, ...]]:
    """(kind, other kinds) of the last statement in ``text``."""
    sentences = segment({"s": text}, {"s": "o"}).sort("sentence_index")
    voices = dict(zip(sentences.get_column("sentence_index").to_list(), source_voices(sentences), strict=True))
    rows = sentences.select("source_id", "sentence_index", "text").rows()
    read = read_statements(rows, voices, attribution_matcher(attribution_lexicon(Lenses())))
    found = [v for v in read.values() if v[0]]
    return found[-1][2], found[-1][4]


@pytest.mark.parametrize(
    "text",
    [
        "“The ship has no captain,” the author wrote.",
        "“We will stay until the end,” the author added.",
        "The unsigned essay's author describes the governor as reckless.",
    ],
)
def test_one_author_alone_is_no_expert(text: str) -> None:
    kind, also = _read(text)
    assert kind != EXPERT and EXPERT not in also


@pytest.mark.parametrize(
    "text",
    [
        "The study's author said the effect was small.",
        "The author of the new report said the effect was small.",
        "The study's authors said the rate would rise next year.",
    ],
)
def test_an_author_of_research_is_an_expert(text: str) -> None:
    assert _read(text)[0] == EXPERT


@pytest.mark.parametrize(
    "text",
    [
        "The governor's office called for the paper to retract the story and demanded that the “spineless” anonymous "
        "writer step down in a statement issued on Friday.",
        "The senator said that the unnamed aide should be fired at once.",
    ],
)
def test_anonymous_in_what_is_reported_marks_no_speaker(text: str) -> None:
    kind, also = _read(text)
    assert kind == OFFICIAL and ANONYMOUS not in also


@pytest.mark.parametrize(
    "text",
    [
        "The plan will fail, an official told reporters on condition of anonymity.",
        "The Ledger has reported, citing unnamed sources, that the plan will fail.",
    ],
)
def test_a_source_left_unnamed_is_still_anonymous(text: str) -> None:
    kind, also = _read(text)
    assert ANONYMOUS in (kind, *also)


@pytest.mark.parametrize(
    "text",
    [
        "The press is often accused of exaggerating the governor's reckless habits on television.",
        "Newspapers were widely criticized for ignoring the strike.",
    ],
)
def test_the_subject_of_a_passive_report_is_no_speaker(text: str) -> None:
    kind, also = _read(text)
    assert kind != MEDIA and MEDIA not in also


def test_the_agent_of_a_passive_report_speaks() -> None:
    assert _read("The senator was criticized by the mayor for the vote.")[0] == OFFICIAL
