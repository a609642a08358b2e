"""Who speaks, check AD (DB-34), from new sentences of the same structure.

An inverted tag after a comma that closes a clause of its own ("…, Obama and Romney … stretched some facts, say the
nonpartisan watchdogs at PolitiFact.com.") names who speaks after its verb; the people the clause before is about are
what is said, no speaker (NPR's sentence was typed an official from "President" in what the watchdogs say). Fact-checking
sites and desks are the media.
"""

from __future__ import annotations

import pytest

from tests.test_speaker_checkAA import MEDIA, OFFICIAL, _read

EXPERT = "speaker.expert"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("In their second meeting, Governor Hale and Senator Ruth Cole “talked past each other” and twisted some figures, "
         "say the fact-checkers at FactCheck.org.", MEDIA),
        ("Mayor Diaz overstated the cost of the transit plan by a third, say the analysts at the Urban Institute.", EXPERT),
        ("The president exaggerated the number of new jobs, says the Washington Post.", MEDIA),
    ],
)
def test_the_inverted_tag_after_a_clause_names_the_speaker(text: str, kind: str) -> None:
    found, also = _read(text)
    assert found == kind and OFFICIAL not in also


@pytest.mark.parametrize(
    "text",
    [
        "The senator's claim about the tax plan was “mostly false,” according to PolitiFact.",
        "The Washington Post's Fact Checker says the mayor's figures do not add up.",
    ],
)
def test_a_fact_checker_is_the_media(text: str) -> None:
    assert _read(text)[0] == MEDIA


@pytest.mark.parametrize(
    "text",
    [
        "The budget is sound, said Governor Ann Hale.",
        "“We will win this,” said the senator.",
        "Ruth Cole, the state's governor, said the fund was solvent.",
        # a capitalised title or name is no verb of a clause before the comma ("Will", "Retired")
        "Rep. Will Ford, R-Ohio, said the threat from the storm presents “a clear danger to the coast.”",
        "Retired Army Lt. Gen. Ann Hale, who commanded troops in Iraq, said the 20,000-strong militia is acting like an army.",
        # a day after the verb is when it was said, not who said it
        "Before the vote, the mayor's aide was arrested on fraud charges, police in Dayton, Ohio, said Tuesday.",
    ],
)
def test_an_official_after_or_before_the_verb_still_speaks(text: str) -> None:
    assert _read(text)[0] == OFFICIAL
