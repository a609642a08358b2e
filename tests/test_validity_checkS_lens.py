"""The validity suite, continued: the false lens findings of checkS (Politico, Reuters and Newsmax on Trump's visit to
Iraq, December 2018 (IQ-), and the Guardian, The Hill and the Washington Times on Omarosa Manigault Newman's recordings,
August 2018 (OM-)), each as a table of new sentences of the structure misread and near misses, which must keep their
reading.

- IQ-50/51: "Trump, who speaks often about his support for the U.S. military, …" counted "often" as a hedge: the adverb
  follows its verb, whose subject is a relative "who" standing for one person; how often he speaks is a fact stated.
  "Its … situation remains uncertain" stays a hedge: the lens's documented rule is that "uncertain" or "unclear"
  before a noun names a topic, while "remains unclear" hedges, and this is the same predicative use.
- OM-39: "Excerpts of the tape were played on air" was the Washington Times' most positive sentence on "played" alone;
  OM-35 (AMBIG): "seen as security breach" the Guardian's, on "security" alone.
"""

from __future__ import annotations

import pytest

from contrast.metrics.vader import tone
from tests.test_validity_check12m_lens import _certainty

# --- IQ-50, IQ-51: a frequency adverb after one person's verb is no hedge ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        # each misread shape beside its near miss: over a class, with a plural noun before the adverb or over what
        # others say of a person, the adverb limits how far a claim reaches (Hyland's hedge)
        ("The senator, who writes often about rural broadband, opened the hearing.", []),
        ("Farmers, who travel often to the capital, asked for more aid.", ["often"]),
        ("Ms. Ortiz, who has spoken often about her own service in the Navy, won the seat.", []),
        ("The senator, who is often described as a moderate, voted no.", ["often"]),
        ("The governor visited often during the flood and slept in the county office.", []),
        ("Such visits often end early.", ["often"]),
        ("He travels often to Asia for the company.", []),
        ("The mayor's aides often disagree in private.", ["often"]),
        ("The Denver talks often run late into the night.", ["often"]),
        ("The Benghazi attacks have often been viewed as a turning point.", ["often"]),
    ],
)
def test_a_frequency_adverb_after_one_persons_verb_is_no_hedge(sentence: str, cues: list[str]) -> None:
    assert _certainty(sentence) == cues


def test_a_situation_that_remains_uncertain_is_hedged_as_the_method_documents() -> None:
    """The lens's documented rule: "uncertain" or "unclear" before its noun names a topic ("an uncertain future"), while
    "remains unclear" hedges; "the situation remains uncertain" is that predicative use (IQ-50's aside), so it counts."""
    assert _certainty("But the country's economic situation remains uncertain after the vote.") == ["uncertain"]
    assert _certainty("The fate of the ceasefire remains unclear.") == ["unclear"]
    assert _certainty("The company faces an uncertain future.") == []


# --- OM-39, OM-35: a recording played back, a security breach ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "rated"),
    [
        ("Portions of the recording were played on air on Tuesday.", False),
        ("The children played in the snow all afternoon.", True),  # play for fun keeps its feeling
        ("The host played the clip twice during the show.", False),
        ("They play video games after school.", True),
        ("The station played parts of the interview on the radio.", False),
        ("A video of the speech was played at the hearing.", False),
        # OM-35 (AMBIG): "security" in "security breach" is no feeling of safety
        ("Files copied from the agency are seen as a security breach.", False),
    ],
)
def test_a_recording_played_back_or_a_security_breach_is_not_rated(sentence: str, rated: bool) -> None:
    assert (tone(sentence)["compound"] > 0.05) is rated
    assert rated or tone(sentence)["compound"] == 0.0
