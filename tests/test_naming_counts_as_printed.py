"""The naming table's "×n" counts the word it shows as printed (check AE TB-33: Reuters' "… serving openly in the armed
forces … a law … that had forced the ouster of thousands …" printed "forced ×2": Porter's stem joins the noun "forces"
and the verb "forced"). Its possessive is the same word; another word of the stem is not counted in. New sentences of
the same structure."""

from __future__ import annotations

from collections import Counter

import polars as pl

from contrast.metrics.naming import _by_stem
from tests.test_lens_naming import _naming_of

RIGHT = ("The coast guard's rule against divers working on wrecks in the harbor ended in 2004 after the council passed a "
         "bill that had trained the crews.")
LEFT = ("The coast guard's rule against divers on wrecks in the protected waters ended after the city passed a bill; the "
        "old rule had forced crews out and the armed forces objected to the divers working.")


def test_a_noun_and_a_verb_of_one_stem_are_not_counted_as_one_word() -> None:
    frames = _naming_of({"r": ("right", RIGHT), "l": ("left", LEFT)})
    events = frames.figures.filter(pl.col("measure").str.starts_with("event:") & (pl.col("unit") == "left"))
    [cues] = events.get_column("cues").to_list()
    assert "forced ×1" in cues and "forced ×2" not in cues
    # the count is what a reader finds highlighted: one "forced" in the sentence
    [measure] = events.get_column("measure").to_list()
    highlighted = frames.evidence.filter((pl.col("category") == measure) & (pl.col("cue").str.to_lowercase() == "forced"))
    assert highlighted.height == 1


def test_the_word_shown_is_counted_with_its_possessive_only() -> None:
    assert _by_stem(Counter({"client": 1, "client's": 1}), set()) == Counter({"client": 2})
    assert _by_stem(Counter({"forced": 1, "forces": 1}), set()) == Counter({"forced": 1})
    assert _by_stem(Counter({"forces": 2, "forced": 1}), set()) == Counter({"forces": 2})
    assert _by_stem(Counter({"forces": 2, "forced": 1}), {"forc"}) == Counter()  # another origin uses the stem
