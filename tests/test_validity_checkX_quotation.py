"""Check X (groups MU, HC): quoted speech or a quoted document that runs over several sentences or paragraphs is the
speaker's to its end, not the outlet's own voice after its first sentence; and the handout teaches no word a source
prints only inside quotation marks as that source's word.

- HC-3/HC-4: NPR's "Trump issued his much-quoted summary of immigrants: ¶ "When Mexico sends its people, … They're
  rapists. And some, I assume, are good people. "It's coming from more than Mexico. …" had seven sentences of Trump's
  speech (its "I assume" too) in NPR's own voice: the quotation ran past ``MAX_CARRY`` sentences before its next mark.
- MU-5: Vox's "Barr continues, in a critical paragraph: ¶ Instead, … could be viewed as obstruction." set out Barr's
  letter without quotation marks, a block quotation; its "could be" and "law" were Vox's own.
- HC-7: "hate", printed by Vox only inside quotation marks as Trump's ("saying they 'hate' the United States"), was
  taught on the handout as Source A's word.

Each rule is tested on new sentences of the same structure, and on the sentences it must leave alone.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from contrast.metrics.voice import OWN, QUOTED, REPORTED, Voice, sentence_voices
from contrast.report.handout.model import Excerpt, HandoutEvent, SourceTag
from contrast.report.handout.questions import BASE_VOCABULARY, unquoted_strong_words, vocabulary


def _voices(paragraphs: list[list[str]]) -> list[Voice]:
    """The voices of the sentences of ``paragraphs``, read with their paragraph breaks."""
    texts = [text for paragraph in paragraphs for text in paragraph]
    breaks = [i > 0 and j == 0 for i, paragraph in enumerate(paragraphs) for j, _ in enumerate(paragraph)]
    return sentence_voices(texts, breaks=breaks)


def _kinds(paragraphs: list[list[str]]) -> list[str]:
    return [voice.kind for voice in _voices(paragraphs)]


# --- (a) a quotation left open runs on until its next mark ---------------------------------------------------------

SPEECH = [
    "\"We came here with nothing, and we built this town.",
    "They tell us we are finished.",
    "They tell us to leave.",
    "They said the mill would never reopen.",
    "The mill reopened.",
    "The bank said the loans would never come.",
    "The loans came.",
    "Some of them, I suppose, meant well.",
]


def test_a_speech_that_runs_past_six_sentences_to_its_next_mark_is_quoted_throughout() -> None:
    """The scrape set the speech's next paragraph, opening with its mark, in the same paragraph."""
    kinds = _kinds([["Opening her campaign in the square, the mayor gave her much-quoted account of the town:"],
                    [*SPEECH, "\"Nobody is leaving.", "Not one of us.\""],
                    ["The speech was printed in every paper the next morning."]])
    assert kinds[1:11] == [QUOTED] * 10
    assert kinds[11] == OWN


def test_a_long_quoted_paragraph_without_a_close_runs_on_into_the_next_paragraph_that_opens_with_a_mark() -> None:
    """News style: each paragraph of a quotation opens with a mark, and only the last one closes."""
    letter = [
        "\"The committee reviewed the contracts over four months.",
        "The contracts were signed without a tender.",
        "The prices were set by the supplier.",
        "The board was not told of the terms.",
        "Two members objected in writing.",
        "Their objections were not minuted.",
        "The chair signed the final contract alone.",
        "The auditors could not find the approval.",
    ]
    kinds = _kinds([["The auditors' letter to the council reads:"], letter,
                    ["\"We recommend that the contracts be reviewed again.\""], ["The council meets on Monday."]])
    assert kinds[1:10] == [QUOTED] * 9
    assert kinds[10] == OWN


def test_a_stray_mark_does_not_carry_the_outlets_narration_into_a_quotation() -> None:
    """A mark opened mid-sentence, then the outlet's third-person narration for seven sentences, then a new quotation:
    the narration is no one's speech, and stays the outlet's."""
    kinds = _kinds([[
        "The council called the plan \"a betrayal of the town.",
        "The vote was held on Tuesday.",
        "The motion passed by five votes to four.",
        "The plan now goes to the county.",
        "The county board meets in March.",
        "Its chair has not said how she will vote.",
        "The mill's owners declined to comment.",
        "The union meets on Friday.",
        "\"We will fight this,\" the union's leader said.",
    ]])
    assert kinds[1:8] == [OWN] * 7


# --- (b) a block quotation after a lead that names a speaker going on, or a document ------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "The judge continues, in the decisive passage of the ruling:",
        "Ms. Ortiz went on:",
        "The memo reads, in part:",
        "Here is the full text of the statement:",
        "In the governor's own words:",
        "The coach answered with a short statement to the club's members:",
    ],
)
def test_a_paragraph_after_a_lead_that_names_speech_or_a_document_is_the_speakers(lead: str) -> None:
    kinds = _kinds([[lead],
                    ["In these circumstances the claims could be viewed as premature.",
                     "The question of law may be raised again on appeal."],
                    ["The ruling is likely to be appealed, lawyers for both sides said."],
                    ["That could take a year."]])
    assert kinds[1:3] == [REPORTED, REPORTED]
    assert kinds[4] == OWN


@pytest.mark.parametrize(
    "lead",
    [
        "Here's what we know:",
        "Here are a few key takeaways from the hearing:",
        "Here's a summary of the bill:",
        "In other words:",
        "Our original post continues:",
        "An excerpt from my review of the report:",
        "WATCH THE FULL STATEMENT:",
        "The statement came after three events:",
        "Also read:",
        "The fight continues:",
        "He continued to push back on Twitter:",
        "The following account is based on the police report and the mayor's statement:",
    ],
)
def test_a_lead_that_introduces_a_list_a_link_or_the_writers_own_words_sets_out_no_quotation(lead: str) -> None:
    kinds = _kinds([[lead], ["The deal could be signed next week.", "It may cost more than planned."]])
    assert kinds[1:3] == [OWN, OWN]


def test_when_the_outlet_reports_again_right_after_a_lead_that_only_names_a_document_nothing_was_set_out() -> None:
    """The lead names a statement, but the next paragraph is the outlet reporting (the statement was an embed the
    scrape lost): that paragraph is the outlet's report, not a block of the statement."""
    blocks = [voice.block for voice in _voices([["The coach answered with a short statement to the club's members:"],
                      ["Later the coach told reporters that the club would appeal the fine."]])]
    assert blocks == [False, False]


# --- (c) the handout's words to know are the sources' own, not words they print only inside quotation marks -------


def _tag(letter: str) -> SourceTag:
    return SourceTag(letter=letter, name=f"Source {letter}", origin=None, title="", border="solid")


def _event(*texts: tuple[str, str]) -> HandoutEvent:
    excerpts = tuple(Excerpt(_tag(letter), text, False, False, "en", None, False) for letter, text in texts)
    return HandoutEvent(number=1, about=SimpleNamespace(text=""), reach="", excerpts=excerpts)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The senator kept up his attacks on the board, saying its members 'hate' the farmers.", "hate"),
        ("The minister said the strike was \"a disaster\" for the country's hospitals.", "disaster"),
        ("Protesters called the ruling “evil” outside the courthouse on Monday.", "evil"),
    ],
)
def test_a_word_printed_only_inside_quotation_marks_is_the_speakers(sentence: str, word: str) -> None:
    assert word not in {w for w, _ in unquoted_strong_words(sentence)}
    taught = [w.term for w in vocabulary([_event(("A", sentence), ("B", "The board met on Monday."))], ())]
    assert word not in taught[len(BASE_VOCABULARY):]


def test_a_word_the_source_uses_in_its_own_words_is_still_taught() -> None:
    sentence = "The strike was a disaster for the hospitals, and the minister called it \"a disaster\" too."
    assert "disaster" in {w for w, _ in unquoted_strong_words(sentence)}
    taught = [w.term for w in vocabulary([_event(("A", sentence), ("B", "The board met on Monday."))], ())]
    assert "disaster" in taught[len(BASE_VOCABULARY):]
