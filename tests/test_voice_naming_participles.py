"""A thing named by a participle is one rule: every participle of naming, every form of the name.

Two rules grew up in parallel for "a <thing> called the <Name>" (check AD PT-15: "a German ship called the St.
Louis") and "a <thing> dubbed “<name>” that …" (check AE TB-6: "a law dubbed “don’t ask, don’t tell” that had
forced …"). Each knew half: the first "termed", "labeled", "branded" but only "the" and a capitalised name; the second
a quotation as the name but only "called", "dubbed", "nicknamed", "named", "titled", "christened". So "a policy labeled
“zero tolerance” that separated families" was read as someone's label, reported. Merged, a participle of naming after
a noun with its determiner names the thing whatever the participle and whichever form the name takes; a complement
after the name, a relative clause's subject or a speaker before it still make it someone's characterisation.

Texts are new ones of the same structures."""

from __future__ import annotations

import pytest

from contrast.metrics.voice import OWN, REPORTED, sentence_voices


def _kind(text: str) -> str:
    return sentence_voices([text])[0].kind


@pytest.mark.parametrize(
    "text",
    [
        # a quotation as the name after a participle only the "called the <Name>" rule knew
        "The district adopted a rule labeled “zero tolerance” that expelled dozens of students.",
        "Voters repealed a levy branded “the rain tax” in the spring referendum.",
        "A scheme termed “catch and release” was ended by the new administration.",
        # both forms the rules already shared stay names
        "A ferry called the Island Queen sank off the coast in 1998.",
        "The council passed an ordinance dubbed “the leaf blower ban” that takes effect in May.",
        "Organisers founded a charity named the Harbor Fund, which paid for the repairs.",
        # a noun that can speak, with a name the sentence goes on past: still a name
        "He founded a nonprofit called the Center for Rural Voters that trains poll workers.",
    ],
)
def test_a_thing_named_by_any_participle_of_naming_is_not_a_report(text: str) -> None:
    assert _kind(text) == OWN


@pytest.mark.parametrize(
    "text",
    [
        "The mayor branded “the stadium deal” a betrayal of taxpayers.",  # a complement after the name
        "The measure, which the senator labeled “a giveaway,” passed anyway.",  # a relative clause's subject
        "A spokesman termed the Daily Ledger report inaccurate.",  # a speaker before the participle
        "Critics labeled the Harbor Fund “a slush fund.”",  # no thing brought in before the participle
    ],
)
def test_what_someone_calls_a_thing_stays_reported(text: str) -> None:
    assert _kind(text) == REPORTED
