"""The validity suite, continued: the false lens findings of checkS (Politico, Reuters and Newsmax on Trump's visit to
Iraq, December 2018 (IQ-), and the Guardian, The Hill and the Washington Times on Omarosa Manigault Newman's recordings,
August 2018 (OM-)), each as a table of new sentences of the structure misread and near misses, which must keep their
reading.

- OM-39: "Excerpts of the tape were played on air" was the Washington Times' most positive sentence on "played" alone;
  OM-35 (AMBIG): "seen as security breach" the Guardian's, on "security" alone.
"""

from __future__ import annotations

import pytest

from contrast.metrics.vader import tone

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
