"""check AE: reports read as the outlet's own voice, and a name read as a report.

TB-6: Reuters's "Senate Armed Forces Committee Chairman John McCain - the most prominent …, who was a Navy pilot and
prisoner of war during the Vietnam War - called Trump’s announcement unclear and inappropriate until …" was own voice,
its "unclear" the one hedge of Center's: "X called Y's Z <complement>" is X's characterisation, reported, whatever
stands between X and the verb. The same rule must leave naming alone: "reversing a law dubbed “don’t ask, don’t tell”
that had forced …" (the law's name, read as a report) and "a ship called the St. Louis" name a thing.

BA-34: USA Today's "But many said they remain frustrated by what they believe is unfair treatment of blacks by police."
was own voice: "many" stood as the subject of "said" after a sentence's opening "But".

Texts are new ones of the same structure, with near misses."""

from __future__ import annotations

import pytest

from contrast.metrics.voice import OWN, REPORTED, sentence_voices


def _kind(text: str) -> str:
    return sentence_voices([text])[0].kind


@pytest.mark.parametrize(
    "text",
    [
        # a long dash-delimited apposition between the speaker and the verb, a possessive name as the object
        "Budget Committee chair Maria Lopez - the council's sharpest critic of the plan, who was a prosecutor and a "
        "public defender before her election - called Newsom’s proposal premature and costly until an audit is finished.",
        "Critics called Mayor Diaz's budget reckless.",
        "The union called Acme Corp.'s offer an insult to its members.",
        # a name and an indefinite complement: what he was called
        "The senator called Barack Obama an embarrassment to the office.",
    ],
)
def test_calling_someones_thing_something_is_reported(text: str) -> None:
    assert _kind(text) == REPORTED


@pytest.mark.parametrize(
    "text",
    [
        # a call made, not a characterisation
        "She called Smith's office on Monday and left a message.",
        "He called Lee's bluff and won the hand.",
        "Aides called Garcia's lawyer twice before the hearing.",
        "The coach called Rivera a day later.",
    ],
)
def test_a_call_made_is_not_a_report(text: str) -> None:
    assert _kind(text) == OWN


@pytest.mark.parametrize(
    "text",
    [
        "The court struck down a rule dubbed “stop and frisk” that had let officers search almost anyone.",
        "A freighter called the Ever Given was stuck in the canal for six days in 2021.",
        "Dozens of veterans joined a group called the Oath Keepers.",
        "The state passed a measure nicknamed “the bathroom bill” in 2016.",
    ],
)
def test_a_thing_named_by_a_participle_is_not_a_report(text: str) -> None:
    assert _kind(text) == OWN


@pytest.mark.parametrize(
    "text",
    [
        "The plan, which the governor called “a giveaway,” passed anyway.",  # his word for it
        "The president dubbed “the Squad” a disgrace to the country.",  # a complement after the name
    ],
)
def test_what_someone_calls_a_named_thing_stays_reported(text: str) -> None:
    assert _kind(text) == REPORTED


@pytest.mark.parametrize(
    "text",
    [
        "But many said they still fear the water is unsafe to drink.",
        "Yet some told reporters the evacuation had come far too late.",
        "And still, many say the program has never worked for them.",
    ],
)
def test_many_or_some_saying_after_an_opening_conjunction_is_reported(text: str) -> None:
    assert _kind(text) == REPORTED


@pytest.mark.parametrize(
    "text",
    [
        "But many residents were away for the holiday.",
        "Yet some schools reopened on Monday.",
        "But many claims about the flood turned out to be false.",
    ],
)
def test_many_or_some_before_a_noun_stays_own(text: str) -> None:
    assert _kind(text) == OWN


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own naming: a modal, the first person, an impersonal "it is … to" (found measuring the rule
        # above on the AllSides sample, where "should call Egypt a coup" began to read as a report)
        "Washington should call the takeover a coup.",
        "I call the new rule a tax on patience.",
        "It would be generous to call Hensley a reformer.",
        "Few voters are what you might call enthusiastic.",
    ],
)
def test_the_writers_own_naming_is_not_a_report(text: str) -> None:
    assert _kind(text) == OWN


@pytest.mark.parametrize(
    "text",
    [
        "We call on the council to reverse its decision before the vote.",  # a statement set out without marks
        "The governor went so far as to call the ruling a betrayal.",  # an infinitive with a subject of its own
    ],
)
def test_a_call_on_someone_or_an_actors_infinitive_stays_reported(text: str) -> None:
    assert _kind(text) == REPORTED
