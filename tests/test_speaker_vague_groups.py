"""A group the source cites without naming it is vague sourcing, whatever its role (check9g OJ-17, check9 TG-26):
"analysts say", "according to polls", "newspaper editorial writers … said" count under "Anonymous or vague" as
well as under their role's kind, so the row no longer reads "no speaker typed so" beside them. A group named with
its members' names, an institution speaking as a body, and one person keep only their kind; so do analysts named with
their employer, while officials and aides named only by it ("White House officials") are unnamed (check11j SR-15)."""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.attribution import UNSPECIFIED, attribution_lexicon, attribution_matcher, read_statements
from contrast.metrics.voice import source_voices
from contrast.segment import segment

ANONYMOUS = "speaker.anonymous"
OFFICIAL = "speaker.official"
EXPERT = "speaker.expert"
MEDIA = "speaker.media"


def _kinds(text: str) -> tuple[str | None, tuple[str, ...]]:
    """(kind, other kinds) of the one statement in ``text``."""
    sentences = segment({"s": text}, {"s": "o"}).sort("sentence_index")
    voices = dict(zip(sentences.get_column("sentence_index").to_list(), source_voices(sentences), strict=True))
    rows = sentences.select("source_id", "sentence_index", "text").rows()
    read = read_statements(rows, voices, attribution_matcher(attribution_lexicon(Lenses())))
    (found,) = [v for v in read.values() if v[0]]
    return found[2], found[4]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # OJ-17, NYT: a second attribution in the sentence, to analysts nobody names
        ("In response to Mr. Obama, House Republicans said the Senate should take up some 16 House-passed measures; "
         "most would have long-term impact, analysts say, but they would not spur job creation in the coming year.",
         UNSPECIFIED),
        ("Senate Democrats have broken the measure into its main parts to force Republicans to take tough votes on "
         "proposals, each of which has broad public support, according to polls.", UNSPECIFIED),  # polls: no expert (AH WI-32)
        # TG-26, Fox: typed media from "editorial", and unnamed
        ("Even political figures and newspaper editorial writers who might agree with the comments swiftly said they "
         "were out of line for a high court justice.", MEDIA),
        ("Analysts say the plan would add jobs next year.", EXPERT),
        ("Some economists said the plan would add jobs next year.", EXPERT),
        ("Senior administration officials said the plan would add jobs next year.", OFFICIAL),
        ("The plan would add jobs next year, officials said.", OFFICIAL),
        # check11j SR-15: officials named only by whom they work for are unnamed, as "a White House aide" is
        ("White House officials said the plan would add jobs next year.", OFFICIAL),
        ("The plan would add jobs next year, said White House officials.", OFFICIAL),
    ],
)
def test_an_unnamed_group_is_vague_as_well_as_its_kind(text: str, kind: str) -> None:
    assert _kinds(text) == (kind, (ANONYMOUS,))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Analysts at Goldman Sachs said the plan would add jobs next year.", EXPERT),  # named by whom they work for
        ("Goldman Sachs analysts said the plan would add jobs next year.", EXPERT),
        ("The plan would add jobs next year, said analysts at Moody's Analytics.", EXPERT),
        ("Two analysts, John Smith and Jane Doe, said the plan would add jobs.", EXPERT),  # named by their names
        ("Economist Mark Zandi said the plan would add jobs next year.", EXPERT),  # one person, named
        ("Police said the man was arrested on Tuesday night downtown.", OFFICIAL),  # an institution as a body
        ("The New York Times reported that the plan would add jobs next year.", MEDIA),
        # the office that brings the case, and a group the source has introduced (JJ, soft-power builds)
        ("Federal prosecutors say Jackson used campaign money to buy a gold-plated Rolex watch.", OFFICIAL),
        ("Prosecutors said they would seek to have her sentenced to 18 to 24 months.", OFFICIAL),
        ("According to the authors, cultural diplomacy is rooted in state-led activities.", EXPERT),
    ],
)
def test_a_named_group_or_person_keeps_only_its_kind(text: str, kind: str) -> None:
    assert _kinds(text) == (kind, ())


@pytest.mark.parametrize(
    "text",
    [
        "Critics say the plan would add jobs next year.",
        "People familiar with the talks said the plan would add jobs next year.",
    ],
)
def test_a_marked_or_vague_source_is_anonymous_alone(text: str) -> None:
    assert _kinds(text) == (ANONYMOUS, ())


@pytest.mark.parametrize(
    "text",
    [
        # check-U PR-46: a marked anonymous source with a role counts by the role and as anonymous, as an unmarked
        # "White House aide" does (OB-29): marking the anonymity makes it no less an official's statement
        "A White House official who requested anonymity said the plan would add jobs next year.",
        "An anonymous Pentagon official told the Boston Globe that the drills would resume.",
        "Two administration officials, speaking on condition of anonymity, said the plan had stalled.",
    ],
)
def test_a_marked_anonymous_source_with_a_role_counts_as_both(text: str) -> None:
    assert _kinds(text) == (OFFICIAL, (ANONYMOUS,))


def test_a_role_in_a_complement_of_an_anonymous_source_does_not_type_it() -> None:
    # near miss of PR-46 (the Benghazi gold label): the department is where the veteran served, not who speaks
    text = ("A former security agent and 20-year veteran of the department, who reviewed the files on the condition of "
            "anonymity, told Fox News the warnings were clear.")
    assert _kinds(text) == (ANONYMOUS, ())
