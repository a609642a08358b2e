"""The validity suite, continued: the lens lines check10-recheckH and check10-recheckI left AMBIGUOUS (Fox, the New
York Times and HuffPost on the 2012 Obama–Boehner deficit talks, the Clintons' 2015 tax returns and Kathy Griffin's
2017 photo), each as a table of sentences of the shape misread and near misses, which must keep their reading.

- OB-22: "Hedges: highest in US center" rested on "a word Mr. Obama has often used" (how often one person does
  something: a frequency the writer states, no hedge) and on "might" in "dire warnings about what a failure to act might
  bring" (the warners' words, to be counted apart as reported speech, as "criticism … that the president has caved" is).
- CE-16: "Boosters: highest in US center" rested on tax returns that "show that" a figure (a record read off, not the
  writer closing down alternatives); KG-30: "The fact that I'm allowed to make an image like this says a lot." — a noun
  phrase that names a clause, no booster.
- BT (check10-recheckH, "still there"): the row "Fear, outrage and drama" left out the Times' own "public expressions of
  outrage from Mr. Obama's base". Why: lexicon 3.2 dropped the reaction nouns "outrage"/"outraged" on purpose (the
  public's outrage is news; in BASIL's tuning half annotators marked none of its 3 uses). The row now says what it
  counts: its label names no word the list leaves out, and the method says a reaction named is not counted.
- CE-25: Health and safety gave Fox 1 of its 15 own sentences though 7 are about the candidate's medical record
  ("a subsequent blood clot developed in her brain", "her blood pressure was 100/65", "Her cholesterol came back at
  195"); the lexicon had no word of a medical record. CE-26 / KG-33: "Fifteen of his speeches were abroad." and "since
  returning from an overseas trip" showed External regulation (a place, no relations between countries); KG-33: "as
  director of the F.B.I." showed Crime (a job title). KG-R24: "the image" (a photograph) showed Cultural identity.
"""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.certainty import certainty_lexicon, certainty_matcher
from contrast.metrics.frames import frames_lexicon, frames_matcher
from contrast.metrics.loaded import SPEC as LOADED_SPEC
from contrast.metrics.loaded import LoadedMatcher, loaded_lexicon
from contrast.metrics.voice import cue_context, sentence_voices
from contrast.resources import lexicon


def _cues(sentence: str) -> list[tuple[str, str]]:
    return [(h.category, h.cue) for h in certainty_matcher(certainty_lexicon(Lenses())).find(sentence)]


# --- OB-22: a frequency adverb over one person's doings is a frequency, not a hedge ------------------------------------

@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        ("That is a word Mr. Obama has often used to describe his preferred outcome.", []),
        ("It is the misleading way he often speaks about that period of his life now.", []),  # BV-22, NYT
        ("She usually arrives at the Capitol before dawn.", []),
        ("The president often says he wants a balanced approach.", []),
        ("Boehner has sometimes voted against his own party's bills.", []),
        # near misses: over a class or a claim, the adverb limits how far a generalisation reaches (Hyland's hedge)
        ("Such deals often fail in the last week.", [("hedge", "often")]),
        ("While some individuals appreciate these efforts, they often view them through the lens of rivalry.",
         [("hedge", "often")]),
        ("Cultural diplomacy is often integrated into public diplomacy.", [("hedge", "often")]),
        ("Sometimes his remarks have been plainly untrue, as in his speech to the group in Norwalk.",
         [("hedge", "Sometimes")]),
        ("Republicans often say the deficit is a spending problem.", [("hedge", "often")]),
        ("Americans usually distrust both parties.", [("hedge", "usually")]),
        ("Tariffs often raise prices for consumers.", [("hedge", "often")]),
        ("While China is generally appreciated for its pragmatic approach, concerns remain.", [("hedge", "generally")]),
        ("Nominees have, in turn, generally refused to answer any question directly.", [("hedge", "generally")]),
    ],
)
def test_a_frequency_of_one_persons_doings_is_no_hedge(sentence: str, cues: list[tuple[str, str]]) -> None:
    assert _cues(sentence) == cues


# --- OB-22: what a noun of saying reports about is the speakers' --------------------------------------------------------

def _context(sentence: str, word: str) -> str:
    start = sentence.index(word)
    return cue_context(sentence_voices([sentence])[0], sentence, start, start + len(word))


@pytest.mark.parametrize(
    ("sentence", "word", "context"),
    [
        ("Mr. Corker’s comments came as central figures on network news programs mixed cautious words of optimism over "
         "the negotiations with dire warnings about what a failure to act might bring.", "might", "reported"),
        ("Economists issued warnings about how the cuts could slow growth.", "could", "reported"),
        ("Critics raised complaints about whether the plan might fail.", "might", "reported"),
        ("There were claims that the deal could collapse.", "could", "reported"),  # as before: a "that" clause
        # near misses: the writer's own doubt, and a noun that is no saying
        ("Nobody knows what a failure to act might bring.", "might", "own"),
        ("The dispute is about what the cuts could do to growth.", "could", "own"),
        ("Warnings were issued, and the economy might slow.", "might", "own"),
    ],
)
def test_a_word_in_what_a_noun_of_saying_reports_about_is_the_speakers(sentence: str, word: str, context: str) -> None:
    assert _context(sentence, word) == context
# --- CE-16, KG-30: a record that shows a figure, and "the fact that" naming a clause, are no boosters ------------------

@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        ("The new ones show that from 2007 through 2014 the couple paid $43,885,310 in federal taxes.", []),
        ("Mrs. Clinton’s tax return showed that her 2014 federal tax rate was 35.72 percent.", []),
        ("The filings show that the campaign raised 12 million dollars in May.", []),
        ("The fact that I'm allowed to make an image like this says a lot.", []),
        ("Despite the fact that the bill passed, the agency did nothing.", []),
        ("He ignored the fact that the talks had stalled.", []),
        # near misses: the writer's certainty about a claim, not a figure read off a record
        ("The vote shows that the party has abandoned its principles.", [("booster", "shows that")]),
        ("This showed that the strategy had failed.", [("booster", "showed that")]),
        ("The record shows that he lied about his service in 2010.", [("booster", "shows that")]),  # a year is no amount
        ("The fact is, the deal is dead.", [("booster", "The fact is")]),
        ("The fact is that the deal is dead.", [("booster", "The fact is")]),
        ("In fact, the deal is dead.", [("booster", "In fact")]),
    ],
)
def test_a_record_read_off_and_a_fact_named_are_no_boosters(sentence: str, cues: list[tuple[str, str]]) -> None:
    assert _cues(sentence) == cues


# --- BT: a word that names someone's reaction is no fear word, and the row does not promise it -------------------------

_OUTRAGE = ("But the public relations offensive is being met with public expressions of outrage from Mr. Obama’s base, "
            "including the most liberal members of Congress.")


def _loaded(sentence: str) -> list[str]:
    return [h.cue for h in LoadedMatcher(loaded_lexicon(Lenses())).find(sentence)]


def test_the_fear_and_drama_row_does_not_promise_the_reaction_noun_it_leaves_out() -> None:
    emotive = lexicon("loaded").category("emotive")
    assert _loaded(_OUTRAGE) == []  # a reaction named: reported, not loaded
    assert "outrage" not in emotive.label.lower()
    assert "expressions of outrage" in LOADED_SPEC.method
    # the words that alarm or scandalise the reader still count
    assert _loaded("It was an outrageous, shocking debacle.") == [
        "outrageous", "shocking", "debacle"]


# --- CE-25, CE-26, KG-33, KG-R24: frame cues of a medical record; places, photographs and job titles show no frame ----

def _frames(sentence: str, category: str) -> list[str]:
    return [h.cue for h in frames_matcher(frames_lexicon(Lenses())).find(sentence) if h.category == category]


@pytest.mark.parametrize(
    ("sentence", "category", "cues"),
    [
        # CE-25, Fox's own sentences on the medical record
        ("Following the concussion, a subsequent blood clot developed in her brain.", "health",
         ["concussion", "blood clot"]),
        ("Clinton’s current medications also include Armour Thyroid, which is used to treat underactive thyroids.",
         "health", ["medications"]),
        ("At her most recent physical on March 21, her blood pressure was 100/65 and her heart rate was 72.", "health",
         ["blood pressure", "heart rate"]),
        ("Her cholesterol came back at 195, with an LDL of 118, HDL of 64 and triglycerides of 69.", "health",
         ["cholesterol"]),
        ("His mother was home in North Carolina recovering from knee surgery.", "health", ["surgery"]),
        ("She was diagnosed with cancer in 2010.", "health", ["diagnosed", "cancer"]),
        # near misses: a health frame as before, and a word of another sense
        ("The statement on her health was released on Friday.", "health", ["health"]),
        ("The coalition is in excellent condition for the vote.", "health", []),
        # CE-26, KG-33: where a person goes or is is no relation between countries; a country's standing abroad is
        ("Fifteen of his speeches were abroad.", "external", []),
        ("Trump assailed Democrats in his latest Twitter blasts since returning from an overseas trip.", "external", []),
        ("The senator will be traveling abroad next week.", "external", []),
        ("They help enhance China's image abroad and are in line with the Belt and Road Initiative.", "external",
         ["abroad"]),
        ("He made an assertive call to project American power abroad.", "external", ["abroad"]),
        ("China is actively promoting the expansion of its digital surveillance system overseas.", "external",
         ["overseas"]),
        # KG-R24: a photograph is no cultural identity; a nation's image and an image of its culture are
        ("Griffin took to Twitter to explain her motivations behind the image.", "cultural_identity", []),
        ("China works to improve its national image abroad.", "cultural_identity", ["national image"]),
        ("The festival shows an image of Chinese culture.", "cultural_identity", ["image", "culture"]),
        # KG-33: the F.B.I. in a job title is no crime frame; the F.B.I. investigating is
        ("Mr. Page did not list what testimony he considered false by Mr. Comey, who was fired by Mr. Trump as director "
         "of the F.B.I., or Mr. Brennan.", "crime", []),
        ("Former FBI Director James Comey spoke on Thursday.", "crime", []),
        ("The F.B.I. director said nothing.", "crime", []),
        ("The F.B.I. opened an inquiry into the leak.", "crime", ["F.B.I."]),
        ("FBI agents arrested two men.", "crime", ["FBI", "arrested"]),
    ],
)
def test_frame_cues_of_a_medical_record_and_no_frame_from_places_photographs_or_titles(
    sentence: str, category: str, cues: list[str]
) -> None:
    assert _frames(sentence, category) == cues
