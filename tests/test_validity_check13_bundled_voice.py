"""check13-bundled SP-43 (soft-power, CCTV.com): a section headed "Foreign media: <headline>" whose paragraph opens with
a report ("Singapore's Lianhe Zaobao website … and other recent reports said that …") is the foreign media's to the
paragraph's end; its later sentences ("More foreign friends are welcome to come to China, …") were read as CCTV's own
voice, and one was printed as its most positive own-voice sentence. A speaker label opening a paragraph already held to
that paragraph's end ("Foreign media: …" in a line of text); a label that heads the section (a paragraph of its own, with
no full stop) now holds over the paragraph under it when that paragraph opens by reporting someone. Sentences are
written here in the shape of the ones misread, not copied."""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.attribution import attribution_lexicon, attribution_matcher, read_statements
from contrast.metrics.voice import OWN, REPORTED, sentence_voices, source_voices
from contrast.segment import segment

HEADING = "Foreign media: The hot travel season shows the charm of the country"
REPORT = "Two foreign websites and other recent reports said that the country has been enriching its travel products."
ON = "More foreign friends are welcome to come and see the country and feel its charm."
NEXT = "The ministry opened three new museums this spring."


def _kinds(texts: list[str], breaks: list[bool]) -> list[str]:
    return [v.kind for v in sentence_voices(texts, breaks=breaks)]


def test_a_headed_section_that_opens_with_a_report_is_the_reporters_to_its_paragraphs_end() -> None:
    kinds = _kinds([HEADING, REPORT, ON, NEXT], [True, True, False, True])
    assert kinds == [REPORTED, REPORTED, REPORTED, OWN]


@pytest.mark.parametrize(
    ("texts", "breaks"),
    [
        # the section's paragraph opens in the outlet's voice: nothing is carried
        ([HEADING, NEXT, ON], [True, True, False]),
        # the label paragraph is a sentence with its full stop, not a heading
        ([HEADING + ".", REPORT, ON], [True, True, False]),
        # no label heads the section
        (["The hot travel season shows the charm of the country", REPORT, ON], [True, True, False]),
    ],
)
def test_near_misses_keep_the_outlets_voice(texts: list[str], breaks: list[bool]) -> None:
    assert _kinds(texts, breaks)[2] == OWN


def test_a_sentence_of_the_headed_section_is_the_reporters_with_a_quoted_word_of_its_own() -> None:
    """The continued sentences take the reporter as speaker, as a point of a block does, even with a quoted word in
    them ("… opened up the "new world" of many American users."): they were left unclassified."""
    text = (f"{HEADING}\n\nThe weekly magazine reported that many users flocked to the platform. Various posts showed "
            "daily life in the country and opened up the \"new world\" of many users. Through these posts, users see a "
            "different country.")
    sentences = segment({"s": text}, {"s": "o"}).sort("sentence_index")
    voices = dict(zip(sentences.get_column("sentence_index").to_list(), source_voices(sentences, text), strict=True))
    rows = sentences.select("source_id", "sentence_index", "text").rows()
    read = read_statements(rows, voices, attribution_matcher(attribution_lexicon(Lenses())))
    assert [read[row[:2]][2] for row in rows] == ["speaker.media"] * 4
