"""Frame cues in a sense their frame does not mean (check AA DP-5, DP-6, OP-14), written from new sentences of the same
structures: "spending" a span of time is no money spent; "at war with" the media, the press, critics or one's own party
is a quarrel, no nation's security; "should" before its subject ("… should they take control of the House") is "if",
no policy prescription. The senses each frame means stay cues."""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.frames import frames_lexicon, frames_matcher


def _frames(sentence: str) -> set[str]:
    return {h.category for h in frames_matcher(frames_lexicon(Lenses())).find(sentence)}


@pytest.mark.parametrize(
    ("sentence", "frame"),
    [
        ("After spending a week at war with the press, the governor returned to the budget talks quietly.", "security"),
        ("The mayor, at war with his own party since the primary, kept to his schedule.", "security"),
        ("She has been at war with her critics for most of the year.", "security"),
        ("After spending a week at war with the press, the governor returned to the talks quietly.", "economic"),
        ("The candidate is spending the weekend in Iowa with her family.", "economic"),
        ("Spending two days in the archive, the reporter found the letter.", "economic"),
        ("He is spending more time with his children these days.", "economic"),
        ("Aides expect the vote to fail should the senators hold firm through the weekend.", "policy"),
        ("Some Republicans talk of censuring the governor should they win a majority in the assembly.", "policy"),
        ("The talks may collapse should the minister walk out on Friday.", "policy"),
    ],
)
def test_a_cue_in_a_sense_its_frame_does_not_mean_shows_no_frame(sentence: str, frame: str) -> None:
    assert frame not in _frames(sentence)


@pytest.mark.parametrize(
    ("sentence", "frame"),
    [
        ("Iran had been at war with Iraq for most of the decade.", "security"),
        ("The militia has been at war with the Taliban since the spring.", "security"),
        ("Government spending this year rose faster than revenue.", "economic"),
        ("Police are spending more time and money on traffic stops.", "economic"),
        ("Congress has been spending billions on the program.", "economic"),
        ("The state should raise the minimum wage.", "policy"),
        ("Should the city ban the cars from the center?", "policy"),
        ("We should NOT let them in.", "policy"),
        ("Nor should it be, the editorial argued.", "policy"),
        ("“Why should we trust the board now?” the mayor asked on Tuesday.", "policy"),
        ("The senator said the United States is not at war with any religion.", "security"),
    ],
)
def test_the_sense_the_frame_means_stays_a_cue(sentence: str, frame: str) -> None:
    assert frame in _frames(sentence)
