"""benchmarks/bench_metrics.py checks contrast's VADER scores against vaderSentiment on the string contrast scores."""

from __future__ import annotations

from benchmarks.bench_metrics import scored_strings
from contrast.metrics.vader import tone_text
from contrast.segment import segment

TEXT = "Trump requested $5.7 billion for the wall, while Democrats vowed to block it.\n\nThe talks resumed on Monday."


def test_the_check_compares_each_sentence_as_contrast_scores_it() -> None:
    """An own-voice sentence that reports someone in a joined clause is scored without that clause (voice.own_part):
    the benchmark's check gives vaderSentiment that string, not the whole sentence."""
    sentences = segment({"d": TEXT}, {"d": "x"})
    strings = scored_strings(sentences.select("source_id", "sentence_index", "text"), {"d": TEXT})
    first, second = sentences.get_column("text").to_list()
    assert strings[1] == tone_text(second) == second
    assert strings[0] != tone_text(first) and strings[0].startswith("Trump requested $5.7 billion for the wall")
    assert "vowed" not in strings[0] and len(strings[0]) == len(first)
    reordered = scored_strings(sentences.reverse().select("source_id", "sentence_index", "text"), {"d": TEXT})
    assert reordered == strings[::-1]
