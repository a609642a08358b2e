"""A heading cut from a sentence never leaves a pronoun whose speaker it cut away (check AC, the BR e002 heading:
"Barr adds that since Mueller did not make a determination, both he and Deputy Attorney General Rod Rosenstein have,
…" was headed "… since Mueller did not make a determination, both he and …", "he" naming nobody). The speaker's lead
stays; a sentence with no such pronoun still loses it. New sentences of the same structure."""

from __future__ import annotations

import polars as pl
import pytest

from contrast.report.event_titles import event_title, statement


@pytest.mark.parametrize(
    "sentence",
    [
        "Smith writes that because the board did not vote in time, both she and Treasurer Ana Ruiz have signed the order.",
        "The governor told reporters that after the audit is done, his office will publish every contract in full.",
        "According to the coach, the team will play the final without him unless the league lifts the ban.",
    ],
)
def test_a_speakers_lead_stays_when_a_pronoun_after_it_may_point_back_to_the_speaker(sentence: str) -> None:
    head, text, _ = statement(sentence)
    assert not head and text == sentence


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Smith writes that the board did not vote on the budget before the deadline in March.",
         "the board did not vote on the budget before the deadline in March."),
        ("According to the coach, the team will play the final without its captain this weekend.",
         "the team will play the final without its captain this weekend."),
    ],
)
def test_a_speakers_lead_is_still_cut_when_nothing_points_back(sentence: str, kept: str) -> None:
    head, text, _ = statement(sentence)
    assert head and text == kept


def test_a_sentence_whose_speaker_a_pronoun_needs_heads_an_event_only_when_no_other_will_do() -> None:
    """Its lead kept, it is attributed and long; cut, it would open mid-thought on "she": another member heads."""
    needing = ("Smith writes that because the board did not vote on the budget, both she and Treasurer Ana Ruiz have "
               "signed the order to keep the old budget.")
    plain = "The board did not vote on the budget, so the old budget stands for a year."
    members = pl.DataFrame({"source_id": ["a", "b"], "sentence_index": [0, 0], "text": [needing, plain], "compound": [0.0, 0.0]})
    assert event_title(members, ["board", "vote", "budget", "signed", "order"]).text == plain
    assert event_title(members.head(1), ["board", "vote", "budget"]).text.startswith("Smith writes that")
