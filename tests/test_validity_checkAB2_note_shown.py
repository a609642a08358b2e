"""An event panel shows one sentence per origin; its note on sources printing the same words must name sources whose
sentences the panel shows (check AB2, ME e001: the note named CBN and Reuters, while the Center column showed NPR's
version of the quotation, which carries an editorial "[T]he"). New texts of the same structure: two sources of one
origin quote one statement, only one of them word for word as the other origin's source does."""

from __future__ import annotations

from contrast.report.briefing.model import EventPanel
from contrast.report.refs import OriginRef

REFS = {
    "left": OriginRef("left", "Left", "#1f5fa8", "●", "solid", 0),
    "right": OriginRef("right", "Right", "#b8860b", "▲", "diagonal", 1),
}
LABELS = {"wire": "S1 · Wire", "radio": "S2 · Radio", "daily": "S3 · Daily"}
ORIGINS = {"wire": "left", "radio": "left", "daily": "right"}
TEXTS = {
    # the left origin's two sources: the wire quotes the statement word for word, the radio with an editorial bracket
    # and more of the event's words in its lead
    "radio": "The harbour authority chief then passed the dredging dispute to the county council in plain words: "
    "\"[T]he charter requires a vote of the full county council to approve any dredging of the harbour channel.\" "
    "Fishermen in the port of Kelby have waited two years for the work.",
    "wire": "“The charter requires a vote of the full county council to approve any dredging of the harbour channel,” "
    "Marta Lind said as she stepped down. Shipping firms said the delay was costing them money.",
    "daily": "It was one line from Lind that the fishermen took as their cue: "
    "\"The charter requires a vote of the full county council to approve any dredging of the harbour channel.\" "
    "The weather in the north turned cold on Sunday.",
}


def quotation_panel() -> EventPanel:
    from contrast.claims import find_events
    from contrast.report.briefing.events import event_panels
    from contrast.segment import segment

    panels = event_panels(find_events(segment(TEXTS, ORIGINS), origins=list(REFS)), REFS, LABELS)
    return next(p for p in panels if "charter" in " ".join(c.quote.text for c in p.columns))


def test_a_note_on_a_quotation_printed_alike_names_the_sources_the_panel_shows() -> None:
    panel = quotation_panel()
    shown = {c.quote.source_label for c in panel.columns}
    notes = [n for n in panel.notes if "print the same quoted sentence" in n]
    assert notes, panel.notes
    for note in notes:
        named = {label for label in LABELS.values() if label in note}
        assert named <= shown or "not shown here" in note, (note, shown)
    # the left column shows a sentence the note says is printed alike (the wire's, or the radio's: its editorial
    # "[T]he" run together is the same words), not one the note leaves out
    (left,) = [c.quote.source_label for c in panel.columns if c.origin.id == "left"]
    assert any(left in note and f"{left} (its sentence not shown here)" not in note for note in notes), (left, notes)


def test_a_source_a_note_names_but_its_origin_does_not_show_is_marked() -> None:
    import polars as pl

    from contrast.report.briefing.events import _copy_notes

    same = "“The charter requires a vote of the full county council,” Lind said."
    members = pl.DataFrame({"source_id": ["wire", "daily"], "sentence_index": [0, 3], "text": [same, same]})
    no_copies = pl.DataFrame({"a": [], "b": []}, schema={"a": pl.String(), "b": pl.String()})
    (note,) = _copy_notes(members, no_copies, LABELS, shown={"daily", "radio"})
    assert note.startswith("S3 · Daily and S1 · Wire (its sentence not shown here) print "), note
