"""Check Z (group Z, never seen before): four readings that printed false findings.

* Tone (PU-17/18): a lone capitalised feeling word used as a predicate, the emphatic capitals of a tweet ("the Fake
  News is going Crazy!"), is no name: the score counts it and the key lists it among the words the score reacts to.
* Frames (PU-40): a profession's "community" ("the intelligence community") is an institution, no quality-of-life cue.
* Speakers (IR-33): a named person an appositive calls by a trade or station in life, after an age or not ("said Dan,
  35, a warehouse manager"), is an ordinary person.
* Cleaning (IR-23): a live blog's bare time stamp alone on its line ("11:48 a.m. EST") goes.
"""

from __future__ import annotations

import pytest

from contrast.clean import clean_text
from contrast.metrics.vader import rated_words, set_aside_words
from tests.test_frames_public_doubt import _frames
from tests.test_speaker_own_role import _kind_of

# --- tone: a capitalised predicate is a feeling word, not a name ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Sadly, the ratings are not being shown that way—the Failing Times is going Broke!", "Broke"),
        ("The whole thing is so Sad.", "Sad"),
        ("Our border is very Dangerous, and nobody talks about it.", "Dangerous"),
        ("The Democrats look Weak, and they know it!", "Weak"),
        ("Their candidate became Nasty.", "Nasty"),
    ],
)
def test_a_capitalised_predicate_counts(sentence: str, word: str) -> None:
    assert word in [w for w, _ in rated_words(sentence)]
    assert word not in set_aside_words(sentence)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # a name stays a name: mid-sentence alone, after a preposition, or inside a multi-word name
        ("The statement came from former Sen. Jim Talent.", "Talent"),
        ("The prize went to Joy, who thanked her coach.", "Joy"),
        ("The Fake News Awards were announced.", "Fake"),
        ("She said Hope had left the White House.", "Hope"),
        # a name after a linking verb: punctuation between, a relative clause after, a deity, "more" counting things
        ("So, Darling set out on a mission to fix it.", "Darling"),
        ("The company's fiercest rival is Amazon, which keeps growing.", "Amazon"),
        ("In the end it is God, not us, who decides.", "God"),
        ("Click here for more Energy in America stories.", "Energy"),
    ],
)
def test_a_name_is_still_set_aside(sentence: str, word: str) -> None:
    assert word in set_aside_words(sentence)


# --- frames: a profession's community ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Senators pressed him to side with the intelligence community’s assessment.",
        "The scientific community has long rejected the claim.",
        "Leaders of the business community met the governor on Tuesday.",
        "The diplomatic community in Baghdad was told to stay indoors.",
    ],
)
def test_a_professions_community_is_no_quality_of_life_cue(sentence: str) -> None:
    assert "quality_of_life" not in _frames(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Families in the community lost their homes to the flood.",
        "Rural communities have watched their clinics close.",
    ],
)
def test_a_community_of_neighbours_stays_a_cue(sentence: str) -> None:
    assert "quality_of_life" in _frames(sentence)


# --- speakers: a named person called by a trade or station in life --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“We were scared for a week,” said Marta, 42, a hospital cleaner and Biden voter in this small mill town.",
        "Jorge Ruiz, the bakery owner who opened his shop in 1998, said he had never seen prices like these.",
        "“They forgot about us,” said Ed Kowalski, 71, a retired member of the steelworkers union.",
        "“I want my son home,” said Lena Park, 58, a retired county hospital nurse.",
        "“The lines were long,” said Omar Haddad, 24, a graduate student.",
    ],
)
def test_a_person_called_by_a_trade_is_ordinary(text: str) -> None:
    assert _kind_of(text, text[:3]) == "speaker.ordinary"


@pytest.mark.parametrize(
    "text",
    [
        "“It will pass,” said Jane Doe, a member of the House Armed Services Committee.",
        "“It will pass,” said Ann Kim, a spokeswoman for the company.",
        "“It will pass,” said Sam Ortiz, the owner of the Dallas Cowboys.",
    ],
)
def test_an_office_or_a_firm_is_no_ordinary_person(text: str) -> None:
    assert _kind_of(text, text[:3]) != "speaker.ordinary"


# --- cleaning: a bare live-blog time stamp --------------------------------------------------------------------------


def test_bare_live_blog_stamps_are_removed() -> None:
    text = "\n\n".join([
        "Here are the latest updates from the Senate floor:",
        "3:12 p.m. EST",
        "Vote delayed again",
        "The Senate postponed the vote until Thursday, leaders said.",
        "2:58 p.m. ET",
        "9.45 a.m.",
        "The session opened at 9:30 a.m. with a prayer.",
    ])
    kept = clean_text(text, title="Senate live").text
    assert "3:12" not in kept and "2:58" not in kept and "9.45" not in kept
    assert "The Senate postponed the vote until Thursday, leaders said." in kept
    assert "The session opened at 9:30 a.m. with a prayer." in kept
