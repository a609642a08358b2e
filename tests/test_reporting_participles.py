"""A reporting verb in "-ing" form after the main verb gets its verb kind (check9-recheck SE-V1, RM-V6): the voice lens
files these sentences as reported speech, so the reporting-verb lens must count the verb that introduces the report."""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.attribution import attribution_lexicon, attribution_matcher, read_statements
from contrast.metrics.voice import source_voices
from contrast.segment import segment


def _first(text: str) -> tuple:
    """The attribution lens's reading of the first sentence of ``text``."""
    sentences = segment({"s": text}, {"s": "o"}).sort("sentence_index")
    voices = dict(zip(sentences.get_column("sentence_index").to_list(), source_voices(sentences), strict=True))
    rows = sentences.select("source_id", "sentence_index", "text").rows()
    return read_statements(rows, voices, attribution_matcher(attribution_lexicon(Lenses())))[rows[0][:2]]


def _verbs(text: str) -> set[str]:
    _, attributed, _, shown, _, _ = _first(text)
    assert attributed
    return {h.category for h in shown if h.category.startswith("verb.")}


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        ("The source challenged one major aspect of the story line, insisting that the White House never offered Sestak "
         "the job of Secretary of the Navy.", {"verb.claim"}),
        ("The announcement prompted a flurry of responses, from Democrats praising his statements to Republicans "
         "decrying them.", {"verb.praise", "verb.alarm"}),
        ("The senator defended the vote on Tuesday, arguing that the bill would cut costs for families.", {"verb.claim"}),
        # near misses: the verbs already counted keep their kinds; "saying" stays neutral
        ("The governor defended the plan, saying that it would cut costs for families.", {"verb.neutral"}),
        ("The senator insisted that the bill would cut costs for families.", {"verb.claim"}),
    ],
)
def test_a_participle_that_reports_has_its_kind(text: str, verbs: set[str]) -> None:
    assert _verbs(text) == verbs


def test_a_participle_in_the_outlets_own_words_counts_nothing() -> None:
    """"praising" in a sentence the voice lens leaves the outlet's is no reporting verb."""
    assert _first("The film follows a family praising the harvest in a small village in the hills.")[1] is False
