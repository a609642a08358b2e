"""Whose voice, checks AH and AI, from new sentences of the same structure as the ones the blind checkers found.

- A quotation opening a sentence is its speaker's even when a closing "…, according to a pool report" attributes the
  whole sentence (IQ-12): the sentence attributes the quoted claim, as the same quotation with "… told …" does.
- A report's verb covers its own clause only: ", and they helped organize …" after what the speakers argued is the
  outlet's account of their deeds (WI-9, WI-49), so a fact told there is stated, and a word of feeling there is the
  outlet's.
- "can be attributed in part to a quirk" (a cause) and "wrote Walker huge checks" (money) report no one (WI-15).
- "claims" is a distancing verb after its subject ("She also claims she was offered …"), not after a possessive ("her
  claims that …", a noun) (OM-35).
- A "— which …" comment after what was reported is the writer's, its hedge the writer's (SB-25).
- The hedge in what a group of experts believes or is concerned about is theirs (OM-26, SB-26).
- A bare "she said" after a sentence naming one woman with a title is hers (OM-9).
"""

from __future__ import annotations

import polars as pl
import pytest

from contrast.config import Lenses
from contrast.metrics.attribution import attribution_part, statement_speakers
from contrast.metrics.certainty import certainty_part
from contrast.metrics.voice import OWN, PARAGRAPH_START, REPORTED, paragraph_starts, sentence_voices
from contrast.report.handout.questions import felt_in_own_words
from contrast.report.said import ATTRIBUTES, STATES, fact_voices
from contrast.segment import segment


def _source(text: str) -> pl.DataFrame:
    sentences = segment({"s": text}, {"s": "o"}).sort("sentence_index")
    return sentences.with_columns(pl.Series(PARAGRAPH_START, paragraph_starts(sentences, text), dtype=pl.Boolean))


def _cues(text: str, lens: str) -> list[tuple[str, str, str | None]]:
    sentences = _source(text)
    part = (attribution_part if lens == "attribution" else certainty_part)(sentences, Lenses())
    return [(r["category"], r["cue"].lower(), r["context"]) for r in part.evidence.iter_rows(named=True)]


# --- IQ-12: "…, according to a pool report" after a quotation and its say-tag -------------------------------------


@pytest.mark.parametrize(
    ("tagged", "plain"),
    [
        (
            "“We will not back down, friends,” the mayor said at a rally downtown, according to a pool report.",
            "\"We will not back down, friends,\" the mayor told supporters at a rally downtown.",
        ),
        (
            "“This is the best economy we have ever had,” Smith said during a visit to the plant, according to reports.",
            "\"This is the best economy we have ever had,\" Smith told workers at the plant.",
        ),
    ],
)
def test_a_quotation_attributed_whole_by_according_to_is_attributed(tagged: str, plain: str) -> None:
    assert fact_voices([tagged, plain], [True, True]) == [ATTRIBUTES, ATTRIBUTES]


# --- WI-9 / WI-49: ", and they <did> …" after what they argued ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "own_words"),
    [
        (
            "Teachers argued the cuts had gone too deep, and they marched on the capitol and collected 50,000 petitions.",
            "marched on the capitol",
        ),
        ("The mayor said the company had lied to the city, and he sued the firm in March.", "sued the firm"),
        ("Farmers complained the rules were unfair, but they filed 3,000 comments before the deadline.", "filed 3,000"),
    ],
)
def test_a_joined_clause_of_the_speakers_deeds_is_the_outlets(text: str, own_words: str) -> None:
    voice = sentence_voices([text])[0]
    assert voice.kind == REPORTED
    assert voice.kind_at(text.index(own_words)) == OWN
    assert voice.kind_at(text.index("had") if "had" in text else text.index("rules")) == REPORTED


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the company had lied, and he wanted an apology.",  # a state of mind: his, back-shifted
        "Critics argued the plan would fail, and they said so again on Monday.",  # a second report
        "She said the deal was dead, and she would vote against it.",  # a modal: what she said
        "The chief said the case was closed, but he also cautioned residents to stay alert.",  # a report again
        "The judge said the filing was late, but she also made clear in court that she would hear it.",  # a report again
        "According to the poll, Smith gained five points among retirees, but he lost three among students.",  # the poll's
        "The mayor has said he won't sign the bill, and he won't veto it either.",  # "won't" is no deed
        "The coach said he disagreed with the ruling, but he respected the referee.",  # a state of mind, his
        "I asked him about the vote, and he scoffed that it was rigged.",  # a content clause: a report
        "She said sales were strong, and she speculated the rise could last all year.",  # a verb of saying
        "A deputy tried to stop the car, officials said, but he sped away.",  # the tag's account goes on
    ],
)
def test_a_joined_clause_that_may_be_said_stays_reported(text: str) -> None:
    voice = sentence_voices([text])[0]
    after = voice.attribution[1] if voice.attribution is not None else 0
    assert not [a for a, _, kind in voice.clauses if kind == OWN and a >= after > 0]


def test_a_fact_in_the_joined_clause_is_stated_not_attributed() -> None:
    stated = "Parents and teachers collected more than 50,000 petitions to force a vote on the school budget."
    joined = "Parents and teachers argued the board had gone too far, and they helped collect 50,000 petitions for a vote."
    assert fact_voices([stated, joined], [False, True]) == [STATES, STATES]


def test_a_word_of_feeling_in_the_joined_clause_is_the_outlets() -> None:
    text = "Unions argued the mayor had gone too far, and they organized angry protests outside city hall."
    assert "angry" in felt_in_own_words(text)


# --- WI-15: causes and cheques are not reports -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The drop in turnout can be attributed largely to the rain.", OWN),
        ("Much of the gap was attributed in part to a change in the tax code.", OWN),
        ("So a lot of wealthy donors, seeing the race as a test, wrote the governor huge checks.", OWN),
        ("Her uncle wrote a $1 million check to the super PAC.", OWN),
        ("The economist attributes the decline mostly to weak demand.", REPORTED),  # his explanation
        ("He wrote that the checks had bounced.", REPORTED),
        ("The senator wrote in a letter that the plan was dead.", REPORTED),
    ],
)
def test_a_cause_or_a_cheque_reports_no_one(text: str, kind: str) -> None:
    assert sentence_voices([text])[0].kind == kind
    assert bool([c for c in _cues(text, "attribution") if c[0].startswith("verb.")]) is (kind == REPORTED)


# --- OM-35: "claims", the verb and the noun ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The senator claims the memo was forged.",
        "He also claims he was never paid for the work.",
        "The complaint claims the firm broke the law.",
    ],
)
def test_claims_after_its_subject_is_a_distancing_verb(text: str) -> None:
    assert ("verb.claim", "claims", None) in _cues(text, "attribution")


@pytest.mark.parametrize(
    "text",
    [
        "She rejected his claims that the vote was rigged.",
        "The aide also disputed the senator's claims that the memo was forged.",
        "About 3 million have filed jobless claims since the plants closed in May.",
    ],
)
def test_claims_after_a_possessive_is_a_noun(text: str) -> None:
    assert not [c for c in _cues(text, "attribution") if c[0] == "verb.claim"]


@pytest.mark.parametrize("text", ["The governor denies she knew about the payments.", "He insists the plan will work."])
def test_denies_and_insists_after_their_subject_count(text: str) -> None:
    assert [c for c in _cues(text, "attribution") if c[0] == "verb.claim"]


# --- SB-25: a "— which …" comment after the report ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("The governor said she might call a special session next month -- which lawmakers would probably resist.", "probably"),
        ("The chairman has signaled he could hold a vote on Monday — which Democrats can likely block in committee.", "likely"),
    ],
)
def test_a_dash_which_comment_after_a_report_is_the_outlets(text: str, hedge: str) -> None:
    assert ("hedge", hedge, OWN) in _cues(text, "certainty")


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("The mayor said the bill — which passed in May — would likely die in committee.", "likely"),
        ("The senator said the deal could collapse, which would likely hurt farmers.", "likely"),
        ("Officials said she posted a clip of a packed station—which the police said was likely an old video.", "likely"),
        ("According to that theory, turnout fell in the north — which likely cost him the seat.", "likely"),
        ("“We will pass it on Friday,” she said, adding that it would likely be close — which she called “a fair fight.”", "likely"),
    ],
)
def test_a_which_clause_that_may_be_reported_stays_reported(text: str, hedge: str) -> None:
    assert ("hedge", hedge, REPORTED) in _cues(text, "certainty")


# --- OM-26 / SB-26: what experts believe or are concerned about --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("Many economists are concerned the tariffs could push prices higher this year.", "could"),
        ("The city chose a new design, a plan engineers believe might cut costs by half.", "might"),
        ("Health officials fear the virus may spread further in the winter.", "may"),
    ],
)
def test_a_hedge_in_what_experts_believe_is_theirs(text: str, hedge: str) -> None:
    assert ("hedge", hedge, REPORTED) in _cues(text, "certainty")


@pytest.mark.parametrize(
    "text",
    ["Experts are concerned about the cost of the program, which could rise.", "The bridge could collapse, and engineers were called."],
)
def test_a_concern_about_a_thing_holds_no_claim(text: str) -> None:
    assert ("hedge", "could", OWN) in _cues(text, "certainty")


# --- OM-9: "…,” she said." after a sentence naming one titled woman ----------------------------------------------


def test_she_said_after_a_titled_woman_is_hers() -> None:
    text = (
        "In the interview, the governor asked Ms. Alvarez Ortega why she had left the agency. She said the offer came a"
        " week after she was demoted.\n\n“They told me to go quietly,” she said.\n\nMr. Hale did not respond."
    )
    said = statement_speakers(_source(text), Lenses(), text)
    assert said[1].name == "Alvarez Ortega"
    assert said[2].name == "Alvarez Ortega" and not said[2].here


def test_he_said_after_two_titled_men_is_not_guessed() -> None:
    text = "The senator introduced Mr. Hale to Mr. Brandt at the dinner.\n\n“It was a pleasant evening,” he said."
    said = statement_speakers(_source(text), Lenses(), text)
    assert said[1].name is None


# --- OM-35, the other forms: "charged that" is an accusation reported --------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "cue"),
    [
        ("Critics have long charged that the agency was hiding the emails.", REPORTED, True),
        ("Prosecutors in the capital charged that the coup had been planned abroad.", REPORTED, True),
        ("The room was so charged that no one spoke.", OWN, False),  # a mood
        ("He was charged with fraud in May.", OWN, False),  # an indictment
    ],
)
def test_charged_that_reports_an_accusation(text: str, kind: str, cue: bool) -> None:
    assert sentence_voices([text])[0].kind == kind
    assert (("verb.alarm", "charged that", None) in _cues(text, "attribution")) is cue


def test_he_said_after_a_titled_possessive_is_the_person() -> None:
    text = "Asked about the delay, Mr. Okafor’s answer was short.\n\n“We will finish it in June,” he said."
    said = statement_speakers(_source(text), Lenses(), text)
    assert said[1].name == "Okafor"
