"""What the pages say, as the session-11 rechecks read them (check11-recheckJ, check11-bundled): the key's "words the score
reacts to" names a word of the score's list it set aside, and an event panel says when two sources print one sentence."""

from __future__ import annotations

from types import SimpleNamespace

from contrast.metrics.vader import set_aside_words
from tests.test_pages_check11j import only_panel


def test_a_word_of_a_name_is_listed_as_set_aside_not_as_absent_from_the_list() -> None:
    """check11-recheckJ CF-31: "Source A: none (no word of it is in the score's word list)" when "Appreciation", part of
    the day's name, is in VADER's list (+2.3) and is scored in another source's sentence."""
    from contrast.report.handout.questions import _reacts_to

    named = "Thousands of people lined up at Chick-fil-A restaurants on Wednesday for Chick-fil-A Appreciation Day."
    assert set_aside_words(named) == ("Appreciation",)
    excerpt = SimpleNamespace(text=named, sentence=None, source=SimpleNamespace(letter="A"))
    said = _reacts_to(excerpt)
    assert said.startswith("Words the score reacts to in Source A: none. “appreciation” is in the score's word list but set aside")
    assert "no word of it is in the score's word list" not in said
    # near miss: a sentence with no word of the list says so, as before
    plain = SimpleNamespace(text="The meeting is on Tuesday in Atlanta.", sentence=None, source=SimpleNamespace(letter="B"))
    assert _reacts_to(plain).endswith("none (no word of it is in the score's word list).")
    # a word the score counts is not listed as set aside
    assert set_aside_words("The appreciation was warm.") == ()


ONE_WIRE = {
    # two outlets print one wire sentence word for word, attribution included (check11-bundled TA-53)
    "fox": "“There should be no doubting Beijing's resolve to defend its interests,” the newspaper said on Friday. "
    "Farmers in Aroostook County harvested a record potato crop this autumn.",
    "nyt": "“There should be no doubting Beijing's resolve to defend its interests,” the newspaper said on Friday. "
    "The central bank of Norway raised its main interest rate by a quarter point.",
}


def test_a_panel_whose_sources_print_one_sentence_word_for_word_says_so() -> None:
    panel = only_panel(ONE_WIRE)
    notes = " ".join(panel.notes)
    assert "fox and nyt print the same sentence word for word" in notes, panel.notes
    assert "Nothing to point out" not in notes, panel.notes

