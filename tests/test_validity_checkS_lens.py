"""The validity suite, continued: the false lens findings of checkS (Politico, Reuters and Newsmax on Trump's visit to
Iraq, December 2018 (IQ-), and the Guardian, The Hill and the Washington Times on Omarosa Manigault Newman's recordings,
August 2018 (OM-)), each as a table of new sentences of the structure misread and near misses, which must keep their
reading.

- IQ-50/51: "Trump, who speaks often about his support for the U.S. military, …" counted "often" as a hedge: the adverb
  follows its verb, whose subject is a relative "who" standing for one person; how often he speaks is a fact stated.
  "Its … situation remains uncertain" stays a hedge: the lens's documented rule is that "uncertain" or "unclear"
  before a noun names a topic, while "remains unclear" hedges, and this is the same predicative use.
- IQ-67: Reuters' plainly military own-voice sentences (Marines, an invasion, armed forces, "a new offensive",
  warplanes, Islamic State) showed no Security and defence frame.
- IQ-71/72: "the air campaign" and "the U.S. campaign in Syria … waged by warplanes" showed the Political frame.
- IQ-74: "a morale boost" showed Morality; IQ-75: "travel plans" Quality of life (and Policy, by "plans"); IQ-76: "his
  Middle East policy" Policy prescription; IQ-77: "as part of an overseas tour" External regulation.
- OM-56/57: "aired on NBC's Today program" showed Policy prescription: a title stood between the network and "program".
- OM-60: "made international headlines" and OM-61: "that short exchange" showed External regulation.
- OM-39: "Excerpts of the tape were played on air" was the Washington Times' most positive sentence on "played" alone;
  OM-35 (AMBIG): "seen as security breach" the Guardian's, on "security" alone.
"""

from __future__ import annotations

import pytest

from contrast.metrics.vader import tone
from tests.test_validity_check12l_lens import _frames
from tests.test_validity_check12m_lens import _certainty

# --- IQ-50, IQ-51: a frequency adverb after one person's verb is no hedge ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        # each misread shape beside its near miss: over a class, with a plural noun before the adverb or over what
        # others say of a person, the adverb limits how far a claim reaches (Hyland's hedge)
        ("The senator, who writes often about rural broadband, opened the hearing.", []),
        ("Farmers, who travel often to the capital, asked for more aid.", ["often"]),
        ("Ms. Ortiz, who has spoken often about her own service in the Navy, won the seat.", []),
        ("The senator, who is often described as a moderate, voted no.", ["often"]),
        ("The governor visited often during the flood and slept in the county office.", []),
        ("Such visits often end early.", ["often"]),
        ("He travels often to Asia for the company.", []),
        ("The mayor's aides often disagree in private.", ["often"]),
        ("The Denver talks often run late into the night.", ["often"]),
        ("The Benghazi attacks have often been viewed as a turning point.", ["often"]),
    ],
)
def test_a_frequency_adverb_after_one_persons_verb_is_no_hedge(sentence: str, cues: list[str]) -> None:
    assert _certainty(sentence) == cues


def test_a_situation_that_remains_uncertain_is_hedged_as_the_method_documents() -> None:
    """The lens's documented rule: "uncertain" or "unclear" before its noun names a topic ("an uncertain future"), while
    "remains unclear" hedges; "the situation remains uncertain" is that predicative use (IQ-50's aside), so it counts."""
    assert _certainty("But the country's economic situation remains uncertain after the vote.") == ["uncertain"]
    assert _certainty("The fate of the ceasefire remains unclear.") == ["unclear"]
    assert _certainty("The company faces an uncertain future.") == []


# --- IQ-67: the words of war a reader takes as military at once -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        ("The port became a key hub for U.S. Marines after the 1991 invasion of Kuwait.", ["marines", "invasion"]),
        ("Since allied forces arrived in 2015, the airfield has served in the fight against Islamic State.",
         ["forces", "islamic state"]),
        ("Moscow is preparing a fresh offensive in the east.", ["offensive"]),
        ("Most of the strikes were carried out by warplanes based in Jordan.", ["warplanes"]),
        ("Government forces shelled the town, and Kurdish forces withdrew.", ["forces", "forces"]),
        # near misses: forces that are no army, the adjective "offensive", the idiom, an invasion of privacy
        ("Market forces pushed prices higher, and the two firms joined forces.", []),
        ("Shops close early, not because the government forces them to.", []),
        ("Many viewers found the joke offensive.", []),
        ("The team's offensive line struggled all season.", []),
        ("The senator went on the offensive against the press.", []),
        ("The invasion of privacy claim was dismissed.", []),
        ("Republican forces in the state senate blocked the bill.", []),
        ("Democrats hoped to blunt the Republican offensive on taxes.", []),
    ],
)
def test_the_words_of_war_show_the_security_frame(sentence: str, cues: list[str]) -> None:
    assert _frames(sentence, "security") == cues


# --- IQ-71, IQ-72: a campaign of war is Security and defence's, not Political's -----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "political", "security"),
    [
        ("Nobody knows how long the air campaign will last.", [], ["campaign"]),
        ("The drone campaign was scaled back last year.", [], ["campaign"]),
        ("Most of the Russian campaign in Ukraine has been fought with artillery and troops.", [], ["campaign", "troops"]),
        ("The bombing campaign against the Taliban went on for months.", [], ["campaign", "taliban"]),
        # near misses: an election's campaign, at home or abroad with no word of war, and advocacy against war
        ("Her campaign in Ohio spent heavily on television.", ["campaign"], []),
        ("Macron's campaign in France drew large crowds.", ["campaign"], []),
        ("The anti-war campaign held a rally outside the base.", ["campaign"], []),
        ("His campaign against the incumbent attacked his record on the military.", ["campaign"], ["military"]),
    ],
)
def test_a_campaign_of_war_is_no_political_frame(sentence: str, political: list[str], security: list[str]) -> None:
    assert (_frames(sentence, "political"), _frames(sentence, "security")) == (political, security)


# --- IQ-74 to IQ-77, OM-56, OM-60, OM-61: cues in a sense no frame means, each beside a near miss ------------------


@pytest.mark.parametrize(
    ("sentence", "category", "cues"),
    [
        # IQ-74: "morale" is a unit's spirit, no ethics
        ("The pay rise was a morale boost for the nurses.", "morality", []),
        ("Critics called the decision a moral failure.", "morality", ["moral"]),
        # IQ-75: where one person goes, not how people live, and no policy
        ("Reporters learned of the senator's weekend travel plans from a flight tracker.", "quality_of_life", []),
        ("Air travel got costlier for many families.", "quality_of_life", ["travel", "families"]),
        ("The city's plans for the new stadium were approved.", "policy", ["plans"]),
        ("Reporters learned of the senator's weekend travel plans from a flight tracker.", "policy", []),  # as before
        # IQ-77: a tour or a trip abroad, as an overseas trip
        ("The prime minister met the troops during an overseas tour in 2015.", "external", []),
        ("The country's standing overseas has fallen.", "external", ["overseas"]),
        ("His first foreign trip took him to Canada.", "external", []),
        # IQ-76: a policy named by a place is foreign policy, no prescription; whose it is, or a name, still prescribes
        ("The visit comes as his Asia policy is under review.", "policy", []),
        ("The U.S. policy of sanctions has failed.", "policy", ["policy"]),
        ("Critics want an end to the Remain in Mexico policy.", "policy", ["policy"]),
        ("The administration's Iran strategy drew criticism from allies.", "policy", []),
        ("China's policy on rare earths changed in May.", "policy", ["policy"]),
        # OM-56: a broadcast named by its title
        ("She told her story on CBS's Sunday Morning program last week.", "policy", []),
        ("He appeared on the Fox News Sunday program to defend the tariffs.", "policy", []),
        ("The state's Medicaid program was expanded last year.", "policy", ["program"]),
        # OM-60: press attention is no relation between countries
        ("The leaked memo made international headlines within hours.", "external", []),
        ("The leak strained international relations.", "external", ["international"]),
        # OM-61: an exchange of words is a conversation
        ("Nobody recorded what came before that brief exchange.", "external", []),
        ("The exchange of prisoners took place at the border.", "external", ["exchange"]),
        ("The two senators exchanged insults on the floor.", "external", []),
        ("Cultural exchanges with other countries have grown.", "external", ["exchanges", "countries"]),
    ],
)
def test_frame_cues_in_a_sense_no_frame_means(sentence: str, category: str, cues: list[str]) -> None:
    assert _frames(sentence, category) == cues


# --- OM-39, OM-35: a recording played back, a security breach ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "rated"),
    [
        ("Portions of the recording were played on air on Tuesday.", False),
        ("The children played in the snow all afternoon.", True),  # play for fun keeps its feeling
        ("The host played the clip twice during the show.", False),
        ("They play video games after school.", True),
        ("The station played parts of the interview on the radio.", False),
        ("A video of the speech was played at the hearing.", False),
        # OM-35 (AMBIG): "security" in "security breach" is no feeling of safety
        ("Files copied from the agency are seen as a security breach.", False),
    ],
)
def test_a_recording_played_back_or_a_security_breach_is_not_rated(sentence: str, rated: bool) -> None:
    assert (tone(sentence)["compound"] > 0.05) is rated
    assert rated or tone(sentence)["compound"] == 0.0
