"""Whose word it is, check AA (OP, DP): the outlet's own narration, what an author is reported to argue, and who speaks.

OP-3/OP-4: a slanted verb by which the outlet narrates what its subject did ("bashed the New York Times", "fumed on
Thursday in a tweet", "lashed out at the Times") stands outside any reported content, so it is the outlet's word even
when the sentence also quotes or reports that subject. The sentences here are new ones of the same structures.
"""

from __future__ import annotations

import pytest

from contrast.metrics.voice import OWN, REPORTED, cue_context, sentence_voices


def _context(sentence: str, word: str) -> str:
    """The context of the first ``word`` in ``sentence`` read alone, as a verb casting how someone spoke."""
    start = sentence.index(word)
    return cue_context(sentence_voices([sentence])[0], sentence, start, start + len(word), verb=True)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # a second act of the subject after a quoted label, the first act opened by a participle of asking
        ("Questioned about the leak at a rally, the governor called it a “cowardly stunt,” slammed the Ledger as "
         "“dishonest,” and listed the jobs that he said his plan had created.", "slammed"),
        # an act narrated first, with a quotation of what was written after it
        ("She bristled on Monday in a post that the “critics and their friends in the press are out of control.”",
         "bristled"),
        # two acts joined by "and", then a participle with its own quotation
        ("The mayor mocked the audit as “partisan, plain and simple” and lashed out at the council for ordering it, "
         "insisting “they never liked me and I never liked them”.", "lashed out"),
        ("The mayor mocked the audit as “partisan, plain and simple” and lashed out at the council for ordering it, "
         "insisting “they never liked me and I never liked them”.", "mocked"),
        # a headline-like clause: the act narrated, a report only in a relative clause after it
        ("Protests grow as the senator lashes out over a leaked memo, which describes a secret deal with donors",
         "lashes out"),
    ],
)
def test_a_slanted_verb_narrating_an_act_is_the_outlets(sentence: str, word: str) -> None:
    assert _context(sentence, word) == OWN


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # inside what someone said: the saying comes first and the slanted verb has a subject of its own
        ("The aide said reporters bashed the plan before reading it.", "bashed"),
        ("The aide said that the governor fumed for an hour and then left.", "fumed"),
        # a report after it that attributes the whole sentence
        ("The governor lashed out at the council on Monday, aides said.", "lashed out"),
    ],
)
def test_a_slanted_verb_inside_what_is_reported_stays_reported(sentence: str, word: str) -> None:
    assert _context(sentence, word) == REPORTED


@pytest.mark.parametrize(
    "sentence",
    [
        # OP-7: an author's stipulation, praise and argument, in a new sentence of the same structure
        "The columnist stipulates that she is no friend of the “old guard” and praises some of the council’s work, "
        "including the new parks and lower fees, but argues that those gains came “in spite of the mayor.”",
        "The report’s author stipulated that the data were incomplete.",
    ],
)
def test_what_an_author_stipulates_is_reported_not_the_outlets_voice(sentence: str) -> None:
    assert sentence_voices([sentence])[0].kind == REPORTED


def _loaded_context(sentence: str, word: str) -> str:
    """The context of ``word`` as the loaded-language lens reads a non-verb cue (a charge may be the critic's)."""
    start = sentence.index(word)
    return cue_context(sentence_voices([sentence])[0], sentence, start, start + len(word), charge=True)


@pytest.mark.parametrize(
    "sentence",
    [
        # DP-3: a passive report with no agent names no one whose words these could be
        "The press is often accused of exaggerating the governor's reckless habits on television.",
        "Newspapers were widely criticized for ignoring the mayor's reckless spending.",
    ],
)
def test_a_word_after_a_passive_report_with_no_agent_is_the_outlets(sentence: str) -> None:
    assert _loaded_context(sentence, "reckless") == OWN


@pytest.mark.parametrize(
    "sentence",
    [
        "He was accused by rivals of reckless spending.",
        "Rivals accused him of reckless spending.",
        "The press is often accused of “reckless” coverage, the mayor said.",
    ],
)
def test_a_charge_whose_accusers_are_named_stays_theirs(sentence: str) -> None:
    assert _loaded_context(sentence, "reckless") != OWN


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        # OP-7: the outlet's own main clause, with a relative clause on a work that reports what the work says
        ("The fierce rebuke came a day after the Herald printed parts of Jane Roe’s scathing memoir Exit, which "
         "portrays the mayor as vain and careless.", "which portrays the mayor as vain and careless."),
        ("The audit, which describes the agency as chaotic, was released on Monday.", "which describes the agency as chaotic"),
    ],
)
def test_a_relative_clause_on_a_work_that_reports_leaves_the_main_clause_the_outlets(sentence: str, reported: str) -> None:
    voice = sentence_voices([sentence])[0]
    assert voice.kind == OWN
    assert [sentence[a:b] for a, b, kind in voice.clauses if kind == REPORTED] == [reported]


def test_a_main_clause_that_reports_stays_reported_beside_a_relative_clause() -> None:
    assert sentence_voices(["The audit, which describes the agency as chaotic, said that it must change."])[0].kind == REPORTED
