"""Headings counted as the outlet's own sentences, check AC (BR-6, BR-7).

BR-6: Vox numbered its explainer's sections with questions ("1) How long is Mueller's report — and how detailed is
it?"); the writer's "Who knows? Maybe never." inside a paragraph kept all of them, though the Methods say question
headings are removed. BR-7: The Hill's "Egg on the face of talking heads", a line of its own between paragraphs, had
one word too many for a short heading, though its other headings ("A big win for Trump") were read as headings. The
texts here are new ones of the same structures.
"""

from __future__ import annotations

from contrast.clean import clean_text
from contrast.segment import heading_flags, own_line_flags, sentence_spans

PARAGRAPH = "The committee met for three hours on Tuesday and heard from four witnesses about the budget."

NUMBERED = "\n\n".join([
    "The city council approved a new budget on Monday after a long debate over school funding.",
    "1) How large is the new budget — and who pays for it?",
    "The budget is $2.1 billion, up 4 percent on last year, and property owners pay most of it.",
    "2) What happens to the schools?",
    "Each school gets a small raise, though the district had asked for more.",
    "3) When will the council vote again?",
    "Who can say? Perhaps in the spring. The mayor said she hoped to finish before the summer recess.",
])


def test_numbered_question_headings_go_however_the_writer_asks_elsewhere() -> None:
    cleaned = clean_text(NUMBERED)
    assert cleaned.removed["heading"] == 3
    assert "How large is the new budget" not in cleaned.text
    assert "When will the council vote again?" not in cleaned.text
    assert "Who can say? Perhaps in the spring." in cleaned.text


def test_numbered_questions_out_of_order_stay() -> None:
    text = NUMBERED.replace("2) What happens", "7) What happens")
    cleaned = clean_text(text)
    assert "How large is the new budget" in cleaned.text


def test_one_numbered_question_stays() -> None:
    text = "\n\n".join([
        "The city council approved a new budget on Monday after a long debate over school funding.",
        "1) How large is the new budget — and who pays for it?",
        "The budget is $2.1 billion, up 4 percent on last year, and property owners pay most of it.",
        "Who can say when the council will vote again? The mayor hopes to finish before the summer recess.",
    ])
    assert "How large is the new budget" in clean_text(text).text


def _flags(text: str) -> dict[str, bool]:
    spans = sentence_spans(text)
    texts = [text[a:b] for a, b in spans]
    return dict(zip(texts, heading_flags(texts, own_line_flags(text, spans)), strict=True))


SECTIONS = "\n\n".join([
    PARAGRAPH,
    "A quiet win for the mayor",
    PARAGRAPH,
    "Unions face a long fight",
    PARAGRAPH,
    "Pressure mounts on the council",
    PARAGRAPH,
    "Red faces for the budget hawks in the opposition",
    PARAGRAPH,
])


def test_a_longer_line_among_short_section_headings_is_one_of_them() -> None:
    flags = _flags(SECTIONS)
    assert flags["A quiet win for the mayor"]
    assert flags["Red faces for the budget hawks in the opposition"]
    assert not flags[PARAGRAPH]


def test_a_longer_line_without_a_stop_and_without_other_headings_stays_prose() -> None:
    text = "\n\n".join([PARAGRAPH, "Red faces for the budget hawks in the opposition", PARAGRAPH, "Unions face a long fight", PARAGRAPH])
    assert not _flags(text)["Red faces for the budget hawks in the opposition"]
