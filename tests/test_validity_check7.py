"""The validity suite, continued: the defects check7-new found in two real groups (Fox, the New York Times and
HuffPost on elephant trophies and on the marijuana lawsuit, 2014 and 2017), each as a table of the sentence
that was misread and its near misses, which must stay as they are.

- MJ-6/MJ-7: a quotation running over several paragraphs, reopened by no mark, lost its quoted status in a
  middle paragraph ("I take an oath of office, …"), and "They also criticized Colorado for …" was the outlet's
  own voice: both entered every own-voice figure.
- MJ-20: "Like many elected officials in Colorado, …" scored +0.36 from "like" (fondness) though it compares.
- MJ-31: "U.S." ending a paragraph and "attorney." starting the next was a mention of the United States; so
  is no office title "U.S. attorney".
- ET-26: HuffPost's own "blasted" before a quotation was filed as the quoted speaker's words, while the NYT's
  "lashed out" before one counted: the same construction must count the same.
- MJ-24: "highlighted" (Miron "highlighted the precarious nature of state marijuana laws") was a certainty
  booster; decided: it is not one (the attribution lens counts it as an endorsing verb).
"""

from __future__ import annotations

import polars as pl
import pytest

from contrast.metrics import get_metric
from contrast.metrics.vader import tone
from contrast.metrics.voice import OWN, QUOTED, REPORTED, cue_context, sentence_voices
from contrast.resources import lexicon
from tests.reportkit import make_corpus, origin_figure

# --- MJ-6: a quotation over several paragraphs ------------------------------------------------------------------

OVERMAN = [  # Fox: Sheriff Overman's quotation, one sentence a paragraph, the middle one with no mark at all
    "\"I think this is overdue, and I think other states should jump on board,\" Overman said of the lawsuit.",
    "\"I'm very frustrated.",
    "I take an oath of office, as does every other police officer in this country.",
    "I don't just get to pick and choose which laws I enforce.\"",
    "Colorado Gov. John Hickenlooper told The Denver Post he spoke with Nebraska and Oklahoma officials.",
]
TVERT = [  # HuffPost: the middle paragraph has apostrophes, no quotation mark
    "\"They are wasting their taxpayers’ dollars by filing this suit and forcing Coloradans to pick up the bill.",
    "Colorado's top law enforcement officials have better things to do and you’d think Nebraska’s would, as well.",
    "These guys are on the wrong side of history.\"",
]
MIRON = [  # HuffPost: two middle sentences, the quotation closing two paragraphs later
    "\"Federal law still prohibits marijuana, and existing jurisprudence holds that federal law trumps state law.",
    "So far, the federal government has mostly taken a hands-off approach to state legalizations, but in January "
    "2017, the country will have a new president.",
    "That person could order the attorney general to enforce federal prohibition regardless of state law.\"",
]


@pytest.mark.parametrize(
    ("sentences", "kinds"),
    [
        (OVERMAN, [QUOTED, QUOTED, QUOTED, QUOTED, REPORTED]),
        (TVERT, [QUOTED, QUOTED, QUOTED]),
        (MIRON, [QUOTED, QUOTED, QUOTED]),
        # news style: each paragraph of the quotation reopens with a mark
        (["“We will fight this.", "“We will win,” he said.", "The court meets in May."], [QUOTED, QUOTED, OWN]),
        # near misses: a stray open mark, then the outlet's own paragraphs and a new quotation, which opens
        (["“We will fight this.", "The court meets in May.", "“We will win,” he said."], [QUOTED, OWN, QUOTED]),
        (["He called it a “victory.", "The court meets in May.", "Critics called the ruling a “farce.”"],
         [REPORTED, OWN, REPORTED]),
        # a close mark six paragraphs on is too far to join a stray open mark to
        (["“We will fight this.", *[f"The court met on day {n}." for n in range(1, 7)], "It ended,” he said."],
         [QUOTED, *[OWN] * 6, QUOTED]),
    ],
)
def test_a_quotation_over_several_paragraphs_keeps_its_middle_paragraphs(sentences: list[str], kinds: list[str]) -> None:
    """MJ-6: the middle paragraph of a quotation, with no mark at either end, is the speaker's words."""
    assert [v.kind for v in sentence_voices(sentences, breaks=[i > 0 for i in range(len(sentences))])] == kinds


def test_the_middle_paragraph_of_a_quotation_is_not_in_the_own_voice_tone() -> None:
    """MJ-6 through the sentiment metric: paragraphs come from the segmented text."""
    corpus = make_corpus({"fox": ("us-right", "\n\n".join(OVERMAN)), "nyt": ("us-center", "Prices rose in May.")})
    frames = get_metric("sentiment")(corpus)
    voices = frames.sentences.filter(pl.col("source_id") == "fox").get_column("voice").to_list()
    assert voices == [QUOTED, QUOTED, QUOTED, QUOTED, REPORTED]


# --- MJ-7: criticizing someone for something reports the criticism --------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("They also criticized Colorado for not tracking marijuana once it is sold, and for not requiring marijuana "
         "buyers to undergo criminal background checks.", REPORTED),
        ("Sheriffs faulted the state for lax rules on edibles.", REPORTED),
        ("The mayor praised volunteers for their work after the flood.", REPORTED),
        ("The plan was criticized for its cost.", REPORTED),  # someone's criticism, the critics unnamed
        # near misses
        ("The program has been criticized for years.", OWN),  # "for years": no ground of the criticism
        # the judgment itself, with no ground, is the judge's too (check7-bundled notes: "Sabet … applauded the
        # action"; tests/test_validity_check7_bundled.py): no longer the outlet's own voice
        ("The senator criticized the bill.", REPORTED),
        ("The plan, criticized for its cost, passed on Friday.", OWN),  # a participle on a noun: the passing is stated
        ("The company was fined for polluting the river.", OWN),
        ("The men accused of the attack appeared in court on Monday.", OWN),
        ("Critics accused him of lying about the emails.", REPORTED),
    ],
)
def test_criticizing_someone_for_something_is_reported_speech(sentence: str, kind: str) -> None:
    assert sentence_voices([sentence])[0].kind == kind


# --- MJ-20: "Like <noun phrase>, …" compares -------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "Like many elected officials in Colorado, Mr. Suthers had opposed Amendment 64, which legalized marijuana.",
        "But like many elected officials, he had opposed the measure.",
        "“Like many others, we opposed it,” he said.",
    ],
)
def test_like_opening_a_comparison_carries_no_tone(sentence: str) -> None:
    assert tone(sentence)["compound"] == 0.0


@pytest.mark.parametrize(
    "sentence",
    [
        "I like many of the changes, the governor said.",
        "Voters like the plan, and polls show it.",
        "Like most states, Colorado likes the revenue.",  # the comparison is set aside, the verb still counts
    ],
)
def test_like_as_fondness_still_counts(sentence: str) -> None:
    assert tone(sentence)["compound"] > 0.3


# --- MJ-31: "U.S." inside an office title, also across a paragraph break -----------------------------------------

VICENTE = ("\"Colorado voters passed this measure, and more and more states are passing these laws.\n\n"
           "If the attorney general has a problem with how federal laws are being enforced he should bring that up "
           "with the U.S.\n\nattorney.\"")


def _us_mentions(text: str) -> list[str]:
    corpus = make_corpus({"fox": ("us-right", text), "nyt": ("us-center", "Prices rose in May.")})
    evidence = get_metric("targets")(corpus).evidence
    return evidence.filter(pl.col("source_id") == "fox").get_column("cue").to_list()


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        (VICENTE, []),
        ("He should bring that up with the U.S. attorney in Denver.", []),
        ("A U.S. district judge dismissed the case.", []),
        ("Bruning blamed U.S. Attorney General Eric Holder for failing to enforce the law.", []),
        # near misses: the state itself, and a paragraph that ends on it before a new sentence
        ("The U.S. imposed tariffs on steel.", ["U.S."]),
        ("Officials met U.S. trade negotiators on Monday.", ["U.S."]),
        ("The suit was filed against the U.S.\n\nOfficials there did not comment.", ["U.S."]),
        ("The money came from the U.S. government.", ["U.S. government"]),
    ],
)
def test_an_office_title_is_not_the_state_even_across_a_paragraph_break(text: str, mentions: list[str]) -> None:
    assert _us_mentions(text) == mentions


# --- ET-26: the outlet's slanted verb that reports speech is its own -------------------------------------------

def _context(sentence: str, word: str) -> str:
    voice, start = sentence_voices([sentence])[0], sentence.index(word)
    return cue_context(voice, sentence, start, start + len(word), verb=True)


@pytest.mark.parametrize(
    ("sentence", "word", "context"),
    [
        ("And they blasted “hysterical anti-hunters and news media outlets.”", "blasted", OWN),
        ("Safari Club International lashed out against the news media and “anti-hunters” for swaying the "
         "administration.", "lashed out", OWN),
        ("Trump blasted Democrats for obstructing the wall.", "blasted", OWN),
        ("Pelosi, meanwhile, mocked Trump as “a bully.”", "mocked", OWN),
        # near misses: the verb inside what someone is reported or quoted to have said stays theirs
        ("He said critics slammed the plan as “a disaster.”", "slammed", REPORTED),
        ("Trump mocked Pelosi as “a bully,” the report said.", "mocked", REPORTED),
        ("“Critics slammed the plan,” he said.", "slammed", QUOTED),
        ("The group said the senator bashed the bill.", "bashed", REPORTED),
    ],
)
def test_a_slanted_verb_that_reports_speech_is_the_outlets_word(sentence: str, word: str, context: str) -> None:
    assert _context(sentence, word) == context


def test_the_same_slanted_verb_before_a_quotation_counts_for_every_outlet() -> None:
    """ET-26: HuffPost's "blasted" and the NYT's "lashed out", each before a quoted phrase, both count."""
    corpus = make_corpus({
        "hp": ("us-left", "And they blasted “hysterical anti-hunters and news media outlets.”"),
        "nyt": ("us-center", "The club lashed out against the news media and “anti-hunters” for swaying the "
                "administration."),
    })
    figures = get_metric("loaded")(corpus).figures
    assert origin_figure(figures, "us-left", "slant")["n"] == 1
    assert origin_figure(figures, "us-center", "slant")["n"] == 1


# --- MJ-24: "highlighted" is no booster ---------------------------------------------------------------------------

def test_highlighting_is_not_a_certainty_booster() -> None:
    """Decided: "Miron … highlighted the precarious nature of state marijuana laws" presents Miron's point as
    established, which the attribution lens counts (an endorsing verb); a booster is the writer's own certainty
    (Hyland 2005), and Hyland's boosters do not include it. "Clearly" and "proved" still are."""
    boosters = set(lexicon("certainty").category("booster").cues)
    assert not {"highlighted", "highlights", "highlight"} & boosters
    assert {"clearly", "proved", "demonstrated"} <= boosters
    assert "highlighted" in lexicon("attribution").category("verb.factive").cues
