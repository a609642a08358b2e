"""The validity suite, continued: the false lens findings of check-T (Vox, CNBC and the Washington Free Beacon on the
small-business relief blocked in the Senate, April 2020 (SB-), and Vox, The Hill and CBN on the Scalise shooting, June
2017 (SC-)), each as a table of new sentences of the structure misread and near misses, which must keep their reading.

- SB-35: "loans … which would be forgiven if … the money is used for wages, rent, mortgage interest" was the Free
  Beacon's most positive sentence on "forgiven" +1.6 and "interest" +2.0: loans written off, interest paid on a debt.
- SC-45: "Scalise had a security detail with him because he serves as … one of the most powerful positions in Congress"
  was CBN's most positive on "security" and "powerful": bodyguards, and a rank, as "top" is.
- SB-37/SB-38: "They can be forgiven partly or fully if …" counted "partly" as a hedge and "fully" as a booster: the
  range of a quantity, how much of a loan.
- SB-39: "the maximum benefit that individuals and families could receive" counted "could": what a programme allows.
- SC-49: "Wenstrup, who is a doctor, also tended to Scalise" counted "tended to": cared for.
- SC-50: "you assume certain risk" (take on) and "Rep. Patrick Meehan (R-Pa.), another member of the GOP's baseball
  team, suggested that …" (a person suggests, past an appositive) were counted, though the Methods exclude both.
- SB-53: "stalling the legislation", "agreement on emergency legislation to pass" showed the Legality frame: a bill in
  passage is the political contest over it, not law.
- SC-61: "Hodgkinson had run a home-inspection business." showed the Economic frame: one person's trade.
"""

from __future__ import annotations

import pytest

from contrast.metrics.loaded import SPEC as loaded_spec
from contrast.metrics.vader import tone
from contrast.metrics.voice import OWN, REPORTED, cue_context, sentence_voices
from tests.test_validity_check12l_lens import _frames
from tests.test_validity_check12m_lens import _certainty

# --- SB-35, SC-45: words VADER rates, in a sense without feeling ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "rated"),
    [
        ("The county lends money to farmers, whose loans would be forgiven if the land is farmed, and pays mortgage interest.",
         False),
        ("The state voted to forgive the student loans of nurses.", False),
        ("She hoped that in time she would be forgiven.", True),  # a person forgiven keeps its feeling
        ("The mayor had a security detail at the rally because she holds one of the most powerful posts in the state.",
         False),
        ("He gave a powerful speech at the rally.", True),  # "powerful" of a speech, not of a rank
        ("Two deputies engaged the gunman in a hail of bullets outside the store.", False),
        ("The teacher engaged the students with a game.", True),  # engaging people keeps its feeling
        ("The town prizes its sense of security.", True),
    ],
)
def test_financial_and_rank_senses_are_not_rated(sentence: str, rated: bool) -> None:
    assert (tone(sentence)["compound"] > 0.05) is rated
    assert rated or tone(sentence)["compound"] == 0.0


# --- SB-37, SB-38, SB-39, SC-49, SC-50: certainty cues in senses the method excludes ----------------------------------

CERTAINTY_CUES = {
    # SB-37, SB-38: a degree and its opposite joined by "or" is a range of a quantity; alone they still count
    "The grants may be repaid partly or fully once the farm is sold.": ["may be"],
    "The shop is wholly or partially owned by the city.": [],
    "The plan is partly to blame for the delay.": ["partly"],
    "She was fully aware of the risk.": ["fully"],
    # SB-39: the limit of an entitlement, a rule stated; a modal on a claim still hedges
    "The bill would raise the maximum grant that a student could receive by $500.": [],
    "Families could receive less aid next year.": ["could"],
    # SC-49: "tend to" before its object is care
    "Two nurses tended to the injured driver until the ambulance came.": [],
    "Paramedics also tended to Ortiz at the scene.": [],
    "Voters tend to forget such promises.": ["tend to"],
    # SC-50: "assume" a risk is take on; a person suggests past an appositive that names a person, a report does not
    "Investors who buy the bonds assume the risk of default.": [],
    "Many assume the costs will fall.": ["assume"],
    "Sen. Maria Lopez (D-N.M.), a member of the finance panel, suggested that the tax could be delayed.": ["could be"],
    "The new data, a set of figures from March, suggested that growth is slowing.": ["suggested"],
    "A 2019 survey by Gallup, a polling firm, suggested that trust is falling.": ["suggested"],
}


@pytest.mark.parametrize(("sentence", "cues"), CERTAINTY_CUES.items())
def test_certainty_cues_in_senses_the_method_excludes(sentence: str, cues: list[str]) -> None:
    assert _certainty(sentence) == cues


# --- SB-53, SC-61: frame cues in senses no frame means ----------------------------------------------------------------

FRAME_CUES = {
    # SB-53: a bill in passage; what a law does stays legality's
    "The senator blocked the vote, stalling the legislation for a week.": ("legality", []),
    "Leaders hope to reach agreement on the farm legislation to pass before the recess.": ("legality", []),
    "The legislation bans the sale of flavored vapes.": ("legality", ["legislation"]),
    # SC-61: one person's trade; a business in general and businesses as a sector stay economic
    "The gunman had run a small plumbing business.": ("economic", []),
    "Many people dream of starting a business.": ("economic", ["business"]),
    "Small businesses closed in March.": ("economic", ["businesses"]),
}


@pytest.mark.parametrize(("sentence", "expected"), FRAME_CUES.items())
def test_frame_cues_in_a_sense_no_frame_means(sentence: str, expected: tuple[str, list[str]]) -> None:
    category, cues = expected
    assert _frames(sentence, category) == cues


# --- a slanted verb reporting a book (issue 13, check-T) -------------------------------------------------------------
# The lens's documented method (loaded.SLANT): the verb by which the outlet reports someone's speech is the outlet's
# word for it. A verb reporting what a book, a letter or a report says is the same choice, so it counts as the outlet's
# own, and what it reports stays the author's; the printed method says so (a reader took it for the author's word).


@pytest.mark.parametrize(
    ("text", "verb", "reported"),
    [
        ("In her memoir, the former aide blasted the senator as a bully.", "blasted", "bully"),
        ("In a letter to the board, the union slammed the plan as a sham.", "slammed", "sham"),
        ("The audit slammed the agency as arrogant.", "slammed", "arrogant"),
        ("Ms. Park slammed the mayor as a hypocrite at the rally.", "slammed", "hypocrite"),
    ],
)
def test_a_slanted_verb_reporting_a_book_counts_as_the_outlets_as_for_speech(text: str, verb: str, reported: str) -> None:
    voice = sentence_voices([text])[0]
    at, word = text.index(verb), text.index(reported)
    assert cue_context(voice, text, at, at + len(verb), verb=True) == OWN
    assert cue_context(voice, text, word, word + len(reported)) == REPORTED


def test_the_printed_method_says_whose_word_a_slanted_reporting_verb_is() -> None:
    assert "In the book, Bannon slammed" in loaded_spec.method
    assert "counts as its own" in loaded_spec.method
