"""Check Z (group IR): who an event panel says states the claim, and what its tags and the teacher key say.

IR-4: USA TODAY's "Trump threatened to target Iranian cultural sites, then backed away." was read as reported speech,
so the panel said Center attributes the claim; it tells two acts of Trump's in its own voice (a threat told as an act,
then the retreat). And the New York Times' "… the president was forced to walk back threats to target Iranian cultural
sites after the defense secretary made clear that doing so would be a war crime." was said by the bullet to state the
claim in its own voice (the fact stands in its main clause), by the tag under it to "quote or report someone" and by
the key to be "attributed to a speaker". The bullet, the tag and the key now print one decision
(``said.fact_voices``), and the tag and the key say both halves of such a sentence.

New sentences of the same structures, and those each rule must leave alone.
"""

from __future__ import annotations

import pytest

from contrast.metrics.voice import OWN, REPORTED, sentence_voices
from contrast.report.briefing.events import nothing_noticed, voice_note
from tests.test_excerpt_speakers import _column


def _voice(text: str) -> str:
    return sentence_voices([text])[0].kind


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor threatened to close the harbor, then backed down.",
        "The union threatened to strike but later relented.",
        "She vowed to fight the ruling, only to drop the appeal a week later.",
        "The governor promised to veto the bill, but signed it in March.",
        "The senator pledged to block the nomination and then voted for it.",
        "Ms. Okafor threatened to quit the cabinet, then quietly withdrew the threat.",
        "The growers threatened to withhold their crop until prices rose, and weeks later sold it at the old price.",
    ],
)
def test_a_threat_or_a_vow_told_with_what_the_actor_did_next_is_the_outlets_telling(sentence: str) -> None:
    assert _voice(sentence) == OWN


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor threatened to veto the bill.",  # the threat alone: what the governor said he would do
        "The governor threatened to veto the bill, then said he would sign it.",  # the next act is a saying
        "The union threatened to strike, the company said.",
        "He vowed to fight the charges, then told reporters that he was innocent.",
        "The mayor threatened to close the harbor, but the council said she could not.",  # another subject
        "She promised to cut taxes and raise wages.",  # two things promised
        "He threatened to sue, then added that he would wait.",
    ],
)
def test_a_threat_or_a_vow_with_nothing_done_after_it_still_reports(sentence: str) -> None:
    assert _voice(sentence) == REPORTED


FORCED = (
    "Last week, the mayor was forced to drop plans to close the harbor after the state attorney general made clear "
    "that doing so would break the law."
)
BACKED_DOWN = "The mayor threatened to close the harbor, then backed down."


def test_both_sentences_state_the_retreat_in_their_own_voice() -> None:
    from contrast.report.said import STATES, fact_voices

    assert fact_voices([FORCED, BACKED_DOWN], [True, False]) == [STATES, STATES]
    columns = [_column("Left", FORCED, True), _column("Center", BACKED_DOWN, _voice(BACKED_DOWN) != OWN)]
    assert voice_note(columns) == ""
    assert nothing_noticed(columns).startswith("Nothing to point out between origins: both origins state it in their own voice")


def test_the_tag_and_the_key_print_the_panels_decision() -> None:
    from contrast.report.briefing.events import with_fact_voices
    from contrast.report.said import ATTRIBUTES, BESIDE, STATES, WITHIN, fact_voices, voice_tag

    left, center = with_fact_voices([_column("Left", FORCED, True), _column("Center", BACKED_DOWN, False)])
    assert left.quote.voice_tag == "own voice; reports someone in another clause"
    assert center.quote.voice_tag == "own voice"
    assert voice_tag(STATES, attributed=True, key=True) == "the outlet's own voice; reports someone in another clause"
    # a sentence the panel says attributes the claim keeps its speaker line, on both pages
    said = "The harbor will close on Friday, the mayor said."
    assert voice_tag(ATTRIBUTES, attributed=True, speaker="Speaker: the mayor (reported speech)") == (
        "Speaker: the mayor (reported speech)"
    )
    assert voice_tag(ATTRIBUTES, attributed=True, key=True) == "attributed to a speaker"
    # the two readings in between say what the bullet says of them
    assert voice_tag(WITHIN, attributed=True) == (
        "own voice, quoting or reporting someone only within its telling of the claim (its tone counted with quotations "
        "and reported speech)"
    )
    assert voice_tag(BESIDE, attributed=False, key=True) == ("the outlet's own voice; reports someone in a clause beside the claim")
    assert fact_voices([said, "The harbor will close on Friday."], [True, False]) == [ATTRIBUTES, STATES]


def test_the_key_table_uses_the_panels_decision() -> None:
    from contrast.report.handout.model import Excerpt
    from contrast.report.said import STATES
    from tests.test_voice_clauses import _tag

    excerpt = Excerpt(_tag("A"), FORCED, False, False, "en", None, True, voice=STATES)
    assert excerpt.voice_tag == "the outlet's own voice; reports someone in another clause"
    assert Excerpt(_tag("A"), FORCED, False, False, "en", None, True).voice_tag == "attributed to a speaker"
