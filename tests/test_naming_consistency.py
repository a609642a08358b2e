"""The briefing's naming note on a shared event and its Naming table say the same thing (check10h BT-26 / BT page
defects: the note printed "US right “Outgoing White House”; US left “Senior White House”" while the table said
"No actor named differently", and the table's legend explained "×n" counts it never printed)."""

from __future__ import annotations

import polars as pl

from contrast.report.briefing.events import _naming
from contrast.report.briefing.lenses.build import _Builder
from contrast.report.refs import OriginRef

REFS = {o: OriginRef(id=o, label=o.upper(), colour="#000", marker="●", border="solid", index=i)
        for i, o in enumerate(("right", "left"))}


def _note(right: str, left: str) -> list[str]:
    members = pl.DataFrame({"origin": ["right", "left"], "entities": [[right], [left]]})
    return _naming(members, REFS, {right: "x", left: "x"})


def test_one_name_with_another_word_in_front_is_no_naming_note() -> None:
    assert _note("Outgoing White House", "Senior White House") == []


def test_an_acronym_beside_its_words_is_noted_as_forms_of_one_name() -> None:
    assert _note("Belt and Road Initiative", "BRI") == ["Naming (forms of one name): RIGHT “Belt and Road Initiative”; LEFT “BRI”."]


def test_two_names_are_noted() -> None:
    assert _note("the CPC", "the CCP") == ["Naming: RIGHT “the CPC”; LEFT “the CCP”."]


def _legend(cues: dict[str, str]) -> str:
    builder = object.__new__(_Builder)
    builder.refs = REFS
    builder.event_labels = {}
    builder.examples = []
    builder.spans = pl.DataFrame()
    rows = {(o, "event:e001"): {"cues": c} for o, c in cues.items()}
    return builder._naming(["event:e001"], rows).caption


def test_the_naming_legend_explains_counts_only_where_one_is_printed() -> None:
    once = _legend({"right": "adviser ×1; compromise ×1", "left": "efforts ×1"})
    assert "×n" not in once and once.startswith("Names and words per origin, each used once (")
    twice = _legend({"right": "adviser ×2; compromise ×1", "left": "efforts ×1"})
    assert twice.startswith("Names and words per origin (×n: times used")


def test_a_name_both_sentences_write_alike_is_no_naming_note_whatever_its_case() -> None:
    """check12m HB-4: "Evangelical Christian voters …" (a capitalised modifier at the start of Fox's sentence, kept in
    the name) and "… support from evangelical Christians …" (HuffPost, the modifier in lower case, left out) were
    printed as a naming difference, "Evangelical Christian" / "Christians", though both write the same words."""
    members = pl.DataFrame({
        "origin": ["right", "left"],
        "entities": [["Evangelical Christian"], ["Christians"]],
        "text": ["Evangelical Christian voters helped Huckabee win the Iowa caucuses in 2008.",
                 "He ran in 2008, capturing strong support from evangelical Christians and winning the Iowa caucuses."],
    })
    assert _naming(members, REFS, {"Evangelical Christian": "x", "Christians": "x"}) == []
    members = members.with_columns(pl.Series("text", ["Evangelical Christian voters helped him.",
                                                      "Christians helped him."]))
    assert _naming(members, REFS, {"Evangelical Christian": "x", "Christians": "x"}) != []  # a real difference stays


def test_the_naming_legend_says_names_are_counted_outside_quotation_marks() -> None:
    """check W TG-31: the legend said "a name in all of the origin's sentences", and a reader found the name inside a
    quotation the lens had rightly left out (the outlet's own words are what it calls an actor)."""
    for cues in ({"right": "adviser ×2", "left": "efforts ×1"}, {"right": "adviser ×1", "left": "efforts ×1"}):
        legend = _legend(cues)
        assert "outside quotation marks" in legend and "all of the origin's sentences" not in legend, legend
