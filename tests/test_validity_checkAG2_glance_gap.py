"""At a glance prints a gap only for a finding (check AG2 SN-10): "No clear difference in the share of negative
sentences … from 33% for Right … to 67% for Left …; the gap of 34 points is not judged" rested on 2 of 6 and 4 of 6
sentences, 33.3 points apart; the printed shares are rounded, so any printed gap of them invites an arithmetic dispute
one way or the other. A difference that is no finding is said to be not judged, or given with its interval, and no gap;
a finding's gap in points is said to be between the printed shares. New figures of the same structures."""

from __future__ import annotations

import re

from contrast.report.briefing.contrasts import GRADE, NEGATIVE, SENTENCE_LENGTH, TONE
from tests.test_pages_check11j import _glance

ORIGINS = ("us-right", "us-center", "us-left")


def shares(*counts: tuple[int, int], interval: tuple[float, float]) -> str:
    """The negative-share sentence for origins with ``counts`` (negative, own-voice sentences)."""
    estimates = {o: (k / n, max(0.0, k / n - 0.3), min(1.0, k / n + 0.3), n) for o, (k, n) in zip(ORIGINS, counts, strict=True)}
    values = [k / n for k, n in counts]
    return _glance(NEGATIVE, estimates, (max(values) - min(values), *interval))


def test_a_difference_too_few_sentences_to_judge_prints_no_gap() -> None:
    # 1 of 7 (14%) and 4 of 7 (57%): 42.9 points apart, 43 as printed; neither is printed
    said = shares((1, 7), (2, 7), (4, 7), interval=(-0.1, 0.8))
    assert "14%" in said and "57%" in said, said
    assert "the difference is not judged: fewer than 20 own-voice sentences in" in said, said
    assert not re.search(r"\b4[23] points|\bgap\b", said), said


def test_a_difference_whose_interval_includes_zero_prints_its_interval_and_no_gap() -> None:
    # 7 of 24 (29%) and 12 of 24 (50%): judged, the interval includes zero
    said = shares((7, 24), (9, 24), (12, 24), interval=(-0.05, 0.45))
    assert "the difference (95% CI −5 points to 45 points) could come from the sampling of sentences" in said, said
    assert not re.search(r"\b2[01] points|\bgap\b", said), said


def test_a_finding_in_shares_gives_its_gap_as_the_difference_of_the_printed_shares() -> None:
    # 7 of 24 (29%) and 17 of 24 (71%): 41.7 points as counted, 42 between the printed shares
    said = shares((7, 24), (9, 24), (17, 24), interval=(0.15, 0.65))
    assert "29%" in said and "71%" in said, said
    assert "the difference of 42 points between the printed shares (95% CI 15 points to 65 points)" in said, said


def test_means_that_are_no_finding_print_no_gap() -> None:
    means = {"us-right": (11.24, 10.0, 12.5, 25), "us-center": (11.9, 10.5, 13.0, 25), "us-left": (12.66, 11.0, 14.0, 25)}
    for name in (GRADE, SENTENCE_LENGTH):
        said = _glance(name, means, (1.42, -0.3, 3.1))
        assert "(95% CI −0.3 to 3.1) could come from the sampling" in said and "1.4" not in said, said
    tone = _glance(TONE, {"us-right": (-0.041, -0.1, 0.0, 12), "us-center": (0.01, -0.1, 0.1, 30),
                          "us-left": (0.052, 0.0, 0.1, 30)}, (0.093, -0.02, 0.2))
    assert "the difference is not judged: fewer than 20 own-voice sentences in" in tone and "0.09" not in tone, tone
