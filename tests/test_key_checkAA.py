"""The teacher key's "the feeling there is the speaker's" is decided per source from the words the score reacts to
(check AA DP-7): a scored word the outlet left outside the quotation marks of what it reports is its own wording
("called for illegal immigrants who “invade” the U.S. to be sent “back …”": "illegal" is Townhall's). New sentences
of the same structure; a paraphrase with no quotation in it stays the speaker's."""

from __future__ import annotations

import pytest

from contrast.report.handout.questions import felt_in_own_words, felt_in_speech


@pytest.mark.parametrize(
    ("sentence", "own"),
    [
        ("The governor on Friday urged the board to punish officials who “betray” the state and to send them “home "
         "for good.”", ["punish"]),
        ("The mayor called for violent protesters who “wreck” the city to be jailed “without delay.”",
         ["violent", "protesters", "jailed"]),
    ],
)
def test_a_scored_word_left_outside_the_quotation_is_the_outlets(sentence: str, own: list[str]) -> None:
    assert felt_in_own_words(sentence) == own
    assert not felt_in_speech(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "“It is a disaster,” he said, adding that the plan would hurt families.",
        "He said the plan would hurt families.",
        "The governor urged the board to “punish the traitors” at once.",
    ],
)
def test_a_scored_word_in_what_is_reported_with_no_quotation_beside_it_stays_the_speakers(sentence: str) -> None:
    assert felt_in_own_words(sentence) == []
    assert felt_in_speech(sentence)
