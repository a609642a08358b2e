"""A sentence's opening phrase is one rule (``contrast.claims.candidates.opening_phrase``), for alignment and for who
speaks in a report.

Two regular expressions grew up in parallel: alignment's (``After|…|Although|Though|Because|Once``, up to 150
characters, never across a dash or a bracket) and the excerpt speaker's in ``contrast.report.said``, which knew only
the phrases of time and place and so read "Although the flood destroyed the pumping station, the chairman said …" as
if the whole opening clause were who speaks: words another outlet shares with that clause were taken for the
speaker's name, and the outlet's own telling of the flood for an attribution. Merged, the speaker's stretch starts
after any opening phrase alignment knows.

Texts are new ones of the same structures."""

from __future__ import annotations

import pytest

from contrast.claims.candidates import opening_phrase
from contrast.report.said import attributes_fact


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("After the hearing, the judge adjourned.", "After the hearing, "),
        ("Although the roads were icy, most schools opened.", "Although the roads were icy, "),
        ("Once the dam was finished, the valley flooded.", "Once the dam was finished, "),
        ("The judge adjourned after the hearing, aides said.", ""),  # no opening phrase
        ("During the storm — the worst in years, officials said — roofs blew off.", ""),  # not across a dash
    ],
)
def test_opening_phrase_up_to_its_comma(text: str, opening: str) -> None:
    assert opening_phrase(text) == opening


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "Although the storm knocked out power across the valley, the utility's director said repairs would be quick.",
            "The storm knocked out power across the valley overnight.",
        ),
        (
            "Though the company cut two thousand jobs last year, its chief executive said hiring would resume soon.",
            "The company cut two thousand jobs last year.",
        ),
    ],
)
def test_a_fact_told_in_an_opening_clause_is_the_outlets_not_the_speakers(text: str, other: str) -> None:
    assert not attributes_fact(text, [other])


def test_what_the_speaker_said_after_an_opening_clause_stays_attributed() -> None:
    text = "Although the storm knocked out power across the valley, the utility's director said repairs would be quick."
    assert attributes_fact(text, ["Repairs would be quick, the utility insisted."])


def _stretch(text: str) -> str:
    """The words ``attributes_fact`` takes for who speaks and the reporting verb (``said._speaker_span``): the unit
    the merged opening phrase changes, so it is read here directly."""
    from contrast.metrics.voice import quoted_title, sentence_voices
    from contrast.report.said import _speaker_span

    voice = sentence_voices([text])[0]
    quotes = [(a, b) for a, b in voice.quotes if not quoted_title(text[a:b], text[:a])]
    start, end = _speaker_span(text, voice, quotes)
    return text[start:end].strip()


@pytest.mark.parametrize(
    ("text", "stretch"),
    [
        # an opening clause before the subject is the outlet's setting, not who speaks
        ("Although the ferry sank in calm water, the harbour master said the crew was not to blame.", "the harbour master said"),
        # the verb inside the opening: the opening holds the report ("As … explained, …")
        ("As the mayor explained in her budget speech, the city cannot pay for the stadium.", "As the mayor explained"),
    ],
)
def test_who_speaks_is_the_subject_and_verb_not_the_opening(text: str, stretch: str) -> None:
    assert _stretch(text) == stretch
