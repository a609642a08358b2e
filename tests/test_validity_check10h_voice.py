"""The validity suite, continued: voice misreadings check10h found (Fox, the New York Times and HuffPost on a tax
compromise, 2010, and on deficit talks, 2012), each with near misses that must keep their voice. Sentences are written
here in the shape of the ones misread, not copied.

- OB-7: "neither said much of anything" reports no words; it was filed as reported speech, so the outlet's own comment
  left its own-voice tone.
- OB-6: "Some say Congress should not …" and "Republicans are suggesting the party should …" report what people say;
  both were the outlet's own voice. A participle "suggesting" after evidence ("Data rose, suggesting …") stays the
  writer's inference.
- BT-6: "… are seen by many Democrats as giveaways to the rich" is the Democrats' view, scored as the outlet's tone.
- BT-42: "… or risk being blamed for an economic downturn" was counted as an act of blaming (Alarm and blame), while
  "…, warning on Wednesday that inaction would …" was not counted at all.
- BT-34: "criticism from fellow Democrats that the president has caved": "caved" is the critics' word, counted as the
  outlet's own slanted verb.
"""

from __future__ import annotations

import pytest

from contrast.metrics.voice import OWN, REPORTED, cue_context, sentence_voices
from tests.test_validity_check8 import _verbs


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("True to form, neither said much of anything about what was discussed.", OWN),
        ("Nobody said a word about the budget at the dinner.", OWN),
        ("Neither of them said much afterward, aides said.", REPORTED),
        ("The mayor said little about what was discussed.", REPORTED),
        ("Some say the council should not raise any fees, and were let down by the talks.", REPORTED),
        ("Many argue that the levy is too high.", REPORTED),
        ("But a growing number of senators are suggesting the party should give the mayor what he wants.", REPORTED),
        ("Sales fell for a third month, suggesting the economy would slow.", OWN),
        ("Both provisions are seen by many Democrats as giveaways to the rich.", REPORTED),
        ("Both provisions are viewed by critics as a windfall.", REPORTED),
        ("The plan is seen as a compromise.", OWN),
        ("The bridge can be seen by drivers from the highway.", OWN),
    ],
)
def test_whose_voice_a_sentence_speaks_in(sentence: str, kind: str) -> None:
    assert sentence_voices([sentence])[0].kind == kind


@pytest.mark.parametrize(
    ("sentence", "word", "context"),
    [
        ("The administration pushed back hard against criticism from fellow Democrats that the president has caved too much.",
         "caved", REPORTED),
        ("The governor rejected claims that the plan was a giveaway.", "giveaway", REPORTED),
        ("Warnings that the levy would cripple schools went unheeded.", "cripple", REPORTED),
        ("The president has caved too much, and the criticism grows.", "caved", OWN),
        ("The critics were right that the president caved.", "caved", OWN),
    ],
)
def test_a_word_in_what_a_noun_of_saying_reports_is_not_the_outlets(sentence: str, word: str, context: str) -> None:
    voice = sentence_voices([sentence])[0]
    start = sentence.index(word)
    assert cue_context(voice, sentence, start, start + len(word)) == context


@pytest.mark.parametrize(
    ("sentence", "verbs"),
    [
        ("Aides raised the stakes on the council, warning on Wednesday that inaction would raise the risk of a recession.",
         [("warning", "verb.alarm")]),
        ("The pitch to the party was simple: take the package now or risk being blamed for a downturn.", []),
        ("Nobody wants to fear being accused of delay.", []),
        ("The mayor was blamed for the downturn, aides said.", [("said", "verb.neutral")]),
        ("Critics blamed the mayor for the downturn.", [("blamed", "verb.alarm")]),
        ("The warning came too late, he said.", [("said", "verb.neutral")]),
    ],
)
def test_a_charge_feared_is_no_charge_made_and_a_participle_warning_reports(sentence: str, verbs: list[tuple[str, str]]) -> None:
    assert _verbs(sentence) == verbs
