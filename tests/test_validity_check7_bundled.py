"""The validity suite, continued: the defects check7-bundled found in the bundled soft-power report, and two
left from check7-new, each as a table of the sentence that was misread and its near misses, which must stay.

- SP-39: the heading "Foreign media: Technological innovation has become very “cool”. China's soft power shines"
  is two sentences; only the first kept its colon attribution, so "shines" in the second became Source A's own
  loaded word on the handout. A speaker label opening a paragraph labels the whole paragraph.
- SP-35: an academic sentence ending "(Lin, 2023)" was "the outlet's own voice" in the key, whose rule says a
  source states a claim as a fact only when its sentence names no speaker. Decided: a reference by author and
  year attributes the sentence to the work cited, as "according to Lin (2023)" and "As Lin (2023) argues" do
  (Hyland 1999, "Academic attribution"): the sentence is reported, and the key's printed rule says so.
- SP-36: "authoritarian" before a word for a form of government ("anchored in authoritarian governance") names a
  regime type, as political science classifies governments (Linz 2000; the EIU Democracy Index's categories),
  not a name-calling label; "promote authoritarian policies" stays a label.
- MJ (text-b's notes): "Kevin Sabet … applauded the action by Nebraska and Oklahoma" reports Sabet's public
  judgment, as "praised … for" does; it was the outlet's own voice (+0.36 of HuffPost's own tone).
- "vibrant" in "with the aim of presenting a modern, vibrant image of the country" became a handout word once SP-39's
  "shines" left: the image someone presents is their message, as what they showcase or portray is.
- "reflects" was a certainty booster; decided as "highlighted" was: it is not one (Hyland 2005 lists no such verb).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from contrast.config import Lenses
from contrast.metrics import get_metric
from contrast.metrics.loaded import LoadedMatcher, loaded_lexicon
from contrast.metrics.voice import OWN, REPORTED, cue_context, names_no_speaker, sentence_voices
from contrast.report.handout.questions import CAVEATS, _attribution
from contrast.resources import lexicon
from tests.reportkit import make_corpus, origin_figure


def _kinds(sentences: list[str], breaks: list[bool] | None = None) -> list[str]:
    return [v.kind for v in sentence_voices(sentences, breaks=breaks)]


# --- SP-39: a speaker label opening a paragraph labels all of it -----------------------------------------------

HEADING = [
    "Foreign media: Technological innovation has become very “cool”.",
    "China's soft power shines",
    "The American Bloomberg published an article saying: China's technological innovation has become very “cool”.",
]


@pytest.mark.parametrize(
    ("sentences", "breaks", "kinds"),
    [
        (HEADING, [False, False, True], [REPORTED, REPORTED, REPORTED]),
        (["Foreign media: China is cool.", "It shines.", "It grows.", "Prices rose in May."], [False, False, False, True],
         [REPORTED, REPORTED, REPORTED, OWN]),
        (["Prices rose in May.", "Foreign media: China is cool.", "Its soft power shines"], [False, True, False],
         [OWN, REPORTED, REPORTED]),
        # near misses: the next paragraph is the outlet's; a colon after no speaker labels nothing; a label inside a
        # paragraph reaches no further than its sentence; without paragraph breaks, no end of its reach is known
        (["Foreign media: China's soft power shines", "Critics disagree."], [False, True], [REPORTED, OWN]),
        (["The result: prices rose.", "Farmers are angry."], [False, False], [OWN, OWN]),
        (["Prices rose.", "Foreign media: China is cool.", "Farmers are angry."], [False, False, False], [OWN, REPORTED, OWN]),
        (["Foreign media: China is cool.", "Farmers are angry."], None, [REPORTED, OWN]),
        # a verb of saying before the colon is no label: what follows its sentence is as before
        (["Bloomberg published an article saying: China is cool.", "Farmers are angry."], [False, False], [REPORTED, OWN]),
    ],
)
def test_a_speaker_label_opening_a_paragraph_labels_the_paragraph(
    sentences: list[str], breaks: list[bool] | None, kinds: list[str]
) -> None:
    assert _kinds(sentences, breaks) == kinds


def test_a_glowing_word_in_a_labelled_heading_is_not_the_outlets() -> None:
    """SP-39 through the loaded lens: "shines" in the heading's second sentence is the foreign media's word."""
    text = "\n\n".join([" ".join(HEADING[:2]), HEADING[2], "More foreign friends can see China's charm."])
    figures = get_metric("loaded")(make_corpus({"cctv": ("csm", text), "nyt": ("us-center", "Prices rose in May.")})).figures
    assert origin_figure(figures, "csm", "glitter")["n"] == 1  # "charm", the outlet's own; not "shines"


# --- SP-35: a reference by author and year attributes the sentence ------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The discourse celebrates China as a benevolent partner of the Global South (Lin, 2023).", REPORTED),
        ("Cultural centres build goodwill abroad (Zhang & Musa, 2023).", REPORTED),
        ("Cities act on their own abroad (Zanella et al., 2024).", REPORTED),
        ("Translation bridges cultural gaps (Núria Codina Solà & McMartin, 2022).", REPORTED),
        ("Heritage serves the initiative (Qian, 2021; Winter, 2021).", REPORTED),
        ("Heritage serves the initiative (Qian, 2021, p. 12).", REPORTED),
        ("Tim Winter (2021) introduces the concept of geo-cultural diplomacy.", REPORTED),
        ("Zheng and Shi (2024) provide causal evidence from a large dataset.", REPORTED),
        # near misses: a bracketed year, date, figure or abbreviation cites no one
        ("The Belt and Road Initiative (BRI) began in 2013.", OWN),
        ("China's economy grew (2.1% in 2023).", OWN),
        ("Exports rose in May (2023 figures) and fell in June.", OWN),
        ("The summit (July 5, 2023) ended without a deal.", OWN),
        ("The Beijing Olympics (2008) showcased the city.", OWN),
        ("It cost $5 billion (in 2023 dollars).", OWN),
    ],
)
def test_a_reference_by_author_and_year_attributes_the_sentence(sentence: str, kind: str) -> None:
    assert _kinds([sentence]) == [kind]


def test_a_cited_sentence_is_never_stated_as_a_fact_and_the_key_says_why() -> None:
    """SP-35: the key's rule ("states a claim as a fact only when its sentence names no speaker") and the label
    of the excerpt agree, and the rule printed names the citation."""
    assert not names_no_speaker("The discourse celebrates China as a benevolent partner (Lin, 2023).")
    assert names_no_speaker("The discourse celebrates China as a benevolent partner.")
    rule = dict(CAVEATS)["Who is speaking (attribution)"]
    assert "(Lin, 2023)" in rule


def test_the_key_names_a_citation_among_the_ways_to_attribute() -> None:
    """SP-35: the key's "Behind this question" says what made Source D attributed; a citation was not among them."""
    cited = "Such media strategies reflect the Party's desire to shape how China is perceived (Lin, 2023)."
    stated = "This strategy reflects a broader ambition by the Chinese Communist Party."
    excerpts = [
        SimpleNamespace(attributed=True, text=cited, sentence=None, voice="", source=SimpleNamespace(letter="D")),
        SimpleNamespace(attributed=False, text=stated, sentence=None, voice="", source=SimpleNamespace(letter="B")),
    ]
    asked = _attribution(events=[SimpleNamespace(number=2, excerpts=excerpts)], number=2, lenses=Lenses())
    assert asked is not None
    question, answer = asked
    assert question.text.startswith("In Event 2, Source D tells you who the claim comes from. Source B states it")
    assert answer.behind[0].startswith("Attributed (a reporting verb or phrase, a quotation, or a work cited by author "
                                       "and year): Source D.")


# --- a glowing word in the image someone presents is theirs ---------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "word", "context"),
    [
        ("Influencers are invited to showcase Chinese culture, with the aim of presenting a modern, vibrant image of "
         "the country.", "vibrant", REPORTED),
        ("The ministry presents a vibrant picture of the economy.", "vibrant", REPORTED),
        # near miss: the writer's own praise, with no one presenting it
        ("The country has a vibrant culture.", "vibrant", OWN),
    ],
)
def test_praise_in_what_someone_presents_is_theirs(sentence: str, word: str, context: str) -> None:
    voice, start = sentence_voices([sentence])[0], sentence.index(word)
    assert cue_context(voice, sentence, start, start + len(word), praise=True) == context


# --- SP-36: a regime type is no name-calling ---------------------------------------------------------------

def _labels(sentence: str) -> list[str]:
    return [h.cue for h in LoadedMatcher(loaded_lexicon(Lenses())).find(sentence) if h.category == "label"]


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        ("Although still anchored in authoritarian governance, this reformist discourse underscores change.", []),
        ("Many authoritarian states joined the initiative.", []),
        ("An authoritarian government rules the country.", []),
        ("Decades of authoritarian rule ended in 1987.", []),
        ("It was a totalitarian state.", []),
        # near misses: a label for an actor's policies or person stays one; "regime" is the lexicon's own cue
        ("Since these countries tend to promote authoritarian policies, critics worry.", ["authoritarian"]),
        ("Trump's authoritarian instincts alarm his critics.", ["authoritarian"]),
        ("The authoritarian regime jailed him.", ["authoritarian", "regime"]),
    ],
)
def test_authoritarian_before_a_form_of_government_names_a_regime_type(sentence: str, labels: list[str]) -> None:
    assert [c.lower() for c in _labels(sentence)] == labels


# --- text-b's notes: applauding an action reports a judgment ----------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Kevin Sabet, president of anti-legalization group Smart Approaches to Marijuana, applauded the action by "
         "Nebraska and Oklahoma.", REPORTED),
        ("Republicans praised the decision.", REPORTED),
        ("The senator condemned the attack on Sunday.", REPORTED),
        ("Rights groups denounced his arrest.", REPORTED),
        ("The union criticized the plan.", REPORTED),
        ("Beijing hailed the visit as a success.", REPORTED),
        # near misses: a participle on a noun, a passive without its judge, a gerund after a preposition, a place
        ("The plan, praised by many, passed in May.", OWN),
        ("The much-criticized plan passed in May.", OWN),
        ("A law against criticizing the government took effect.", OWN),
        ("He hails from Ohio.", OWN),
    ],
)
def test_judging_an_act_aloud_reports_the_judgment(sentence: str, kind: str) -> None:
    assert _kinds([sentence]) == [kind]


# --- "reflects" is no booster ----------------------------------------------------------------------------------

def test_reflecting_is_not_a_certainty_booster() -> None:
    """Decided as "highlighted" (check7 MJ-24): "The changes in indicators reflect a new breakthrough" says what the
    figures show; a booster is the writer closing down alternatives (Hyland 2005), whose boosters list no "reflect"."""
    boosters = set(lexicon("certainty").category("booster").cues)
    assert not {"reflects", "reflected", "reflect"} & boosters
    assert {"clearly", "proved", "demonstrated"} <= boosters
