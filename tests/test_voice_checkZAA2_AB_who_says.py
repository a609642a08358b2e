"""Who says what, checks ZAA2 (IR-4, OP-8) and AB/AB2 (ME-18/ME-19, CR-10, ME-9), from new sentences of the same
structures.

- IR-4: "argue" with nothing it reports ("customers talked and argued like family") tells a quarrel: no reporting
  verb, so it is no evidence word of the attributed share.
- OP-8: "X describes <gerund clause>" gives X's account of all of it, and an opening "In an op-ed …," says where X
  said it: the sentence attributes the claim, as "…, an official wrote" does; a tag that still calls a quoted sentence
  own voice says that its tone is counted with quotations.
- ME-18/ME-19: a quotation closed with a stop, then a sentence that only says who spoke ("Mueller said from the
  podium."), is that speaker's quotation.
- CR-10: a short verbless question on a line of its own ("Stuck in a corner?") is a subhead, not the outlet's tone.
- ME-9: "It merely reiterated what has already been known" is the outlet's account, no one's words reported.
"""

from __future__ import annotations

import polars as pl
import pytest

from contrast.config import Lenses
from contrast.metrics.attribution import attribute, attribution_lexicon, attribution_matcher, statement_speakers
from contrast.metrics.voice import OWN, REPORTED, sentence_voices
from contrast.report.said import ATTRIBUTES, WITHIN, fact_voices, voice_tag
from contrast.schema import SENTENCE_INDEX, SOURCE_ID, TEXT
from contrast.segment import is_heading


def _kind(sentence: str) -> str:
    return sentence_voices([sentence])[0].kind


# IR-4 ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "At the corner bar, regulars laughed and argued late into the night.",
        "The two senators argued for hours over the wording of the bill.",
        "Upstairs, the cousins shouted and argued.",
    ],
)
def test_argue_with_nothing_it_reports_is_a_quarrel_not_a_report(sentence: str) -> None:
    assert _kind(sentence) == OWN


def test_a_quarrel_is_no_evidence_word_of_an_attributed_sentence() -> None:
    for sentence, verbs in (
        ("As the coach delivered the news that the club “would not be sold” and offered the fans a new stadium, there "
         "was loud cheering in the crowded pub, where regulars talked and argued like brothers.", []),
        ("The owner said the club “would not be sold,” and in the pub regulars talked and argued like brothers.", ["said"]),
    ):
        attributed, _, shown = attribute(sentence, attribution_matcher(attribution_lexicon(Lenses())).find(sentence))
        assert attributed  # the quotation is still someone's
        assert [hit.cue.lower() for hit in shown if hit.category.startswith("verb.")] == verbs


@pytest.mark.parametrize(
    "sentence",
    [
        "He argued that the plan would fail.",
        "The lawyers argued the case before the court.",
        "“That is simply wrong,” she argued with reporters.",
        "Critics spent weeks attacking the mayor, arguing he had wasted the surplus.",
    ],
)
def test_argue_with_what_it_reports_still_reports(sentence: str) -> None:
    assert _kind(sentence) != OWN


# OP-8 ---------------------------------------------------------------------------------------------------------------

_WIRE = (
    "Several senior aides to the governor have been quietly working from inside to stall parts of his budget to shield "
    "the state from his worst impulses, an unnamed aide wrote in the Harbor Ledger on Friday."
)
_PAPER = (
    "The anonymous essay, printed on Friday by the Harbor Ledger, was said to be the work of a senior aide, who claimed a "
    "group was at work to stall the governor's budget and “his worst impulses” until he leaves office."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "In an unsigned essay printed in the Harbor Ledger Friday, a senior aide to the governor describes working with "
        "other members of the ‘quiet cabinet’ to stall the governor’s ‘worst impulses.’",
        "In a letter published by the Harbor Ledger on Friday, a senior aide describes working with other staff to stall "
        "the governor’s budget and his “worst impulses.”",
    ],
)
def test_an_account_given_in_a_gerund_clause_attributes_the_claim(sentence: str) -> None:
    assert fact_voices([_PAPER, _WIRE, sentence], [True, True, True])[2] == ATTRIBUTES


def test_a_quoted_sentence_within_its_own_telling_says_where_its_tone_is_counted() -> None:
    assert "tone counted with quotations" in voice_tag(WITHIN, attributed=True)
    assert "tone" not in voice_tag(WITHIN, attributed=False)


# ME-18 / ME-19 ------------------------------------------------------------------------------------------------------


def _speakers(sentences: list[str]) -> dict[int, object]:
    frame = pl.DataFrame({SOURCE_ID: ["s"] * len(sentences), SENTENCE_INDEX: list(range(len(sentences))), TEXT: sentences})
    return statement_speakers(frame, Lenses())  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        (
            ["The chief justice weighed every word at the lectern.",
             "\"Under the rules of this court, a sitting judge may not be sued over a ruling he made on the bench.\"",
             "Roberts said from the lectern."],
            "Roberts",
        ),
        (
            ["The hearing ended early.",
             "“No member of the board will be paid a bonus while the audit is still open.”",
             "Chairwoman Ellen Park added on Thursday."],
            "Ellen Park",
        ),
    ],
)
def test_a_quotation_followed_by_a_bare_attribution_is_that_speakers(sentences: list[str], name: str) -> None:
    said = _speakers(sentences)
    quoted = 1
    found = said.get(quoted)
    assert found is not None and found.name is not None and found.name.endswith(name.split()[-1])  # type: ignore[attr-defined]


def test_a_quotation_followed_by_a_sentence_with_content_is_not_given_its_speaker() -> None:
    said = _speakers([
        "The hearing ended early.",
        "“No member of the board will be paid a bonus while the audit is still open.”",
        "Chairwoman Ellen Park said the audit would finish in May.",
    ])
    found = said.get(1)
    assert found is None or found.name is None  # type: ignore[attr-defined]


# CR-10 / ME-9 -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["Backed into a corner?", "Burden or achievement?", "A new era for the alliance?"])
def test_a_short_verbless_question_on_its_own_line_is_a_subhead(line: str) -> None:
    assert is_heading(line, own_line=True)


@pytest.mark.parametrize(
    "line", ["Is this the end?", "Why now?", "You think so?", "But will the House act?", "Kooky, right?", "Backed into a corner."]
)
def test_a_full_question_or_a_sentence_on_its_own_line_stays_prose(line: str) -> None:
    assert not is_heading(line, own_line=True)


def test_a_question_inside_a_paragraph_stays_prose() -> None:
    assert not is_heading("Backed into a corner?", own_line=False)


@pytest.mark.parametrize(
    "sentence",
    [
        "The briefing only reiterated what had long been known to investigators.",
        "Her speech merely reiterated what was already reported by the committee.",
    ],
)
def test_saying_what_was_already_known_is_the_outlets_account(sentence: str) -> None:
    assert _kind(sentence) == OWN


def test_reiterating_what_someone_said_still_reports() -> None:
    assert _kind("She reiterated that the plan was dead.") == REPORTED


# AB CR-33 -----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("“We have been told the governor plainly has the power to do it,” he said, in a reply to a question that suggests "
         "the state has studied the matter.", "suggests"),
        ("“We may well lose the vote,” the mayor said, when asked whether the council would perhaps delay the plan.",
         "perhaps"),
    ],
)
def test_the_occasion_after_a_trailing_report_is_the_outlets(sentence: str, word: str) -> None:
    from contrast.metrics.voice import cue_context

    start = sentence.index(word)
    assert cue_context(sentence_voices([sentence])[0], sentence, start, start + len(word)) == OWN


def test_what_the_speaker_says_after_the_occasion_stays_theirs() -> None:
    from contrast.metrics.voice import cue_context

    sentence = "The mayor said, in a reply to a question, that the council could perhaps delay the plan."
    start = sentence.index("perhaps")
    assert cue_context(sentence_voices([sentence])[0], sentence, start, start + len("perhaps")) != OWN


# ZAA2 IR-13 ---------------------------------------------------------------------------------------------------------


def _context(sentence: str, word: str) -> str:
    from contrast.metrics.voice import cue_context

    start = sentence.index(word)
    return cue_context(sentence_voices([sentence])[0], sentence, start, start + len(word))


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Even though the danger of a wider strike appeared to fade for now, Senator Ana Ruiz announced that the "
         "chamber would vote on Friday.", "appeared to"),
        ("Although the storm seemed likely to weaken overnight, Governor Ana Ruiz warned that the coast could still "
         "flood.", "likely"),
    ],
)
def test_a_leading_concession_before_the_reporting_clause_is_the_outlets(sentence: str, word: str) -> None:
    assert _context(sentence, word) == OWN


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # what the speaker announced or warned, after the verb, stays theirs
        ("Although the storm seemed likely to weaken overnight, Governor Ana Ruiz warned that the coast could still "
         "flood.", "could"),
        # a tag that ends the sentence takes in all before it
        ("Although the storm seemed likely to weaken overnight, the coast could still flood, Governor Ana Ruiz said.",
         "likely"),
    ],
)
def test_what_is_reported_around_a_concession_stays_reported(sentence: str, word: str) -> None:
    assert _context(sentence, word) != OWN
