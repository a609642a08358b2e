"""Check Y (groups AL, FB): sentences whose voice was read wrong, so that the voice and attribution lenses miscounted.

Each rule is tested on new sentences of the same structure as the checked one, and on the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.attribution import attribute, attribution_lexicon, attribution_matcher
from contrast.metrics.voice import OWN, REPORTED, sentence_voices


def _voice(text: str) -> str:
    return sentence_voices([text])[0].kind


def _speaker(text: str) -> str | None:
    return attribute(text, attribution_matcher(attribution_lexicon(Lenses())).find(text))[1]


# FB-19: Politico's "Even more unsettling was a New York Times report that the new emails were obtained from a review of
# electronic devices belonging to former Rep. Anthony Weiner, …" was typed the outlet's own voice.
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Markets slid after a Reuters report that the talks had stalled.", "speaker.media"),
        ("Adding to the pressure was a Wall Street Journal report that the company had missed its targets.", "speaker.media"),
        ("Further fuelling doubts was the ministry's statement that exports had fallen for a third month.", None),
        ("Stocks rallied on the Fed's announcement Tuesday that rates would stay put.", None),
    ],
)
def test_an_owners_report_that_a_clause_is_so_reports_the_clause(sentence: str, speaker: str | None) -> None:
    assert _voice(sentence) == REPORTED
    if speaker is not None:
        assert _speaker(sentence) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "A Reuters report that appeared on Friday drew wide attention.",  # a relative clause: what the report did
        "A Tuesday report that the bank would fail proved wrong.",  # a day, no owner
        "Yesterday's announcement that the plant would close stunned workers.",
        "The report that the bank would fail proved wrong.",  # no owner named
        "There's a claim that the vote was rigged, but no one has shown it.",  # "there is", no owner
    ],
)
def test_a_report_with_no_owner_or_a_relative_clause_reports_no_one(sentence: str) -> None:
    assert _voice(sentence) == OWN


# FB-37: the Washington Times's "His new announcement Friday threatened to upend the presidential campaign." was typed
# reported speech, its "threatened" an Alarm-and-blame reporting verb.
@pytest.mark.parametrize(
    "sentence",
    [
        "The court's ruling Monday threatened to delay the merger.",
        "The storm on Sunday threatens to flood the coast.",
        "The decision last week threatened to upend the peace talks.",
        "Her surprise announcement Tuesday night threatened to derail the summit.",
    ],
)
def test_a_thing_with_its_day_that_threatens_is_a_danger_not_a_threat(sentence: str) -> None:
    assert _voice(sentence) == OWN
    assert _speaker(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The union Friday threatened to strike.",
        "Mr. Comey on Friday threatened to resign.",
        "The governor last week threatened to veto the bill.",
    ],
)
def test_a_person_or_a_group_that_threatens_with_a_day_between_still_threatens(sentence: str) -> None:
    assert _voice(sentence) == REPORTED


# FB (reader's notes): Politico's "Dashed are the hopes that the campaign could come to a conclusion on a high note, …"
# was typed reported: "note" was read as the verb "to note".
@pytest.mark.parametrize(
    "sentence",
    [
        "The season ended on a sour note for the team.",
        "The talks closed on a hopeful note, with both sides agreeing to meet again.",
        "Voters will have a final say in November.",
        "Gone are the hopes that the deal could close on a positive note before the holidays.",
    ],
)
def test_the_bare_form_of_a_verb_of_saying_after_an_article_and_an_adjective_is_a_noun(sentence: str) -> None:
    assert _voice(sentence) == OWN


@pytest.mark.parametrize(
    "sentence",
    [
        "Critics note that the plan was never funded.",
        "A few note that the plan was never funded.",
        "Analysts say the plan was never funded.",
    ],
)
def test_the_verb_with_a_plural_subject_still_reports(sentence: str) -> None:
    assert _voice(sentence) == REPORTED
