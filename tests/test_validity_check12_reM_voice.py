"""The validity suite, continued: the false voice, attribution and certainty findings check12-reM left (the New York
Times, Fox News and HuffPost on Mike Huckabee's 2016 bid, HB-, and on Newsweek's Michele Bachmann cover, BN-), the half
of check12-reK CS-24 not yet fixed (the New York Times on the day after the 2017 Alexandria shooting) and check12-reL
CH-23 (Fox News on the Cheney sisters). Sentences are written here in the shape of the ones misread, not copied.

- HB-17, HB-21: ", suggesting (as recently as February) that …" after a clause whose subject is a person is what that
  person suggested: the clause was scored as the outlet's own tone, and its "suggesting" counted as the outlet's hedge.
- BN-22: a declarative sentence ending in a quoted question ("… one blogger asking, "Can anyone …?"") was dropped from
  the attributed statements as a question, so HuffPost's only attributed statement vanished (0% attributed); the tone
  table counted it as quoted.
- BN-28: only the first reporting verb of a sentence was tallied: in "…," O'Neill said to The Daily Caller and NOW
  confirmed to FoxNews.com on Tuesday." the second reporter's "confirmed" (with its own subject) was not, so "Endorsing:
  confirmed" read "no verb from the list" for Fox News.
- CS-24 (check12-reK, the half left): the outlet's own trailing comment on a report was filed as the reported speech,
  so its hedges went to the quotations row: "Elected officials accused one another of hypocrisy …, perhaps a bit more
  gently than they might have on a typical weekday." and "“What's the half-life?” asked Senator Roger Wicker, …,
  appraising how long the comity might last." ("appraising" describes the question; it is no verb of speech).
- CH-23 (check12-reL): Fox's "has taken to Facebook to blast her older sibling … for …" was no blame verb, so "Alarm and
  blame" read "no verb from the list" for the one outlet whose verb was the strongest.
"""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.certainty import certainty_lexicon, certainty_matcher
from contrast.metrics.voice import OWN, REPORTED, sentence_voices
from tests.test_reporting_participles import _first, _verbs
from tests.test_validity_check10_recheck import _context


def _certainty(sentence: str) -> list[str]:
    return [h.cue.lower() for h in certainty_matcher(certainty_lexicon(Lenses())).find(sentence)]


# --- HB-17, HB-21: a participle of suggesting whose understood subject is a person ------------------------------------

SUGGESTED = [
    "Mr. Roe opposes the new tax, suggesting as recently as February that it is a burden akin to a fine.",
    "Mr. Roe opposes the new tax, suggesting that it is a burden akin to a fine.",
    "She backs the plan, suggesting last week that critics are afraid of change.",
    "The former governor rejects the deal, suggesting in an interview that it is a disgrace.",
]


@pytest.mark.parametrize("sentence", SUGGESTED)
def test_a_persons_suggesting_clause_is_reported_and_out_of_the_outlets_tone(sentence: str) -> None:
    voice = sentence_voices([sentence])[0]
    assert voice.kind == REPORTED
    at = sentence.index("suggesting")
    assert voice.kind_at(0) == OWN  # the main clause stays the outlet's words
    assert voice.kind_at(at) != OWN and voice.kind_at(len(sentence) - 5) != OWN


@pytest.mark.parametrize("sentence", SUGGESTED)
def test_a_persons_suggesting_is_no_hedge_of_the_outlets(sentence: str) -> None:
    assert "suggesting" not in _certainty(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Data rose sharply in March, suggesting that the economy would slow.",
        "Support for the senator fell, suggesting that voters have tired of him.",
        "Mr. Roe lost the Iowa caucuses, suggesting that his appeal is narrow.",
        "Mr. Roe was defeated in Iowa, suggesting that his appeal is narrow.",
        "Prices fell, suggesting demand is weak.",
    ],
)
def test_an_inference_from_evidence_or_an_outcome_stays_the_outlets_hedge(sentence: str) -> None:
    assert sentence_voices([sentence])[0].kind == OWN
    assert "suggesting" in _certainty(sentence)


# --- BN-22: a statement that reports a question is a statement --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Critics are already crying foul over the cover, with some saying it makes her look "crazy" and one blogger '
        'asking, "Can anyone really say with a straight face that the media is not biased?"',
        "A blogger on the Web site Freedom's Lighthouse said, “Can anyone really say with a straight face that the media "
        "is fair?”",
        "“What’s the half-life of this comity?” asked Senator John Roe, a Republican from Ohio.",
    ],
)
def test_a_sentence_reporting_a_quoted_question_is_an_attributed_statement(text: str) -> None:
    statement, attributed, *_ = _first(text)
    assert statement and attributed


@pytest.mark.parametrize(
    "text",
    [
        "Who has ever called a man 'The King of Rage?'",
        '"Well, we will have to take a look at that, won\'t we?"',
        "Why did the magazine choose a photo that makes her look “crazy”?",
        "Is this what the senator meant when he asked, “Who will pay for it?”",
        "Did anyone ask the governor, “What will you do about the deficit?”",
    ],
)
def test_a_question_asked_by_the_outlet_or_quoted_alone_is_no_statement(text: str) -> None:
    statement, *_ = _first(text)
    assert not statement


# --- BN-28: a second reporting verb with its own subject, joined to the first ------------------------------------------


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        ('"They are basically casting her as a villain," Jane Roe said to The Daily Planet and NOW confirmed to '
         "FoxNews.com on Tuesday.", {"verb.neutral", "verb.factive"}),
        ("Jane Roe said on Monday and the White House confirmed on Tuesday that the talks would resume.",
         {"verb.neutral", "verb.factive"}),
        ("“It is over,” Roe told reporters and his spokesman later admitted it to the Times.",
         {"verb.neutral", "verb.concede"}),
    ],
)
def test_a_second_reporting_verb_with_its_own_subject_is_tallied(text: str, verbs: set[str]) -> None:
    assert _verbs(text) == verbs


def test_the_second_reporters_kind_counts_as_well() -> None:
    _, _, kind, _, also, _ = _first(
        "“It is over,” Jane Roe, a farmer, said to The Daily Planet and the White House confirmed to FoxNews.com on Tuesday."
    )
    assert kind == "speaker.ordinary"
    assert "speaker.official" in also


@pytest.mark.parametrize(
    "text",
    [
        # what the first verb reports, not a second report
        "Jane Roe said Doe and Smith confirmed the deal.",
        "Jane Roe said that the talks failed and the White House confirmed it.",
        "Jane Roe said the plan would fail and the council confirmed its doubts.",
    ],
)
def test_a_verb_inside_what_the_first_verb_reports_is_not_tallied(text: str) -> None:
    assert _verbs(text) == {"verb.neutral"}


# --- CS-24: the outlet's own comment trailing a report ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Elected officials accused one another of hypocrisy and selective memory, perhaps a bit more gently than they "
         "might have on a typical weekday.", "perhaps"),
        ("Elected officials accused one another of hypocrisy and selective memory, perhaps a bit more gently than they "
         "might have on a typical weekday.", "might"),
        ("“What’s the half-life?” asked Senator John Roe, Republican of Ohio, appraising how long the calm might last.",
         "might"),
        ("“It may pass,” said Jane Roe, a farmer, shaking her head as if the vote might go either way.", "might"),
    ],
)
def test_the_outlets_comment_after_a_report_is_its_own(sentence: str, word: str) -> None:
    assert _context(sentence, word) == OWN


@pytest.mark.parametrize(
    ("sentence", "suggested"),
    [
        # CS-24's fourth word: the reporting verb after the quotation, its speaker after it ("suggested Representative …")
        ("“Maybe with a little more time, the teams would be mixed,” suggested Representative John Roe, Democrat of Ohio.",
         False),
        ("“The talks could resume,” suggested Ms. Roe.", False),
        ("“The talks could resume,” she suggested.", False),
        # evidence after its quotation still hedges
        ("“Voters are tired,” suggested a new poll by the university.", True),
    ],
)
def test_a_suggestion_after_its_quotation_is_the_named_speakers(sentence: str, suggested: bool) -> None:
    assert ("suggested" in _certainty(sentence)) is suggested


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("He said the economy would grow this year, perhaps faster than most forecasters might expect.", "might"),
        ("“We will win,” said John Roe, adding that the race might be close.", "might"),
        ("“We will win,” said John Roe, joking that the race might be close.", "might"),
        ("“We will win,” said John Roe, pointing to polls that might be wrong.", "might"),
        ("“We will win,” said John Roe, speaking of a race that might be close.", "might"),
    ],
)
def test_what_the_speaker_goes_on_to_say_stays_reported(sentence: str, word: str) -> None:
    assert _context(sentence, word) == REPORTED


# --- CH-23: "blast" someone is blame; a blast, "blasted off", "blasted out" an email are not ---------------------------


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        ("Mary Roe, one of the former governor's two daughters, has taken to Facebook to blast her older sibling, Jane, a "
         "Senate candidate, for the latter's stance on same-sex marriage, The New York Times is reporting.",
         {"verb.alarm", "verb.neutral"}),
        ("Senator Roe blasted the president for his handling of the crisis.", {"verb.alarm"}),
        ("Roe blasts her rivals in a new television ad.", {"verb.alarm"}),
    ],
)
def test_blasting_someone_is_an_alarm_and_blame_verb(text: str, verbs: set[str]) -> None:
    assert _verbs(text) == verbs


@pytest.mark.parametrize(
    "text",
    [
        "A blast at the chemical plant killed two workers on Tuesday.",
        "The rocket blasted off from Cape Canaveral on Tuesday morning.",
        "The campaign blasted out an email to its supporters on Monday.",
        "Workers blasted the rock face to clear the new road.",
        "Police blasted the door open and entered the house.",
        "Neighbors blasted the music until midnight every night.",
    ],
)
def test_a_blast_and_literal_blasting_report_no_one(text: str) -> None:
    assert sentence_voices([text])[0].kind == OWN
