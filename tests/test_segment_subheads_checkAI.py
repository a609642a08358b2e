"""check AI SB layout notes: Vox's subhead "It’s possible that no new money gets passed until the fourth stimulus bill"
was scored as its own sentence (one of its three hedges) beside its section title "What Democrats want added to the
“interim” spending bill", which was read as a heading. In a text with a section title, a longer line of its own in
sentence case, without a stop or a comma, between two sentences, is a subhead too. New texts of that shape."""

from __future__ import annotations

from contrast.segment import heading_flags, own_line_flags, paragraph_opening_flags, sentence_spans

P1 = "The council voted to delay the bike lane plan on Tuesday. Residents had asked for more time to comment."
P2 = "The mayor said the delay would cost the city a state grant. She asked the council to reconsider next month."
P3 = "Cycling groups plan to attend the next meeting in force. They say the lanes would cut crashes downtown."
TITLE = "What cyclists want added to the plan"
SUBHEAD = "It may be months before any new lane gets painted on Main Street"


def _headings(text: str) -> list[str]:
    spans = sentence_spans(text)
    texts = [text[a:b] for a, b in spans]
    flags = heading_flags(texts, own_line_flags(text, spans), opens=paragraph_opening_flags(text, spans))
    return [t for t, flag in zip(texts, flags, strict=True) if flag]


def test_a_sentence_case_subhead_beside_a_section_title_is_a_heading() -> None:
    assert _headings(f"{P1}\n\n{TITLE}\n\n{P2}\n\n{SUBHEAD}\n\n{P3}") == [TITLE, SUBHEAD]


def test_a_line_without_a_stop_in_a_text_with_no_section_title_stays_a_sentence() -> None:
    assert _headings(f"{P1}\n\n{P2}\n\n{SUBHEAD}\n\n{P3}") == []


def test_a_line_that_lost_its_stop_keeps_its_comma_and_stays_a_sentence() -> None:
    lost = "Acme Cycles Inc, which sells most bikes in town, rose nearly 9 percent"
    assert _headings(f"{P1}\n\n{TITLE}\n\n{P2}\n\n{lost}\n\n{P3}") == [TITLE]


def test_a_short_heading_that_is_no_section_title_does_not_make_a_longer_line_one() -> None:
    """check AC's near miss: beside "Unions face a long fight" alone, a longer line without a stop may be prose."""
    assert _headings(f"{P1}\n\nCyclists face a long fight\n\n{P2}\n\n{SUBHEAD}\n\n{P3}") == ["Cyclists face a long fight"]
