"""One unnamed source is anonymous, and only a role noun heading the speaker makes one (check10-recheckH BT-40,
OB-29): "a White House aide confirmed", "A top Senate Democratic aide told", "an official said" count under
"Anonymous or vague" (with the role's kind where the phrase has one), as an unnamed group does; "a White House
spokesman, Josh Earnest, said" is named, and "a spokesman for the ministry said"
speaks on the record for it. The adjective in "an official analysis" or "the official report" is no
speaker at all: "Kyl said an official analysis … are not yet ready" is Kyl's, not an anonymous source's."""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.attribution import UNSPECIFIED, attribution_lexicon, attribution_matcher, read_statements
from contrast.metrics.voice import source_voices
from contrast.segment import segment

ANONYMOUS = "speaker.anonymous"
OFFICIAL = "speaker.official"


def _read(text: str) -> tuple[str | None, tuple[str, ...], list[tuple[str, str]]]:
    """(kind, other kinds, cues) of the one statement in ``text``."""
    sentences = segment({"s": text}, {"s": "o"}).sort("sentence_index")
    voices = dict(zip(sentences.get_column("sentence_index").to_list(), source_voices(sentences), strict=True))
    rows = sentences.select("source_id", "sentence_index", "text").rows()
    read = read_statements(rows, voices, attribution_matcher(attribution_lexicon(Lenses())))
    (found,) = [v for v in read.values() if v[0]]
    return found[2], found[4], [(h.category, h.cue) for h in found[3]]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The two advisers joined the president at the meeting, a White House aide confirmed.", OFFICIAL),  # OB-29
        # an aide is an official's staff (check11j SR-15), unnamed here
        ("A top Senate Democratic aide told reporters on Thursday that a deal was now impossible.", OFFICIAL),
        ("An official said the plan would add jobs next year.", OFFICIAL),
        ("The plan would add jobs next year, said an official.", OFFICIAL),
    ],
)
def test_one_unnamed_source_is_anonymous(text: str, kind: str) -> None:
    found, also, _ = _read(text)
    assert ANONYMOUS in (found, *also)
    assert found == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A White House spokesman, Josh Earnest, said the plan would add jobs next year.", OFFICIAL),  # named
        ("White House spokesman Josh Earnest said the plan would add jobs next year.", OFFICIAL),
        # a spokesperson speaks on the record for the office, as the office itself would
        ("Later on Friday, a spokesman for the ministry of foreign affairs said the tariffs had gone into effect.", OFFICIAL),
        # BT-40: the adjective is no speaker; the named senator speaks
        ("Kyl said an official analysis and price tag, referred to as a \"score,\" from the Joint Committee on "
         "Taxation are not yet ready.", UNSPECIFIED),
    ],
)
def test_a_named_source_or_an_adjective_is_not_anonymous(text: str, kind: str) -> None:
    found, also, cues = _read(text)
    assert (found, also) == (kind, ())
    assert (ANONYMOUS, "official") not in cues


def test_the_adjective_official_types_no_speaker() -> None:
    found, also, cues = _read("The official report said the plan would add jobs next year.")
    assert found != ANONYMOUS and ANONYMOUS not in also
    assert (OFFICIAL, "official") not in cues


def _last(text: str) -> tuple[str | None, tuple[str, ...], list[tuple[str, str]]]:
    """(kind, other kinds, cues) of the last sentence of ``text``."""
    sentences = segment({"s": text}, {"s": "o"}).sort("sentence_index")
    voices = dict(zip(sentences.get_column("sentence_index").to_list(), source_voices(sentences), strict=True))
    rows = sentences.select("source_id", "sentence_index", "text").rows()
    read = read_statements(rows, voices, attribution_matcher(attribution_lexicon(Lenses())))
    found = read[max(read)]
    return found[2], found[4], [(h.category, h.cue) for h in found[3]]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # BT-R35: the holders of the feeling speak, not the name in what they feel about ("agreed that", a report: "agreed
        # to extend" is an undertaking, no report at all, check-S IQ-62)
        ("President Obama signed the bill. Some Democrats are unhappy that Obama agreed that the tax cuts should be extended.", ANONYMOUS),
        ("President Obama signed the bill. Sen. Reid is unhappy that Obama agreed that the tax cuts should be extended.", OFFICIAL),
    ],
)
def test_a_name_in_what_a_group_feels_about_is_no_speaker(text: str, kind: str) -> None:
    found, _, cues = _last(text)
    assert found == kind
    assert (OFFICIAL, "Obama") not in cues


def test_a_name_that_agrees_is_still_the_speaker() -> None:
    found, _, cues = _last("President Obama signed the bill. Obama agreed that the tax cuts should be extended.")
    assert (found, cues[0]) == (OFFICIAL, (OFFICIAL, "Obama"))


@pytest.mark.parametrize(
    ("text", "kind", "also"),
    [
        # BT-40, Fox s11: the many who hold a view speak in "seen by … as"; a group nobody names is vague
        ("Both provisions are seen by many Democrats as giveaways to the rich.", ANONYMOUS, ()),
        ("Both provisions are seen by many economists as giveaways to the rich.", "speaker.expert", (ANONYMOUS,)),
    ],
)
def test_who_sees_it_so_is_the_speaker(text: str, kind: str, also: tuple[str, ...]) -> None:
    assert _read(text)[:2] == (kind, also)
