"""Context and sense rules of the loaded-language lens read off the false positives of BASIL's tuning half (session
20, issue 13 item 5): where a listed word stands in a clause that says what someone fears, sees or charges, or grades
an amount, it is not the outlet's own loaded word. Sentences are written here in the shape of the tuning half's, not
copied; each rule has near misses that must stay the outlet's own.

- averted ("lest he look like a bully"): what someone takes care not to seem is no label the outlet gives;
- a held view ("his portrayal of the agency as a bully", "the perception of Paris as arrogant"): the view is
  the holder's, as with "seen by many as";
- a charge drawn ("is taking heat from donors for caving"): the caving is the critics' word, as with "attacked … for
  caving" (``voice._CHARGING``);
- an amount graded ("a stunning level of dissent", "a remarkable number of"): how big, like "massive", which lexicon
  3.2 dropped; "a stunning move", "a remarkable rise to power" judge and stay.
"""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.loaded import LoadedMatcher, loaded_lexicon
from contrast.metrics.voice import NEGATED, OWN, REPORTED, cue_context, sentence_voices


def _context(sentence: str, word: str) -> str:
    voice = sentence_voices([sentence])[0]
    start = sentence.index(word)
    return cue_context(voice, sentence, start, start + len(word), charge=True)


@pytest.mark.parametrize(
    ("sentence", "word", "context"),
    [
        # averted: "lest" and "for fear that/of" open what someone takes care not to be or seem
        ("The governor kept his answers short and polite, lest he come across as arrogant.", "arrogant", NEGATED),
        ("She stayed quiet at the hearing lest anyone think her evasive.", "evasive", NEGATED),
        ("Aides cut the line for fear that voters would find it condescending.", "condescending", NEGATED),
        ("The mayor was arrogant, and voters noticed.", "arrogant", OWN),
        ("Lest anyone doubt it, the senator was evasive again on Tuesday.", "evasive", OWN),
        # a held view: a noun of seeing or portraying, "of" someone "as" something
        ("The ad repeats his portrayal of the agency as a bully that ignores the law.", "bully", REPORTED),
        ("The summit did little to change the perception of Paris as arrogant in its dealings.", "arrogant", REPORTED),
        ("Critics fault her depiction of the union as a band of thugs.", "thugs", REPORTED),
        ("The agency acted as a bully toward small firms.", "bully", OWN),
        ("His portrayal of the war was praised, and the general was a bully.", "bully", OWN),
        # a charge drawn: the criticism is named by a noun or a phrase, and "for" says what it is for
        ("The senator is taking heat from several powerful unions in her state for caving to the governor.", "caving", REPORTED),
        ("The mayor came under fire from local business owners for caving on the tax.", "caving", REPORTED),
        ("The board has drawn criticism from parents for stonewalling the inquiry.", "stonewalling", REPORTED),
        ("The senator caved to the governor and is taking heat for it.", "caved", OWN),
        ("The fire chief stonewalled the inquiry for months.", "stonewalled", OWN),
    ],
)
def test_a_word_someone_fears_sees_or_charges_is_not_the_outlets(sentence: str, word: str, context: str) -> None:
    assert _context(sentence, word) == context


def _counted(sentence: str) -> list[str]:
    return [h.cue.lower() for h in LoadedMatcher(loaded_lexicon(Lenses())).find(sentence)]


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Forty members broke ranks, a stunning level of defiance for a party in the minority.", []),
        ("The drive drew a remarkable number of small donors.", []),
        ("Turnout rose at an incredible rate in the suburbs.", []),
        ("Firing the director was a stunning move.", ["stunning"]),
        ("It capped a remarkable rise to power.", ["remarkable"]),
        ("The ruling was a stunning rebuke of the board.", ["stunning"]),
    ],
)
def test_a_glowing_or_dramatic_word_that_grades_an_amount_is_not_counted(sentence: str, counted: list[str]) -> None:
    assert _counted(sentence) == counted
