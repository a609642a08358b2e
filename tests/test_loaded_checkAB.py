"""Check AB (CR-38) on the loaded-language lens: a listed label shouted in capitals inside a quotation ("referred to
a “A TOTAL WITCH HUNT!!!,”") is the label, as its lower-case form is; a capitalised word that is a name or a title
("Witch Hunt" in title case, a one-letter capital) still is not. Sentences written here in the shape of CNN's."""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.loaded import LoadedMatcher, loaded_lexicon


def _cues(sentence: str) -> list[str]:
    return [h.cue.lower() for h in LoadedMatcher(loaded_lexicon(Lenses())).find(sentence)]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The governor posted late on Sunday and called the audit a “TOTAL SHAM!!!,” his favourite word for it.", "sham"),
        ("He tweeted that the inquiry was “A DISGRACEFUL WITCH HUNT!!” before dawn.", "witch hunt"),
    ],
)
def test_a_label_shouted_in_capitals_counts(sentence: str, cue: str) -> None:
    assert cue in _cues(sentence)


def test_a_title_case_word_still_does_not() -> None:
    assert "witch hunt" not in _cues("The film Witch Hunt opened in May.")
