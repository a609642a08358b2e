"""The teacher key's Voice column and the event panels say of a sentence that reports its speaker from its main clause
("The official China Daily newspaper accused the Trump administration of “behaving like a gang of hoodlums.”", the
Washington Times in the bundled tariffs report) that it attributes the claim: the words it shares with the event's other
sentences that name the speaker ("China Daily", "official newspaper") identify whose claim it is; they are no telling of
the fact in the outlet's own voice. After the panel's one decision (``fact_voices``) came to the key, the bundled keys
printed "the outlet's own voice, quoting or reporting someone only within its telling of the claim" of such sentences
(tariffs Event 2, Sources D and E; soft-power Event 1, Source A): false. Sentences are new, in the shape of those."""

from __future__ import annotations

import pytest

from contrast.report.said import ATTRIBUTES, WITHIN, attributes_fact, fact_voices

QUOTING = "“The council is acting like a cartel with its fee hikes on small shops,” said an editorial in the Harbor Ledger."


@pytest.mark.parametrize(
    "sentence",
    [
        "The city's official paper, the Harbor Ledger, accused the council of “acting like a cartel.”",
        "The official Harbor Ledger newspaper accused the council of “acting like a cartel with its fee hikes” and said "
        "that the mayor risked losing the small shops.",
        "The Dutch consulting firm that compiled the harbor fee index said that the changes showed the council's rising "
        "reliance on small shops.",
    ],
)
def test_a_sentence_reporting_its_speaker_from_its_main_clause_attributes_the_claim(sentence: str) -> None:
    assert attributes_fact(sentence, [QUOTING])
    assert fact_voices([QUOTING, sentence], [True, True])[1] == ATTRIBUTES


@pytest.mark.parametrize(
    ("sentence", "others"),
    [
        # the speaker's words are a short phrase; the fact shared is the outlet's telling around it
        ("Jo Reyes admitted Friday she “went too far” at the harbor rally, where she tore up the council's fee notice "
         "in front of the small shops.",
         ["At the harbor rally Jo Reyes tore up the council's fee notice in front of the small shops."]),
    ],
)
def test_a_short_quotation_inside_the_outlets_telling_still_does_not_attribute_the_fact(sentence: str, others: list[str]) -> None:
    assert not attributes_fact(sentence, others)
    assert fact_voices([others[0], sentence], [False, True])[1] == WITHIN


def test_a_quotation_followed_by_its_speaker_and_his_title_attributes_the_claim() -> None:
    """Tariffs e007: the BBC's "“After the US activated its tariff measures …, China's measures against the US took
    effect immediately,” said Lu Kang, a foreign ministry spokesman." beside the Washington Times's "Retaliatory measures
    “took effect immediately,” said a Chinese foreign ministry spokesman, Lu Kang." were both tagged the outlet's own
    voice: the speaker's title after the verb counted as the outlet's telling."""
    first = "“The harbor fees went up at midnight, and the shops closed their stalls at once,” said Ana Ruiz, a port authority spokeswoman."
    second = "Shops “closed their stalls at once,” said a port authority spokeswoman, Ana Ruiz."
    assert fact_voices([first, second], [True, True]) == [ATTRIBUTES, ATTRIBUTES]


def test_a_sentence_that_goes_on_with_the_report_before_it_attributes_what_it_tells() -> None:
    """Tariffs: "The Trump administration contends China has deployed predatory tactics … These tactics include
    cyber-theft and requiring American companies to hand over technology …" (Washington Times): the second sentence is
    the administration's contention continued; the panel and key called it the outlet's own voice."""
    stating = "The mayor insists the port board has used unfair tactics such as charging small shops double fees at night."
    going_on = "These tactics include charging small shops double fees at night and closing the gates early."
    assert fact_voices([stating, going_on], [True, True])[1] == ATTRIBUTES
    assert fact_voices([stating, going_on], [True, False])[1] != ATTRIBUTES  # read as its own, it is not attributed
