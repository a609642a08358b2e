"""Who speaks in a sentence that ends with its say-tag: the tag, not the telling before it.

"…, a transition period would allow current owners to come into compliance, the Booker campaign said" gave the whole
telling as the stretch naming the speaker (``said._speaker_span``), and so did "The plan will fail, the Booker
campaign said" and "…, said Rick Holland": words another outlet shares with the telling were then taken for the
speaker's name. A trailing tag ends the sentence — after its verb only a few words of when, where or to whom, or the
speaker after "said" — so the speaker is the words after the last comma. An aside in mid-sentence is followed by what
is said ("The Obama administration, when pressed on this issue, has stressed that …"), and the subject it interrupts
stays the speaker.

Texts are new ones of the same structures."""

from __future__ import annotations

import pytest

from tests.test_opening_phrase import _stretch


@pytest.mark.parametrize(
    ("text", "stretch"),
    [
        # a short telling, then the tag: the tag alone
        ("Rents will keep climbing for at least two more years, the housing authority said.", "the housing authority said"),
        # a long telling after an opening clause, then the tag
        (
            "While new tenants would pay the higher rate from January, a grace period would let current tenants renew "
            "at the old rate, the housing authority said.",
            "the housing authority said",
        ),
        # a few words of where and when after the verb
        (
            "The strike cost the port millions of dollars, the dockworkers' union said in a statement on Friday.",
            "the dockworkers' union said",
        ),
        ("The valley's wells could run dry by August, a state hydrologist told reporters.", "a state hydrologist told"),
        # the speaker after the verb
        (
            "The bridge will reopen in March, said Dana Whitfield, a spokeswoman for the transit agency.",
            "said Dana Whitfield, a spokeswoman for the transit agency.",
        ),
        # a name with its description set off before the verb
        (
            "Ticket sales fell by a third this year, Marco Reyes, the festival's director, said on Monday.",
            "Marco Reyes, the festival's director, said",
        ),
        # "according to" and its source after the telling
        ("Rainfall this spring was the lowest on record, according to the state climatologist.", "according to the state climatologist."),
        # a description with no determiner; "told" and whom, not who
        (
            "Two runways stayed closed through the night, Capt. Ana Ruiz, head of airport operations, told reporters Sunday.",
            "Capt. Ana Ruiz, head of airport operations, told",
        ),
    ],
)
def test_a_trailing_tag_names_the_speaker_not_the_telling(text: str, stretch: str) -> None:
    assert _stretch(text) == stretch


@pytest.mark.parametrize(
    ("text", "stretch"),
    [
        # an aside in mid-sentence, then what is said: the subject stays the speaker
        (
            "The school board, when asked about the closures, has insisted that no teacher will lose a job.",
            "The school board, when asked about the closures, has insisted",
        ),
        ("The governor, speaking in Albany, said the budget was balanced.", "The governor, speaking in Albany, said"),
        # a subject and its verb with a clause after it: as before
        ("Local officials said the road would be closed until spring.", "Local officials said"),
        # a pronoun or a preposition after the verb is its object, not a speaker set after it
        ("The committee, of course, argues it needs more time.", "The committee, of course, argues"),
        # an adverb after the last comma is no speaker; the name before it is
        ("Senator Jane Ortiz, D-Ore., also called for his resignation on Friday.", "Senator Jane Ortiz, D-Ore., also called for"),
        # a name and its description that open the sentence are its subject
        (
            "Norway, a founding member of the alliance, voiced doubts about the mission.",
            "Norway, a founding member of the alliance, voiced",
        ),
        # a verb of doing after a name and its description: the name is the subject, no speaker comes after the verb
        (
            "Maria Lopez, the mayor's chief rival, called for a recount late on Tuesday.",
            "Maria Lopez, the mayor's chief rival, called for",
        ),
        # a subject of its own after the verb: what is told, not a speaker set after it
        ("Martha Kline, 71, of Dayton, Ohio, told the paper she lost her savings.", "Martha Kline, 71, of Dayton, Ohio, told"),
        # an opening phrase is no name set before a description
        ("On Monday, the city council quietly called on residents to conserve water.", "the city council quietly called on"),
    ],
)
def test_a_verb_followed_by_what_is_said_is_no_trailing_tag(text: str, stretch: str) -> None:
    assert _stretch(text) == stretch


def test_say_set_off_by_commas_is_no_tag() -> None:
    # "say" as "for example": no speaker comes after it
    text = "Shortages can spread from one or two goods — lumber, say, or steel — to the whole economy."
    assert not _stretch(text).startswith("say")
