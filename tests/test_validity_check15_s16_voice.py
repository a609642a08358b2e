"""check15 (Q-BN, Q-HL) and check R (R-EP), findings still open in session 16, on the voice readings, and a lens
reviewer's rows on the same rules. Each row is a sentence written in the shape of the one misread, not copied; near
misses keep their reading.

- BN-17/56/57: "In the book, Bannon slammed the president’s eldest son, …" (Fox) read as Fox's own voice: what a work
  says, told after "In the book,", is its author's (``voice._IN_A_WORK_RE``).
- HL-49: "But Mr. Obama called such accusations wrong." (NYT) read as the Times's own voice ("X called such Y Z").
- EP-41: "Nonsense, Obama shot back, noting how similar warnings always greeted …" (CNN): a retort is a verb of saying,
  and the sentence's "always" is Obama's, not CNN's.
- "waved flags": the plural noun read as the verb "flags" (a noun after a verb).
- Review: the passive with an adverb that does not end in -ly ("was also criticized for"), a concession not made ("He
  will not admit defeat"), a revelation that threatens, a charge of blame on a noun.
"""

from __future__ import annotations

import pytest

from contrast.metrics.voice import OWN, REPORTED, sentence_voices


def _kind(text: str) -> str:
    return sentence_voices([text])[0].kind


def _attributed(text: str) -> str:
    """The words of the sentence's attribution span."""
    voice = sentence_voices([text])[0]
    assert voice.attribution is not None
    return text[voice.attribution[0] : voice.attribution[1]]


# --- BN-17/56/57: "In the book, X verb-ed …" reports what the work says --------------------------------------------


IN_A_WORK = {
    "In the memoir, Carlson mocked the governor’s chief of staff, his press secretary and the party chairman.": "mocked",
    "In her letter, Ms. Ruiz also faulted the county’s auditors and its two treasurers.": "faulted",
    "In his new book “Quiet Lagoon,” Jane Holloway recalls the senator’s temper at the hearings.": "recalls",
    "In a letter to the board on Monday, Ms. Ruiz praised the auditors.": "praised",
    # near misses: no speaker after the work, a noun the work's name qualifies, no work at all
    "In the report, the jobless rate rose to 5 percent.": None,
    "In the book tour, he visited 12 cities in nine days.": None,
    "In the summer, Carlson slammed the door on a third run.": None,
    "In the book, Trump Jr. and Kushner come off badly.": None,
}


def test_what_someone_says_in_a_work_is_reported() -> None:
    """The verb after the speaker reports (its subject is the speaker); a near miss stays the outlet's own."""
    read = {}
    for text in IN_A_WORK:
        voice = sentence_voices([text])[0]
        span = voice.attribution
        read[text] = text[span[0] : span[1]] if voice.kind == REPORTED and span is not None else None
    assert read == IN_A_WORK


def test_the_one_who_writes_in_the_work_is_its_speaker() -> None:
    from contrast.config import Lenses
    from contrast.metrics.attribution import attribution_lexicon, attribution_matcher, read_statements
    from contrast.metrics.voice import source_voices
    from contrast.segment import segment

    text = "Governor Tom Carlson wrote a memoir last year. In the memoir, Carlson mocked the bank’s chief executive."
    sentences = segment({"s": text}, {"s": "o"}).sort("sentence_index")
    voices = dict(zip(sentences.get_column("sentence_index").to_list(), source_voices(sentences), strict=True))
    rows = sentences.select("source_id", "sentence_index", "text").rows()
    read = read_statements(rows, voices, attribution_matcher(attribution_lexicon(Lenses())))
    attributed, _, kind, *_ = read[("s", 1)]
    assert attributed and kind == "speaker.official"  # Carlson, the governor named before; not the banker (business)


# --- HL-49, EP-41, "waved flags" and the review's rows: each sentence with its voice ---------------------------------

CALLED = [
    # HL-49: "X called such Y Z" is X's speech
    ("But Ms. Rivera called such claims absurd.", REPORTED),
    ("The governor called these reports false and misleading.", REPORTED),
    ("The senator called those charges a smear.", REPORTED),
]
RETORTS = [
    # EP-41: a retort is a verb of saying, before what was said or after it
    ("Rubbish, the mayor shot back, noting how such forecasts always proved wrong.", REPORTED),
    ("Rubbish, the mayor shot back.", REPORTED),
    ("“That is false,” the senator fired back.", REPORTED),
    ("The White House pushed back, calling the report fiction.", REPORTED),
    ("The governor countered that the rules would save money.", REPORTED),
    ("The president fired back that the report was “fake news.”", REPORTED),
    # near misses: a delay, gunfire
    ("The vote was pushed back to Tuesday.", OWN),
    ("The hearing has been pushed back twice.", OWN),
    ("The soldiers fired back.", OWN),
    ("Police fired back, killing the gunman.", OWN),
    ("Leaders pushed back the vote to March.", OWN),
]
NOUNS_AFTER_A_VERB = [
    # "waved flags": a plural noun after a verb is its object
    ("Supporters outside the courthouse waved flags, chanting his name.", OWN),
    ("Crowds lining the route waved flags.", OWN),
    ("The mayor broke promises.", OWN),
    ("Staff deleted tweets, then restored them.", OWN),
    # near misses: the verb of a subject; a noun of saying before its "that"
    ("The audit flags that the agency overspent.", REPORTED),
    ("The newly formed panel reports that costs rose.", REPORTED),
    ("He made claims that the vote was rigged.", REPORTED),
]
REVIEW = [
    # the passive after any adverb reports the charge
    ("The plan was also criticized for its cost.", REPORTED),
    ("The mayor was widely criticized for the delay.", REPORTED),
    ("The agency was also blamed for the outage.", REPORTED),
    ("The contractor has often been accused of cutting corners.", REPORTED),
    # a concession not made, a danger, a charge of blame on a noun
    ("He will not admit defeat.", OWN),
    ("She would never concede the race.", OWN),
    ("The revelation threatened to engulf the campaign.", OWN),
    ("Emissions blamed for the warming have risen.", OWN),
    ("The storm, blamed for 12 deaths, moved east.", OWN),
    # near misses: a concession with its content; a threat someone utters; an active charge
    ("He will not admit that he lied.", REPORTED),
    ("The union threatened to strike.", REPORTED),
    ("Critics blamed the agency for the outage.", REPORTED),
]


@pytest.mark.parametrize(("text", "kind"), [*CALLED, *RETORTS, *NOUNS_AFTER_A_VERB, *REVIEW])
def test_the_voice_of_each_sentence(text: str, kind: str) -> None:
    assert _kind(text) == kind


@pytest.mark.parametrize(
    ("text", "verb"),
    [(RETORTS[0][0], "shot back"), (RETORTS[2][0], "fired back"), (RETORTS[3][0], "pushed back"), (RETORTS[4][0], "countered")],
)
def test_the_retort_is_the_reporting_verb(text: str, verb: str) -> None:
    assert _attributed(text) == verb


def test_what_a_retort_says_is_not_the_outlet_s_certainty() -> None:
    """EP-41: CNN's "always" inside Obama's retort was counted against CNN's own voice."""
    from contrast.metrics.voice import cue_context

    text = RETORTS[0][0]
    voice = sentence_voices([text])[0]
    start = text.index("always")
    assert cue_context(voice, text, start, start + len("always")) == REPORTED
