"""The validity suite, continued: the false lens findings of check12m-new (Fox, the New York Times and HuffPost on
Newsweek's Michele Bachmann cover, August 2011 (BN-), and on Mike Huckabee's presidential bid, May 2015 (HB-)), each as a
table of the sentence misread and near misses, which must keep their reading.

- BN-21: "Hedges: highest in US center, 10.3 per 1,000 words" counted "unlikely" in "even some unlikely allies have
  emerged": an adjective for surprising allies, no doubt about a claim. "It is unlikely that …" still hedges.
- HB-19: "Boosters: highest in US right, 2.2" was "confirmed" in "The field of confirmed and potential GOP presidential
  candidates": a participle before its noun (declared candidates), no booster. "Officials confirmed the deal" boosts.
"""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.certainty import certainty_lexicon, certainty_matcher
from contrast.metrics.frames import frames_lexicon
from contrast.metrics.vader import tone
from contrast.metrics.voice import OWN, REPORTED, cue_context, own_part, sentence_voices
from contrast.report.handout.questions import BASE_VOCABULARY, vocabulary
from tests.test_handout_words import _event
from tests.test_validity_check12l_lens import _frames

# --- BN-21, HB-19: a certainty word as an adjective before its noun -----------------------------------------------------


def _certainty(sentence: str) -> list[str]:
    return [h.cue.lower() for h in certainty_matcher(certainty_lexicon(Lenses())).find(sentence)]


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        # BN-21: "unlikely allies" are surprising ones; the writer doubts nothing
        ("But even some unlikely allies have emerged to decry the cover as disrespectful.", []),
        ("The two senators formed an unlikely alliance on the farm bill.", []),
        # HB-19: "confirmed" before a noun names declared candidates
        ("The field of confirmed and potential GOP presidential candidates includes more than a dozen people.", []),
        ("Health officials counted three confirmed cases in the county.", []),
        # near misses: the writer's hedge and booster keep counting
        ("It is unlikely that the bill will pass this year.", ["unlikely"]),
        ("The senator is unlikely to run again.", ["unlikely"]),
        ("Officials confirmed the deal on Tuesday.", ["confirmed"]),
        ("The report that confirmed the leak was published on Monday.", ["confirmed"]),
        ("He was confirmed by the Senate in March.", ["confirmed"]),
        # check12-reK CS-24: the outlet's own "Maybe." was no hedge (Hyland lists "maybe"; lexicon 1.5.0)
        ("Maybe.", ["maybe"]),
        ("Maybe the game will be played again next year.", ["maybe"]),
    ],
)
def test_a_certainty_word_before_its_noun_is_no_stance(sentence: str, cues: list[str]) -> None:
    assert _certainty(sentence) == cues


# --- BN-18: the outlet's own tone is not the feeling of a short quotation in its sentence --------------------------------

HEADLINE = "The headline advertising the magazine's story reads, \"THE QUEEN OF RAGE.\""
"""HuffPost's sentence (BN-18): its only feeling word is in the quoted headline, under half its words."""


@pytest.mark.parametrize(
    "sentence",
    [
        HEADLINE,
        "At the bottom of the page are the words \"The Queen of Rage.\"",
        "'Rage' is a word that does not appear in the profile of the candidate.",
    ],
)
def test_a_short_quotation_in_an_own_voice_sentence_is_not_scored_as_the_outlets_tone(sentence: str) -> None:
    voice = sentence_voices([sentence])[0]
    assert voice.kind == OWN
    assert tone(own_part(sentence, voice))["compound"] == 0.0


def test_an_own_voice_sentence_keeps_its_own_feeling_words_beside_a_short_quotation() -> None:
    sentence = "The magazine's ugly cover, headlined \"The Queen of Rage,\" drew angry complaints."
    voice = sentence_voices([sentence])[0]
    assert voice.kind == OWN
    assert tone(own_part(sentence, voice))["compound"] < -0.05


# --- HB-18: the outlet's comment after a quoted phrase is its own voice ---------------------------------------------------

SLOGAN = (
    "He frequently repeated the phrase, \"Hope to higher ground,\" which appears to be a slogan of sorts for his 2016 "
    "campaign."
)


def test_an_outlets_comment_on_a_quoted_phrase_is_its_own_voice() -> None:
    voice = sentence_voices([SLOGAN])[0]
    start = SLOGAN.index("appears")
    assert voice.kind_at(start) == OWN
    assert cue_context(voice, SLOGAN, start, start + len("appears to")) == OWN


def test_what_a_speaker_is_quoted_saying_after_a_phrase_stays_reported() -> None:
    # near miss: a "which" clause inside what is reported, with no quoted phrase before it, stays the speaker's
    sentence = "He said the plan, which appears to cost more than promised, would fail."
    voice = sentence_voices([sentence])[0]
    assert voice.kind_at(sentence.index("appears")) == REPORTED


# --- BN-32, HB-31, HB-32, HB-33: frame cues in a sense no frame means -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "category", "cues"),
    [
        # BN-32: voters met in a photograph are people in a room, no attitude of the public
        ("The pictures show Ms. Bachmann shaking hands with voters, standing by herself in the corner of a room and "
         "signing autographs.", "public_opinion", []),
        ("He spent the morning greeting voters at a diner in Manchester.", "public_opinion", []),
        ("A recent poll found that voters favored a Democratic-controlled Congress.", "public_opinion", ["poll", "voters"]),
        ("His latest effort to win back some Republican primary voters who abandoned him.", "public_opinion", ["voters"]),
        # HB-31: "a lifestyle choice" is a claim about what is chosen, not how people live
        ("Mr. Huckabee opposes same-sex marriage, suggesting as recently as February that homosexuality is a lifestyle "
         "choice akin to drinking or swearing.", "quality_of_life", []),
        ("Rising rents are changing the lifestyle of young families in the city.", "quality_of_life",
         ["lifestyle", "families"]),
        # HB-32: what one candidate would need to do to win is his route, no policy prescribed
        ("He would need to replicate that early success to create an opening to build a wider coalition.", "policy", []),
        ("Huckabee will need to win Iowa again to stay in the race.", "policy", []),
        ("The city needs to repair its bridges before winter.", "policy", ["needs to"]),
        ("We will need to see guidance from each state on how this will be handled.", "policy", ["need to"]),
        ("Lawmakers need to fund the program by March.", "policy", ["need to", "program"]),
        # HB-33: influence over a domestic movement is no country's standing abroad
        ("Since then, he has continued to influence the conservative movement as a charismatic public speaker and radio "
         "and television host.", "external", []),
        ("Special interests' influence on our politics has grown.", "external", []),
        ("The counsel leads an inquiry into Russia's influence on the 2016 election.", "external", ["influence"]),
        ("He advocated more aid to counter Russia's influence in the east of the country.", "external", ["influence"]),
        ("Obama would not meet him out of a desire not to influence Israel's tight elections.", "external", ["influence"]),
        ("America's global influence remains a benevolent force.", "external", ["global", "influence"]),
    ],
)
def test_frame_cues_in_no_frame_sense(sentence: str, category: str, cues: list[str]) -> None:
    assert _frames(sentence, category) == cues


def test_the_frames_lexicon_version_names_its_change() -> None:
    assert frames_lexicon(Lenses()).version >= "1.13.0"  # 1.14.0: checkS (test_validity_checkS_lens)


# --- HB-36: a word both excerpts of an event use is no one source's strongly felt word -----------------------------------


def test_a_strongly_felt_word_both_excerpts_of_an_event_use_is_not_taught_as_one_sources() -> None:
    events = [_event(
        ("A", "Evangelical Christian voters helped Huckabee win the Iowa caucuses in 2008."),
        ("B", "He ran for the GOP presidential nomination in 2008, capturing strong support from evangelical Christians "
              "and winning the Iowa caucuses."),
    )]
    assert "win" not in [w.term for w in vocabulary(events, ())[len(BASE_VOCABULARY):]]


def test_a_strongly_felt_word_of_one_excerpt_only_is_still_taught() -> None:
    events = [_event(("A", "The war is a disaster, critics said."), ("B", "The war went on, officials said."))]
    assert [w.term for w in vocabulary(events, ())[len(BASE_VOCABULARY):]] == ["disaster"]
