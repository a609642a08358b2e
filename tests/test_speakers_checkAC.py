"""Who speaks when a name and an adverb set off by commas stand before the verb (check AC BR-36): "Democrats, though,
said Mr. Barr’s letter left them with more questions" is the Democrats' statement, but the comma before "said" read
what follows the verb as its speaker ("…, said economist Dan Steinbock"), and the statement was typed as Barr's, an
official's. After a clause the speaker still follows the verb. New sentences of the same structure."""

from __future__ import annotations

import pytest

from tests.test_speaker_unnamed_one import _last

OFFICIAL = "speaker.official"
BEFORE = "Attorney General Ann Cole sent the letter to Congress on Sunday. "


@pytest.mark.parametrize(
    "text",
    [
        BEFORE + "Democrats, though, said Ms. Cole’s letter left them with more questions.",
        BEFORE + "House Republicans, meanwhile, said Ms. Cole’s memo answered every question.",
    ],
)
def test_what_follows_the_verb_after_a_name_and_an_interjected_adverb_is_what_is_said(text: str) -> None:
    kind, _, cues = _last(text)
    assert kind != OFFICIAL and not any(cue.startswith("Ms. Cole") for _, cue in cues)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The plan will fail, however, said Senator Ann Cole.", OFFICIAL),
        ("The theory looks like a political tool, though, said economist Dan Steinbock.", "speaker.expert"),
    ],
)
def test_after_a_clause_the_speaker_still_follows_the_verb(text: str, kind: str) -> None:
    assert _last(text)[0] == kind
