"""The validity suite, continued: voice, reporting-verb, speaker and hedge misreadings check12l found (Fox, the New York
Times and HuffPost on Mary and Liz Cheney's quarrel over same-sex marriage, 2013, and on Glenn Beck's CPAC speech,
2010), each with near misses that must keep their reading. Sentences are written here in the shape of the ones
misread, not copied.

- CH-9: a closing attribution in the progressive ("…, The Boston Globe is reporting.") was not read as one: the
  sentence was called the outlet's own voice, and the event note said the outlet states the claim as fact.
- CH-22: a sentence whose subject, with long appositives, "criticized" something and which closes with "…, the New
  York Times reports." had no verb typed: the closing news report took the critic's verb into what it reports.
- BK-27, CH-23: "urged the GOP to …" and a second verb joined to the first ("criticized A and urged her own Facebook
  friends to …") were not read as reporting verbs.
- CH-19: "According to the Times, Mary Cheney, who …" taught that Mary Cheney is the media.
- CH-20: the title in a kinship appositive ("daughter of former Vice President Dick Cheney") typed the daughter.
- BK-23: "Beck, an outspoken critic of the president," taught that Beck is an official; "Fox News host Glenn Beck"
  is the media.
- CH-16, CH-17: "reportedly" on the outlet's own reporting verb ("…,” Liz Cheney reportedly said.") was given to the
  quoted speaker: it is the outlet's hedge on its report.
"""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.attribution import UNSPECIFIED
from contrast.metrics.certainty import certainty_lexicon, certainty_matcher
from contrast.metrics.evidence import find_evidence
from contrast.metrics.voice import OWN, REPORTED, names_no_speaker, sentence_voices
from contrast.segment import segment
from tests.test_speaker_unnamed_one import _last

MEDIA = "speaker.media"
OFFICIAL = "speaker.official"


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe, one of the former governor's two daughters, has taken to Facebook to rebuke her older sister, a "
        "Senate candidate, for her stance on taxes, The Boston Globe is reporting.",
        "The senator will not seek a third term, the Associated Press is reporting.",
        "The talks have collapsed, several news outlets were reporting on Sunday.",
    ],
)
def test_a_closing_report_in_the_progressive_attributes_the_sentence(text: str) -> None:
    assert sentence_voices([text])[0].kind == REPORTED
    assert not names_no_speaker(text)


@pytest.mark.parametrize(
    "text",
    [
        "The company is reporting record losses for the third quarter.",
        "Hospitals are reporting more cases of the flu this winter.",
    ],
)
def test_reporting_figures_is_no_attribution(text: str) -> None:
    assert sentence_voices([text])[0].kind == OWN


def _verbs(text: str) -> list[str]:
    return [category for category, _ in _last(text)[2] if category.startswith("verb.")]


def test_the_critics_verb_counts_under_a_closing_news_report() -> None:
    text = ("Jane Roe, the younger sister of Senate candidate Ann Roe (R) and daughter of former Vice President Dick Roe, "
            "criticized her sister's opposition to the tax in a Friday post, the Boston Globe reports.")
    assert "verb.alarm" in _verbs(text)


def test_a_verb_inside_what_a_person_said_is_still_not_counted() -> None:
    # a trailing "he said" takes in the clause: the critics' accusing is what he said, not the verb of the report
    assert "verb.alarm" not in _verbs("Critics accused the mayor of lying to the council, he said.")


@pytest.mark.parametrize(
    "text",
    [
        # BK-27
        "Pointing to his years as a struggling addict, the CNN host urged the GOP to begin a program of recovery.",
        # CH-23: a second verb joined to the first
        "Jane Roe, the elder sister of a Senate candidate, sharply criticized her sister's views and urged her own "
        "Twitter followers to share the post.",
        "The senator urged the Pentagon to release the report.",
    ],
)
def test_urging_someone_to_act_is_a_calling_verb(text: str) -> None:
    assert "verb.call" in _verbs(text)


def test_the_urge_to_act_is_no_calling_verb() -> None:
    assert "verb.call" not in _verbs("He said he resisted the urge to answer his critics on the show.")


def test_a_news_host_urging_speaks_for_the_media() -> None:
    text = "Pointing to his years as a struggling addict, the CNN host urged the GOP to begin a program of recovery."
    assert _last(text)[0] == MEDIA


@pytest.mark.parametrize(
    "text",
    [
        # CH-20: her father's title is not hers
        "Jane Roe, the younger sister of Senate candidate Ann Roe and daughter of former Vice President Dick Roe, "
        "criticized her sister's stance on taxes.",
        "John Doe, the son of the late Senator Jim Doe, said the bill was a mistake.",
    ],
)
def test_a_relatives_title_does_not_type_the_speaker(text: str) -> None:
    assert _last(text)[0] != OFFICIAL


def test_a_title_of_ones_own_still_types_the_speaker() -> None:
    # merged with voice-12 (VF-23): one who held office once ("the former vice president") is unclassified, so the
    # title of one's own is a present one here
    assert _last("Dick Roe, the vice president, criticized the stance on taxes.")[0] == OFFICIAL


def test_the_source_cited_with_according_to_is_not_the_person_named_after_it() -> None:
    # CH-19: the Times reports what Jane Roe did; she is not the Times
    text = ("According to the Times, Jane Roe, who lives in Denver, took to Facebook to rebuke her sister. "
            "“It is wrong,” Jane Roe wrote on Friday.")
    assert _last(text)[0] == UNSPECIFIED


def test_a_critic_of_the_president_is_no_official_and_a_news_host_is_the_media() -> None:
    # BK-23
    text = ("Fox News host Glenn Doe, armed with a chalkboard, blamed progressivism for the country's problems. "
            "Doe, an outspoken critic of the president, said it was not that simple.")
    assert _last(text)[0] == MEDIA


def test_a_critic_of_the_president_alone_stays_unclassified() -> None:
    text = ("Doe, an outspoken critic of the president, spoke on Friday. "
            "Doe told the crowd that the country had lost its way.")
    assert _last(text)[0] == UNSPECIFIED


def _hedges(text: str) -> list[tuple[str, str | None]]:
    sentences = segment({"s": text}, {"s": "o"}).sort("sentence_index")
    words = certainty_lexicon(Lenses())
    evidence = find_evidence(sentences, certainty_matcher(words), "certainty")
    return [(cue, context) for cue, context in evidence.select("cue", "context").rows()]


@pytest.mark.parametrize(
    "text",
    [
        "“I am not in favour of the tax,” Ann Roe reportedly said.",
        "Jane Roe, openly critical of the plan, reportedly posted to her page on the site: “I love my sister.”",
        "The former governor has publicly voiced support for the tax and, echoing his daughter, has reportedly said it "
        "should be left to the states.",
        "“It is not for a show of hands,” Jane Roe reportedly wrote on her page.",
    ],
)
def test_the_outlets_hedge_on_its_own_reporting_verb_is_its_own(text: str) -> None:
    assert ("reportedly", OWN) in _hedges(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("“The tax may pass,” Ann Roe said.", "may"),
        ("Ann Roe said the tax would probably pass next year.", "probably"),
    ],
)
def test_a_speakers_hedge_stays_the_speakers(text: str, cue: str) -> None:
    assert all(context != OWN for found, context in _hedges(text) if found == cue)


def test_the_outlets_hedge_on_a_verb_of_posting_before_a_quotation_is_its_own() -> None:
    text = ("Jane Roe, openly critical of the plan and married since 2012, reportedly posted to her personal page on the "
            "social media site: “For the record, I love my sister, but she is dead wrong on the issue.")
    assert ("reportedly", OWN) in _hedges(text)


def test_a_hedge_inside_what_someone_said_is_not_the_outlets() -> None:
    text = "He said the company reportedly posted its losses on Friday: “We will recover.”"
    assert ("reportedly", OWN) not in _hedges(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # CH-22: the closing report is a neutral verb of its own
        ("Jane Roe criticized her sister's opposition to the tax in a Friday post, the Boston Globe reports.", "reports"),
        # CH-9
        ("Jane Roe has taken to Facebook to rebuke her older sister, The Boston Globe is reporting.", "is reporting"),
    ],
)
def test_a_newspapers_closing_report_is_a_neutral_verb(text: str, cue: str) -> None:
    assert ("verb.neutral", cue) in _last(text)[2]


def test_reports_as_a_noun_is_no_verb() -> None:
    cues = _last("Reports of the deal surfaced on Friday, the senator said.")[2]
    assert ("verb.neutral", "Reports") not in cues
    assert ("verb.neutral", "said") in cues


def test_the_certainty_method_says_whose_a_hedge_on_the_report_is_and_over_which_words() -> None:
    from contrast.metrics.certainty import SPEC

    assert "reportedly said" in SPEC.method
    assert "all the outlet’s own words" in SPEC.method  # check12l CH-17, panel13: not its own-voice sentences only


@pytest.mark.parametrize("text", ["Call it Roe versus Roe.", "Call it what you like, the plan has failed twice now."])
def test_an_imperative_call_it_is_the_writers_own_naming(text: str) -> None:
    # CH-21: Fox's opening line counted as an attributed statement; the writer names the story, nobody is reported
    assert sentence_voices([text])[0].kind == OWN


def test_a_subject_calling_it_something_is_still_reported() -> None:
    assert sentence_voices(["Republicans call it a power grab by the governor."])[0].kind == REPORTED


def test_a_noun_ending_in_ly_before_the_verb_is_the_speaker_not_an_adverb() -> None:
    from contrast.metrics.voice import cue_context

    text = "“The house has been sold,” the family said."
    voice = sentence_voices([text])[0]
    start = text.index("family")
    assert cue_context(voice, text, start, start + len("family")) != OWN


def test_a_persons_title_cited_with_according_to_still_names_its_holder() -> None:
    text = ("According to the party chairman, Riley Doe, the vote will be held in May. "
            "“We have the votes,” Doe said on Friday.")
    assert _last(text)[0] == OFFICIAL
